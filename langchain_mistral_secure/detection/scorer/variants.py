"""The model card's record of head variants tried and not shipped.

``variants.json`` (next to the weights) holds, for each variant of the
scorer's head compared by ``python -m benchmarks.scorer_variants``, its recall
on every attack file and its false-positive rate on every benign file under
that benchmark's quick leave-source-out protocol. :func:`tried_lines` renders
them as the card's "What was tried" section, one column per variant, so a
regenerated card keeps the record.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

__all__ = ["VARIANTS_PATH", "command_entry", "load_variants", "tried_lines"]

VARIANTS_PATH = Path(__file__).resolve().parent / "variants.json"
"""Results of ``python -m benchmarks.scorer_variants`` shipped with the card."""


def load_variants(path: Path = VARIANTS_PATH) -> dict[str, Any]:
    """The recorded comparison (empty when there is none)."""
    if not path.is_file():
        return {}
    loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


def _pct(value: float) -> str:
    return f"{100 * value:.1f}%"


def _table(results: list[dict[str, Any]]) -> list[str]:
    """One column per variant: recall per attack file, then FPR per benign file."""
    names = [r["variant"] for r in results]
    lines = [
        "| file | " + " | ".join(names) + " |",
        "|---|" + "---:|" * len(names),
    ]
    for key, label in (("recall", "recall"), ("fpr", "FPR")):
        for file in results[0][key]:
            cells = " | ".join(_pct(r[key][file]) for r in results)
            lines.append(f"| {file} ({label}) | {cells} |")
    means = " | ".join(f"**{_pct(r['mean_recall'])}**" for r in results)
    lines.append(f"| mean recall, {len(results[0]['recall'])} attack files | {means} |")
    thresholds = " | ".join(f"{r['threshold']:.4f}" for r in results)
    return [*lines, f"| flag threshold | {thresholds} |", ""]


_MIN_MEAN_ROWS = 30


def command_entry(name: str, metadata: dict[str, Any]) -> dict[str, Any]:
    """A training run's leave-one-source-out rates as one table column.

    ``metadata`` is a trained model's (``ScorerModel.metadata``): recall on
    every attack file with at least 30 attacks, false-positive rate on every
    benign file, the mean recall over those attack files, the flag threshold.

    Example:
        >>> files = [{"file": "a", "loso": {"attacks": 40, "benign": 0,
        ...     "recall": 0.5, "fpr": None}}]
        >>> command_entry("x", {"files": files, "threshold": 0.9})["mean_recall"]
        0.5
    """
    loso = [f for f in metadata["files"] if "loso" in f]
    recall = {
        f["file"]: f["loso"]["recall"]
        for f in loso
        if f["loso"]["attacks"] >= _MIN_MEAN_ROWS
    }
    fpr = {f["file"]: f["loso"]["fpr"] for f in loso if f["loso"]["benign"]}
    return {
        "variant": name,
        "threshold": metadata["threshold"],
        "recall": recall,
        "fpr": fpr,
        "mean_recall": sum(recall.values()) / max(len(recall), 1),
    }


def tried_lines(path: Path = VARIANTS_PATH) -> list[str]:
    """Markdown lines of the "What was tried" section (none without a record).

    The record's ``results`` (the quick protocol) make the first table; its
    optional ``full_results`` (every benign file held out alone, fewer
    variants) a second one, introduced by ``full_summary``; its optional
    ``command_results`` (the training command's own leave-one-source-out,
    :func:`command_entry`) a third, introduced by ``command_summary``; its
    optional ``corpora_table`` (markdown rows from
    ``python -m benchmarks.scorer_corpora``) a fourth, introduced by
    ``corpora_summary``; its optional ``judge_table`` (from
    ``python -m benchmarks.scorer_judge``) a fifth, introduced by
    ``judge_summary``; each entry of its optional ``later_judges`` (a later
    session's judge corpus: ``summary`` and ``table`` lines) one more.

    Example:
        >>> tried_lines(Path("no-such-file.json"))
        []
    """
    record = load_variants(path)
    results: list[dict[str, Any]] = record.get("results", [])
    if not results:
        return []
    lines = [
        "## What was tried (and not shipped)",
        "",
        *record.get("summary", []),
        "",
        *_table(results),
    ]
    full: list[dict[str, Any]] = record.get("full_results", [])
    if full:
        lines += [*record.get("full_summary", []), "", *_table(full)]
    command: list[dict[str, Any]] = record.get("command_results", [])
    if command:
        lines += [*record.get("command_summary", []), "", *_table(command)]
    corpora: list[str] = record.get("corpora_table", [])
    if corpora:
        # Written by ``python -m benchmarks.scorer_corpora`` (per-file rows of
        # several metrics, which the one-metric table above cannot hold).
        lines += [*record.get("corpora_summary", []), "", *corpora, ""]
    judged: list[str] = record.get("judge_table", [])
    if judged:
        # Written by ``python -m benchmarks.scorer_judge`` (corpora 1-6 in
        # training, corpus 7 the judge).
        lines += [*record.get("judge_summary", []), "", *judged, ""]
    for later in record.get("later_judges", []):
        lines += [*later.get("summary", []), "", *later.get("table", []), ""]
    return lines
