"""What a scorer veto on rule findings would clear and lose, on held-out scores.

``python -m benchmarks.rule_veto --run DIR --data ../shared/data/prompt_injection``
reads a training run's ``loso.json`` (its ``--loso-scores``: every validated
file's rows scored by the model trained without that file, each corpus held
out whole), runs the injection rules on the same rows, and prints, for each
cut ``t``: the rule-caught attack rows whose held-out score is below ``t``
(what a veto "drop a rule finding when the scorer scores the text below t"
would lose) and the rule-flagged benign rows below ``t`` (what it would clear),
pooled, per attack file where it loses any, and for the newest dev corpus.

The veto is not built (docs/scorer-experiments.md, h33): a stream releases
text as soon as no match can still start, and a veto that reads the scorer's
windows around a rule span needs text beyond the span, so the stream's hold
would have to cover that context. This measures whether it is worth building.
Only files the run held out are read; the blind corpus never is
(``corpus_status.DEV_CORPORA``).
"""

# ruff: noqa: PLC0415
# (the package is imported lazily, like the other benchmark modules)

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = ["CUTS", "VetoTable", "main", "veto_table"]

CUTS = (0.02, 0.05, 0.1, 0.15, 0.2, 0.3)
"""The scorer cuts tabulated."""

_ROOT = Path(__file__).resolve().parent


@dataclass
class VetoTable:
    """Rule-caught attacks and rule-flagged benign rows with held-out scores.

    Attributes:
        attacks: Per file, the held-out score of each rule-caught attack row.
        benign: Per file, the held-out score of each rule-flagged benign row.
        rows: Per file, its attack and benign row counts.
    """

    attacks: dict[str, list[float]] = field(default_factory=dict)
    benign: dict[str, list[float]] = field(default_factory=dict)
    rows: dict[str, tuple[int, int]] = field(default_factory=dict)

    def below(self, cut: float, files: Sequence[str] | None = None) -> tuple[int, int]:
        """(attacks lost, benign rows cleared) at ``cut``, over ``files`` or all."""
        names = self.rows if files is None else files
        lost = sum(s < cut for n in names for s in self.attacks.get(n, []))
        cleared = sum(s < cut for n in names for s in self.benign.get(n, []))
        return lost, cleared


def _path_of(name: str, data: Path) -> Path:
    """A LOSO file name's JSONL file (``folder/stem`` for a corpus file)."""
    from benchmarks.corpus_status import refuse_unless_dev

    if "/" not in name:
        return data / f"{name}.jsonl"
    folder, stem = name.split("/", 1)
    number = 1 if folder == "blind_corpus" else int(folder.rpartition("_")[2])
    refuse_unless_dev([number])
    return _ROOT / folder / f"{stem}.jsonl"


def veto_table(
    loso: Path, data: Path, detect: Callable[[str], Any] | None = None
) -> VetoTable:
    """Pair each held-out row's score with whether a rule fires on it.

    Args:
        loso: A run's ``loso.json``.
        data: The shared folder the run trained on (public files by stem).
        detect: The rules (default: the shipped ``"injection"`` detector).

    Raises:
        SystemExit: A file's rows differ in number from its held-out scores
            (not the run's data), or it names a corpus that is not dev data.
    """
    from langchain_mistral_secure.detection.engine import get_detector
    from langchain_mistral_secure.detection.scorer.sources import read_rows

    detect = detect or get_detector("injection").detect
    files = json.loads(loso.read_text(encoding="utf-8"))["files"]
    table = VetoTable()
    for name, scores in sorted(files.items()):
        rows = read_rows(_path_of(name, data))
        if len(rows) != len(scores):
            msg = f"{name}: {len(rows)} rows, {len(scores)} held-out scores"
            raise SystemExit(msg)
        attacks = sum(int(r["label"]) == 1 for r in rows)
        table.rows[name] = (attacks, len(rows) - attacks)
        for row, score in zip(rows, scores, strict=True):
            if detect(row["text"]):
                into = table.attacks if int(row["label"]) == 1 else table.benign
                into.setdefault(name, []).append(float(score))
    return table


def report(table: VetoTable, cuts: Sequence[float] = CUTS) -> list[str]:
    """The markdown lines: pooled, the newest corpus, and files that lose rows."""
    caught = sum(len(v) for v in table.attacks.values())
    flagged = sum(len(v) for v in table.benign.values())
    corpora = sorted(
        {n.split("/")[0] for n in table.rows if "/" in n},
        key=lambda f: 1 if f == "blind_corpus" else int(f.rpartition("_")[2]),
    )
    newest = [n for n in table.rows if corpora and n.startswith(corpora[-1] + "/")]
    lines = [
        f"Rule-caught attack rows: {caught}; rule-flagged benign rows: {flagged}.",
        "",
        "| cut | attacks lost | benign cleared | "
        + (f"{corpora[-1]}: lost, cleared |" if newest else "|"),
        "|---:|---:|---:|" + ("---|" if newest else ""),
    ]
    for cut in cuts:
        lost, cleared = table.below(cut)
        cells = f"| {cut} | {lost} ({lost / max(caught, 1):.2%}) | {cleared} |"
        if newest:
            cells += " {} / {} |".format(*table.below(cut, newest))
        lines.append(cells)
    lines += ["", "Attack files that lose rows at the highest cut:"]
    worst = []
    for name, (attacks, _) in sorted(table.rows.items()):
        lost = table.below(cuts[-1], [name])[0]
        if lost:
            worst.append(f"- {name}: {lost} of {attacks} ({lost / attacks:.1%})")
    return lines + (worst or ["- none"])


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.rule_veto")
    parser.add_argument("--run", type=Path, required=True, help="holds loso.json")
    parser.add_argument("--data", type=Path, required=True)
    args = parser.parse_args(argv)
    print("\n".join(report(veto_table(args.run / "loso.json", args.data))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
