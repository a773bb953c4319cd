"""Training texts cut into the windows the scorer scores, as one CSR matrix.

Every text becomes windows of hashed features, exactly as the scorer computes
them; benign texts keep a few evenly spaced windows, attack texts keep all of
them, for the fit to choose each one's best window (:mod:`.fit`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from langchain_mistral_secure.detection.scorer.features import (
    HashedText,
    window_spans,
)
from langchain_mistral_secure.detection.scorer.train_config import TrainConfig

__all__ = ["Source", "Windows", "build_windows"]

F32 = npt.NDArray[np.float32]
I64 = npt.NDArray[np.int64]
F64 = npt.NDArray[np.float64]

_NEG_WINDOWS = 48


@dataclass
class Source:
    """One data file: its rows' labels, ids and hashed texts."""

    name: str
    labels: npt.NDArray[np.int8]
    valid: npt.NDArray[np.bool_]
    hashed: list[HashedText] = field(repr=False)
    validated: bool = True


@dataclass
class Windows:
    """Training windows as a CSR matrix plus per-window labels and owners."""

    indptr: I64
    indices: npt.NDArray[np.int32]
    data: F32
    label: F64
    source: I64
    row: I64
    whole: npt.NDArray[np.bool_]
    folder: I64 | None = None
    """Per source: its extra data folder's index (the source's own if none)."""


def _by_position(
    hashed: HashedText, config: TrainConfig
) -> list[tuple[I64, I64, float]]:
    """Each group's (buckets, positions, value scale), sorted by position."""
    groups = []
    sources = [
        (hashed.char_buckets, hashed.char_pos, 1.0),
        (hashed.word_buckets, hashed.word_pos, 1.0),
    ]
    if config.concepts:
        sources.append(
            (hashed.concept_buckets, hashed.concept_pos, config.concept_scale)
        )
    for buckets, positions, scale in sources:
        order = np.argsort(positions, kind="stable")
        groups.append((buckets[order], positions[order], scale))
    return groups


def _window_features(
    groups: list[tuple[I64, I64, float]], start: int, end: int
) -> tuple[I64, F32]:
    """Buckets and values of one window, as the scorer computes it.

    A group's values are multiplied by its scale in training; the saved
    weights carry the scale instead (:func:`.fit.fold_scale`), so inference is
    unchanged.
    """
    parts: list[I64] = []
    values: list[F32] = []
    for buckets, positions, scale in groups:
        lo, hi = np.searchsorted(positions, (start, end))
        if hi > lo:
            parts.append(buckets[lo:hi])
            values.append(np.full(hi - lo, scale / np.sqrt(hi - lo), np.float32))
    if not parts:
        return np.zeros(0, np.int64), np.zeros(0, np.float32)
    return np.concatenate(parts), np.concatenate(values)


def _windows_of(
    hashed: HashedText, label: int, scales: tuple[tuple[int, int], ...]
) -> tuple[I64, I64]:
    """Window (starts, ends) of a text that training sees.

    Benign texts keep at most ``_NEG_WINDOWS`` evenly spaced windows; attack
    texts keep all, for choosing their best window.
    """
    starts, ends = window_spans(hashed.length, scales)
    if label == 0 and starts.shape[0] > _NEG_WINDOWS:
        pick = np.linspace(0, starts.shape[0] - 1, _NEG_WINDOWS).round()
        starts, ends = starts[pick.astype(np.int64)], ends[pick.astype(np.int64)]
    return starts, ends


def build_windows(sources: Sequence[Source], config: TrainConfig) -> Windows:
    """Cut every text into training windows (one CSR matrix for all files)."""
    indptr = [0]
    indices: list[I64] = []
    data: list[F32] = []
    label: list[int] = []
    owner: list[int] = []
    row_of: list[int] = []
    whole: list[bool] = []
    offset = 0
    for s_index, source in enumerate(sources):
        for r_index, (hashed, y) in enumerate(
            zip(source.hashed, source.labels, strict=True)
        ):
            starts, ends = _windows_of(hashed, int(y), config.scales)
            groups = _by_position(hashed, config)
            for start, end in zip(starts.tolist(), ends.tolist(), strict=True):
                whole.append(start == 0 and end >= hashed.length)
                idx, val = _window_features(groups, start, end)
                indices.append(idx)
                data.append(val)
                indptr.append(indptr[-1] + idx.shape[0])
                label.append(int(y))
                owner.append(s_index)
                row_of.append(offset + r_index)
        offset += len(source.hashed)
    return Windows(
        indptr=np.array(indptr, dtype=np.int64),
        indices=np.concatenate(indices).astype(np.int32),
        data=np.concatenate(data),
        label=np.array(label, dtype=np.float64),
        source=np.array(owner, dtype=np.int64),
        row=np.array(row_of, dtype=np.int64),
        whole=np.array(whole, dtype=bool),
        folder=_folders([s.name for s in sources]),
    )


def _folders(names: Sequence[str]) -> I64:
    """Per source: one index per extra data folder (``folder/stem``), else its own."""
    keys = [n.partition("/")[0] if "/" in n else f"/{i}" for i, n in enumerate(names)]
    return np.array([keys.index(k) for k in keys], dtype=np.int64)
