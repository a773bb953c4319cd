"""Phone candidate checks: shape, start, glue, dates, and libphonenumber's verdict.

Split out of :mod:`langchain_mistral_secure.detection.pii.phones` (which
re-exports :func:`phone_shape_ok` and cuts runs into candidates): every check
here reads the candidate and at most a few characters around it.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import phonenumbers
import re2
from phonenumbers import Leniency, PhoneNumberMatcher

from langchain_mistral_secure.detection.pii.common import (
    CODE_BEFORE,
    GLUE_BEFORE,
    IBAN_HEAD,
    glues,
)
from langchain_mistral_secure.detection.prefilter import found_in
from langchain_mistral_secure.detection.validators import digits_only, ipv4_valid

__all__ = ["phone_shape_ok"]


# Nine digits in the 3-2-4 layout are SSN-shaped, not a phone layout.
_SSN_SHAPE = re2.compile(r"^\d{3}[ .\-]\d{2}[ .\-]\d{4}$")
# Dates inside a candidate: 2024-06-30, 2024.6.30, 30.06.2024, 6/30/2024.
_DATE = re2.compile(
    r"(?:^|[^0-9])(?:(?:19|20)\d\d[\-./](?:0?[1-9]|1[0-2])[\-./]\d{1,2}|"
    r"\d{1,2}[\-./]\d{1,2}[\-./](?:19|20)\d\d)(?:[^0-9]|$)"
)

_DIGITS = frozenset("0123456789")
# A date has two of these between its parts; without any, _DATE cannot match.
_DATE_SEPS = frozenset("-./")
_LOOK = frozenset("-./()")


def _loose_shape_ok(candidate: str, digits: str, *, bare_ok: bool) -> bool:
    """The shape checks every phone passes, verified by libphonenumber or not."""
    if not 7 <= len(digits) <= 15:  # noqa: PLR2004 (E.164 has at most 15 digits)
        return False
    if candidate.isdigit() and not bare_ok:
        return False
    if len(set(digits)) <= 2:  # noqa: PLR2004 - "0000000", "1111 1111": filler
        return False
    groups = "".join(char if char in "0123456789" else " " for char in candidate)
    sizes = [len(group) for group in groups.split()]
    return not (
        sizes.count(1) > 2  # noqa: PLR2004
        or (len(sizes) > 1 and sizes[-1] == 1)
        or candidate.count("/") > 1
        or candidate.count("(") > 2  # noqa: PLR2004
        or _date_inside(candidate)
        or ipv4_valid(candidate)
        or (candidate[:1] != "+" and _ssn_shaped(candidate))
    )


def _found(program: Any, text: str) -> bool:
    """Whether ``program`` matches in ``text``, searched on its UTF-8 bytes.

    For yes/no questions on a few dozen characters: the wrapper's ``str`` path
    converts offsets nobody reads.
    """
    return found_in(program, text)


def _date_inside(candidate: str) -> bool:
    """Whether a date is written inside ``candidate`` (2024-06-30, 30.06.2024)."""
    return not _DATE_SEPS.isdisjoint(candidate) and _found(_DATE, candidate)


def _ssn_shaped(candidate: str) -> bool:
    """Whether ``candidate`` is laid out 3-2-4 like a US SSN (11 characters)."""
    return len(candidate) == 11 and found_in(_SSN_SHAPE, candidate, anchored=True)  # noqa: PLR2004


def _strong_look(candidate: str) -> bool:
    """A national number cut out of a longer run must look like a phone on its own."""
    # Spaces alone are not enough: "… 0000 0123 457" ends many an account number.
    return candidate[:1] == "+" or not _LOOK.isdisjoint(candidate)


def _glued_after(raw: str, index: int) -> bool:
    """Whether the character at ``index`` continues a word, id or address."""
    after = raw[index : index + 1]
    return bool(after) and (glues(after) or after in "_@")


def _phone_start_ok(before: str, *, international: bool) -> bool:
    """Whether a phone may start after ``before`` (at most 24 characters)."""
    prev = before[-1:]
    if not prev:
        return True
    if glues(prev) or prev in GLUE_BEFORE:
        return False
    if international:
        return True
    if prev in "-./":
        return False  # continues a code, a version or a number ("INV-2024-…")
    if prev in ":,;" and before[-2:-1].isdigit():
        return False  # a time or a list of numbers
    # Both patterns end in a space after digits (an alphanumeric before would
    # glue): without that, neither can match, and the two searches are skipped.
    return (
        prev != " "
        or _DIGITS.isdisjoint(before)
        or not (_found(IBAN_HEAD, before) or _found(CODE_BEFORE, before))
    )


@lru_cache(maxsize=8192)
def _phone_valid(candidate: str, regions: tuple[str, ...]) -> bool:
    """Whether libphonenumber reads the whole candidate as one valid number.

    A plain parse (cheap) screens each region; the matcher (which also refuses
    dates, publication pages and odd groupings) confirms.
    """
    if not phone_shape_ok(candidate):
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


def phone_shape_ok(candidate: str) -> bool:
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
        or _date_inside(candidate)
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
        or _ssn_shaped(candidate)
        or ipv4_valid(candidate)
    )
