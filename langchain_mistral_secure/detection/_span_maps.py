"""Span maps: where each piece of a rewritten text came from in its input.

Split out of :mod:`langchain_mistral_secure.detection.deobfuscate` (which
re-exports :class:`SpanMap`, still named at that public path); the stages of
the deobfuscated view and the leak detector build their maps here.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

__all__ = ["SpanMap"]


@dataclass(frozen=True, slots=True)
class SpanMap:
    """A piecewise map from a derived text back to the text it was built from.

    Each piece is either *literal* (derived characters line up one to one with
    base characters) or a *token* (the whole piece stands for a base span,
    such as ``"i"`` for ``"&#105;"``). Base characters that produced nothing
    belong to no piece; a span across them covers them.

    Attributes:
        starts: Derived offset where each piece begins (sorted).
        base_starts: Base offset where each piece's source begins.
        base_ends: Base offset where each piece's source ends.
        literal: Whether each piece is literal.
        base_len: Length of the base text.

    Example:
        >>> m = SpanMap([0, 1], [0, 6], [6, 9], [False, True], 9)
        >>> m.to_original(0, 4)  # "i" from "&#105;" then "gno"
        (0, 9)
    """

    starts: list[int]
    base_starts: list[int]
    base_ends: list[int]
    literal: list[bool]
    base_len: int

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the derived span ``[start, end)`` to the base span it came from."""
        if not self.starts:
            return self.base_len, self.base_len
        if end <= start:
            point = self._point(start)
            return point, point
        first = max(bisect_right(self.starts, start) - 1, 0)
        last = max(bisect_right(self.starts, end - 1) - 1, 0)
        if self.literal[first]:
            lo = self.base_starts[first] + (start - self.starts[first])
        else:
            lo = self.base_starts[first]
        if self.literal[last]:
            hi = self.base_starts[last] + (end - self.starts[last])
        else:
            hi = self.base_ends[last]
        return lo, max(lo, min(hi, self.base_len))

    def _point(self, at: int) -> int:
        slot = bisect_right(self.starts, at) - 1
        if slot < 0:
            return 0
        if self.literal[slot]:
            return min(
                self.base_starts[slot] + (at - self.starts[slot]),
                self.base_ends[slot],
            )
        return (
            self.base_starts[slot] if at == self.starts[slot] else self.base_ends[slot]
        )


class _MapBuilder:
    """Collects derived pieces and their base spans (linear, no re-slicing)."""

    __slots__ = ("base_ends", "base_starts", "literal", "pieces", "pos", "starts")

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.starts: list[int] = []
        self.base_starts: list[int] = []
        self.base_ends: list[int] = []
        self.literal: list[bool] = []
        self.pos = 0

    def copy(self, text: str, base_at: int) -> None:
        """Append ``text``, equal in length to ``base[base_at:base_at+len]``."""
        if not text:
            return
        size = len(text)
        if self.literal and self.literal[-1] and self.base_ends[-1] == base_at:
            self.base_ends[-1] += size
        else:
            self._add(base_at, base_at + size, literal=True)
        self.pieces.append(text)
        self.pos += size

    def token(self, text: str, base_start: int, base_end: int) -> None:
        """Append ``text`` standing as a whole for ``base[base_start:base_end]``."""
        if not text:
            return
        self._add(base_start, base_end, literal=False)
        self.pieces.append(text)
        self.pos += len(text)

    def _add(self, base_start: int, base_end: int, *, literal: bool) -> None:
        self.starts.append(self.pos)
        self.base_starts.append(base_start)
        self.base_ends.append(base_end)
        self.literal.append(literal)

    def build(self, base_len: int) -> tuple[str, SpanMap]:
        return "".join(self.pieces), SpanMap(
            self.starts, self.base_starts, self.base_ends, self.literal, base_len
        )


SpanMap.__module__ = "langchain_mistral_secure.detection.deobfuscate"
