"""Concept terms found by walking a trie over the code points, all starts at once.

:mod:`.concepts` lists the terms; this module finds them. Every term is folded
like the text and put in one of two tries: ``anchored`` terms (Latin,
Cyrillic, Greek, Arabic, Devanagari, Bengali) are walked from word starts only,
``free`` terms (Chinese, Japanese, Korean, Thai, or starting with a non-word
character) from every position holding a character some free term starts
with. A trie is a dense ``state x character`` transition table, so one step of
the walk moves every live start by one character with a few gathers; a start
drops out as soon as no term continues its prefix. Most starts die after one
or two characters, so the work is about the number of starts times the
typical matched depth (at most the longest term): linear in the text.

Matching is exact (code point by code point): a span is tagged only when it
spells a term.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
import numpy.typing as npt

from langchain_mistral_secure.detection.normalize import build_view

__all__ = ["ConceptTrie", "concept_trie", "walk_concepts"]

I64 = npt.NDArray[np.int64]
U64 = npt.NDArray[np.uint64]
Bools = npt.NDArray[np.bool_]
Ints = npt.NDArray[np.signedinteger[Any]]

_NO_SPACE_SCRIPTS = (
    (0x0E00, 0x0E7F),  # Thai
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0x3400, 0x9FFF),  # CJK ideographs
    (0xAC00, 0xD7AF),  # Hangul
    (0xF900, 0xFAFF),
)


def _is_word(code: int) -> bool:
    """The word characters of :func:`.features._word_mask`."""
    return ord("a") <= code <= ord("z") or ord("0") <= code <= ord("9") or code >= 0x80  # noqa: PLR2004


def _no_space(term: str) -> bool:
    return any(lo <= ord(c) <= hi for c in term for lo, hi in _NO_SPACE_SCRIPTS)


def with_clitics(terms: tuple[str, ...]) -> list[str]:
    """The terms, and Arabic ones again with the joined conjunction "و" (and)."""
    out = list(terms)
    out += ["و" + t for t in terms if "\u0621" <= t[0] <= "\u064a" and t[0] != "و"]
    return out


def folded_terms(
    concepts: dict[str, tuple[str, ...]],
) -> list[tuple[str, int, bool, bool]]:
    """(folded term, concept number, anchored, whole word) in list order.

    A trailing space in the list marks a whole word ("du "); only anchored
    terms can be whole words.
    """
    out = []
    for number, terms in enumerate(concepts.values()):
        for term in with_clitics(terms):
            folded = " ".join(build_view(term).text.split())
            if not folded:
                continue
            anchored = not (_no_space(folded) or not _is_word(ord(folded[0])))
            out.append((folded, number, anchored, anchored and term.endswith(" ")))
    return out


@dataclass(frozen=True)
class _Trie:
    """One trie: ``step[state * width + rank]`` is the next state (0: none).

    ``tag[state]`` is the concept of the term ending at ``state`` (-1: none)
    and ``whole[state]`` whether that term must end a word; terms end
    exactly at the states numbered ``terminal`` and up. The root is state 0,
    which no transition enters, so 0 also means "no term continues".
    """

    step: Ints
    tag: I64
    whole: Bools
    depth: int
    terminal: int


@dataclass(frozen=True)
class ConceptTrie:
    """The anchored and free tries over one alphabet.

    Attributes:
        rank: Code point -> alphabet index (0 for a character in no term);
            code points past the table's end rank 0 too.
        width: Alphabet size, 0 included.
        anchored: Terms looked up at word starts.
        free: Terms looked up anywhere.
    """

    rank: npt.NDArray[np.int16]
    width: int
    anchored: _Trie
    free: _Trie


def _build(
    terms: list[tuple[str, int, bool]], ranks: dict[int, int], width: int
) -> _Trie:
    """A trie of ``(folded, concept, whole)``; the first listing of a term wins."""
    children: dict[tuple[int, int], int] = {}
    tags = [-1]
    whole = [False]
    depth = 0
    for folded, number, is_whole in terms:
        state = 0
        for char in folded:
            key = (state, ranks[ord(char)])
            if key not in children:
                children[key] = len(tags)
                tags.append(-1)
                whole.append(False)
            state = children[key]
        if tags[state] < 0:
            tags[state] = number
            whole[state] = is_whole
        depth = max(depth, len(folded))
    # States where a term ends get the highest numbers, so the walk tells
    # them by a comparison (no lookup); the root (no term) stays 0.
    order = sorted(range(len(tags)), key=lambda s: (tags[s] >= 0, s))
    number_of = [0] * len(tags)
    for new, old in enumerate(order):
        number_of[old] = new
    # int16 keeps the table small (a few MB) while the states fit.
    dtype = np.int16 if len(tags) < 1 << 15 else np.int32
    step = np.zeros(len(tags) * width, dtype=dtype)
    for (state, rank), child in children.items():
        step[number_of[state] * width + rank] = number_of[child]
    step.setflags(write=False)
    return _Trie(
        step=step,
        tag=np.array([tags[s] for s in order], dtype=np.int64),
        whole=np.array([whole[s] for s in order], dtype=bool),
        depth=depth,
        terminal=sum(1 for t in tags if t < 0),
    )


@lru_cache(maxsize=1)
def concept_trie() -> ConceptTrie:
    """Fold every term of :func:`.concepts.load_concepts` into the two tries once.

    Example:
        >>> trie = concept_trie()
        >>> trie.anchored.depth > 1 and trie.free.depth > 1
        True
    """
    from langchain_mistral_secure.detection.scorer.concepts import (  # noqa: PLC0415
        load_concepts,  # (concepts imports this module: import on first use)
    )

    terms = folded_terms(load_concepts())
    alphabet = sorted({ord(c) for folded, *_ in terms for c in folded})
    ranks = {code: i + 1 for i, code in enumerate(alphabet)}
    width = len(alphabet) + 1
    rank = np.zeros(max(alphabet, default=0) + 2, dtype=np.int16)
    rank[alphabet] = np.arange(1, width, dtype=np.int16)
    rank.setflags(write=False)
    return ConceptTrie(
        rank=rank,
        width=width,
        anchored=_build([(f, n, w) for f, n, a, w in terms if a], ranks, width),
        free=_build([(f, n, False) for f, n, a, _ in terms if not a], ranks, width),
    )


_SPARSE = 16
"""Live starts at or below which the walk goes on in plain Python: a few long
matches would otherwise cost a round of array calls per character."""


def _walk(
    trie: _Trie, width: int, ranks: npt.NDArray[np.int16], starts: I64, first: Ints
) -> tuple[I64, I64, I64]:
    """(start, length, state) of every term of ``trie`` spelled from ``starts``.

    ``first`` is each start's state after its first character. ``ranks``
    holds the text's alphabet indices with one trailing 0 (past the end no
    term continues), so no start needs a bounds check.
    """
    found: list[tuple[I64, int, I64]] = []
    pos, state = starts, first.astype(np.int64)
    depth = 1
    while True:
        live = np.flatnonzero(state)
        if not live.shape[0]:
            break
        if live.shape[0] != pos.shape[0]:
            pos, state = pos[live], state[live]
        ends = state >= trie.terminal
        if ends.any():
            found.append((pos[ends], depth, state[ends]))
        if depth == trie.depth:
            break
        if pos.shape[0] <= _SPARSE:
            found.extend(_walk_tail(trie, width, ranks, (pos, state, depth)))
            break
        state = trie.step[state * width + ranks[pos + depth]].astype(np.int64)
        depth += 1
    if not found:
        empty = np.zeros(0, np.int64)
        return empty, empty, empty
    return (
        np.concatenate([p for p, _, _ in found]),
        np.concatenate([np.full(p.shape[0], n, np.int64) for p, n, _ in found]),
        np.concatenate([s for _, _, s in found]),
    )


def _walk_tail(
    trie: _Trie,
    width: int,
    ranks: npt.NDArray[np.int16],
    at: tuple[I64, I64, int],
) -> list[tuple[I64, int, I64]]:
    """Go on walking the few live starts one by one, in plain Python.

    ``at`` is (starts, states, depth) where the vectorized walk stopped (the
    terms ending there are already found). Returns the terms found deeper, as
    the vectorized walk would have: (starts, length, states).
    """
    step, terminal = trie.step, trie.terminal
    pos, state, depth = at
    found: list[tuple[I64, int, I64]] = []
    live = list(zip(pos.tolist(), state.tolist(), strict=True))
    while live and depth < trie.depth:
        following = []
        for start, current in live:
            nxt = int(step[current * width + int(ranks[start + depth])])
            if nxt:
                following.append((start, nxt))
        depth += 1
        live = following
        ends = [(p, q) for p, q in live if q >= terminal]
        if ends:
            found.append(
                (
                    np.array([p for p, _ in ends], dtype=np.int64),
                    depth,
                    np.array([q for _, q in ends], dtype=np.int64),
                )
            )
    return found


def walk_concepts(cps: U64, word: Bools, w_start: I64) -> tuple[I64, I64]:
    """(concept, position) of every tag in the code points ``cps``, by position.

    ``word`` marks word characters and ``w_start`` the word starts. Where
    several terms start at one position the longest wins; a whole-word term
    counts only when a non-word character (or the end) follows it.
    """
    trie = concept_trie()
    size = cps.shape[0]
    table = trie.rank
    ranks = np.zeros(size + 1, dtype=np.int16)
    # Code points are below 2**21: read as int64 (no index cast), clipped to
    # the table unless all of them fit (a read-only check, no copy).
    codes = cps.view(np.int64)
    top = table.shape[0] - 1
    if size and int(codes.max()) > top:
        codes = np.minimum(codes, top)
    np.take(table, codes, out=ranks[:size])
    parts: list[tuple[I64, I64, I64]] = []
    if w_start.shape[0]:
        first = trie.anchored.step[ranks[w_start]]
        pos, span, state = _walk(trie.anchored, trie.width, ranks, w_start, first)
        ends = pos + span
        after = np.ones(ends.shape[0], dtype=bool)
        inside = ends < size
        after[inside] = ~word[ends[inside]]
        keep = ~trie.anchored.whole[state] | after
        parts.append((pos[keep], span[keep], trie.anchored.tag[state[keep]]))
    # The root's row is indexed by rank alone: a start's first state.
    free_first = trie.free.step[ranks[:size]]
    starts = np.flatnonzero(free_first)
    if starts.shape[0]:
        first = free_first[starts]
        pos, span, state = _walk(trie.free, trie.width, ranks, starts, first)
        parts.append((pos, span, trie.free.tag[state]))
    if not parts:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    pos = np.concatenate([p for p, _, _ in parts])
    span = np.concatenate([s for _, s, _ in parts])
    tag = np.concatenate([t for _, _, t in parts])
    order = np.lexsort((-span, pos))
    pos, tag = pos[order], tag[order]
    first = np.ones(pos.shape[0], dtype=bool)
    first[1:] = pos[1:] != pos[:-1]
    return tag[first], pos[first]
