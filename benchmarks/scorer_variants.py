"""Held-out comparison of scorer training variants (the record behind the model card).

``python -m benchmarks.scorer_variants --data ../shared/data/prompt_injection``
trains each variant of the scorer's head under one quick leave-source-out
protocol and prints its recall per attack file and its false-positive rate per
benign file, side by side, at a flag threshold calibrated the way the training
command calibrates it (<= 1% false positives on every benign file scored by a
model that never saw it).

The protocol is the training command's leave-one-source-out made cheaper so
that several variants fit in one run on a shared machine: each of the 11
attack files is held out alone (its document twins with it), as in the
training command, but the benign files are held out in four groups (a benign
file's scores come from a model trained without its group, so the threshold
is slightly stricter than the full protocol's). Texts are scored by their
best training window (benign texts longer than 48 windows: by 48 evenly
spaced ones). Absolute figures are therefore a little below the model card's;
the variants are compared with each other under the same protocol.

Variants (every one keeps the shipped recipe around the head: equal weight
per (file, class), multiple-instance choice of each attack's best window by a
first linear round, hard negatives weighed 5 times):

* ``linear``: the shipped head (logistic regression over 2**18 buckets).
* ``linear-bits16`` / ``linear-bits14``: the hashed buckets folded into
  2**16 / 2**14 (low bits; concept slots kept exact).
* ``linear-dropout30``: feature dropout: each window feature dropped with
  probability 0.3 at every training step (kept ones scaled up).
* ``linear-l2e4``: ten times the L2 penalty.
* ``linear-wordaug25``: every attack row also trained on once with a quarter
  of its words dropped (the copies held out with their file).
* ``linear-sqrt``: per-source reweighting: each (file, class) weighs the
  square root of its row count instead of the same.
* ``mlp-h16``: one hidden ReLU layer of 16 units over 2**16 buckets plus
  the concept slots (float16 weights 2.3 MB), one epoch of Adam.

``--full`` holds every benign file out alone too (30 fits per variant);
``--shard i/n --scores f.npz`` runs every n-th fold so shards can run side by
side, and ``--merge f0.npz f1.npz ...`` (with the same ``--variants`` and
``--full``) turns their logits into the table. ``--latency`` times the heads
on a 4 KB text (hashing, the shipped linear head, the MLP head's numpy
inference).

Numpy only, deterministic (fixed seeds).
"""

# ruff: noqa: PLC0415, PLR0913, PLR0917
# (the package is imported lazily like in the other benchmark modules; the
# fitting helpers take the training arrays as separate arguments)

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

ATTACK_MIN_ROWS = 30
BENIGN_GROUPS = 4
WORD_DROP_SEED = 7


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


VARIANTS = {
    v.name: v
    for v in (
        Variant("linear"),
        Variant("linear-bits16", bits=16),
        Variant("linear-bits14", bits=14),
        Variant("linear-dropout30", dropout=0.3),
        Variant("linear-l2e4", l2=1e-4),
        Variant("linear-wordaug25", word_drop=0.25),
        Variant("linear-sqrt", balance="sqrt"),
        Variant("mlp-h16", head="mlp", bits=16, hidden=16, epochs=1),
    )
}


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


def _word_dropped(folder: Path, rate: float) -> dict[str, list[dict[str, Any]]]:
    """Every attack row of every file with ``rate`` of its words dropped."""
    rng = np.random.default_rng(WORD_DROP_SEED)
    out: dict[str, list[dict[str, Any]]] = {}
    for path in sorted(folder.glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            rows = [json.loads(line) for line in handle if line.strip()]
        copies = []
        for row in rows:
            if not isinstance(row.get("text"), str) or int(row["label"]) != 1:
                continue
            words = row["text"].split(" ")
            if len(words) >= 4:
                kept = rng.random(len(words)) >= rate
                text = " ".join(w for w, k in zip(words, kept, strict=True) if k)
                copies.append({"text": text, "label": 1, "id": "copy"})
        if copies:
            out[f"aug_{path.stem}"] = copies
    return out


def load(folder: Path, word_drop: float = 0.0) -> tuple[list[Any], Any]:
    """Hashed sources (plus word-dropped attack copies) and their windows."""
    from langchain_mistral_secure.detection.scorer import fit, train

    sources = train.load_sources(folder)
    if word_drop:
        sources += [
            train._source(name, rows, validate=False)  # noqa: SLF001
            for name, rows in _word_dropped(folder, word_drop).items()
        ]
    return sources, fit.build_windows(sources, fit.TrainConfig())


def quick_loso(
    sources: Sequence[Any],
    win: Any,
    v: Variant,
    log: Callable[[str], None],
    *,
    full: bool = False,
    shard: tuple[int, int] = (0, 1),
) -> Any:
    """Each text's best held-out window logit under the quick protocol.

    With ``full``, every benign file is held out alone too (the training
    command's leave-one-source-out; about twice the fits). ``shard=(i, n)``
    runs only the folds ``k`` with ``k % n == i`` (-inf for the other
    texts), so shards can run side by side and be merged by a maximum.
    """
    from langchain_mistral_secure.detection.scorer.calibration import (
        held_out_with,
    )
    from langchain_mistral_secure.detection.scorer.features import (
        CONCEPT_DIM,
        HASH_BITS,
    )

    names = [s.name for s in sources]
    attack = [
        s.name
        for s in sources
        if s.validated and (s.labels == 1).sum() >= ATTACK_MIN_ROWS
    ]
    twins = {n for g in (held_out_with(a, names) for a in attack) for n in g}
    benign = [s.name for s in sources if s.validated and s.name not in twins]
    groups = (
        [[n] for n in benign]
        if full
        else [benign[i::BENIGN_GROUPS] for i in range(BENIGN_GROUPS)]
    )
    folds = [[n] for n in attack] + groups
    idxs, dim = _remap(win.indices, v.bits, HASH_BITS, CONCEPT_DIM)
    rows = np.arange(win.label.shape[0], dtype=np.int64)
    best = np.full(int(win.row.max()) + 1, -np.inf)
    started = time.perf_counter()
    for k, fold in enumerate(folds):
        if k % shard[1] != shard[0]:
            continue
        held = {n for name in fold for n in held_out_with(name, names)}
        held |= {f"aug_{n}" for n in held if f"aug_{n}" in names}
        mask = np.isin(win.source, [names.index(n) for n in held])
        score = fit_variant(win, idxs, dim, rows[~mask], 100 + 2 * k, v)
        np.maximum.at(best, win.row[rows[mask]], score(rows[mask]))
        took = time.perf_counter() - started
        log(f"  {v.name}: fold {k + 1}/{len(folds)}, {took:.0f} s")
    return best


def rates_of(sources: Sequence[Any], best: Any, v: Variant, protocol: str) -> Any:
    """Threshold, per-file recall and FPR from every text's best held-out logit."""
    from langchain_mistral_secure.detection.scorer.calibration import (
        FLAG_FPR,
        calibrate,
    )

    names = [s.name for s in sources]
    attack = [
        s.name
        for s in sources
        if s.validated and (s.labels == 1).sum() >= ATTACK_MIN_ROWS
    ]
    offsets = np.cumsum([0] + [len(s.hashed) for s in sources])
    scores = {
        s.name: _sigmoid(best[offsets[i] : offsets[i + 1]])
        for i, s in enumerate(sources)
        if s.validated
    }
    benign_scores = {
        s.name: scores[s.name][s.labels == 0]
        for s in sources
        if s.validated and (s.labels == 0).any()
    }
    threshold = calibrate(benign_scores, FLAG_FPR)
    recall = {
        n: float((scores[n][sources[names.index(n)].labels == 1] >= threshold).mean())
        for n in attack
    }
    fpr = {n: float((b >= threshold).mean()) for n, b in benign_scores.items()}
    return {
        "variant": v.name,
        "protocol": protocol,
        "threshold": threshold,
        "recall": recall,
        "fpr": fpr,
        "mean_recall": float(np.mean(list(recall.values()))),
    }


def markdown(results: list[dict[str, Any]]) -> str:
    """Recall per attack file and FPR per benign file, one column per variant."""
    head = "| file | " + " | ".join(r["variant"] for r in results) + " |"
    lines = [head, "|---|" + "---:|" * len(results)]
    for key in ("recall", "fpr"):
        for name in results[0][key]:
            cells = " | ".join(f"{100 * r[key][name]:.1f}%" for r in results)
            lines.append(
                f"| {name} ({'recall' if key == 'recall' else 'FPR'}) | {cells} |"
            )
    lines.append(
        "| **mean recall** | "
        + " | ".join(f"**{100 * r['mean_recall']:.1f}%**" for r in results)
        + " |"
    )
    lines.append(
        "| flag threshold | "
        + " | ".join(f"{r['threshold']:.4f}" for r in results)
        + " |"
    )
    return "\n".join(lines)


def mlp_window_logits(
    hashed: Any, head: tuple[Any, Any, Any, float], bits: int
) -> tuple[Any, Any, Any]:
    """(starts, ends, logits) of every window by a one-hidden-layer head.

    The inference the MLP variant would ship with, numpy only: each group's
    hidden pre-activations per window are differences of cumulative sums of
    the first layer's rows (as the linear head's are of its weights).
    """
    from langchain_mistral_secure.detection.scorer.features import (
        CHAR_ORDERS,
        HASH_BITS,
        STRIDE,
        WINDOW,
        window_spans,
    )

    w1, b1, w2, b2 = head
    base, mask = 1 << HASH_BITS, (1 << bits) - 1

    def rows(buckets: Any) -> Any:
        folded = np.where(buckets < base, buckets & mask, buckets - base + mask + 1)
        return np.take(w1, folded, axis=0)

    def prefix_at(per_row: Any, cuts: Any) -> Any:
        """Cumulative sums of ``per_row`` before each of the sorted ``cuts``."""
        points = np.unique(cuts)
        inner = points[(points > 0) & (points < per_row.shape[0])]
        sums = np.zeros((points.shape[0], per_row.shape[1]), np.float32)
        if per_row.shape[0]:
            edges = np.concatenate(([0], inner))
            parts = np.add.reduceat(per_row, edges, axis=0)
            running = np.cumsum(parts, axis=0)
            # Each cut's prefix: the running sum of the parts that end at it.
            placed = np.searchsorted(edges, points, side="left")
            ok = placed > 0
            sums[ok] = running[placed[ok] - 1]
            full = points >= per_row.shape[0]
            sums[full] = running[-1]
        return sums[np.searchsorted(points, cuts)]

    size = hashed.length
    starts, ends = window_spans(size, ((WINDOW, STRIDE),))
    z = np.zeros((starts.shape[0], w1.shape[1]), np.float32)
    if hashed.char_buckets.shape[0]:
        values = rows(hashed.char_buckets)
        per_position = np.zeros((size, w1.shape[1]), np.float32)
        counts = np.zeros(starts.shape[0], np.int64)
        at = 0
        for order in CHAR_ORDERS:
            if size >= order:
                count = size - order + 1
                per_position[:count] += values[at : at + count]
                counts += np.minimum(ends, count) - np.minimum(starts, count)
                at += count
        sums = prefix_at(per_position, np.concatenate((ends, starts)))
        n = starts.shape[0]
        z += (sums[:n] - sums[n:]) / np.sqrt(np.maximum(counts, 1))[:, None]
    for buckets, positions in (
        (hashed.word_buckets, hashed.word_pos),
        (hashed.concept_buckets, hashed.concept_pos),
    ):
        if buckets.shape[0] == 0:
            continue
        total = np.zeros((buckets.shape[0] + 1, w1.shape[1]), np.float32)
        np.cumsum(rows(buckets), axis=0, out=total[1:])
        hi = np.searchsorted(positions, ends)
        lo = np.searchsorted(positions, starts)
        z += (total[hi] - total[lo]) / np.sqrt(np.maximum(hi - lo, 1))[:, None]
    logits = np.maximum(z + b1, 0) @ w2 + b2
    return starts, ends, logits.astype(np.float64)


def latency(v: Variant, repeat: int = 200) -> dict[str, float]:
    """Median CPU ms per 4 KB text: hashing, the linear head, ``v``'s MLP head.

    The MLP head's weights are random of the shipped shape (its cost does not
    depend on their values); the linear head is the shipped one.
    """
    from benchmarks import data
    from langchain_mistral_secure.detection.scorer import get_scorer
    from langchain_mistral_secure.detection.scorer.features import (
        CONCEPT_DIM,
        hash_text,
    )
    from langchain_mistral_secure.detection.scorer.model import window_logits

    text = data.benign_text(8192).encode("utf-8")[:4096].decode("utf-8", "ignore")
    model = get_scorer().model
    rng = np.random.default_rng(0)
    dim = (1 << v.bits) + CONCEPT_DIM
    w1 = rng.standard_normal((dim, v.hidden)).astype(np.float16).astype(np.float32)
    head = (w1, np.zeros(v.hidden, np.float32), np.ones(v.hidden, np.float32), 0.0)
    hashed = hash_text(text)

    def median_ms(call: Callable[[], object]) -> float:
        times = []
        for _ in range(repeat // 10):
            start = time.process_time()
            for _ in range(10):
                call()
            times.append((time.process_time() - start) / 10)
        return round(float(np.median(times)) * 1e3, 4)

    return {
        "hash 4 KB": median_ms(lambda: hash_text(text)),
        "linear head": median_ms(
            lambda: window_logits(hashed, model.weights, model.bias, model.windows)
        ),
        f"{v.name} head": median_ms(lambda: mlp_window_logits(hashed, head, v.bits)),
        f"{v.name} weights MB (float16)": round(dim * v.hidden * 2 / 1e6, 2),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.scorer_variants")
    parser.add_argument("--data", type=Path, required=True, help="folder of *.jsonl")
    parser.add_argument(
        "--variants", nargs="+", default=list(VARIANTS), choices=list(VARIANTS)
    )
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument(
        "--full", action="store_true", help="hold every benign file out alone too"
    )
    parser.add_argument(
        "--shard", default="0/1", help="i/n: run only folds k with k %% n == i"
    )
    parser.add_argument("--scores", type=Path, help="write the shard's logits here")
    parser.add_argument(
        "--merge", type=Path, nargs="+", help="merge shards' --scores files"
    )
    parser.add_argument(
        "--latency",
        action="store_true",
        help="only time the heads on a 4 KB text (MLP: the mlp-h16 shape)",
    )
    args = parser.parse_args(argv)
    if args.latency:
        print(json.dumps(latency(VARIANTS["mlp-h16"])))
        return 0
    results = []
    loaded: dict[float, tuple[list[Any], Any]] = {}
    for name in args.variants:
        v = VARIANTS[name]
        protocol = "full" if args.full else "quick"
        if args.merge:
            from langchain_mistral_secure.detection.scorer import train

            # Hashing only: the shards' logits already hold every fold.
            sources = train.load_sources(args.data)
            best = np.max([np.load(p)["best"] for p in args.merge], axis=0)
        else:
            if v.word_drop not in loaded:
                loaded[v.word_drop] = load(args.data, v.word_drop)
            sources, win = loaded[v.word_drop]
            i, n = (int(x) for x in args.shard.split("/"))
            started = time.perf_counter()
            best = quick_loso(sources, win, v, log=print, full=args.full, shard=(i, n))
            print(f"{v.name}: {time.perf_counter() - started:.0f} s")
            if args.scores:
                np.savez_compressed(args.scores, best=best)
            if n > 1:
                continue
        results.append(rates_of(sources, best, v, protocol))
        print(json.dumps(results[-1]), flush=True)
    if not results:
        return 0
    print(markdown(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
