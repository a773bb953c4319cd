"""PII detectors: e-mail, phone, payment card, IBAN, US SSN and IP addresses.

Candidates are found by RE2 patterns on the raw text; validators then cut the
false positives RE2 cannot express (Luhn, mod 97, SSN areas, IP parsing), and
phone candidates are confirmed by Google's libphonenumber (``phonenumbers``) for
a configurable set of default regions (``+CC`` numbers are accepted from any
country).

Every decision is local: whether a value is reported depends on the value and
at most :data:`LOCALITY` characters around it, never on text further away, so
a streaming window agrees with a scan of the whole text. What each family
accepts and refuses is documented in ``docs/pii-formats.md``.

The shared instance is registered as ``"pii"``::

    from langchain_mistral_secure.detection import get_detector
    findings = get_detector("pii").detect("mail me at jane@example.org")
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

import phonenumbers
import re2
from phonenumbers import Leniency, PhoneNumberMatcher

from langchain_mistral_secure.detection.engine import (
    Finding,
    Rule,
    RuleDetector,
    register_detector,
)
from langchain_mistral_secure.detection.normalize import (
    DetectionView,
    build_stripped_view,
    matchable,
)
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
    "LOCALITY",
    "PHONE_CHECK_BUDGET",
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

# Longest phone candidate body (digits, separators, "+CC (0)"); an extension
# ("ext. 123456") adds at most 20 characters.
_PHONE_BODY_MAX = 40
_PHONE_MAX_LEN = 60
# How far around a value any PII decision looks (the streaming contract).
LOCALITY: int = 40
"""No PII decision depends on characters further than this from the value."""

PHONE_CHECK_BUDGET: int = 2000
"""Phone-shaped runs one ``detect`` call validates with libphonenumber.

Validation costs up to a fraction of a millisecond per candidate. Past this many
candidates in one text (a crafted input, or a table of numbers), the rest are
reported as phones without validation: fail closed, in linear time. A streaming
window never comes near it."""

# -- patterns -----------------------------------------------------------------

# Letters beyond ASCII that e-mail addresses may use (EAI / IDN): Latin-1 and
# Latin Extended letters, Greek, Cyrillic, Hebrew, Arabic, Devanagari; domains
# may also use Thai, kana, CJK ideographs and Hangul. Those scripts are written
# without spaces, so they stay out of the local part ("请联系jane@…" must not
# swallow the Chinese words). Ranges, not \p{L}: a Unicode class under a
# bounded repeat makes RE2 programs a hundred times larger.
_INTL_LOCAL = (
    r"\x{00C0}-\x{00D6}\x{00D8}-\x{00F6}\x{00F8}-\x{024F}\x{0370}-\x{03FF}"
    r"\x{0400}-\x{04FF}\x{05D0}-\x{05EA}\x{0600}-\x{06FF}\x{0900}-\x{097F}"
)
_INTL = (
    _INTL_LOCAL
    + r"\x{0E00}-\x{0E7F}\x{3040}-\x{30FF}\x{4E00}-\x{9FFF}\x{AC00}-\x{D7AF}"
)
_LABEL_CHAR = rf"[A-Za-z0-9{_INTL}]"
# Local part <= 64; up to three labels of <= 36 chars then up to three of <= 16;
# TLD <= 24 (ASCII, punycode or Unicode, not mixed): 65 + 111 + 51 + 24 = 251.
_EMAIL = (
    rf"[A-Za-z0-9{_INTL_LOCAL}._%+\-]{{1,64}}@"
    rf"(?:{_LABEL_CHAR}(?:[A-Za-z0-9{_INTL}\-]{{0,34}}{_LABEL_CHAR})?\.){{1,3}}"
    rf"(?:{_LABEL_CHAR}(?:[A-Za-z0-9{_INTL}\-]{{0,14}}{_LABEL_CHAR})?\.){{0,3}}"
    rf"(?:xn--[A-Za-z0-9\-]{{1,20}}|[A-Za-z]{{2,24}}|[{_INTL}]{{2,24}})"
)
_CARD_CONTIGUOUS = r"\b\d{12,19}\b"
_CARD_GROUPED = r"\b\d{4}([ \-])\d{4}[ \-]\d{4}[ \-]\d{4}\b"
_CARD_GROUPED_19 = r"\b\d{4}[ \-]\d{4}[ \-]\d{4}[ \-]\d{4}[ \-]\d{3}\b"
_CARD_AMEX = r"\b\d{4}[ \-]\d{6}[ \-]\d{4,5}\b"
_IBAN_CONTIGUOUS = r"\b[A-Za-z]{2}\d{2}[A-Za-z0-9]{11,30}\b"
_IBAN_GROUPED = (
    r"\b[A-Za-z]{2}\d{2}(?:[ \-][A-Za-z0-9]{4}){2,7}(?:[ \-][A-Za-z0-9]{1,3})?\b"
)
_IBAN_GROUPED_FULL = r"\b[A-Za-z]{2}\d{2}(?:[ \-][A-Za-z0-9]{4}){2,7}\b"
_SSN = r"\b\d{3}[ .\-]?\d{2}[ .\-]?\d{4}\b"
_SSN_CONTEXT = (
    r"(?:\bssn|social[ \-]security(?:[ \-](?:number|num\.?|no\.?|#))?|\bss#)"
    r"[^0-9A-Za-z]{0,12}(?:is[^0-9A-Za-z]{1,4})?(\d{9})\b"
)
_IPV4 = r"(?:^|[^0-9A-Za-z.])((?:\d{1,3}\.){3}\d{1,3}(?:/\d{1,2})?)"
_IPV6 = (
    r"(?:^|[^0-9A-Za-z_:.])("
    r"(?:[0-9A-Fa-f]{0,4}:){2,7}"
    r"(?:(?:\d{1,3}\.){3}\d{1,3}|[0-9A-Fa-f]{1,4})?"
    r"(?:%[0-9A-Za-z]{1,15})?(?:/\d{1,3})?)"
)
# Phone runs: digit groups joined by one phone separator (space, no-break
# space, dot, dash, slash, parentheses as in "(0)20" or "(415) 555"). Two
# spaces, " / ", a comma or a letter end a run, so a run starts where the text
# says a new number starts, whatever lies further to the left.
_PHONE_SEP = r"(?:[ \x{00A0}.\-/]| / |\)[ \-.]?\(?|[ \-]?\()"
_PHONE_RUN = re2.compile(rf"[+(]?[0-9](?:[0-9]|{_PHONE_SEP}[0-9]){{6,}}")
# An extension right after a number: "x123", "ext. 12", "extension 7", "#12".
_PHONE_EXT = re2.compile(r"(?i)^ ?(?:x|ext\.?|extension|#) ?\d{1,6}")
# Nine digits in the 3-2-4 layout are SSN-shaped, not a phone layout.
_SSN_SHAPE = re2.compile(r"^\d{3}[ .\-]\d{2}[ .\-]\d{4}$")
# Dates inside a candidate: 2024-06-30, 2024.6.30, 30.06.2024, 6/30/2024.
_DATE = re2.compile(
    r"(?:^|[^0-9])(?:(?:19|20)\d\d[\-./](?:0?[1-9]|1[0-2])[\-./]\d{1,2}|"
    r"\d{1,2}[\-./]\d{1,2}[\-./](?:19|20)\d\d)(?:[^0-9]|$)"
)
# A token mixing letters and digits just before: the digits continue a code
# (a reference, a serial), they are not a phone number.
_CODE_BEFORE = re2.compile(r"(?:[A-Za-z][0-9]|[0-9][A-Za-z])[A-Za-z0-9]* ?$")
# The start of an IBAN just before ("NL91 ABNA "): the digits that follow are
# the account part of a (possibly mistyped) IBAN, not a phone or card number.
_IBAN_HEAD = re2.compile(
    r"(?:^|[^A-Za-z0-9])[A-Za-z]{2}\d{2}(?:[ \-]?[A-Za-z0-9]{4}){0,7}[ \-]$"
)
# Words that announce a version number or an OID, not an address.
_VERSION_HINT = re2.compile(
    r"(?i)(?:\bv|\bver\.?|\bversion|\brelease|\bbuild|\brev\.?|\brevision|"
    r"\bfirmware|\bfw|\boid)[\s:=\"'#]*$"
)
# Retina asset names ("logo@2x.png") share the e-mail shape.
_RETINA = re2.compile(r"(?i)^\d+(?:\.\d+)?x\.")
# " / " between two numbers: a list ("030 1234567 / 0171 2345678").
_LIST_SEPS = (
    "0 / ",
    "1 / ",
    "2 / ",
    "3 / ",
    "4 / ",
    "5 / ",
    "6 / ",
    "7 / ",
    "8 / ",
    "9 / ",
)
_ASCII_WORD = frozenset(
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-@"
)
# Characters that glue a number to what precedes it (an id, a sum, a path).
_GLUE_BEFORE = frozenset("_+@#$%&*=^\\~`|\u20ac\u00a3\u00a5")


def _ssn_separated(text: str) -> bool:
    """An SSN written with separators (bare nine digits need a context word)."""
    return not text.isdigit() and ssn_valid(text)


def _iban_candidate(text: str) -> bool:
    """An IBAN in one case, with one kind of separator, passing length and mod 97."""
    letters = [char for char in text if char.isalpha()]
    if not (all(c.isupper() for c in letters) or all(c.islower() for c in letters)):
        return False
    if len({char for char in text if not char.isalnum()}) > 1:
        return False
    return iban_valid(text)


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
        max_len=251,
        score=0.9,
        description="E-mail address (local@domain.tld; IDN and punycode domains).",
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
        validator=_iban_candidate,
        on_view=False,
        case_sensitive=True,
        max_len=34,
        score=0.95,
        description="IBAN, contiguous, upper or lower case (length and mod 97).",
    ),
    Rule(
        id="pii.iban_grouped",
        category="iban",
        pattern=_IBAN_GROUPED,
        validator=_iban_candidate,
        on_view=False,
        case_sensitive=True,
        max_len=43,
        score=0.95,
        description="IBAN in groups of four, spaces or dashes (length and mod 97).",
    ),
    Rule(
        id="pii.iban_grouped_full",
        category="iban",
        pattern=_IBAN_GROUPED_FULL,
        validator=_iban_candidate,
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

    Every decision is local: whether a value is reported depends only on the
    value and at most :data:`LOCALITY` characters around it, so a streaming
    window that sees the value with that much context agrees with a scan of
    the whole text.

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
        raw = matchable(text)
        findings = [
            finding
            for finding in super().detect(text, view=view)
            if _context_ok(raw, finding)
        ]
        if self.detect_phones:
            # Like the format rules, phones are looked for with invisible
            # characters removed, then mapped back to the original text.
            stripped = build_stripped_view(text)
            phones = self._phones(stripped.text)
            if not stripped.identity:
                phones = [_remap(stripped, finding) for finding in phones]
            findings.extend(phones)
        return findings

    def _phones(self, raw: str) -> list[Finding]:
        findings: list[Finding] = []
        for checked, match in enumerate(_PHONE_RUN.finditer(raw)):
            if checked >= PHONE_CHECK_BUDGET:
                # Past the budget, fail closed: a phone-shaped run is reported
                # without asking libphonenumber, so crafted text full of
                # candidates costs linear time and leaks nothing.
                if _phone_shape_ok(match.group()):
                    findings.append(
                        Finding(
                            start=match.start(),
                            end=match.end(),
                            rule_id="pii.phone_unverified",
                            category="phone",
                            score=0.4,
                        )
                    )
                continue
            findings.extend(
                Finding(
                    start=start,
                    end=end,
                    rule_id="pii.phone",
                    category="phone",
                    score=0.7,
                )
                for start, end in _phones_in_run(
                    raw, match.start(), match.end(), self.phone_regions
                )
            )
        return findings


def _remap(view: DetectionView, finding: Finding) -> Finding:
    start, end = view.to_original(finding.start, finding.end)
    return Finding(
        start=start,
        end=end,
        rule_id=finding.rule_id,
        category=finding.category,
        score=finding.score,
    )


def _phones_in_run(
    raw: str, start: int, end: int, regions: tuple[str, ...]
) -> list[tuple[int, int]]:
    """Phone numbers in one run of digit groups, decided by local checks only.

    Candidates are the whole run (national numbers must fill it), the run's
    prefixes that end at a group end (any for ``+CC`` numbers; before a space
    for national ones) and its suffixes that start after a space. Prefixes and
    suffixes only reach :data:`_PHONE_BODY_MAX` characters into the run, so no
    decision looks further than that: "+33 6 12 34 56 78 4111 …" and
    "SD 20241 440-600-5124" both yield their phone.
    """
    if raw[start] == "(" and ")" not in raw[start : start + 7]:
        start += 1
    found: list[tuple[int, int]] = []
    head = _first_valid(raw, start, _prefix_ends(raw, start, end), regions)
    if head is not None:
        found.append(head)
    suffix_starts = [
        (index, raw[index - 3 : index] != " / ")
        for index in range(max(start + 4, end - _PHONE_BODY_MAX), end)
        if raw[index - 1] == " "
        and raw[index].isdigit()
        and (raw[index - 2].isdigit() or raw[index - 4 : index] in _LIST_SEPS)
    ]
    for index, needs_look in suffix_starts:
        if head is not None and index < head[1]:
            continue
        tail = _first_valid(raw, index, [(end, needs_look)], regions)
        if tail is not None:
            found.append(tail)
            break
    return found


def _prefix_ends(raw: str, start: int, end: int) -> list[tuple[int, bool]]:
    """Candidate ends for a number starting a run, longest first.

    Each end carries a flag: True for an end inside the run, where a national
    number needs a strong phone look.
    """
    limit = min(end, start + _PHONE_BODY_MAX)
    international = raw[start] == "+"
    ends: list[tuple[int, bool]] = []
    if end <= limit:
        ends.append((end, False))
    for index in range(limit - 1, start, -1):
        if index + 1 >= end or not raw[index].isdigit() or raw[index + 1].isdigit():
            continue
        if raw[index + 1 : index + 4] == " / ":
            ends.append((index + 1, False))  # "030 1234 / 040 5678": a list
        elif international or raw[index + 1] == " ":
            ends.append((index + 1, not international))
    return ends


def _first_valid(
    raw: str,
    start: int,
    ends: Sequence[tuple[int, bool]],
    regions: tuple[str, ...],
) -> tuple[int, int] | None:
    """The longest valid phone ``raw[start:end]`` for ``end`` in ``ends``."""
    international = raw[start] == "+"
    if not _phone_start_ok(
        raw[max(0, start - 24) : start], international=international
    ):
        return None
    for stop, needs_look in ends:
        candidate = raw[start:stop]
        if needs_look and not _strong_look(candidate):
            continue
        ext = _PHONE_EXT.match(raw[stop : stop + 20])
        if ext is not None and not _glued_after(raw, stop + ext.end()):
            tail = ext.end()
        elif _glued_after(raw, stop):
            continue
        else:
            tail = 0
        if len(candidate) <= _PHONE_BODY_MAX and _phone_valid(candidate, regions):
            return start, stop + tail
    return None


def _strong_look(candidate: str) -> bool:
    """A national number cut out of a longer run must look like a phone on its own."""
    # Spaces alone are not enough: "… 0000 0123 457" ends many an account number.
    return candidate[:1] == "+" or any(char in "-./()" for char in candidate)


def _glued_after(raw: str, index: int) -> bool:
    """Whether the character at ``index`` continues a word, id or address."""
    after = raw[index : index + 1]
    return bool(after) and (after.isalnum() or after in "_@")


def _phone_start_ok(before: str, *, international: bool) -> bool:
    """Whether a phone may start after ``before`` (at most 24 characters)."""
    prev = before[-1:]
    if not prev:
        return True
    if prev.isalnum() or prev in _GLUE_BEFORE:
        return False
    if international:
        return True
    if prev in "-./":
        return False  # continues a code, a version or a number ("INV-2024-…")
    if prev in ":,;" and before[-2:-1].isdigit():
        return False  # a time or a list of numbers
    return not (_IBAN_HEAD.search(before) or _CODE_BEFORE.search(before))


@lru_cache(maxsize=8192)
def _phone_valid(candidate: str, regions: tuple[str, ...]) -> bool:
    """Whether libphonenumber reads the whole candidate as one valid number.

    A plain parse (cheap) screens each region; the matcher (which also refuses
    dates, publication pages and odd groupings) confirms.
    """
    if not _phone_shape_ok(candidate):
        return False
    digits = digits_only(candidate)
    region_list: Sequence[str] = ("ZZ",) if candidate.startswith("+") else regions
    for region in region_list:
        try:
            number = phonenumbers.parse(candidate, region)
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number(number):
            continue
        for match in PhoneNumberMatcher(candidate, region, leniency=Leniency.VALID):
            if digits_only(match.raw_string) == digits:
                return True
    return False


def _phone_shape_ok(candidate: str) -> bool:
    """Cheap format checks before libphonenumber sees a candidate."""
    digits = digits_only(candidate)
    if not 7 <= len(digits) <= 15:  # noqa: PLR2004 (E.164 has at most 15 digits)
        return False
    groups = "".join(char if char in "0123456789" else " " for char in candidate)
    sizes = [len(group) for group in groups.split()]
    national = not candidate.startswith("+")
    refused = (
        # "1 2 3 4 5 6 7": a list of numbers, not a phone layout.
        sizes.count(1) > 2  # noqa: PLR2004
        # A trailing check digit: ISBN-10 "0-306-40615-2".
        or (len(sizes) > 1 and sizes[-1] == 1)
        # Fractions, dates, paths: a phone has one slash at most.
        or candidate.count("/") > 1
        or candidate.count("(") > 2  # noqa: PLR2004
        or _DATE.search(candidate) is not None
    )
    if refused:
        return False
    if not national:
        return True
    # National numbers are written with separators and short groups; bare or
    # long digit runs are ids, amounts and timestamps far more often.
    return not (
        candidate.isdigit()
        or max(sizes) > 8  # noqa: PLR2004
        or _SSN_SHAPE.match(candidate)
        or ipv4_valid(candidate)
    )


def _context_ok(raw: str, finding: Finding) -> bool:
    """Local checks on the few characters around a rule's match."""
    if finding.category == "ip_address":
        return _ip_context_ok(raw, finding)
    if finding.category == "email":
        return _email_context_ok(raw, finding)
    if finding.category == "credit_card":
        return _card_context_ok(raw, finding)
    if finding.rule_id == "pii.us_ssn":
        return _ssn_context_ok(raw, finding)
    return True


def _email_context_ok(raw: str, finding: Finding) -> bool:
    """Drop addresses glued to more word characters, SCP remotes and @2x assets."""
    after = raw[finding.end : finding.end + 2]
    if after[:1] and after[:1] in _ASCII_WORD:
        return False  # cut short: "jane@example.com2", "a@b.c_d"
    if after[:1] == ":" and after[1:2] and not after[1:2].isspace():
        return False  # git@github.com:org/repo is an SSH remote, not a mailbox
    domain = raw[finding.start : finding.end].rsplit("@", 1)[-1]
    return not _RETINA.match(domain)


def _card_context_ok(raw: str, finding: Finding) -> bool:
    """Drop card-shaped digits inside longer numbers or after an IBAN head."""
    body = raw[finding.start : finding.end]
    before = raw[max(0, finding.start - 24) : finding.start]
    after = raw[finding.end : finding.end + 6]
    if _IBAN_HEAD.search(before):
        return False
    if body.isdigit():
        # A decimal fraction or a dotted/comma'd longer number.
        if before[-1:] in (".", ",") and before[-2:-1].isdigit():
            return False
        return not (after[:1] in (".", ",") and after[1:2].isdigit())
    sep = next(char for char in body if not char.isdigit())
    # One more group of four in the same layout: a longer reference number.
    if before[-6:] and _same_layout_group(before[::-1][:6], sep):
        return False
    return not _same_layout_group(after, sep)


def _same_layout_group(chars: str, sep: str) -> bool:
    """Whether ``chars`` is ``sep`` + four digits, then nothing, ``sep`` or a non-digit.

    ``chars`` reads away from the match (reversed when looking left).
    """
    if chars[:1] != sep or not chars[1:5].isdigit() or len(chars) < 5:  # noqa: PLR2004
        return False
    follow = chars[5:6]
    return follow in ("", sep) or follow not in " -"


def _ssn_context_ok(raw: str, finding: Finding) -> bool:
    """Drop SSN-shaped digits that continue a longer number or an IBAN."""
    body = raw[finding.start : finding.end]
    before = raw[max(0, finding.start - 24) : finding.start]
    after = raw[finding.end : finding.end + 2]
    if before[-1:] in ("+", "$") or _IBAN_HEAD.search(before):
        return False
    seps = {char for char in body if not char.isdigit()}
    if before[-1:] in seps and before[-2:-1].isdigit():
        return False  # "1-536-22-1234": one more group in the same layout
    return not (after[:1] in seps and after[1:2].isdigit())


def _ip_context_ok(text: str, finding: Finding) -> bool:
    """Drop IPs glued to letters/digits or announced as a version number or OID."""
    after = text[finding.end : finding.end + 2]
    if after[:1].isalnum() or after[:1] in ("_", "%"):
        return False
    if after[:1] == "." and after[1:2].isdigit():
        return False
    before = text[max(0, finding.start - 16) : finding.start]
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
