"""Tables of the token scorer experiment (:mod:`benchmarks.token_scorer`).

Reads the results a run returns (or saves with ``--json``): every held-out
file's row labels and its scores by the n-gram scorer, the token scorer and
their combination, with the three flag thresholds. Prints per file recall and
false-positive rate side by side, the means the ship rule reads, and ROC AUC
per corpus attack kind.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from langchain_mistral_secure.detection.scorer.calibration import (
    FLAG_FPR,
    auc,
    file_cuts,
)

__all__ = ["MIN_ATTACKS", "capping_files", "report", "ship_rule", "summary"]

MIN_ATTACKS = 30
"""Public attack files with fewer attacks are not in the mean (as the card)."""
MODELS = ("ngram", "token", "combined")


def _rate(scores: list[float] | None, labels: np.ndarray, cls: int, cut: float) -> Any:
    if scores is None:
        return None
    mine = np.asarray(scores)[labels == cls]
    return float(np.mean(mine >= cut)) if mine.size else None


def _cell(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}%"


def per_file(results: dict[str, Any]) -> list[dict[str, Any]]:
    """Recall and FPR of every held-out file by each model at its threshold."""
    rows = []
    for name, labels_list in results["labels"].items():
        labels = np.asarray(labels_list)
        entry: dict[str, Any] = {
            "file": name,
            "attacks": int((labels == 1).sum()),
            "benign": int((labels == 0).sum()),
        }
        for model in MODELS:
            scores = results[model].get(name)
            cut = results["thresholds"][model]
            entry[model] = (
                _rate(scores, labels, 1, cut),
                _rate(scores, labels, 0, cut),
            )
        rows.append(entry)
    return rows


def _mean(values: list[float | None]) -> float | None:
    kept = [v for v in values if v is not None]
    return float(np.mean(kept)) if kept and len(kept) == len(values) else None


def summary(results: dict[str, Any]) -> dict[str, Any]:
    """Mean recalls (corpus attack files, public attack files) and worst FPR."""
    rows = per_file(results)
    corpus = [r for r in rows if "/" in r["file"] and r["attacks"]]
    public = [r for r in rows if "/" not in r["file"] and r["attacks"] >= MIN_ATTACKS]
    out: dict[str, Any] = {"corpus_files": len(corpus), "public_files": len(public)}
    for model in MODELS:
        fprs = [r[model][1] for r in rows if r["benign"] and r[model][1] is not None]
        out[model] = {
            "corpus_mean_recall": _mean([r[model][0] for r in corpus]),
            "public_mean_recall": _mean([r[model][0] for r in public]),
            "worst_benign_fpr": max(fprs) if fprs else None,
            "threshold": results["thresholds"][model],
        }
    return out


def auc_by_kind(results: dict[str, Any]) -> list[tuple[str, list[float | None]]]:
    """ROC AUC of each corpus attack kind (stems pooled over corpora) vs corpus benign.

    Also every corpus whole (its attacks against its benign rows).
    """
    labels = {n: np.asarray(v) for n, v in results["labels"].items()}
    corpus = [n for n in labels if "/" in n]
    kinds = sorted({n.partition("/")[2] for n in corpus if (labels[n] == 1).any()})
    folders = sorted({n.partition("/")[0] for n in corpus})
    groups = [
        (k, [n for n in corpus if n.partition("/")[2] == k], corpus) for k in kinds
    ]
    groups += [
        (
            f,
            [n for n in corpus if n.startswith(f + "/")],
            [n for n in corpus if n.startswith(f + "/")],
        )
        for f in folders
    ]
    out = []
    for title, attack_files, benign_files in groups:
        values: list[float | None] = []
        for model in MODELS:
            scores = results[model]
            if any(n not in scores for n in attack_files + benign_files):
                values.append(None)
                continue
            pos = np.concatenate(
                [np.asarray(scores[n])[labels[n] == 1] for n in attack_files]
            )
            neg = np.concatenate(
                [np.asarray(scores[n])[labels[n] == 0] for n in benign_files]
            )
            values.append(auc(pos, neg))
        out.append((title, values))
    return out


def capping_files(results: dict[str, Any], model: str) -> list[tuple[str, float]]:
    """The benign files whose 1% tail sets ``model``'s threshold, highest first."""
    benign = {}
    for name, labels_list in results["labels"].items():
        labels = np.asarray(labels_list)
        if name in results[model] and (labels == 0).any():
            benign[name] = np.asarray(results[model][name])[labels == 0]
    return file_cuts(benign, FLAG_FPR, top=3)


SHIP_GAIN = 0.05
"""Corpus mean recall the token scorer or the combination must add (5 points)."""
SPEED_LIMIT_US = 1000.0
"""Microseconds per 4 KB prompt, tokenization included."""


def ship_rule(stats: dict[str, Any], results: dict[str, Any]) -> str:
    """The fixed ship rule, read off the figures: which parts hold."""
    base = stats["ngram"]
    lines = ["Ship rule:"]
    for model in ("token", "combined"):
        mine = stats[model]
        gain = (mine["corpus_mean_recall"] or 0.0) - (base["corpus_mean_recall"] or 0.0)
        public = (mine["public_mean_recall"] or 0.0) >= (
            base["public_mean_recall"] or 0.0
        )
        fpr = (mine["worst_benign_fpr"] or 0.0) <= FLAG_FPR
        lines.append(
            f"- {model}: corpus gain {100 * gain:+.1f} points "
            f"({'>=' if gain >= SHIP_GAIN else '<'} 5), public mean "
            f"{'holds' if public else 'falls'}, every benign file "
            f"{'<=' if fpr else '>'} 1%"
        )
    speed = results.get("speed_us_per_4kb", {}).get("total")
    if speed is not None:
        verdict = "under" if speed < SPEED_LIMIT_US else "over"
        lines.append(f"- speed: {speed:.0f} us per 4 KB ({verdict} 1 ms)")
    return "\n".join(lines)


def report(results: dict[str, Any]) -> str:
    """Markdown tables of a run: per file, means, AUC per kind."""
    lines = [
        (
            "| file | attacks | benign | n-gram recall | token recall | both recall "
            "| n-gram FPR | token FPR | both FPR |"
        ),
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in per_file(results):
        recalls = " | ".join(_cell(r[m][0]) for m in MODELS)
        fprs = " | ".join(_cell(r[m][1]) for m in MODELS)
        lines.append(
            f"| {r['file']} | {r['attacks']} | {r['benign']} | {recalls} | {fprs} |"
        )
    stats = summary(results)
    lines += [
        "",
        "| model | threshold | corpus mean recall | public mean recall | worst FPR |",
        "|---|---:|---:|---:|---:|",
    ]
    for model in MODELS:
        s = stats[model]
        lines.append(
            f"| {model} | {s['threshold']:.4f} | {_cell(s['corpus_mean_recall'])} "
            f"| {_cell(s['public_mean_recall'])} | {_cell(s['worst_benign_fpr'])} |"
        )
    lines += [
        "",
        (
            f"({stats['corpus_files']} corpus attack files, {stats['public_files']} "
            f"public attack files with >= {MIN_ATTACKS} attacks)"
        ),
        "",
        "| ROC AUC | n-gram | token | both |",
        "|---|---:|---:|---:|",
    ]
    for title, values in auc_by_kind(results):
        cells = " | ".join("-" if v is None else f"{v:.3f}" for v in values)
        lines.append(f"| {title} | {cells} |")
    lines += ["", "What caps each threshold (the files' own 1% cuts, highest first):"]
    for model in MODELS:
        cuts = capping_files(results, model)
        shown = ", ".join(f"{name} {cut:.4f}" for name, cut in cuts)
        lines.append(f"- {model}: {shown}")
    lines += ["", ship_rule(stats, results)]
    if "speed_us_per_4kb" in results:
        lines += [
            "",
            f"speed per 4 KB prompt (us, median): {results['speed_us_per_4kb']}",
        ]
    return "\n".join(lines)
