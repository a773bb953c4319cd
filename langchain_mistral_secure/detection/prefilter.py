r"""Compiled rule groups: one RE2 pass finds where rules can match, then only there.

Running every rule over a long text costs one pass per rule. Instead, one
program, the alternation of every rule whose matches are bounded, scans the
text once and reports the leftmost place where *some* rule matches (a seed).
Every match of every rule that starts within the next stretch lies inside a
region as long as the longest match a rule can have (computed from the pattern
itself, not trusted from a declaration), plus a few characters of context for
``\b``; the scan resumes after that stretch. An RE2 set then says which rules
match in each region, and only those rules run, only there. Where seeds are
dense the stretch doubles, so a text full of matches costs a handful of
searches, then one pass per matching rule, as before. Benign prose costs one
pass plus a few microseconds per seed.

A seed proves that some rule matches in its region, so a set that reports
nothing there (RE2 sets give up when their DFA runs out of memory) makes every
rule run on it: the prefilter fails closed. Rules whose matches are unbounded
(``\s+``, ``.*``) are checked by one search over the whole text (RE2 programs,
unlike sets, fall back to a slower automaton rather than give up) and, when it
hits, run over the whole text.

Matching runs on the UTF-8 bytes of the text, encoded once: the RE2 wrapper
would otherwise re-encode the whole text for every rule and every search.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

import re2

from langchain_mistral_secure.detection.pattern_reader import (
    pattern_max_len,
    pattern_needs,
    without_captures,
)

__all__ = [
    "RuleGroup",
    "compile_any",
    "compile_program",
    "finditer_digit_spans",
    "finditer_spans",
    "found_in",
    "pattern_max_len",
    "without_captures",
]

# RE2 refuses programs above max_mem; large alternations (word lists in five
# languages) need more than the 8 MiB default.
RE2_MAX_MEM = 64 << 20
# Smallest set window; larger for groups whose matches can be long (PEM keys).
_WINDOW_BYTES = 8192
# Bytes of context on each side of the longest match, for ``\b``, ``^``, ``$``
# and the character-class guards rules put around their matches.
_CONTEXT_BYTES = 16
_UTF8_MAX = 4
# The stretch one seed covers starts at the longest match (at least this many
# bytes) and doubles while seeds keep landing in the region they extend, up to
# the cap: dense matches cost a logarithmic number of searches.
_SEED_STRETCH_MIN = 256
_SEED_STRETCH_MAX = 1 << 16


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


# -------------------------------------------------------------- rule groups


def _char_start(data: bytes, at: int) -> int:
    """Move ``at`` back to the first byte of the UTF-8 character it is in."""
    while 0 < at < len(data) and 0x80 <= data[at] < 0xC0:  # noqa: PLR2004
        at -= 1
    return at


def _char_end(data: bytes, at: int) -> int:
    while 0 < at < len(data) and 0x80 <= data[at] < 0xC0:  # noqa: PLR2004
        at += 1
    return at


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


class RuleGroup:
    r"""Compiled patterns of one group of rules, scanned from seeds of one pass.

    Args:
        patterns: The compiled-pattern strings, in rule order.
        groups: For each pattern, the capture group whose span is reported.

    Example:
        >>> group = RuleGroup([r"\bkey-\d{4}\b", r"x\s+y"], [0, 0])
        >>> group.spans("a key-1234 and x   y")
        [(0, 2, 10), (1, 15, 20)]
    """

    __slots__ = (
        "_all_any",
        "_all_set",
        "_bounded",
        "_bounded_any",
        "_bounded_set",
        "_needs",
        "_overlap",
        "_unbounded",
        "_unbounded_any",
        "_unbounded_set",
        "groups",
        "programs",
    )

    def __init__(self, patterns: Sequence[str], groups: Sequence[int | str]) -> None:
        """Compile ``patterns`` (cached per process)."""
        self.programs = [compile_program(p) for p in patterns]
        self.groups = list(groups)
        widths = [pattern_max_len(p) for p in patterns]
        self._bounded = [i for i, w in enumerate(widths) if w is not None]
        self._unbounded = [i for i, w in enumerate(widths) if w is None]
        self._overlap = max((w for w in widths if w is not None), default=0)
        self._all_set: Any = _compile_set(tuple(patterns)) if patterns else None
        self._all_any: Any = compile_any(tuple(patterns)) if patterns else None
        bounded = tuple(patterns[i] for i in self._bounded)
        unbounded = tuple(patterns[i] for i in self._unbounded)
        self._bounded_set: Any = _compile_set(bounded) if bounded else None
        self._bounded_any: Any = compile_any(bounded) if bounded else None
        self._unbounded_set: Any = _compile_set(unbounded) if unbounded else None
        self._unbounded_any: Any = compile_any(unbounded) if unbounded else None
        # Characters one of which every match of every rule holds (None: not
        # known for some rule). A text without any is skipped unsearched.
        needs = [pattern_needs(p) for p in patterns]
        self._needs: frozenset[str] | None = (
            None
            if not needs or any(need is None for need in needs)
            else frozenset().union(*(n for n in needs if n is not None))
        )

    def cannot_match(self, haystack: str) -> bool:
        r"""Whether ``haystack`` lacks every character some rule's matches need.

        True proves no rule of the group matches; False proves nothing.

        Example:
            >>> group = RuleGroup([r"<script", r"\]\("], [0, 0])
            >>> group.cannot_match("plain prose"), group.cannot_match("a <b>")
            (True, False)
        """
        needs = self._needs
        return needs is not None and not any(char in haystack for char in needs)

    def spans(self, haystack: str) -> list[tuple[int, int, int]]:
        """Return ``(pattern index, start, end)`` of every match in ``haystack``.

        ``haystack`` must be encodable as UTF-8 (see ``normalize.matchable``).
        Spans are character offsets of the reported capture group; empty and
        unset groups are left out. Order: by pattern, then by position.
        """
        if self._all_set is None or not haystack:
            return []
        if self.cannot_match(haystack):
            return []
        data = haystack.encode("utf-8")
        ranges = self._ranges(data, ascii_only=len(data) == len(haystack))
        found: list[tuple[int, int, int]] = []
        for index in sorted(ranges):
            spans_of = _group_spans(self.programs[index], self.groups[index])
            for lo, hi in ranges[index]:
                found.extend(
                    (index, start, end)
                    for start, end in spans_of(data, lo, hi)
                    if 0 <= start < end
                )
        if len(data) != len(haystack) and found:
            found = _to_chars(data, found)
        return found

    def _ranges(self, data: bytes, *, ascii_only: bool) -> dict[int, list[list[int]]]:
        """Byte ranges to scan per pattern index (merged, ascending)."""
        size = len(data)
        overlap = self._overlap * (1 if ascii_only else _UTF8_MAX) + 2 * _CONTEXT_BYTES
        window = max(_WINDOW_BYTES, 4 * overlap)
        ranges: dict[int, list[list[int]]] = {}
        if size <= window:
            for hit in self._all_set.Match(data) or ():
                ranges[hit] = [[0, size]]
            return ranges
        if self._all_any is not None and self._all_any.search(data) is None:
            return ranges  # no rule matches anywhere: one pass, nothing to run
        if self._unbounded_set is not None:
            self._unbounded_ranges(data, ranges)
        if self._bounded_set is not None:
            if self._bounded_any is not None:
                self._seed_ranges(data, overlap, ranges)
            else:
                self._window_ranges(data, window, window - overlap, ranges)
        if not ascii_only:
            for spans in ranges.values():
                for span in spans:
                    span[0] = _char_start(data, span[0])
                    span[1] = _char_end(data, span[1])
        return ranges

    def _unbounded_ranges(
        self, data: bytes, ranges: dict[int, list[list[int]]]
    ) -> None:
        """Whole-text ranges of the unbounded rules that match somewhere."""
        if self._unbounded_any is not None:
            if self._unbounded_any.search(data) is None:
                return
            # Something matches: the set narrows it down; a set that gives up
            # (out of DFA memory) reports nothing, and then every rule runs.
            hits = self._unbounded_set.Match(data) or range(len(self._unbounded))
        else:
            hits = self._unbounded_set.Match(data) or ()
        for hit in hits:
            ranges[self._unbounded[hit]] = [[0, len(data)]]

    def _seed_ranges(
        self, data: bytes, overlap: int, ranges: dict[int, list[list[int]]]
    ) -> None:
        """Ranges per rule, from the seeds of one search over ``data``.

        A seed is the leftmost start ``s`` of any bounded rule's match at or
        after ``pos``. Every match starting in ``[s, reach]`` ends by
        ``reach + overlap``, so the region ``[s - context, reach + overlap]``
        holds it with its context; the next search starts after ``reach``.
        """
        size = len(data)
        seed = _span_search(self._bounded_any)
        stretch_min = max(_SEED_STRETCH_MIN, overlap)
        stretch = stretch_min
        regions: list[list[int]] = []
        pos = 0
        while pos < size:
            start, end = seed(data, pos)
            if start < 0:
                break
            reach = max(end, start + stretch)
            lo = max(0, start - _CONTEXT_BYTES)
            hi = min(size, reach + overlap)
            if regions and lo <= regions[-1][1]:
                regions[-1][1] = max(regions[-1][1], hi)
                stretch = min(2 * stretch, _SEED_STRETCH_MAX)
            else:
                regions.append([lo, hi])
                stretch = stretch_min
            pos = reach + 1
        every = range(len(self._bounded))
        for lo, hi in regions:
            # The region holds a seed's match, so an empty answer means the set
            # gave up (out of DFA memory): run every rule there (fail closed).
            # A bytes slice, not a memoryview: the binding takes it faster, and
            # regions do not overlap, so the copies add up to the text at most.
            for hit in self._bounded_set.Match(data[lo:hi]) or every:
                spans = ranges.setdefault(self._bounded[hit], [])
                if spans and spans[-1][1] >= lo:
                    spans[-1][1] = max(spans[-1][1], hi)
                else:
                    spans.append([lo, hi])

    def _window_ranges(
        self, data: bytes, window: int, step: int, ranges: dict[int, list[list[int]]]
    ) -> None:
        size = len(data)
        view = memoryview(data)
        start = 0
        while start < size:
            end = min(size, start + window)
            for hit in self._bounded_set.Match(view[start:end]) or ():
                spans = ranges.setdefault(self._bounded[hit], [])
                if spans and spans[-1][1] >= start:
                    spans[-1][1] = end
                else:
                    spans.append([start, end])
            if end == size:
                return
            start += step


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


# Texts shorter than this are searched whole: the clustering costs more.
_CLUSTER_MIN_BYTES = 4096
_ZERO, _TEN = 0x30, 10
_WORD = 8
# Joins the clusters into one haystack: no match of such a program crosses it.
_CLUSTER_JOIN = b"\x00"


# Bytes classified per step: small temporaries are reused by the allocator,
# where 1 MB ones cost a page fault per page on every call.
_DIGIT_STEP = 1 << 16


def _digit_positions(data: bytes) -> Any:
    """Byte offsets of the ASCII digits in ``data`` (a numpy array, ascending)."""
    import numpy as np  # noqa: PLC0415 - a runtime dependency, for long texts only

    codes = np.frombuffer(data, dtype=np.uint8)
    lanes = np.arange(_WORD)
    found = []
    for offset in range(0, len(codes), _DIGIT_STEP):
        is_digit = np.less(codes[offset : offset + _DIGIT_STEP] - np.uint8(_ZERO), _TEN)
        pad = -len(is_digit) % _WORD
        if pad:
            is_digit = np.concatenate((is_digit, np.zeros(pad, dtype=bool)))
        # Digits are sparse in prose: find the 8-byte words holding one first.
        words = np.flatnonzero(is_digit.view(np.uint64))
        if words.size:
            offsets = (words[:, None] * _WORD + lanes).ravel()
            found.append(offsets[is_digit[offsets]] + offset)
    return np.concatenate(found) if found else np.empty(0, dtype=np.intp)


def finditer_digit_spans(
    program: Any, text: str, *, max_gap: int, min_digits: int
) -> list[tuple[int, int]]:
    r""":func:`finditer_spans` for a program whose matches are runs of digits.

    The caller guarantees that every match of ``program`` starts at most one
    byte before an ASCII digit, ends at a digit, holds at least
    ``min_digits`` digits, never has more than ``max_gap`` bytes from one
    digit to the next, holds no NUL byte and asserts nothing about its
    surroundings (no ``\b``, ``^``, ``$``). Such a match lies in one cluster
    of digits, so only the clusters of ``min_digits`` or more digits are
    searched, joined by NUL bytes into one short haystack: prose, where digits
    are rare and short, costs a few vector passes instead of a search.

    Example:
        >>> found = compile_program(r"\d{3}(?: \d{3})+")
        >>> text = "call 123 456 789 now " * 300
        >>> spans = finditer_digit_spans(found, text, max_gap=2, min_digits=6)
        >>> spans == finditer_spans(found, text)
        True
    """
    data = text.encode("utf-8")
    if len(data) < _CLUSTER_MIN_BYTES:
        return finditer_spans(program, text)
    import numpy as np  # noqa: PLC0415 - a runtime dependency, for long texts only

    digits = _digit_positions(data)
    if digits.size < min_digits:
        return []
    breaks = np.flatnonzero(np.diff(digits) > max_gap)
    firsts = np.concatenate(([0], breaks + 1))
    lasts = np.concatenate((breaks, [digits.size - 1]))
    keep = (lasts - firsts + 1) >= min_digits
    los = np.maximum(digits[firsts[keep]] - 1, 0).tolist()
    his = (digits[lasts[keep]] + 1).tolist()
    if not los:
        return []
    joined = _CLUSTER_JOIN.join(data[lo:hi] for lo, hi in zip(los, his, strict=True))
    # Where each cluster starts in ``joined``, to map matches back.
    starts: list[int] = []
    at = 0
    for lo, hi in zip(los, his, strict=True):
        starts.append(at)
        at += hi - lo + len(_CLUSTER_JOIN)
    found: list[tuple[int, int, int]] = []
    cluster = 0
    for start, end in _group_spans(program, 0)(joined, 0, len(joined)):
        if start >= end:
            continue
        while cluster + 1 < len(starts) and starts[cluster + 1] <= start:
            cluster += 1
        shift = los[cluster] - starts[cluster]
        found.append((0, start + shift, end + shift))
    if len(data) != len(text) and found:
        found = _to_chars(data, found)
    return [(start, end) for _, start, end in found]
