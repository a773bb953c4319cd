"""Speed: the streaming overhead and the import times (see :mod:`benchmarks.speed`).

Split out of :mod:`benchmarks.speed`; the same workers and measurements.
"""

# ruff: noqa: PLC0415
# (PLC0415: components are imported lazily on purpose.)

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

from benchmarks import data
from benchmarks.speed import CHUNK, STREAM_KEY, _measure, _Worker


def run_streaming(
    *, quick: bool, timeout: float, log: Callable[[str], None] = print
) -> list[dict[str, Any]]:
    sizes = [4_000] if quick else [4_000, 64_000]
    out: list[dict[str, Any]] = []
    measured: dict[str, dict[tuple[str, int], dict[str, Any]]] = {}
    for key in ("ours.redactor", STREAM_KEY):
        worker = _Worker(key)
        measured[key] = {}
        for size in sizes:
            measured[key]["benign", size] = _measure(
                worker,
                "benign",
                size,
                timeout=timeout,
                repeats=3 if quick else 5,
                budget=2.0,
                startup_timeout=60.0,
            )
        worker.stop()
    same = _stream_matches_invoke(sizes)
    for size in sizes:
        whole = measured["ours.redactor"]["benign", size]
        streamed = measured[STREAM_KEY]["benign", size]
        chunks = -(-size // CHUNK)
        row: dict[str, Any] = {
            "case": "benign",
            "chars": size,
            "chunk_chars": CHUNK,
            "chunks": chunks,
            "invoke_median_s": whole["median_s"],
            "stream_median_s": streamed["median_s"],
            "status": streamed["status"]
            if whole["status"] == "ok"
            else whole["status"],
            "note": streamed["note"] or whole["note"],
            "stream_equals_invoke": same.get(size),
        }
        if whole["median_s"] and streamed["median_s"]:
            row["per_chunk_us"] = round(streamed["median_s"] / chunks * 1e6, 2)
            row["overhead_per_chunk_us"] = round(
                (streamed["median_s"] - whole["median_s"]) / chunks * 1e6, 2
            )
            row["stream_to_invoke"] = round(streamed["median_s"] / whole["median_s"], 1)
        out.append(row)
        log(f"  streaming {size}: {row.get('per_chunk_us')} us/chunk")
    return out


def _stream_matches_invoke(sizes: list[int]) -> dict[int, bool | None]:
    """Whether the joined 4-char stream equals ``invoke`` (a sanity check)."""
    try:
        from langchain_mistral_secure.redactor import OutputRedactor
    except ImportError:
        return {}
    redactor = OutputRedactor()
    out: dict[int, bool | None] = {}
    for size in sizes:
        text = data.benign_text(size)
        try:
            joined = "".join(redactor.transform(data.iter_chunks(text, CHUNK)))
            out[size] = joined == redactor.invoke(text)
        except Exception:  # noqa: BLE001 - reported as unknown
            out[size] = None
    return out


IMPORTS = (
    ("python (no import)", "pass"),
    ("langchain_core", "import langchain_core"),
    ("langchain_core.runnables", "import langchain_core.runnables"),
    (
        "langchain_core RunnableSerializable",
        "from langchain_core.runnables import RunnableSerializable",
    ),
    ("langchain_mistral_secure", "import langchain_mistral_secure"),
    (
        "InputSanitizer + OutputRedactor",
        (
            "from langchain_mistral_secure.sanitizer import InputSanitizer\n"
            "from langchain_mistral_secure.redactor import OutputRedactor"
        ),
    ),
)


def run_import_times(*, quick: bool) -> list[dict[str, Any]]:
    runs = 3 if quick else 7
    out: list[dict[str, Any]] = []
    for label, code in IMPORTS:
        walls: list[float] = []
        error = ""
        for _ in range(runs):
            t0 = time.perf_counter()
            done = subprocess.run(  # noqa: S603 - our interpreter, fixed code
                [sys.executable, "-c", code],
                capture_output=True,
                text=True,
                timeout=120,
                check=False,
            )
            walls.append(time.perf_counter() - t0)
            if done.returncode != 0:
                error = (
                    done.stderr.strip().splitlines()[-1][:200]
                    if done.stderr
                    else "failed"
                )
                break
        out.append(
            {
                "what": label,
                "code": code,
                "runs": len(walls),
                "median_wall_s": None if error else round(statistics.median(walls), 4),
                "error": error,
            }
        )
    base = out[0]["median_wall_s"]
    for row in out:
        if base is not None and row["median_wall_s"] is not None:
            row["median_minus_startup_s"] = round(row["median_wall_s"] - base, 4)
    return out
