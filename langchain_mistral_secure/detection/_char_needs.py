r"""Characters outside ASCII that every match of a pattern holds: script skips.

A rule written in Cyrillic, Arabic or Han cannot match a text without a
character of its script. This module proves that from the pattern itself: it
reads the pattern (the syntax :mod:`.pattern_reader` reads) and returns a set
of *one-character atoms* (a literal, an escape, a class, each with the case
flag in force where it stands, made explicit) such that every match of the
pattern holds a character one of the atoms matches, and no atom matches an
ASCII character. A rule group whose every rule has such a set cannot match a
text none of whose characters an atom matches; one RE2 search of the text's
distinct characters (a few hundred at most) proves it, and the group's
search, and the building of its DFA, is skipped.

The proof is the reader's, not a guess from a rule's family: concatenations
need what any one mandatory item needs, alternations the union of what every
branch needs, a repeat what its body needs unless it may repeat zero times.
Anything it does not model, or an item whose atoms match ASCII, needs nothing,
and a pattern needing nothing is never skipped.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import re2

from langchain_mistral_secure.detection._byte_search import compile_program
from langchain_mistral_secure.detection._pattern_facts_table import stored_facts
from langchain_mistral_secure.detection.pattern_reader import _Needs

__all__ = ["analyse_char_needs", "compile_char_needs", "pattern_char_needs"]

_Atoms = frozenset[str] | None
_ASCII = "".join(chr(code) for code in range(128))
# Zero-width escapes: they match no character, so they need none.
_ZERO_WIDTH = frozenset("bBAz")


@lru_cache(maxsize=8192)
def _matches_ascii(atom: str) -> bool:
    """Whether the one-character ``atom`` (flags explicit) matches any ASCII."""
    try:
        return re2.compile(atom).search(_ASCII) is not None
    except re2.error:
        return True  # unreadable: treat as needing nothing


class _CharNeeds(_Needs):
    """Reads RE2 syntax; returns atoms one of which every match holds (or None).

    The walk is :class:`~.pattern_reader._Needs`'s (alternations take the union,
    concatenations the smallest set of a mandatory item, optional repeats need
    nothing); what differs is what an item needs and the case flag it tracks.
    """

    def __init__(self, pattern: str) -> None:
        super().__init__(pattern)
        # The case flag in force: ``(?i)`` to the end of its group, or
        # ``(?i:...)`` inside it; RE2 folds case the same way in the atom.
        self.fold = False

    def _atom(self, start: int) -> _Atoms:
        body = self.p[start : self.pos]
        atom = f"(?i:{body})" if self.fold else f"(?-i:{body})"
        return None if _matches_ascii(atom) else frozenset({atom})

    def literal(self) -> _Atoms:
        char = self.chars[self.pos]
        start = self.pos
        if char == "(":
            return self.needs_group()
        if char == "[":
            self.skip_class()
            return self._atom(start)
        if char == "\\":
            kind = self.chars[self.pos + 1]
            self.escape()
            if kind in _ZERO_WIDTH or kind == "Q":
                return None
            return self._atom(start)
        self.pos += 1
        if char in "^$.":
            return None
        return self._atom(start)

    def _set_flags(self, flags: str) -> None:
        on, _dash, off = flags.partition("-")
        if "i" in on:
            self.fold = True
        if "i" in off:
            self.fold = False

    def needs_group(self) -> _Atoms:
        outer = self.fold
        self.pos += 1
        if self.chars[self.pos] == "?":
            if self.p.startswith(("?P<", "?<"), self.pos):
                self.pos = self.p.index(">", self.pos) + 1
            else:
                self.pos += 1
                flags_at = self.pos
                while self.chars[self.pos] not in (":", ")", ""):
                    self.pos += 1
                flags = self.p[flags_at : self.pos]
                if self.chars[self.pos] == ")":  # ``(?i)``: to the end of the group
                    self.pos += 1
                    self._set_flags(flags)
                    if self.chars[self.pos] in ("*", "+", "?", "{"):
                        # RE2 applies it to the item before the flags, which
                        # this reader has already read: not modelled.
                        raise ValueError
                    return None
                self.pos += 1
                self._set_flags(flags)
        need = self.alternation()
        if self.chars[self.pos] != ")":
            raise ValueError
        self.pos += 1
        self.fold = outer
        return need


@lru_cache(maxsize=4096)
def pattern_char_needs(pattern: str) -> frozenset[str] | None:
    r"""One-character atoms, none matching ASCII, one of which every match holds.

    None when no such set is proved (the pattern can match ASCII-only text,
    or the reader does not model part of it).

    Example:
        >>> sorted(pattern_char_needs(r"игнор|(?i)無視"))
        ['(?-i:и)', '(?i:無)']
        >>> pattern_char_needs(r"ignore|無視") is None
        True
    """
    facts = stored_facts(pattern)
    if facts is not None:
        return facts.char_needs
    return analyse_char_needs(pattern)


def analyse_char_needs(pattern: str) -> frozenset[str] | None:
    """:func:`pattern_char_needs` read from the pattern, never from the table."""
    reader = _CharNeeds(pattern)
    try:
        need = reader.alternation()
    except (ValueError, IndexError):
        return None
    if reader.pos != len(pattern):
        return None
    return need


@lru_cache(maxsize=512)
def compile_char_needs(patterns: tuple[str, ...]) -> Any:
    """One program matching a character some pattern's matches need, or None.

    None when some pattern has no proved need (the group always runs). The
    program matches one character; searching a text's distinct characters
    with it tells whether any pattern can match the text.

    Example:
        >>> program = compile_char_needs(("привет", "你好"))
        >>> program.search("hello") is None, program.search("a 你") is None
        (True, False)
    """
    needs = [pattern_char_needs(p) for p in patterns]
    if not needs or any(need is None for need in needs):
        return None
    atoms = sorted(frozenset().union(*(n for n in needs if n is not None)))
    return compile_program("|".join(atoms))
