"""What caps the scorer's flag threshold, and what a per-kind threshold could gain.

``python -m benchmarks.scorer_caps --loso LOSO.json`` reads a training run's
``--loso-scores`` file (every shared file scored whole by the model trained
without it) and prints the exemption ladder
(:func:`~langchain_mistral_secure.detection.scorer.calibration.exemption_ladder`):
the flag threshold calibrated to at most 1% false positives on every held-out
benign file, then the same with the file that set it left out, and so on,
with the held-out recall of every public attack file (at least 30 attacks) at
each step. Step ``k`` is the ceiling of any second stage (a per-kind threshold)
that recognized the first ``k`` capping benign files perfectly: measure it
before writing one.

With ``--corpora`` it also scores the rows of blind corpora 1-3 with the
weights given by ``--weights`` (default: the shipped ones, which never trained
on the corpora, so these scores are held out too) and prints, at each step's
threshold, the scorer's false-positive rate on the worst benign file of each
corpus and the recall of rules or scorer on each attack file of corpus 3.
Never pass weights trained on a corpus (``--extra-data``) with ``--corpora``.
"""

# ruff: noqa: PLC0415
# (the package is imported lazily, like the other benchmark modules)

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import numpy as np

from benchmarks import data

MIN_ATTACKS = 30
"""Attack files with fewer rows stay out of the mean (as in the model card)."""
CORPUS_NUMBERS = (1, 2, 3)
"""The dev corpora; a blind one in progress is never read here."""


def _shared_rows() -> dict[str, list[dict[str, Any]]]:
    base = data.data_dir()
    if base is None:
        return {}
    return {
        path.stem: [
            r
            for r in data.load_jsonl(f"{data.INJECTION_DIR}/{path.name}") or []
            if isinstance(r.get("text"), str) and r["text"]
        ]
        for path in sorted((base / data.INJECTION_DIR).glob("*.jsonl"))
    }


def held_out_split(
    loso: dict[str, Any], rows: dict[str, list[dict[str, Any]]]
) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
    """Benign scores per file and attack scores per large attack file.

    Files whose row count differs from the stored scores are skipped (another
    version of the data), never matched row by row by guess.
    """
    benign: dict[str, np.ndarray] = {}
    attacks: dict[str, np.ndarray] = {}
    for name, kept in rows.items():
        scores = loso["files"].get(name)
        if scores is None or len(scores) != len(kept):
            continue
        values = np.asarray(scores, dtype=np.float64)
        labels = np.array([int(r["label"]) for r in kept])
        if (labels == 0).any():
            benign[name] = values[labels == 0]
        if (labels == 1).sum() >= MIN_ATTACKS:
            attacks[name] = values[labels == 1]
    return benign, attacks


def corpus_rates(
    thresholds: list[float], weights: Path | None = None
) -> list[dict[str, Any]]:
    """Corpus figures at each threshold: worst benign FPR, corpus 3 recall."""
    from benchmarks import blind
    from langchain_mistral_secure.detection.engine import get_detector
    from langchain_mistral_secure.detection.scorer.model import (
        InjectionScorer,
        get_scorer,
    )

    scorer = get_scorer() if weights is None else InjectionScorer(weights)
    rules = get_detector("injection")
    scored: dict[tuple[int, str], tuple[np.ndarray, np.ndarray, np.ndarray]] = {}
    for number in CORPUS_NUMBERS:
        for name, rows in blind.load_corpus(blind.corpus_dir(number)).items():
            texts = [r["text"] for r in rows]
            scored[number, name] = (
                np.array([int(r["label"]) for r in rows]),
                np.array([scorer.score(t) for t in texts]),
                np.array(
                    [bool(rules.detect(t)) if number == 3 else False for t in texts]
                ),
            )
    out = []
    for threshold in thresholds:
        entry: dict[str, Any] = {"threshold": threshold, "worst_fpr": {}, "corpus3": {}}
        for (number, name), (labels, scores, by_rules) in scored.items():
            hit = scores >= threshold
            if (labels == 0).any():
                fpr = float(hit[labels == 0].mean())
                worst = entry["worst_fpr"].get(number, ("", -1.0))
                if fpr > worst[1]:
                    entry["worst_fpr"][number] = (name, fpr)
            if number == 3 and (labels == 1).any():
                attack = labels == 1
                entry["corpus3"][name] = {
                    "rules": float(by_rules[attack].mean()),
                    "both": float((hit | by_rules)[attack].mean()),
                }
        out.append(entry)
    return out


def caps(
    loso_path: Path,
    *,
    steps: int = 4,
    corpora: bool = False,
    weights: Path | None = None,
) -> dict[str, Any]:
    """The exemption ladder of a LOSO scores file (and corpus figures)."""
    from langchain_mistral_secure.detection.scorer.calibration import (
        FLAG_FPR,
        exemption_ladder,
    )

    loso = json.loads(loso_path.read_text(encoding="utf-8"))
    benign, attacks = held_out_split(loso, _shared_rows())
    ladder = exemption_ladder(benign, attacks, FLAG_FPR, steps)
    result: dict[str, Any] = {
        "stored_threshold": loso.get("threshold"),
        "ladder": ladder,
    }
    if corpora and ladder:
        result["corpora"] = corpus_rates([s["threshold"] for s in ladder], weights)
    return result


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}%"


def markdown(result: dict[str, Any]) -> str:
    """One column per ladder step, one row per attack file and corpus figure."""
    ladder = result["ladder"]
    if not ladder:
        return "No held-out scores matched the data files."
    head = " | ".join(f"step {i}" for i in range(len(ladder)))
    lines = [
        f"Stored flag threshold: {result['stored_threshold']}.",
        "",
        f"| | {head} |",
        "|---|" + "---:|" * len(ladder),
        "| left out (cumulative) | "
        + " | ".join(", ".join(s["exempt"]) or "none" for s in ladder)
        + " |",
        "| flag threshold | "
        + " | ".join(f"{s['threshold']:.4f}" for s in ladder)
        + " |",
        "| set by | " + " | ".join(s["set_by"] for s in ladder) + " |",
    ]
    names = list(ladder[0]["recall"])
    means = [
        sum(s["recall"][n] for n in names) / len(names) if names else None
        for s in ladder
    ]
    lines.append(
        f"| **mean held-out recall ({len(names)} files)** | "
        + " | ".join(f"**{_pct(m)}**" for m in means)
        + " |"
    )
    lines.extend(
        f"| {n} (recall) | " + " | ".join(_pct(s["recall"][n]) for s in ladder) + " |"
        for n in names
    )
    corpora = result.get("corpora")
    if corpora:
        for number in CORPUS_NUMBERS:
            cells = []
            for entry in corpora:
                name, fpr = entry["worst_fpr"].get(number, ("-", None))
                cells.append(f"{_pct(fpr)} ({name})")
            lines.append(
                f"| corpus {number} worst benign FPR, scorer | {' | '.join(cells)} |"
            )
        for kind in corpora[0]["corpus3"]:
            cells = [
                f"{_pct(e['corpus3'][kind]['both'])} "
                f"(rules {_pct(e['corpus3'][kind]['rules'])})"
                for e in corpora
            ]
            lines.append(f"| corpus 3 {kind}, rules or scorer | {' | '.join(cells)} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.scorer_caps")
    parser.add_argument(
        "--loso", type=Path, required=True, help="a training run's --loso-scores JSON"
    )
    parser.add_argument(
        "--steps", type=int, default=4, help="capping files to leave out"
    )
    parser.add_argument(
        "--corpora",
        action="store_true",
        help="also score blind corpora 1-3 with --weights at each step's threshold",
    )
    parser.add_argument(
        "--weights", type=Path, default=None, help="weights for --corpora (shipped)"
    )
    args = parser.parse_args(argv)
    print(
        markdown(
            caps(
                args.loso, steps=args.steps, corpora=args.corpora, weights=args.weights
            )
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
