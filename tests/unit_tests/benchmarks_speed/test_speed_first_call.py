"""The speed table keeps a case's first call apart from the warm median."""

from __future__ import annotations

from typing import Any

import pytest

from benchmarks import speed
from benchmarks.report import speed_md


class _Worker:
    """Stands in for a speed worker: answers each call from a list."""

    def __init__(self, outcomes: list[tuple[str, Any]]) -> None:
        self.outcomes = list(outcomes)
        self.process: object = object()
        self.error = None

    def start(self, _timeout: float) -> bool:
        return True

    def call(self, _case: str, _size: int, _timeout: float) -> tuple[str, Any]:
        return self.outcomes.pop(0)


def _ok(*seconds: float) -> list[tuple[str, Any]]:
    return [("ok", s) for s in seconds]


@pytest.mark.parametrize(
    ("outcomes", "expected"),
    [
        # one-time work on the first call: the median is the warm calls'
        (
            _ok(8.0, 0.6, 0.7, 0.6, 0.8, 0.6, 9.9),
            {"first_s": 8.0, "median_s": 0.6, "runs": 5, "median_is_first": False},
        ),
        # the budget (3 s) stops the warm calls, after at least one
        (
            _ok(5.0, 2.0, 2.0, 2.0),
            {"first_s": 5.0, "median_s": 2.0, "runs": 2, "median_is_first": False},
        ),
        # a first call over SLOW_FIRST_BUDGETS budgets is not repeated
        (
            _ok(31.0, 1.0),
            {"first_s": 31.0, "median_s": 31.0, "runs": 1, "median_is_first": True},
        ),
        # the call after the first timed out: the first is all there is
        (
            [*_ok(1.0), ("timeout", None)],
            {
                "status": "timeout after 1 runs",
                "median_s": 1.0,
                "median_is_first": True,
            },
        ),
        ([("timeout", None)], {"status": "timeout", "median_s": None, "first_s": None}),
        (
            [*_ok(1.0, 0.5), ("error", "boom")],
            {"status": "error after 2 runs", "median_s": 0.5, "runs": 1},
        ),
    ],
)
def test_first_call_is_kept_apart_from_the_warm_median(
    outcomes: list[tuple[str, Any]], expected: dict[str, Any]
) -> None:
    result = speed._measure(
        _Worker(outcomes),  # type: ignore[arg-type]
        "benign",
        1000,
        timeout=60.0,
        repeats=5,
        budget=3.0,
        startup_timeout=1.0,
    )
    assert {key: result[key] for key in expected} == expected


def _row(**timing: Any) -> dict[str, Any]:
    row = {
        "tool": "ours.sanitizer",
        "operation": "input",
        "case": "benign",
        "chars": 1000,
        "bytes": 1_000_000,
        "status": "ok",
        "note": "",
        "runs": 5,
        "mb_per_s": 1.6,
        "ratio_to_ours": None,
        "ratio_is_lower_bound": False,
    }
    return {**row, **timing}


@pytest.mark.parametrize(
    ("timing", "cell"),
    [
        (
            {"median_s": 0.62, "first_s": 2.5, "median_is_first": False},
            "620.0 ms (1.6 MB/s, n=5; first call 2.50 s)",
        ),
        (
            {"median_s": 0.62, "first_s": 0.7, "median_is_first": False},
            "620.0 ms (1.6 MB/s, n=5)",
        ),
        (
            {"median_s": 8.7, "first_s": 8.7, "median_is_first": True, "runs": 1},
            "8.70 s (1.6 MB/s, n=1, first call only)",
        ),
        ({"median_s": 0.62}, "620.0 ms (1.6 MB/s, n=5)"),  # a row from before
    ],
)
def test_speed_table_shows_a_first_call_that_stands_out(
    timing: dict[str, Any], cell: str
) -> None:
    table = speed_md({"rows": [_row(**timing)]}, "input")
    assert table[-1].split(" | ")[-1].rstrip(" |") == cell
