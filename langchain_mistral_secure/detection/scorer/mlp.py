"""The scorer's one-hidden-layer (MLP) head: numpy inference and its fit.

The head reads the same window features as the linear head (hashed character
and word n-grams, concept tags; counts over the square root of each group's
n-gram count), with the hashed buckets folded into ``2**bits`` (their low
bits; the concept slots stay exact), through ``hidden`` ReLU units to one
logit. A window's hidden pre-activations are sums of the first layer's rows,
so, like the linear head's logits, they are differences of cumulative sums
computed once for every window.

:func:`fit_mlp` is the training command's fit of that head (``--hidden``):
weighted logistic loss by mini-batch Adam, numpy only, deterministic for a
seed. It was ported from ``benchmarks/_variant_heads.py`` (``fit_mlp``,
``mlp_window_logits``), where the head was first compared.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import numpy as np
import numpy.typing as npt

from langchain_mistral_secure.detection.scorer.features import (
    CHAR_ORDERS,
    CONCEPT_DIM,
    HASH_BITS,
    STRIDE,
    WINDOW,
    HashedText,
    window_spans,
)

if TYPE_CHECKING:
    from langchain_mistral_secure.detection.scorer.fit import TrainConfig, Windows

__all__ = ["MlpHead", "fit_mlp", "fold_buckets", "mlp_window_logits"]

F32 = npt.NDArray[np.float32]
F64 = npt.NDArray[np.float64]
I64 = npt.NDArray[np.int64]

_BATCH = 1024
_LEARNING_RATE = 0.01
_INIT_SCALE = 0.1


@dataclass(frozen=True)
class MlpHead:
    """Weights of a one-hidden-layer head.

    Attributes:
        w1: First layer, ``(2**bits + CONCEPT_DIM, hidden)`` float32.
        b1: Hidden biases, ``(hidden,)``.
        w2: Output weights, ``(hidden,)``.
        b2: Output bias.
        bits: The hashed buckets are folded into ``2**bits``.
    """

    w1: F32
    b1: F32
    w2: F32
    b2: float
    bits: int

    def rounded(self) -> MlpHead:
        """The head as shipped: every array through float16 (what inference sees)."""
        return MlpHead(
            w1=_half(self.w1),
            b1=_half(self.b1),
            w2=_half(self.w2),
            b2=self.b2,
            bits=self.bits,
        )


def _half(array: F32) -> F32:
    out: F32 = array.astype(np.float16).astype(np.float32)
    return out


def fold_buckets(buckets: Any, bits: int) -> I64:
    """Map feature slots (``2**HASH_BITS`` buckets, then concepts) to the head's rows.

    Example:
        >>> int(fold_buckets(np.array([(1 << HASH_BITS) + 5]), 16)[0]) == (1 << 16) + 5
        True
    """
    idx = np.asarray(buckets, dtype=np.int64)
    base = 1 << HASH_BITS
    low = idx & ((1 << bits) - 1)
    folded: I64 = np.where(idx < base, low, idx - base + (1 << bits))
    return folded


def _prefix_at(per_row: F32, cuts: I64) -> F32:
    """Cumulative sums of ``per_row`` before each of ``cuts`` (sorted or not)."""
    points = np.unique(cuts)
    inner = points[(points > 0) & (points < per_row.shape[0])]
    sums = np.zeros((points.shape[0], per_row.shape[1]), np.float32)
    if per_row.shape[0]:
        edges = np.concatenate(([0], inner))
        running = np.cumsum(np.add.reduceat(per_row, edges, axis=0), axis=0)
        # Each cut's prefix: the running sum of the parts that end before it.
        placed = np.searchsorted(edges, points, side="left")
        ok = placed > 0
        sums[ok] = running[placed[ok] - 1]
        sums[points >= per_row.shape[0]] = running[-1]
    out: F32 = sums[np.searchsorted(points, cuts)]
    return out


def mlp_window_logits(
    hashed: HashedText,
    head: MlpHead,
    scales: tuple[tuple[int, int], ...] = ((WINDOW, STRIDE),),
) -> tuple[I64, I64, F64]:
    """(starts, ends, logits) of every window of a hashed text by ``head``.

    Concept features count when ``hashed`` has them (the caller hashes with
    concepts when the model was trained with them).

    Example:
        >>> from langchain_mistral_secure.detection.scorer.features import hash_text
        >>> head = MlpHead(
        ...     w1=np.ones(((1 << 4) + CONCEPT_DIM, 2), np.float32),
        ...     b1=np.zeros(2, np.float32),
        ...     w2=np.ones(2, np.float32),
        ...     b2=0.0,
        ...     bits=4,
        ... )
        >>> starts, ends, logits = mlp_window_logits(hash_text("hello world"), head)
        >>> len(starts) == len(ends) == len(logits) == 1, bool(logits[0] > 0)
        (True, True)
    """
    w1 = head.w1
    size = hashed.length
    starts, ends = window_spans(size, scales)
    z = np.zeros((starts.shape[0], w1.shape[1]), np.float32)
    if hashed.char_buckets.shape[0]:
        values = np.take(w1, fold_buckets(hashed.char_buckets, head.bits), axis=0)
        per_position = np.zeros((size, w1.shape[1]), np.float32)
        counts = np.zeros(starts.shape[0], np.int64)
        at = 0
        for order in CHAR_ORDERS:
            if size >= order:
                count = size - order + 1
                per_position[:count] += values[at : at + count]
                counts += np.minimum(ends, count) - np.minimum(starts, count)
                at += count
        sums = _prefix_at(per_position, np.concatenate((ends, starts)))
        n = starts.shape[0]
        z += (sums[:n] - sums[n:]) / np.sqrt(np.maximum(counts, 1))[:, None]
    for buckets, positions in (
        (hashed.word_buckets, hashed.word_pos),
        (hashed.concept_buckets, hashed.concept_pos),
    ):
        if buckets.shape[0] == 0:
            continue
        total = np.zeros((buckets.shape[0] + 1, w1.shape[1]), np.float32)
        np.cumsum(
            np.take(w1, fold_buckets(buckets, head.bits), axis=0),
            axis=0,
            out=total[1:],
        )
        hi = np.searchsorted(positions, ends)
        lo = np.searchsorted(positions, starts)
        z += (total[hi] - total[lo]) / np.sqrt(np.maximum(hi - lo, 1))[:, None]
    logits = np.maximum(z + head.b1, 0) @ head.w2 + head.b2
    return starts, ends, logits.astype(np.float64)


def _sigmoid(z: Any) -> Any:
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def _adam(  # noqa: PLR0913, PLR0917 - Adam's state, one array each
    p: F32, m: F32, sq: F32, grad: F32, c1: float, c2: float
) -> None:
    """One Adam step on ``p`` in place."""
    m *= np.float32(0.9)
    m += np.float32(1 - 0.9) * grad
    sq *= np.float32(0.999)
    sq += np.float32(1 - 0.999) * grad * grad
    p -= np.float32(_LEARNING_RATE / c1) * m / (np.sqrt(sq / np.float32(c2)) + 1e-8)


def _hidden(w1: F32, b1: F32, idx: Any, val: F32, lengths: I64) -> F32:
    """Pre-activations (rows, units) of CSR rows."""
    z = np.zeros((lengths.shape[0], w1.shape[1]), np.float32)
    full = lengths > 0
    if full.any():
        starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))[full]
        z[full] = np.add.reduceat(w1[idx] * val[:, None], starts, axis=0)
    out: F32 = z + b1
    return out


def fit_mlp(
    win: Windows,
    rows: I64,
    sample_weight: F64,
    config: TrainConfig,
    salt: int,
) -> MlpHead:
    """Fit a ``config.hidden``-unit head on the windows ``rows``; deterministic.

    Weighted logistic loss (``sample_weight`` per window, as the linear fit
    takes it), L2 ``config.l2``, Adam at a learning rate of 0.01 in batches of
    1024, ``config.mlp_epochs`` epochs. Concept values are scaled by
    ``config.concept_scale`` in training and the scale is folded into the
    returned first layer, so inference is unchanged.
    """
    rng = np.random.default_rng([config.seed, salt])
    order = rows[rng.permutation(rows.shape[0])]
    starts = win.indptr[order]
    lengths = win.indptr[order + 1] - starts
    first = np.repeat(starts - np.concatenate(([0], np.cumsum(lengths)[:-1])), lengths)
    pos = first + np.arange(int(lengths.sum()), dtype=np.int64)
    indices = fold_buckets(win.indices[pos], config.mlp_bits)
    values = win.data[pos]
    bounds = np.concatenate(([0], np.cumsum(lengths)))
    labels = win.label[order]
    scale = sample_weight[order] / (sample_weight[rows].sum() / rows.shape[0])
    dim, hidden = (1 << config.mlp_bits) + CONCEPT_DIM, config.hidden
    w1 = (rng.standard_normal((dim, hidden)) * _INIT_SCALE).astype(np.float32)
    b1 = np.zeros(hidden, np.float32)
    w2 = (rng.standard_normal(hidden) / np.sqrt(hidden)).astype(np.float32)
    params = [w1, b1, w2]
    moments = [(np.zeros_like(p), np.zeros_like(p)) for p in params]
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
            z = _hidden(w1, b1, idx, val, lengths[lo:hi])
            h = np.maximum(z, 0)
            out = h @ w2 + b2
            g = ((_sigmoid(out) - labels[lo:hi]) * scale[lo:hi]).astype(np.float32) / n
            dz = np.outer(g, w2) * (z > 0)
            de = dz[np.repeat(np.arange(n), lengths[lo:hi])] * val[:, None]
            perm = np.argsort(idx, kind="stable")
            sidx = idx[perm]
            head = np.ones(sidx.shape[0], bool)
            head[1:] = sidx[1:] != sidx[:-1]
            gw1 = l2 * w1
            gw1[sidx[head]] += np.add.reduceat(de[perm], np.flatnonzero(head), axis=0)
            grads = [gw1, dz.sum(0), h.T @ g + l2 * w2]
            step += 1
            c1, c2 = 1 - 0.9**step, 1 - 0.999**step
            for (m, sq), grad, param in zip(moments, grads, params, strict=True):
                _adam(param, m, sq, grad, c1, c2)
            gb = float(g.sum())
            mb = 0.9 * mb + (1 - 0.9) * gb
            vb = 0.999 * vb + (1 - 0.999) * gb * gb
            b2 -= _LEARNING_RATE * (mb / c1) / (np.sqrt(vb / c2) + 1e-8)
    w1[1 << config.mlp_bits :] *= np.float32(
        config.concept_scale if config.concepts else 0.0
    )
    return MlpHead(w1=w1, b1=b1, w2=w2, b2=float(b2), bits=config.mlp_bits)
