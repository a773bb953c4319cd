r"""Markdown images a CommonMark renderer would fetch, found the way it finds them.

An image is ``![`` + link text + ``]`` and then an inline destination
``(url "title")``, a reference ``[label]`` / ``[]``, or nothing (a shortcut
reference). Only the destination is fetched, so the decisions are:

* **inline**: the link text is matched bracket by bracket (backslash escapes
  honoured, any length, nested ``[]``, newlines), and the destination is read
  like the renderer reads it (any whitespace after ``(``, ``<...>`` or bare with
  balanced parentheses) and checked by
  :func:`~langchain_mistral_secure.detection.content_urls.fetch_allowed`;
* **definitions** ``[label]: url`` on a host that is not allowed are
  neutralized, wherever they are (before or after their use, however far),
  so no reference, collapsed or shortcut image can resolve to them; the
  usages themselves are left alone, so allowlisted reference images render
  unchanged;
* **fail closed when unsure**: an opener whose closing ``]`` is more than
  :data:`ALT_DECIDE` characters away, whose link text holds ``<`` or a code
  span that could hide a bracket, or whose ``(`` is followed by a
  long run of whitespace, is neutralized itself (``![`` is replaced, so no image
  is left), whatever its destination.

Every decision depends only on a bounded stretch of text after the construct's
start, so a streaming window that holds :data:`LOOKAHEAD` characters decides
exactly as a whole-text pass does. The scan jumps between brackets with RE2:
linear in the text, and free on text without ``![`` or ``]:``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from langchain_mistral_secure.detection.content_markdown_chars import (
    _balanced,
    _first_stop,
    _hides_brackets,
    _NextChar,
    _tokens,
)
from langchain_mistral_secure.detection.content_urls import DEST_DECIDE, fetch_allowed

__all__ = [
    "ALT_DECIDE",
    "IMAGE_MAX_LEN",
    "LOOKAHEAD",
    "WS_DECIDE",
    "markdown_image_spans",
]

ALT_DECIDE = 240
"""Longest link text (``![`` to ``]``) read before an opener is neutralized."""
WS_DECIDE = 64
"""Longest whitespace run after ``(`` or ``]:`` read before failing closed."""
IMAGE_MAX_LEN = 2048
"""Longest image finding: from ``![`` to the closing ``)``.

A longer image is redacted up to this many characters and the rest is kept
(the image is already broken, so nothing is fetched); an image with no
closing ``)`` yet runs to the end of its line or of the text.
"""
LOOKAHEAD = ALT_DECIDE + WS_DECIDE + DEST_DECIDE + 8
"""Characters after a construct's start that decide it (fits the stream hold)."""

_BANG_RUN = 64
# How far back a "!" makes a glued "(url)" suspect (same line only).
_GLUE_BACK = 256
# A line of only these (spaces, tabs, blockquote markers) is blank: it ends a
# paragraph, and no image spans it.
_BLANK = " \t>\r"
_DEST_WS = " \t\r\n>"
_ESCAPABLE = frozenset("\\[]`<")

Span = tuple[int, int, str]
Adjacent = Callable[[int], bool]


def _always(_: int) -> bool:
    return True


class _Scan:
    """One pass over a text: the allowlist and the spans found so far."""

    __slots__ = (
        "adjacent",
        "allowlist",
        "blank_at",
        "decided",
        "newline",
        "paren",
        "spans",
        "text",
    )

    def __init__(self, text: str, allowlist: Sequence[str], adjacent: Adjacent) -> None:
        self.text = text
        self.allowlist = allowlist
        self.adjacent = adjacent
        self.spans: list[Span] = []
        self.blank_at = 0
        # Decisions by destination: a text repeating one destination (an
        # image flood) pays for its URL parsing once. Bounded by the number
        # of destinations read, so by the text's length.
        self.decided: dict[tuple[str, bool], bool] = {}
        # Where the next ")" and line end are: images in a flood share them.
        self.paren = _NextChar(text, ")", IMAGE_MAX_LEN)
        self.newline = _NextChar(text, "\n", IMAGE_MAX_LEN)

    def allowed(self, value: str, *, open_end: bool) -> bool:
        """:func:`fetch_allowed` for a markdown destination, memoized per scan."""
        key = (value, open_end)
        known = self.decided.get(key)
        if known is None:
            known = fetch_allowed(
                value, self.allowlist, markdown=True, open_end=open_end
            )
            self.decided[key] = known
        return known

    # ------------------------------------------------------------- helpers

    def bang_start(self, bang: int) -> int:
        """Start of the run of ``!`` ending at ``bang``.

        No ``!`` may be left before the placeholder: it would open an image.
        """
        text = self.text
        start = bang
        while start > 0 and bang - start < _BANG_RUN and text[start - 1] == "!":
            start -= 1
        return start

    def destination(self, at: int) -> tuple[str, int, bool, bool]:
        """Read a destination after ``(`` or ``]:`` at ``at``.

        Returns the raw value, the offset after it, whether it runs to the end
        of the text, and whether the whitespace before it was too long.
        """
        text = self.text
        if at < len(text) and text[at] not in _DEST_WS:
            start = at  # the usual case: no whitespace to skip
        else:
            # Slices, not pos arguments: the RE2 binding converts offsets over
            # the whole string on every call (quadratic over many images).
            ahead = text[at : at + WS_DECIDE + 2]
            skip = len(ahead) - len(ahead.lstrip(_DEST_WS))
            if skip > WS_DECIDE:
                return "", at, False, True
            start = at + skip
        if start >= len(text):
            return "", start, True, False
        if text[start] == "<":
            close = -1
            for mark in (">", "\n"):
                found = text.find(mark, start + 1, start + IMAGE_MAX_LEN)
                if found >= 0 and (close < 0 or found < close):
                    close = found
            if close < 0:
                end = min(len(text), start + IMAGE_MAX_LEN)
                return text[start + 1 : end], end, end >= len(text), False
            return text[start + 1 : close], close + 1, False, False
        ahead = text[start : start + DEST_DECIDE + 1]
        value = ahead[: _first_stop(ahead)]
        value = _balanced(value)
        end = start + len(value)
        return value, end, end >= len(text), False

    def closing(self, start: int, after: int) -> int:
        """End of an inline image: its ``)``, else its line or text end."""
        text = self.text
        limit = min(len(text), start + IMAGE_MAX_LEN)
        paren = self.paren.find(after, limit)
        newline = self.newline.find(after, limit)
        if paren >= 0 and (newline < 0 or paren < newline):
            return paren + 1
        if newline >= 0:
            return newline
        return limit

    # --------------------------------------------------------------- images

    def image(self, bang: int, close: int, *, unsure: bool) -> None:
        """Decide the image whose ``![`` is at ``bang`` and ``]`` at ``close``."""
        text = self.text
        start = self.bang_start(bang)
        if close - bang > ALT_DECIDE:
            self.spans.append((start, bang + 2, "content.markdown_image_opener"))
            return
        after = close + 1
        follow = text[after : after + 1]
        if follow == "(":
            value, end, open_end, long_ws = self.destination(after + 1)
            if long_ws:
                self.spans.append((start, after + 1, "content.markdown_image"))
                return
            if unsure or not self.allowed(value, open_end=open_end):
                self.spans.append(
                    (start, self.closing(start, end), "content.markdown_image")
                )
            return
        if unsure:
            self.spans.append((start, after, "content.markdown_image_opener"))
            return
        # A reference, collapsed or shortcut image: it fetches only what a
        # definition says, and definitions off the allowlist are neutralized.

    def images(self, first: int) -> None:
        """Match brackets from the first ``![`` on, one pass with a stack.

        Line ends matter only while a bracket is open (a blank line closes
        the paragraph): they are looked at between tokens, then.
        """
        text = self.text
        stack: list[int] = []
        code_at = -1
        skip = -1
        last = first
        for at, char in _tokens(text, first):
            if stack and self.blank_line(last, at):
                self.unclosed(stack, self.blank_at)
                stack.clear()
            last = at
            if at == skip:
                continue
            if char == "\\":
                nxt = at + 1
                if text[nxt : nxt + 1] in _ESCAPABLE and self.adjacent(at):
                    skip = nxt
            elif char == "[":
                stack.append(at)
            elif char == "]":
                self.close(stack, at, code_at)
            else:
                code_at = at
        if stack and self.blank_line(last, len(text)):
            self.unclosed(stack, self.blank_at)
            stack.clear()
        self.unclosed(stack, len(text))

    def blank_line(self, start: int, end: int) -> bool:
        """Whether a blank line starts between ``start`` and ``end``.

        Sets :attr:`blank_at` to the newline before it.
        """
        text = self.text
        newline = text.find("\n", start, end)
        while newline >= 0:
            if _blank_line_after(text, newline):
                self.blank_at = newline
                return True
            newline = text.find("\n", newline + 1, end)
        return False

    def close(self, stack: list[int], at: int, code_at: int) -> None:
        """A ``]`` at ``at`` closes the innermost open bracket."""
        if not stack:
            return
        opener = stack.pop()
        if opener > 0 and self.text[opener - 1] == "!":
            unsure = code_at > opener and _hides_brackets(self.text, opener, at)
            self.image(opener - 1, at, unsure=unsure)

    def unclosed(self, stack: list[int], end: int) -> None:
        """Openers never closed before ``end``: neutralize the too long ones."""
        text = self.text
        for opener in stack:
            if opener > 0 and text[opener - 1] == "!" and end - opener > ALT_DECIDE:
                start = self.bang_start(opener - 1)
                self.spans.append((start, opener + 1, "content.markdown_image_opener"))

    def definitions(self) -> None:
        """``[label]: url`` definitions whose url is not allowed."""
        text = self.text
        start = text.find("]:")
        while start >= 0:
            # Spaces or tabs, then at most one line end: the destination.
            after = start + 2
            ahead = text[after : after + WS_DECIDE + 2]
            after += len(ahead) - len(ahead.lstrip(" \t"))
            if text[after : after + 1] in ("\r", "\n"):
                after += 2 if text[after : after + 2] == "\r\n" else 1
            value, end, open_end, long_ws = self.destination(after)
            self.definition(start, value, end, open_end=open_end, long_ws=long_ws)
            start = text.find("]:", start + 2)

    def glued_destinations(self) -> None:
        """``(url)`` glued to a word after a ``!`` on the same line.

        Not an image as written; but if the word is another detector's finding,
        the redacted output reads ``![EMAIL](url)``: an image. Fail closed.
        """
        text = self.text
        paren = text.find("(")
        while paren >= 0:
            before = text[paren - 1] if paren else " "
            if not before.isspace() and before not in "]!(":
                low = max(0, paren - _GLUE_BACK)
                low = max(low, text.rfind("\n", low, paren) + 1)
                bang = text.rfind("!", low, paren)
                if bang >= 0:
                    self.glued(bang, paren)
            paren = text.find("(", paren + 1)

    def glued(self, bang: int, paren: int) -> None:
        """Neutralize ``!`` through the destination at ``paren`` unless allowed.

        The finding starts at the ``!``: a stream then holds everything the
        decision looked at, as the whole-text pass saw it.
        """
        value, end, open_end, long_ws = self.destination(paren + 1)
        if long_ws or (value and not self.allowed(value, open_end=open_end)):
            self.spans.append(
                (bang, self.closing(paren, end), "content.markdown_glued_destination")
            )

    def definition(
        self, start: int, value: str, end: int, *, open_end: bool, long_ws: bool
    ) -> None:
        """Neutralize one definition unless its destination is allowed."""
        if long_ws:
            self.spans.append((start, start + 2, "content.markdown_definition"))
        elif value and not self.allowed(value, open_end=open_end):
            self.spans.append((start, end, "content.markdown_definition"))


def _blank_line_after(text: str, newline: int) -> bool:
    """Whether the line after the newline at ``newline`` is blank."""
    rest = text[newline + 1 : newline + 1 + WS_DECIDE].lstrip(_BLANK)
    return rest.startswith("\n")


def markdown_image_spans(
    text: str, allowlist: Sequence[str], *, adjacent: Adjacent = _always
) -> list[Span]:
    """Spans of ``text`` to neutralize so no markdown image leaves the allowlist.

    Args:
        text: The text (invisible characters already removed by the caller).
        allowlist: Allowed image hosts.
        adjacent: Whether the character at an offset and the next one were
            adjacent in the original text (a backslash escapes only its
            neighbour).

    Returns:
        ``(start, end, rule_id)`` spans, unmerged.

    Example:
        >>> text = "![a](https://acme.com/a.png) ![b](https&#58;//evil.io/?q=1)"
        >>> [text[s:e] for s, e, _ in markdown_image_spans(text, ("acme.com",))]
        ['![b](https&#58;//evil.io/?q=1)']
    """
    scan = _Scan(text, allowlist, adjacent)
    # One-character tests first: ``in`` with one character runs at memchr
    # speed, a two-character search costs ~40 times as much on long prose.
    first = text.find("![") if "[" in text and "!" in text else -1
    if first >= 0:
        scan.images(first)
    if "]" in text and "]:" in text:
        scan.definitions()
    if "!" in text:
        scan.glued_destinations()
    return scan.spans
