"""The scorer's flag threshold set on dev corpora its weights never trained on.

``python -m benchmarks.scorer_unseen_threshold --weights NPZ --corpora 58-65``
reads every row of those hand-written corpora with the product's detector
(the injection rules, R69's confirmation and the scorer, as
``InputSanitizer`` runs them) and every benign row of the shared public
files with the scorer alone, then prints the lowest flag threshold that
keeps, under the same 1% the issue asks for:

- each benign kind's mean file rate over those corpora, rules and scorer
  together (the product's false positives, not the scorer's share);
- every public benign file, scorer alone (the benchmark's dev check).

It scans a 0.005 grid from the trained threshold down and stops at the first
value that fails either, so it only ever lowers the threshold. ``--out``
writes the same weights with that threshold (the role and block thresholds
unchanged) and records the rule in the metadata.

Why (docs/scorer-experiments.md, h68): the training command calibrates on
files scored by models trained without them, and its binding draws are public
files far from the rest and the hardest early corpora; on later corpora the
weights never saw, the scorer alone used a fraction of the 1%. Corpora the
weights trained on are refused (they would read in-distribution), and so are
corpora that are not development data.
"""

# ruff: noqa: PLC0415
# (the package is imported lazily, like the other benchmark modules)

from __future__ import annotations

import argparse
import dataclasses
import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

__all__ = [
    "LIMIT",
    "STEP",
    "FileRows",
    "main",
    "unseen_threshold",
    "worst_kind",
    "worst_public",
]

LIMIT = 0.01
"""The false-positive rate each benign kind (and each public file) may reach."""

STEP = 0.005
"""The grid the threshold moves on."""

LOWEST = 0.5
"""The lowest threshold the rule may give (the training command's floor too)."""

Bools = npt.NDArray[np.bool_]


@dataclass(frozen=True)
class FileRows:
    """One file's rows as the threshold rule reads them.

    Attributes:
        rule: A rule finding stands after the confirmation (independent of
            the flag threshold).
        score: The scorer's whole-text score.
        gated: The text keeps the role threshold (a prompt specification or
            a follow-up turn, as the weights record).
        scorable: The text is long enough for a scorer finding.
    """

    rule: Bools
    score: npt.NDArray[np.float64]
    gated: Bools
    scorable: Bools

    def flagged(self, threshold: float, role: float, *, rules: bool = True) -> Bools:
        """Which rows the product (or with ``rules=False`` the scorer) flags.

        Example:
            >>> rows = FileRows(
            ...     rule=np.array([False, True, False]),
            ...     score=np.array([0.9, 0.1, 0.95]),
            ...     gated=np.array([False, False, True]),
            ...     scorable=np.array([True, True, True]),
            ... )
            >>> rows.flagged(0.8, 0.99).tolist()
            [True, True, False]
            >>> rows.flagged(0.8, 0.99, rules=False).tolist()
            [True, False, False]
        """
        limit = np.where(self.gated, role, threshold)
        by_score = self.scorable & (self.score >= limit)
        return by_score | self.rule if rules else by_score


def _grid(trained: float) -> list[float]:
    """The trained threshold, then every grid value below it down to LOWEST."""
    steps = int(np.floor((trained - LOWEST) / STEP + 1e-9))
    below = [round(LOWEST + STEP * i, 3) for i in range(steps, -1, -1)]
    return [trained, *(t for t in below if t < trained)]


def worst_kind(
    benign: Mapping[str, Sequence[FileRows]], threshold: float, role: float
) -> tuple[str, float]:
    """The benign kind with the highest mean file rate (product), and that rate.

    Example:
        >>> none = np.zeros(4, bool)
        >>> calm = FileRows(none, np.zeros(4), none, np.ones(4, bool))
        >>> hot = dataclasses.replace(calm, rule=np.array([1, 0, 0, 0], bool))
        >>> worst_kind({"code": [calm, calm], "chat": [hot, calm]}, 0.8, 0.99)
        ('chat', 0.125)
    """
    if not benign or not all(benign.values()):
        msg = "every benign kind needs at least one file"
        raise ValueError(msg)
    rates = {
        kind: float(np.mean([np.mean(f.flagged(threshold, role)) for f in files]))
        for kind, files in benign.items()
    }
    kind = max(sorted(rates), key=rates.__getitem__)
    return kind, rates[kind]


def worst_public(
    public: Mapping[str, FileRows], threshold: float, role: float
) -> tuple[str, float]:
    """The public benign file the scorer alone flags most, and its rate."""
    if not public:
        msg = "the public benign files are missing"
        raise ValueError(msg)
    rates = {
        name: float(np.mean(rows.flagged(threshold, role, rules=False)))
        for name, rows in public.items()
    }
    name = max(sorted(rates), key=rates.__getitem__)
    return name, rates[name]


def unseen_threshold(
    benign: Mapping[str, Sequence[FileRows]],
    public: Mapping[str, FileRows],
    trained: float,
    role: float,
) -> float:
    """The lowest grid threshold at which both limits still hold.

    Scanned from ``trained`` down; the first value that breaks a limit ends
    the scan, so a threshold is never raised and never skips a failing one.

    Example:
        >>> n = 200
        >>> benign_scores = np.linspace(0.0, 0.85, n)  # 1% of them >= 0.8436
        >>> rows = FileRows(np.zeros(n, bool), benign_scores,
        ...                 np.zeros(n, bool), np.ones(n, bool))
        >>> unseen_threshold({"chat": [rows]}, {"alpaca": rows}, 0.9, 0.99)
        0.845
    """
    best = trained
    for threshold in _grid(trained):
        if worst_kind(benign, threshold, role)[1] > LIMIT:
            break
        if worst_public(public, threshold, role)[1] > LIMIT:
            break
        best = threshold
    return best


def _rows_of(texts: Iterable[str], weights: Path, floor: float | None) -> FileRows:
    """Read ``texts`` with the product's detector and the scorer's parts."""
    from langchain_mistral_secure import InputSanitizer
    from langchain_mistral_secure.detection.normalize import build_view
    from langchain_mistral_secure.detection.scorer import (
        SCORER_RULE_ID,
        InjectionScorer,
    )

    detector = InputSanitizer(
        scorer_path=str(weights), corroboration_floor=floor
    ).detector
    scorer = InjectionScorer(weights)
    every = InjectionScorer(weights, threshold=0.0)  # any long-enough text
    model = scorer.model
    # Weights with one threshold flag every text at it: nothing is gated.
    gates = model.role_threshold is not None
    rule, score, gated, scorable = [], [], [], []
    for text in texts:
        rule.append(any(f.rule_id != SCORER_RULE_ID for f in detector.detect(text)))
        score.append(scorer.score(text))
        gated.append(gates and model.keeps_role_threshold(build_view(text).text))
        scorable.append(bool(every.detect(text)))
    return FileRows(
        np.array(rule, bool),
        np.array(score),
        np.array(gated, bool),
        np.array(scorable, bool),
    )


def _corpus_range(text: str) -> list[int]:
    first, _, last = text.partition("-")
    return list(range(int(first), int(last or first) + 1))


def _refuse_trained(corpora: Sequence[int], metadata: Mapping[str, Any]) -> None:
    from benchmarks.corpus_status import folder_name

    trained = {Path(p).name for p in metadata.get("extra_data", [])}
    seen = [n for n in corpora if folder_name(n) in trained]
    if seen:
        msg = f"corpus {seen[0]} is in these weights' training data"
        raise SystemExit(msg)


def measure(
    weights: Path,
    corpora: Sequence[int],
    floor: float | None,
    limit: int | None = None,
) -> tuple[dict[str, list[FileRows]], dict[str, FileRows]]:
    """Every benign file of ``corpora`` by kind, and every public benign file.

    ``limit``: read only each file's first rows (a quick look; the rule is
    set on whole files).
    """
    from benchmarks.blind import corpus_dir, load_corpus
    from benchmarks.corpus_status import refuse_unless_dev
    from benchmarks.data import INJECTION_DIR, data_dir

    refuse_unless_dev(corpora)
    shared = data_dir()
    if shared is None:
        msg = "the shared data folder is missing (../shared/data)"
        raise SystemExit(msg)
    benign: dict[str, list[FileRows]] = {}
    for number in corpora:
        for stem, rows in load_corpus(corpus_dir(number), limit=limit).items():
            if rows and int(rows[0]["label"]) == 0:
                texts = (r["text"] for r in rows)
                benign.setdefault(stem, []).append(_rows_of(texts, weights, floor))
    public = {}
    for path in sorted((shared / INJECTION_DIR).glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            rows = [json.loads(line) for line in handle if line.strip()]
        texts = [r["text"] for r in rows if int(r["label"]) == 0][:limit]
        if texts:
            public[path.stem] = _rows_of(texts, weights, floor)
    return benign, public


def main(argv: list[str] | None = None) -> int:
    """Print the rule's threshold (and with ``--out`` write the weights)."""
    from langchain_mistral_secure.detection.corroboration import DEFAULT_FLOOR
    from langchain_mistral_secure.detection.scorer import InjectionScorer

    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.scorer_unseen_threshold"
    )
    parser.add_argument("--weights", type=Path, required=True)
    parser.add_argument("--corpora", default="58-65", help="a dev range, e.g. 58-65")
    parser.add_argument("--floor", type=float, default=DEFAULT_FLOOR)
    parser.add_argument("--out", type=Path, help="write the recalibrated weights here")
    parser.add_argument("--limit", type=int, help="rows per file (a quick look)")
    args = parser.parse_args(argv)
    model = InjectionScorer(args.weights).model
    corpora = _corpus_range(args.corpora)
    _refuse_trained(corpora, model.metadata)
    # Weights this command already wrote start again from the trained value,
    # so running it twice gives the same threshold and keeps the record.
    trained = float(
        model.metadata.get("unseen_threshold", {}).get("trained", model.threshold)
    )
    role = trained if model.role_threshold is None else model.role_threshold
    benign, public = measure(args.weights, corpora, args.floor, args.limit)
    threshold = unseen_threshold(benign, public, trained, role)
    for label, value in (
        (f"trained {trained:.4f}", trained),
        (f"rule {threshold:.3f}", threshold),
    ):
        kind, rate = worst_kind(benign, value, role)
        name, alone = worst_public(public, value, role)
        flagged = sum(
            int(f.flagged(value, role).sum()) for fs in benign.values() for f in fs
        )
        print(
            f"{label}: worst kind {kind} {rate:.2%}, {flagged} benign rows; "
            f"worst public file {name} {alone:.2%} (scorer alone)"
        )
    if args.out is not None:
        meta = dict(model.metadata)
        meta["unseen_threshold"] = {
            "trained": trained,
            "corpora": corpora,
            "floor": args.floor,
            "limit": LIMIT,
            "rows_per_file": args.limit,  # None: whole files
        }
        dataclasses.replace(model, threshold=threshold, metadata=meta).save(args.out)
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
