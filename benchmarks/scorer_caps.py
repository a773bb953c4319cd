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

With ``--gate ignore,unbound`` it measures the simplest second stage instead:
a text that carries one of the named concept tags
(:mod:`~langchain_mistral_secure.detection.scorer.concepts`) is flagged at a
lower threshold, calibrated by the same per-file rule, and every other text
keeps the stored one; it prints that threshold and the held-out recall per
attack file beside the stored threshold's.

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


def _concept_names(text: str) -> frozenset[str]:
    from langchain_mistral_secure.detection.scorer.concepts import load_concepts
    from langchain_mistral_secure.detection.scorer.features import (
        HASH_BITS,
        hash_text,
    )

    names = list(load_concepts())
    first = 1 << HASH_BITS
    return frozenset(
        names[i - first]
        for i in hash_text(text).concept_buckets
        if 0 <= i - first < len(names)
    )


def gate(loso_path: Path, concepts: list[str]) -> dict[str, Any]:
    """A concept-evidence second stage, measured on held-out scores."""
    from langchain_mistral_secure.detection.scorer.calibration import (
        FLAG_FPR,
        calibrate,
        gated_threshold,
    )
    from langchain_mistral_secure.detection.scorer.concepts import load_concepts

    unknown = sorted(set(concepts) - set(load_concepts()))
    if unknown:
        msg = f"unknown concepts {unknown}; choose from {sorted(load_concepts())}"
        raise ValueError(msg)
    loso = json.loads(loso_path.read_text(encoding="utf-8"))
    wanted = frozenset(concepts)
    benign: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    attacks: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    for name, kept in _shared_rows().items():
        scores = loso["files"].get(name)
        if scores is None or len(scores) != len(kept):
            continue
        values = np.asarray(scores, dtype=np.float64)
        labels = np.array([int(r["label"]) for r in kept])
        evidence = np.array([bool(_concept_names(r["text"]) & wanted) for r in kept])
        if (labels == 0).any():
            benign[name] = (values[labels == 0], evidence[labels == 0])
        if (labels == 1).sum() >= MIN_ATTACKS:
            attacks[name] = (values[labels == 1], evidence[labels == 1])
    # The one-threshold baseline from these scores (the stored threshold is
    # rounded, and may sit a hair under the calibrated one).
    high = calibrate({n: v[0] for n, v in benign.items()}, FLAG_FPR)
    low = gated_threshold(benign, high, FLAG_FPR)
    return {
        "concepts": sorted(wanted),
        "high": high,
        "low": low,
        "recall": {
            name: (
                float(np.mean(s >= high)),
                float(np.mean(s >= np.where(e, low, high))),
                float(np.mean(e)),
            )
            for name, (s, e) in attacks.items()
        },
    }


def gate_markdown(result: dict[str, Any]) -> str:
    """The :func:`gate` figures: one row per attack file, then the mean."""
    recall = result["recall"]
    lines = [
        (
            f"Texts with {' or '.join(result['concepts'])}: flag at "
            f"{result['low']:.4f}; others at {result['high']:.4f}."
        ),
        "",
        (
            "| file | attacks with the concepts | recall, one threshold "
            "| recall, second stage |"
        ),
        "|---|---:|---:|---:|",
    ]
    lines.extend(
        f"| {n} | {_pct(share)} | {_pct(one)} | {_pct(two)} |"
        for n, (one, two, share) in recall.items()
    )
    if recall:
        count = len(recall)
        one = sum(v[0] for v in recall.values()) / count
        two = sum(v[1] for v in recall.values()) / count
        lines.append(
            f"| **mean ({count} files)** | | **{_pct(one)}** | **{_pct(two)}** |"
        )
    return "\n".join(lines)


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
    parser.add_argument(
        "--gate",
        default=None,
        help="comma-separated concept names: measure that second stage instead",
    )
    args = parser.parse_args(argv)
    if args.gate:
        print(gate_markdown(gate(args.loso, args.gate.split(","))))
        return 0
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
