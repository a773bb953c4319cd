"""Weights trained with the project's corpora, judged held out, beside the shipped ones.

``python -m benchmarks.scorer_corpora --corpora 1 2 3 4 5 --run A=DIR ...``
reads training runs (each ``DIR`` holds the run's ``injection_scorer.npz`` and
the ``loso.json`` its ``--loso-scores`` wrote) and prints, per file, the scorer
alone at each model's own flag threshold:

* corpus files (each corpus held out whole by the run; the shipped weights'
  scores are in distribution for the corpora they trained on, which their
  card lists: corpora 1-18 since session h34): recall on attack
  files, false-positive rate on benign files, the ROC AUC of each attack file
  against its corpus's benign rows, and the rules or the scorer together;
* shared dev files: the run's leave-one-source-out figures beside the shipped
  model card's.

Then the four checks of the decision rule: mean recall over the corpora's
attack files, mean held-out recall over the public attack files with at least
30 rows (the model card's mean), the highest held-out benign false-positive
rate (files under 100 benign rows pooled, as the threshold is calibrated) and
the CPU time per 4 KB prompt. Corpora are named one by one and the blind ones
are refused: nothing here loads a corpus it was not given.
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
from benchmarks.corpus_status import refuse_unless_dev

_MIN_MEAN_ROWS = 30
_MIN_CALIBRATION_ROWS = 100
_ROUNDING = 5e-7


def _corpus_rows(corpora: tuple[int, ...]) -> dict[str, list[dict[str, Any]]]:
    """``folder/stem`` -> rows with text, for the named dev corpora only."""
    from benchmarks import blind

    refuse_unless_dev(corpora)
    out: dict[str, list[dict[str, Any]]] = {}
    for number in corpora:
        folder = blind.corpus_dir(number)
        for stem, rows in blind.load_corpus(folder).items():
            kept = [r for r in rows if isinstance(r.get("text"), str) and r["text"]]
            out[f"{folder.name}/{stem}"] = kept
    return out


def _shared_rows() -> dict[str, list[dict[str, Any]]]:
    base = data.data_dir()
    if base is None:
        return {}
    out = {}
    for path in sorted((base / data.INJECTION_DIR).glob("*.jsonl")):
        rows = data.load_jsonl(f"{data.INJECTION_DIR}/{path.name}") or []
        out[path.stem] = [
            r for r in rows if isinstance(r.get("text"), str) and r["text"]
        ]
    return out


def _labels(rows: list[dict[str, Any]]) -> np.ndarray:
    return np.array([int(r["label"]) for r in rows], dtype=np.int8)


def _rate(hits: np.ndarray) -> float | None:
    return round(float(hits.mean()), 4) if hits.size else None


def _model_figures(
    scores: dict[str, np.ndarray],
    rows: dict[str, list[dict[str, Any]]],
    threshold: float,
    rules: dict[str, np.ndarray] | None,
) -> dict[str, dict[str, Any]]:
    """Per file: recall, FPR (scorer alone, and rules or scorer), corpus AUC."""
    from langchain_mistral_secure.detection.scorer.calibration import auc

    out: dict[str, dict[str, Any]] = {}
    for name, file_rows in rows.items():
        if name not in scores:
            continue
        labels, hit = _labels(file_rows), scores[name] >= threshold
        entry: dict[str, Any] = {
            "recall": _rate(hit[labels == 1]),
            "fpr": _rate(hit[labels == 0]),
            "benign_rows": int((labels == 0).sum()),
        }
        if rules is not None and name in rules:
            both = hit | rules[name]
            entry["both_recall"] = _rate(both[labels == 1])
            entry["both_fpr"] = _rate(both[labels == 0])
        if "/" in name and (labels == 1).any():
            folder = name.partition("/")[0]
            benign = [
                scores[n][_labels(r) == 0]
                for n, r in rows.items()
                if n.partition("/")[0] == folder and n in scores
            ]
            value = auc(scores[name][labels == 1], np.concatenate(benign))
            entry["auc"] = None if value is None else round(value, 4)
        out[name] = entry
    return out


def _pooled_worst_fpr(figures: dict[str, dict[str, Any]]) -> tuple[float, str]:
    """Highest benign FPR, small files pooled as the calibration pools them."""
    worst, where = 0.0, ""
    small_hits, small_rows = 0.0, 0
    for name, entry in figures.items():
        rows = entry["benign_rows"]
        if not rows or entry["fpr"] is None:
            continue
        if rows < _MIN_CALIBRATION_ROWS:
            small_hits += entry["fpr"] * rows
            small_rows += rows
        elif entry["fpr"] > worst:
            worst, where = entry["fpr"], name
    if small_rows and small_hits / small_rows > worst:
        worst, where = round(small_hits / small_rows, 4), "small files pooled"
    return worst, where


def _public_attack_files(shared: dict[str, list[dict[str, Any]]]) -> list[str]:
    return [
        n for n, r in shared.items() if int((_labels(r) == 1).sum()) >= _MIN_MEAN_ROWS
    ]


def _mean(values: list[float | None]) -> float | None:
    kept = [v for v in values if v is not None]
    return round(statistics.fmean(kept), 4) if kept else None


def _shipped(
    corpus: dict[str, list[dict[str, Any]]],
    rules: dict[str, np.ndarray] | None,
    weights: Path | None,
) -> dict[str, Any]:
    """The shipped weights: corpora scored now, shared files from the card."""
    from langchain_mistral_secure.detection.scorer import InjectionScorer, get_scorer

    scorer = get_scorer() if weights is None else InjectionScorer(weights)
    scores = {
        name: np.array([scorer.score(r["text"]) for r in rows])
        for name, rows in corpus.items()
    }
    figures = _model_figures(scores, corpus, scorer.threshold, rules)
    for entry in scorer.model.metadata.get("files", []):
        if "loso" in entry and entry["file"] not in figures:
            loso = entry["loso"]
            figures[entry["file"]] = {
                "recall": loso["recall"],
                "fpr": loso["fpr"],
                "benign_rows": loso["benign"],
            }
    return {"threshold": scorer.threshold, "weights": weights, "files": figures}


def _run(
    folder: Path,
    rows: dict[str, list[dict[str, Any]]],
    rules: dict[str, np.ndarray] | None,
) -> dict[str, Any]:
    """A training run's held-out scores (``loso.json``) at its own threshold."""
    held = json.loads((folder / "loso.json").read_text(encoding="utf-8"))
    threshold = float(held["threshold"])
    # Scores and threshold are stored rounded to 6 decimals; the benign row
    # that sets the threshold sits just below it and can round up onto it.
    # A score equal to the threshold is that tie: count it as not flagged.
    scores = {n: np.array(v) - _ROUNDING for n, v in held["files"].items() if n in rows}
    for name, values in scores.items():
        if values.shape[0] != len(rows[name]):
            msg = f"{name}: {values.shape[0]} held-out scores, {len(rows[name])} rows"
            raise SystemExit(msg)
    used = {n.partition("/")[0] for n in held["files"] if "/" in n}
    return {
        "threshold": threshold,
        "block_threshold": float(held["block_threshold"]),
        "weights": folder / "injection_scorer.npz",
        "folders": sorted(used),
        "files": _model_figures(scores, rows, threshold, rules),
    }


def _rules_verdicts(
    rows: dict[str, list[dict[str, Any]]], cache: Path | None = None
) -> dict[str, np.ndarray]:
    """The rules' verdict on every row (read from ``cache`` when it has them)."""
    from langchain_mistral_secure.detection.engine import get_detector

    known: dict[str, list[bool]] = {}
    if cache is not None and cache.is_file():
        known = json.loads(cache.read_text(encoding="utf-8"))
    rules = get_detector("injection")
    out = {
        name: known[name]
        if len(known.get(name, [])) == len(file_rows)
        else [bool(rules.detect(r["text"])) for r in file_rows]
        for name, file_rows in rows.items()
    }
    if cache is not None:
        cache.write_text(json.dumps(out), encoding="utf-8")
    return {name: np.array(v, dtype=bool) for name, v in out.items()}


def compare_runs(  # noqa: PLR0913
    corpora: tuple[int, ...],
    runs: dict[str, Path],
    *,
    shipped: Path | None = None,
    with_rules: bool = True,
    latency_repeat: int = 100,
    rules_cache: Path | None = None,
) -> dict[str, Any]:
    """The shipped weights and each run, per file and against the decision rule."""
    from benchmarks.scorer import latency

    corpus, shared = _corpus_rows(corpora), _shared_rows()
    rows = {**shared, **corpus}
    rules = _rules_verdicts(rows, rules_cache) if with_rules else None
    models = {"shipped": _shipped(corpus, rules, shipped)}
    models.update({label: _run(path, rows, rules) for label, path in runs.items()})
    corpus_attacks = [n for n, r in corpus.items() if (_labels(r) == 1).all()]
    public = _public_attack_files(shared)
    for model in models.values():
        figures = model["files"]
        model["corpus_recall"] = _mean([figures[n]["recall"] for n in corpus_attacks])
        model["public_recall"] = _mean(
            [figures[n]["recall"] for n in public if n in figures]
        )
        model["worst_benign_fpr"] = _pooled_worst_fpr(figures)
        model["latency_ms"] = latency(latency_repeat, model["weights"])
        model["ms_per_4kb"] = max(
            ms["with view"] for ms in model["latency_ms"].values()
        )
    return {
        "corpora": list(corpora),
        "corpus_attack_files": corpus_attacks,
        "public_attack_files": public,
        "files": list(rows),
        "models": models,
    }


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}%"


def parse_runs(items: list[str]) -> dict[str, Path]:
    """``LABEL=DIR`` arguments (``--run``) as a label -> folder mapping.

    Example:
        >>> parse_runs(["A7=/tmp/a7"])
        {'A7': PosixPath('/tmp/a7')}
    """
    runs = {}
    for item in items:
        label, _, path = item.partition("=")
        runs[label] = Path(path)
    return runs


def markdown(result: dict[str, Any]) -> str:
    """Per-file table (one column per model), then the decision figures."""
    models = result["models"]
    names = list(models)
    lines = [
        "| file | metric | " + " | ".join(names) + " |",
        "|---|---|" + "---:|" * len(names),
        "| flag threshold | | "
        + " | ".join(f"{models[n]['threshold']:.4f}" for n in names)
        + " |",
    ]
    for file in result["files"]:
        cells = [models[n]["files"].get(file) for n in names]
        for key, label in (
            ("recall", "scorer recall"),
            ("fpr", "scorer FPR"),
            ("auc", "AUC vs corpus benign"),
            ("both_recall", "rules or scorer recall"),
            ("both_fpr", "rules or scorer FPR"),
        ):
            values = [None if c is None else c.get(key) for c in cells]
            if all(v is None for v in values):
                continue
            shown = [
                "-" if v is None else (f"{v:.3f}" if key == "auc" else _pct(v))
                for v in values
            ]
            lines.append(f"| {file} | {label} | " + " | ".join(shown) + " |")
    ms = [models[n] for n in names]
    lines.append("")
    lines.append("| decision figure | " + " | ".join(names) + " |")
    lines.append("|---|" + "---:|" * len(names))
    for label, cells in (
        ("mean recall, corpus attack files", [_pct(m["corpus_recall"]) for m in ms]),
        (
            "mean held-out recall, public attack files",
            [_pct(m["public_recall"]) for m in ms],
        ),
        (
            "worst held-out benign FPR",
            [
                f"{_pct(m['worst_benign_fpr'][0])} ({m['worst_benign_fpr'][1]})"
                for m in ms
            ],
        ),
        ("max CPU ms per 4 KB (with view)", [f"{m['ms_per_4kb']:.3f}" for m in ms]),
    ):
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.scorer_corpora")
    parser.add_argument(
        "--corpora",
        type=int,
        nargs="+",
        required=True,
        help="dev corpora to load, named one by one (1-8)",
    )
    parser.add_argument(
        "--run",
        action="append",
        default=[],
        metavar="LABEL=DIR",
        help="a training run's --out folder holding loso.json (repeatable)",
    )
    parser.add_argument(
        "--shipped", type=Path, default=None, help="baseline weights (the shipped)"
    )
    parser.add_argument("--no-rules", action="store_true", help="skip the rules")
    parser.add_argument("--json", type=Path, default=None, help="also write JSON")
    parser.add_argument(
        "--doc", action="store_true", help="also print the docs' compact table"
    )
    parser.add_argument(
        "--rules-cache", type=Path, default=None, help="JSON of the rules' verdicts"
    )
    args = parser.parse_args(argv)
    result = compare_runs(
        tuple(args.corpora),
        parse_runs(args.run),
        shipped=args.shipped,
        with_rules=not args.no_rules,
        rules_cache=args.rules_cache,
    )
    if args.json is not None:
        args.json.write_text(json.dumps(result, default=str), encoding="utf-8")
    print(markdown(result))
    if args.doc:
        from benchmarks.scorer_corpora_doc import doc_markdown

        print()
        print(doc_markdown(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
