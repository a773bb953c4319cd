r"""Compiled rule groups: one RE2 pass finds where rules can match, then only there.

Running every rule over a long text costs one pass per rule. Instead, the RE2
set of the group's rules scans the text once and says which rules match
anywhere; on most texts none does, and that one pass is all. Unbounded rules
(``\s+``, ``.*``) that match run over the whole text. For the bounded ones,
a search finds the leftmost place where one of them matches (a seed): the
alternation of the group's bounded rules, or, when few match, those rules'
own programs side by side, which find the same seeds. Every match that starts
within the next stretch lies inside a region as long as the longest match a
rule can have (computed from the pattern itself, not trusted from a
declaration), plus a few characters of context for ``\b``; the search
resumes after that stretch. The set then says which rules match in each
region, and only those rules run, only there. Where seeds are dense the
stretch doubles, so a text full of matches costs a handful of searches, then
one pass per matching rule.

RE2 sets give up when their DFA runs out of memory and report nothing, so
each set holds a sentinel that matches every text (:func:`set_hits`): an
answer without it sends a long text to the alternations (RE2 programs fall
back to a slower automaton rather than give up) and makes every rule run on a
short text or a window; so does a region where the set reports nothing: the
prefilter fails closed.

Matching runs on the UTF-8 bytes of the text, encoded once: the RE2 wrapper
would otherwise re-encode the whole text for every rule and every search.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from langchain_mistral_secure.detection._byte_search import (
    RE2_MAX_MEM,
    UTF8_MAX,
    Seeker,
    _char_end,
    _char_start,
    _compile_checked_set,
    _group_spans,
    _span_search,
    _to_chars,
    compile_any,
    compile_program,
    finditer_spans,
    first_match_search,
    found_in,
    set_hits,
)
from langchain_mistral_secure.detection._char_needs import compile_char_needs
from langchain_mistral_secure.detection._digit_clusters import finditer_digit_spans
from langchain_mistral_secure.detection.pattern_reader import (
    pattern_max_len,
    pattern_needs,
    without_captures,
)

__all__ = [
    "RE2_MAX_MEM",
    "RuleGroup",
    "compile_any",
    "compile_program",
    "finditer_digit_spans",
    "finditer_spans",
    "found_in",
    "pattern_max_len",
    "without_captures",
]

# Smallest set window; larger for groups whose matches can be long (PEM keys).
_WINDOW_BYTES = 8192
# Bytes of context on each side of the longest match, for ``\b``, ``^``, ``$``
# and the character-class guards rules put around their matches.
_CONTEXT_BYTES = 16
# The stretch one seed covers starts at the longest match (at least this many
# bytes) and doubles while seeds keep landing in the region they extend, up to
# the cap: dense matches cost a logarithmic number of searches.
_SEED_STRETCH_MIN = 256
_SEED_STRETCH_MAX = 1 << 16
# Up to this many bounded rules matching a long text are seeded by their own
# programs (compiled already), one search each; more, by the alternation of
# the group's bounded rules, compiled on first use (see ``_hit_ranges``).
# Not tuned: on 0.9 MB of joined dev attack rows the warm scan was unchanged.
_OWN_SEEDS_MAX = 4

# -------------------------------------------------------------- rule groups


_UNBUILT: Any = object()  # an alternation not compiled yet (None: RE2 refused it)


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
        "_all_set",
        "_alternations",
        "_bounded",
        "_bounded_ids",
        "_bounded_set",
        "_char_needs",
        "_needs",
        "_overlap",
        "_patterns",
        "_unbounded",
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
        self._bounded_ids = frozenset(self._bounded)
        self._overlap = max((w for w in widths if w is not None), default=0)
        self._patterns = tuple(patterns)
        # Each set ends with the sentinel that tells when it gave up (see
        # ``set_hits``); a group whose rules are all bounded has one set.
        self._all_set: Any = _compile_checked_set(self._patterns) if patterns else None
        bounded = tuple(patterns[i] for i in self._bounded)
        unbounded = tuple(patterns[i] for i in self._unbounded)
        self._bounded_set: Any = _compile_checked_set(bounded) if bounded else None
        self._unbounded_set: Any = (
            _compile_checked_set(unbounded) if unbounded else None
        )
        # The alternations of all, bounded and unbounded rules (``_all_any``
        # and the others), each compiled on first use: only long texts on
        # which several bounded rules match, or a set gives up, search them.
        self._alternations: list[Any] = [_UNBUILT] * 3
        # Characters one of which every match of every rule holds (None: not
        # known for some rule). A text without any is skipped unsearched.
        needs = [pattern_needs(p) for p in patterns]
        self._needs: frozenset[str] | None = (
            None
            if not needs or any(need is None for need in needs)
            else frozenset().union(*(n for n in needs if n is not None))
        )
        # One-character atoms outside ASCII one of which every match of every
        # rule holds (None: not proved for some rule); see ``lacks_chars``.
        self._char_needs: Any = (
            compile_char_needs(tuple(patterns)) if patterns else None
        )

    def _alternation(self, which: int) -> Any:
        """The alternation of all (0), bounded (1) or unbounded (2) rules, or None.

        As much RE2 compile as the group's sets, which answer most texts
        alone, so each is compiled when first searched (``compile_any``).
        """
        built = self._alternations[which]
        if built is _UNBUILT:
            indices = (range(len(self._patterns)), self._bounded, self._unbounded)
            patterns = tuple(self._patterns[i] for i in indices[which])
            built = compile_any(patterns) if patterns else None
            self._alternations[which] = built
        return built

    def _seed_programs(self) -> tuple[Any, Any, Any]:
        """The three alternations (compiled now if not yet)."""
        return self._alternation(0), self._alternation(1), self._alternation(2)

    @property
    def _all_any(self) -> Any:
        return self._alternation(0)

    @property
    def _bounded_any(self) -> Any:
        return self._alternation(1)

    @property
    def _unbounded_any(self) -> Any:
        return self._alternation(2)

    def lacks_chars(self, chars: str | bytes) -> bool:
        r"""Whether no character of ``chars`` is one some rule's matches need.

        ``chars`` (text or UTF-8 bytes) holds at least every non-ASCII
        character of the haystack (the atoms match no ASCII), so True proves
        no rule of the group matches it; False proves nothing.

        Example:
            >>> group = RuleGroup([r"игнор", r"無視"], [0, 0])
            >>> group.lacks_chars("abcé"), group.lacks_chars("a無")
            (True, False)
        """
        needs = self._char_needs
        return needs is not None and needs.search(chars) is None

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
        overlap = self._overlap * (1 if ascii_only else UTF8_MAX) + 2 * _CONTEXT_BYTES
        window = max(_WINDOW_BYTES, 4 * overlap)
        ranges: dict[int, list[list[int]]] = {}
        count = len(self._patterns)
        if size <= window:
            hits = set_hits(self._all_set, count, data)
            # A set that gave up (None) proves nothing: every rule runs.
            for hit in range(count) if hits is None else hits:
                ranges[hit] = [[0, size]]
            return ranges
        hits = set_hits(self._all_set, count, data)
        if hits is None:  # the set gave up: the alternations answer instead
            self._alternation_ranges(data, overlap, window, ranges)
        elif hits:
            self._hit_ranges(hits, data, overlap, window, ranges)
        else:
            return ranges  # no rule matches anywhere: one pass, nothing to run
        if not ascii_only:
            for spans in ranges.values():
                for span in spans:
                    span[0] = _char_start(data, span[0])
                    span[1] = _char_end(data, span[1])
        return ranges

    def _hit_ranges(
        self,
        hits: list[int],
        data: bytes,
        overlap: int,
        window: int,
        ranges: dict[int, list[list[int]]],
    ) -> None:
        """Ranges per rule, given every rule that matches somewhere in ``data``.

        Unbounded rules that match run over the whole text. Bounded ones are
        seeded as :meth:`_alternation_ranges` seeds them: rules that match
        nowhere add no seed to the alternation's (its leftmost-first match
        is the first rule's, among those whose match starts earliest), so
        the alternation of the rules that match, or their own programs
        searched side by side (:func:`first_match_search`), find the same
        seeds, hence the same regions.
        """
        bounded: list[int] = []
        for hit in sorted(hits):
            if hit in self._bounded_ids:
                bounded.append(hit)
            else:
                ranges[hit] = [[0, len(data)]]
        if not bounded:
            return
        if len(bounded) <= _OWN_SEEDS_MAX:
            seed = first_match_search([self.programs[i] for i in bounded])
        elif self._bounded_any is not None:
            seed = _span_search(self._bounded_any)
        else:
            self._window_ranges(data, window, window - overlap, ranges)
            return
        self._seed_ranges(data, overlap, seed, ranges)

    def _alternation_ranges(
        self, data: bytes, overlap: int, window: int, ranges: dict[int, list[list[int]]]
    ) -> None:
        """Ranges per rule from the alternations alone (the set gave up)."""
        if self._all_any is not None and self._all_any.search(data) is None:
            return  # no rule matches anywhere
        if self._unbounded_set is not None:
            self._unbounded_ranges(data, ranges)
        if self._bounded_set is not None:
            if self._bounded_any is not None:
                seed = _span_search(self._bounded_any)
                self._seed_ranges(data, overlap, seed, ranges)
            else:
                self._window_ranges(data, window, window - overlap, ranges)

    def _unbounded_ranges(
        self, data: bytes, ranges: dict[int, list[list[int]]]
    ) -> None:
        """Whole-text ranges of the unbounded rules that match somewhere."""
        count = len(self._unbounded)
        hits: Sequence[int]
        if self._unbounded_any is not None:
            if self._unbounded_any.search(data) is None:
                return
            # Something matches: the set narrows it down; a set that gives up
            # (out of DFA memory) reports nothing, and then every rule runs.
            hits = set_hits(self._unbounded_set, count, data) or range(count)
        else:  # no alternation: the set alone answers (every rule if it gave up)
            found = set_hits(self._unbounded_set, count, data)
            hits = range(count) if found is None else found
        for hit in hits:
            ranges[self._unbounded[hit]] = [[0, len(data)]]

    def _seed_ranges(
        self,
        data: bytes,
        overlap: int,
        seed: Seeker,
        ranges: dict[int, list[list[int]]],
    ) -> None:
        """Ranges per rule, from the seeds ``seed`` finds in one pass over ``data``.

        A seed is the leftmost start ``s`` of any bounded rule's match at or
        after ``pos``. Every match starting in ``[s, reach]`` ends by
        ``reach + overlap``, so the region ``[s - context, reach + overlap]``
        holds it with its context; the next search starts after ``reach``.
        """
        size = len(data)
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
        count = len(self._bounded)
        every = range(count)
        for lo, hi in regions:
            # The region holds a seed's match, so an empty answer means the set
            # gave up (out of DFA memory) or the slice lost the context a rule
            # needs: run every rule there (fail closed).
            # A bytes slice, not a memoryview: the binding takes it faster, and
            # regions do not overlap, so the copies add up to the text at most.
            for hit in set_hits(self._bounded_set, count, data[lo:hi]) or every:
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
        count = len(self._bounded)
        while start < size:
            end = min(size, start + window)
            found = set_hits(self._bounded_set, count, view[start:end])
            for hit in range(count) if found is None else found:  # fail closed
                spans = ranges.setdefault(self._bounded[hit], [])
                if spans and spans[-1][1] >= start:
                    spans[-1][1] = end
                else:
                    spans.append([start, end])
            if end == size:
                return
            start += step
