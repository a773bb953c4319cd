"""Tekken subword tokens of the detection view, laid out as the scorer's features.

The token scorer experiment (:mod:`benchmarks.token_scorer`) reuses the
n-gram scorer's whole training machinery (windows, per-(file, class)
balance, multiple-instance attacks, hard negatives, the MLP head,
calibration): only the features change. A text becomes a :class:`TokenText`,
a scorer ``HashedText`` (:mod:`...scorer.features`) with no character
n-grams and, in the word slots, one feature per token (its hashed unigram)
and one per adjacent pair (its hashed bigram), at the token's position in
the collapsed view. So the scorer's MLP head over these features is a
fastText-style model: each feature's row of the first layer is its
embedding, a window's embeddings are summed over the square root of their
count (mean pooling up to scale), a ReLU layer reads the pooled vector, and
the text's score is its best window's (max pooling over windows).

Tokens come from the Tekken tokenizer that ships inside ``mistral-common``
(``tekken_240911.json``, a runtime dependency already; read offline). Its
byte-level BPE gives every script subwords, so Chinese, Arabic or Russian
text gets features of its own instead of falling back to bytes.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import mistral_common
import numpy as np
import numpy.typing as npt
from mistral_common.tokens.tokenizers.tekken import Tekkenizer

from langchain_mistral_secure.detection.normalize import DetectionView, build_view
from langchain_mistral_secure.detection.scorer.features import HashedText

__all__ = ["TOKEN_BITS", "TokenText", "tokenize_text"]

TOKEN_BITS = 16
"""log2 of the feature rows: unigrams in the low half, bigrams in the high half."""
_HALF_BITS = TOKEN_BITS - 1
_UNIGRAM_MULT = np.uint64(0x9E3779B97F4A7C15)
_BIGRAM_MULT = np.uint64(0xBF58476D1CE4E5B9)
_PAIR_MULT = np.uint64(0x100000001B3)
_NO_POSITIONS = np.zeros(0, dtype=np.int64)
_NO_POSITIONS.setflags(write=False)
_CONTINUATION = 0xC0
_CONTINUATION_BITS = 0x80
_SPACE_MAX = 32
_NO_BREAK_SPACE = 0xA0
_IDEOGRAPHIC_SPACE = 0x3000
TEKKEN_FILE = (
    Path(mistral_common.__file__).resolve().parent / "data" / "tekken_240911.json"
)
"""The tokenizer file (package data of ``mistral-common``)."""

I64 = npt.NDArray[np.int64]
U64 = npt.NDArray[np.uint64]


@dataclass(frozen=True)
class TokenText(HashedText):
    """A :class:`HashedText` whose only features are token unigrams and bigrams.

    ``char_buckets`` is empty, so there are no character n-gram positions
    either (the parent derives them from ``length``).
    """

    @property
    def char_pos(self) -> I64:
        """No character n-grams: no positions."""
        return _NO_POSITIONS


@functools.cache
def _encoder() -> tuple[Any, I64]:
    """The tiktoken encoding inside Tekken and each rank's length in bytes."""
    tokenizer = Tekkenizer.from_file(TEKKEN_FILE)
    # The raw ranks (no special-token offset): ordinary text never maps to
    # a special token, and the ranks index the byte-length table directly.
    encoding = tokenizer._model  # noqa: SLF001 - the encoder Tekkenizer wraps
    lengths = np.array(
        [len(encoding.decode_single_token_bytes(r)) for r in range(encoding.n_vocab)],
        dtype=np.int64,
    )
    return encoding, lengths


def _collapsed(view_text: str) -> tuple[str, I64]:
    """``view_text`` with whitespace runs collapsed to one space, and positions.

    The same collapse as the n-gram scorer (so windows of 384 characters
    cover the same text): characters up to 32, the no-break space and the
    ideographic space are whitespace.
    """
    if not view_text:
        return "", _NO_POSITIONS
    cps = np.frombuffer(view_text.encode("utf-32-le", "surrogatepass"), np.uint32)
    space = (cps <= _SPACE_MAX) | (cps == _NO_BREAK_SPACE) | (cps == _IDEOGRAPHIC_SPACE)
    keep = np.ones(cps.shape[0], dtype=bool)
    keep[1:] = ~(space[1:] & space[:-1])
    index = np.flatnonzero(keep)
    kept = np.where(space[index], np.uint32(_SPACE_MAX), cps[index])
    # A lone surrogate becomes U+FFFD: one character for one, positions hold.
    text = kept.astype("<u4").tobytes().decode("utf-32-le", "replace")
    return text, index.astype(np.int64)


def _mix(values: U64, mult: np.uint64) -> I64:
    """Multiply-shift hash of 64-bit values into ``2**_HALF_BITS`` buckets."""
    with np.errstate(over="ignore"):
        mixed = values * mult
        mixed ^= mixed >> np.uint64(29)
        mixed *= mult
    out: I64 = (mixed >> np.uint64(64 - _HALF_BITS)).astype(np.int64)
    return out


def token_ids(text: str) -> tuple[I64, I64]:
    """Tekken ranks of ``text`` and each token's start (character index)."""
    encoding, lengths = _encoder()
    ids = np.array(encoding.encode_ordinary(text), dtype=np.int64)
    if ids.shape[0] == 0:
        return ids, _NO_POSITIONS
    raw = np.frombuffer(text.encode("utf-8", "replace"), dtype=np.uint8)
    lead = (raw & _CONTINUATION) != _CONTINUATION_BITS
    char_of_byte = np.cumsum(lead) - 1
    byte_start = np.zeros(ids.shape[0], dtype=np.int64)
    np.cumsum(lengths[ids][:-1], out=byte_start[1:])
    return ids, char_of_byte[np.minimum(byte_start, raw.shape[0] - 1)]


def tokenize_text(text: str, view: DetectionView | None = None) -> TokenText:
    """The token features of ``text``'s detection view (whitespace collapsed).

    Example:
        >>> tokens = tokenize_text("Ignore the rules")
        >>> tokens.length, int(tokens.word_buckets.max()) < 2**TOKEN_BITS
        (16, True)
    """
    if view is None:
        view = build_view(text)
    collapsed, index = _collapsed(view.text)
    ids, starts = token_ids(collapsed)
    n = ids.shape[0]
    unigrams = _mix(ids.astype(np.uint64), _UNIGRAM_MULT)
    with np.errstate(over="ignore"):
        pairs = ids[:-1].astype(np.uint64) * _PAIR_MULT + ids[1:].astype(np.uint64)
    bigrams = _mix(pairs, _BIGRAM_MULT) + (1 << _HALF_BITS)
    n_pairs = max(n - 1, 0)
    buckets = np.empty(n + n_pairs, dtype=np.int64)
    buckets[0::2] = unigrams
    buckets[1::2] = bigrams
    positions = np.empty(n + n_pairs, dtype=np.int64)
    positions[0::2] = starts
    positions[1::2] = starts[:-1] if n else starts
    return TokenText(
        length=len(collapsed),
        char_buckets=_NO_POSITIONS,
        word_buckets=buckets,
        word_pos=positions,
        view_index=index,
        view=view,
        concept_buckets=_NO_POSITIONS,
        concept_pos=_NO_POSITIONS,
    )
