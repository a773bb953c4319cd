"""Window logits of the linear head: cumulative sums over a hashed text.

Split out of :mod:`.model` (which re-exports :func:`window_logits`): the
arithmetic the linear head runs on every window of every scale.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

from langchain_mistral_secure.detection.scorer._window_spans import (
    WindowSpans,
    window_spans_of,
)
from langchain_mistral_secure.detection.scorer.features import (
    CHAR_ORDERS,
    HASH_BITS,
    STRIDE,
    WINDOW,
    HashedText,
)

__all__ = ["window_logits"]

F32 = npt.NDArray[np.float32]
F64 = npt.NDArray[np.float64]


def window_logits(
    hashed: HashedText,
    weights: F32,
    bias: float,
    scales: tuple[tuple[int, int], ...] = ((WINDOW, STRIDE),),
) -> tuple[Any, Any, F64]:
    """Logit of every window of a hashed text: (starts, ends, logits).

    Each window's features are per-group counts over the square root of the
    group's n-gram count, so its logit is a difference of cumulative sums
    (computed once for every window of every scale). Concept features
    (:mod:`.concepts`) count only when ``weights`` has their slots.
    """
    size = hashed.length
    spans = window_spans_of(size, scales)
    windows = spans.starts.shape[0]
    logits = np.full(windows, bias, dtype=np.float64)
    if hashed.char_buckets.shape[0]:
        logits += _char_group(hashed, weights, spans)
    groups = [(hashed.word_buckets, hashed.word_pos)]
    if weights.shape[0] > 1 << HASH_BITS:
        groups.append((hashed.concept_buckets, hashed.concept_pos))
    for buckets, positions in groups:
        if buckets.shape[0] == 0:
            continue
        total = np.zeros(size + 1, dtype=np.float64)
        np.cumsum(
            np.bincount(positions, weights=weights.take(buckets), minlength=size),
            out=total[1:],
        )
        at = total.take(spans.bounds)
        sums = at[:windows] - at[windows:]
        # Positions are sorted: a window's count is a difference of ranks.
        ranks = np.searchsorted(positions, spans.bounds)
        counts = (ranks[:windows] - ranks[windows:]).astype(np.float64)
        logits += sums / np.sqrt(np.maximum(counts, 1.0))
    return spans.starts, spans.ends, logits


def _char_group(hashed: HashedText, weights: F32, spans: WindowSpans) -> F64:
    """The character n-grams' term of every window's logit.

    Order ``k`` contributes one n-gram at each position below ``length - k +
    1`` (:func:`.features.hash_text` lays them out that way), so the per-position
    sums are slice additions and the counts have a closed form (cached with
    the spans); the additions run in the order a ``bincount`` over the
    concatenated orders would do them.
    """
    size = hashed.length
    values = weights.take(hashed.char_buckets)
    per_position = np.zeros(size, dtype=np.float64)
    at = 0
    for order in CHAR_ORDERS:
        if size < order:
            continue
        count = size - order + 1
        per_position[:count] += values[at : at + count]
        at += count
    total = np.zeros(size + 1, dtype=np.float64)
    np.cumsum(per_position, out=total[1:])
    ends_starts = total.take(spans.bounds)
    windows = spans.starts.shape[0]
    term: F64 = (ends_starts[:windows] - ends_starts[windows:]) / spans.char_norm
    return term
