r"""Reading RE2 patterns: how long a match can be, and the same without captures.

The prefilter sizes its regions by the longest match a rule can have, read
from the pattern itself rather than trusted from a declaration, and searches
for seeds with the rules' alternation made non-capturing (the same language,
no group positions to compute).
"""

from __future__ import annotations

from functools import lru_cache

from langchain_mistral_secure.detection._pattern_facts_table import stored_facts

__all__ = [
    "analyse_needs",
    "analyse_widths",
    "pattern_max_len",
    "pattern_needs",
    "without_captures",
]

# Bounds above this are treated as unbounded: regions would be too large.
_MAX_BOUND = 1 << 16
# "" entries after a pattern's characters: more than the reader ever steps
# past the end (an escape at the end steps at most four).
_PAST_END = 8
# Characters that stand for themselves and match ASCII: every reader gives
# such a literal width 1 and needs nothing from it (it is neither punctuation
# nor outside ASCII), so ``concat`` steps over them without the calls unless a
# quantifier follows. Word lists are mostly these.
_PLAIN = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ")
_QUANTIFIERS = frozenset("*+?{")


class _Width:
    """A small recursive-descent reader of RE2 syntax that bounds match length."""

    def __init__(self, pattern: str) -> None:
        self.p = pattern
        # The pattern's characters, then "" past its end: the reader indexes
        # this list instead of calling a method per character (12 million
        # calls building the injection detector). An escape at the end steps
        # at most a few characters past it, which the padding covers.
        self.chars: list[str] = [*pattern, *[""] * _PAST_END]
        self.pos = 0
        # Spans of capturing-group openers, "(" or "(?P<name>", as read.
        self.captures: list[tuple[int, int]] = []

    def peek(self, offset: int = 0) -> str:
        """The character ``offset`` past the position, or "" past the end.

        The readers here index ``chars`` directly; readers built on this one
        elsewhere (``benchmarks/pattern_anchors.py``) read through this.
        """
        at = self.pos + offset
        return self.p[at] if at < len(self.p) else ""

    def alternation(self) -> int | None:
        widths = [self.concat()]
        while self.chars[self.pos] == "|":
            self.pos += 1
            widths.append(self.concat())
        return None if None in widths else max(w for w in widths if w is not None)

    def concat(self) -> int | None:
        total: int | None = 0
        chars = self.chars
        while chars[self.pos] not in ("", "|", ")"):
            if chars[self.pos] in _PLAIN and chars[self.pos + 1] not in _QUANTIFIERS:
                self.pos += 1
                total = None if total is None else total + 1
                continue
            width = self.quantified(self.atom())
            total = None if total is None or width is None else total + width
        return total

    def atom(self) -> int | None:
        char = self.chars[self.pos]
        if char == "(":
            return self.group()
        if char == "[":
            self.skip_class()
            return 1
        if char == "\\":
            return self.escape()
        self.pos += 1
        return 0 if char in "^$" else 1

    def group(self) -> int | None:
        opener = self.pos
        self.pos += 1
        if self.chars[self.pos] != "?":
            self.captures.append((opener, self.pos))
        elif self.p.startswith(("?P<", "?<"), self.pos):
            self.pos = self.p.index(">", self.pos) + 1
            self.captures.append((opener, self.pos))
        else:
            self.pos += 1
            while self.chars[self.pos] not in (":", ")", ""):
                self.pos += 1
            if self.chars[self.pos] == ")":  # a flag group such as ``(?i)``
                self.pos += 1
                return 0
            self.pos += 1
        width = self.alternation()
        if self.chars[self.pos] != ")":
            raise ValueError
        self.pos += 1
        return width

    def skip_class(self) -> None:
        self.pos += 1
        if self.chars[self.pos] == "^":
            self.pos += 1
        if self.chars[self.pos] == "]":
            self.pos += 1
        while True:
            char = self.chars[self.pos]
            if char == "":
                raise ValueError
            if char == "\\":
                self.escape()
            elif self.p.startswith("[:", self.pos):
                self.pos = self.p.index(":]", self.pos) + 2
            else:
                self.pos += 1
                if char == "]":
                    return

    def escape(self) -> int:
        kind = self.chars[self.pos + 1]
        self.pos += 2
        if kind in "bBAz":
            return 0
        if kind in "pPx" and self.chars[self.pos] == "{":
            self.pos = self.p.index("}", self.pos) + 1
        elif kind in "pP":
            self.pos += 1
        elif kind == "x":
            self.pos += 2
        elif kind == "Q":
            end = self.p.find("\\E", self.pos)
            end = len(self.p) if end < 0 else end
            width = end - self.pos
            self.pos = min(len(self.p), end + 2)
            return width
        return 1

    def quantified(self, width: int | None) -> int | None:
        char = self.chars[self.pos]
        result = width
        if char in ("*", "+"):
            self.pos += 1
            result = 0 if width == 0 else None
        elif char == "?":
            self.pos += 1
        elif char == "{":
            close = self.p.find("}", self.pos)
            body = self.p[self.pos + 1 : close] if close > 0 else ""
            low, comma, high = body.partition(",")
            if not low.isdigit() or (high and not high.isdigit()):
                return width  # a literal "{", as RE2 reads it
            self.pos = close + 1
            if comma and not high:
                result = 0 if width == 0 else None
            else:
                result = None if width is None else width * int(high or low)
        else:
            return width
        if self.chars[self.pos] == "?":  # non-greedy: same bounds
            self.pos += 1
        return result


@lru_cache(maxsize=4096)
def _read_widths(pattern: str) -> tuple[bool, int | None, tuple[tuple[int, int], ...]]:
    """One read of ``pattern``: (read to its end, longest match, capture openers).

    Shared by :func:`pattern_max_len` and :func:`without_captures`, which
    used to read every pattern once each. Taken from the shipped table when
    it holds the pattern (:mod:`._pattern_facts_table`), else read.
    """
    facts = stored_facts(pattern)
    if facts is not None:
        return facts.read_whole, facts.width, facts.captures
    return analyse_widths(pattern)


def analyse_widths(
    pattern: str,
) -> tuple[bool, int | None, tuple[tuple[int, int], ...]]:
    """:func:`_read_widths` read from the pattern, never from the table."""
    reader = _Width(pattern)
    try:
        width = reader.alternation()
    except (ValueError, IndexError):
        return False, None, ()
    return reader.pos == len(pattern), width, tuple(reader.captures)


@lru_cache(maxsize=4096)
def pattern_max_len(pattern: str) -> int | None:
    r"""The longest match of an RE2 ``pattern``, in characters, or None if unbounded.

    Read from the pattern, so a rule's declared ``max_len`` never has to be
    trusted for correctness. A pattern it cannot read counts as unbounded.

    Example:
        >>> pattern_max_len(r"\bkey-\d{4}\b"), pattern_max_len(r"a\s+b")
        (8, None)
    """
    read_whole, width, _captures = _read_widths(pattern)
    if not read_whole or width is None or width > _MAX_BOUND:
        return None
    return width


@lru_cache(maxsize=4096)
def without_captures(pattern: str) -> str:
    r"""``pattern`` with every capturing group made non-capturing.

    The same language: a search that needs only where the whole match lies
    then skips computing the groups. A pattern the reader cannot parse is
    returned as it is.

    Example:
        >>> without_captures(r"(?P<k>a[(]b)(c|\(d)")
        '(?:a[(]b)(?:c|\\(d)'
    """
    read_whole, _width, captures = _read_widths(pattern)
    if not read_whole:
        return pattern
    pieces: list[str] = []
    last = 0
    for start, end in captures:
        pieces.append(pattern[last:start])
        pieces.append("(?:")
        last = end
    pieces.append(pattern[last:])
    return "".join(pieces)


# ------------------------------------------------- characters a match needs

# Only ASCII punctuation is tracked: it has no case (so ``(?i)`` changes
# nothing), and prose rarely holds the characters markup and formats need.
_PUNCTUATION = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
# Characters ordinary prose holds often: a set made of them skips nothing.
_COMMON = frozenset(".,:;'\"()-/!?")
_Need = frozenset[str] | None


def _rank(need: frozenset[str]) -> tuple[int, int]:
    return (sum(char in _COMMON for char in need), len(need))


class _Needs(_Width):
    r"""Reads the same syntax as :class:`_Width`; returns characters, not widths.

    A result is a set of characters at least one of which is in every match
    (None: no such set is known). Anything the reader does not model
    (classes, letters, ``\x`` escapes, flags) counts as needing nothing.
    """

    def alternation(self) -> _Need:  # type: ignore[override]
        needs = [self.concat()]
        while self.chars[self.pos] == "|":
            self.pos += 1
            needs.append(self.concat())
        if any(need is None for need in needs):
            return None
        return frozenset().union(*(need for need in needs if need is not None))

    def concat(self) -> _Need:  # type: ignore[override]
        best: _Need = None
        chars = self.chars
        while chars[self.pos] not in ("", "|", ")"):
            if chars[self.pos] in _PLAIN and chars[self.pos + 1] not in _QUANTIFIERS:
                self.pos += 1  # needs nothing (see ``_PLAIN``)
                continue
            need = self.repeated(self.literal())
            if need is not None and (best is None or _rank(need) < _rank(best)):
                best = need
        return best

    def literal(self) -> _Need:
        char = self.chars[self.pos]
        if char == "(":
            return self.needs_group()
        if char == "[":
            self.skip_class()
            return None
        if char == "\\":
            kind = self.chars[self.pos + 1]
            self.escape()
            return frozenset(kind) if kind in _PUNCTUATION else None
        self.pos += 1
        if char in "^$.":
            return None
        return frozenset(char) if char in _PUNCTUATION else None

    def needs_group(self) -> _Need:
        self.pos += 1
        if self.chars[self.pos] == "?":
            if self.p.startswith(("?P<", "?<"), self.pos):
                self.pos = self.p.index(">", self.pos) + 1
            else:
                self.pos += 1
                while self.chars[self.pos] not in (":", ")", ""):
                    self.pos += 1
                if self.chars[self.pos] == ")":  # a flag group such as ``(?i)``
                    self.pos += 1
                    return None
                self.pos += 1
        need = self.alternation()
        if self.chars[self.pos] != ")":
            raise ValueError
        self.pos += 1
        return need

    def repeated(self, need: _Need) -> _Need:
        char = self.chars[self.pos]
        result = need
        if char in ("*", "?"):
            self.pos += 1
            result = None
        elif char == "+":
            self.pos += 1
        elif char == "{":
            close = self.p.find("}", self.pos)
            body = self.p[self.pos + 1 : close] if close > 0 else ""
            low, _comma, high = body.partition(",")
            if not low.isdigit() or (high and not high.isdigit()):
                return need  # a literal "{", as RE2 reads it
            self.pos = close + 1
            if int(low) == 0:
                result = None
        else:
            return need
        if self.chars[self.pos] == "?":  # non-greedy: the same characters
            self.pos += 1
        return result


@lru_cache(maxsize=4096)
def pattern_needs(pattern: str) -> frozenset[str] | None:
    r"""ASCII punctuation of which every match of ``pattern`` holds at least one.

    Read from the pattern, like :func:`pattern_max_len`: a text holding none
    of these characters cannot match, which one ``in`` test per character
    (memchr speed) proves. None when no such set is known.

    Example:
        >>> sorted(pattern_needs(r"<script|\]\(\s*x|(?i)href\s*=")), pattern_needs("a+")
        (['<', '=', ']'], None)
    """
    facts = stored_facts(pattern)
    if facts is not None:
        return facts.needs
    return analyse_needs(pattern)


def analyse_needs(pattern: str) -> frozenset[str] | None:
    """:func:`pattern_needs` read from the pattern, never from the table."""
    reader = _Needs(pattern)
    try:
        need = reader.alternation()
    except (ValueError, IndexError):
        return None
    if reader.pos != len(pattern):
        return None
    return need
