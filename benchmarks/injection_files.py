"""Rule-only injection quality on every file of the shared prompt-injection folder.

``python -m benchmarks.injection_files [--json OUT] [--limit N]`` prints, per file
(and per label where a file mixes both), how many attack rows the injection
detector finds (recall) and how many benign rows it flags (false-positive rate).
Rows never leave the process; only counts are printed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from benchmarks import data


def _files() -> list[str]:
    base = data.data_dir()
    if base is None:
        return []
    folder = base / data.INJECTION_DIR
    return sorted(f"{data.INJECTION_DIR}/{p.name}" for p in folder.glob("*.jsonl"))


def measure(limit: int | None = None) -> list[dict[str, Any]]:
    """Per file and label: rows, rows with a finding, and the ratio."""
    from langchain_mistral_secure.detection import get_detector  # noqa: PLC0415

    detector = get_detector("injection")
    out: list[dict[str, Any]] = []
    for rel in _files():
        rows = data.load_jsonl(rel) or []
        if limit is not None:
            rows = rows[:limit]
        counts: dict[int, list[int]] = {}
        for row in rows:
            label = int(row["label"])
            hit = bool(detector.detect(row["text"]))
            seen = counts.setdefault(label, [0, 0])
            seen[0] += 1
            seen[1] += hit
        for label, (n, hits) in sorted(counts.items(), reverse=True):
            out.append(
                {
                    "file": Path(rel).name,
                    "kind": "attack" if label == 1 else "benign",
                    "n": n,
                    "flagged": hits,
                    "rate": round(hits / n, 4) if n else None,
                }
            )
    return out


def main(argv: list[str] | None = None) -> int:
    """Print the per-file table (and optionally write it as JSON)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--json", type=Path, default=None)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args(argv)
    rows = measure(args.limit)
    for row in rows:
        name = "recall" if row["kind"] == "attack" else "FPR"
        sys.stdout.write(
            f"{row['file']:<52} {row['kind']:<7} n={row['n']:<5} "
            f"{name}={row['rate']:.4f} ({row['flagged']})\n"
        )
    if args.json is not None:
        args.json.write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
