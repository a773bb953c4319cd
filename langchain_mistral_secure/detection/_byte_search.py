"""Compiled RE2 programs, searched on UTF-8 bytes without a match object per match.

Split out of :mod:`langchain_mistral_secure.detection.prefilter` (which
re-exports the public names): compiling once per process, yes/no searches and
the spans of every match, with byte offsets converted to characters in one
sweep.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

import re2

from langchain_mistral_secure.detection.pattern_reader import without_captures

__all__ = [
    "RE2_MAX_MEM",
    "SET_SENTINEL",
    "clear_compile_caches",
    "compile_any",
    "compile_program",
    "finditer_spans",
    "found_in",
]

# RE2 refuses programs above max_mem; large alternations (word lists in five
# languages) need more than the 8 MiB default. The budget also bounds each
# program's DFA cache, allocated only as states are built: the injection rule
# groups on 1 MB of prose build many states, and with 64 MiB groups of 24,000
# pattern characters reset their cache over and over (4x slower than two
# halves). With 128 MiB the script and deobfuscated groups were still slow on
# multilingual text and on source code (RE2 logged "DFA out of memory" on the
# code): InputSanitizer.scan ran at 0.39 and 0.07 MB/s on 1 MB of each; with
# 256 MiB at 1.2 and 0.27 MB/s, for about 50 MB more peak RSS on
# the multilingual text and 230 MB more on the code (1.53 -> 1.76 GB), and
# changes no finding (the budget chooses the automaton, not the matches).
RE2_MAX_MEM = 256 << 20
UTF8_MAX = 4  # bytes of one character at most


def _options() -> Any:
    options = re2.Options()
    options.max_mem = RE2_MAX_MEM
    return options


@lru_cache(maxsize=4096)
def compile_program(pattern: str) -> Any:
    """Compile one RE2 pattern once per process (shared by every detector).

    Raises:
        re2.error: If RE2 rejects the pattern.

    Example:
        >>> compile_program("a+") is compile_program("a+")
        True
    """
    return re2.compile(pattern, _options())


@lru_cache(maxsize=512)
def _compile_set(patterns: tuple[str, ...]) -> Any:
    rule_set = re2.Set.SearchSet(_options())
    for pattern in patterns:
        rule_set.Add(pattern)
    rule_set.Compile()
    return rule_set


# The empty match at the end of the text: an RE2 set that scanned the text
# reports it always, so an answer without it means the set gave up (out of DFA
# memory), which RE2 sets do not otherwise report: an empty answer would not
# tell "no rule matches" from "gave up".
SET_SENTINEL = r"\z"


def _compile_checked_set(patterns: tuple[str, ...]) -> Any:
    r"""A set of ``patterns`` and, last, ``SET_SENTINEL`` (see :func:`set_hits`).

    Example:
        >>> set_hits(_compile_checked_set(("a", "b")), 2, b"cab")
        [0, 1]
    """
    return _compile_set((*patterns, SET_SENTINEL))


def set_hits(rule_set: Any, count: int, data: bytes | memoryview) -> list[int] | None:
    r"""Indices of the rules of ``rule_set`` matching ``data``; None if it gave up.

    ``rule_set`` is :func:`_compile_checked_set` of ``count`` patterns (or a
    stand-in whose ``Match`` returns a list or None). An answer without the
    sentinel (index ``count``) proves the set gave up; one with it proves the
    rest is every rule that matches ``data`` (RE2 sets report each pattern
    that matches anywhere).

    Example:
        >>> checked = _compile_checked_set((r"\bcat\b", "dog"))
        >>> set_hits(checked, 2, b"hot dog"), set_hits(checked, 2, b"bird")
        ([1], [])
    """
    found = rule_set.Match(data)
    if not found or count not in found:
        return None
    return [hit for hit in found if hit != count]


@lru_cache(maxsize=512)
def compile_any(patterns: tuple[str, ...]) -> Any:
    """One program matching wherever any of ``patterns`` matches (or None).

    RE2 refuses an alternation past ``max_mem``; callers then scan without it
    (a rule group with windows, a detector without its gate).

    Example:
        >>> compile_any(("cat", "dog")).search("hot dog").span()
        (4, 7)
    """
    try:
        return compile_program("|".join(f"(?:{without_captures(p)})" for p in patterns))
    except re2.error:
        return None


def clear_compile_caches() -> None:
    """Forget every cached program and set (``program_memory`` releases them)."""
    for cached in (compile_program, _compile_set, compile_any, _raw_matcher):
        cached.cache_clear()


Seeker = Callable[[bytes, int], tuple[int, int]]


def _span_search(program: Any) -> Seeker:
    """``(data, pos) -> (start, end)`` of the next match, ``(-1, -1)`` if none.

    Calls the compiled program directly when the wrapper exposes it: a seed
    search then costs no match object. Otherwise the public ``search``.
    """
    regexp = getattr(program, "_regexp", None)
    unanchored = getattr(getattr(re2, "_Anchor", None), "UNANCHORED", None)
    if regexp is None or unanchored is None or not hasattr(regexp, "Match"):

        def search(data: bytes, pos: int) -> tuple[int, int]:
            match = program.search(data, pos)
            return (-1, -1) if match is None else match.span()

        return search
    raw_match = regexp.Match

    def raw_search(data: bytes, pos: int) -> tuple[int, int]:
        start, end = raw_match(unanchored, data, pos, len(data))[0]
        return start, end

    return raw_search


def first_match_search(programs: Sequence[Any]) -> Seeker:
    r"""``(data, pos) -> (start, end)`` as the alternation of ``programs`` finds it.

    An RE2 alternation finds the leftmost-first match: it starts where the
    earliest of the alternatives' own matches starts, and is the match of the
    first alternative (in order) that matches there, as that alternative
    alone matches there. Separate searches of each program therefore find it
    without compiling the alternation. Each program's next match is kept
    while ``pos`` has not passed its start (a search from any position up to
    that start finds that same match); a ``pos`` smaller than the last one
    searches everything again.

    Example:
        >>> seek = first_match_search([compile_program("b+"), compile_program("ab")])
        >>> seek(b"xabbb", 0), seek(b"xabbb", 1), seek(b"xabbb", 3), seek(b"xa", 0)
        ((1, 3), (1, 3), (3, 5), (-1, -1))
    """
    searches = [_span_search(program) for program in programs]
    unsearched = (-2, -2)
    found = [unsearched] * len(searches)
    last_data: bytes | None = None
    last_pos = 0

    def search(data: bytes, pos: int) -> tuple[int, int]:
        nonlocal last_data, last_pos
        if data is not last_data or pos < last_pos:
            found[:] = [unsearched] * len(searches)
            last_data = data
        last_pos = pos
        best = (-1, -1)
        for index, find in enumerate(searches):
            start, end = found[index]
            if start == unsearched[0] or 0 <= start < pos:
                start, end = found[index] = find(data, pos)
            # Strictly earlier only: on a tie the first program's match wins.
            if start >= 0 and (best[0] < 0 or start < best[0]):
                best = (start, end)
        return best

    return search


@lru_cache(maxsize=256)
def _raw_matcher(program: Any, *, anchored: bool) -> Callable[[bytes], bool]:
    regexp = getattr(program, "_regexp", None)
    anchors = getattr(re2, "_Anchor", None)
    anchor = getattr(anchors, "ANCHOR_START" if anchored else "UNANCHORED", None)
    if regexp is None or anchor is None or not hasattr(regexp, "Match"):
        public = program.match if anchored else program.search

        def matches(data: bytes) -> bool:
            return public(data) is not None

        return matches
    raw_match = regexp.Match

    def raw(data: bytes) -> bool:
        start: int = raw_match(anchor, data, 0, len(data))[0][0]
        return start >= 0

    return raw


def found_in(program: Any, text: str, *, anchored: bool = False) -> bool:
    r"""Whether ``program`` matches ``text``: ``match`` if ``anchored``, or ``search``.

    For yes/no questions on a few dozen characters: searched on the UTF-8
    bytes, with no match object and none of the wrapper's conversion of
    offsets a ``str`` search pays for (several microseconds a call).

    Example:
        >>> found_in(compile_program(r"\d-\d"), "a 1-2"), found_in(
        ...     compile_program(r"\d"), "a 1", anchored=True
        ... )
        (True, False)
    """
    return _raw_matcher(program, anchored=anchored)(text.encode("utf-8"))


def _group_spans(
    program: Any, group: int | str
) -> Callable[[bytes, int, int], list[tuple[int, int]]]:
    """``(data, lo, hi) -> spans`` of ``group`` in every match in ``data[lo:hi]``.

    The matches ``program.finditer(data, lo, hi)`` yields, stepping the same
    way past empty matches, without building a match object per match when
    the wrapper exposes the compiled program.
    """
    regexp = getattr(program, "_regexp", None)
    unanchored = getattr(getattr(re2, "_Anchor", None), "UNANCHORED", None)
    if regexp is None or unanchored is None or not hasattr(regexp, "Match"):

        def public(data: bytes, lo: int, hi: int) -> list[tuple[int, int]]:
            return [m.span(group) for m in program.finditer(data, lo, hi)]

        return public
    which = group if isinstance(group, int) else program.groupindex[group]
    raw_match = regexp.Match

    def direct(data: bytes, lo: int, hi: int) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        pos = max(0, min(lo, len(data)))
        hi = max(0, min(hi, len(data)))
        while pos <= hi:
            spans = raw_match(unanchored, data, pos, hi)
            start, end = spans[0]
            if start < 0:
                break
            out.append(spans[which])
            if pos == hi:
                break
            pos = pos + 1 if end == pos else end
        return out

    return direct


def finditer_spans(program: Any, text: str) -> list[tuple[int, int]]:
    r"""Spans (character offsets) of every match of ``program`` in ``text``.

    The same matches as ``program.finditer(text)``, found on the UTF-8 bytes:
    the RE2 wrapper converts offsets of a ``str`` by decoding from the last
    match, which costs more than the search itself on long texts. ASCII text
    needs no conversion; other text is converted in one sweep.

    Example:
        >>> finditer_spans(compile_program(r"\d+"), "a1 é22 b333")
        [(1, 2), (4, 6), (8, 11)]
    """
    data = text.encode("utf-8")
    spans = [match.span() for match in program.finditer(data)]
    if len(data) == len(text) or not spans:
        return spans
    converted = _to_chars(data, [(0, start, end) for start, end in spans])
    return [(start, end) for _, start, end in converted]


def _char_start(data: bytes, at: int) -> int:
    """Move ``at`` back to the first byte of the UTF-8 character it is in."""
    while 0 < at < len(data) and 0x80 <= data[at] < 0xC0:  # noqa: PLR2004
        at -= 1
    return at


def _char_end(data: bytes, at: int) -> int:
    while 0 < at < len(data) and 0x80 <= data[at] < 0xC0:  # noqa: PLR2004
        at += 1
    return at


def _to_chars(
    data: bytes, found: list[tuple[int, int, int]]
) -> list[tuple[int, int, int]]:
    """Convert byte offsets to character offsets in one sweep over ``data``."""
    offsets = sorted({o for _, start, end in found for o in (start, end)})
    chars: dict[int, int] = {}
    last_byte = last_char = 0
    for offset in offsets:
        last_char += len(data[last_byte:offset].decode("utf-8"))
        last_byte = offset
        chars[offset] = last_char
    return [(index, chars[start], chars[end]) for index, start, end in found]
