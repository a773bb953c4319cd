"""The token scorer with mean and max pooling inside each window (an option).

:mod:`benchmarks.token_scorer` fits the scorer's MLP head over token
features, which pools a window's token embeddings by their (scaled) mean
only. This head pools both ways, as fastText-style classifiers with a max
channel do: a window's vector is ``[mean, max]`` of its features'
embeddings (``dim`` each), read by ``hidden`` ReLU units and one logit;
the text's score is its best window's. Numpy only, deterministic for a
seed, Adam on the weighted logistic loss; the same two rounds as the
shipped fit (a linear first round picks each attack's best window and the
hard negatives, :mod:`...scorer.fit`), only the second round's head differs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import numpy.typing as npt

from langchain_mistral_secure.detection.scorer._window_spans import window_spans_of
from langchain_mistral_secure.detection.scorer.features import HashedText
from langchain_mistral_secure.detection.scorer.fit import (
    TrainConfig,
    Windows,
    _best_windows,
    _fit,
    _hard_negatives,
    _row_weights,
    sigmoid,
)
from langchain_mistral_secure.detection.scorer.mlp import _LEARNING_RATE, _adam

__all__ = [
    "EMBEDDING_DIM",
    "PoolHead",
    "fit_pool_windows",
    "pool_window_logits",
    "score_pool",
]

F32 = npt.NDArray[np.float32]
F64 = npt.NDArray[np.float64]
I64 = npt.NDArray[np.int64]

_BATCH = 1024
_INIT_SCALE = 0.1
EMBEDDING_DIM = 16
"""Width of every token embedding (the pooled vector is twice as wide)."""


@dataclass(frozen=True)
class PoolHead:
    """Embeddings ``(rows, dim)``, hidden layer ``(2 * dim, hidden)``, output."""

    emb: F32
    w1: F32
    b1: F32
    w2: F32
    b2: float

    def rounded(self) -> PoolHead:
        """Every array through float16, as it would ship."""
        half = [a.astype(np.float16).astype(np.float32) for a in (self.emb, self.w1)]
        return PoolHead(
            half[0],
            half[1],
            self.b1.astype(np.float16).astype(np.float32),
            self.w2.astype(np.float16).astype(np.float32),
            self.b2,
        )


def _pool(emb_rows: F32, val: F32, starts: I64, lengths: I64) -> tuple[F32, F32]:
    """Scaled mean and max of each segment of ``emb_rows`` (zeros when empty)."""
    count = lengths.shape[0]
    dim = emb_rows.shape[1]
    mean = np.zeros((count, dim), np.float32)
    peak = np.zeros((count, dim), np.float32)
    full = lengths > 0
    if full.any():
        mean[full] = np.add.reduceat(emb_rows * val[:, None], starts[full], axis=0)
        peak[full] = np.maximum.reduceat(emb_rows, starts[full], axis=0)
    return mean, peak


def fit_pool(  # noqa: PLR0915 - one training loop, its arrays
    win: Windows,
    rows: I64,
    sample_weight: F64,
    config: TrainConfig,
    salt: int,
) -> PoolHead:
    """Fit the pooled head on the windows ``rows`` (features below ``2**bits``)."""
    dim = EMBEDDING_DIM
    rng = np.random.default_rng([config.seed, salt])
    order = rows[rng.permutation(rows.shape[0])]
    starts = win.indptr[order]
    lengths = win.indptr[order + 1] - starts
    first = np.repeat(starts - np.concatenate(([0], np.cumsum(lengths)[:-1])), lengths)
    pos = first + np.arange(int(lengths.sum()), dtype=np.int64)
    indices = win.indices[pos].astype(np.int64)
    values = win.data[pos]
    bounds = np.concatenate(([0], np.cumsum(lengths)))
    labels = win.label[order]
    scale = sample_weight[order] / (sample_weight[rows].sum() / rows.shape[0])
    hidden = config.hidden
    emb = (rng.standard_normal((1 << config.mlp_bits, dim)) * _INIT_SCALE).astype(
        np.float32
    )
    w1 = (rng.standard_normal((2 * dim, hidden)) / np.sqrt(2 * dim)).astype(np.float32)
    b1 = np.zeros(hidden, np.float32)
    w2 = (rng.standard_normal(hidden) / np.sqrt(hidden)).astype(np.float32)
    params = [emb, w1, b1, w2]
    states = [(np.zeros_like(p), np.zeros_like(p)) for p in params]
    b2 = mb = vb = 0.0
    l2 = np.float32(config.l2)
    batches = np.arange(0, order.shape[0], _BATCH)
    step = 0
    for _ in range(config.mlp_epochs):
        for lo in batches[rng.permutation(batches.shape[0])]:
            hi = min(lo + _BATCH, order.shape[0])
            n = hi - lo
            idx = indices[bounds[lo] : bounds[hi]]
            val = values[bounds[lo] : bounds[hi]]
            seg = lengths[lo:hi]
            seg_starts = np.concatenate(([0], np.cumsum(seg)[:-1]))
            owner = np.repeat(np.arange(n), seg)
            rows_e = emb[idx]
            mean, peak = _pool(rows_e, val, seg_starts, seg)
            x = np.concatenate([mean, peak], axis=1)
            z = x @ w1 + b1
            h = np.maximum(z, 0)
            out = h @ w2 + b2
            g = ((sigmoid(out) - labels[lo:hi]) * scale[lo:hi]).astype(np.float32) / n
            dz = np.outer(g, w2) * (z > 0)
            dx = dz @ w1.T
            d_rows = dx[owner, :dim] * val[:, None]
            d_rows += dx[owner, dim:] * (rows_e == peak[owner])
            perm = np.argsort(idx, kind="stable")
            sidx = idx[perm]
            head = np.ones(sidx.shape[0], bool)
            head[1:] = sidx[1:] != sidx[:-1]
            g_emb = l2 * emb
            g_emb[sidx[head]] += np.add.reduceat(
                d_rows[perm], np.flatnonzero(head), axis=0
            )
            grads = [g_emb, x.T @ dz + l2 * w1, dz.sum(0), h.T @ g + l2 * w2]
            step += 1
            c1, c2 = 1 - 0.9**step, 1 - 0.999**step
            for param, (m, sq), grad in zip(params, states, grads, strict=True):
                _adam(param, m, sq, grad.astype(np.float32), c1, c2)
            gb = float(g.sum())
            mb = 0.9 * mb + 0.1 * gb
            vb = 0.999 * vb + 0.001 * gb * gb
            b2 -= (
                _LEARNING_RATE
                * (mb / (1 - 0.9**step))
                / (np.sqrt(vb / (1 - 0.999**step)) + 1e-8)
            )
    return PoolHead(emb=emb, w1=w1, b1=b1, w2=w2, b2=float(b2))


def fit_pool_windows(
    win: Windows, rows: I64, config: TrainConfig, salt: int
) -> PoolHead:
    """:func:`...scorer.fit.fit_windows`'s two rounds with the pooled head."""
    first = rows[(win.label[rows] == 0) | win.whole[rows]]
    weights, bias = _fit(
        win, first, _row_weights(win, first, config.balance), config, salt
    )
    chosen = _best_windows(win, rows, weights, bias)
    sample = _row_weights(win, chosen, config.balance)
    if config.hard_negatives:
        sample = _hard_negatives(win, chosen, sample, weights, bias, config)
    return fit_pool(win, chosen, sample, config, salt + 1)


def pool_window_logits(
    hashed: HashedText, head: PoolHead, scales: tuple[tuple[int, int], ...]
) -> F64:
    """Logit of every window of a token text (its word slots) by ``head``."""
    spans = window_spans_of(hashed.length, scales)
    starts, ends = spans.starts, spans.ends
    positions = hashed.word_pos
    lo = np.searchsorted(positions, starts)
    hi = np.searchsorted(positions, ends)
    rows_e = head.emb[hashed.word_buckets]
    dim = head.emb.shape[1]
    x = np.zeros((starts.shape[0], 2 * dim), np.float32)
    total = np.zeros((rows_e.shape[0] + 1, dim), np.float32)
    np.cumsum(rows_e, axis=0, out=total[1:])
    counts = np.maximum(hi - lo, 1).astype(np.float32)
    x[:, :dim] = (total[hi] - total[lo]) / np.sqrt(counts)[:, None]
    for k, (a, b) in enumerate(zip(lo.tolist(), hi.tolist(), strict=True)):
        if b > a:
            x[k, dim:] = rows_e[a:b].max(axis=0)
    hidden: F32 = np.maximum(x @ head.w1 + head.b1, 0)
    logits: F64 = (hidden @ head.w2 + head.b2).astype(np.float64)
    return logits


def score_pool(
    hashed: list[HashedText], head: Any, scales: tuple[tuple[int, int], ...]
) -> F64:
    """Probability of every text: its best window's, the head rounded to float16."""
    shipped = head.rounded()
    best = [float(np.max(pool_window_logits(h, shipped, scales))) for h in hashed]
    out: F64 = sigmoid(np.array(best, dtype=np.float64))
    return out
