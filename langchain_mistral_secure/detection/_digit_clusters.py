r"""Spans of digit-run programs, searched only in clusters of digits.

Split out of :mod:`langchain_mistral_secure.detection.prefilter` (which
re-exports :func:`finditer_digit_spans`): on long prose, where digits are rare
and short, a few vector passes find the clusters worth searching.
"""

from __future__ import annotations

from typing import Any

from langchain_mistral_secure.detection._byte_search import (
    _group_spans,
    _to_chars,
    finditer_spans,
)

__all__ = ["finditer_digit_spans"]

# Texts shorter than this are searched whole: the clustering costs more.
_CLUSTER_MIN_BYTES = 4096
_ZERO, _TEN = 0x30, 10
_WORD = 8
# Joins the clusters into one haystack: no match of such a program crosses it.
_CLUSTER_JOIN = b"\x00"


# Bytes classified per step: small temporaries are reused by the allocator,
# where 1 MB ones cost a page fault per page on every call.
_DIGIT_STEP = 1 << 16


def _digit_positions(data: bytes) -> Any:
    """Byte offsets of the ASCII digits in ``data`` (a numpy array, ascending)."""
    import numpy as np  # noqa: PLC0415 - a runtime dependency, for long texts only

    codes = np.frombuffer(data, dtype=np.uint8)
    lanes = np.arange(_WORD)
    found = []
    for offset in range(0, len(codes), _DIGIT_STEP):
        is_digit = np.less(codes[offset : offset + _DIGIT_STEP] - np.uint8(_ZERO), _TEN)
        pad = -len(is_digit) % _WORD
        if pad:
            is_digit = np.concatenate((is_digit, np.zeros(pad, dtype=bool)))
        # Digits are sparse in prose: find the 8-byte words holding one first.
        words = np.flatnonzero(is_digit.view(np.uint64))
        if words.size:
            offsets = (words[:, None] * _WORD + lanes).ravel()
            found.append(offsets[is_digit[offsets]] + offset)
    return np.concatenate(found) if found else np.empty(0, dtype=np.intp)


def finditer_digit_spans(
    program: Any, text: str, *, max_gap: int, min_digits: int
) -> list[tuple[int, int]]:
    r""":func:`finditer_spans` for a program whose matches are runs of digits.

    The caller guarantees that every match of ``program`` starts at most one
    byte before an ASCII digit, ends at a digit, holds at least
    ``min_digits`` digits, never has more than ``max_gap`` bytes from one
    digit to the next, holds no NUL byte and asserts nothing about its
    surroundings (no ``\b``, ``^``, ``$``). Such a match lies in one cluster
    of digits, so only the clusters of ``min_digits`` or more digits are
    searched, joined by NUL bytes into one short haystack: prose, where digits
    are rare and short, costs a few vector passes instead of a search.

    Example:
        >>> from langchain_mistral_secure.detection.prefilter import compile_program
        >>> found = compile_program(r"\d{3}(?: \d{3})+")
        >>> text = "call 123 456 789 now " * 300
        >>> spans = finditer_digit_spans(found, text, max_gap=2, min_digits=6)
        >>> spans == finditer_spans(found, text)
        True
    """
    data = text.encode("utf-8")
    if len(data) < _CLUSTER_MIN_BYTES:
        return finditer_spans(program, text)
    import numpy as np  # noqa: PLC0415 - a runtime dependency, for long texts only

    digits = _digit_positions(data)
    if digits.size < min_digits:
        return []
    breaks = np.flatnonzero(np.diff(digits) > max_gap)
    firsts = np.concatenate(([0], breaks + 1))
    lasts = np.concatenate((breaks, [digits.size - 1]))
    keep = (lasts - firsts + 1) >= min_digits
    los = np.maximum(digits[firsts[keep]] - 1, 0).tolist()
    his = (digits[lasts[keep]] + 1).tolist()
    if not los:
        return []
    joined = _CLUSTER_JOIN.join(data[lo:hi] for lo, hi in zip(los, his, strict=True))
    # Where each cluster starts in ``joined``, to map matches back.
    starts: list[int] = []
    at = 0
    for lo, hi in zip(los, his, strict=True):
        starts.append(at)
        at += hi - lo + len(_CLUSTER_JOIN)
    found: list[tuple[int, int, int]] = []
    cluster = 0
    for start, end in _group_spans(program, 0)(joined, 0, len(joined)):
        if start >= end:
            continue
        while cluster + 1 < len(starts) and starts[cluster + 1] <= start:
            cluster += 1
        shift = los[cluster] - starts[cluster]
        found.append((0, start + shift, end + shift))
    if len(data) != len(text) and found:
        found = _to_chars(data, found)
    return [(start, end) for _, start, end in found]
