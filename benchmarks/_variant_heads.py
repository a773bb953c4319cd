"""The scorer head variants' trainers and the MLP head's numpy inference.

Split out of ``benchmarks.scorer_variants`` (which re-exports every name):
that module runs the held-out protocol and prints the table; this one fits
one head on the training arrays (``fit_linear``, ``fit_mlp``, and
``fit_variant``, the shipped two-round recipe around either) and scores
texts with an MLP head (``mlp_window_logits``). Numpy only, deterministic.

The training command's own MLP head (``--hidden``) was ported from these two
functions into ``langchain_mistral_secure.detection.scorer.mlp``; they stay
here unchanged as the record the variant figures came from.
"""

# ruff: noqa: PLC0415, PLR0913, PLR0917
# (the package is imported lazily like in the other benchmark modules; the
# fitting helpers take the training arrays as separate arguments)

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np


@dataclass(frozen=True)
class Variant:
    """One head and its training settings."""

    name: str
    head: str = "linear"
    bits: int = 18
    dropout: float = 0.0
    l2: float = 1e-5
    hidden: int = 16
    epochs: int = 1
    word_drop: float = 0.0
    balance: str = "equal"


def _sigmoid(z: Any) -> Any:
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def _remap(
    indices: Any, bits: int, hash_bits: int, concept_dim: int
) -> tuple[Any, int]:
    """Fold hashed buckets into ``2**bits`` (low bits); concept slots stay exact."""
    if bits >= hash_bits:
        return indices, (1 << hash_bits) + concept_dim
    idx = indices.astype(np.int64)
    base = 1 << hash_bits
    folded = np.where(idx < base, idx & ((1 << bits) - 1), idx - base + (1 << bits))
    return folded.astype(np.int32), (1 << bits) + concept_dim


def _block(win: Any, idxs: Any, rows: Any, rng: Any) -> tuple[Any, ...]:
    """The rows shuffled and gathered into one contiguous CSR block."""
    order = rows[rng.permutation(rows.shape[0])]
    starts = win.indptr[order]
    lengths = win.indptr[order + 1] - starts
    first = np.repeat(starts - np.concatenate(([0], np.cumsum(lengths)[:-1])), lengths)
    pos = first + np.arange(int(lengths.sum()), dtype=np.int64)
    bounds = np.concatenate(([0], np.cumsum(lengths)))
    return order, idxs[pos], win.data[pos], lengths, bounds


def _adam(p: Any, m: Any, v: Any, g: Any, lr: float, step: int) -> None:
    """One Adam step on float32 ``p`` in place (``g`` is overwritten)."""
    c1, c2 = 1 - 0.9**step, 1 - 0.999**step
    m *= np.float32(0.9)
    m += np.float32(0.1) * g
    v *= np.float32(0.999)
    g *= g
    v += np.float32(0.001) * g
    denom = np.sqrt(v * np.float32(1 / c2))
    denom += np.float32(1e-8)
    p -= np.float32(lr / c1) * m / denom


class _Bias:
    """Adam on a float64 scalar (as the training command fits its bias)."""

    def __init__(self, lr: float) -> None:
        self.value, self.m, self.v, self.lr = 0.0, 0.0, 0.0, lr

    def update(self, g: float, step: int) -> None:
        self.m = 0.9 * self.m + (1 - 0.9) * g
        self.v = 0.999 * self.v + (1 - 0.999) * g * g
        c1, c2 = 1 - 0.9**step, 1 - 0.999**step
        self.value -= self.lr * (self.m / c1) / (np.sqrt(self.v / c2) + 1e-8)


def _drop(val: Any, rate: float, rng: Any) -> Any:
    if not rate:
        return val
    return val * (rng.random(val.shape[0]) >= rate) / np.float32(1 - rate)


def fit_linear(
    win: Any,
    idxs: Any,
    dim: int,
    rows: Any,
    weight: Any,
    salt: int,
    v: Variant,
    epochs: int,
) -> tuple[Any, float]:
    """The shipped head's fit (weighted L2 logistic regression, Adam)."""
    rng = np.random.default_rng([0, salt])
    order, indices, values, lengths, bounds = _block(win, idxs, rows, rng)
    labels = win.label[order]
    scale = weight[order] / (weight[rows].sum() / rows.shape[0])
    w = np.zeros(dim, np.float32)
    m, sq = np.zeros(dim, np.float32), np.zeros(dim, np.float32)
    bias = _Bias(0.08)
    starts = np.arange(0, order.shape[0], 2048)
    step = 0
    for _ in range(epochs):
        for lo in starts[rng.permutation(starts.shape[0])]:
            hi = min(lo + 2048, order.shape[0])
            idx = indices[bounds[lo] : bounds[hi]]
            val = _drop(values[bounds[lo] : bounds[hi]], v.dropout, rng)
            owner = np.repeat(np.arange(hi - lo), lengths[lo:hi])
            z = bias.value + np.bincount(owner, weights=val * w[idx], minlength=hi - lo)
            g = (_sigmoid(z) - labels[lo:hi]) * scale[lo:hi]
            grad = np.bincount(idx, weights=val * g[owner], minlength=dim).astype(
                np.float32
            )
            grad *= np.float32(1.0 / (hi - lo))
            grad += np.float32(v.l2) * w
            step += 1
            _adam(w, m, sq, grad, 0.08, step)
            bias.update(float(g.mean()), step)
    return w, bias.value


def _csr(win: Any, idxs: Any, part: Any) -> tuple[Any, Any, Any]:
    starts = win.indptr[part]
    lengths = win.indptr[part + 1] - starts
    first = np.repeat(starts - np.concatenate(([0], np.cumsum(lengths)[:-1])), lengths)
    pos = first + np.arange(int(lengths.sum()), dtype=np.int64)
    return idxs[pos], win.data[pos], lengths


def _linear_logits(win: Any, idxs: Any, rows: Any, w: Any, b: float) -> Any:
    out = np.empty(rows.shape[0])
    for lo in range(0, rows.shape[0], 4096):
        idx, val, lengths = _csr(win, idxs, rows[lo : lo + 4096])
        owner = np.repeat(np.arange(lengths.shape[0]), lengths)
        out[lo : lo + 4096] = b + np.bincount(
            owner, weights=val * w[idx], minlength=lengths.shape[0]
        )
    return out


def _hidden(w1: Any, b1: Any, idx: Any, val: Any, lengths: Any) -> Any:
    """Pre-activations (rows, units) of CSR rows."""
    z = np.zeros((lengths.shape[0], w1.shape[1]), np.float32)
    full = lengths > 0
    if full.any():
        starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))[full]
        z[full] = np.add.reduceat(w1[idx] * val[:, None], starts, axis=0)
    return z + b1


def _adam_mlp(p: Any, m: Any, sq: Any, grad: Any, c1: float, c2: float) -> None:
    """One Adam step (learning rate 0.01) on ``p`` in place."""
    m *= np.float32(0.9)
    m += np.float32(1 - 0.9) * grad
    sq *= np.float32(0.999)
    sq += np.float32(1 - 0.999) * grad * grad
    p -= np.float32(0.01 / c1) * m / (np.sqrt(sq / np.float32(c2)) + 1e-8)


def fit_mlp(
    win: Any, idxs: Any, dim: int, rows: Any, weight: Any, salt: int, v: Variant
) -> Callable[[Any], Any]:
    """One hidden ReLU layer over the sparse window features, Adam."""
    rng = np.random.default_rng([0, salt])
    order, indices, values, lengths, bounds = _block(win, idxs, rows, rng)
    labels = win.label[order]
    scale = weight[order] / (weight[rows].sum() / rows.shape[0])
    w1 = (rng.standard_normal((dim, v.hidden)) * 0.1).astype(np.float32)
    b1 = np.zeros(v.hidden, np.float32)
    w2 = (rng.standard_normal(v.hidden) / np.sqrt(v.hidden)).astype(np.float32)
    params = [w1, b1, w2]
    moments = [(np.zeros_like(p), np.zeros_like(p)) for p in params]
    bias = _Bias(0.01)
    starts = np.arange(0, order.shape[0], 1024)
    step = 0
    for _ in range(v.epochs):
        for lo in starts[rng.permutation(starts.shape[0])]:
            hi = min(lo + 1024, order.shape[0])
            n = hi - lo
            idx = indices[bounds[lo] : bounds[hi]]
            val = _drop(values[bounds[lo] : bounds[hi]], v.dropout, rng)
            z = _hidden(w1, b1, idx, val, lengths[lo:hi])
            h = np.maximum(z, 0)
            out = h @ w2 + bias.value
            g = ((_sigmoid(out) - labels[lo:hi]) * scale[lo:hi]).astype(np.float32) / n
            dz = np.outer(g, w2) * (z > 0)
            de = dz[np.repeat(np.arange(n), lengths[lo:hi])] * val[:, None]
            perm = np.argsort(idx, kind="stable")
            sidx = idx[perm]
            first = np.ones(sidx.shape[0], bool)
            first[1:] = sidx[1:] != sidx[:-1]
            gw1 = np.float32(v.l2) * w1
            gw1[sidx[first]] += np.add.reduceat(de[perm], np.flatnonzero(first), axis=0)
            grads = [gw1, dz.sum(0), h.T @ g + np.float32(v.l2) * w2]
            step += 1
            c1, c2 = 1 - 0.9**step, 1 - 0.999**step
            for (m, sq), grad, param in zip(moments, grads, params, strict=True):
                _adam_mlp(param, m, sq, grad, c1, c2)
            bias.update(float(g.sum()), step)
    w1h = w1.astype(np.float16).astype(np.float32)
    b2 = bias.value

    def logits(r: Any) -> Any:
        out = np.empty(r.shape[0])
        for lo in range(0, r.shape[0], 2048):
            idx, val, lengths_ = _csr(win, idxs, r[lo : lo + 2048])
            out[lo : lo + 2048] = (
                np.maximum(_hidden(w1h, b1, idx, val, lengths_), 0) @ w2 + b2
            )
        return out

    return logits


def fit_variant(win: Any, idxs: Any, dim: int, rows: Any, salt: int, v: Variant) -> Any:
    """The shipped recipe (two rounds, hard negatives) with ``v``'s head."""
    from langchain_mistral_secure.detection.scorer import fit

    first = rows[(win.label[rows] == 0) | win.whole[rows]]
    weight = fit._row_weights(win, first, v.balance)  # noqa: SLF001
    w, b = fit_linear(win, idxs, dim, first, weight, salt, v, epochs=2)

    def score(r: Any) -> Any:
        return _linear_logits(win, idxs, r, w, b)

    # Each attack text keeps its best window (multiple-instance learning).
    z = score(rows)
    positive = win.label[rows] == 1
    pos_rows, pos_z = rows[positive], z[positive]
    order = np.lexsort((-pos_z, win.row[pos_rows]))
    texts = win.row[pos_rows][order]
    keep = np.ones(order.shape[0], bool)
    keep[1:] = texts[1:] != texts[:-1]
    chosen = np.sort(np.concatenate([rows[~positive], pos_rows[order][keep]]))
    sample = fit._row_weights(win, chosen, v.balance)  # noqa: SLF001
    # Hard negatives: each benign file's top 5% of windows weighs 5 times.
    benign = chosen[win.label[chosen] == 0]
    z_benign = score(benign)
    total = sample[benign].sum()
    for source in np.unique(win.source[benign]):
        mine = win.source[benign] == source
        cut = np.quantile(z_benign[mine], 0.95)
        sample[benign[mine & (z_benign >= cut)]] *= 5.0
    sample[benign] *= total / sample[benign].sum()
    if v.head == "mlp":
        return fit_mlp(win, idxs, dim, chosen, sample, salt + 1, v)
    w, b = fit_linear(win, idxs, dim, chosen, sample, salt + 1, v, epochs=3)
    w16 = w.astype(np.float16).astype(np.float32)
    return lambda r: _linear_logits(win, idxs, r, w16, b)


def mlp_window_logits(
    hashed: Any, head: tuple[Any, Any, Any, float], bits: int
) -> tuple[Any, Any, Any]:
    """(starts, ends, logits) of every window by a one-hidden-layer head.

    The harness keeps its ``(w1, b1, w2, b2)`` tuples; the inference itself is
    the package's (``detection.scorer.mlp``), which was ported from here.
    """
    from langchain_mistral_secure.detection.scorer import mlp

    w1, b1, w2, b2 = head
    return mlp.mlp_window_logits(
        hashed, mlp.MlpHead(w1=w1, b1=b1, w2=w2, b2=float(b2), bits=bits)
    )
