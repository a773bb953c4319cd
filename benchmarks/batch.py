"""Batch throughput against the number of workers: process pool and Dask.

``python -m benchmarks.batch [--quick]`` (also part of ``python -m benchmarks``).
A corpus of benign prose with PII (one record per line) is redacted by
``run_batch`` in this process, on a local process pool and on a local Dask
cluster, with 1 and 2 workers each; every run's output is compared with the
in-process run. Times include starting the pool or cluster, as a CLI user pays
them; the "steady" column excludes start-up by timing a second pass on a warm
cluster where the engine allows it (Dask, with an existing scheduler address).
"""

# ruff: noqa: PLC0415

from __future__ import annotations

import argparse
import os
import time
from typing import Any

from benchmarks import data

WORKER_COUNTS = (1, 2)


def corpus(n_bytes: int) -> list[str]:
    """Records (lines) of benign prose with PII, about ``n_bytes`` in all."""
    text = data.benign_text(n_bytes, pii_every=400)
    return [line + "\n" for line in text.replace("\n\n", "\n").split(". ") if line]


def _timed(
    records: list[str], engine: str, workers: int, address: str | None = None
) -> tuple[float, list[str]]:
    from langchain_mistral_secure import OutputRedactor
    from langchain_mistral_secure.batch import redact_partition, run_batch

    started = time.perf_counter()
    out = list(
        run_batch(
            records,
            redact_partition,
            OutputRedactor(),
            engine=engine,  # type: ignore[arg-type]
            workers=workers,
            address=address,
            partition_size=512,
        )
    )
    return time.perf_counter() - started, out


def run_batch_bench(*, quick: bool = False) -> dict[str, Any]:
    """Measure every engine and worker count; return rows and the corpus size."""
    n_bytes = 2_000_000 if quick else 16_000_000
    records = corpus(n_bytes)
    size = sum(len(r.encode("utf-8")) for r in records)
    base_s, expected = _timed(records, "local", 1)
    rows: list[dict[str, Any]] = [
        {
            "engine": "local (in process)",
            "workers": 1,
            "seconds": base_s,
            "steady_s": None,
            "equal": True,
        }
    ]
    for workers in WORKER_COUNTS:
        seconds, out = _timed(records, "process", workers)
        rows.append(
            {
                "engine": "process pool",
                "workers": workers,
                "seconds": seconds,
                "steady_s": None,
                "equal": out == expected,
            }
        )
    try:
        from distributed import LocalCluster
    except ImportError:
        rows.append(
            {
                "engine": "dask",
                "workers": 0,
                "seconds": None,
                "steady_s": None,
                "equal": None,
                "note": "dask extra not installed",
            }
        )
    else:
        for workers in WORKER_COUNTS:
            seconds, out = _timed(records, "dask", workers)
            with LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                host="127.0.0.1",
            ) as cluster:
                _timed(
                    records[:1000], "dask", workers, cluster.scheduler_address
                )  # warm-up
                steady, out2 = _timed(
                    records, "dask", workers, cluster.scheduler_address
                )
            rows.append(
                {
                    "engine": "dask (local cluster)",
                    "workers": workers,
                    "seconds": seconds,
                    "steady_s": steady,
                    "equal": out == expected and out2 == expected,
                }
            )
    for row in rows:
        for key in ("seconds", "steady_s"):
            if row.get(key):
                row[
                    key.replace("seconds", "mb_s").replace("steady_s", "steady_mb_s")
                ] = size / 1e6 / row[key]
        row["speedup"] = base_s / row["seconds"] if row.get("seconds") else None
    return {
        "bytes": size,
        "records": len(records),
        "cpus": os.cpu_count(),
        "rows": rows,
    }


def batch_md(result: dict[str, Any]) -> list[str]:
    """Markdown table of :func:`run_batch_bench` results."""
    lines = [
        "## Batch redaction: throughput against workers",
        "",
        (
            f"{result['records']} records, {result['bytes'] / 1e6:.1f} MB, "
            f"{result['cpus']} CPUs. Times include starting the pool or cluster; "
            "'steady' is a second pass on a warm Dask cluster. Speed-up is against "
            "the in-process run; 'equal' compares every output with it."
        ),
        "",
        "| engine | workers | time | MB/s | steady MB/s | speed-up | equal |",
        "|---|---|---|---|---|---|---|",
    ]
    for row in result["rows"]:
        if row.get("seconds") is None:
            lines.append(
                f"| {row['engine']} | - | - | - | - | - | {row.get('note', '')} |"
            )
            continue
        steady = f"{row['steady_mb_s']:.1f}" if row.get("steady_mb_s") else "-"
        lines.append(
            f"| {row['engine']} | {row['workers']} | {row['seconds']:.2f} s | "
            f"{row['mb_s']:.1f} | {steady} | {row['speedup']:.2f}x | {row['equal']} |"
        )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.batch")
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    print("\n".join(batch_md(run_batch_bench(quick=args.quick))))


if __name__ == "__main__":
    main()
