"""Character-level reading of markdown for the image scan.

Split from :mod:`~langchain_mistral_secure.detection.content_markdown`: where
the scan's tokens are, where a bare destination ends, balanced parentheses,
code spans that could hide a bracket, and a remembered ``find`` that image
floods share. Everything here is ``str`` methods in C or RE2 on one short
value: the RE2 binding costs ~10 us per match, too much per character.
"""

from __future__ import annotations

from bisect import insort
from collections.abc import Iterator

import re2

__all__: list[str] = []

# Brackets, backslashes, code-span and HTML starts, and line ends (a blank
# line - spaces, tabs or blockquote markers only - ends a paragraph: no image
# spans it). Found with str.find: the RE2 binding costs ~10 us per match.
_SCAN_CHARS = "[]\\`<"
# A bare destination ends at ASCII whitespace or a control character (not at
# other Unicode spaces). Only its start decides (DEST_DECIDE); the finding then
# runs to the closing parenthesis.
_STOPS = str.maketrans(dict.fromkeys([*range(0x21), 0x7F], 0))
# Balanced parentheses (two levels) in a bare destination.
_PARENS = re2.compile(r"(?:[^()\\]|\\.|\((?:[^()\\]|\\.|\((?:[^()\\]|\\.)*\))*\))*")
_BACKTICKS = re2.compile(r"`+")


class _NextChar:
    """``text.find(char, after, limit)``, remembering what it has read.

    Consecutive images of a flood ask for the next ``)`` over nearly the same
    stretch (up to ``reach`` characters each); the answer of one search
    serves every later question it covers. A question it does not cover
    reads at most ``2 * reach`` characters, so the work per question stays
    bounded whatever the order of the questions.
    """

    __slots__ = ("char", "found", "hi", "lo", "reach", "text")

    def __init__(self, text: str, char: str, reach: int) -> None:
        self.text = text
        self.char = char
        self.reach = reach
        # No ``char`` in [lo, found) and ``found`` is one; or found < 0 and
        # no ``char`` in [lo, hi).
        self.lo = self.hi = 0
        self.found = -1

    def find(self, after: int, limit: int) -> int:
        found = self.found
        if self.lo <= after and (
            (found >= 0 and after <= found) or (found < 0 and limit <= self.hi)
        ):
            return found if 0 <= found < limit else -1
        self.lo = after
        self.hi = max(limit, min(len(self.text), after + 2 * self.reach))
        found = self.found = self.text.find(self.char, after, self.hi)
        return found if 0 <= found < limit else -1


def _first_stop(value: str) -> int | None:
    """Offset of the first ASCII control or space in ``value``, else None.

    A bare destination ends there. ``isprintable`` and ``find`` run in C and
    settle the usual cases; ``translate`` (slower) only runs when a control
    character is present.
    """
    space = value.find(" ")
    head = value if space < 0 else value[:space]
    if head.isprintable():
        return None if space < 0 else space
    stop = value.translate(_STOPS).find("\x00")
    return None if stop < 0 else stop


def _tokens(text: str, start: int) -> Iterator[tuple[int, str]]:
    """Offsets and characters of the scan's tokens, in order, from ``start``."""
    nexts = {char: text.find(char, start) for char in _SCAN_CHARS}
    live = sorted((at, char) for char, at in nexts.items() if at >= 0)
    while live:
        at, char = live.pop(0)
        yield at, char
        following = text.find(char, at + 1)
        if following >= 0:
            insort(live, (following, char))


def _balanced(value: str) -> str:
    """A bare destination ends at the first unbalanced ``)``."""
    close = value.find(")")
    if close < 0:
        return value
    if "(" not in value[:close]:
        return value[:close]
    found = _PARENS.match(value)
    return value[: found.end()] if found is not None else value[:close]


def _hides_brackets(text: str, opener: int, close: int) -> bool:
    """Whether a code span or HTML in the link text could move its ``]``.

    Backtick runs that pair up inside the link text, with no bracket between
    them, change nothing; raw HTML (``<``) or an unpaired run might.
    """
    inside = text[opener + 1 : close]
    if "<" in inside:
        return True
    open_width = 0
    open_end = 0
    for run in _BACKTICKS.finditer(inside):
        width = run.end() - run.start()
        if not open_width:
            open_width, open_end = width, run.end()
        elif width == open_width:
            code = inside[open_end : run.start()]
            if "[" in code or "]" in code:
                return True
            open_width = 0
    return bool(open_width)
