"""The windows of one collapsed-view length, and what depends on them alone.

A text's window spans, and the number of character n-grams each window holds,
follow from its length and the model's window scales: they are computed once
per length (cached) instead of once per scored text.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import numpy.typing as npt

from langchain_mistral_secure.detection.scorer.features import (
    CHAR_ORDERS,
    window_spans,
)

__all__ = ["WindowSpans", "window_spans_of"]

F64 = npt.NDArray[np.float64]
I64 = npt.NDArray[np.int64]


@dataclass(frozen=True)
class WindowSpans:
    """The windows of one text length, and what depends on them alone.

    Attributes:
        starts: :func:`.features.window_spans` starts.
        ends: Their ends.
        bounds: ``ends`` then ``starts`` (one gather reads both).
        char_norm: Square root of each window's character n-gram count (at
            least 1): the count has a closed form in the length.
    """

    starts: I64
    ends: I64
    bounds: I64
    char_norm: F64


@lru_cache(maxsize=1024)
def window_spans_of(size: int, scales: tuple[tuple[int, int], ...]) -> WindowSpans:
    """:func:`.features.window_spans` and their norms, cached (read-only arrays)."""
    starts, ends = window_spans(size, scales)
    counts = np.zeros(starts.shape[0], dtype=np.int64)
    for order in CHAR_ORDERS:
        if size >= order:
            count = size - order + 1
            counts += np.minimum(ends, count) - np.minimum(starts, count)
    spans = WindowSpans(
        starts=starts,
        ends=ends,
        bounds=np.concatenate((ends, starts)),
        char_norm=np.sqrt(np.maximum(counts.astype(np.float64), 1.0)),
    )
    for array in (spans.starts, spans.ends, spans.bounds, spans.char_norm):
        array.setflags(write=False)
    return spans
