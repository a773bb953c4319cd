"""Compiled RE2 programs, searched on UTF-8 bytes without a match object per match.

Split out of :mod:`langchain_mistral_secure.detection.prefilter` (which
re-exports the public names): compiling once per process, yes/no searches and
the spans of every match, with byte offsets converted to characters in one
sweep.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

import re2

from langchain_mistral_secure.detection.pattern_reader import without_captures

__all__ = [
    "RE2_MAX_MEM",
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


def _span_search(program: Any) -> Callable[[bytes, int], tuple[int, int]]:
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
