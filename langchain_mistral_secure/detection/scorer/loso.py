"""Fit either head and score texts with it; the leave-one-source-out loop.

Split out of :mod:`.train`. A head is the linear head's ``(weights, bias)``
(concept scale folded in) or an :class:`.mlp.MlpHead`; both are rounded
through float16 before scoring, as they ship. The leave-one-source-out fits
are independent (each has its own seed salt), so ``jobs > 1`` runs them in
forked worker processes with results identical to ``jobs=1``.
"""

from __future__ import annotations

import multiprocessing
import time
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt

from langchain_mistral_secure.detection.scorer.calibration import held_out_with
from langchain_mistral_secure.detection.scorer.features import HashedText
from langchain_mistral_secure.detection.scorer.fit import (
    Source,
    TrainConfig,
    Windows,
    fit_windows,
    fold_scale,
    sigmoid,
)
from langchain_mistral_secure.detection.scorer.mlp import MlpHead, mlp_window_logits
from langchain_mistral_secure.detection.scorer.model import window_logits

__all__ = ["Head", "fit_head", "held_out_groups", "run_loso", "score_texts"]

F32W = npt.NDArray[np.float32]
F64 = npt.NDArray[np.float64]
I64 = npt.NDArray[np.int64]

Head = tuple[F32W, float] | MlpHead
"""The linear head's (weights, bias) or the MLP head."""


def fit_head(win: Windows, rows: I64, config: TrainConfig, salt: int) -> Head:
    """Fit on ``rows`` and return the inference head (concept scale folded in)."""
    fitted = fit_windows(win, rows, config, salt)
    if isinstance(fitted, MlpHead):
        return fitted
    weights, bias = fitted
    return fold_scale(weights, config), bias


def score_texts(
    hashed: Sequence[HashedText],
    head: Head,
    scales: tuple[tuple[int, int], ...],
) -> F64:
    """Probability of every text, exactly as the shipped scorer computes it."""
    if isinstance(head, MlpHead):
        shipped = head.rounded()

        def best(h: HashedText) -> float:
            return float(np.max(mlp_window_logits(h, shipped, scales)[2]))

    else:
        w32 = head[0].astype(np.float16).astype(np.float32)

        def best(h: HashedText) -> float:
            return float(np.max(window_logits(h, w32, head[1], scales)[2]))

    return sigmoid(np.array([best(h) for h in hashed], dtype=np.float64))


# What forked workers read (set before the pool starts; copy-on-write).
_STATE: dict[str, Any] = {}


def _held_out_scores(group: tuple[int, ...]) -> list[tuple[str, F64]]:
    win: Windows = _STATE["win"]
    sources: list[Source] = _STATE["sources"]
    config: TrainConfig = _STATE["config"]
    all_rows = np.arange(win.label.shape[0], dtype=np.int64)
    rows = all_rows[~np.isin(win.source, group)]
    head = fit_head(win, rows, config, salt=100 + 2 * group[0])
    return [
        (sources[i].name, score_texts(sources[i].hashed, head, config.scales))
        for i in group
        if sources[i].validated
    ]


def held_out_groups(sources: Sequence[Source]) -> list[tuple[int, ...]]:
    """Source indices held out together, one group per fit, in source order.

    A file and its document twins, or every file of one extra data folder
    (:func:`.calibration.held_out_with`), are scored by one model trained
    without all of them.
    """
    names = [s.name for s in sources]
    groups: list[tuple[int, ...]] = []
    for source in sources:
        if not source.validated:
            continue
        group = tuple(names.index(n) for n in held_out_with(source.name, names))
        if group not in groups:
            groups.append(group)
    return groups


def run_loso(
    win: Windows,
    sources: list[Source],
    config: TrainConfig,
    jobs: int,
    log: Callable[[str], Any],
) -> dict[str, F64]:
    """Score every validated file whole by a model trained without it.

    One fit per held-out group (:func:`held_out_groups`). ``jobs`` worker
    processes (fork) share the windows; the result does not depend on ``jobs``.
    """
    started = time.perf_counter()
    todo = held_out_groups(sources)
    _STATE.update(win=win, sources=sources, config=config)
    out: dict[str, F64] = {}

    def record(scored: list[tuple[str, F64]]) -> None:
        out.update(scored)
        names = " + ".join(name for name, _ in scored)
        log(f"  LOSO {names}: {time.perf_counter() - started:.0f} s")

    try:
        if jobs <= 1 or len(todo) <= 1:
            for group in todo:
                record(_held_out_scores(group))
        else:
            context = multiprocessing.get_context("fork")
            with context.Pool(jobs) as pool:
                for scored in pool.imap_unordered(_held_out_scores, todo):
                    record(scored)
    finally:
        _STATE.clear()
    return {s.name: out[s.name] for s in sources if s.validated}
