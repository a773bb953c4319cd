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

* ``linear``: the shipped head (logistic regression over 2**20 buckets).
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

# ruff: noqa: PLC0415, PLR0913
# (the package is imported lazily like in the other benchmark modules; the
# fitting helpers take the training arrays as separate arguments)

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks._variant_heads import (
    Variant,
    _remap,
    _sigmoid,
    fit_linear,
    fit_mlp,
    fit_variant,
    mlp_window_logits,
)

__all__ = [
    "VARIANTS",
    "Variant",
    "fit_linear",
    "fit_mlp",
    "fit_variant",
    "latency",
    "load",
    "main",
    "markdown",
    "mlp_window_logits",
    "quick_loso",
    "rates_of",
]

ATTACK_MIN_ROWS = 30
BENIGN_GROUPS = 4
WORD_DROP_SEED = 7


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
    from langchain_mistral_secure.detection.scorer import fit
    from langchain_mistral_secure.detection.scorer import sources as read

    sources = read.load_sources(folder)
    if word_drop:
        sources += [
            read.source_of(name, rows, validate=False)
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
