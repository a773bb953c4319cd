"""Payment cards (issuer prefix + Luhn), IBANs (length + mod 97) and US SSNs.

The rules run on the folded text (see :mod:`.common`), so fullwidth digits and
IBANs grouped with narrow no-break or thin spaces are found like ASCII ones.
"""

from __future__ import annotations

import re2

from langchain_mistral_secure.detection.engine import Finding, Rule
from langchain_mistral_secure.detection.pii.common import IBAN_HEAD
from langchain_mistral_secure.detection.prefilter import finditer_spans, found_in
from langchain_mistral_secure.detection.validators import (
    card_valid,
    iban_valid,
    ssn_valid,
)

__all__ = ["BANKING_RULES", "card_context_ok", "ssn_context_ok"]

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


def _card(rule_id: str, pattern: str, max_len: int, what: str) -> Rule:
    return Rule(
        id=rule_id,
        category="credit_card",
        pattern=pattern,
        validator=card_valid,
        on_view=False,
        max_len=max_len,
        score=0.9,
        description=what,
    )


def _iban(rule_id: str, pattern: str, max_len: int, what: str) -> Rule:
    return Rule(
        id=rule_id,
        category="iban",
        pattern=pattern,
        validator=_iban_candidate,
        on_view=False,
        case_sensitive=True,
        max_len=max_len,
        score=0.95,
        description=what,
    )


BANKING_RULES: tuple[Rule, ...] = (
    _card(
        "pii.credit_card",
        _CARD_CONTIGUOUS,
        19,
        "Payment card number, contiguous digits (issuer prefix, Luhn).",
    ),
    _card(
        "pii.credit_card_grouped",
        _CARD_GROUPED,
        19,
        "Payment card number in 4-4-4-4 groups (issuer prefix, Luhn).",
    ),
    _card(
        "pii.credit_card_grouped_19",
        _CARD_GROUPED_19,
        23,
        "19-digit payment card number in groups (issuer prefix, Luhn).",
    ),
    _card(
        "pii.credit_card_amex",
        _CARD_AMEX,
        17,
        "American Express / Diners layout 4-6-5 or 4-6-4 (Luhn).",
    ),
    _iban(
        "pii.iban",
        _IBAN_CONTIGUOUS,
        34,
        "IBAN, contiguous, upper or lower case (length and mod 97).",
    ),
    _iban(
        "pii.iban_grouped",
        _IBAN_GROUPED,
        43,
        "IBAN in groups of four, spaces or dashes (length and mod 97).",
    ),
    _iban(
        "pii.iban_grouped_full",
        _IBAN_GROUPED_FULL,
        39,
        "IBAN in complete groups of four (mod-97 check).",
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
)


def card_context_ok(raw: str, finding: Finding) -> bool:
    """Drop card-shaped digits inside longer numbers or after an IBAN head."""
    body = raw[finding.start : finding.end]
    before = raw[max(0, finding.start - 24) : finding.start]
    after = raw[finding.end : finding.end + 6]
    if found_in(IBAN_HEAD, before):
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


def ssn_context_ok(raw: str, finding: Finding) -> bool:
    """Drop SSN-shaped digits that continue a longer number or an IBAN."""
    body = raw[finding.start : finding.end]
    before = raw[max(0, finding.start - 24) : finding.start]
    after = raw[finding.end : finding.end + 2]
    if before[-1:] in ("+", "$") or found_in(IBAN_HEAD, before):
        return False
    seps = {char for char in body if not char.isdigit()}
    if before[-1:] in seps and before[-2:-1].isdigit():
        return False  # "1-536-22-1234": one more group in the same layout
    return not (after[:1] in seps and after[1:2].isdigit())


# A card right after a phone number ("+1 415 555 2671 4111 1111 1111 1111") sits in a
# run of five 4-digit groups: the grouped-card rule takes the leftmost four groups
# only, so the card one group later was never tried. Each 4-group window of such a
# run is checked; past the budget the rest of the run is reported unverified (fail
# closed, linear).
_GROUP_RUN = re2.compile(r"\b\d{4}(?:[ \-]\d{4}){4,}\b")
_SHORT_GROUP_BEFORE = re2.compile(r"(?:^|[^\d])\d{1,3}[ \-]$")
_GROUP_WIDTH = 5  # four digits and a separator
_GROUP_RUN_MIN = 24  # five groups: the shortest _GROUP_RUN match
_CARD_WIDTH = 19  # four groups and three separators
CARD_WINDOW_BUDGET = 4096


def _group_runs(
    text: str, within: list[tuple[int, int]] | None
) -> list[tuple[int, int]]:
    """Spans of ``_GROUP_RUN`` in ``text``, searched only ``within`` when given.

    Every character of a group run is a digit or a single space or dash, so
    each run lies inside one phone run (``PHONE_RUN`` continues through all
    of them): searching the phone runs, with one character of context on
    each side for the word boundaries, finds the same spans as searching the
    whole text.
    """
    if within is None:
        return finditer_spans(_GROUP_RUN, text)
    spans: list[tuple[int, int]] = []
    for start, end in within:
        if end - start < _GROUP_RUN_MIN:
            continue
        low = max(0, start - 1)
        piece = text[low : end + 1]
        spans.extend((low + a, low + b) for a, b in finditer_spans(_GROUP_RUN, piece))
    return spans


def cards_in_group_runs(
    text: str, *, runs: list[tuple[int, int]] | None = None
) -> list[Finding]:
    """Cards at any 4-group alignment inside longer runs of digit groups.

    Args:
        text: The folded text.
        runs: The spans of ``PHONE_RUN`` in ``text``, when already found: only
            those are searched.

    Example:
        >>> [(f.start, f.end) for f in cards_in_group_runs(
        ...     "+1 415 555 2671 4111 1111 1111 1111")]
        [(16, 35)]
    """
    findings: list[Finding] = []
    checked = 0
    for run_start, run_end in _group_runs(text, runs):
        # Only a run that continues a shorter digit group ("555 2671 4111 ...",
        # the tail of a phone number): a run of five or more 4-digit groups on
        # its own is a reference or account number, and stays the rule's call.
        if not found_in(_SHORT_GROUP_BEFORE, text[max(0, run_start - 4) : run_start]):
            continue
        # Groups are 4 digits and one separator wide: window i starts 5*i in.
        base, count = run_start, (run_end - run_start + 1) // _GROUP_WIDTH
        for index in range(1, count - 3):  # window 0 is the grouped rule's own
            start = base + _GROUP_WIDTH * index
            end = start + _CARD_WIDTH
            checked += 1
            if checked > CARD_WINDOW_BUDGET:
                findings.append(
                    Finding(
                        start,
                        run_end,
                        "pii.credit_card_unverified",
                        "credit_card",
                        0.4,
                    )
                )
                break
            if card_valid(text[start:end]):
                findings.append(
                    Finding(start, end, "pii.credit_card_grouped", "credit_card", 0.9)
                )
    return findings
