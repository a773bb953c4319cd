r"""Where a streamed text may still hold the start of a match: the early-release hold.

A streaming redactor must not release text that a later chunk could turn into
part of a finding. The fixed hold keeps the last ``max_match_len`` characters,
so the first words of an answer arrive ~500 characters late. This module asks
instead *where a match could still start*: every family of detectors gets a
:class:`HoldPolicy` that returns the earliest offset of the window that some
candidate still open at the end of the text could cover (an unfinished token,
a run of digit groups, an unclosed quote, a ``-----BEGIN`` line, a ``<``, ``[``
or ``!`` whose markup decision is still pending, the words of a system prompt
being repeated, a canary being spelled out). Everything before the earliest
such offset is final and is released; plain prose flows out a word behind.

The analysis runs on a *class string*: the window with every character mapped
to one ASCII character of the same offset (ASCII kept; non-ASCII letters to
``a``, digits to ``0``, look-alikes to what the detection view folds them to,
invisible and unknown characters to ``\x00``, which every policy holds from).
So a fullwidth ``<`` (U+FF1C) or a Cyrillic ``з`` (a ``3`` in the view) is seen as the
detectors see it, and no policy re-scans released text.

Bounds: every candidate is held at most ``cap`` visible characters (the
redactor's ``max_hold``); past that the window falls back to the fixed hold's
guarantee. Findings already open (a partial JWT or PEM block, an image with
no closing ``)``) are held whole by the window itself, up to its hard cap.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol, runtime_checkable

from langchain_mistral_secure.detection.normalize import fold_char, is_invisible

__all__ = [
    "WHITESPACE",
    "AnchorHold",
    "CompositeHold",
    "FixedHold",
    "HoldPolicy",
    "class_string",
    "last_token_start",
    "token_start",
]

WHITESPACE = (" ", "\t", "\n", "\r")
"""The characters a cut may follow (RE2's whitespace class minus form feed)."""

_TAG_FIRST = 0xE0000
_TAG_LAST = 0xE007F
# ASCII controls other than tab, newline and carriage return: held from. Tab
# and carriage return read as a space: a cut point is then one ``rfind`` away.
_ASCII_TABLE: dict[int, str] = {
    **{code: "\x00" for code in (*range(0x20), 0x7F) if chr(code) not in "\t\n\r"},
    ord("\t"): " ",
    ord("\r"): " ",
}
# Folded forms that may take part in a match's syntax: a character folding to
# several of them is held from (it is rare, and unclassifiable here).
_SYNTAX = frozenset("<>[]!\\=&@\"'`-(:+%0123456789")


@lru_cache(maxsize=65536)
def _classify(char: str) -> str:  # noqa: PLR0911 - one return per class
    """One ASCII stand-in for a non-ASCII character (see the module doc)."""
    code = ord(char)
    if is_invisible(char) or _TAG_FIRST <= code <= _TAG_LAST:
        return "\x00"
    if char.isspace():
        # Not a cut point: the raw rules do not split tokens on it.
        return "\x01"
    folded = fold_char(char)
    if not folded:
        return "\x00"  # a combining mark or another character the view drops
    if len(folded) == 1 and folded.isascii():
        return folded if folded.isprintable() and not folded.isspace() else "\x01"
    if folded.isalpha():
        return "a"
    if folded.isdigit():
        return "0"
    if folded.isascii() and _SYNTAX.isdisjoint(folded):
        return "\x01"
    if not folded.isascii() and all(not c.isascii() for c in folded):
        return "\x01"  # symbols that fold to themselves (emoji, dashes)
    return "\x00"


def class_string(text: str) -> str:
    r"""``text`` with every character replaced by its one-character class.

    Linear (one C-speed ``translate``); offsets are unchanged.

    Example:
        >>> class_string("\uff29\uff1cb\u200b\u0437")
        'i<b\x003'
    """
    table = _ASCII_TABLE
    if not text.isascii():
        table = {
            **_ASCII_TABLE,
            **{ord(c): _classify(c) for c in set(text) if not c.isascii()},
        }
    return text.translate(table)


def token_start(cls: str, pos: int) -> int:
    """Start of the whitespace-delimited token holding offset ``pos`` (or ``pos``).

    ``cls`` is a class string (tabs and carriage returns read as spaces).

    Example:
        >>> token_start("ab cd", 4)
        3
        >>> token_start("ab cd", 3)
        3
    """
    return max(cls.rfind(" ", 0, pos), cls.rfind("\n", 0, pos)) + 1


def last_token_start(cls: str) -> int:
    """Start of the last token; trailing whitespace is held with it.

    A decision may read a character or two past a value (``"pw is x y"``: is
    the next character a letter?), so the whitespace after the last token and
    the token itself stay held until another token starts.

    Example:
        >>> last_token_start("one two  ")
        4
    """
    end = len(cls.rstrip(" \n"))
    return token_start(cls, end) if end else 0


@runtime_checkable
class HoldPolicy(Protocol):
    """Where one detector family could still be completing a match.

    ``hold_from(text, cls, floor)`` gets the window (already released context
    first), its class string and ``floor``, the offset before which candidates
    are no longer held (the cap). It returns an offset: nothing from there on
    may be released yet (``len(text)`` when nothing is open).
    """

    def hold_from(self, text: str, cls: str, floor: int) -> int:
        """The earliest offset that may still be part of an open candidate."""
        ...


class FixedHold:
    """The fixed hold: the last ``reach`` characters (for unknown detectors).

    Example:
        >>> FixedHold(4).hold_from("abcdefgh", "abcdefgh", 0)
        4
    """

    __slots__ = ("reach",)

    def __init__(self, reach: int) -> None:
        """Hold the last ``reach`` characters."""
        self.reach = reach

    def __repr__(self) -> str:
        """Show the reach."""
        return f"FixedHold({self.reach})"

    def hold_from(self, text: str, cls: str, floor: int) -> int:
        """``len(text) - reach`` (zero-width characters count through the floor)."""
        del cls
        return max(floor, len(text) - self.reach)


class AnchorHold:
    """Hold from the token of the earliest anchor within ``reach`` characters.

    Subclasses say what an anchor is (:meth:`find`); anchors older than
    ``reach`` characters are final.

    Example:
        >>> hold = AnchorHold("<[", reach=8)
        >>> hold.hold_from("see [x", "see [x", 0)
        4
    """

    __slots__ = ("chars", "reach")

    def __init__(self, chars: str = "", reach: int = 256) -> None:
        """Hold the characters ``chars`` (or what :meth:`find` finds)."""
        self.chars = chars
        self.reach = reach

    def find(self, cls: str, lo: int) -> int:
        """The earliest anchor offset at or after ``lo`` (or -1)."""
        hits = [hit for hit in (cls.find(c, lo) for c in self.chars) if hit >= 0]
        return min(hits, default=-1)

    def hold_from(self, text: str, cls: str, floor: int) -> int:
        """The token start of the earliest anchor within reach."""
        del text
        lo = max(floor, len(cls) - self.reach)
        found = self.find(cls, lo)
        return token_start(cls, found) if found >= 0 else len(cls)


class CompositeHold:
    """The hold of several families: the earliest of theirs, with the last token.

    Args:
        policies: One policy per detector family.
        cap: Most visible characters any candidate is held; past it the fixed
            hold's guarantee applies (see the module doc).

    Example:
        >>> hold = CompositeHold([], cap=64)
        >>> text = "plain words flow out"
        >>> text[: hold.limit(text, 0)]
        'plain words flow '
    """

    __slots__ = ("cap", "policies")

    def __init__(self, policies: Sequence[HoldPolicy], *, cap: int) -> None:
        """Combine ``policies`` under ``cap``."""
        self.policies = tuple(policies)
        self.cap = cap

    def __repr__(self) -> str:
        """Show the families and the cap."""
        names = [type(p).__name__ for p in self.policies]
        return f"CompositeHold({names}, cap={self.cap})"

    def limit(self, text: str, base: int, floor: int | None = None) -> int:
        """Offset up to which ``text`` may be released (at least ``base``).

        ``floor`` is where the cap starts (``len(text) - cap`` visible
        characters); nothing before it is held by a candidate.
        """
        return self.release_limit(text, base, floor)[0]

    def release_limit(
        self, text: str, base: int, floor: int | None = None
    ) -> tuple[int, int]:
        r""":meth:`limit`, and where an invisible character pins the hold.

        The second value is the start of the token of the first character,
        from the cap's floor on, that the class string cannot judge
        (invisible, combining, tag; see the module doc), or -1. Text from
        there on stays held until it falls behind the cap, however often the
        window asks, so the window may ask less often (see
        :class:`~langchain_mistral_secure.streaming.HoldBackWindow`).

        Example:
            >>> hold = CompositeHold([], cap=64)
            >>> hold.release_limit("one two three", 0)
            (8, -1)
            >>> hold.release_limit("one tw\u200bo three", 0)
            (4, 4)
        """
        size = len(text)
        if floor is None:
            floor = max(0, size - self.cap)
        floor = max(floor, base)
        cls = class_string(text)
        held = last_token_start(cls)
        bad = cls.find("\x00", floor)
        pin = token_start(cls, bad) if bad >= 0 else -1
        if pin >= 0:
            held = min(held, pin)
        for policy in self.policies:
            if held <= floor:
                break
            held = min(held, policy.hold_from(text, cls, floor))
        return max(held, floor), pin
