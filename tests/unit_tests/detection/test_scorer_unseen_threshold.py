"""The flag threshold set on corpora the weights never trained on (h68).

``benchmarks.scorer_unseen_threshold`` lowers a trained flag threshold while
the product (rules and scorer) keeps each benign kind within 1% on those
corpora and the scorer alone keeps each public benign file within 1%.
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import re
from pathlib import Path

import numpy as np
import pytest
from tiny_training_data import constant_model

from benchmarks import scorer_unseen_threshold as unseen
from benchmarks.corpus_status import DEV_CORPORA
from benchmarks.scorer_unseen_threshold import FileRows, unseen_threshold
from langchain_mistral_secure.detection.scorer import InjectionScorer
from langchain_mistral_secure.detection.scorer.model import DEFAULT_WEIGHTS

ROLE = 0.99
AFTER_DEV = max(DEV_CORPORA) + 1


def rows(scores: list[float], *, rule: int = 0, gated: int = 0) -> FileRows:
    """A file of ``scores``; the first ``rule`` rows carry a standing rule
    finding and the first ``gated`` rows keep the role threshold."""
    n = len(scores)
    return FileRows(
        rule=np.arange(n) < rule,
        score=np.array(scores, float),
        gated=np.arange(n) < gated,
        scorable=np.ones(n, bool),
    )


CALM = [0.1] * 200
# 200 rows, three of them at 0.82-0.84: 1% is two rows, so 0.825 holds and
# 0.82 (three rows, 1.5%) does not.
TAIL = [0.1] * 197 + [0.82, 0.83, 0.84]


@pytest.mark.parametrize(
    ("benign", "public", "trained", "expected"),
    [
        # Nothing scores high: down to the grid's floor.
        ({"chat": [rows(CALM)]}, {"p": rows(CALM)}, 0.87, 0.5),
        ({"chat": [rows(TAIL)]}, {"p": rows(CALM)}, 0.87, 0.825),
        # A kind's mean over its files: with a calm second file the mean
        # stays at 0.75%, with a second tail it reaches 1.5%.
        ({"code": [rows(TAIL), rows(CALM)]}, {"p": rows(CALM)}, 0.87, 0.5),
        ({"code": [rows(TAIL), rows(TAIL)]}, {"p": rows(CALM)}, 0.87, 0.825),
        # The public file binds, scorer alone.
        ({"chat": [rows(CALM)]}, {"p": rows(TAIL)}, 0.87, 0.825),
        # A standing rule finding counts for the kind, not for the public file.
        ({"chat": [rows(TAIL, rule=1)]}, {"p": rows(CALM)}, 0.87, 0.835),
        ({"chat": [rows(CALM)]}, {"p": rows(TAIL, rule=2)}, 0.87, 0.825),
        # Rules already over the limit: the trained threshold stays.
        ({"chat": [rows(CALM, rule=3)]}, {"p": rows(CALM)}, 0.87, 0.87),
        # Gated rows keep the role threshold, however low the flag goes.
        ({"chat": [rows(TAIL, gated=200)]}, {"p": rows(CALM)}, 0.87, 0.5),
        # Never raised: a trained threshold that already fails stays.
        ({"chat": [rows(TAIL)]}, {"p": rows(CALM)}, 0.8, 0.8),
    ],
)
def test_the_rule_lowers_the_threshold_while_both_limits_hold(
    benign: dict[str, list[FileRows]],
    public: dict[str, FileRows],
    trained: float,
    expected: float,
) -> None:
    assert unseen_threshold(benign, public, trained, ROLE) == pytest.approx(expected)


def test_the_grid_starts_at_the_trained_threshold_and_steps_down() -> None:
    grid = unseen._grid(0.8698)
    assert grid[:3] == [0.8698, 0.865, 0.86]
    assert grid[-1] == 0.5
    assert all(a > b for a, b in itertools.pairwise(grid))


@pytest.mark.parametrize(
    ("benign", "public"),
    [
        ({}, {"p": rows(CALM)}),
        ({"chat": []}, {"p": rows(CALM)}),
        ({"chat": [rows(CALM)]}, {}),
    ],
)
def test_missing_files_are_an_error_not_a_pass(
    benign: dict[str, list[FileRows]], public: dict[str, FileRows]
) -> None:
    with pytest.raises(ValueError, match=r"missing|needs"):
        unseen_threshold(benign, public, 0.87, ROLE)


@pytest.mark.parametrize(
    ("corpora", "message"),
    [
        ("57", "corpus 57 is in these weights' training data"),
        ("1-3", "corpus 1 is in these weights' training data"),
        # The corpus after the dev ones: blind (or not written yet).
        (str(AFTER_DEV), f"corpus {AFTER_DEV} is not development data"),
    ],
)
def test_trained_and_blind_corpora_are_refused_before_any_row_is_read(
    corpora: str, message: str
) -> None:
    with pytest.raises(SystemExit, match=message):
        unseen.main(["--weights", str(DEFAULT_WEIGHTS), "--corpora", corpora])


def test_out_writes_the_same_weights_with_the_rule_threshold(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Every text scores 0.5; flag 0.4 is raised to 0.9 here so the rule has
    # room to move. Corpus 1 is not in these weights' (empty) training data;
    # its files' first 30 rows keep the test short.
    source = constant_model(tmp_path / "constant.npz", {})
    model = InjectionScorer(source).model
    weights = tmp_path / "w.npz"
    model.__class__(
        weights=model.weights,
        bias=model.bias,
        threshold=0.9,
        block_threshold=0.95,
        metadata=model.metadata,
        role_threshold=0.93,
    ).save(weights)
    shared = tmp_path / "data" / "prompt_injection"
    shared.mkdir(parents=True)
    benign = [{"text": f"How long do I boil {w} eggs?", "label": 0} for w in "abcd"]
    (shared / "tiny_benign.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in benign), encoding="utf-8"
    )
    monkeypatch.setenv("MISTRAL_SECURE_DATA", str(tmp_path / "data"))
    out = tmp_path / "out.npz"
    argv = ["--weights", str(weights), "--corpora", "1", "--limit", "30"]
    assert unseen.main([*argv, "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    new = InjectionScorer(out).model
    # Every text scores 0.5, so between 0.9 and 0.505 the scorer flags no
    # row and only the rules count: if they keep every kind within 1% at the
    # trained 0.9, the rule ends at 0.505 (0.5 flags every scorable text);
    # if not, the trained 0.9 stays.
    trained_line = re.search(r"trained 0\.9000: worst kind \S+ ([\d.]+)%", printed)
    assert trained_line is not None
    rules_hold = float(trained_line.group(1)) <= 1.0
    assert new.threshold == (0.505 if rules_hold else 0.9)
    assert f"rule {new.threshold:.3f}:" in printed
    assert new.role_threshold == 0.93
    assert new.block_threshold == 0.95
    np.testing.assert_array_equal(new.weights, InjectionScorer(weights).model.weights)
    assert new.metadata["unseen_threshold"] == {
        "trained": 0.9,
        "corpora": [1],
        "floor": 0.02,
        "limit": 0.01,
        "rows_per_file": 30,
    }
    # Run again on what it wrote: the scan starts from the trained value.
    again = tmp_path / "again.npz"
    assert unseen.main([*argv[:1], str(out), *argv[2:], "--out", str(again)]) == 0
    twice = InjectionScorer(again).model
    assert twice.threshold == new.threshold
    assert twice.metadata["unseen_threshold"] == new.metadata["unseen_threshold"]


@pytest.mark.parametrize(("role", "gated"), [(0.93, True), (None, False)])
def test_a_prompt_specification_is_gated_only_when_the_weights_have_a_role_threshold(
    tmp_path: Path, role: float | None, gated: bool
) -> None:
    source = InjectionScorer(constant_model(tmp_path / "c.npz", {})).model
    weights = tmp_path / "w.npz"
    dataclasses.replace(source, threshold=0.9, role_threshold=role).save(weights)
    spec = "You are a travel agent. Suggest three quiet beaches in Portugal."
    rows = unseen._rows_of([spec], weights, 0.02)
    assert rows.gated.tolist() == [gated]
    assert rows.score.tolist() == [0.5]
    assert rows.scorable.tolist() == [True]
