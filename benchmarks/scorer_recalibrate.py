"""A trained run's weights with the flag threshold calibrated again.

``python -m benchmarks.scorer_recalibrate --run DIR --out DIR2 --data
../shared/data/prompt_injection --extra-data benchmarks/blind_corpus ...
--calibration kind`` reads the run's ``injection_scorer.npz`` and the
``loso.json`` its ``--loso-scores`` wrote, scores its training files' benign
rows with its final weights, and writes the same weights to ``DIR2`` with the
thresholds the training command would have chosen under ``--calibration``
(the same ``_thresholds`` call). The training data must be the run's own
(the same ``--data``, ``--extra-data``, ``--train-only`` and families), as
its card says.

It is the way to judge a calibration rule on runs already made without
training them again (docs/scorer-experiments.md, h32). Before it writes, it
checks that the run's own rule (its card's ``--calibration``; per file for
runs that record none) gives back the run's thresholds on these scores, so
the scores are the ones the run calibrated on. What ships is always trained
by the training command itself.
"""

# ruff: noqa: PLC0415
# (the package is imported lazily, like the other benchmark modules)

from __future__ import annotations

import argparse
import dataclasses
import json
from pathlib import Path
from typing import Any

import numpy as np

__all__ = ["main", "recalibrate"]

_ROUNDING = 1.01e-6
"""How far a stored threshold may lie from the rule's: one sixth-decimal step.

Runs before h43 rounded to the nearest step (at most half a step away);
:func:`.calibration.stored` rounds up (less than one step above).
"""


def recalibrate(  # noqa: PLR0913 - the training command's data options by name
    run: Path,
    out: Path,
    data: Path,
    extra: list[Path],
    calibration: str,
    *,
    train_only: list[Path] | None = None,
) -> dict[str, Any]:
    """Write the run's weights with thresholds from ``calibration``.

    ``train_only``: the run's ``--train-only`` folders. Their benign rows reach
    the calibration through the shipped weights' scores, so a run trained
    with them is only given back its thresholds with them.

    Returns:
        The run's thresholds and the new ones.

    Raises:
        SystemExit: The run's own calibration rule does not give back its
            thresholds (the data are not the run's).
    """
    from langchain_mistral_secure.detection.scorer.calibration import stored
    from langchain_mistral_secure.detection.scorer.loso import score_texts
    from langchain_mistral_secure.detection.scorer.model import ScorerModel
    from langchain_mistral_secure.detection.scorer.sources import load_sources
    from langchain_mistral_secure.detection.scorer.train import _thresholds

    model = ScorerModel.load(run / "injection_scorer.npz")
    config = model.metadata["config"]
    loso = json.loads((run / "loso.json").read_text(encoding="utf-8"))["files"]
    sources = load_sources(
        data, families=config["families"], extra=extra, train_only=train_only or ()
    )
    rows = {s.name: s.labels.shape[0] for s in sources if s.validated}
    if rows != {name: len(scores) for name, scores in loso.items()}:
        msg = "the run's held-out files and rows differ from these: not its data"
        raise SystemExit(msg)
    head = (model.weights.astype(np.float32), model.bias)
    held_out, shipped = {}, {}
    for source in sources:
        benign = source.labels == 0
        if source.name in loso:
            held_out[source.name] = np.asarray(loso[source.name])[benign]
        texts = [h for h, b in zip(source.hashed, benign, strict=True) if b]
        shipped[source.name] = score_texts(texts, head, model.windows)
    kwargs = {
        "role_exemption": bool(config.get("role_exemption")),
        "security_exemption": bool(config.get("security_exemption")),
        "followup_exemption": bool(config.get("followup_exemption")),
    }
    # Runs before h32 record no rule: they were calibrated per file.
    own = str(config.get("calibration", "file"))
    again = _thresholds(sources, held_out, shipped, calibration=own, **kwargs)
    if abs(again[0] - model.threshold) > _ROUNDING or (
        abs(again[1] - model.block_threshold) > _ROUNDING
    ):
        msg = (
            f"the run's rule ({own}) gives {again[0]:.6f}/{again[1]:.6f}, the run "
            f"{model.threshold:.6f}/{model.block_threshold:.6f}: not its data"
        )
        raise SystemExit(msg)
    flag, block, role = _thresholds(
        sources, held_out, shipped, calibration=calibration, **kwargs
    )
    meta = {
        **model.metadata,
        "config": {**config, "calibration": calibration},
        "recalibrated_from": {
            "threshold": model.threshold,
            "block_threshold": model.block_threshold,
        },
    }
    new = dataclasses.replace(
        model,
        threshold=stored(flag),
        block_threshold=stored(block),
        role_threshold=None if role is None else stored(role.high),
        metadata=meta,
    )
    out.mkdir(parents=True, exist_ok=True)
    new.save(out / "injection_scorer.npz")
    (out / "loso.json").write_text(
        (run / "loso.json").read_text(encoding="utf-8"), encoding="utf-8"
    )
    return {
        "run": {
            "threshold": model.threshold,
            "role_threshold": model.role_threshold,
            "block_threshold": model.block_threshold,
        },
        calibration: {
            "threshold": new.threshold,
            "role_threshold": new.role_threshold,
            "block_threshold": new.block_threshold,
        },
    }


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    from langchain_mistral_secure.detection.scorer.kind_calibration import (
        CALIBRATIONS,
    )

    parser = argparse.ArgumentParser(prog="python -m benchmarks.scorer_recalibrate")
    parser.add_argument("--run", type=Path, required=True, help="a training run")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--extra-data", type=Path, action="append", default=[])
    parser.add_argument("--train-only", type=Path, action="append", default=[])
    parser.add_argument("--calibration", choices=CALIBRATIONS, default="kind")
    args = parser.parse_args(argv)
    result = recalibrate(
        args.run,
        args.out,
        args.data,
        args.extra_data,
        args.calibration,
        train_only=args.train_only,
    )
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
