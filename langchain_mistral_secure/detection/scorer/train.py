"""Train the injection scorer (``python -m ...detection.scorer.train``).

Reads every ``*.jsonl`` file of a folder of labelled rows (``{"text", "label",
"id", ...}``; the project's is ``../shared/data/prompt_injection``) and of each
``--extra-data`` folder (the project's own corpora ``benchmarks/blind_corpus``
and ``benchmarks/blind_corpus_2``; their files are named ``folder/stem`` and
each folder is held out whole in leave-one-source-out), needs no
network and only numpy, and is deterministic for a given ``--seed``. It writes
``injection_scorer.npz`` (float16 weights and metadata) and ``MODEL_CARD.md``
into ``--out``.

What it does:

* Every text is cut into the windows the scorer scores (:mod:`.fit`). Benign
  texts give up to a few evenly spaced windows. Attack texts are bags of
  windows: a first model trains on benign windows and on attacks that fit in
  one window, then each attack keeps only its highest-scoring window for the
  final fit (multiple-instance learning), so the résumé around a hidden
  instruction does not become "attack".
* Each (file, class) carries the same total weight (``balance="equal"``), and
  the two classes weigh the same: no big file dominates, and the wording of
  documents shared by an attack file and its benign twin cancels out.
* Logistic regression with L2, mini-batch Adam, a fixed seed.
* Validation: an in-distribution split (a fixed fifth of each file, by row id,
  or the file's own ``split`` column) and leave-one-source-out: each file is
  held out whole (with its document twins, :data:`.calibration.SHARED_DOCUMENTS`,
  and an extra folder's file with its whole folder) while a model trains on
  all the others.
* The flag threshold is the lowest that keeps the false-positive rate at or
  under 1% on every benign file scored by the leave-one-source-out model that
  never saw it (small files pooled so one row cannot set it), and on every
  benign file for the shipped model; the block threshold does the same at 0.2%.
"""

from __future__ import annotations

import argparse
import functools
import json
import time
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from langchain_mistral_secure.detection.scorer.calibration import (
    BLOCK_FPR,
    FLAG_FPR,
    MIN_CALIBRATION_ROWS,
    RoleExemption,
    auc,
    calibrate,
    file_cuts,
    held_out_with,
    rates,
)
from langchain_mistral_secure.detection.scorer.card import write_card
from langchain_mistral_secure.detection.scorer.concepts import CONCEPTS
from langchain_mistral_secure.detection.scorer.exemption import is_exempt
from langchain_mistral_secure.detection.scorer.families import family_rows
from langchain_mistral_secure.detection.scorer.families_more import more_family_rows
from langchain_mistral_secure.detection.scorer.features import (
    CHAR_ORDERS,
    CONCEPT_DIM,
    CONCEPT_GAP,
    HASH_BITS,
    SHORT_WINDOW,
    STRIDE,
    WINDOW,
    hash_text,
)
from langchain_mistral_secure.detection.scorer.fit import (
    Source,
    TrainConfig,
    build_windows,
)
from langchain_mistral_secure.detection.scorer.loso import (
    fit_head,
    run_loso,
    score_texts,
)
from langchain_mistral_secure.detection.scorer.mlp import MlpHead
from langchain_mistral_secure.detection.scorer.model import ScorerModel

__all__ = ["TrainConfig", "main", "train"]

F32 = npt.NDArray[np.float32]
F64 = npt.NDArray[np.float64]
F32W = npt.NDArray[np.float32]
I64 = npt.NDArray[np.int64]

_VALID_FOLD = 5


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


def _read_rows(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return [r for r in rows if isinstance(r.get("text"), str) and r["text"]]


def load_sources(
    folder: Path, *, families: bool = True, extra: Sequence[Path] = ()
) -> list[Source]:
    """Read and hash every ``*.jsonl`` file of ``folder`` (sorted by name).

    Each ``extra`` folder's ``*.jsonl`` files follow, named ``folder/stem``
    (held out per folder, see :func:`.calibration.held_out_with`). With
    ``families``, the project's own family rows (:mod:`.families`) are added
    as training-only sources.
    """
    sources = []
    for path in sorted(folder.glob("*.jsonl")):
        rows = _read_rows(path)
        if rows:
            sources.append(_source(path.stem, rows, validate=True))
    for more in extra:
        for path in sorted(more.glob("*.jsonl")):
            rows = _read_rows(path)
            if rows:
                name = f"{more.resolve().name}/{path.stem}"
                sources.append(_source(name, rows, validate=True))
    if families and sources:
        built = {**family_rows(), **more_family_rows()}
        sources += [
            _source(name, rows, validate=False) for name, rows in sorted(built.items())
        ]
    return sources


def _held_out_groups(names: Sequence[str]) -> list[list[str]]:
    """Every group of files held out together (document twins, extra folders)."""
    groups: list[list[str]] = []
    for name in names:
        group = held_out_with(name, names)
        if len(group) > 1 and group not in groups:
            groups.append(group)
    return groups


def _add_auc(per_file: list[dict[str, Any]], sources: list[Source], loso: Any) -> None:
    """ROC AUC of each extra-folder attack file against its folder's benign rows.

    Both sides are scored by the model that never saw the folder.
    """
    by_name = {s.name: s for s in sources}
    for entry in per_file:
        name = entry["file"]
        if "/" not in name or name not in loso or "loso" not in entry:
            continue
        source = by_name[name]
        benign = [
            loso[n][by_name[n].labels == 0]
            for n in held_out_with(name, list(by_name))
            if n in loso
        ]
        attacks = loso[name][source.labels == 1]
        value = auc(attacks, np.concatenate(benign)) if benign else None
        entry["loso"]["auc"] = None if value is None else round(value, 4)


def train(  # noqa: PLR0913
    data: Path,
    out: Path,
    config: TrainConfig,
    log: Any = None,
    *,
    jobs: int = 1,
    extra: Sequence[Path] = (),
    loso_out: Path | None = None,
) -> ScorerModel:
    """Train, validate, calibrate and write the weights and the model card.

    ``jobs`` processes run the leave-one-source-out fits (same result).
    ``extra`` folders of ``*.jsonl`` are further sources (see
    :func:`load_sources`). ``loso_out``: a JSON file for every validated
    file's leave-one-source-out scores, row by row (for benchmarks that
    combine them with the rules; never shipped).
    """
    if log is None:
        log = functools.partial(print, flush=True)
    started = time.perf_counter()
    sources = load_sources(data, families=config.families, extra=extra)
    if len([s for s in sources if s.validated]) < 2:  # noqa: PLR2004
        msg = f"need at least two *.jsonl files in {data}"
        raise SystemExit(msg)
    if config.role_exemption and not config.loso:
        msg = "--role-exemption calibrates on held-out scores: it needs LOSO"
        raise SystemExit(msg)
    if config.security_exemption and not config.role_exemption:
        msg = "--security-exemption widens --role-exemption: give both"
        raise SystemExit(msg)
    log(f"hashed {sum(len(s.hashed) for s in sources)} texts from {len(sources)} files")
    win = build_windows(sources, config)
    log(f"{win.label.shape[0]} windows, {win.indices.shape[0]} features")
    all_rows = np.arange(win.label.shape[0], dtype=np.int64)
    valid_text = np.concatenate([s.valid for s in sources])
    loso: dict[str, F64] = {}
    if config.loso:
        loso = run_loso(win, sources, config, jobs, log)
        log(f"LOSO done: {time.perf_counter() - started:.0f} s")
    rows = all_rows[~valid_text[win.row]]
    head = fit_head(win, rows, config, salt=1)
    in_dist = {s.name: score_texts(s.hashed, head, config.scales) for s in sources}
    head = fit_head(win, all_rows, config, salt=3)
    final = {s.name: score_texts(s.hashed, head, config.scales) for s in sources}

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
    threshold, block, role = _thresholds(
        sources,
        benign_for_threshold,
        shipped_benign,
        role_exemption=config.role_exemption,
        security_exemption=config.security_exemption,
    )
    per_file = _per_file(sources, (final, in_dist, loso), threshold, role)
    _add_auc(per_file, sources, loso)
    metadata = {
        "format": 1,
        "head": "mlp" if config.hidden else "linear",
        "hash_bits": HASH_BITS,
        "char_orders": list(CHAR_ORDERS),
        "word_orders": [1, 2],
        "concepts": len(CONCEPTS) if config.concepts else 0,
        "concept_gap": CONCEPT_GAP,
        "concept_dim": CONCEPT_DIM,
        "window": WINDOW,
        "stride": STRIDE,
        "windows": [list(scale) for scale in config.scales],
        "seed": config.seed,
        "held_out_together": _held_out_groups([s.name for s in sources]),
        "flag_set_by": {
            "held_out": file_cuts(benign_for_threshold, FLAG_FPR),
            "shipped": file_cuts(shipped_benign, FLAG_FPR),
        },
        "extra_data": [_shown(p) for p in extra],
        **({} if role is None else role.metadata(benign_for_threshold, shipped_benign)),
        **({"security_exemption": True} if config.security_exemption else {}),
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
    if isinstance(head, MlpHead):
        weights, bias, mlp = np.zeros(0, np.float32), head.b2, head
    else:
        (weights, bias), mlp = head, None
    model = ScorerModel(
        weights=weights.astype(np.float32),
        bias=float(bias),
        mlp=mlp,
        threshold=round(threshold, 6),
        block_threshold=round(block, 6),
        metadata=metadata,
        windows=config.scales,
        role_threshold=None if role is None else round(role.high, 6),
    )
    out.mkdir(parents=True, exist_ok=True)
    _write_loso(loso_out, loso, model)
    weights_path = out / "injection_scorer.npz"
    model.save(weights_path)
    write_card(out / "MODEL_CARD.md", model, data, weights_path)
    log(
        f"wrote {weights_path} ({weights_path.stat().st_size / 1e6:.2f} MB), "
        f"threshold {model.threshold:.4f}, block {model.block_threshold:.4f}, "
        f"in {time.perf_counter() - started:.0f} s"
    )
    return model


def _per_file(
    sources: list[Source],
    scored: tuple[dict[str, F64], dict[str, F64], dict[str, F64]],
    threshold: float,
    role: RoleExemption | None,
) -> list[dict[str, Any]]:
    """Each file's rates: final model, in distribution, held out."""
    final, in_dist, loso = scored
    per_file = []
    for source in sources:
        everything = np.ones(source.labels.shape[0], dtype=bool)
        limit = threshold if role is None else role.limits(source.name, threshold)
        entry: dict[str, Any] = {
            "file": source.name,
            "rows": int(source.labels.shape[0]),
            "validation_rows": int(source.valid.sum()),
            "final_model": rates(source.labels, final[source.name], limit, everything),
        }
        if source.validated:
            entry["in_distribution"] = rates(
                source.labels, in_dist[source.name], limit, source.valid
            )
        if source.name in loso:
            entry["loso"] = rates(source.labels, loso[source.name], limit, everything)
        per_file.append(entry)
    return per_file


def _thresholds(
    sources: list[Source],
    held_out: dict[str, F64],
    shipped: dict[str, F64],
    *,
    role_exemption: bool,
    security_exemption: bool = False,
) -> tuple[float, float, RoleExemption | None]:
    """Flag threshold, block threshold and the role exemption (if asked for).

    Each is the lowest that keeps every benign file within its limit, both
    held out and for the shipped model. With ``role_exemption`` the flag
    threshold is the one for texts that do not open as a prompt specification
    (those keep the one-threshold value, ``role.high``); with
    ``security_exemption`` security writing keeps it too (:mod:`.exemption`).
    """
    threshold = max(calibrate(held_out, FLAG_FPR), calibrate(shipped, FLAG_FPR))
    role = None
    if role_exemption:
        role = RoleExemption(
            {
                s.name: np.array(
                    [
                        is_exempt(h.view.text, security=security_exemption)
                        for h in s.hashed
                    ]
                )
                for s in sources
            },
            {s.name: s.labels for s in sources},
            threshold,
        )
        threshold = max(role.low(held_out), role.low(shipped))
    block = max(
        calibrate(held_out, BLOCK_FPR),
        calibrate(shipped, BLOCK_FPR),
        threshold if role is None else role.high,
    )
    return threshold, block, role


def _write_loso(path: Path | None, loso: dict[str, F64], model: ScorerModel) -> None:
    """Every validated file's held-out scores, row by row, and the thresholds."""
    if path is None or not loso:
        return
    held = {
        "threshold": model.threshold,
        "role_threshold": model.role_threshold,
        "block_threshold": model.block_threshold,
        "files": {name: [round(float(v), 6) for v in s] for name, s in loso.items()},
    }
    path.write_text(json.dumps(held), encoding="utf-8")


def _shown(path: Path) -> str:
    """A folder as the card shows it: relative to the working directory if inside."""
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return path.resolve().name


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
    parser.add_argument(
        "--extra-data",
        type=Path,
        action="append",
        default=[],
        help=(
            "another folder of *.jsonl (repeatable), e.g. benchmarks/blind_corpus; "
            "its files are named folder/stem and held out together"
        ),
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
    parser.add_argument(
        "--no-concepts",
        action="store_true",
        help="leave out the concept tags (concepts.py): hashed n-grams only",
    )
    parser.add_argument(
        "--concept-scale",
        type=float,
        default=TrainConfig.concept_scale,
        help="value of concept features against n-grams in training (4 was tried: "
        "worse held out)",
    )
    parser.add_argument(
        "--hard-negatives",
        type=float,
        default=TrainConfig.hard_negatives,
        help="extra weight on each benign file's top 5%% of windows (0: off)",
    )
    parser.add_argument(
        "--balance",
        choices=("equal", "sqrt", "corpus"),
        default=TrainConfig.balance,
        help=(
            "weight per (file, class): equal, sqrt of its rows, or equal with "
            "each --extra-data folder counted as one file"
        ),
    )
    parser.add_argument(
        "--hidden",
        type=int,
        default=TrainConfig.hidden,
        help="hidden ReLU units of an MLP head (0, the default: the linear head)",
    )
    parser.add_argument(
        "--mlp-bits",
        type=int,
        default=TrainConfig.mlp_bits,
        help="the MLP head folds the hashed buckets into 2**N",
    )
    parser.add_argument(
        "--mlp-epochs", type=int, default=TrainConfig.mlp_epochs, help="MLP epochs"
    )
    parser.add_argument(
        "--role-exemption",
        action="store_true",
        help=(
            "two flag thresholds: texts that open as a prompt specification "
            "(role_spec.py) keep the one-threshold value, every other text gets "
            "the lowest that keeps each benign file within the limit"
        ),
    )
    parser.add_argument(
        "--security-exemption",
        action="store_true",
        help=(
            "with --role-exemption: security writing (security_spec.py: texts "
            "whose opening names prompt injection, jailbreaks, attacks, red "
            "teaming, detection rules ...) keeps the one-threshold value too"
        ),
    )
    parser.add_argument(
        "--jobs",
        type=int,
        default=1,
        help="processes for the leave-one-source-out fits (same result)",
    )
    parser.add_argument(
        "--loso-scores",
        type=Path,
        default=None,
        help="write every file's leave-one-source-out scores to this JSON file",
    )
    args = parser.parse_args(argv)
    config = TrainConfig(
        seed=args.seed,
        epochs=args.epochs,
        loso=not args.no_loso,
        families=not args.no_families,
        short_window=args.short_window,
        concepts=not args.no_concepts,
        concept_scale=args.concept_scale,
        hard_negatives=args.hard_negatives,
        balance=args.balance,
        hidden=args.hidden,
        mlp_bits=args.mlp_bits,
        mlp_epochs=args.mlp_epochs,
        role_exemption=args.role_exemption,
        security_exemption=args.security_exemption,
    )
    train(
        args.data,
        args.out,
        config,
        jobs=args.jobs,
        extra=args.extra_data,
        loso_out=args.loso_scores,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
