"""The walk of the concept tries over a text's code points (:mod:`.concept_trie`).

Split from :mod:`.concept_trie` (its size), which builds the tries: every
live start moves one character per step, all at once, and a start drops out
as soon as no term continues its prefix (see that module's docstring).
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from langchain_mistral_secure.detection.scorer.concept_trie import (
    _ALL,
    _BLOCK_OF,
    _BLOCK_SHIFT,
    I64,
    U64,
    Bools,
    ConceptGroup,
    ConceptTrie,
    Ints,
    _Trie,
    concept_trie,
)

__all__ = ["walk_concepts"]


def _walk(trie: _Trie, width: int, ranks: Ints, starts: I64) -> tuple[I64, I64, I64]:
    """(start, length, state) of every term of ``trie`` spelled from ``starts``.

    Every live start moves one character per step, all at once; the offsets
    after each step are rows of a table, and one comparison over it finds
    where terms end. Dead starts (offset 0) stay in the table until they
    are three quarters of it; then the table is read and the live starts go
    on in a new one. ``ranks`` holds the text's alphabet indices followed by
    ``trie.depth`` zeros (past the end no term continues), so no start needs
    a bounds check.
    """
    found: list[tuple[I64, I64, I64]] = []
    pos = starts
    table = np.empty((trie.depth, pos.shape[0]), dtype=np.int32)
    trie.root.take(ranks.take(pos), out=table[0])
    row = first = depth = 1  # rows filled; characters read at row 0; read so far
    live = np.count_nonzero(table[0])
    if not live:  # no term starts with any start's character
        empty = np.zeros(0, np.int64)
        return empty, empty, empty
    step = np.empty(pos.shape[0], dtype=np.int32)
    while live and depth < trie.depth:
        if live <= _SPARSE:
            # A few long matches: a round of array calls per character would
            # cost more than walking them one by one.
            if row > 1:
                found.append(_ends(trie, width, table[: row - 1], pos, first))
            kept = np.flatnonzero(table[row - 1])
            tail = _walk_tail(trie, ranks, pos[kept], table[row - 1, kept], depth)
            found.extend(tail)
            break
        if 4 * live < pos.shape[0]:
            # The last row goes on (compacted) as the new table's first.
            found.append(_ends(trie, width, table[: row - 1], pos, first))
            kept = np.flatnonzero(table[row - 1])
            pos, last = pos[kept], table[row - 1, kept]
            table = np.empty((trie.depth - depth + 1, live), dtype=np.int32)
            table[0] = last
            row, first, step = 1, depth, step[:live]
        np.add(table[row - 1], ranks.take(pos + depth), out=step)
        # Every offset plus a rank is inside the table: "clip" never clips,
        # and spares the copy "raise" makes of an output.
        trie.moves.take(step, out=table[row], mode="clip")
        live = np.count_nonzero(table[row])
        row += 1
        depth += 1
    else:
        found.append(_ends(trie, width, table[:row], pos, first))
    if len(found) == 1:
        return found[0]
    if not found:
        empty = np.zeros(0, np.int64)
        return empty, empty, empty
    return (
        np.concatenate([p for p, _, _ in found]),
        np.concatenate([n for _, n, _ in found]),
        np.concatenate([s for _, _, s in found]),
    )


_SPARSE = 16
"""Live starts at or below which the walk goes on in plain Python."""


def _walk_tail(
    trie: _Trie, ranks: Ints, starts: I64, offsets: Ints, depth: int
) -> list[tuple[I64, I64, I64]]:
    """Walk the few live ``starts`` on one by one from ``offsets`` (``depth`` read).

    Returns the terms ending at ``depth`` and deeper, as :func:`_walk` lays
    them out: (starts, lengths, states).
    """
    moves, width = trie.moves, int(trie.root.shape[0])
    terminal = trie.terminal * width
    live = list(zip(starts.tolist(), offsets.tolist(), strict=True))
    ends: list[tuple[int, int, int]] = []
    while True:
        ends += [
            (at, depth, offset // width) for at, offset in live if offset >= terminal
        ]
        if depth == trie.depth:
            break
        live = [
            (at, nxt)
            for at, offset in live
            if (nxt := int(moves[offset + int(ranks[at + depth])]))
        ]
        if not live:
            break
        depth += 1
    if not ends:
        return []
    columns = np.array(ends, dtype=np.int64).T
    return [(columns[0], columns[1], columns[2])]


def _ends(
    trie: _Trie, width: int, table: Ints, pos: I64, first: int
) -> tuple[I64, I64, I64]:
    """(start, length, state) of the terms ending in ``table`` (row 0: ``first``)."""
    depth, which = np.nonzero(table >= trie.terminal * width)
    state = table[depth, which] // width
    return pos[which], depth + first, state.astype(np.int64)


def _ranks(group: ConceptGroup, codes: I64, top: int) -> npt.NDArray[np.int16]:
    """The text's alphabet indices in ``group``, then ``group.depth`` zeros.

    ``top`` is the text's highest code point.
    """
    size = codes.shape[0]
    table = group.rank
    ranks = np.zeros(size + group.depth, dtype=np.int16)
    # Code points are below 2**21: read as int64 (no index cast), clipped to
    # the table unless all of them fit.
    if top > table.shape[0] - 1:
        codes = np.minimum(codes, table.shape[0] - 1)
    np.take(table, codes, out=ranks[:size])
    return ranks


def _walk_group(
    group: ConceptGroup, ranks: npt.NDArray[np.int16], word: Bools, w_start: I64
) -> list[tuple[I64, I64, I64]]:
    """(start, length, concept) of the group's terms, anchored ones at ``w_start``."""
    size = word.shape[0]
    parts = []
    if group.anchored is not None and w_start.shape[0]:
        pos, span, state = _walk(group.anchored, group.width, ranks, w_start)
        ends = pos + span
        after = np.ones(ends.shape[0], dtype=bool)
        inside = ends < size
        after[inside] = ~word[ends[inside]]
        keep = ~group.anchored.whole[state] | after
        parts.append((pos[keep], span[keep], group.anchored.tag[state[keep]]))
    if group.free is not None:
        # The root's row is indexed by rank alone: where a free term can start.
        starts = np.flatnonzero(group.free.root.take(ranks[:size]))
        if starts.shape[0]:
            pos, span, state = _walk(group.free, group.width, ranks, starts)
            parts.append((pos, span, group.free.tag[state]))
    return parts


def walk_concepts(
    cps: U64, word: Bools, w_start: I64, trie: ConceptTrie | None = None
) -> tuple[I64, I64]:
    """(concept, position) of every tag in the code points ``cps``, by position.

    ``word`` marks word characters and ``w_start`` the word starts. Where
    several terms start at one position the longest wins; a whole-word term
    counts only when a non-word character (or the end) follows it. ``trie``
    defaults to :func:`concept_trie`'s.
    """
    trie = trie or concept_trie()
    size = cps.shape[0]
    codes = cps.view(np.int64)
    if not size:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    top = int(codes.max())
    if _ALL in trie.groups:  # one table: one walk from every start
        present, start_blocks = [_ALL], None
    elif top >> _BLOCK_SHIFT:
        blocks = _BLOCK_OF.take(codes >> _BLOCK_SHIFT)
        present = np.flatnonzero(np.bincount(blocks)).tolist()
        start_blocks = blocks[w_start]
    else:  # ASCII only (most texts): one block, every start in it
        present, start_blocks = [0], None
    parts: list[tuple[I64, I64, I64]] = []
    for block in present:
        for group in trie.groups.get(block, ()):
            if start_blocks is None and not group.own and top < 0x80:  # noqa: PLR2004
                continue  # its terms need a character an ASCII text lacks
            starts = w_start if start_blocks is None else w_start[start_blocks == block]
            parts += _walk_group(group, _ranks(group, codes, top), word, starts)
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
