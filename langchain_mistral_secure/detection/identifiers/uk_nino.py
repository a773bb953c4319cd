"""UK National Insurance number (two prefix letters, six digits, suffix A-D).

NINOs carry no check digit and python-stdnum has no module for them: the HMRC
allocation rules are the check (first letter not D, F, I, Q, U or V; second
not D, F, I, O, Q, U or V; prefixes BG, GB, KN, NK, NT, TN and ZZ never
issued), so the pattern below encodes them and :func:`nino_valid` refuses the
unissued prefixes. People type NINOs in capitals or all in lower case
(``tw987654a``), grouped by spaces or dashes or not at all (``PR 123612C``);
mixed case (``Ab 12 34 56 c``) is not a way anyone writes one.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.identifiers.base import Identifier, compact

__all__ = ["IDENTIFIER", "nino_valid"]

_UNISSUED_PREFIXES = frozenset({"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})


def nino_valid(value: str) -> bool:
    """Whether ``value`` is a NINO that can have been issued.

    Example:
        >>> nino_valid("AB 12 34 56 C"), nino_valid("GB 12 34 56 C")
        (True, False)
        >>> nino_valid("tw987654a"), nino_valid("nt 99 88 77 a")
        (True, False)
    """
    number = compact(value)
    return (
        len(number) == 9  # noqa: PLR2004
        and len({char for char in value if char in " -"}) <= 1
        and number[:2].isalpha()
        and number[2:8].isdigit()
        and number[8] in "ABCD"
        and number[:2] not in _UNISSUED_PREFIXES
        and number[0] not in "DFIQUV"
        and number[1] not in "DFIOQUV"
    )


IDENTIFIER = Identifier(
    id="uk_nino",
    name="UK National Insurance number (NINO)",
    pattern=(
        r"\b([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z](?:[ \-]?\d{2}){3}[ \-]?[A-D]"
        r"|[a-ceghj-pr-tw-z][a-ceghj-npr-tw-z](?:[ \-]?\d{2}){3}[ \-]?[a-d])\b"
    ),
    check=nino_valid,
    context=("national insurance", "nino", "ni number", "ni no"),
    context_rule="never",
    max_len=13,
    presidio="UK_NINO",
    example="AB 12 34 56 C",
)
