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
  held out whole (with its document twins, :data:`.held_out.SHARED_DOCUMENTS`,
  and an extra folder's file with its whole folder) while a model trains on
  all the others.
* The flag threshold is the lowest that keeps the false-positive rate at or
  under 1% on every benign file scored by the leave-one-source-out model that
  never saw it (small files pooled so one row cannot set it), and on every
  benign file for the shipped model; the block threshold does the same at 0.2%.
"""

from __future__ import annotations

import functools
import json
import time
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
    file_cuts,
    held_out_with,
    rates,
    stored,
)
from langchain_mistral_secure.detection.scorer.card import write_card
from langchain_mistral_secure.detection.scorer.concepts import CONCEPTS
from langchain_mistral_secure.detection.scorer.features import (
    CHAR_ORDERS,
    CONCEPT_DIM,
    CONCEPT_GAP,
    HASH_BITS,
    STRIDE,
    WINDOW,
)
from langchain_mistral_secure.detection.scorer.fit import (
    Source,
    TrainConfig,
    build_windows,
)
from langchain_mistral_secure.detection.scorer.kind_calibration import (
    flag_rule_text,
)
from langchain_mistral_secure.detection.scorer.loso import (
    fit_head,
    run_loso,
    score_texts,
)
from langchain_mistral_secure.detection.scorer.mlp import MlpHead
from langchain_mistral_secure.detection.scorer.model import ScorerModel
from langchain_mistral_secure.detection.scorer.sources import load_sources
from langchain_mistral_secure.detection.scorer.train_args import (
    check_exemptions,
    parse_args,
)
from langchain_mistral_secure.detection.scorer.train_thresholds import _thresholds

# ``load_sources`` moved to :mod:`.sources`; re-exported for its callers.
__all__ = ["TrainConfig", "load_sources", "main", "train"]

F32 = npt.NDArray[np.float32]
F64 = npt.NDArray[np.float64]
F32W = npt.NDArray[np.float32]
I64 = npt.NDArray[np.int64]


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
    train_only: Sequence[Path] = (),
    loso_out: Path | None = None,
) -> ScorerModel:
    """Train, validate, calibrate and write the weights and the model card.

    ``jobs`` processes run the leave-one-source-out fits (same result).
    ``extra`` folders of ``*.jsonl`` are further sources (see
    :func:`load_sources`); ``train_only`` folders' rows train every fit and
    are never held out, so their held-out scores cannot set a threshold.
    ``loso_out``: a JSON file for every validated
    file's leave-one-source-out scores, row by row (for benchmarks that
    combine them with the rules; never shipped).
    """
    if log is None:
        log = functools.partial(print, flush=True)
    started = time.perf_counter()
    sources = load_sources(
        data, families=config.families, extra=extra, train_only=train_only
    )
    if len([s for s in sources if s.validated]) < 2:  # noqa: PLR2004
        msg = f"need at least two *.jsonl files in {data}"
        raise SystemExit(msg)
    if config.role_exemption and not config.loso:
        msg = "--role-exemption calibrates on held-out scores: it needs LOSO"
        raise SystemExit(msg)
    check_exemptions(config)
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
        followup_exemption=config.followup_exemption,
        calibration=config.calibration,
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
        "held_out_together": _held_out_groups([s.name for s in sources if s.validated]),
        "flag_set_by": {
            "held_out": file_cuts(benign_for_threshold, FLAG_FPR),
            "shipped": file_cuts(shipped_benign, FLAG_FPR),
        },
        "extra_data": [_shown(p) for p in extra],
        **({"train_only": [_shown(p) for p in train_only]} if train_only else {}),
        **({} if role is None else role.metadata(benign_for_threshold, shipped_benign)),
        **({"security_exemption": True} if config.security_exemption else {}),
        **({"followup_exemption": True} if config.followup_exemption else {}),
        "config": config.__dict__,
        "threshold_rule": (
            f"flag: <= {FLAG_FPR:.0%} false positives "
            + flag_rule_text(config.calibration)
            + f"block: <= {BLOCK_FPR:.1%}, each file scored "
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
        threshold=stored(threshold),
        block_threshold=stored(block),
        metadata=metadata,
        windows=config.scales,
        role_threshold=None if role is None else stored(role.high),
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
    """Command-line entry point (the options: :mod:`.train_args`)."""
    args, config = parse_args(argv)
    train(
        args.data,
        args.out,
        config,
        jobs=args.jobs,
        extra=args.extra_data,
        train_only=args.train_only,
        loso_out=args.loso_scores,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
