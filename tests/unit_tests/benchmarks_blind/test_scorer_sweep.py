"""``benchmarks.scorer_sweep`` counts rules-or-scorer hits per threshold (#14).

The rows are built here (no corpus row is read); the blind corpora are refused
before any row is scored.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.corpus_status import BLIND_CORPORA  # noqa: E402
from benchmarks.scorer_sweep import Row, markdown, score_rows, sweep  # noqa: E402

THRESHOLDS = (0.95, 0.9, 0.5)


@pytest.mark.parametrize(
    ("row", "caught"),
    [
        (Row("c/direct_hijack", 1, True, 0.0, False), [1, 1, 1]),
        (Row("c/direct_hijack", 1, False, 0.92, False), [0, 1, 1]),
        (Row("c/direct_hijack", 1, False, 0.96, False), [1, 1, 1]),
        # The role exemption keeps its own, higher threshold at every sweep step.
        (Row("c/direct_hijack", 1, False, 0.96, True), [0, 0, 0]),
        (Row("c/direct_hijack", 1, False, 0.99, True), [1, 1, 1]),
        (Row("c/benign_code", 0, False, 0.6, False), [0, 0, 1]),
    ],
)
def test_a_row_counts_where_the_rules_or_its_threshold_catch_it(
    row: Row, caught: list[int]
) -> None:
    result = sweep([row], THRESHOLDS, role_threshold=0.97)
    assert result["files"][row.file]["caught"] == caught
    assert result["files"][row.file]["rows"] == 1


def test_without_a_role_threshold_every_row_takes_the_swept_one() -> None:
    result = sweep([Row("c/indirect", 1, False, 0.92, True)], THRESHOLDS, None)
    assert result["files"]["c/indirect"]["caught"] == [0, 1, 1]


def test_the_mean_is_over_attack_files_and_the_table_has_every_file() -> None:
    rows = [
        Row("c/indirect", 1, False, 0.92, False),
        Row("c/indirect", 1, False, 0.1, False),
        Row("c/jailbreak", 1, True, 0.1, False),
        Row("c/benign_roleplay", 0, False, 0.93, False),
    ]
    result = sweep(rows, THRESHOLDS, None)
    assert result["mean_recall"] == [0.5, 0.75, 0.75]
    table = markdown(result).splitlines()
    assert table[0] == "| file | rows | 0.95 | 0.9 | 0.5 |"
    assert "| c/benign_roleplay | 1 | 0 (0.0%) | 1 (100.0%) | 1 (100.0%) |" in table
    assert table[-1] == "| mean of the attack files | | 50.0% | 75.0% | 75.0% |"


@pytest.mark.parametrize("number", [0, *sorted(BLIND_CORPORA)])
def test_corpora_that_are_not_dev_data_are_refused(number: int) -> None:
    with pytest.raises(SystemExit, match="not development data"):
        score_rows((1, number))
