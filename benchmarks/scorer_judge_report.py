"""The decision rule and the markdown report of :mod:`benchmarks.scorer_judge`.

Split out of the judge (which re-exports :func:`decision` and
:func:`markdown`): the five checks of the rule fixed before any run, and the
per-file tables, ladders and checks as markdown.
"""

from __future__ import annotations

import statistics
from typing import Any

from benchmarks.scorer_corpora import _pct

MIN_GAIN = 0.02
"""Check 1: the judge corpus's mean rules-or-scorer recall must rise this much."""
_ROUNDING = 5e-7


def _file_limit(model: dict[str, Any]) -> float:
    """The most one held-out benign file may reach under the model's calibration.

    1% under the per-file rule; the kind-capped rule allows up to its cap
    (``kind_calibration.FILE_CAP_FPR``) on one file, with each kind's mean
    within 1%.
    """
    from langchain_mistral_secure.detection.scorer.kind_calibration import (  # noqa: PLC0415
        file_cap,
    )

    return file_cap(str(model.get("calibration", "file"))) or 0.01


def decision(
    result: dict[str, Any], min_gain: float = MIN_GAIN
) -> dict[str, dict[str, Any]]:
    """The five checks of the rule for every run against the shipped weights."""
    models = result["models"]
    base = models["shipped"]
    latency = result["latency_ms"]

    def judge_mean(model: dict[str, Any]) -> float:
        files = model["judge_files"].values()
        return statistics.fmean(f["both_recall"] for f in files if f["attacks"])

    out = {}
    for label, model in models.items():
        if label == "shipped":
            continue
        rows_up = {
            n: f["both_fp_rows"] - base["judge_files"][n]["both_fp_rows"]
            for n, f in model["judge_files"].items()
            if f["benign"]
        }
        worst = model["held_out_benign"]["worst"]
        gain = judge_mean(model) - judge_mean(base)
        public = (
            model["public_both_mean"] - base["public_both_mean"]
            if base["public_both_mean"] is not None
            else float("nan")
        )
        slowest = max(latency[label].values())
        out[label] = {
            "1_judge_gain": (gain, gain >= min_gain - _ROUNDING),
            "2_benign_rows_up": (rows_up, max(rows_up.values()) <= 1),
            "3_worst_held_out_benign": (worst, worst[1] <= _file_limit(model)),
            "4_public_change": (public, public >= -0.01),
            "5_ms_per_4kb": (slowest, slowest < 1.0),
        }
    return out


def markdown(result: dict[str, Any], min_gain: float = MIN_GAIN) -> str:
    """Per-file tables (judge corpus, public files), then the rule's checks."""
    models = result["models"]
    names = list(models)
    lines = [
        "| | " + " | ".join(names) + " |",
        "|---|" + "---:|" * len(names),
        "| flag threshold (role threshold) | "
        + " | ".join(
            f"{m['threshold']:.4f}"
            + ("" if m["role_threshold"] is None else f" ({m['role_threshold']:.4f})")
            for m in models.values()
        )
        + " |",
    ]
    first = models[names[0]]["judge_files"]
    for file, entry in first.items():
        if entry["attacks"]:
            cells = [
                f"{_pct(f['scorer_recall'])}, {f.get('auc') or 0:.3f}; "
                f"{_pct(f['both_recall'])}"
                for f in (models[n]["judge_files"][file] for n in names)
            ]
            label = f"{file} ({entry['attacks']}): scorer, AUC; rules or scorer"
            label += f" (rules {_pct(entry['rules_recall'])})"
        else:
            cells = [
                f"{_pct(f['scorer_fpr'])}; {_pct(f['both_fpr'])} "
                f"({f['both_fp_rows']} rows)"
                for f in (models[n]["judge_files"][file] for n in names)
            ]
            label = f"{file} ({entry['benign']}): scorer FPR; rules or scorer FPR"
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    for file in result["public"]:
        cells = [
            _pct(models[n]["public_files"].get(file, {}).get("both_recall"))
            for n in names
        ]
        lines.append(
            f"| {file}: rules or held-out scorer | " + " | ".join(cells) + " |"
        )
    lines.append(
        "| **public mean, rules or held-out scorer** | "
        + " | ".join(f"**{_pct(models[n]['public_both_mean'])}**" for n in names)
        + " |"
    )
    lines.append(
        "| worst held-out benign FPR, scorer alone | "
        + " | ".join(
            f"{_pct(models[n]['held_out_benign']['worst'][1])} "
            f"({models[n]['held_out_benign']['worst'][0]})"
            for n in names
        )
        + " |"
    )
    for text in result["latency_ms"][names[0]]:
        cells = [f"{result['latency_ms'][n][text]:.3f}" for n in names]
        lines.append(f"| ms per 4 KB, detect, {text} | " + " | ".join(cells) + " |")
    lines.append(
        "| exempt share (keeps the high threshold), judge files | "
        + " | ".join(
            ", ".join(
                f"{f.rpartition('/')[2]} {_pct(e['exempt_share'])}"
                for f, e in models[n]["judge_files"].items()
            )
            for n in names
        )
        + " |"
    )
    for label in names:
        lines.append("")
        lines.append(
            f"Ladder of {label}'s low threshold (held-out benign files, public + "
            "corpora; scorer-alone mean held-out recall):"
        )
        lines.extend(
            f"- {s['threshold']:.4f} set by {s['set_by']}: public {_pct(s['public'])}, "
            f"corpora {_pct(s['corpora'])}"
            for s in models[label]["ladder"]
        )
    for label, checks in decision(result, min_gain).items():
        lines.append("")
        lines.append(f"Rule, {label}:")
        lines.extend(
            f"- {k}: {v[0]} -> {'pass' if v[1] else 'FAIL'}" for k, v in checks.items()
        )
    return "\n".join(lines)
