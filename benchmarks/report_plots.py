"""PNG figures and the plotted quality points from a results dict (docs/benchmarks.md).

Split out of :mod:`benchmarks.report` (the markdown tables).
"""

# ruff: noqa: PLC0415
# (PLC0415: matplotlib is imported lazily on purpose.)

from __future__ import annotations

from pathlib import Path
from typing import Any

from benchmarks.report import TOOL_LABELS, _size
from benchmarks.speed import TOOLS


def plots(results: dict[str, Any], out_dir: Path) -> list[str]:  # noqa: PLR0915
    try:
        import matplotlib as mpl

        mpl.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return []
    written: list[str] = []
    q = results.get("quality")
    if q and q.get("data_dir"):
        points = quality_points(q)
        if points:
            families = list(dict.fromkeys(p["family"] for p in points))
            fig, axes = plt.subplots(
                1, len(families), figsize=(5.2 * len(families), 5), squeeze=False
            )
            markers = "osD^v<>P*X"
            for ax, family in zip(axes[0], families, strict=True):
                mine = [p for p in points if p["family"] == family]
                for i, tool in enumerate(dict.fromkeys(p["tool"] for p in mine)):
                    pts = [p for p in mine if p["tool"] == tool]
                    ax.scatter(
                        [p["fpr"] for p in pts],
                        [p["recall"] for p in pts],
                        marker=markers[i % len(markers)],
                        s=55,
                        label=tool,
                        alpha=0.85,
                    )
                    for p in pts:
                        ax.annotate(
                            p["dataset"],
                            (p["fpr"], p["recall"]),
                            fontsize=7,
                            xytext=(4, 3),
                            textcoords="offset points",
                        )
                ax.set_title(family)
                ax.set_xlabel("false-positive rate (benign / label-0 rows)")
                ax.set_ylabel("recall (attack / label-1 rows)")
                ax.set_xlim(-0.03, 1.03)
                ax.set_ylim(-0.03, 1.03)
                ax.grid(alpha=0.3)
                ax.legend(fontsize=7, loc="lower right")
            fig.suptitle(
                "Recall against false-positive rate, one point per tool and dataset"
            )
            fig.tight_layout()
            fig.savefig(out_dir / "quality_recall_vs_fpr.png", dpi=110)
            plt.close(fig)
            written.append("quality_recall_vs_fpr.png")
    s = results.get("speed")
    if s:
        rows = [r for r in s["rows"] if r["case"] == "benign"]
        sizes = sorted({r["chars"] for r in rows})
        tools = list(dict.fromkeys(r["tool"] for r in rows))
        fig, ax = plt.subplots(figsize=(9, 5))
        width = 0.8 / max(1, len(sizes))
        for j, size in enumerate(sizes):
            values = []
            for tool in tools:
                r = next(
                    (x for x in rows if x["tool"] == tool and x["chars"] == size), None
                )
                values.append(r["mb_per_s"] if r and r["mb_per_s"] else 0)
            xs = [i + j * width for i in range(len(tools))]
            ax.bar(xs, values, width=width, label=f"benign {_size(size)}")
        ax.set_xticks([i + width * (len(sizes) - 1) / 2 for i in range(len(tools))])
        names = [
            TOOLS[t][0] + (" (reads 4000 chars)" if t == "baseline.filter" else "")
            for t in tools
        ]
        ax.set_xticklabels(names, rotation=20, ha="right", fontsize=8)
        ax.set_yscale("log")
        ax.set_ylabel("throughput, MB/s (log; no bar = timed out / not measured)")
        ax.set_title("Throughput per tool on benign text")
        ax.legend(fontsize=8)
        ax.grid(alpha=0.3, axis="y")
        fig.tight_layout()
        fig.savefig(out_dir / "throughput.png", dpi=110)
        plt.close(fig)
        written.append("throughput.png")
    return written


def quality_points(q: dict[str, Any]) -> list[dict[str, Any]]:
    """One (recall, FPR) point per tool and dataset, as plotted."""
    points: list[dict[str, Any]] = []
    inj = q["injection"]["rows"]
    for tool in dict.fromkeys(r["tool"] for r in inj):
        mine = [r for r in inj if r["tool"] == tool]
        benign = [r for r in mine if r["kind"] == "benign"]
        n = sum(r["n"] for r in benign)
        fpr = sum(r["detected"] for r in benign) / n if n else None
        for dataset in dict.fromkeys(
            r["dataset"] for r in mine if r["kind"] == "attack"
        ):
            att = [r for r in mine if r["kind"] == "attack" and r["dataset"] == dataset]
            k = sum(r["n"] for r in att)
            if k and fpr is not None:
                points.append(
                    {
                        "family": "prompt injection",
                        "tool": tool,
                        "dataset": dataset,
                        "recall": sum(r["detected"] for r in att) / k,
                        "fpr": fpr,
                        "fpr_basis": "all benign injection rows",
                    }
                )
    pii = [r for r in q["pii"]["rows"] if r["covered"] and r["ours_category"]]
    for tool in dict.fromkeys(r["tool"] for r in pii):
        mine = [r for r in pii if r["tool"] == tool]
        gold = sum(r["gold_spans"] for r in mine)
        neg = sum(r["neg_rows"] for r in mine)
        if gold and neg:
            points.append(
                {
                    "family": "PII (Presidio cases, our 6 entities)",
                    "tool": TOOL_LABELS.get(tool, tool),
                    "dataset": "covered entities",
                    "recall": sum(r["found"] for r in mine) / gold,
                    "fpr": sum(r["neg_flagged"] for r in mine) / neg,
                    "fpr_basis": "label-0 rows",
                }
            )
    points.extend(
        {
            "family": "secrets (secrets_dev)",
            "tool": r["tool"],
            "dataset": r["group"],
            "recall": r["recall"],
            "fpr": r["fpr"],
            "fpr_basis": "label-0 rows",
        }
        for r in q["secrets"]["rows"]
        if r["recall"] is not None and r["fpr"] is not None
    )
    return points
