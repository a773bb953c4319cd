"""The model card's record of head variants tried (variants.json -> card section)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from langchain_mistral_secure.detection.scorer import DEFAULT_WEIGHTS
from langchain_mistral_secure.detection.scorer.variants import (
    VARIANTS_PATH,
    load_variants,
    tried_lines,
)

CARD = DEFAULT_WEIGHTS.parent / "MODEL_CARD.md"


def _record(means: dict[str, float]) -> dict[str, object]:
    return {
        "summary": ["Two heads."],
        "results": [
            {
                "variant": name,
                "threshold": 0.98,
                "recall": {"attacks_a": mean, "attacks_b": mean},
                "fpr": {"benign_a": 0.005},
                "mean_recall": mean,
            }
            for name, mean in means.items()
        ],
    }


@pytest.mark.parametrize(
    ("means", "expected"),
    [
        ({"linear": 0.348}, ["| file | linear |", "**34.8%**"]),
        (
            {"linear": 0.348, "mlp-h16": 0.301},
            ["| file | linear | mlp-h16 |", "| attacks_a (recall) | 34.8% | 30.1% |"],
        ),
    ],
)
def test_tried_lines_put_each_variant_in_a_column(
    tmp_path: Path, means: dict[str, float], expected: list[str]
) -> None:
    path = tmp_path / "variants.json"
    path.write_text(json.dumps(_record(means)), encoding="utf-8")
    text = "\n".join(tried_lines(path))
    assert text.startswith("## What was tried (and not shipped)")
    assert "| benign_a (FPR) |" in text
    for piece in expected:
        assert piece in text


def test_no_record_no_section(tmp_path: Path) -> None:
    assert tried_lines(tmp_path / "missing.json") == []
    assert load_variants(tmp_path / "missing.json") == {}


def test_shipped_card_carries_the_shipped_record() -> None:
    record = load_variants(VARIANTS_PATH)
    assert record["results"], "variants.json ships with the weights"
    card = CARD.read_text(encoding="utf-8")
    # The card is generated from the record: its section is the rendering.
    assert "\n".join(tried_lines(VARIANTS_PATH)) in card
    names = [r["variant"] for r in record["results"]]
    assert names[0] == "linear"  # the shipped head is the reference column
    for result in record["results"]:
        # Every variant was scored on the same files at its own threshold.
        assert set(result["recall"]) == set(record["results"][0]["recall"])
        assert 0.5 <= result["threshold"] < 1.0
        assert max(result["fpr"].values()) <= 0.01


def test_full_protocol_results_make_a_second_table(tmp_path: Path) -> None:
    record = _record({"linear": 0.348, "mlp-h16": 0.41})
    record["full_results"] = _record({"linear": 0.35})["results"]
    record["full_summary"] = ["Every benign file held out alone."]
    path = tmp_path / "variants.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    text = "\n".join(tried_lines(path))
    first, second = text.split("Every benign file held out alone.")
    assert "| file | linear | mlp-h16 |" in first
    assert "| file | linear |\n" in second
    assert "**35.0%**" in second


@pytest.mark.parametrize("with_corpora", [False, True])
def test_corpora_table_comes_last_when_recorded(
    tmp_path: Path, with_corpora: bool
) -> None:
    record = _record({"linear": 0.348})
    table = ["| file | shipped | A |", "|---|---:|---:|", "| c1/x | 4.6% | 12.0% |"]
    if with_corpora:
        record["corpora_summary"] = ["Trained on the corpora, held out."]
        record["corpora_table"] = table
    path = tmp_path / "variants.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    text = "\n".join(tried_lines(path))
    assert ("\n".join(table) in text) is with_corpora
    if with_corpora:
        head, tail = text.split("Trained on the corpora, held out.")
        assert "**34.8%**" in head
        assert tail.strip().startswith("| file | shipped | A |")


@pytest.mark.parametrize("count", [1, 2])
def test_later_judges_follow_in_order(tmp_path: Path, count: int) -> None:
    record = _record({"linear": 0.348})
    record["judge_summary"] = ["### judged on corpus 7"]
    record["judge_table"] = ["| corpus 7 |"]
    record["later_judges"] = [
        {"summary": [f"### judged on corpus {8 + i}"], "table": [f"| corpus {8 + i} |"]}
        for i in range(count)
    ]
    path = tmp_path / "variants.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    text = "\n".join(tried_lines(path))
    positions = [text.index(f"| corpus {7 + i} |") for i in range(count + 1)]
    assert positions == sorted(positions)
    assert text.index("### judged on corpus 8") < text.index("| corpus 8 |")
