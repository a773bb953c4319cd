"""The detection view's one-to-one folds, done on code point arrays.

:func:`~langchain_mistral_secure.detection.normalize.build_view` folds each
distinct character of a text once, then builds the view. On a non-ASCII
text, ``set(text)`` and ``str.translate`` with a dict cost a Python object
per character (characters past Latin-1 are not interned), which was most of
the view's cost on Cyrillic or Chinese prompts. Here the distinct
characters come from one pass over the UTF-32 code points, and, when every
fold is one character to one character (the usual case), the view from one
lookup per code point. The result is the string ``str.translate`` gives (the
tests compare them); short texts keep the pure-Python path, where the numpy
set-up would dominate.
"""

# ruff: noqa: PLC0415
# (numpy is imported on first use: short texts never need it.)

from __future__ import annotations

from typing import Any

ARRAY_FOLD_MIN_CHARS = 512
"""Non-ASCII texts at least this long fold on arrays (shorter: pure Python)."""

_COUNT_SPAN = 16
"""Distinct code points are counted in a table (linear) when the highest is
at most this many times the text's length; otherwise they are sorted."""


def text_codes(text: str) -> Any:
    """The code points of a matchable ``text`` (no lone surrogates), uint32."""
    import numpy as np

    return np.frombuffer(text.encode("utf-32-le"), dtype="<u4")


def distinct_codes(codes: Any) -> list[int]:
    """The distinct code points of ``codes``, ascending.

    Example:
        >>> distinct_codes(text_codes("abba\u0436"))
        [97, 98, 1078]
    """
    import numpy as np

    if not codes.shape[0]:
        return []
    top = int(codes.max())
    if top <= _COUNT_SPAN * codes.shape[0]:
        found: list[int] = np.flatnonzero(
            np.bincount(codes, minlength=top + 1)
        ).tolist()
        return found
    unique: list[int] = np.unique(codes).tolist()
    return unique


def fold_codes(codes: Any, distinct: list[int], folds: dict[int, str]) -> str:
    """``str.translate(folds)`` of the text ``codes`` spell, folds one to one.

    ``distinct`` is :func:`distinct_codes` of ``codes``; every value of
    ``folds`` is one character (a code point absent from ``folds`` maps to
    itself, as ``str.translate`` leaves it).

    Example:
        >>> codes = text_codes("AbЖ")
        >>> fold_codes(codes, distinct_codes(codes), {65: "a", 1046: "ж"})
        'abж'
    """
    import numpy as np

    keys = np.array(distinct, dtype=np.uint32)
    values = np.array(
        [ord(folds[code]) if code in folds else code for code in distinct],
        dtype="<u4",
    )
    folded = values.take(np.searchsorted(keys, codes))
    text: str = folded.tobytes().decode("utf-32-le")
    return text


def fold_codes_any(codes: Any, distinct: list[int], folds: dict[int, str]) -> str:
    """``str.translate(folds)`` of the text ``codes`` spell, folds of any length.

    As :func:`fold_codes`, but a fold may be empty or several characters (a
    Hangul syllable folds to its jamo): each code point's fold is laid out
    once, then gathered. ``str.translate`` with a dict of strings costs a
    lookup per character (about 0.2 µs); this costs a few array passes.

    Example:
        >>> codes = text_codes("a\ufb01\u200bb")
        >>> fold_codes_any(codes, distinct_codes(codes), {0xFB01: "fi", 0x200B: ""})
        'afib'
    """
    import numpy as np

    keys = np.array(distinct, dtype=np.uint32)
    pieces = [folds.get(code, chr(code)) for code in distinct]
    lengths = np.array([len(piece) for piece in pieces], dtype=np.int64)
    flat = np.frombuffer("".join(pieces).encode("utf-32-le"), dtype="<u4")
    starts = np.cumsum(lengths) - lengths
    which = np.searchsorted(keys, codes)
    count = lengths.take(which)
    first = np.cumsum(count) - count
    source = np.repeat(starts.take(which) - first, count) + np.arange(int(count.sum()))
    text: str = flat.take(source).tobytes().decode("utf-32-le")
    return text
