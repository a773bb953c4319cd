"""The PII detector: every family's rules, phones and national identifiers.

Every family scans the text folded one character for one (Unicode digits,
fullwidth forms, typeset spaces and dashes to ASCII, see :mod:`.common`), so
offsets are those of the original text, which is never rewritten.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from langchain_mistral_secure.detection.engine import (
    Finding,
    Rule,
    RuleDetector,
    register_detector,
)
from langchain_mistral_secure.detection.identifiers import (
    IDENTIFIER_CATEGORIES,
    IdentifierDetector,
)
from langchain_mistral_secure.detection.normalize import (
    DetectionView,
    build_stripped_view,
    matchable,
)
from langchain_mistral_secure.detection.pii.banking import (
    BANKING_RULES,
    card_context_ok,
    cards_in_group_runs,
    ssn_context_ok,
)
from langchain_mistral_secure.detection.pii.card_runs import glued_cards
from langchain_mistral_secure.detection.pii.common import fold_for_formats
from langchain_mistral_secure.detection.pii.email import (
    EMAIL_RULES,
    email_context_ok,
    trim_email,
)
from langchain_mistral_secure.detection.pii.email_glued import (
    GLUED_MAX_LEN,
    glued_emails,
)
from langchain_mistral_secure.detection.pii.network import (
    NETWORK_RULES,
    ip_context_ok,
)
from langchain_mistral_secure.detection.pii.phones import (
    DEFAULT_PHONE_REGIONS,
    PHONE_MAX_LEN,
    phone_shape_ok,
    phones_in_run,
)
from langchain_mistral_secure.detection.pii.phones import phone_runs as find_phone_runs
from langchain_mistral_secure.detection.validators import ip_reserved

__all__ = [
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
    *IDENTIFIER_CATEGORIES,
)
"""Categories the PII detector reports (placeholders such as ``[EMAIL]``)."""

PHONE_CHECK_BUDGET: int = 2000
"""Phone-shaped runs one ``detect`` call validates with libphonenumber.

Validation costs up to a fraction of a millisecond per candidate. Past this many
candidates in one text (a crafted input, or a table of numbers), the rest are
reported as phones without validation: fail closed, in linear time. A streaming
window never comes near it."""

# Two cards side by side: eight groups and seven separators.
_CARD_RUN_MIN = 39

PII_RULES: tuple[Rule, ...] = (*EMAIL_RULES, *BANKING_RULES, *NETWORK_RULES)
"""The RE2 rules of the PII detector (phones and identifiers run separately)."""


class PIIDetector(RuleDetector):
    """Finds e-mails, phones, cards, IBANs, US SSNs, IPs and national identifiers.

    Every decision is local: whether a value is reported depends only on the
    value and at most :data:`~.common.LOCALITY` characters around it, so a
    streaming window that sees the value with that much context agrees with a
    scan of the whole text.

    Args:
        phone_regions: ISO 3166 regions national phone numbers are validated
            against (numbers written with ``+CC`` are accepted from anywhere).
            An empty tuple keeps only ``+CC`` numbers and fail-closed phones.
        rules: The RE2 rules (defaults to :data:`PII_RULES`).
        detect_phones: Whether to look for phone numbers at all.
        detect_identifiers: Whether to look for EU and UK national
            identifiers (see :mod:`langchain_mistral_secure.detection.identifiers`).
        ip_include_reserved: Also report loopback, unspecified, private,
            link-local, documentation and multicast addresses and network
            addresses in CIDR notation (``127.0.0.1``, ``10.0.0.0/8``), which
            are configuration rather than personal data.

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
        detect_identifiers: bool = True,
        ip_include_reserved: bool = False,
    ) -> None:
        """Compile the rules; phone regions are upper-cased ISO codes."""
        super().__init__(rules, name="pii")
        self.phone_regions: tuple[str, ...] = tuple(r.upper() for r in phone_regions)
        self.detect_phones = detect_phones
        self.ip_include_reserved = ip_include_reserved
        self._identifiers = IdentifierDetector() if detect_identifiers else None
        # The identifiers' rules run in the same pass as the PII rules: one
        # scan of a long text instead of two.
        self._scan: RuleDetector | None = (
            None
            if self._identifiers is None
            else RuleDetector((*self.rules, *self._identifiers.rules), name="pii")
        )
        # A glued address reaches from its local part to the next "@".
        self.max_match_len = max(self.max_match_len, GLUED_MAX_LEN)
        if detect_phones:
            self.max_match_len = max(self.max_match_len, PHONE_MAX_LEN)
        if self._identifiers is not None:
            self.max_match_len = max(
                self.max_match_len, self._identifiers.max_match_len
            )

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle as the constructor arguments (compiled RE2 programs are not)."""
        return (
            _rebuild,
            (
                self.phone_regions,
                self.rules,
                self.detect_phones,
                self._identifiers is not None,
                self.ip_include_reserved,
            ),
        )

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
        del view  # every PII rule reads the folded text, not the shared view
        folded = fold_for_formats(matchable(text))
        if self._scan is None or self._identifiers is None:
            matched, identifiers = super().detect(folded), []
        else:
            found = self._scan.detect(folded)
            ids = self._identifier_rule_ids
            matched = [f for f in found if f.rule_id not in ids]
            identifiers = self._identifiers.in_context(
                folded, [f for f in found if f.rule_id in ids]
            )
        findings = [
            trim_email(folded, finding) if finding.category == "email" else finding
            for finding in matched
            if self._context_ok(folded, finding)
        ]
        # Like the format rules, glued addresses and phones are looked for
        # with invisible characters removed, then mapped back to the original.
        stripped = build_stripped_view(folded)
        # Addresses glued to each other: the plain rule drops them (an "@"
        # follows its match), so their runs are found on their own.
        glued = glued_emails(stripped.text)
        if not stripped.identity:
            glued = [_remap(stripped, finding) for finding in glued]
        findings.extend(glued)
        findings.extend(identifiers)
        runs: list[tuple[int, int]] | None = None
        if self.detect_phones:
            phone_runs = find_phone_runs(stripped.text)
            phones = self._phones(stripped.text, phone_runs)
            if stripped.identity:
                runs = phone_runs
            else:
                phones = [_remap(stripped, finding) for finding in phones]
            findings.extend(phones)
        # Runs of card groups lie inside phone runs: when those were found on
        # this very text, only the runs long enough to hold one are searched.
        findings.extend(cards_in_group_runs(folded, runs=runs))
        if runs is None or any(end - start >= _CARD_RUN_MIN for start, end in runs):
            findings.extend(glued_cards(folded))
        return findings

    @property
    def _identifier_rule_ids(self) -> frozenset[str]:
        if self._identifiers is None:
            return frozenset()
        return frozenset(rule.id for rule in self._identifiers.rules)

    def _context_ok(self, raw: str, finding: Finding) -> bool:
        """Local checks on the few characters around a rule's match."""
        if finding.category == "ip_address":
            if not self.ip_include_reserved and ip_reserved(
                raw[finding.start : finding.end]
            ):
                return False
            return ip_context_ok(raw, finding)
        if finding.category == "email":
            return email_context_ok(raw, finding)
        if finding.category == "credit_card":
            return card_context_ok(raw, finding)
        if finding.rule_id == "pii.us_ssn":
            return ssn_context_ok(raw, finding)
        return True

    def _phones(self, raw: str, runs: list[tuple[int, int]]) -> list[Finding]:
        """Phones in the ``runs`` of ``raw`` (the spans of ``PHONE_RUN``)."""
        findings: list[Finding] = []
        for checked, (run_start, run_end) in enumerate(runs):
            if checked >= PHONE_CHECK_BUDGET:
                # Past the budget, fail closed: a phone-shaped run is reported
                # without asking libphonenumber, so crafted text full of
                # candidates costs linear time and leaks nothing.
                if phone_shape_ok(raw[run_start:run_end]):
                    findings.append(
                        Finding(
                            start=run_start,
                            end=run_end,
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
                    rule_id="pii.phone" if verified else "pii.phone_unverified",
                    category="phone",
                    score=0.7 if verified else 0.6,
                )
                for start, end, verified in phones_in_run(
                    raw, run_start, run_end, self.phone_regions
                )
            )
        return findings


def _rebuild(
    phone_regions: tuple[str, ...],
    rules: tuple[Rule, ...],
    detect_phones: bool,  # noqa: FBT001
    detect_identifiers: bool,  # noqa: FBT001
    ip_include_reserved: bool,  # noqa: FBT001
) -> PIIDetector:
    return PIIDetector(
        phone_regions=phone_regions,
        rules=rules,
        detect_phones=detect_phones,
        detect_identifiers=detect_identifiers,
        ip_include_reserved=ip_include_reserved,
    )


def _remap(view: DetectionView, finding: Finding) -> Finding:
    start, end = view.to_original(finding.start, finding.end)
    return Finding(
        start=start,
        end=end,
        rule_id=finding.rule_id,
        category=finding.category,
        score=finding.score,
    )


def build_pii_detector(
    phone_regions: Sequence[str] = DEFAULT_PHONE_REGIONS,
    *,
    ip_include_reserved: bool = False,
) -> PIIDetector:
    """Build a PII detector validating national phone numbers for ``phone_regions``.

    Example:
        >>> detector = build_pii_detector(("GB",))
        >>> [f.category for f in detector.detect("Ring 020 7123 4567")]
        ['phone']
    """
    return PIIDetector(
        phone_regions=phone_regions, ip_include_reserved=ip_include_reserved
    )


register_detector("pii", PIIDetector)
