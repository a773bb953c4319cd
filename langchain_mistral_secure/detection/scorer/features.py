"""Hashed n-gram features of the detection view, computed with numpy only.

The scorer reads the same folded view the rules match on
(:func:`~langchain_mistral_secure.detection.normalize.build_view`): lower-cased,
look-alike letters and fullwidth forms folded, invisible characters removed.
Runs of whitespace are then collapsed to one space, so padding cannot dilute a
window.

Features are character 3-, 4- and 5-grams of code points (every script works,
including Chinese and Japanese, which have no spaces) and word unigrams and
bigrams, hashed into ``2**HASH_BITS`` buckets. Every n-gram hash is a polynomial
hash modulo ``2**64`` computed for all positions at once from prefix sums
(``H[s:e] = P**(e-1) * (G[e] - G[s])`` with ``G[k] = sum c[j] * P**-j``), so a
4 KB text is hashed by a handful of vectorized numpy calls, no Python loop per
n-gram.

A text is scored in windows (:mod:`.windows`; this module re-exports its
names) of ``WINDOW`` view characters (half overlapping):
an instruction hidden in a long document is judged on its own neighbourhood,
not diluted by the pages around it, and the work stays linear in the length.
Within a window each group's features are counts divided by the square root of
the group's n-gram count, so a window's linear score is
``sum(weights[hashes]) / sqrt(n)`` per group: a difference of cumulative sums.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate, pairwise

import numpy as np
import numpy.typing as npt

from langchain_mistral_secure.detection.normalize import DetectionView, build_view
from langchain_mistral_secure.detection.scorer.collapsed_view import (  # noqa: F401 (re-exports)
    _arange,
    _code_points,
    _collapse,
    _word_mask,
)
from langchain_mistral_secure.detection.scorer.concepts import (
    find_concepts,
    load_concepts,
)
from langchain_mistral_secure.detection.scorer.windows import (
    SHORT_WINDOW,
    STRIDE,
    WINDOW,
    WINDOWS,
    window_bounds,
    window_spans,
)

__all__ = [
    "CHAR_ORDERS",
    "CONCEPT_DIM",
    "CONCEPT_GAP",
    "HASH_BITS",
    "SHORT_WINDOW",
    "STRIDE",
    "WINDOW",
    "WINDOWS",
    "HashedText",
    "hash_text",
    "window_bounds",
    "window_spans",
]

HASH_BITS = 20
"""log2 of the number of hashed feature buckets."""
CONCEPT_DIM = 1 << 12
"""Weights after the hashed buckets for concept unigrams, bigrams and trigrams
(:mod:`.concepts`), indexed exactly (no hashing)."""
CONCEPT_GAP = 64
"""Largest distance (collapsed view characters) between two concept tags that
form a bigram or trigram: about one clause."""
CHAR_ORDERS = (3, 4, 5)
"""Character n-gram orders."""

U64 = npt.NDArray[np.uint64]
I64 = npt.NDArray[np.int64]

_P = np.uint64(0x100000001B3)  # odd, so it is invertible modulo 2**64
_P_INV = np.uint64(pow(0x100000001B3, -1, 1 << 64))
_Q = np.uint64(0x9E3779B97F4A7C15)
_MIX1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX2 = np.uint64(0x94D049BB133111EB)
_SHIFT = np.uint64(64 - HASH_BITS)
# Salts keep the n-gram orders and the word features in separate hash families.
_SALT_WORD = np.uint64(0x51ED270B27A1F3C5)
_SALT_BIGRAM = np.uint64(0x2545F4914F6CDD1D)


@dataclass(frozen=True)
class HashedText:
    """The hashed n-grams of one text, with their view positions.

    Attributes:
        length: Length of the collapsed view (what windows are counted in).
        char_buckets: Bucket of every character n-gram, order after order
            (``CHAR_ORDERS``), by start position within an order.
        word_buckets: Bucket of every word unigram and bigram.
        word_pos: Start position of each word feature, sorted.
        view_index: For each collapsed-view position, its index in the view.
        view: The detection view (maps view spans back to the original).
        concept_buckets: Index (from ``2**HASH_BITS``) of every concept
            unigram, bigram and trigram (:mod:`.concepts`).
        concept_pos: Position of each concept feature's first tag, sorted.
    """

    length: int
    char_buckets: I64
    word_buckets: I64
    word_pos: I64
    view_index: I64
    view: DetectionView
    concept_buckets: I64
    concept_pos: I64

    @cached_property
    def char_pos(self) -> I64:
        """Start position (collapsed view) of each character n-gram.

        Order ``k`` has an n-gram at every position below ``length - k + 1``,
        so the positions follow from ``length``: built on first use only (the
        linear head never reads them).
        """
        return _char_positions(
            [self.length - k + 1 for k in CHAR_ORDERS if self.length >= k]
        )


_LAST_SHIFT = 31


def _mix_in_place(x: U64) -> I64:
    """Mix salted 64-bit hashes in place (splitmix64 finalizer); top bits.

    The values are below ``2**HASH_BITS``, so the result is a view of ``x``
    reinterpreted as int64 (no copy). The finalizer's last step,
    ``x ^= x >> 31``, is left out: it changes only the low 33 bits, and only
    the top ``HASH_BITS`` (20 < 31) are kept.
    """
    # Array arithmetic wraps modulo 2**64 without a warning (only numpy
    # scalars warn), so no ``np.errstate`` (it costs microseconds a call).
    x ^= x >> np.uint64(30)
    x *= _MIX1
    x ^= x >> np.uint64(27)
    x *= _MIX2
    if HASH_BITS > _LAST_SHIFT:  # pragma: no cover - kept bits it would change
        x ^= x >> np.uint64(_LAST_SHIFT)
    x >>= _SHIFT
    buckets: I64 = x.view(np.int64)
    return buckets


def _bucket(hashes: U64, salt: np.uint64) -> I64:
    """Mix 64-bit hashes (splitmix64 finalizer) and keep the top bits."""
    return _mix_in_place(hashes ^ salt)


_POWER_CACHE_MAX = 1 << 16
"""Longest text (collapsed view characters) whose powers of P stay cached."""
_powers_cache: tuple[U64, U64] = (np.ones(1, np.uint64), np.ones(1, np.uint64))


def _powers(size: int) -> tuple[U64, U64]:
    """``P**k`` for ``k <= size`` and ``P**-k`` for ``k < size`` (mod ``2**64``).

    The same for every text, so they are computed once (up to
    ``_POWER_CACHE_MAX``) and sliced; a longer text computes its own.
    """
    global _powers_cache  # noqa: PLW0603 - grown once, replaced atomically
    powers, inverse = _powers_cache
    if powers.shape[0] > size:
        return powers[: size + 1], inverse[:size]
    length = max(size + 1, 2 * powers.shape[0])
    if size + 1 > _POWER_CACHE_MAX:
        length = size + 1
    with np.errstate(over="ignore"):
        powers = np.empty(length, dtype=np.uint64)
        powers[0] = 1
        np.cumprod(np.full(length - 1, _P, dtype=np.uint64), out=powers[1:])
        inverse = np.empty(length, dtype=np.uint64)
        inverse[0] = 1
        np.cumprod(np.full(length - 1, _P_INV, dtype=np.uint64), out=inverse[1:])
    powers.setflags(write=False)
    inverse.setflags(write=False)
    if length <= _POWER_CACHE_MAX:
        _powers_cache = (powers, inverse)
    return powers[: size + 1], inverse[:size]


def hash_text(
    text: str, view: DetectionView | None = None, *, concepts: bool = True
) -> HashedText:
    """Hash the n-grams of ``text``'s detection view.

    ``view`` is the view of ``text`` when the caller already built it (the
    sanitizer shares one view between the rules and the scorer). With
    ``concepts=False`` the concept tags are skipped (weights without concept
    slots never read them).

    Example:
        >>> hashed = hash_text("Ignore the rules")
        >>> hashed.length, int(hashed.char_buckets.max()) < 2**HASH_BITS
        (18, True)
    """
    if view is None:
        view = build_view(text)
    cps, index, word = _collapse(" " + view.text + " ")
    size = cps.shape[0]
    # The padding spaces are not word characters, so every word starts after
    # a non-word character and ends before one.
    w_start = np.flatnonzero(word[1:] > word[:-1]) + 1
    w_end = np.flatnonzero(word[1:] < word[:-1]) + 1
    orders = [order for order in CHAR_ORDERS if size >= order]
    counts = [size - order + 1 for order in orders]
    n_char = sum(counts)
    n_words = w_start.shape[0]
    n_bigrams = max(n_words - 1, 0)
    # One buffer holds every hash (char orders, words, bigrams); each part is
    # salted and mixed in place.
    mixed = np.empty(n_char + n_words + n_bigrams, dtype=np.uint64)
    # A text of one block is mixed in one pass with its words (fewer calls).
    one_block = not counts or counts[0] <= _BLOCK
    _char_hashes(cps, counts, mixed[:n_char], mix=not one_block)
    words = mixed[n_char : n_char + n_words]
    bigrams = mixed[n_char + n_words :]
    # Array arithmetic wraps modulo 2**64 silently (no ``np.errstate``).
    words[:] = _word_hashes(cps, w_start, w_end)
    np.multiply(words[:-1], _Q, out=bigrams)
    bigrams += words[1:]
    words ^= _SALT_WORD
    bigrams ^= _SALT_BIGRAM
    _mix_in_place(mixed if one_block else mixed[n_char:])
    buckets: I64 = mixed.view(np.int64)
    if concepts:
        tags, tag_pos = find_concepts(cps, word, w_start)
    else:
        tags = tag_pos = np.zeros(0, dtype=np.int64)
    concept_b, concept_p = _concept_features(tags, tag_pos)
    # Unigram then bigram at each word start: what a stable sort by position
    # of [unigrams, bigrams] gives, built directly.
    word_b = np.empty(n_words + n_bigrams, dtype=np.int64)
    word_b[0::2] = buckets[n_char : n_char + n_words]
    word_b[1::2] = buckets[n_char + n_words :]
    word_p = np.empty(n_words + n_bigrams, dtype=np.int64)
    word_p[0::2] = w_start
    word_p[1::2] = w_start[:-1]
    # Positions in the padded text: index 0 is the leading space (the only
    # one that maps below 0, since ``index`` starts at 0 and increases).
    view_index = index - 1
    view_index[0] = 0
    return HashedText(
        length=size,
        char_buckets=buckets[:n_char],
        word_buckets=word_b,
        word_pos=word_p,
        view_index=view_index,
        view=view,
        concept_buckets=concept_b,
        concept_pos=concept_p,
    )


_BLOCK = 1 << 14
"""Positions hashed per block: the block's arrays stay in the CPU cache
while all three orders are hashed and mixed (whole-text temporaries cost
twice as much on a 1 MB text)."""


def _char_hashes(cps: U64, counts: list[int], out: U64, *, mix: bool = True) -> None:
    """Salted (and, with ``mix``, mixed) hash of every character n-gram.

    ``counts[i]`` is the number of n-grams of order ``CHAR_ORDERS[i]`` (laid
    out one order after the other). An n-gram's polynomial hash
    ``sum(c[j] * P**(e-1-j))`` (mod ``2**64``) is built by Horner's rule, each
    order from the one before: ``H[s:s+k+1] = H[s:s+k] * P + c[s+k]``, the
    same value the prefix-sum formula gives. Results go into ``out``.
    """
    if not counts:
        return
    offsets = list(accumulate(counts, initial=0))
    # Array arithmetic wraps modulo 2**64 silently (no ``np.errstate``).
    for lo in range(0, counts[0], _BLOCK):
        hi = min(lo + _BLOCK, counts[0])
        running = cps[lo:hi] * _P
        running += cps[lo + 1 : hi + 1]
        for index, (order, count) in enumerate(zip(CHAR_ORDERS, counts, strict=False)):
            stop = min(hi, count)
            if stop <= lo:
                break
            running = running[: stop - lo]
            running *= _P
            running += cps[lo + order - 1 : stop + order - 1]
            part = out[offsets[index] + lo : offsets[index] + stop]
            np.bitwise_xor(running, np.uint64(order), out=part)
            if mix:
                _mix_in_place(part)


_WORD_BLOCK = 1 << 15
"""Text positions per block of word hashes (their powers of P stay cached)."""


def _word_hashes(cps: U64, w_start: I64, w_end: I64) -> U64:
    """Polynomial hash of every word ``cps[start:end]``, block by block.

    A word's hash ``P**(e-1) * (G[e] - G[s])`` does not depend on where the
    sums start, so each block of words uses prefix sums from its first
    word's start, over at most the block and its last word: the powers of
    ``P`` they need stay short (cached), and every code point is summed once.
    """
    hashed = np.empty(w_start.shape[0], dtype=np.uint64)
    if cps.shape[0] <= _WORD_BLOCK:
        cuts = [0, w_start.shape[0]]  # one block (most prompts)
    else:
        cuts = np.searchsorted(
            w_start, np.arange(0, cps.shape[0] + _WORD_BLOCK, _WORD_BLOCK)
        ).tolist()
    # Array arithmetic wraps modulo 2**64 silently (no ``np.errstate``).
    for lo, hi in pairwise(cuts):
        if lo == hi:
            continue
        base = int(w_start[lo])
        stop = int(w_end[hi - 1])
        powers, inverse = _powers(stop - base)
        prefix = np.zeros(stop - base + 1, dtype=np.uint64)
        np.cumsum(cps[base:stop] * inverse, out=prefix[1:])
        starts = w_start[lo:hi] - base
        ends = w_end[lo:hi] - base
        hashed[lo:hi] = powers[ends - 1] * (prefix[ends] - prefix[starts])
    return hashed


def _char_positions(counts: list[int]) -> I64:
    """Start position of every character n-gram, order after order."""
    if not counts:
        return np.zeros(0, np.int64)
    base = _arange(counts[0])
    return np.concatenate([base[:count] for count in counts])


def _concept_features(tags: I64, pos: I64) -> tuple[I64, I64]:
    """Concept unigrams, and bigrams and trigrams of tags within ``CONCEPT_GAP``.

    Indices start at ``2**HASH_BITS`` (after the hashed buckets): unigram
    ``t``, bigram ``N + a*N + b``, trigram ``N + N*N + (a*N + b)*N + c``.
    """
    if not tags.shape[0]:  # most benign prompts: nothing to pair or sort
        return tags.astype(np.int64), pos.astype(np.int64)
    n = len(load_concepts())
    base = 1 << HASH_BITS
    parts = [tags]
    places = [pos]
    if tags.shape[0] > 1:
        near = (pos[1:] - pos[:-1]) <= CONCEPT_GAP
        pairs = n + tags[:-1] * n + tags[1:]
        parts.append(pairs[near])
        places.append(pos[:-1][near])
        if tags.shape[0] > 2:  # noqa: PLR2004
            both = near[:-1] & near[1:]
            triples = n + n * n + (tags[:-2] * n + tags[1:-1]) * n + tags[2:]
            parts.append(triples[both])
            places.append(pos[:-2][both])
    buckets = np.concatenate(parts) + base
    places_all = np.concatenate(places)
    order = np.argsort(places_all, kind="stable")
    return buckets[order].astype(np.int64), places_all[order].astype(np.int64)
