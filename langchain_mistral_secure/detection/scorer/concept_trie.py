"""Concept terms found by walking a trie over the code points, all starts at once.

:mod:`.concepts` lists the terms; this module finds them. Every term is folded
like the text and put in a trie: ``anchored`` terms (scripts written with
spaces: Latin, Cyrillic, Greek, Arabic, the Indic scripts ...) are walked from
word starts only, ``free`` terms (Chinese, Japanese, Korean, Thai, Lao, Khmer,
Myanmar, or starting with a non-word character) from every position holding a
character some free term starts with. A trie is a dense ``state x character``
transition table, so one step of the walk moves every live start by one
character with a few gathers; a start drops out as soon as no term continues
its prefix. Most starts die after one or two characters, so the work is about
the number of starts times the typical matched depth (at most the longest
term): linear in the text.

One table over all scripts costs states times characters, so lists past
:data:`ONE_TABLE_MAX` are grouped by the 128-code-point block of each term's
first character, each group with its own alphabet. The shipped lists (words in
some 85 languages since h52) would take 188 MB as one table and take 9.6 MB in
31 groups; lists under the limit (the 25 languages' lists before h52: 6.9 MB)
share one table, one walk per text. Terms that leave their
block for another script (a folded Greek word starting with a Latin look-alike)
go in a second, small group of the block, so the main one keeps a narrow
alphabet. A text walks only the groups of the blocks its characters fall in.

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

__all__ = [
    "ConceptGroup",
    "ConceptTrie",
    "block_of",
    "build_trie",
    "concept_trie",
]

I64 = npt.NDArray[np.int64]
U64 = npt.NDArray[np.uint64]
Bools = npt.NDArray[np.bool_]
Ints = npt.NDArray[np.signedinteger[Any]]

_NO_SPACE_SCRIPTS = (
    (0x0E00, 0x0E7F),  # Thai
    (0x0E80, 0x0EFF),  # Lao
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x17FF),  # Khmer
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
    """One trie as a table of row offsets: ``moves[offset + rank]``.

    A state's *offset* is its number times the alphabet width, so one step
    of the walk is an addition and a gather (no multiplication). State 0 is
    dead: its row is all 0, so a start that left the trie stays out of it.
    The root, which no transition enters, has its own row, ``root``.
    ``tag[state]`` is the concept of the term ending at ``state`` (-1: none)
    and ``whole[state]`` whether that term must end a word; terms end exactly
    at the states numbered ``terminal`` and up.
    """

    moves: npt.NDArray[np.int32]
    root: npt.NDArray[np.int32]
    tag: I64
    whole: Bools
    depth: int
    terminal: int


_BLOCK_SHIFT = 7
"""Terms are grouped by ``first character >> _BLOCK_SHIFT`` (128 code points)..."""


def _block_table() -> npt.NDArray[np.int64]:
    # ... except the East Asian scripts, each one group: a Chinese or Korean
    # text spans dozens of 128-point blocks, and a walk per block would cost
    # more than the one walk of one wider table.
    table = np.arange((0x10FFFF >> _BLOCK_SHIFT) + 1, dtype=np.int64)
    for lo, hi in ((0x2E80, 0xA000), (0xF900, 0xFB00), (0xAC00, 0xD7B0)):
        table[lo >> _BLOCK_SHIFT : (hi - 1 >> _BLOCK_SHIFT) + 1] = lo >> _BLOCK_SHIFT
    table.setflags(write=False)
    return table


_BLOCK_OF = _block_table()
"""``code >> _BLOCK_SHIFT`` -> the group's block number."""


def block_of(code: int) -> int:
    """The group block of a code point (its 128-point block, East Asian merged).

    Example:
        >>> block_of(ord("a")), block_of(ord("\u4e00")) == block_of(ord("\u9fa5"))
        (0, True)
    """
    return int(_BLOCK_OF[code >> _BLOCK_SHIFT])


@dataclass(frozen=True)
class ConceptGroup:
    """The anchored and free tries of the terms starting in one block.

    Attributes:
        rank: Code point -> alphabet index (0 for a character in no term of
            the group); code points past the table's end rank 0 too.
        width: Alphabet size, 0 included.
        anchored: Terms looked up at word starts (None: the block has none).
        free: Terms looked up anywhere (None: the block has none).
        depth: The longest term of the group.
        own: Whether every character of its terms is ASCII or in its block.
    """

    rank: npt.NDArray[np.int16]
    width: int
    anchored: _Trie | None
    free: _Trie | None
    depth: int
    own: bool


@dataclass(frozen=True)
class ConceptTrie:
    """Every term's group, by the block of its first character.

    Attributes:
        groups: Block number -> the groups of the terms starting in it: the
            terms spelled in that block and ASCII, then (if any) the others;
            or, when every term shares one table, that one group under
            ``-1``.
    """

    groups: dict[int, tuple[ConceptGroup, ...]]

    def tries(self) -> list[_Trie]:
        """Every trie of every group (for checks and sizes)."""
        both = [(g.anchored, g.free) for gs in self.groups.values() for g in gs]
        return [t for pair in both for t in pair if t is not None]

    @property
    def table_bytes(self) -> int:
        """The memory of the transition tables, in bytes."""
        return sum(t.moves.nbytes + t.root.nbytes for t in self.tries())


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
    moves = np.zeros(len(tags) * width, dtype=np.int32)
    for (state, rank), child in children.items():
        moves[number_of[state] * width + rank] = number_of[child] * width
    root = moves[:width].copy()
    moves[:width] = 0  # the root's row becomes the dead state's
    moves.setflags(write=False)
    root.setflags(write=False)
    return _Trie(
        moves=moves,
        root=root,
        tag=np.array([tags[s] for s in order], dtype=np.int64),
        whole=np.array([whole[s] for s in order], dtype=bool),
        depth=depth,
        terminal=sum(1 for t in tags if t < 0),
    )


Term = tuple[str, int, bool, bool]
"""(folded term, concept number, anchored, whole word): :func:`folded_terms`."""


def _group(terms: list[Term], *, own: bool) -> ConceptGroup:
    alphabet = sorted({ord(c) for folded, *_ in terms for c in folded})
    ranks = {code: i + 1 for i, code in enumerate(alphabet)}
    width = len(alphabet) + 1
    rank = np.zeros(max(alphabet, default=0) + 2, dtype=np.int16)
    rank[alphabet] = np.arange(1, width, dtype=np.int16)
    rank.setflags(write=False)
    anchored = [(f, n, w) for f, n, a, w in terms if a]
    free = [(f, n, False) for f, n, a, _ in terms if not a]
    return ConceptGroup(
        rank=rank,
        width=width,
        anchored=_build(anchored, ranks, width) if anchored else None,
        free=_build(free, ranks, width) if free else None,
        depth=max(len(f) for f, *_ in terms),
        own=own,
    )


ONE_TABLE_MAX = 8 << 20
"""Bytes up to which every term shares one table (one walk per text); past
it the terms are grouped by block (the tables' sum stays small)."""

_ALL = -1
"""The key of the one group when every term shares one table."""


def _table_bytes(terms: list[Term]) -> int:
    """The bytes one table of ``terms`` would take (states times alphabet)."""
    prefixes = {f[:i] for f, *_ in terms for i in range(1, len(f) + 1)}
    width = len({c for f, *_ in terms for c in f}) + 1
    return 4 * (len(prefixes) + 2) * width


def build_trie(
    concepts: dict[str, tuple[str, ...]], one_table_max: int = ONE_TABLE_MAX
) -> ConceptTrie:
    """The tries of ``concepts``' terms: one table, or one group per block.

    Example:
        >>> from langchain_mistral_secure.detection.scorer.concepts import load_concepts
        >>> by_block = build_trie(load_concepts(), one_table_max=0)
        >>> block_of(ord("и")) in by_block.groups, len(by_block.groups) > 1
        (True, True)
    """
    terms = folded_terms(concepts)
    if _table_bytes(terms) <= one_table_max:
        return ConceptTrie(groups={_ALL: (_group(terms, own=True),)})
    by_block: dict[int, tuple[list[Term], list[Term]]] = {}
    for term in terms:
        block = block_of(ord(term[0][0]))
        own = all(ord(c) < 0x80 or block_of(ord(c)) == block for c in term[0])  # noqa: PLR2004
        by_block.setdefault(block, ([], []))[0 if own else 1].append(term)
    return ConceptTrie(
        groups={
            block: tuple(
                _group(part, own=i == 0) for i, part in enumerate(parts) if part
            )
            for block, parts in sorted(by_block.items())
        }
    )


@lru_cache(maxsize=1)
def concept_trie() -> ConceptTrie:
    """Fold every term of :func:`.concepts.load_concepts` into the tries once.

    Example:
        >>> trie = concept_trie()
        >>> one = next(iter(trie.groups.values()))[0]
        >>> one.anchored is not None and one.anchored.depth > 1
        True
    """
    from langchain_mistral_secure.detection.scorer.concepts import (  # noqa: PLC0415
        load_concepts,  # (concepts imports this module: import on first use)
    )

    return build_trie(load_concepts())
