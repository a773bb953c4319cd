"""PII detectors: e-mail, phone, payment card, IBAN, US SSN and IP addresses.

Candidates are found by RE2 patterns on the raw text; validators then cut the
false positives RE2 cannot express (Luhn, mod 97, SSN areas, IP parsing), and
phone candidates are confirmed by Google's libphonenumber (``phonenumbers``) for
a configurable set of default regions (``+CC`` numbers are accepted from any
country).

The shared instance is registered as ``"pii"``::

    from langchain_mistral_secure.detection import get_detector
    findings = get_detector("pii").detect("mail me at jane@example.org")
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

import re2
from phonenumbers import Leniency, PhoneNumberMatcher

from langchain_mistral_secure.detection.engine import (
    Finding,
    Rule,
    RuleDetector,
    register_detector,
)
from langchain_mistral_secure.detection.normalize import DetectionView, matchable
from langchain_mistral_secure.detection.validators import (
    card_valid,
    digits_only,
    iban_valid,
    ipv4_valid,
    ipv6_valid,
    ssn_valid,
)

__all__ = [
    "DEFAULT_PHONE_REGIONS",
    "PII_CATEGORIES",
    "PII_RULES",
    "PIIDetector",
    "build_pii_detector",
]

PII_CATEGORIES: tuple[str, ...] = (
    "email",
    "phone",
    "credit_card",
    "iban",
    "us_ssn",
    "ip_address",
)
"""Categories the PII detector reports (placeholders such as ``[EMAIL]``)."""

DEFAULT_PHONE_REGIONS: tuple[str, ...] = (
    "US",
    "CA",
    "GB",
    "FR",
    "DE",
    "ES",
    "IT",
    "BE",
    "NL",
    "CH",
)
"""Regions national (non-``+``) phone numbers are validated against by default."""

# Longest phone candidate, in characters ("+44 (0) 20 7123 4567 ext" fits easily).
_PHONE_MAX_LEN = 42

# -- patterns -----------------------------------------------------------------

# Local part <= 64, up to 4 labels of <= 36 chars, TLD <= 24: at most 237 chars.
_EMAIL = (
    r"[A-Za-z0-9._%+\-]{1,64}@"
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{0,34}[A-Za-z0-9])?\.){1,4}"
    r"(?:xn--[A-Za-z0-9\-]{1,20}|[A-Za-z]{2,24})\b"
)
_CARD_CONTIGUOUS = r"\b\d{12,19}\b"
_CARD_GROUPED = r"\b\d{4}[ \-]\d{4}[ \-]\d{4}[ \-]\d{4}\b"
_CARD_GROUPED_19 = r"\b\d{4}[ \-]\d{4}[ \-]\d{4}[ \-]\d{4}[ \-]\d{3}\b"
_CARD_AMEX = r"\b\d{4}[ \-]\d{6}[ \-]\d{4,5}\b"
_IBAN_CONTIGUOUS = r"\b[A-Z]{2}\d{2}[A-Z0-9]{11,30}\b"
_IBAN_GROUPED = r"\b[A-Z]{2}\d{2}(?: [A-Z0-9]{4}){2,7}(?: [A-Z0-9]{1,3})?\b"
_IBAN_GROUPED_FULL = r"\b[A-Z]{2}\d{2}(?: [A-Z0-9]{4}){2,7}\b"
_SSN = r"\b\d{3}[ .\-]?\d{2}[ .\-]?\d{4}\b"
_SSN_CONTEXT = (
    r"(?:\bssn|social[ \-]security(?:[ \-](?:number|no\.?|#))?|\bss#)"
    r"[^0-9A-Za-z]{0,12}(?:is[^0-9A-Za-z]{1,4})?(\d{9})\b"
)
_IPV4 = r"(?:^|[^0-9A-Za-z.])((?:\d{1,3}\.){3}\d{1,3}(?:/\d{1,2})?)"
_IPV6 = (
    r"(?:^|[^0-9A-Za-z_:.])("
    r"(?:[0-9A-Fa-f]{0,4}:){2,7}"
    r"(?:(?:\d{1,3}\.){3}\d{1,3}|[0-9A-Fa-f]{1,4})?"
    r"(?:%[0-9A-Za-z]{1,15})?(?:/\d{1,3})?)"
)
# Phone candidates: a run of digits and separators, bordered by non-digits.
_PHONE_CANDIDATE = re2.compile(
    r"(?:^|[^0-9A-Za-z+(])([+(]?[0-9][0-9 ()./\-]{5,36}[0-9])(?:$|[^0-9])"
)
# Nine digits in the 3-2-4 layout are SSN-shaped, not a phone layout.
_SSN_SHAPE = re2.compile(r"^\d{3}[ .\-]\d{2}[ .\-]\d{4}$")
# A token mixing letters and digits just before: the digits continue a code
# (an IBAN, a reference), they are not a phone number.
_CODE_BEFORE = re2.compile(r"(?:[A-Za-z][0-9]|[0-9][A-Za-z])[A-Za-z0-9]* ?$")
# Words that announce a version number, not an address.
_VERSION_HINT = re2.compile(r"(?i)(?:\bv|\bver\.?|\bversion|\brelease|\bbuild)\s*$")


def _ssn_separated(text: str) -> bool:
    """An SSN written with separators (bare nine digits need a context word)."""
    return not text.isdigit() and ssn_valid(text)


def _ipv6_candidate(text: str) -> bool:
    # The bare unspecified address "::" reads as code (Haskell, C++), not an IP.
    if not any(char.isalnum() for char in text.split("/", 1)[0]):
        return "/" in text
    return ipv6_valid(text)


PII_RULES: tuple[Rule, ...] = (
    Rule(
        id="pii.email",
        category="email",
        pattern=_EMAIL,
        on_view=False,
        max_len=237,
        score=0.9,
        description="E-mail address (local@domain.tld, punycode TLDs included).",
    ),
    Rule(
        id="pii.credit_card",
        category="credit_card",
        pattern=_CARD_CONTIGUOUS,
        validator=card_valid,
        on_view=False,
        max_len=19,
        score=0.9,
        description="Payment card number, contiguous digits (issuer prefix, Luhn).",
    ),
    Rule(
        id="pii.credit_card_grouped",
        category="credit_card",
        pattern=_CARD_GROUPED,
        validator=card_valid,
        on_view=False,
        max_len=19,
        score=0.9,
        description="Payment card number in 4-4-4-4 groups (issuer prefix, Luhn).",
    ),
    Rule(
        id="pii.credit_card_grouped_19",
        category="credit_card",
        pattern=_CARD_GROUPED_19,
        validator=card_valid,
        on_view=False,
        max_len=23,
        score=0.9,
        description="19-digit payment card number in groups (issuer prefix, Luhn).",
    ),
    Rule(
        id="pii.credit_card_amex",
        category="credit_card",
        pattern=_CARD_AMEX,
        validator=card_valid,
        on_view=False,
        max_len=17,
        score=0.9,
        description="American Express / Diners layout 4-6-5 or 4-6-4 (Luhn).",
    ),
    Rule(
        id="pii.iban",
        category="iban",
        pattern=_IBAN_CONTIGUOUS,
        validator=iban_valid,
        on_view=False,
        case_sensitive=True,
        max_len=34,
        score=0.95,
        description="IBAN, contiguous (country length and mod-97 check).",
    ),
    Rule(
        id="pii.iban_grouped",
        category="iban",
        pattern=_IBAN_GROUPED,
        validator=iban_valid,
        on_view=False,
        case_sensitive=True,
        max_len=43,
        score=0.95,
        description="IBAN in groups of four (country length and mod-97 check).",
    ),
    Rule(
        id="pii.iban_grouped_full",
        category="iban",
        pattern=_IBAN_GROUPED_FULL,
        validator=iban_valid,
        on_view=False,
        case_sensitive=True,
        max_len=39,
        score=0.95,
        description="IBAN in complete groups of four (mod-97 check).",
    ),
    Rule(
        id="pii.us_ssn",
        category="us_ssn",
        pattern=_SSN,
        validator=_ssn_separated,
        on_view=False,
        max_len=11,
        score=0.85,
        description="US SSN with separators; never-issued numbers excluded.",
    ),
    Rule(
        id="pii.us_ssn_context",
        category="us_ssn",
        pattern=_SSN_CONTEXT,
        validator=ssn_valid,
        on_view=False,
        group=1,
        max_len=60,
        score=0.85,
        description="Nine bare digits right after 'SSN' / 'social security number'.",
    ),
    Rule(
        id="pii.ipv4",
        category="ip_address",
        pattern=_IPV4,
        validator=ipv4_valid,
        on_view=False,
        group=1,
        max_len=20,
        score=0.8,
        description="IPv4 address or CIDR network (parsed with ipaddress).",
    ),
    Rule(
        id="pii.ipv6",
        category="ip_address",
        pattern=_IPV6,
        validator=_ipv6_candidate,
        on_view=False,
        group=1,
        max_len=72,
        score=0.8,
        description="IPv6 address, zone or network (parsed with ipaddress).",
    ),
)
"""The RE2 rules of the PII detector (phones are found separately, see below)."""


class PIIDetector(RuleDetector):
    """Finds e-mail addresses, phone numbers, cards, IBANs, US SSNs and IPs.

    Args:
        phone_regions: ISO 3166 regions national phone numbers are validated
            against (numbers written with ``+CC`` are accepted from anywhere).
            An empty tuple keeps only ``+CC`` numbers.
        rules: The RE2 rules (defaults to :data:`PII_RULES`).
        detect_phones: Whether to look for phone numbers at all.

    Example:
        >>> detector = PIIDetector(phone_regions=("FR",))
        >>> text = "Call 01 42 68 53 00 or write to jane@example.org"
        >>> [(f.category, text[f.start:f.end]) for f in sorted(detector.detect(text))]
        [('phone', '01 42 68 53 00'), ('email', 'jane@example.org')]
    """

    def __init__(
        self,
        *,
        phone_regions: Sequence[str] = DEFAULT_PHONE_REGIONS,
        rules: Iterable[Rule] = PII_RULES,
        detect_phones: bool = True,
    ) -> None:
        """Compile the rules; phone regions are upper-cased ISO codes."""
        super().__init__(rules, name="pii")
        self.phone_regions: tuple[str, ...] = tuple(r.upper() for r in phone_regions)
        self.detect_phones = detect_phones
        if detect_phones:
            self.max_match_len = max(self.max_match_len, _PHONE_MAX_LEN)

    def __repr__(self) -> str:
        """Show the rule count and phone regions (never any text)."""
        return (
            f"PIIDetector(rules={len(self.rules)}, phone_regions={self.phone_regions})"
        )

    def detect(self, text: str, *, view: DetectionView | None = None) -> list[Finding]:
        """Return PII findings in ``text`` (original offsets, unmerged).

        Args:
            text: The text to scan.
            view: An already built detection view to share (unused by raw rules).
        """
        findings = [
            finding
            for finding in super().detect(text, view=view)
            if finding.category != "ip_address" or _ip_context_ok(text, finding)
        ]
        if self.detect_phones:
            findings.extend(self._phones(text))
        return findings

    def _phones(self, text: str) -> list[Finding]:
        raw = matchable(text)
        found: list[Finding] = []
        for match in _PHONE_CANDIDATE.finditer(raw):
            start, end = match.span(1)
            candidate = raw[start:end]
            if not _phone_shape_ok(candidate, raw[max(0, start - 24) : start]):
                continue
            for offset, length in _phone_spans(candidate, self.phone_regions):
                found.append(
                    Finding(
                        start=start + offset,
                        end=start + offset + length,
                        rule_id="pii.phone",
                        category="phone",
                        score=0.7,
                    )
                )
        return found


@lru_cache(maxsize=4096)
def _phone_spans(
    candidate: str, regions: tuple[str, ...]
) -> tuple[tuple[int, int], ...]:
    """Spans (offset, length) of valid phone numbers inside one short candidate."""
    spans: dict[int, int] = {}
    region_list: Sequence[str] = regions
    if candidate.startswith("+"):
        # International form: the region only matters for national numbers.
        region_list = ("ZZ",)
    for region in region_list:
        for match in PhoneNumberMatcher(candidate, region, leniency=Leniency.VALID):
            length = match.end - match.start
            if spans.get(match.start, 0) < length:
                spans[match.start] = length
    return tuple(sorted(spans.items()))


def _phone_shape_ok(candidate: str, before: str) -> bool:
    """Cheap format checks before libphonenumber sees a candidate."""
    digits = digits_only(candidate)
    if not 7 <= len(digits) <= 30:  # noqa: PLR2004
        return False
    groups = "".join(char if char in "0123456789" else " " for char in candidate)
    if sum(1 for group in groups.split() if len(group) == 1) > 2:  # noqa: PLR2004
        return False  # "1 2 3 4 5 6 7": a list of numbers, not a phone layout
    if not candidate.startswith("+"):
        # National numbers are written with separators; bare digit runs are
        # ids, amounts and order numbers far more often than phones.
        if candidate.isdigit() or _SSN_SHAPE.match(candidate):
            return False
        if _CODE_BEFORE.search(before):
            return False
    return True


def _ip_context_ok(text: str, finding: Finding) -> bool:
    """Drop IPs glued to letters/digits or announced as a version number."""
    after = text[finding.end : finding.end + 2]
    if after[:1].isalnum() or after[:1] in ("_", "%"):
        return False
    if after[:1] == "." and after[1:2].isdigit():
        return False
    before = text[max(0, finding.start - 12) : finding.start]
    return not _VERSION_HINT.search(before)


def build_pii_detector(
    phone_regions: Sequence[str] = DEFAULT_PHONE_REGIONS,
) -> PIIDetector:
    """Build a PII detector validating national phone numbers for ``phone_regions``.

    Example:
        >>> detector = build_pii_detector(("GB",))
        >>> [f.category for f in detector.detect("Ring 020 7123 4567")]
        ['phone']
    """
    return PIIDetector(phone_regions=phone_regions)


register_detector("pii", PIIDetector)
