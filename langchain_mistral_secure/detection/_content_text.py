"""Text reading shared by the HTML attribute and CSS scanners.

Split out of :mod:`langchain_mistral_secure.detection.content_html` (which
re-exports :data:`VALUE_MAX`): the value length bound, HTML whitespace, and
ASCII lower-casing that keeps every offset.
"""

from __future__ import annotations

__all__ = ["VALUE_MAX", "Span"]

VALUE_MAX = 2048
"""Longest attribute value or CSS token read; a longer one is not allowed."""

_HTML_WS = r"[ \t\n\f\r]"
_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_WS_CHARS = " \t\n\f\r"

Span = tuple[int, int, str]


def _ascii_lower(text: str) -> str:
    """``text`` lower-cased with every offset kept (C speed when possible)."""
    lowered = text.lower()
    # str.lower only ever grows a text (e.g. U+0130); same length, same offsets.
    return lowered if len(lowered) == len(text) else text.translate(_LOWER)


class _Lowered:
    """Slices of ``_ascii_lower(text)`` without lowering the whole text.

    Lowering an ASCII slice gives the same characters as slicing the lowered
    text, so ASCII text (the common case) is lowered only where it is read;
    other text is lowered once, whole, as :func:`_ascii_lower` decides.
    """

    __slots__ = ("_lowered", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._lowered = None if text.isascii() else _ascii_lower(text)

    def __call__(self, lo: int, hi: int) -> str:
        if self._lowered is not None:
            return self._lowered[lo:hi]
        return self._text[lo:hi].lower()


# A run of more than WS_DECIDE whitespace characters covers at least
# _GAP_SAMPLES consecutive multiples of _GAP_STRIDE: a whitespace run in every
