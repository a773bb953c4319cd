"""Windows and the logistic-regression fit behind the scorer's training command.

Every text becomes windows (a CSR matrix of hashed features, exactly as the
scorer computes them); the fit is weighted L2 logistic regression by
mini-batch Adam, numpy only and deterministic for a seed. Attack texts are
bags of windows: a first round learns from benign windows and whole short
attacks, then each attack keeps only its best window (multiple-instance
learning).
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

from langchain_mistral_secure.detection.scorer.features import CONCEPT_DIM, HASH_BITS
from langchain_mistral_secure.detection.scorer.mlp import MlpHead, fit_mlp
from langchain_mistral_secure.detection.scorer.train_config import TrainConfig

# Moved to train_windows.py; re-exported for their callers (tests, benchmarks).
from langchain_mistral_secure.detection.scorer.train_windows import (  # noqa: F401
    Source,
    Windows,
    _by_position,
    _folders,
    _window_features,
    build_windows,
)

__all__ = [
    "Source",
    "TrainConfig",
    "Windows",
    "build_windows",
    "fit_windows",
    "fold_scale",
    "sigmoid",
]

F32 = npt.NDArray[np.float32]
F64 = npt.NDArray[np.float64]
F32W = npt.NDArray[np.float32]
I64 = npt.NDArray[np.int64]

_DIM = (1 << HASH_BITS) + CONCEPT_DIM


def fold_scale(weights: F32W, config: TrainConfig) -> F32W:
    """Weights for inference: the concept slots times their training scale."""
    out: F32W = weights.copy()
    out[1 << HASH_BITS :] *= np.float32(
        config.concept_scale if config.concepts else 0.0
    )
    return out


def _gather(win: Windows, rows: I64) -> tuple[I64, npt.NDArray[np.int32], F32]:
    """(batch row of each entry, bucket, value) for the CSR rows ``rows``."""
    starts = win.indptr[rows]
    lengths = win.indptr[rows + 1] - starts
    total = int(lengths.sum())
    owner = np.repeat(np.arange(rows.shape[0], dtype=np.int64), lengths)
    first = np.repeat(starts - np.concatenate(([0], np.cumsum(lengths)[:-1])), lengths)
    pos = first + np.arange(total, dtype=np.int64)
    return owner, win.indices[pos], win.data[pos]


def _logits(win: Windows, rows: I64, weights: F32W, bias: float) -> F64:
    out = np.empty(rows.shape[0], dtype=np.float64)
    step = 4096
    for lo in range(0, rows.shape[0], step):
        part = rows[lo : lo + step]
        owner, idx, val = _gather(win, part)
        out[lo : lo + step] = bias + np.bincount(
            owner, weights=val * weights[idx], minlength=part.shape[0]
        )
    return out


def sigmoid(z: F64) -> F64:
    """The logistic function, computed without overflow."""
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def _fit(  # noqa: PLR0913, PLR0917
    win: Windows,
    rows: I64,
    sample_weight: F64,
    config: TrainConfig,
    salt: int,
    start: tuple[F32W, float] | None = None,
    epochs: int | None = None,
) -> tuple[F32W, float]:
    """Weighted L2 logistic regression by mini-batch Adam; deterministic.

    The rows are shuffled and gathered into one contiguous block once; each
    epoch then visits the mini-batches of that block in a new order.
    """
    rng = np.random.default_rng([config.seed, salt])
    order = rows[rng.permutation(rows.shape[0])]
    _, indices, values = _gather(win, order)
    lengths = win.indptr[order + 1] - win.indptr[order]
    bounds = np.concatenate(([0], np.cumsum(lengths)))
    labels = win.label[order]
    norm = sample_weight[rows].sum() / rows.shape[0]
    scale = sample_weight[order] / norm
    weights = np.zeros(_DIM, np.float32) if start is None else start[0].copy()
    bias = 0.0 if start is None else start[1]
    m = np.zeros(_DIM, np.float32)
    v = np.zeros(_DIM, np.float32)
    mb = vb = 0.0
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    batches = np.arange(0, order.shape[0], config.batch)
    step = 0
    rounds = config.epochs if epochs is None else epochs
    mean_w, mean_b = np.zeros(_DIM, np.float64), 0.0
    for epoch in range(rounds):
        for lo in batches[rng.permutation(batches.shape[0])]:
            hi = min(lo + config.batch, order.shape[0])
            idx = indices[bounds[lo] : bounds[hi]]
            val = values[bounds[lo] : bounds[hi]]
            owner = np.repeat(np.arange(hi - lo), lengths[lo:hi])
            z = bias + np.bincount(owner, weights=val * weights[idx], minlength=hi - lo)
            g = (sigmoid(z.astype(np.float64)) - labels[lo:hi]) * scale[lo:hi]
            grad = np.bincount(idx, weights=val * g[owner], minlength=_DIM).astype(
                np.float32
            )
            grad *= np.float32(1.0 / (hi - lo))
            grad += np.float32(config.l2) * weights
            gb = float(g.mean())
            step += 1
            m *= np.float32(beta1)
            m += np.float32(1 - beta1) * grad
            v *= np.float32(beta2)
            grad *= grad
            v += np.float32(1 - beta2) * grad
            mb = beta1 * mb + (1 - beta1) * gb
            vb = beta2 * vb + (1 - beta2) * gb * gb
            c1, c2 = 1 - beta1**step, 1 - beta2**step
            denom = np.sqrt(v * np.float32(1 / c2))
            denom += np.float32(eps)
            weights -= np.float32(config.learning_rate / c1) * m / denom
            bias -= config.learning_rate * (mb / c1) / (np.sqrt(vb / c2) + eps)
            if config.average_iterates and epoch == rounds - 1:
                mean_w += weights
                mean_b += bias
    if config.average_iterates and rounds:
        count = batches.shape[0]
        return (mean_w / count).astype(np.float32), mean_b / count
    return weights, bias


def _row_weights(win: Windows, rows: I64, balance: str) -> F64:
    """Per-window weights for the windows ``rows``.

    Each (file, class) group gets a total weight: 1 with ``balance="equal"``
    (so a benign file and an attack file built on the same documents cancel
    out on the documents' own wording, and no big file dominates), or the
    square root of its text count with ``"sqrt"``. With ``"corpus"``, every
    file of one extra data folder shares one (folder, class) weight of 1,
    split evenly over its files, so a corpus weighs what one public file
    does. A file's weight is split evenly over its texts, and each text's
    share is divided by the square root of its window count; then both
    classes are scaled to the same total.
    """
    weight = np.zeros(win.label.shape[0], dtype=np.float64)
    key = win.source[rows] * 2 + win.label[rows].astype(np.int64)
    per_text = np.bincount(win.row[rows], minlength=int(win.row.max()) + 1)
    folder = np.arange(int(win.source.max()) + 1) if win.folder is None else win.folder
    # Files per (folder, class): a corpus's weight is split over its files.
    fkey = folder[win.source[rows]] * 2 + win.label[rows].astype(np.int64)
    files = {int(k): np.unique(key[fkey == k]).shape[0] for k in np.unique(fkey)}
    totals = {0: 0.0, 1: 0.0}
    for group in np.unique(key):
        members = rows[key == group]
        texts = np.unique(win.row[members]).shape[0]
        total = float(np.sqrt(texts)) if balance == "sqrt" else 1.0
        if balance == "corpus":
            total /= files[int(folder[group // 2] * 2 + group % 2)]
        weight[members] = total / texts / np.sqrt(per_text[win.row[members]])
        totals[int(group % 2)] += total
    for cls in (0, 1):
        chosen = rows[win.label[rows] == cls]
        if totals[cls]:
            weight[chosen] /= totals[cls]
    return weight


_HARD_SHARE = 0.05


def _hard_negatives(  # noqa: PLR0913, PLR0917
    win: Windows,
    rows: I64,
    sample: F64,
    weights: F32W,
    bias: float,
    config: TrainConfig,
) -> F64:
    """Weigh up the benign windows the first round scores highest, per file.

    The flag threshold is set by the top 1% of the hardest benign file, so
    the final fit spends more of its benign weight on each file's top
    ``_HARD_SHARE`` of windows (``hard_negatives`` times their share); the
    benign class keeps its total weight.
    """
    benign = rows[win.label[rows] == 0]
    logits = _logits(win, benign, weights, bias)
    out: F64 = sample.copy()
    total = out[benign].sum()
    for source in np.unique(win.source[benign]):
        mine = win.source[benign] == source
        cut = np.quantile(logits[mine], 1.0 - _HARD_SHARE)
        out[benign[mine & (logits >= cut)]] *= 1.0 + config.hard_negatives
    out[benign] *= total / out[benign].sum()
    return out


def _best_windows(win: Windows, rows: I64, weights: F32W, bias: float) -> I64:
    """Keep every benign window and each attack text's best-scoring window."""
    logits = _logits(win, rows, weights, bias)
    positive = win.label[rows] == 1
    pos_rows, pos_logits = rows[positive], logits[positive]
    order = np.lexsort((-pos_logits, win.row[pos_rows]))
    texts = win.row[pos_rows][order]
    first = np.ones(order.shape[0], dtype=bool)
    first[1:] = texts[1:] != texts[:-1]
    return np.sort(np.concatenate([rows[~positive], pos_rows[order][first]]))


def fit_windows(
    win: Windows, rows: I64, config: TrainConfig, salt: int
) -> tuple[F32W, float] | MlpHead:
    """Two rounds: attack weight spread over windows, then best window only.

    The first round is always the linear head (it picks each attack's best
    window and the hard negatives); the second fits the linear head, or the
    MLP head (:mod:`.mlp`) when ``config.hidden`` is set.
    """
    # Round one learns from benign windows and from attacks that fit in one
    # window, so it knows what an instruction looks like before it picks the
    # window of each long attack that holds one.
    first = rows[(win.label[rows] == 0) | win.whole[rows]]
    weights, bias = _fit(
        win, first, _row_weights(win, first, config.balance), config, salt
    )
    chosen = _best_windows(win, rows, weights, bias)
    sample = _row_weights(win, chosen, config.balance)
    if config.hard_negatives:
        sample = _hard_negatives(win, chosen, sample, weights, bias, config)
    if config.hidden:
        return fit_mlp(win, chosen, sample, config, salt + 1)
    return _fit(
        win,
        chosen,
        sample,
        config,
        salt + 1,
        start=(weights, bias) if config.warm_start else None,
        epochs=config.refit_epochs,
    )
