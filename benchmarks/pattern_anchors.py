r"""Literals every match of an RE2 pattern must hold, read from the pattern.

A rule's *anchors* are clauses, each a set of literal strings: every match of
the pattern holds at least one string of every clause. A text that lacks every
string of some clause cannot match, which one pass of a literal automaton over
the text proves for every rule at once (see :mod:`.anchor_gate`). Nothing is
declared by hand: a rule added tomorrow gets its anchors from its pattern.

The reader is conservative: whatever it does not model (classes wider than a
few characters, ``\w``, ``.``, ``\x`` escapes, counted repeats above one) is
read as "matches anything", which adds no clause. A clause is only ever made
of strings that a match must contain, so a missing clause costs speed, never a
finding. Strings are compared case-insensitively by the gate (``(?i)`` in a
pattern then changes nothing), so they are kept as written.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from langchain_mistral_secure.detection.pattern_reader import _Width

__all__ = ["pattern_anchors"]

# Cross products of alternatives stop growing past this many strings.
_MAX_EXACT = 16
# Classes of at most this many plain characters are read as alternatives.
_MAX_CLASS = 4
# Escapes that stand for one literal character.
_ESCAPED = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v"}
# Escapes that match the empty string (assertions).
_EMPTY_ESCAPES = frozenset("bBAz")
Clause = frozenset[str]


@dataclass(frozen=True)
class _Info:
    """What the reader knows of one node.

    ``exact``: every string the node can match (None: too many or unknown).
    ``clauses``: sets of strings each of which the node's matches must hold.
    """

    exact: frozenset[str] | None
    clauses: tuple[Clause, ...] = ()

    def required(self) -> tuple[Clause, ...]:
        """The clauses, with ``exact`` made a clause when it never matches ''."""
        if self.exact is not None:
            return () if "" in self.exact else (self.exact,)
        return self.clauses


_ANY = _Info(None)
_EMPTY = _Info(frozenset({""}))


def _cross(left: frozenset[str], right: frozenset[str]) -> frozenset[str] | None:
    if len(left) * len(right) > _MAX_EXACT:
        return None
    return frozenset(a + b for a in left for b in right)


def _best(clauses: tuple[Clause, ...]) -> Clause | None:
    """The clause least likely to occur by chance: longest shortest string."""
    if not clauses:
        return None
    return max(clauses, key=lambda c: (min(len(s) for s in c), -len(c)))


class _Anchors(_Width):
    """Reads the same syntax as :class:`_Width`; returns :class:`_Info`."""

    def alternation(self) -> _Info:  # type: ignore[override]
        branches = [self.concat()]
        while self.peek() == "|":
            self.pos += 1
            branches.append(self.concat())
        if len(branches) == 1:
            return branches[0]
        exacts = [b.exact for b in branches]
        if all(e is not None for e in exacts):
            union = frozenset().union(*(e for e in exacts if e is not None))
            if len(union) <= _MAX_EXACT:
                return _Info(union)
        # Each branch contributes its best clause; one branch with none means
        # the alternation requires nothing.
        picked = [_best(b.required()) for b in branches]
        if any(p is None for p in picked):
            return _ANY
        return _Info(None, (frozenset().union(*(p for p in picked if p)),))

    def concat(self) -> _Info:  # type: ignore[override]
        current: frozenset[str] | None = frozenset({""})
        clauses: list[Clause] = []
        whole = True  # every child so far was exact and the product fitted
        while self.peek() not in ("", "|", ")"):
            child = self.quantified_info(self.atom_info())
            product = (
                None
                if current is None or child.exact is None
                else _cross(current, child.exact)
            )
            if product is not None:
                current = product
                continue
            whole = False
            if current is not None and "" not in current:
                clauses.append(current)
            if child.exact is not None:
                current = child.exact
            else:
                clauses.extend(child.clauses)
                current = frozenset({""})
        if whole:
            return _Info(current)
        if current is not None and "" not in current:
            clauses.append(current)
        return _Info(None, tuple(clauses))

    def atom_info(self) -> _Info:
        char = self.peek()
        if char == "(":
            return self.group_info()
        if char == "[":
            return self.class_info()
        if char == "\\":
            return self.escape_info()
        self.pos += 1
        if char in "^$":
            return _EMPTY
        if char == ".":
            return _ANY
        return _Info(frozenset({char}))

    def group_info(self) -> _Info:
        self.pos += 1
        if self.peek() == "?":
            if self.p.startswith(("?P<", "?<"), self.pos):
                self.pos = self.p.index(">", self.pos) + 1
            else:
                self.pos += 1
                while self.peek() not in (":", ")", ""):
                    self.pos += 1
                if self.peek() == ")":  # a flag group such as ``(?i)``
                    self.pos += 1
                    return _EMPTY
                self.pos += 1
        info = self.alternation()
        if self.peek() != ")":
            raise ValueError
        self.pos += 1
        return info

    def class_info(self) -> _Info:
        start = self.pos
        self.skip_class()
        body = self.p[start + 1 : self.pos - 1]
        chars: set[str] = set()
        index = 0
        while index < len(body):
            char = body[index]
            if char == "\\" and index + 1 < len(body) and not body[index + 1].isalnum():
                chars.add(body[index + 1])
                index += 2
                continue
            if char in "\\^[-" or len(chars) >= _MAX_CLASS:
                return _ANY  # negation, ranges, escapes, POSIX classes
            chars.add(char)
            index += 1
        return _Info(frozenset(chars)) if chars else _ANY

    def escape_info(self) -> _Info:
        kind = self.peek(1)
        if kind == "Q":
            self.pos += 2
            end = self.p.find("\\E", self.pos)
            end = len(self.p) if end < 0 else end
            literal = self.p[self.pos : end]
            self.pos = min(len(self.p), end + 2)
            return _Info(frozenset({literal}))
        self.escape()
        if kind in _EMPTY_ESCAPES:
            return _EMPTY
        if kind in _ESCAPED:
            return _Info(frozenset({_ESCAPED[kind]}))
        if kind and not kind.isalnum():
            return _Info(frozenset({kind}))
        return _ANY  # \d \w \s \pL \x41 ...: not read

    def quantified_info(self, info: _Info) -> _Info:
        char = self.peek()
        if char in ("*", "+", "?"):
            self.pos += 1
            low = 1 if char == "+" else 0
            high = 1 if char == "?" else None
        elif char == "{":
            close = self.p.find("}", self.pos)
            body = self.p[self.pos + 1 : close] if close > 0 else ""
            low_text, comma, high_text = body.partition(",")
            if not low_text.isdigit() or (high_text and not high_text.isdigit()):
                return info  # a literal "{", as RE2 reads it
            self.pos = close + 1
            low = int(low_text)
            high = int(high_text) if high_text else (None if comma else low)
        else:
            return info
        if self.peek() == "?":  # non-greedy: the same strings
            self.pos += 1
        if low == 0:
            if high == 1 and info.exact is not None:
                return _Info(info.exact | {""})
            return _ANY if high != 0 else _EMPTY
        if low == 1 and high == 1:
            return info
        return _Info(None, info.required())


@lru_cache(maxsize=4096)
def pattern_anchors(pattern: str) -> tuple[frozenset[str], ...] | None:
    r"""Clauses of literals every match of ``pattern`` holds (None if unknown).

    Every match holds at least one string of every clause (compared
    case-insensitively). An empty tuple means the reader found no clause;
    None means it could not read the pattern.

    Example:
        >>> clauses = pattern_anchors(r"\bignore (?:all )?(?:previous|prior)\s+rules")
        >>> [sorted(clause) for clause in clauses]  # doctest: +NORMALIZE_WHITESPACE
        [['ignore all previous', 'ignore all prior', 'ignore previous', 'ignore prior'],
         ['rules']]
        >>> pattern_anchors(r"\w+")
        ()
    """
    reader = _Anchors(pattern)
    try:
        info = reader.alternation()
    except (ValueError, IndexError):
        return None
    if reader.pos != len(pattern):
        return None
    return tuple(c for c in info.required() if c and "" not in c)
