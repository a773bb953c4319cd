"""Weights trained on dev corpora, judged on a dev corpus none of them saw.

``python -m benchmarks.scorer_judge --judge 8 --corpora 1 2 3 4 5 6 7
--shipped-loso SHIPPED.json --run A7=DIR --run V=DIR`` compares the shipped
weights with training runs (each ``DIR`` holds the run's
``injection_scorer.npz`` and the ``loso.json`` its ``--loso-scores`` wrote;
``SHIPPED.json`` is the ``--loso-scores`` file of the shipped training
command). ``--judge`` names the judge corpus, ``--corpora`` the corpora the
runs trained on (each held out whole in their LOSO files). Every model flags
at its own thresholds: one flag threshold, or with ``role_threshold``
(``--role-exemption``) that one for texts that open as a prompt
specification (and, for weights calibrated with ``--security-exemption`` or
``--followup-exemption``, for security writing or follow-up turns) and the
flag threshold for the rest. It prints:

* the judge corpus, scored by each model's final weights (none trained on
  it), per file: scorer alone (recall, ROC AUC against the corpus's benign
  rows, false-positive rate), the rules, and the rules or the scorer;
* the public attack files with at least 30 rows: the rules or the held-out
  scorer (each file scored by the model trained without it);
* every held-out benign file, scorer alone: the public ones from the LOSO
  files, each corpus of ``--corpora`` held out whole (a corpus that neither
  the LOSO file holds nor the weights trained on, by their ``extra_data``,
  is scored directly); files under 100 benign rows pooled;
* the ladder of each model's low threshold over those held-out benign files
  (:func:`~langchain_mistral_secure.detection.scorer.calibration.gated_ladder`);
* the share of each judge file's rows that keep the high threshold;
* CPU time per 4 KB prompt of ``detect`` (the gate included), side by side.

Corpora are named one by one; the blind one is refused.
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

from benchmarks.scorer_corpora import (
    _corpus_rows,
    _labels,
    _rules_verdicts,
    _shared_rows,
    parse_runs,
)
from benchmarks.scorer_judge_report import MIN_GAIN, decision, markdown

__all__ = ["MIN_GAIN", "decision", "judge", "main", "markdown"]

_MIN_ATTACKS = 30
_MIN_ROWS = 100
_ROUNDING = 5e-7


def _corpus(number: int) -> dict[str, list[dict[str, Any]]]:
    """``folder/stem`` -> rows of one dev corpus (the blind one is refused)."""
    return _corpus_rows((number,))


def _gates(rows: dict[str, list[dict[str, Any]]]) -> dict[str, list[str]]:
    """Per file, each row's detection view, for the weights' own gates.

    Which texts keep the one-threshold value depends on the weights (the
    exemptions they were calibrated with), so each model asks its own
    ``keeps_role_threshold`` of these views.
    """
    from langchain_mistral_secure.detection.normalize import build_view

    return {
        name: [build_view(r["text"]).text for r in kept] for name, kept in rows.items()
    }


class _Model:
    """A weight file, its thresholds and (for a run) its held-out scores."""

    def __init__(self, weights: Path | None, loso: Path | None) -> None:
        from langchain_mistral_secure.detection.scorer import (
            InjectionScorer,
            get_scorer,
        )

        self.scorer = get_scorer() if weights is None else InjectionScorer(weights)
        model = self.scorer.model
        self.threshold = model.threshold
        self.role_threshold = model.role_threshold
        self.held: dict[str, np.ndarray] = {}
        # The corpora these weights trained on (--extra-data): their scores
        # there are not held out unless a LOSO file holds them (the h33
        # weights trained on corpora 1-18); any other corpus is scored directly.
        self.trained = {Path(p).name for p in model.metadata.get("extra_data", [])}
        if loso is not None:
            files = json.loads(loso.read_text(encoding="utf-8"))["files"]
            # Stored rounded to 6 decimals: a tie with the threshold is the
            # benign row that set it, so it counts as not flagged.
            self.held = {n: np.array(v) - _ROUNDING for n, v in files.items()}

    @property
    def high(self) -> float:
        """The threshold exempt texts keep (the one-threshold value)."""
        return self.threshold if self.role_threshold is None else self.role_threshold

    def exempt(self, views: list[str]) -> np.ndarray:
        """Which rows keep :attr:`high` under these weights' exemption."""
        keeps = self.scorer.model.keeps_role_threshold
        return np.array([keeps(v) for v in views], dtype=bool)

    def limits(self, views: list[str]) -> np.ndarray:
        """Each row's flag threshold."""
        return np.where(self.exempt(views), self.high, self.threshold)

    def score(self, rows: list[dict[str, Any]]) -> np.ndarray:
        return np.array([self.scorer.score(r["text"]) for r in rows])


def _rate(hits: np.ndarray) -> float | None:
    return round(float(hits.mean()), 4) if hits.size else None


def _judge_files(  # noqa: PLR0913
    model: _Model,
    rows: dict[str, list[dict[str, Any]]],
    scores: dict[str, np.ndarray],
    gates: dict[str, list[str]],
    rules: dict[str, np.ndarray],
    *,
    with_auc: bool,
) -> dict[str, dict[str, Any]]:
    from langchain_mistral_secure.detection.scorer.calibration import auc

    benign_all = np.concatenate(
        [np.zeros(0)]
        + [scores[n][_labels(r) == 0] for n, r in rows.items() if n in scores]
    )
    out: dict[str, dict[str, Any]] = {}
    for name, kept in rows.items():
        if name not in scores:
            continue
        labels = _labels(kept)
        hit = scores[name] >= model.limits(gates[name])
        both = hit | rules[name]
        attack, benign = labels == 1, labels == 0
        entry: dict[str, Any] = {
            "attacks": int(attack.sum()),
            "benign": int(benign.sum()),
            "scorer_recall": _rate(hit[attack]),
            "rules_recall": _rate(rules[name][attack]),
            "both_recall": _rate(both[attack]),
            "scorer_fpr": _rate(hit[benign]),
            "both_fpr": _rate(both[benign]),
            "both_fp_rows": int(both[benign].sum()),
            "exempt_share": _rate(model.exempt(gates[name])),
        }
        if with_auc and attack.any():
            value = auc(scores[name][attack], benign_all)
            entry["auc"] = None if value is None else round(value, 4)
        out[name] = entry
    return out


def _held_out_benign(
    model: _Model,
    rows: dict[str, list[dict[str, Any]]],
    gates: dict[str, list[str]],
) -> dict[str, Any]:
    """Scorer-alone FPR on every held-out benign file, small files pooled."""
    per_file: dict[str, float] = {}
    small_hits, small_rows = 0, 0
    for name, kept in rows.items():
        scores = model.held.get(name)
        if scores is None:
            if "/" not in name or name.partition("/")[0] in model.trained:
                continue
            scores = model.score(kept)  # these weights never saw this corpus
        benign = _labels(kept) == 0
        if not benign.any():
            continue
        hit = (scores >= model.limits(gates[name]))[benign]
        if benign.sum() < _MIN_ROWS:
            small_hits += int(hit.sum())
            small_rows += int(benign.sum())
        else:
            per_file[name] = round(float(hit.mean()), 4)
    if small_rows:
        per_file["small files pooled"] = round(small_hits / small_rows, 4)
    worst = max(per_file.items(), key=lambda item: item[1])
    return {"files": per_file, "worst": worst}


def _ladder(
    model: _Model,
    rows: dict[str, list[dict[str, Any]]],
    gates: dict[str, list[str]],
) -> list[Any]:
    """The run's cap, step by step, over its held-out benign files.

    With an exemption, the ladder of the low threshold (exempt rows keep the
    high one); otherwise the one threshold's.
    """
    from langchain_mistral_secure.detection.scorer.calibration import (
        FLAG_FPR,
        gated_ladder,
    )

    benign, attacks = {}, {}
    for name, kept in rows.items():
        if name not in model.held:
            continue
        labels = _labels(kept)
        low = (
            ~model.exempt(gates[name])
            if model.role_threshold is not None
            else (np.ones(labels.shape[0], dtype=bool))
        )
        scores = model.held[name]
        if (labels == 0).any():
            benign[name] = (scores[labels == 0], low[labels == 0])
        if (labels == 1).sum() >= _MIN_ATTACKS:
            attacks[name] = (scores[labels == 1], low[labels == 1])
    ladder = gated_ladder(benign, attacks, model.high, FLAG_FPR, steps=6)
    return [
        {
            "threshold": round(step["threshold"], 4),
            "set_by": step["set_by"],
            "public": statistics.fmean(
                v for n, v in step["recall"].items() if "/" not in n
            ),
            "corpora": statistics.fmean(
                v for n, v in step["recall"].items() if "/" in n
            ),
        }
        for step in ladder
    ]


def _latency(models: dict[str, _Model], repeat: int) -> dict[str, dict[str, float]]:
    """Median CPU ms of ``detect`` per 4 KB prompt, models interleaved."""
    from benchmarks.scorer import _median_ms, latency_texts

    out: dict[str, dict[str, float]] = {label: {} for label in models}
    for name, text in latency_texts().items():
        for label, model in models.items():
            model.scorer.detect(text)
            out[label][name] = _median_ms(
                lambda t=text, s=model.scorer: s.detect(t), repeat
            )
    return out


def judge(  # noqa: PLR0913
    judge_corpus: int,
    corpora: tuple[int, ...],
    runs: dict[str, Path],
    shipped_loso: Path | None,
    *,
    shipped: Path | None = None,
    rules_cache: Path | None = None,
    repeat: int = 100,
) -> dict[str, Any]:
    """Every figure of the decision rule, per model."""
    if judge_corpus in corpora:
        msg = "the judge corpus must not be one of --corpora"
        raise SystemExit(msg)
    judged = _corpus(judge_corpus)
    dev: dict[str, list[dict[str, Any]]] = {}
    for number in corpora:
        dev.update(_corpus(number))
    shared = _shared_rows()
    everything = {**shared, **dev, **judged}
    public = [n for n, r in shared.items() if (_labels(r) == 1).sum() >= _MIN_ATTACKS]
    # The rules' verdicts count on the judge corpus and the public attack files.
    rules = _rules_verdicts({**judged, **{n: shared[n] for n in public}}, rules_cache)
    gates = _gates(everything)
    models = {"shipped": _Model(shipped, shipped_loso)}
    models.update(
        {
            k: _Model(p / "injection_scorer.npz", p / "loso.json")
            for k, p in runs.items()
        }
    )
    out: dict[str, Any] = {"judge": judge_corpus, "public": public, "models": {}}
    for label, model in models.items():
        scores = {n: model.score(r) for n, r in judged.items()}
        held_public = {n: model.held[n] for n in public if n in model.held}
        public_files = _judge_files(
            model,
            {n: shared[n] for n in held_public},
            held_public,
            gates,
            rules,
            with_auc=False,
        )
        out["models"][label] = {
            "threshold": model.threshold,
            "role_threshold": model.role_threshold,
            "calibration": model.scorer.model.metadata.get("config", {}).get(
                "calibration", "file"
            ),
            "judge_files": _judge_files(
                model, judged, scores, gates, rules, with_auc=True
            ),
            "public_files": public_files,
            "public_both_mean": statistics.fmean(
                f["both_recall"] for f in public_files.values()
            )
            if public_files
            else None,
            "held_out_benign": _held_out_benign(model, {**shared, **dev}, gates),
            "ladder": _ladder(model, {**shared, **dev}, gates),
        }
    out["latency_ms"] = _latency(models, repeat)
    return out


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.scorer_judge")
    parser.add_argument("--judge", type=int, required=True, help="the judge corpus")
    parser.add_argument(
        "--corpora", type=int, nargs="+", required=True, help="trained-on corpora"
    )
    parser.add_argument(
        "--run", action="append", default=[], metavar="LABEL=DIR", help="a run"
    )
    parser.add_argument(
        "--shipped-loso",
        type=Path,
        default=None,
        help="--loso-scores of the shipped training command (public files)",
    )
    parser.add_argument("--shipped", type=Path, default=None, help="baseline weights")
    parser.add_argument("--rules-cache", type=Path, default=None)
    parser.add_argument("--repeat", type=int, default=100, help="latency calls")
    parser.add_argument("--json", type=Path, default=None, help="also write JSON")
    parser.add_argument(
        "--min-gain",
        type=float,
        default=MIN_GAIN,
        help="check 1: least rise of the judge corpus's mean rules-or-scorer recall",
    )
    args = parser.parse_args(argv)
    result = judge(
        args.judge,
        tuple(args.corpora),
        parse_runs(args.run),
        args.shipped_loso,
        shipped=args.shipped,
        rules_cache=args.rules_cache,
        repeat=args.repeat,
    )
    if args.json is not None:
        args.json.write_text(json.dumps(result, default=str), encoding="utf-8")
    print(markdown(result, args.min_gain))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
