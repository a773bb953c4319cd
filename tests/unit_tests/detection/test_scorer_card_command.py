"""The model card's training command gives back the weights' own settings.

h42's AF and h43's AJ were trained with ``--hard-negatives 12``, and the card
printed a command without it: following the card would have trained other
weights. Each card's command is parsed here by the training command's own
parser and compared with the settings stored in the weights.
"""

from __future__ import annotations

import dataclasses
import shlex
from pathlib import Path
from typing import Any

import pytest
from tiny_training_data import TOPICS, attack_rows, write_folder

from langchain_mistral_secure.detection.scorer import InjectionScorer
from langchain_mistral_secure.detection.scorer.model import DEFAULT_WEIGHTS
from langchain_mistral_secure.detection.scorer.train import main as train_main
from langchain_mistral_secure.detection.scorer.train_args import parse_args


def _card_command(card: str) -> list[str]:
    """The arguments of the card's training command (after the module)."""
    block = card.split("## Training", 1)[1].split("```", 2)[1]
    words = shlex.split(block.replace("\\\n", " "))
    assert words[:3] == [
        "python",
        "-m",
        "langchain_mistral_secure.detection.scorer.train",
    ]
    return words[3:]


def _gives_back(card: str, metadata: dict[str, Any]) -> None:
    args, config = parse_args(_card_command(card))
    assert dataclasses.asdict(config) == metadata["config"]
    assert [str(p) for p in args.extra_data] == metadata.get("extra_data", [])
    assert [str(p) for p in args.train_only] == metadata.get("train_only", [])


def test_the_shipped_card_gives_back_the_shipped_settings() -> None:
    model = InjectionScorer(DEFAULT_WEIGHTS).model
    card = (DEFAULT_WEIGHTS.parent / "MODEL_CARD.md").read_text(encoding="utf-8")
    _gives_back(card, model.metadata)
    assert model.metadata["config"]["hard_negatives"] == 12.0


@pytest.mark.parametrize(
    "options",
    [
        [],
        ["--hard-negatives", "12"],
        ["--hard-negatives", "0", "--seed", "3", "--no-concepts"],
        ["--balance", "sqrt", "--role-exemption", "--calibration", "kind-public"],
        ["--l2", "1e-6", "--average-iterates"],
    ],
)
def test_a_trained_card_gives_back_its_settings(
    tmp_path: Path, options: list[str]
) -> None:
    data = write_folder(
        tmp_path / "data",
        {
            "attacks": attack_rows(),
            "gsm8k_benign": [
                {"id": f"g{i}", "label": 0, "text": f"how many {t} fit in box {i}?"}
                for i, t in enumerate(TOPICS * 20)
            ],
            "clinc150_benign": [
                {"id": f"c{i}", "label": 0, "text": f"tell me about {t} on day {i}"}
                for i, t in enumerate(TOPICS * 20)
            ],
        },
    )
    out = tmp_path / "out"
    argv = ["--data", str(data), "--no-families", "--epochs", "1", *options]
    assert train_main([*argv, "--out", str(out)]) == 0
    card = (out / "MODEL_CARD.md").read_text(encoding="utf-8")
    _gives_back(card, InjectionScorer(out / "injection_scorer.npz").model.metadata)
