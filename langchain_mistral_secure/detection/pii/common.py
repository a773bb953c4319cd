"""Pieces shared by the PII families: locality, glue characters, the digit fold.

Models answering in Japanese or Chinese write fullwidth digits (``０３－１２３４``),
typesetters group IBANs with narrow no-break spaces, and Arabic or Devanagari
answers use their own digits. Format rules are written for ASCII, so every PII
family scans a *folded* copy of the text in which each such character is
replaced by its ASCII twin, one character for one: offsets found in the folded
copy are offsets of the original, and the original is never rewritten.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

import re2

from langchain_mistral_secure.detection.normalize import matchable

__all__ = ["LOCALITY", "fold_for_formats", "glues"]

LOCALITY: int = 40
"""No PII decision depends on characters further than this from the value."""

# Characters that glue a number to what precedes it (an id, a sum, a path).
GLUE_BEFORE = frozenset("_+@#$%&*=^\\~`|\u20ac\u00a3\u00a5")
ASCII_WORD = frozenset(
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-@"
)
# The start of an IBAN just before ("NL91 ABNA "): the digits that follow are
# the account part of a (possibly mistyped) IBAN, not a phone or card number.
IBAN_HEAD = re2.compile(
    r"(?:^|[^A-Za-z0-9])[A-Za-z]{2}\d{2}(?:[ \-]?[A-Za-z0-9]{4}){0,7}[ \-]$"
)
# A token mixing letters and digits just before: the digits continue a code
# (a reference, a serial), they are not a phone number.
CODE_BEFORE = re2.compile(r"(?:[A-Za-z][0-9]|[0-9][A-Za-z])[A-Za-z0-9]* ?$")

# Scripts written without spaces between words (CJK ideographs, kana, Thai,
# Hangul syllables that take particles): a number right next to them is not
# glued to a word.
_UNSPACED = (
    (0x0E00, 0x0E7F),
    (0x3000, 0x30FF),
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xAC00, 0xD7AF),
    (0xF900, 0xFAFF),
    (0xFF01, 0xFF60),
    (0xFF66, 0xFF9F),
)


def glues(char: str) -> bool:
    """Whether ``char`` continues a word a number would then be part of.

    ASCII letters and digits, and letters of scripts written with spaces, glue;
    ideographs, kana and other unspaced scripts do not ("電話は０３…です").

    Example:
        >>> glues("a"), glues("é"), glues("は"), glues(" ")
        (True, True, False, False)
    """
    if not char.isalnum():
        return False
    code = ord(char)
    return not any(low <= code <= high for low, high in _UNSPACED)


# Dashes and minus signs typeset between digit groups.
_DASHES = frozenset("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d")
_FULLWIDTH_FIRST = 0xFF01
_FULLWIDTH_LAST = 0xFF5E


@lru_cache(maxsize=4096)
def _fold_one(char: str) -> str:
    """The ASCII twin of one character for format matching, or the character."""
    digit = unicodedata.decimal(char, None)
    if digit is not None:
        return str(digit)  # any script's decimal digit, fullwidth included
    if char in _DASHES:
        return "-"
    code = ord(char)
    if _FULLWIDTH_FIRST <= code <= _FULLWIDTH_LAST:
        return chr(code - 0xFEE0)  # fullwidth ASCII (＠, ＋, （, Ａ...)
    if unicodedata.category(char) == "Zs":
        return " "  # no-break, narrow no-break, thin, ideographic spaces
    return char


def fold_for_formats(text: str) -> str:
    """Fold Unicode digits, fullwidth forms, dashes and spaces to ASCII, 1 for 1.

    The result has exactly the length of ``text``, so a span found in it is
    the same span of ``text``. ASCII text is returned as it is.

    Example:
        >>> fold_for_formats("０３－１２３４\u202f٥٦")
        '03-1234 56'
    """
    if text.isascii():
        return text
    text = matchable(text)  # lone surrogates cannot be matched; 1 for 1 too
    # One table over the distinct non-ASCII characters, then one C-level
    # translate: dense non-ASCII text (combining marks, zero-width runs) costs
    # a set and a lookup per character, not a Python call per character.
    table = {ord(char): _fold_one(char) for char in set(text) if not char.isascii()}
    return text.translate(table)
