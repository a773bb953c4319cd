"""Concept tags: the shape of an attack, independent of its source's wording.

Hashed n-grams learn the vocabulary of the files they were trained on; an
attack from a new source (another language, another template) shares little
of it. What attacks share is their *shape*: an instruction addressed to the
model ("you"), a reference to its instructions, rules or prompt, an override
verb ("ignore", "forget"), a pointer to what came before ("above",
"previous"), an output demand ("print", "say only"), a mode or persona switch
("from now on", "act as", "developer mode"), and fake turns of a conversation.

Each concept is a short list of words and stems in many languages, kept as
package data in ``concepts.json`` (read once, on first use). A text's concept
tags are found by one vectorized walk of a trie over the collapsed view
(:mod:`.concept_trie`); the scorer hashes tag unigrams, bigrams and trigrams
(in order of appearance, within a short distance), so "ignore + previous +
instructions" and "تجاهل + المذكور أعلاه + التعليمات" give the same features.
The words are general vocabulary of each concept, not copied from any dataset row.

Latin, Cyrillic, Greek, Arabic, Devanagari and Bengali terms match at the
start of a word (a stem matches every inflection); Chinese, Japanese, Korean
and Thai terms, which have no spaces, match anywhere. Every term goes through
the same fold as the text (:func:`~..normalize.build_view`), so Cyrillic
look-alikes and accents match as the view spells them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np
import numpy.typing as npt

from langchain_mistral_secure.detection.scorer.concept_trie import folded_terms
from langchain_mistral_secure.detection.scorer.concept_walk import walk_concepts

__all__ = [
    "CONCEPTS",  # noqa: F822 - read lazily by the module __getattr__
    "CONCEPTS_FILE",
    "ConceptTable",
    "concept_table",
    "find_concepts",
    "load_concepts",
]

I64 = npt.NDArray[np.int64]
U64 = npt.NDArray[np.uint64]

CONCEPTS_FILE = "concepts.json"
"""The word lists, package data beside this module."""
_PACKAGE = "langchain_mistral_secure.detection.scorer"


@lru_cache(maxsize=1)
def load_concepts() -> dict[str, tuple[str, ...]]:
    """Concept name -> words and stems in many languages, read once.

    The file lists each concept with what it covers (``about``) and its
    terms; terms are folded like the text when the lookup table is built
    (:func:`concept_table`). The dict is shared: do not change it.

    Example:
        >>> concepts = load_concepts()
        >>> "ignore" in concepts and "disregard" in concepts["ignore"]
        True
    """
    text = resources.files(_PACKAGE).joinpath(CONCEPTS_FILE).read_text("utf-8")
    return {
        entry["name"]: tuple(entry["terms"]) for entry in json.loads(text)["concepts"]
    }


def __getattr__(name: str) -> dict[str, tuple[str, ...]]:
    """``CONCEPTS`` (the word lists) is read from package data on first access."""
    if name == "CONCEPTS":
        return load_concepts()
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)


_P = 0x100000001B3  # the polynomial of :mod:`.features`
_MASK = (1 << 64) - 1
_LENGTH_KEY = np.uint64(0x9E3779B97F4A7C15)


def _poly_hash(codes: list[int]) -> int:
    value = 0
    for code in codes:
        value = (value * _P + code) & _MASK
    return value


@dataclass(frozen=True)
class ConceptTable:
    """Hashes of every folded term, split by how it is looked up.

    The lookup itself walks :func:`.concept_trie.concept_trie`; this table
    is the same term list keyed by hash, for inspection and as an independent
    cross-check of the walk.

    ``anchored`` terms are looked up at word starts, ``free`` terms at every
    position holding one of ``free_first`` (their first characters). Keys mix
    the term's polynomial hash with its length; ``tags`` is each key's concept
    and ``whole`` whether the term must end a word.
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
    for folded, number, is_anchored, whole in folded_terms(load_concepts()):
        codes = [ord(c) for c in folded]
        key = (_poly_hash(codes), len(codes))
        if is_anchored:
            anchored.setdefault(key, (number, whole))
        else:
            free.setdefault(key, (number, False))
            first.add(codes[0])
    a_keys, a_tags, a_whole, a_lengths = _table(anchored)
    f_keys, f_tags, _, f_lengths = _table(free)
    first_mask = np.zeros(max(first, default=0) + 1, dtype=bool)
    first_mask[sorted(first)] = True
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
    )


def _sorted_order(keys: U64) -> I64:
    """The keys' sorted order, for an exact lookup by binary search.

    Until h52 this was a collision-free table of 2^18 slots; with the concept
    words of some ninety languages no salt kept the keys apart, so the table
    is looked up by binary search (one ``searchsorted`` per batch of queries;
    the walk in :mod:`.concept_trie` does the package's lookups).
    """
    return np.argsort(keys, kind="stable")


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
    at: I64 = order[pos].astype(np.int64)
    return at, table_keys[at] == keys


def find_concepts(
    cps: U64,
    word: npt.NDArray[np.bool_],
    w_start: I64,
) -> tuple[I64, I64]:
    """(concept, position) of every tag in a hashed text, ordered by position.

    ``cps`` are the collapsed view's code points (:func:`.features.hash_text`
    builds them), ``word`` marks word characters and ``w_start`` the word
    starts. Where several terms start at one position the longest wins. The
    terms are found by one vectorized walk of a trie
    (:mod:`.concept_trie`), exact code point by code point.

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
    return walk_concepts(cps, word, w_start)
