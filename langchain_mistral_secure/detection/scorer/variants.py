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

__all__ = ["VARIANTS_PATH", "load_variants", "tried_lines"]

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


def tried_lines(path: Path = VARIANTS_PATH) -> list[str]:
    """Markdown lines of the "What was tried" section (none without a record).

    The record's ``results`` (the quick protocol) make the first table; its
    optional ``full_results`` (every benign file held out alone, fewer
    variants) a second one, introduced by ``full_summary``.

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
    return lines
