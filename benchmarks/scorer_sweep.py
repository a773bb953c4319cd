"""Rules or scorer at several flag thresholds, on corpora the model never saw.

``python -m benchmarks.scorer_sweep --corpora 19 20 21 --weights W.npz``
scores every row of the named dev corpora once (the rules' verdict, the
scorer's best window and whether the text opens as a prompt specification)
and then prints, per file and per threshold, the recall (attack files) or the
rows flagged (benign files) of the rules or the scorer, as the default policy
counts them. Each threshold replaces the weights' flag threshold; a text the
role exemption covers keeps the weights' role threshold when that is higher,
as :meth:`InjectionScorer.flag_threshold` does.

The flag threshold is calibrated on held-out public and corpus benign files
(``kind_calibration.py``). This measures what another threshold would have
bought and cost on corpora written later, which neither the weights nor the
rules were built from: pass only corpora newer than the weights' training
data (the model card lists it) and than the rules' last round. Figures for a
corpus the weights trained on are in distribution and say nothing about the
threshold. Corpora are named one by one; blind ones are refused
(``benchmarks/corpus_status.py``).
"""

# ruff: noqa: PLC0415
# (the package is imported lazily, like the other benchmark modules)

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.corpus_status import refuse_unless_dev

DEFAULT_THRESHOLDS = (0.95, 0.93, 0.9, 0.85, 0.8, 0.7, 0.5)
"""Thresholds printed beside the weights' own."""


@dataclass(frozen=True)
class Row:
    """What the sweep keeps of one row: no text."""

    file: str
    label: int
    rules: bool
    score: float
    role: bool


def score_rows(corpora: tuple[int, ...], weights: Path | None = None) -> list[Row]:
    """Each row's rules verdict, scorer score and role flag, corpus by corpus.

    Raises:
        SystemExit: When ``corpora`` names a corpus that is not dev data.
    """
    refuse_unless_dev(corpora)
    from benchmarks import blind
    from langchain_mistral_secure.detection.engine import get_detector
    from langchain_mistral_secure.detection.scorer import InjectionScorer

    rules = get_detector("injection")
    scorer = InjectionScorer(weights)
    out: list[Row] = []
    for number in corpora:
        folder = blind.corpus_dir(number)
        for stem, rows in blind.load_corpus(folder).items():
            for row in rows:
                text = row.get("text")
                if not isinstance(text, str) or not text:
                    continue
                score, _, _, view_text = scorer._best(text, None)  # noqa: SLF001
                out.append(
                    Row(
                        f"{folder.name}/{stem}",
                        int(row["label"]),
                        bool(rules.detect(text)),
                        score,
                        scorer.model.keeps_role_threshold(view_text),
                    )
                )
    return out


def sweep(
    rows: list[Row], thresholds: tuple[float, ...], role_threshold: float | None
) -> dict[str, Any]:
    """Per file and threshold: rows caught by the rules or the scorer.

    Example:
        >>> rows = [
        ...     Row("c/indirect", 1, False, 0.9, False),
        ...     Row("c/indirect", 1, True, 0.1, False),
        ...     Row("c/benign_code", 0, False, 0.85, True),
        ... ]
        >>> out = sweep(rows, (0.95, 0.8), role_threshold=0.97)
        >>> files = out["files"]
        >>> files["c/indirect"]["caught"], files["c/benign_code"]["caught"]
        ([1, 2], [0, 0])
        >>> out["mean_recall"]
        [0.5, 1.0]
    """
    files: dict[str, dict[str, Any]] = {}
    for row in rows:
        entry = files.setdefault(
            row.file, {"label": row.label, "rows": 0, "caught": [0] * len(thresholds)}
        )
        entry["rows"] += 1
        for i, threshold in enumerate(thresholds):
            limit = threshold
            if row.role and role_threshold is not None:
                limit = max(threshold, role_threshold)
            if row.rules or row.score >= limit:
                entry["caught"][i] += 1
    attacks = [f for f in files.values() if f["label"] == 1]
    mean = [
        round(sum(f["caught"][i] / f["rows"] for f in attacks) / len(attacks), 4)
        if attacks
        else None
        for i in range(len(thresholds))
    ]
    return {"thresholds": list(thresholds), "files": files, "mean_recall": mean}


def markdown(result: dict[str, Any]) -> str:
    """One table: a row per file, a column per threshold."""
    thresholds = result["thresholds"]
    head = " | ".join(f"{t:.4g}" for t in thresholds)
    lines = [
        f"| file | rows | {head} |",
        "|---|---:|" + "---:|" * len(thresholds),
    ]
    for name, entry in sorted(result["files"].items(), key=lambda i: -i[1]["label"]):
        if entry["label"] == 1:
            cells = [f"{100 * c / entry['rows']:.1f}%" for c in entry["caught"]]
        else:
            cells = [f"{c} ({100 * c / entry['rows']:.1f}%)" for c in entry["caught"]]
        lines.append(f"| {name} | {entry['rows']} | " + " | ".join(cells) + " |")
    mean = " | ".join(
        "-" if m is None else f"{100 * m:.1f}%" for m in result["mean_recall"]
    )
    lines.append(f"| mean of the attack files | | {mean} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Score the corpora once, print the table (and write JSON if asked)."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.scorer_sweep")
    parser.add_argument("--corpora", type=int, nargs="+", required=True)
    parser.add_argument("--weights", type=Path, default=None)
    parser.add_argument(
        "--thresholds", type=float, nargs="+", default=list(DEFAULT_THRESHOLDS)
    )
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    from langchain_mistral_secure.detection.scorer import InjectionScorer

    model = InjectionScorer(args.weights).model
    thresholds = (model.threshold, *sorted(set(args.thresholds), reverse=True))
    rows = score_rows(tuple(args.corpora), args.weights)
    result = sweep(rows, thresholds, model.role_threshold)
    print(markdown(result))
    if args.json is not None:
        args.json.write_text(json.dumps(result, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
