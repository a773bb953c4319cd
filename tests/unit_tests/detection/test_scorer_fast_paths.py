"""The scorer's fast paths give exactly what the plain computation gives.

``hash_text`` hashes n-grams with slices into one buffer, ``find_concepts``
tries only the term lengths allowed by a span's first two code points, and
``window_logits`` sums character n-grams by slice additions. Each is checked
here against the straightforward version (gathers, every length at every
start, ``bincount`` over every group), on random texts made of concept terms,
words of several scripts and whitespace.
"""

from __future__ import annotations

import json
from importlib import resources

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from langchain_mistral_secure.detection.normalize import build_view
from langchain_mistral_secure.detection.scorer import concepts as concepts_module
from langchain_mistral_secure.detection.scorer import features
from langchain_mistral_secure.detection.scorer.concepts import (
    CONCEPTS_FILE,
    concept_table,
    load_concepts,
)
from langchain_mistral_secure.detection.scorer.model import get_scorer, window_logits

_PACKAGE = "langchain_mistral_secure.detection.scorer"
_TERMS = sorted({t for terms in load_concepts().values() for t in terms})
_PIECES = [
    *_TERMS,
    "the",
    "report",
    "Отчёт",
    "报告",
    "レポート",
    "تقرير",
    "1234",
    " ",
    "  ",
    "\n",
    ".",
    "<|",
    "|>",
]
TEXTS = st.one_of(
    st.lists(st.sampled_from(_PIECES), max_size=120).map("".join),
    st.text(max_size=400),
)


def test_concepts_file_ships_as_package_data() -> None:
    resource = resources.files(_PACKAGE).joinpath(CONCEPTS_FILE)
    assert resource.is_file()
    entries = json.loads(resource.read_text("utf-8"))["concepts"]
    loaded = load_concepts()
    assert [e["name"] for e in entries] == list(loaded)
    assert all(len(e["terms"]) >= 10 and e["about"] for e in entries)
    assert concepts_module.CONCEPTS is loaded


def test_unknown_module_attribute_still_raises() -> None:
    with pytest.raises(AttributeError):
        _ = concepts_module.NOT_A_NAME


def _reference_hash(text: str) -> dict[str, np.ndarray]:
    """hash_text computed plainly: per-order gathers, argsort by position."""
    view = build_view(text)
    cps, _ = features._code_points(" " + view.text + " ")
    size = cps.shape[0]
    with np.errstate(over="ignore"):
        powers = np.cumprod(np.full(size + 1, features._P, dtype=np.uint64))
        powers = np.concatenate([np.ones(1, np.uint64), powers[:-1]])
        inverse = np.cumprod(np.full(size, features._P_INV, dtype=np.uint64))
        inverse = np.concatenate([np.ones(1, np.uint64), inverse[:-1]])
        prefix = np.concatenate([np.zeros(1, np.uint64), np.cumsum(cps * inverse)])

        def span_hash(starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
            out: np.ndarray = powers[ends - 1] * (prefix[ends] - prefix[starts])
            return out

        chars = []
        for order in features.CHAR_ORDERS:
            if size >= order:
                starts = np.arange(size - order + 1)
                hashed = span_hash(starts, starts + order)
                chars.append(features._bucket(hashed, np.uint64(order)))
        word = features._word_mask(cps)
        edges = np.diff(word.astype(np.int8), prepend=np.int8(0), append=np.int8(0))
        w_start, w_end = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
        words = span_hash(w_start, w_end)
        bigrams = words[:-1] * features._Q + words[1:]
        tags, tag_pos = _reference_concepts(span_hash, cps, word, w_start)
    word_b = np.concatenate(
        [
            features._bucket(words, features._SALT_WORD),
            features._bucket(bigrams, features._SALT_BIGRAM),
        ]
    )
    word_p = np.concatenate([w_start, w_start[:-1]])
    by_pos = np.argsort(word_p, kind="stable")
    concept_b, concept_p = features._concept_features(tags, tag_pos)
    return {
        "char_buckets": np.concatenate(chars) if chars else np.zeros(0, np.int64),
        "word_buckets": word_b[by_pos],
        "word_pos": word_p[by_pos],
        "concept_buckets": concept_b,
        "concept_pos": concept_p,
    }


def _reference_concepts(
    span_hash: object, cps: np.ndarray, word: np.ndarray, w_start: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """find_concepts trying every term length at every word start."""
    table = concept_table()
    size = cps.shape[0]
    found = []
    for keys, tags, whole, lengths, slots, places in (
        (
            table.anchored_keys,
            table.anchored_tags,
            table.anchored_whole,
            table.anchored_lengths,
            table.anchored_slots,
            w_start,
        ),
        (
            table.free_keys,
            table.free_tags,
            np.zeros(table.free_keys.shape[0], bool),
            table.free_lengths,
            table.free_slots,
            np.array(
                [
                    i
                    for i, c in enumerate(cps.tolist())
                    if c < table.free_first.shape[0] and table.free_first[c]
                ],
                dtype=np.int64,
            ),
        ),
    ):
        starts = np.repeat(places, lengths.shape[0])
        span = np.tile(lengths, places.shape[0])
        fits = starts + span <= size
        starts, span = starts[fits], span[fits]
        hashes = span_hash(starts, starts + span)  # type: ignore[operator]
        at, hit = concepts_module._lookup(
            concepts_module._key(hashes, span), keys, slots
        )
        for start, length, index in zip(
            starts[hit].tolist(), span[hit].tolist(), at[hit].tolist(), strict=True
        ):
            end = start + length
            if whole[index] and end < size and word[end]:
                continue
            found.append((start, -length, int(tags[index])))
    best: dict[int, int] = {}
    for start, _, tag in sorted(found):
        best.setdefault(start, tag)
    positions = sorted(best)
    return (
        np.array([best[p] for p in positions], dtype=np.int64),
        np.array(positions, dtype=np.int64),
    )


@settings(max_examples=120, deadline=None)
@given(TEXTS)
def test_hash_text_equals_the_plain_computation(text: str) -> None:
    fast = features.hash_text(text)
    plain = _reference_hash(text)
    for name, expected in plain.items():
        assert np.array_equal(getattr(fast, name), expected), name


@settings(max_examples=120, deadline=None)
@given(TEXTS)
def test_window_logits_equal_a_bincount_over_every_group(text: str) -> None:
    model = get_scorer().model
    hashed = features.hash_text(text)
    starts, ends, logits = window_logits(
        hashed, model.weights, model.bias, model.windows
    )
    size = hashed.length
    expected = np.full(starts.shape[0], model.bias, dtype=np.float64)
    for buckets, positions in (
        (hashed.char_buckets, hashed.char_pos),
        (hashed.word_buckets, hashed.word_pos),
        (hashed.concept_buckets, hashed.concept_pos),
    ):
        if buckets.shape[0] == 0:
            continue
        total = np.concatenate(
            [
                [0.0],
                np.cumsum(
                    np.bincount(
                        positions, weights=model.weights[buckets], minlength=size
                    )
                ),
            ]
        )
        count = np.concatenate(
            [[0.0], np.cumsum(np.bincount(positions, minlength=size))]
        )
        counts = count[ends] - count[starts]
        expected += (total[ends] - total[starts]) / np.sqrt(np.maximum(counts, 1.0))
    assert np.array_equal(logits, expected)
