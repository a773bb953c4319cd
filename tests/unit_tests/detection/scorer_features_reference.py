"""The scorer's features as computed before the speed work (the reference).

A frozen copy of ``hash_text`` (prefix-sum n-gram hashes) and of the concept
lookup (hash-keyed, length-filtered by each span's first two code points) as
they were on main at 23af2be. ``test_scorer_features_speed.py`` and
``scripts``/benchmarks compare the package's faster code with it: the weights
trained on these features stay valid only while every array is equal.
"""
# ruff: noqa: PLW0603

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import numpy.typing as npt

from langchain_mistral_secure.detection.normalize import DetectionView, build_view
from langchain_mistral_secure.detection.scorer.concepts import load_concepts
from langchain_mistral_secure.detection.scorer.features import (
    CHAR_ORDERS,
    CONCEPT_GAP,
    HASH_BITS,
)

I64 = npt.NDArray[np.int64]


@dataclass(frozen=True)
class HashedText:
    """The old ``HashedText``: every array a field (``char_pos`` included)."""

    length: int
    char_buckets: I64
    char_pos: I64
    word_buckets: I64
    word_pos: I64
    view_index: I64
    view: DetectionView
    concept_buckets: I64
    concept_pos: I64


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
_P = 0x100000001B3  # the polynomial of :mod:`.features`
_MASK = (1 << 64) - 1
_LENGTH_KEY = np.uint64(0x9E3779B97F4A7C15)


def _is_word(code: int) -> bool:
    """The word characters of :func:`.features._word_mask`."""
    return ord("a") <= code <= ord("z") or ord("0") <= code <= ord("9") or code >= 0x80


def _no_space(term: str) -> bool:
    return any(lo <= ord(c) <= hi for c in term for lo, hi in _NO_SPACE_SCRIPTS)


def _poly_hash(codes: list[int]) -> int:
    value = 0
    for code in codes:
        value = (value * _P + code) & _MASK
    return value


@dataclass(frozen=True)
class ConceptTable:
    """Hashes of every folded term, split by how it is looked up.

    ``anchored`` terms are looked up at word starts, ``free`` terms at every
    position holding one of ``free_first`` (their first characters). Keys mix
    the term's polynomial hash with its length; ``tags`` is each key's concept
    and ``whole`` whether the term must end a word.

    The ``*_prefixes`` filters keep a lookup from hashing spans no term can
    match: each lists, by a term's first two code points, the lengths of the
    terms that start so (:func:`_prefixes`). ``free_single`` marks, by code
    point, the first characters that are a one-character term.
    """

    anchored_keys: U64
    anchored_tags: I64
    anchored_whole: npt.NDArray[np.bool_]
    anchored_lengths: I64
    free_keys: U64
    free_tags: I64
    free_lengths: I64
    free_first: npt.NDArray[np.bool_]
    anchored_slots: I64
    free_slots: I64
    anchored_prefixes: tuple[I64, I64]
    free_prefixes: tuple[I64, I64]
    free_single: npt.NDArray[np.bool_]


def _key(hashes: U64, lengths: I64) -> U64:
    with np.errstate(over="ignore"):
        keys: U64 = hashes + lengths.astype(np.uint64) * _LENGTH_KEY
    return keys


@lru_cache(maxsize=1)
def concept_table() -> ConceptTable:
    """Fold and hash every term of :func:`load_concepts` once.

    Example:
        >>> table = concept_table()
        >>> table.anchored_keys.shape == table.anchored_tags.shape
        True
    """
    anchored: dict[tuple[int, int], tuple[int, bool]] = {}
    free: dict[tuple[int, int], tuple[int, bool]] = {}
    first: set[int] = set()
    anchored_starts: list[tuple[int, int, int]] = []
    free_starts: list[tuple[int, int, int]] = []
    for number, terms in enumerate(load_concepts().values()):
        for term in _with_clitics(terms):
            folded = " ".join(build_view(term).text.split())
            if not folded:
                continue
            codes = [ord(c) for c in folded]
            key = (_poly_hash(codes), len(codes))
            if _no_space(folded) or not _is_word(codes[0]):
                free.setdefault(key, (number, False))
                first.add(codes[0])
                free_starts.append(
                    (codes[0], codes[1] if len(codes) > 1 else -1, len(codes))
                )
            else:
                # A trailing space in the list marks a whole word ("du ").
                anchored.setdefault(key, (number, term.endswith(" ")))
                anchored_starts.append((codes[0], codes[1], len(codes)))
    a_keys, a_tags, a_whole, a_lengths = _table(anchored)
    f_keys, f_tags, _, f_lengths = _table(free)
    first_mask = np.zeros(max(first, default=0) + 1, dtype=bool)
    first_mask[sorted(first)] = True
    free_single = np.zeros(first_mask.shape[0], dtype=bool)
    for code, _, length in free_starts:
        free_single[code] |= length == 1
    return ConceptTable(
        anchored_keys=a_keys,
        anchored_tags=a_tags,
        anchored_whole=a_whole,
        anchored_lengths=a_lengths,
        free_keys=f_keys,
        free_tags=f_tags,
        free_lengths=f_lengths,
        free_first=first_mask,
        anchored_slots=_sorted_order(a_keys),
        free_slots=_sorted_order(f_keys),
        anchored_prefixes=_prefixes(anchored_starts),
        free_prefixes=_prefixes(free_starts),
        free_single=free_single,
    )


_PAIR_SHIFT = 21
"""Code points fit in 21 bits: a pair's key is ``first << 21 | second``."""


def _prefixes(starts: list[tuple[int, int, int]]) -> tuple[I64, I64]:
    """Terms' first two code points: (sorted pair keys, lengths by key).

    Row ``i`` of the lengths holds the distinct lengths of the terms that
    start with pair ``keys[i]``, padded with zeros to the longest row.
    """
    by_pair: dict[int, set[int]] = {}
    for first, second, length in starts:
        if length > 1:
            by_pair.setdefault(first << _PAIR_SHIFT | second, set()).add(length)
    keys = sorted(by_pair)
    width = max((len(v) for v in by_pair.values()), default=1)
    lengths = np.zeros((len(keys), width), dtype=np.int64)
    for row, key in enumerate(keys):
        found = sorted(by_pair[key])
        lengths[row, : len(found)] = found
    return np.array(keys, dtype=np.int64), lengths


def _candidates(cps: U64, places: I64, prefixes: tuple[I64, I64]) -> tuple[I64, I64]:
    """(start, length) of every span at ``places`` that a term could match.

    Only the lengths of terms that begin with the span's first two code
    points are tried (one-character terms are looked up on their own).
    """
    keys, lengths = prefixes
    if not keys.shape[0] or not places.shape[0]:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    second = np.minimum(places + 1, cps.shape[0] - 1)
    query = cps[places].astype(np.int64) << _PAIR_SHIFT | cps[second].astype(np.int64)
    at = np.searchsorted(keys, query)
    np.minimum(at, keys.shape[0] - 1, out=at)
    found = lengths[at]
    found[keys[at] != query] = 0
    # A flat index is much cheaper than a 2-D nonzero.
    flat = found.ravel()
    picked = np.flatnonzero(flat)
    return places[picked // lengths.shape[1]], flat[picked]


def _sorted_order(keys: U64) -> I64:
    """The keys' sorted order, for an exact lookup by binary search.

    Until h52 this was a collision-free table of 2^18 slots; with the concept
    words of ninety languages no salt left the keys apart, so the reference
    looks them up by binary search (the same key finds the same index).
    """
    return np.argsort(keys, kind="stable")


def _with_clitics(terms: tuple[str, ...]) -> list[str]:
    """The terms, and Arabic ones again with the joined conjunction "و" (and)."""
    out = list(terms)
    out += ["و" + t for t in terms if "\u0621" <= t[0] <= "\u064a" and t[0] != "و"]
    return out


def _table(
    items: dict[tuple[int, int], tuple[int, bool]],
) -> tuple[U64, I64, npt.NDArray[np.bool_], I64]:
    """Sorted keys, their concepts and whole-word flags, the distinct lengths."""
    keys = _key(
        np.array([h for h, _ in items], dtype=np.uint64),
        np.array([n for _, n in items], dtype=np.int64),
    )
    order = np.argsort(keys, kind="stable")
    values = list(items.values())
    tags = np.array([values[i][0] for i in order.tolist()], dtype=np.int64)
    whole = np.array([values[i][1] for i in order.tolist()], dtype=bool)
    lengths = np.unique(np.array([n for _, n in items], dtype=np.int64))
    return keys[order], tags, whole, lengths


def _lookup(
    keys: U64, table_keys: U64, order: I64
) -> tuple[I64, npt.NDArray[np.bool_]]:
    """(index into ``table_keys``, found) of every query key."""
    if table_keys.shape[0] == 0:
        return np.zeros(keys.shape[0], np.int64), np.zeros(keys.shape[0], bool)
    pos = np.searchsorted(table_keys[order], keys)
    np.minimum(pos, table_keys.shape[0] - 1, out=pos)
    at = order[pos].astype(np.int64)
    return at, table_keys[at] == keys


def find_concepts_reference(
    span_hash: Callable[[I64, I64], U64],
    cps: U64,
    word: npt.NDArray[np.bool_],
    w_start: I64,
) -> tuple[I64, I64]:
    """(concept, position) of every tag in a hashed text, ordered by position.

    ``span_hash(starts, ends)`` is the polynomial hash of code points
    ``cps[start:end]`` (:func:`.features.hash_text` builds it), ``word`` marks
    word characters and ``w_start`` the word starts. Where several terms
    start at one position the longest wins. All lookups are vectorized.

    Example:
        >>> from langchain_mistral_secure.detection.scorer.features import (
        ...     HASH_BITS,
        ...     hash_text,
        ... )
        >>> hashed = hash_text("Ignore the previous rules")
        >>> names = list(load_concepts())
        >>> base = 2**HASH_BITS
        >>> [names[i - base] for i in hashed.concept_buckets if i - base < len(names)]
        ['ignore', 'prior', 'instructions']
    """
    table = concept_table()
    size = cps.shape[0]
    found_pos: list[I64] = []
    found_len: list[I64] = []
    found_tag: list[I64] = []
    lengths = table.anchored_lengths
    if w_start.shape[0] and lengths.shape[0]:
        starts, span = _candidates(cps, w_start, table.anchored_prefixes)
        ends = starts + span
        fits = ends <= size
        starts, span, ends = starts[fits], span[fits], ends[fits]
        at, hit = _lookup(
            _key(span_hash(starts, ends), span),
            table.anchored_keys,
            table.anchored_slots,
        )
        at, starts, span, ends = at[hit], starts[hit], span[hit], ends[hit]
        # A whole-word term must be followed by a non-word character.
        after = np.ones(ends.shape[0], dtype=bool)
        inside = ends < size
        after[inside] = ~word[ends[inside]]
        keep = ~table.anchored_whole[at] | after
        found_pos.append(starts[keep])
        found_len.append(span[keep])
        found_tag.append(table.anchored_tags[at[keep]])
    if table.free_keys.shape[0]:
        first = table.free_first
        codes = np.minimum(cps, np.uint64(first.shape[0] - 1)).astype(np.int64)
        candidates = np.flatnonzero(first[codes] & (cps < first.shape[0]))
        lengths = table.free_lengths
        if candidates.shape[0]:
            starts, span = _candidates(cps, candidates, table.free_prefixes)
            single = candidates[table.free_single[codes[candidates]]]
            starts = np.concatenate([starts, single])
            span = np.concatenate([span, np.ones(single.shape[0], np.int64)])
            ends = starts + span
            fits = ends <= size
            starts, span, ends = starts[fits], span[fits], ends[fits]
            at, hit = _lookup(
                _key(span_hash(starts, ends), span), table.free_keys, table.free_slots
            )
            found_pos.append(starts[hit])
            found_len.append(span[hit])
            found_tag.append(table.free_tags[at[hit]])
    if not found_pos:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    pos = np.concatenate(found_pos)
    span = np.concatenate(found_len)
    tag = np.concatenate(found_tag)
    order = np.lexsort((-span, pos))
    pos, tag = pos[order], tag[order]
    first = np.ones(pos.shape[0], dtype=bool)
    first[1:] = pos[1:] != pos[:-1]
    return tag[first], pos[first]


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
_SPACE = 32
_IDEOGRAPHIC_SPACE = 0x3000
_NO_BREAK_SPACE = 0xA0


def _mix_in_place(x: U64) -> I64:
    """Mix salted 64-bit hashes in place (splitmix64 finalizer); top bits.

    The values are below ``2**HASH_BITS``, so the result is a view of ``x``
    reinterpreted as int64 (no copy).
    """
    with np.errstate(over="ignore"):
        x ^= x >> np.uint64(30)
        x *= _MIX1
        x ^= x >> np.uint64(27)
        x *= _MIX2
        x ^= x >> np.uint64(31)
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
    global _powers_cache
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


def _code_points(view: str) -> tuple[npt.NDArray[np.uint64], I64]:
    """Code points of ``view`` with whitespace runs collapsed to one space."""
    raw = np.frombuffer(
        view.encode("utf-32-le", "surrogatepass"), dtype=np.uint32
    ).astype(np.uint64)
    space = (raw <= _SPACE) | (raw == _IDEOGRAPHIC_SPACE) | (raw == _NO_BREAK_SPACE)
    keep = np.ones(raw.shape[0], dtype=bool)
    keep[1:] = ~(space[1:] & space[:-1])
    index = np.flatnonzero(keep)
    cps = raw[index]
    cps[space[index]] = _SPACE
    return cps, index


def _word_mask(cps: U64) -> npt.NDArray[np.bool_]:
    """Word characters: ASCII letters and digits, and any non-ASCII letter.

    CJK text has no spaces, so a whole clause becomes one "word"; its character
    n-grams carry it. Non-ASCII punctuation counts as a word character here,
    which only joins a few more characters into a word.
    """
    lower = (cps >= ord("a")) & (cps <= ord("z"))
    digit = (cps >= ord("0")) & (cps <= ord("9"))
    return lower | digit | (cps >= 0x80)


def hash_text_reference(
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
    cps, index = _code_points(" " + view.text + " ")
    size = cps.shape[0]
    powers, inverse = _powers(size)
    word = _word_mask(cps)
    # The padding spaces are not word characters, so every word starts after
    # a non-word character and ends before one.
    w_start = np.flatnonzero(word[1:] > word[:-1]) + 1
    w_end = np.flatnonzero(word[1:] < word[:-1]) + 1
    orders = [order for order in CHAR_ORDERS if size >= order]
    n_char = sum(size - order + 1 for order in orders)
    n_words = w_start.shape[0]
    n_bigrams = max(n_words - 1, 0)
    # One buffer holds every hash (char orders, words, bigrams) so they are
    # salted and mixed by a single pass of in-place operations.
    mixed = np.empty(n_char + n_words + n_bigrams, dtype=np.uint64)
    with np.errstate(over="ignore"):
        prefix = np.zeros(size + 1, dtype=np.uint64)
        np.cumsum(cps * inverse, out=prefix[1:])

        def span_hash(starts: I64, ends: I64) -> U64:
            hashed: U64 = powers[ends - 1] * (prefix[ends] - prefix[starts])
            return hashed

        at = 0
        char_p: list[I64] = []
        for order in orders:
            count = size - order + 1
            # H[s:s+order] for every s, with slices instead of gathers.
            out = mixed[at : at + count]
            np.subtract(prefix[order:], prefix[:count], out=out)
            out *= powers[order - 1 : size]
            out ^= np.uint64(order)
            char_p.append(_arange(count))
            at += count
        words = mixed[n_char : n_char + n_words]
        words[:] = span_hash(w_start, w_end)
        bigrams = mixed[n_char + n_words :]
        np.multiply(words[:-1], _Q, out=bigrams)
        bigrams += words[1:]
        if concepts:
            tags, tag_pos = find_concepts_reference(span_hash, cps, word, w_start)
        else:
            tags = tag_pos = np.zeros(0, dtype=np.int64)
        words ^= _SALT_WORD
        bigrams ^= _SALT_BIGRAM
    buckets = _mix_in_place(mixed)
    concept_b, concept_p = _concept_features(tags, tag_pos)
    # Unigram then bigram at each word start: what a stable sort by position
    # of [unigrams, bigrams] gives, built directly.
    word_b = np.empty(n_words + n_bigrams, dtype=np.int64)
    word_b[0::2] = buckets[n_char : n_char + n_words]
    word_b[1::2] = buckets[n_char + n_words :]
    word_p = np.empty(n_words + n_bigrams, dtype=np.int64)
    word_p[0::2] = w_start
    word_p[1::2] = w_start[:-1]
    # Positions in the padded text: index 0 is the leading space.
    view_index = np.maximum(index - 1, 0).astype(np.int64)
    return HashedText(
        length=size,
        char_buckets=buckets[:n_char],
        char_pos=np.concatenate(char_p) if char_p else np.zeros(0, np.int64),
        word_buckets=word_b,
        word_pos=word_p,
        view_index=view_index,
        view=view,
        concept_buckets=concept_b,
        concept_pos=concept_p,
    )


_ARANGE = np.arange(1 << 13, dtype=np.int64)
_ARANGE.setflags(write=False)


def _arange(count: int) -> I64:
    """``np.arange(count)`` (a slice of a shared read-only range when short)."""
    if count <= _ARANGE.shape[0]:
        return _ARANGE[:count]
    return np.arange(count, dtype=np.int64)


def _concept_features(tags: I64, pos: I64) -> tuple[I64, I64]:
    """Concept unigrams, and bigrams and trigrams of tags within ``CONCEPT_GAP``.

    Indices start at ``2**HASH_BITS`` (after the hashed buckets): unigram
    ``t``, bigram ``N + a*N + b``, trigram ``N + N*N + (a*N + b)*N + c``.
    """
    n = len(load_concepts())
    base = 1 << HASH_BITS
    parts = [tags]
    places = [pos]
    if tags.shape[0] > 1:
        near = (pos[1:] - pos[:-1]) <= CONCEPT_GAP
        pairs = n + tags[:-1] * n + tags[1:]
        parts.append(pairs[near])
        places.append(pos[:-1][near])
        if tags.shape[0] > 2:
            both = near[:-1] & near[1:]
            triples = n + n * n + (tags[:-2] * n + tags[1:-1]) * n + tags[2:]
            parts.append(triples[both])
            places.append(pos[:-2][both])
    buckets = np.concatenate(parts) + base
    places_all = np.concatenate(places)
    order = np.argsort(places_all, kind="stable")
    return buckets[order].astype(np.int64), places_all[order].astype(np.int64)
