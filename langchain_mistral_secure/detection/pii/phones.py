"""Phone numbers: RE2 finds runs of digit groups, libphonenumber confirms them.

A number libphonenumber calls unallocated is still a phone number to a reader,
so phones fail closed: a run that libphonenumber refuses is still reported
(``pii.phone_unverified``) when

* it starts with ``+`` and a known country calling code (8 to 15 digits);
* a phone word stands just before it (phone, tel, call, mobile, fax,
  WhatsApp... in English, French, German, Spanish, Italian, Dutch, Portuguese,
  Chinese and Japanese), even as bare digits (``call 2125550147``);
* it is written in the NANP layout with a plausible area code and exchange
  (``(555)555-0147x1234``, ``555.555.0147``, ``1-555-555-0147``), unless an
  order, invoice, ticket or similar word announces a reference number.

Dates, versions, IPv4 addresses, ISBNs and other refusals of the shape checks
hold in every case. Every decision reads at most :data:`LOCALITY` characters
around the run.
"""

from __future__ import annotations

from collections.abc import Sequence

import phonenumbers
import re2

from langchain_mistral_secure.detection.pii._phone_checks import (
    _DIGITS,
    _found,
    _glued_after,
    _loose_shape_ok,
    _phone_start_ok,
    _phone_valid,
    _strong_look,
    phone_shape_ok,
)
from langchain_mistral_secure.detection.pii.common import LOCALITY
from langchain_mistral_secure.detection.prefilter import (
    finditer_digit_spans,
    found_in,
)
from langchain_mistral_secure.detection.validators import digits_only

__all__ = [
    "DEFAULT_PHONE_REGIONS",
    "PHONE_MAX_LEN",
    "PHONE_RUN",
    "phone_runs",
    "phone_shape_ok",
    "phones_in_run",
]

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
PHONE_MAX_LEN = 60

# Phone runs: digit groups joined by one phone separator (space, no-break
# space, dot, dash, slash, parentheses as in "(0)20" or "(415) 555"). Two
# spaces, " / ", a comma or a letter end a run, so a run starts where the text
# says a new number starts, whatever lies further to the left.
_PHONE_SEP = r"(?:[ \x{00A0}.\-/]| / |\)[ \-.]?\(?|[ \-]?\()"
PHONE_RUN = re2.compile(rf"[+(]?[0-9](?:[0-9]|{_PHONE_SEP}[0-9]){{6,}}")
# What finditer_digit_spans needs to know of PHONE_RUN: at most three bytes of
# separator (" / ", ") (", a UTF-8 no-break space) between two digits, so
# digits at most four bytes apart, and seven digits at least.
_RUN_DIGIT_GAP = 4
_RUN_MIN_DIGITS = 7
# An extension right after a number: "x123", "ext. 12", "extension 7", "#12".
_PHONE_EXT = re2.compile(r"(?i)^ ?(?:x|ext\.?|extension|#) ?\d{1,6}")
# NANP: optional 1, area code and exchange starting 2-9, one kind of separator.
_NANP = re2.compile(
    r"^(?:1[ .\-]?)?(?:\([2-9]\d\d\) ?[2-9]\d\d[.\-]|[2-9]\d\d-[2-9]\d\d-|"
    r"[2-9]\d\d\.[2-9]\d\d\.)\d{4}$"
)
# A word announcing a phone number, right before it (with ":", "is", "at"...).
_PHONE_WORDS = (
    r"phone|telephone|tel|t[eé]l[eé]phone|t[eé]l|call|ring|mobile|mob|cell|"
    r"cellphone|fax|whatsapp|sms|text|hotline|landline|contact|dial|"
    r"portable|appel(?:er|ez)?|telefon|telefonnummer|handy|mobil|"
    r"rufnummer|anruf|anrufen|tel[eé]fono|m[oó]vil|celular|llam(?:a|ar|e)|"
    r"telefono|cellulare|chiam(?:a|are|ami)|telefoon|telefoonnummer|"
    r"mobiel|bel|bellen|telefone|telem[oó]vel|ligue|ligar"
)
_PHONE_CONTEXT = re2.compile(
    r"(?i)(?:(?:^|[^a-z])(?:" + _PHONE_WORDS + r")(?:[^a-z]|$)"
    r"|電話|电话|手机|手機|携帯|ケータイ|联系|連絡|전화|휴대폰)"
    r"[^0-9]{0,24}$"
)
# A word announcing a reference number, not a phone.
_REFERENCE_CONTEXT = re2.compile(
    r"(?i)(?:^|[^a-z])(?:order|invoice|ref|reference|ticket|case|sku|serial|"
    r"part|model|isbn|tracking|po|acct|commande|facture|rechnung|bestellung|"
    r"kundennummer|pedido|factura|ordine|fattura|bestelling)"
    r"[^a-z0-9]{0,6}(?:number|num|no|nr|#)?[^a-z0-9]{0,4}$"
)


def phone_runs(text: str) -> list[tuple[int, int]]:
    """Spans of :data:`PHONE_RUN` in ``text``, searched only where digits cluster.

    The same spans as ``finditer_spans(PHONE_RUN, text)``.

    Example:
        >>> phone_runs("call +1 415 555 0132 or 12")
        [(5, 20)]
    """
    return finditer_digit_spans(
        PHONE_RUN, text, max_gap=_RUN_DIGIT_GAP, min_digits=_RUN_MIN_DIGITS
    )


def _calling_code_known(digits: str) -> bool:
    """Whether ``digits`` start with a country calling code."""
    known = phonenumbers.COUNTRY_CODE_TO_REGION_CODE
    return any(int(digits[:size]) in known for size in (1, 2, 3) if digits[:size])


def phones_in_run(
    raw: str, start: int, end: int, regions: tuple[str, ...]
) -> list[tuple[int, int, bool]]:
    """Phone numbers in one run of digit groups, decided by local checks only.

    Candidates are the whole run (national numbers must fill it), the run's
    prefixes that end at a group end (any for ``+CC`` numbers; before a space
    for national ones) and its suffixes that start after a space. Prefixes and
    suffixes only reach :data:`_PHONE_BODY_MAX` characters into the run, so no
    decision looks further than that. Each result carries whether
    libphonenumber confirmed it (False: reported failing closed).
    """
    if raw[start] == "(" and ")" not in raw[start : start + 7]:
        start += 1
    found = _candidates_in_run(raw, start, end, regions)
    # Asked last, of runs that hold a phone only: most runs (cards, ids,
    # amounts) hold none, and the answer is the same.
    if (
        found
        and raw[start] != "+"
        and _found(_REFERENCE_CONTEXT, raw[max(0, start - LOCALITY) : start])
    ):
        return []  # "order 555-123-4567", "numéro de commande 06 12 34 56 78"
    return found


def _candidates_in_run(
    raw: str, start: int, end: int, regions: tuple[str, ...]
) -> list[tuple[int, int, bool]]:
    """:func:`phones_in_run` before the reference-number check."""
    found: list[tuple[int, int, bool]] = []
    head = _first_valid(raw, start, _prefix_ends(raw, start, end), regions)
    if head is not None:
        found.append((*head, True))
    else:
        unverified = _unverified(raw, start, end)
        if unverified is not None:
            return [(*unverified, False)]
    for index, needs_look in _suffix_starts(raw, start, end):
        if head is not None and index < head[1]:
            continue
        tail = _first_valid(raw, index, [(end, needs_look)], regions)
        if tail is not None:
            found.append((*tail, True))
            break
    return found


_EXT_FIRST = frozenset("xXeE#")
# " / " between two numbers: a list ("030 1234567 / 0171 2345678").
_LIST_SEPS = tuple(f"{digit} / " for digit in "0123456789")


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
    # Inside a run every character is an ASCII digit or a separator: a group
    # ends before each separator that follows a digit.
    head = raw[start : limit + 1]
    seps = [at for at, char in enumerate(head) if char not in _DIGITS]
    for offset in reversed(seps):
        stop = start + offset
        if offset < 2 or stop >= end or head[offset - 1] not in _DIGITS:  # noqa: PLR2004
            continue
        if raw[stop : stop + 3] == " / ":
            ends.append((stop, False))  # "030 1234 / 040 5678": a list
        elif international or head[offset] == " ":
            ends.append((stop, not international))
    return ends


def _suffix_starts(raw: str, start: int, end: int) -> list[tuple[int, bool]]:
    """Starts of numbers after a space in the run's last characters, in order.

    Each start carries whether the number needs a strong phone look (True
    unless it follows a `` / `` list separator).
    """
    starts: list[tuple[int, bool]] = []
    first = max(start + 4, end - _PHONE_BODY_MAX)
    space = raw.find(" ", first - 1, end - 1)
    while space != -1:
        index = space + 1
        if raw[index] in _DIGITS and (
            raw[index - 2] in _DIGITS or raw[index - 4 : index] in _LIST_SEPS
        ):
            starts.append((index, raw[index - 3 : index] != " / "))
        space = raw.find(" ", index, end - 1)
    return starts


def _with_extension(raw: str, stop: int) -> int | None:
    """The end of a number ending at ``stop`` with its extension; None if glued."""
    first = raw[stop : stop + 1]
    if first == " ":
        first = raw[stop + 1 : stop + 2]
    # An extension starts with x, e(xt) or # after at most one space.
    ext = _PHONE_EXT.match(raw[stop : stop + 20]) if first in _EXT_FIRST else None
    if ext is not None:
        full: int = stop + ext.end()
        if not _glued_after(raw, full):
            return full
    if _glued_after(raw, stop):
        return None
    return stop


def _first_valid(
    raw: str,
    start: int,
    ends: Sequence[tuple[int, bool]],
    regions: tuple[str, ...],
) -> tuple[int, int] | None:
    """The longest valid phone ``raw[start:end]`` for ``end`` in ``ends``."""
    international = raw[start] == "+"
    start_checked = False
    for stop, needs_look in ends:
        candidate = raw[start:stop]
        if needs_look and not _strong_look(candidate):
            continue
        # The start is checked once, and only for a candidate worth trying.
        if not start_checked:
            if not _phone_start_ok(
                raw[max(0, start - 24) : start], international=international
            ):
                return None
            start_checked = True
        full = _with_extension(raw, stop)
        if full is None:
            continue
        if len(candidate) <= _PHONE_BODY_MAX and _phone_valid(candidate, regions):
            return start, full
    return None


def _unverified(raw: str, start: int, end: int) -> tuple[int, int] | None:
    """A whole run libphonenumber refused that still reads as a phone number."""
    candidate = raw[start:end]
    digits = digits_only(candidate)
    # The digit count of _loose_shape_ok, asked first: cards, IBANs and long
    # ids then cost no search of the context.
    if len(candidate) > _PHONE_BODY_MAX or not 7 <= len(digits) <= 15:  # noqa: PLR2004
        return None
    international = candidate[:1] == "+"
    before = raw[max(0, start - LOCALITY) : start]
    # What admits a refused run at all (a known calling code, a phone word, the
    # NANP layout) is checked first: most runs (cards, ids, amounts) stop here.
    context = False
    if international:
        if not (len(digits) >= 8 and _calling_code_known(digits)):  # noqa: PLR2004
            return None
    else:
        context = _found(_PHONE_CONTEXT, before)
        if not (context or found_in(_NANP, candidate, anchored=True)):
            return None
    if not _phone_start_ok(before[-24:], international=international):
        return None
    full = _with_extension(raw, end)
    if full is None or not _loose_shape_ok(candidate, digits, bare_ok=context):
        return None
    return start, full
