"""The memory benchmark runs its two budgets side by side and compares findings."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.program_memory import ROWS_PER_TEXT, _texts

ROOT = Path(__file__).resolve().parents[3]
BENCH = [sys.executable, "-m", "benchmarks.program_memory"]


def test_the_texts_are_fixed_joins_of_dev_rows() -> None:
    texts = _texts(3)
    assert len(texts) == 3
    assert texts == _texts(3)  # the shuffle is seeded
    assert all(len(text) > ROWS_PER_TEXT for text in texts)


@pytest.mark.skipif(not Path("/proc/self/statm").exists(), reason="needs /proc")
def test_the_benchmark_reports_both_budgets_and_equal_findings() -> None:
    run = subprocess.run(  # noqa: S603 - our own module
        [*BENCH, "--texts", "4", "--every", "2", "--budgets", "0,1"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    rows = [line.split("|") for line in run.stdout.splitlines() if "|" in line]
    last = {row[0].strip(): row for row in rows if row[1].strip() == "4"}
    assert int(last["off"][5]) == 0  # releases with the budget off
    assert int(last["1"][5]) > 0  # a 1 MB budget released, also within scans
    assert "findings identical: True" in run.stdout.splitlines()[-1]
