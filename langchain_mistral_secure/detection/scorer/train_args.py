"""The command line of :mod:`.train` (``python -m ...detection.scorer.train``).

Split from :mod:`.train` (its size): every option, its default (the
:class:`.fit.TrainConfig` defaults) and why, read into a config.
"""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from langchain_mistral_secure.detection.scorer.features import SHORT_WINDOW, WINDOW
from langchain_mistral_secure.detection.scorer.fit import TrainConfig
from langchain_mistral_secure.detection.scorer.kind_calibration import CALIBRATIONS

__all__ = ["check_exemptions", "parse_args", "setting_options"]

_VALUED = {
    "seed": "--seed",
    "epochs": "--epochs",
    "short_window": "--short-window",
    "concept_scale": "--concept-scale",
    "hard_negatives": "--hard-negatives",
    "balance": "--balance",
    "hidden": "--hidden",
    "mlp_bits": "--mlp-bits",
    "mlp_epochs": "--mlp-epochs",
    "l2": "--l2",
}
"""The valued options, by the config field they set."""
_SWITCHED_OFF = {
    "loso": "--no-loso",
    "families": "--no-families",
    "concepts": "--no-concepts",
}
"""The options that turn a default-on setting off."""
_SWITCHED_ON = {"average_iterates": "--average-iterates"}
"""The options that turn a default-off setting on (the exemptions aside)."""


def setting_options(config: Mapping[str, Any]) -> list[str]:
    """The options a run's ``config`` needs beyond the defaults, one per item.

    The model card prints them in its training command (with the exemptions
    and the calibration, which it names itself), so the command it shows
    gives the same config back. Before h43 it left these out: h42's AF and
    h43's AJ were trained with ``--hard-negatives 12`` and their cards did
    not say so.

    Example:
        >>> setting_options({"hard_negatives": 12.0, "families": True, "seed": 0})
        ['--hard-negatives 12']
        >>> setting_options({"families": False, "balance": "sqrt"})
        ['--no-families', '--balance sqrt']
        >>> setting_options({"concept_scale": 1.2345678})
        ['--concept-scale 1.2345678']
        >>> setting_options({"average_iterates": True})
        ['--average-iterates']
        >>> setting_options({"l2": 1e-6})
        ['--l2 1e-06']
    """
    defaults = {f.name: f.default for f in dataclasses.fields(TrainConfig)}
    options = [
        flag
        for field, flag in _SWITCHED_OFF.items()
        if field in config and not config[field]
    ]
    options += [flag for field, flag in _SWITCHED_ON.items() if config.get(field)]
    for field, flag in _VALUED.items():
        value = config.get(field, defaults[field])
        if value != defaults[field]:
            # Whole floats as integers ("12"); any other value in full, so the
            # command parses back to the same number.
            whole = isinstance(value, float) and value.is_integer()
            shown = f"{value:g}" if whole else str(value)
            options.append(f"{flag} {shown}")
    return options


def parse_args(
    argv: Sequence[str] | None = None,
) -> tuple[argparse.Namespace, TrainConfig]:
    """The parsed options and the training config they give.

    Args:
        argv: The arguments (``sys.argv[1:]`` when ``None``).

    Returns:
        The options (``data``, ``out``, ``extra_data``, ``train_only``, ``jobs``,
        ``loso_scores`` ...) and the :class:`.fit.TrainConfig` of the others.
    """
    parser = argparse.ArgumentParser(
        prog="python -m langchain_mistral_secure.detection.scorer.train",
        description="Train the prompt-injection scorer (numpy only, offline).",
    )
    parser.add_argument("--data", type=Path, required=True, help="folder of *.jsonl")
    parser.add_argument(
        "--out",
        type=Path,
        default=Path(__file__).resolve().parent,
        help="where to write injection_scorer.npz and MODEL_CARD.md",
    )
    parser.add_argument(
        "--extra-data",
        type=Path,
        action="append",
        default=[],
        help=(
            "another folder of *.jsonl (repeatable), e.g. benchmarks/blind_corpus; "
            "its files are named folder/stem and held out together"
        ),
    )
    parser.add_argument(
        "--train-only",
        type=Path,
        action="append",
        default=[],
        help=(
            "a folder of *.jsonl (repeatable) whose rows train every fit and are "
            "never held out, so only the shipped model's scores of its benign "
            "rows reach the thresholds, e.g. training_data/data_fields"
        ),
    )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--average-iterates",
        action="store_true",
        help=(
            "each fit returns the mean of its last epoch's iterates, so the seed "
            "moves single rows' scores (and the thresholds) less"
        ),
    )
    parser.add_argument("--epochs", type=int, default=TrainConfig.epochs)
    parser.add_argument(
        "--l2",
        type=float,
        default=TrainConfig.l2,
        help=(
            "L2 penalty of the linear head's fits (default 1e-5; the shipped "
            "command uses 1e-6, which read better held out, and 1e-4 far worse)"
        ),
    )
    parser.add_argument(
        "--no-loso", action="store_true", help="skip leave-one-source-out"
    )
    parser.add_argument(
        "--no-families",
        action="store_true",
        help="leave out the project's own family rows (families.py)",
    )
    parser.add_argument(
        "--short-window",
        type=int,
        default=TrainConfig.short_window,
        help=(
            "add windows of this many view characters (0, the default: "
            f"{WINDOW}-character windows only; {SHORT_WINDOW} was tried and did "
            "not generalize better)"
        ),
    )
    parser.add_argument(
        "--no-concepts",
        action="store_true",
        help="leave out the concept tags (concepts.py): hashed n-grams only",
    )
    parser.add_argument(
        "--concept-scale",
        type=float,
        default=TrainConfig.concept_scale,
        help="value of concept features against n-grams in training (4 was tried: "
        "worse held out)",
    )
    parser.add_argument(
        "--hard-negatives",
        type=float,
        default=TrainConfig.hard_negatives,
        help=(
            "extra weight on each benign file's top 5%% of windows: they "
            "weigh 1 + N times (default 4; 0: off)"
        ),
    )
    parser.add_argument(
        "--balance",
        choices=("equal", "sqrt", "corpus"),
        default=TrainConfig.balance,
        help=(
            "weight per (file, class): equal, sqrt of its rows, or equal with "
            "each --extra-data folder counted as one file"
        ),
    )
    parser.add_argument(
        "--hidden",
        type=int,
        default=TrainConfig.hidden,
        help="hidden ReLU units of an MLP head (0, the default: the linear head)",
    )
    parser.add_argument(
        "--mlp-bits",
        type=int,
        default=TrainConfig.mlp_bits,
        help="the MLP head folds the hashed buckets into 2**N",
    )
    parser.add_argument(
        "--mlp-epochs", type=int, default=TrainConfig.mlp_epochs, help="MLP epochs"
    )
    parser.add_argument(
        "--role-exemption",
        action="store_true",
        help=(
            "two flag thresholds: texts that open as a prompt specification "
            "(role_spec.py) keep the one-threshold value, every other text gets "
            "the lowest that keeps each benign file within the limit"
        ),
    )
    parser.add_argument(
        "--security-exemption",
        action="store_true",
        help=(
            "with --role-exemption: security writing (security_spec.py: texts "
            "whose opening names prompt injection, jailbreaks, attacks, red "
            "teaming, detection rules ...) keeps the one-threshold value too"
        ),
    )
    parser.add_argument(
        "--followup-exemption",
        action="store_true",
        help=(
            "with --role-exemption: follow-up turns (followup_spec.py: texts "
            "that open by pointing at the assistant's previous output, e.g. "
            "'rewrite your previous answer') keep the one-threshold value too"
        ),
    )
    parser.add_argument(
        "--calibration",
        choices=CALIBRATIONS,
        default=TrainConfig.calibration,
        help=(
            "flag threshold: within the limit on every benign file (file), on "
            "the mean of each benign kind's files (kind, kind_calibration.py), "
            "or that and at most FILE_CAP_FPR on each file (kind-capped); "
            "kind-capped-role: the same rule also sets the role exemption's "
            "threshold, which the others keep per file; kind-public: the kind "
            "rule, and every public benign file within the limit for the "
            "shipped model (as the benchmark's dev check measures it)"
        ),
    )
    parser.add_argument(
        "--jobs",
        type=int,
        default=1,
        help="processes for the leave-one-source-out fits (same result)",
    )
    parser.add_argument(
        "--loso-scores",
        type=Path,
        default=None,
        help="write every file's leave-one-source-out scores to this JSON file",
    )
    args = parser.parse_args(argv)
    config = TrainConfig(
        seed=args.seed,
        epochs=args.epochs,
        loso=not args.no_loso,
        families=not args.no_families,
        short_window=args.short_window,
        concepts=not args.no_concepts,
        concept_scale=args.concept_scale,
        hard_negatives=args.hard_negatives,
        balance=args.balance,
        hidden=args.hidden,
        mlp_bits=args.mlp_bits,
        mlp_epochs=args.mlp_epochs,
        role_exemption=args.role_exemption,
        security_exemption=args.security_exemption,
        followup_exemption=args.followup_exemption,
        calibration=args.calibration,
        average_iterates=args.average_iterates,
        l2=args.l2,
    )
    return args, config


def check_exemptions(config: TrainConfig) -> None:
    """Refuse an exemption that widens ``--role-exemption`` without it.

    Raises:
        SystemExit: ``--security-exemption`` or ``--followup-exemption``
            without ``--role-exemption``.

    Example:
        >>> check_exemptions(TrainConfig(role_exemption=True, followup_exemption=True))
        >>> check_exemptions(TrainConfig(followup_exemption=True))
        Traceback (most recent call last):
        SystemExit: --followup-exemption widens --role-exemption: give both
    """
    for name, asked in (
        ("security", config.security_exemption),
        ("followup", config.followup_exemption),
    ):
        if asked and not config.role_exemption:
            msg = f"--{name}-exemption widens --role-exemption: give both"
            raise SystemExit(msg)
