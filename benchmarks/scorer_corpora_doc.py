"""The docs' compact table of ``python -m benchmarks.scorer_corpora --doc``.

One cell per file and model (recall with the corpus AUC on attack files, the
false-positive rate on benign files), then per corpus kind the mean AUC and
rules-or-scorer recall, then the two means the decision rule reads.
"""

# ruff: noqa: PLC0415
# (the package is imported lazily, like the other benchmark modules)

from __future__ import annotations

from pathlib import Path
from typing import Any

from benchmarks.scorer_corpora import _mean, _pct

__all__ = ["doc_markdown"]


def _set_by(weights: Path | None) -> str:
    """The benign file whose held-out 1% tail set a weight file's flag threshold."""
    from langchain_mistral_secure.detection.scorer import InjectionScorer, get_scorer

    scorer = get_scorer() if weights is None else InjectionScorer(weights)
    held = scorer.model.metadata.get("flag_set_by", {}).get("held_out")
    held = held or [["not recorded"]]
    return str(held[0][0])


def _kind(file: str) -> str:
    return file.partition("/")[2] or file


def doc_markdown(result: dict[str, Any]) -> str:
    """The compact table of the docs: one cell per file and model.

    Attack files: scorer-alone recall (and, for corpus files, the AUC against
    the corpus's benign rows); benign files: scorer-alone false-positive
    rate; then the means, AUC and rules-or-scorer recall per corpus kind.
    """
    models = result["models"]
    names = list(models)
    ms = [models[n] for n in names]
    lines = [
        "| file | " + " | ".join(names) + " |",
        "|---|" + "---:|" * len(names),
        "| flag threshold (set by) | "
        + " | ".join(f"{m['threshold']:.4f} (`{_set_by(m['weights'])}`)" for m in ms)
        + " |",
    ]
    attacks = set(result["corpus_attack_files"]) | set(result["public_attack_files"])
    for file in result["files"]:
        cells = [m["files"].get(file) or {} for m in ms]
        if file in attacks:
            shown = [
                _pct(c.get("recall"))
                + ("" if c.get("auc") is None else f" ({c['auc']:.3f})")
                for c in cells
            ]
        elif all(c.get("fpr") is not None for c in cells):
            shown = [_pct(c.get("fpr")) for c in cells]
        else:
            continue
        lines.append(f"| {file} | " + " | ".join(shown) + " |")
    kinds = sorted({_kind(f) for f in result["corpus_attack_files"]})
    for kind in kinds:
        files = [f for f in result["corpus_attack_files"] if _kind(f) == kind]
        for key, label in (("auc", "mean AUC"), ("both_recall", "rules or scorer")):
            values = [_mean([m["files"][f].get(key) for f in files]) for m in ms]
            shown = [
                "-" if v is None else (f"{v:.3f}" if key == "auc" else _pct(v))
                for v in values
            ]
            lines.append(f"| corpora 1-5 {kind}, {label} | " + " | ".join(shown) + " |")
    lines.append(
        "| **mean recall, 20 corpus attack files** | "
        + " | ".join(f"**{_pct(m['corpus_recall'])}**" for m in ms)
        + " |"
    )
    lines.append(
        "| **mean held-out recall, 11 public attack files** | "
        + " | ".join(f"**{_pct(m['public_recall'])}**" for m in ms)
        + " |"
    )
    return "\n".join(lines)
