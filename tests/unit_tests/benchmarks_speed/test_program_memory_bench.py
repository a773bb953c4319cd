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
    lines = run.stdout.splitlines()
    assert any(line.startswith("      off |     4 |") for line in lines)
    assert any(line.startswith("        1 |     4 |") for line in lines)
    assert "findings identical: True" in lines[-1]
