"""Train the injection scorer (``python -m ...detection.scorer.train``).

Reads every ``*.jsonl`` file of a folder of labelled rows (``{"text", "label",
"id", ...}``; the project's is ``../shared/data/prompt_injection``), needs no
network and only numpy, and is deterministic for a given ``--seed``. It writes
``injection_scorer.npz`` (float16 weights and metadata) and ``MODEL_CARD.md``
into ``--out``.

What it does:

* Every text is cut into the windows the scorer scores (see
  :mod:`.features`). Benign texts give up to a few evenly spaced windows.
  Attack texts are bags of windows: a first model trains with the weight of
  each attack spread over its windows, then each attack keeps only its
  highest-scoring window for the final fit (multiple-instance learning), so
  the résumé around a hidden instruction does not become "attack".
* Each file and class carries a total weight proportional to the square root of
  its row count, and the two classes weigh the same: no big file dominates.
* Logistic regression with L2, mini-batch Adam, a fixed seed.
* Validation: an in-distribution split (a fixed fifth of each file, by row id,
  or the file's own ``split`` column) and leave-one-source-out: each file is
  held out whole while a model trains on all the others.
* The flag threshold is the lowest that keeps the false-positive rate at or
  under 1% on the validation fifth of every benign file (rows the model did
  not train on; small files pooled so one row cannot set it); the block
  threshold keeps it at or under 0.2%.
"""

from __future__ import annotations

import argparse
import functools
import json
import time
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from langchain_mistral_secure.detection.scorer.calibration import (
    BLOCK_FPR,
    FLAG_FPR,
    MIN_CALIBRATION_ROWS,
    SHARED_DOCUMENTS,
    calibrate,
    held_out_with,
    rates,
)
from langchain_mistral_secure.detection.scorer.card import write_card
from langchain_mistral_secure.detection.scorer.families import family_rows
from langchain_mistral_secure.detection.scorer.families_more import more_family_rows
from langchain_mistral_secure.detection.scorer.features import (
    CHAR_ORDERS,
    HASH_BITS,
    SHORT_WINDOW,
    STRIDE,
    WINDOW,
    HashedText,
    hash_text,
    window_spans,
)
from langchain_mistral_secure.detection.scorer.model import ScorerModel, window_logits

__all__ = ["TrainConfig", "main", "train"]

F32 = npt.NDArray[np.float32]
F64 = npt.NDArray[np.float64]
F32W = npt.NDArray[np.float32]
I64 = npt.NDArray[np.int64]

_DIM = 1 << HASH_BITS
_NEG_WINDOWS = 48
_VALID_FOLD = 5


@dataclass(frozen=True)
class TrainConfig:
    """Training settings (the defaults are what the shipped weights used)."""

    seed: int = 0
    epochs: int = 2
    refit_epochs: int = 3
    batch: int = 2048
    learning_rate: float = 0.08
    l2: float = 1e-5
    warm_start: bool = False
    loso: bool = True
    families: bool = True
    balance: str = "equal"
    short_window: int = 0

    @property
    def scales(self) -> tuple[tuple[int, int], ...]:
        """(length, stride) of the window scales (the short one if set)."""
        long = ((WINDOW, STRIDE),)
        if self.short_window:
            return (*long, (self.short_window, self.short_window // 2))
        return long


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


def _is_valid(row: dict[str, Any]) -> bool:
    split = row.get("split")
    if split in {"test", "validation", "valid"}:
        return True
    if split == "train":
        return False
    # Rows built from one template stay on one side of the split.
    key = str(row.get("template_id", row.get("id", row.get("text", ""))))
    return zlib.crc32(key.encode("utf-8")) % _VALID_FOLD == 0


def _source(name: str, rows: list[dict[str, Any]], *, validate: bool) -> Source:
    return Source(
        name=name,
        labels=np.array([int(r["label"]) for r in rows], dtype=np.int8),
        valid=np.array([validate and _is_valid(r) for r in rows], dtype=bool),
        hashed=[hash_text(r["text"]) for r in rows],
        validated=validate,
    )


def load_sources(folder: Path, *, families: bool = True) -> list[Source]:
    """Read and hash every ``*.jsonl`` file of ``folder`` (sorted by name).

    With ``families``, the project's own family rows (:mod:`.families`) are
    added as training-only sources.
    """
    sources = []
    for path in sorted(folder.glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            rows = [json.loads(line) for line in handle if line.strip()]
        rows = [r for r in rows if isinstance(r.get("text"), str) and r["text"]]
        if rows:
            sources.append(_source(path.stem, rows, validate=True))
    if families and sources:
        built = {**family_rows(), **more_family_rows()}
        sources += [
            _source(name, rows, validate=False) for name, rows in sorted(built.items())
        ]
    return sources


def _by_position(hashed: HashedText) -> list[tuple[I64, I64]]:
    """Each group's (buckets, positions), sorted by position."""
    groups = []
    for buckets, positions in (
        (hashed.char_buckets, hashed.char_pos),
        (hashed.word_buckets, hashed.word_pos),
    ):
        order = np.argsort(positions, kind="stable")
        groups.append((buckets[order], positions[order]))
    return groups


def _window_features(
    groups: list[tuple[I64, I64]], start: int, end: int
) -> tuple[I64, F32]:
    """Buckets and values of one window, as the scorer computes it."""
    parts: list[I64] = []
    values: list[F32] = []
    for buckets, positions in groups:
        lo, hi = np.searchsorted(positions, (start, end))
        if hi > lo:
            parts.append(buckets[lo:hi])
            values.append(np.full(hi - lo, 1.0 / np.sqrt(hi - lo), np.float32))
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


def build_windows(
    sources: Sequence[Source], scales: tuple[tuple[int, int], ...]
) -> Windows:
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
            starts, ends = _windows_of(hashed, int(y), scales)
            groups = _by_position(hashed)
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
    )


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


def _probability(z: float) -> float:
    return float(_sigmoid(np.array([z]))[0])


def _sigmoid(z: F64) -> F64:
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
    for _ in range(config.epochs if epochs is None else epochs):
        for lo in batches[rng.permutation(batches.shape[0])]:
            hi = min(lo + config.batch, order.shape[0])
            idx = indices[bounds[lo] : bounds[hi]]
            val = values[bounds[lo] : bounds[hi]]
            owner = np.repeat(np.arange(hi - lo), lengths[lo:hi])
            z = bias + np.bincount(owner, weights=val * weights[idx], minlength=hi - lo)
            g = (_sigmoid(z.astype(np.float64)) - labels[lo:hi]) * scale[lo:hi]
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
    return weights, bias


def _row_weights(win: Windows, rows: I64, balance: str) -> F64:
    """Per-window weights for the windows ``rows``.

    Each (file, class) group gets a total weight: 1 with ``balance="equal"``
    (so a benign file and an attack file built on the same documents cancel
    out on the documents' own wording, and no big file dominates), or the
    square root of its text count with ``"sqrt"``. A group's weight is split
    evenly over its texts, and each text's share is divided by the square root
    of its window count; then both classes are scaled to the same total.
    """
    weight = np.zeros(win.label.shape[0], dtype=np.float64)
    key = win.source[rows] * 2 + win.label[rows].astype(np.int64)
    per_text = np.bincount(win.row[rows], minlength=int(win.row.max()) + 1)
    totals = {0: 0.0, 1: 0.0}
    for group in np.unique(key):
        members = rows[key == group]
        texts = np.unique(win.row[members]).shape[0]
        total = 1.0 if balance == "equal" else float(np.sqrt(texts))
        weight[members] = total / texts / np.sqrt(per_text[win.row[members]])
        totals[int(group % 2)] += total
    for cls in (0, 1):
        chosen = rows[win.label[rows] == cls]
        if totals[cls]:
            weight[chosen] /= totals[cls]
    return weight


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
) -> tuple[F32W, float]:
    """Two rounds: attack weight spread over windows, then best window only."""
    # Round one learns from benign windows and from attacks that fit in one
    # window, so it knows what an instruction looks like before it picks the
    # window of each long attack that holds one.
    first = rows[(win.label[rows] == 0) | win.whole[rows]]
    weights, bias = _fit(
        win, first, _row_weights(win, first, config.balance), config, salt
    )
    chosen = _best_windows(win, rows, weights, bias)
    return _fit(
        win,
        chosen,
        _row_weights(win, chosen, config.balance),
        config,
        salt + 1,
        start=(weights, bias) if config.warm_start else None,
        epochs=config.refit_epochs,
    )


def score_texts(
    hashed: Sequence[HashedText],
    weights: F32W,
    bias: float,
    scales: tuple[tuple[int, int], ...],
) -> F64:
    """Probability of every text, exactly as the shipped scorer computes it."""
    w32 = weights.astype(np.float16).astype(np.float32)
    return np.array(
        [
            _probability(float(np.max(window_logits(h, w32, bias, scales)[2])))
            for h in hashed
        ],
        dtype=np.float64,
    )


def train(data: Path, out: Path, config: TrainConfig, log: Any = None) -> ScorerModel:
    """Train, validate, calibrate and write the weights and the model card."""
    if log is None:
        log = functools.partial(print, flush=True)
    started = time.perf_counter()
    sources = load_sources(data, families=config.families)
    if len([s for s in sources if s.validated]) < 2:  # noqa: PLR2004
        msg = f"need at least two *.jsonl files in {data}"
        raise SystemExit(msg)
    log(f"hashed {sum(len(s.hashed) for s in sources)} texts from {len(sources)} files")
    win = build_windows(sources, config.scales)
    log(f"{win.label.shape[0]} windows, {win.indices.shape[0]} features")
    all_rows = np.arange(win.label.shape[0], dtype=np.int64)
    valid_text = np.concatenate([s.valid for s in sources])
    loso: dict[str, F64] = {}
    if config.loso:
        names = [s.name for s in sources]
        for s_index, source in enumerate(sources):
            if not source.validated:
                continue
            held = [names.index(n) for n in held_out_with(source.name, names)]
            rows = all_rows[~np.isin(win.source, held)]
            weights, bias = fit_windows(win, rows, config, salt=100 + 2 * s_index)
            loso[source.name] = score_texts(source.hashed, weights, bias, config.scales)
            log(f"  LOSO {source.name}: {time.perf_counter() - started:.0f} s")
    rows = all_rows[~valid_text[win.row]]
    weights, bias = fit_windows(win, rows, config, salt=1)
    in_dist = {
        s.name: score_texts(s.hashed, weights, bias, config.scales) for s in sources
    }
    weights, bias = fit_windows(win, all_rows, config, salt=3)
    final = {
        s.name: score_texts(s.hashed, weights, bias, config.scales) for s in sources
    }

    # Calibrate on benign rows the scoring model never saw. With LOSO, every
    # benign file is scored whole by the model trained without it (the way
    # unseen benign data will be scored); without, its validation fifth by
    # the model trained on the other four fifths.
    if loso:
        benign_for_threshold = {
            s.name: loso[s.name][s.labels == 0] for s in sources if s.name in loso
        }
    else:
        benign_for_threshold = {
            s.name: in_dist[s.name][s.valid & (s.labels == 0)] for s in sources
        }
    # The shipped model must also hold the limits on the benign files it
    # trained on (a document twin can sit close to its attacks there).
    shipped_benign = {s.name: final[s.name][s.labels == 0] for s in sources}
    threshold = max(
        calibrate(benign_for_threshold, FLAG_FPR), calibrate(shipped_benign, FLAG_FPR)
    )
    block = max(
        calibrate(benign_for_threshold, BLOCK_FPR),
        calibrate(shipped_benign, BLOCK_FPR),
        threshold,
    )
    per_file = []
    for source in sources:
        everything = np.ones(source.labels.shape[0], dtype=bool)
        entry: dict[str, Any] = {
            "file": source.name,
            "rows": int(source.labels.shape[0]),
            "validation_rows": int(source.valid.sum()),
            "final_model": rates(
                source.labels, final[source.name], threshold, everything
            ),
        }
        if source.validated:
            entry["in_distribution"] = rates(
                source.labels, in_dist[source.name], threshold, source.valid
            )
        if source.name in loso:
            entry["loso"] = rates(
                source.labels, loso[source.name], threshold, everything
            )
        per_file.append(entry)
    metadata = {
        "format": 1,
        "hash_bits": HASH_BITS,
        "char_orders": list(CHAR_ORDERS),
        "word_orders": [1, 2],
        "window": WINDOW,
        "stride": STRIDE,
        "windows": [list(scale) for scale in config.scales],
        "seed": config.seed,
        "held_out_together": [list(g) for g in SHARED_DOCUMENTS],
        "config": config.__dict__,
        "threshold_rule": (
            f"flag: <= {FLAG_FPR:.0%} false positives on every benign file, "
            f"block: <= {BLOCK_FPR:.1%}, each file scored "
            + (
                "whole by the model trained without it (and its document twins)"
                if loso
                else "on its validation fifth by the model trained on the rest"
            )
            + ", and the same limits for the shipped model on every benign file"
            + f"; files with fewer than {MIN_CALIBRATION_ROWS} benign rows pooled"
        ),
        "files": per_file,
    }
    model = ScorerModel(
        weights=weights.astype(np.float32),
        bias=float(bias),
        threshold=round(threshold, 6),
        block_threshold=round(block, 6),
        metadata=metadata,
        windows=config.scales,
    )
    out.mkdir(parents=True, exist_ok=True)
    weights_path = out / "injection_scorer.npz"
    model.save(weights_path)
    write_card(out / "MODEL_CARD.md", model, data, weights_path)
    log(
        f"wrote {weights_path} ({weights_path.stat().st_size / 1e6:.2f} MB), "
        f"threshold {model.threshold:.4f}, block {model.block_threshold:.4f}, "
        f"in {time.perf_counter() - started:.0f} s"
    )
    return model


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(
        prog="python -m langchain_mistral_secure.detection.scorer.train",
        description="Train the prompt-injection scorer (numpy only, offline).",
    )
    parser.add_argument("--data", type=Path, required=True, help="folder of *.jsonl")
    parser.add_argument(
        "--out",
        type=Path,
        default=Path(__file__).resolve().parent,
        help="where to write injection_scorer.npz and MODEL_CARD.md",
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--epochs", type=int, default=TrainConfig.epochs)
    parser.add_argument(
        "--no-loso", action="store_true", help="skip leave-one-source-out"
    )
    parser.add_argument(
        "--no-families",
        action="store_true",
        help="leave out the project's own family rows (families.py)",
    )
    parser.add_argument(
        "--short-window",
        type=int,
        default=TrainConfig.short_window,
        help=(
            "add windows of this many view characters (0, the default: "
            f"{WINDOW}-character windows only; {SHORT_WINDOW} was tried and did "
            "not generalize better)"
        ),
    )
    args = parser.parse_args(argv)
    config = TrainConfig(
        seed=args.seed,
        epochs=args.epochs,
        loso=not args.no_loso,
        families=not args.no_families,
        short_window=args.short_window,
    )
    train(args.data, args.out, config)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
