"""Dropped and grown characters of a long text, mapped with array operations.

:mod:`~langchain_mistral_secure.detection.normalize` maps view offsets back
to the original with one (break, base) pair per run of dropped characters.
On text dense with zero-width or combining characters there is a run every
few characters, and a per-character ``str.translate`` plus a Python step per
run cost about 0.1-0.2 µs per character, paid by every detector that builds
a view. Here the same map (and the stripped text) comes from a handful of
numpy passes over the code points, a few nanoseconds per character. The
result is identical to the pure-Python path (the tests compare them), which
stays in use for short texts, where the numpy set-up would dominate.

Characters that fold to several (Hangul syllables to their jamo, ligatures)
took a Python step each in the pure-Python map: about 1 ms per 4 KB of
Korean. :func:`grow_map` builds that map from the same passes.

The maps are returned as ``array("q")`` (C int64), not lists: a list of
Python ints costs about 25 ns per entry to build, one new int object each,
and a Korean text has one entry per jamo (about 0.2 ms per 4 KB, most of
the view's cost). ``bisect`` and indexing read an array as they read a
list.
"""

# ruff: noqa: PLC0415
# (numpy is imported on first use: short texts never need it.)

from __future__ import annotations

from array import array
from collections.abc import Collection
from typing import Any

VECTOR_MIN_CHARS = 2_048
"""Texts at least this long take the array path (shorter: pure Python)."""


def _codes(text: str) -> Any:
    import numpy as np

    # ``text`` is matchable (no lone surrogates), so UTF-32 encodes it as is.
    return np.frombuffer(text.encode("utf-32-le"), dtype="<u4")


def _mask(codes: Any, dropped: Collection[int]) -> Any:
    import numpy as np

    return np.isin(codes, np.fromiter(dropped, dtype=np.uint32, count=len(dropped)))


def drop_map(text: str, dropped: Collection[int]) -> tuple[array[int], array[int]]:
    """The view-to-original map (breaks, bases) when ``dropped`` is removed.

    Every other character is kept one for one. Equal to the pure-Python
    ``_drop_map`` of the class string of ``text``: one pair per maximal run of
    dropped characters that some kept character follows, after the leading
    ``(0, 0)``.

    Example:
        >>> [list(part) for part in drop_map("ab\u200b\u200bcd\u200b", {0x200B})]
        [[0, 2], [0, 4]]
    """
    return _runs(_mask(_codes(text), dropped))


def strip_and_map(
    text: str, dropped: Collection[int]
) -> tuple[str, array[int], array[int]]:
    """``text`` without the ``dropped`` code points, and its offset map.

    Example:
        >>> stripped, breaks, bases = strip_and_map("a\u200bb", {0x200B})
        >>> stripped, list(breaks), list(bases)
        ('ab', [0, 1], [0, 2])
    """
    codes = _codes(text)
    mask = _mask(codes, dropped)
    stripped = codes[~mask].tobytes().decode("utf-32-le")
    breaks, bases = _runs(mask)
    return stripped, breaks, bases


def _after_zero(values: Any) -> array[int]:
    """``[0, *values]`` as ``array("q")``, copied from the numpy buffer."""
    import numpy as np

    out = array("q", (0,))
    out.frombytes(np.ascontiguousarray(values, dtype=np.int64).tobytes())
    return out


def _runs(mask: Any) -> tuple[array[int], array[int]]:
    import numpy as np

    edges = np.diff(mask.view(np.int8), prepend=np.int8(0), append=np.int8(0))
    starts = np.flatnonzero(edges == 1)
    ends = np.flatnonzero(edges == -1)
    if len(ends) and ends[-1] == len(mask):
        # A run that reaches the end of the text maps no kept character.
        starts, ends = starts[:-1], ends[:-1]
    shift = np.cumsum(ends - starts)
    return _after_zero(ends - shift), _after_zero(ends)


def grow_map(text: str, widths: dict[str, int]) -> tuple[array[int], array[int]]:
    """The view-to-original map when each character of ``widths`` folds to that many.

    Every other character folds to one. Equal to the pure-Python
    ``_offset_map``: after the leading ``(0, 0)``, one pair per view character
    of a grown character (each mapped to it), and one where a kept character
    follows a dropped or grown one.

    Example:
        >>> breaks, bases = grow_map("a\ufb01b\u200bc", {"\ufb01": 2, "\u200b": 0})
        >>> list(breaks), list(bases)
        ([0, 1, 2, 3, 4], [0, 1, 1, 2, 4])
    """
    import numpy as np

    codes = _codes(text)
    keys = np.fromiter((ord(c) for c in widths), dtype=np.uint32, count=len(widths))
    values = np.fromiter(widths.values(), dtype=np.int64, count=len(widths))
    order = np.argsort(keys)
    keys, values = keys[order], values[order]
    at = np.minimum(np.searchsorted(keys, codes), max(len(keys) - 1, 0))
    width = np.ones(codes.shape[0], dtype=np.int64)
    if len(keys):
        hit = keys[at] == codes
        width[hit] = values[at[hit]]
    view_at = np.zeros(codes.shape[0], dtype=np.int64)
    np.cumsum(width[:-1], out=view_at[1:])
    kept = width == 1
    after_kept = np.ones(codes.shape[0], dtype=bool)
    after_kept[1:] = kept[:-1]
    count = np.where(width >= 2, width, 0) + (kept & ~after_kept)  # noqa: PLR2004
    index = np.repeat(np.arange(codes.shape[0]), count)
    first = np.cumsum(count) - count
    breaks = view_at[index] + np.arange(index.shape[0]) - first[index]
    return _after_zero(breaks), _after_zero(index)
