"""The detection view as code points, whitespace runs collapsed (:mod:`.features`).

Split from :mod:`.features` (its size): the first step of hashing a text,
its view's code points with every whitespace run made one space, their
positions in the view and which are word characters, by one class-table
lookup per code point (or on the bytes of ASCII text). :mod:`.features`
re-exports ``_code_points`` and ``_word_mask``.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

U64 = npt.NDArray[np.uint64]
I64 = npt.NDArray[np.int64]

_SPACE = 32
_IDEOGRAPHIC_SPACE = 0x3000
_NO_BREAK_SPACE = 0xA0


def _code_points(view: str) -> tuple[npt.NDArray[np.uint64], I64]:
    """Code points of ``view`` with whitespace runs collapsed to one space."""
    cps, index, _ = _collapse(view)
    return cps, index


_IS_SPACE = 1
_IS_WORD = 2
_CLASS_TOP = _IDEOGRAPHIC_SPACE + 1


def _class_table() -> npt.NDArray[np.uint8]:
    """Class of each code point up to ``_CLASS_TOP`` (higher ones: as the top).

    Spaces are ``<= 32``, the no-break and the ideographic space; word
    characters are those of :func:`_word_mask` (every other code point from
    0x80 on).
    """
    table = np.zeros(_CLASS_TOP + 1, dtype=np.uint8)
    table[: _SPACE + 1] = _IS_SPACE
    table[ord("a") : ord("z") + 1] = _IS_WORD
    table[ord("0") : ord("9") + 1] = _IS_WORD
    table[0x80:] = _IS_WORD
    table[[_NO_BREAK_SPACE, _IDEOGRAPHIC_SPACE]] = _IS_SPACE
    table.setflags(write=False)
    return table


_CLASSES = _class_table()


def _collapse(view: str) -> tuple[U64, I64, npt.NDArray[np.bool_]]:
    """(code points, their view positions, word mask) with spaces collapsed.

    Whitespace runs become one space (32); the word mask is
    :func:`_word_mask` of the result, read from one class table lookup per
    code point instead of several comparisons.
    """
    if view.isascii():
        return _collapse_ascii(np.frombuffer(view.encode("ascii"), dtype=np.uint8))
    raw = np.frombuffer(view.encode("utf-32-le", "surrogatepass"), np.uint32)
    # Indices as int64 (numpy's index type) spare a cast in every lookup.
    wide = raw.astype(np.int64)
    classes = _CLASSES.take(np.minimum(wide, _CLASS_TOP))
    space = classes == _IS_SPACE
    keep = np.ones(wide.shape[0], dtype=bool)
    keep[1:] = ~(space[1:] & space[:-1])
    if keep.all():
        index = _arange(wide.shape[0])
    else:
        index = np.flatnonzero(keep)
        wide = wide[index]
        classes = classes[index]
        space = classes == _IS_SPACE
    cps: U64 = wide.view(np.uint64)
    np.putmask(cps, space, np.uint64(_SPACE))
    return cps, index, classes == _IS_WORD


def _collapse_ascii(
    raw: npt.NDArray[np.uint8],
) -> tuple[U64, I64, npt.NDArray[np.bool_]]:
    """:func:`_collapse` of ASCII text, classified on the bytes themselves.

    One byte per character: the comparisons read an eighth of what they
    would on code points (the usual case for English prompts).
    """
    space = raw <= _SPACE
    keep = np.ones(raw.shape[0], dtype=bool)
    keep[1:] = ~(space[1:] & space[:-1])
    if keep.all():
        index = _arange(raw.shape[0])
    else:
        index = np.flatnonzero(keep)
        raw = raw[index]
        space = raw <= _SPACE
    # Unsigned wrap-around: one comparison per range.
    word = np.subtract(raw, ord("a"), dtype=np.uint8) < 26  # noqa: PLR2004
    word |= np.subtract(raw, ord("0"), dtype=np.uint8) < 10  # noqa: PLR2004
    cps: U64 = raw.astype(np.uint64)
    np.putmask(cps, space, np.uint64(_SPACE))
    return cps, index, word


def _word_mask(cps: U64) -> npt.NDArray[np.bool_]:
    """Word characters: ASCII letters and digits, and any non-ASCII letter.

    CJK text has no spaces, so a whole clause becomes one "word"; its character
    n-grams carry it. Non-ASCII punctuation counts as a word character here,
    which only joins a few more characters into a word.
    """
    lower = (cps >= ord("a")) & (cps <= ord("z"))
    digit = (cps >= ord("0")) & (cps <= ord("9"))
    return lower | digit | (cps >= 0x80)  # noqa: PLR2004


_ARANGE = np.arange(1 << 13, dtype=np.int64)
_ARANGE.setflags(write=False)


def _arange(count: int) -> I64:
    """``np.arange(count)`` (a slice of a shared read-only range when short)."""
    if count <= _ARANGE.shape[0]:
        return _ARANGE[:count]
    return np.arange(count, dtype=np.int64)
