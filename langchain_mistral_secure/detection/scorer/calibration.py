"""Thresholds and per-file rates for the scorer's training command.

The flag threshold is chosen on benign text no scoring model trained on: with
leave-one-source-out, each benign file is scored whole by the model trained
without it, which is how a benign source nobody has seen will be scored.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
import numpy.typing as npt

# Moved to held_out.py and rates.py; re-exported (``__all__``) for their callers.
from langchain_mistral_secure.detection.scorer.held_out import (
    SHARED_DOCUMENTS,
    held_out_with,
)
from langchain_mistral_secure.detection.scorer.rates import auc, rates

__all__ = [
    "BLOCK_FPR",
    "FLAG_FPR",
    "MIN_CALIBRATION_ROWS",
    "SHARED_DOCUMENTS",
    "RoleExemption",
    "auc",
    "calibrate",
    "exemption_ladder",
    "file_cuts",
    "gated_file_cuts",
    "gated_threshold",
    "held_out_with",
    "rates",
    "stored",
]

F64 = npt.NDArray[np.float64]
GatedRule = Callable[
    [Mapping[str, tuple[F64, npt.NDArray[np.bool_]]], float, float], float
]
"""A low-threshold rule: gated benign scores per file, the high one, the limit."""

FLAG_FPR = 0.01
"""Largest false-positive rate the flag threshold allows on any benign file."""
BLOCK_FPR = 0.002
"""Largest false-positive rate the block threshold allows on any benign file."""
MIN_CALIBRATION_ROWS = 100
"""Benign files with fewer rows are pooled, so one row cannot set a threshold."""


def stored(threshold: float) -> float:
    """``threshold`` as the weight file keeps it: six decimals, never lower.

    A threshold is set just above the last benign score it lets through
    (flagged means ``score >= threshold``). Rounded to the nearest sixth
    decimal it could fall below that score and flag the row it was set to
    pass: h43's AJ stored 0.834346 for a benign row scoring 0.8343464, and
    garak's benign documents went from 1 to 2 of 179 (over 1%). So a
    rounding that lands below is moved up by one step.

    Example:
        >>> stored(0.8343463901), stored(0.5), stored(0.9792143)
        (0.834347, 0.5, 0.979215)
    """
    kept = round(threshold, 6)
    return kept if kept >= threshold else round(kept + 1e-6, 6)


def calibrate(benign_scores: dict[str, F64], fpr: float) -> float:
    """Lowest threshold with false-positive rate <= ``fpr`` on every benign file.

    Files with fewer than ``MIN_CALIBRATION_ROWS`` benign rows are pooled into
    one group, so a single row of a small file cannot set it.

    Example:
        >>> scores = {"a": np.linspace(0.0, 0.99, 200), "b": np.zeros(150)}
        >>> round(calibrate(scores, 0.01), 3)
        0.98
    """
    groups = [s for s in benign_scores.values() if s.shape[0] >= MIN_CALIBRATION_ROWS]
    small = [s for s in benign_scores.values() if 0 < s.shape[0] < MIN_CALIBRATION_ROWS]
    if small:
        groups.append(np.concatenate(small))
    worst = 0.5
    for scores in groups:
        allowed = int(np.floor(fpr * scores.shape[0]))
        ranked = np.sort(scores)[::-1]
        cut = float(ranked[allowed]) if allowed < ranked.shape[0] else 0.0
        worst = max(worst, float(np.nextafter(cut, 1.0)))
    return min(worst, 0.9999)


def file_cuts(
    benign_scores: dict[str, F64], fpr: float, top: int = 5
) -> list[tuple[str, float]]:
    """The ``top`` files whose own limit sets :func:`calibrate`'s threshold.

    Each file's cut is the threshold :func:`calibrate` would give for it
    alone (small files as one pooled group named ``small files``), highest
    first: the first one sets the threshold, the next say how close the
    others come.

    Example:
        >>> scores = {"a": np.linspace(0.0, 0.99, 200), "b": np.zeros(150)}
        >>> [(name, round(cut, 3)) for name, cut in file_cuts(scores, 0.01)]
        [('a', 0.98), ('b', 0.5)]
    """
    groups = {
        name: {name: s}
        for name, s in benign_scores.items()
        if s.shape[0] >= MIN_CALIBRATION_ROWS
    }
    small = {
        n: s for n, s in benign_scores.items() if 0 < s.shape[0] < MIN_CALIBRATION_ROWS
    }
    if small:
        groups["small files"] = small
    cuts = [(name, calibrate(group, fpr)) for name, group in groups.items()]
    return sorted(cuts, key=lambda item: (-item[1], item[0]))[:top]


def exemption_ladder(
    benign_scores: dict[str, F64],
    attack_scores: dict[str, F64],
    fpr: float,
    steps: int = 4,
) -> list[dict[str, Any]]:
    """Threshold and recall as the benign files that cap it are let go one by one.

    Step 0 is :func:`calibrate` on every benign file. Each later step leaves
    out the file (or the pooled group of small files) whose 1% tail set the
    previous step's threshold, and calibrates again on the rest. Each step's
    recall on an attack file is the share of its scores at or over that
    threshold. So step ``k`` is the best any second stage could do that
    recognized the first ``k`` capping files perfectly and kept the old
    threshold for them alone: an upper bound on a per-kind threshold, read
    from held-out scores before anyone writes that stage.

    Example:
        >>> benign = {"hard": np.linspace(0.0, 0.99, 200), "easy": np.zeros(150)}
        >>> ladder = exemption_ladder(benign, {"att": np.array([0.6, 0.99])}, 0.01)
        >>> [(s["set_by"], round(s["threshold"], 2)) for s in ladder]
        [('hard', 0.98), ('easy', 0.5)]
        >>> [s["recall"]["att"] for s in ladder]
        [0.5, 1.0]
    """
    kept = dict(benign_scores)
    small = [n for n, s in kept.items() if 0 < s.shape[0] < MIN_CALIBRATION_ROWS]
    ladder: list[dict[str, Any]] = []
    exempt: list[str] = []
    for _ in range(steps + 1):
        cuts = file_cuts(kept, fpr, top=1)
        if not cuts:
            break
        threshold = calibrate(kept, fpr)
        ladder.append(
            {
                "exempt": list(exempt),
                "threshold": threshold,
                "set_by": cuts[0][0],
                "recall": {
                    name: float(np.mean(scores >= threshold)) if scores.size else None
                    for name, scores in attack_scores.items()
                },
            }
        )
        name = cuts[0][0]
        gone = small if name == "small files" else [name]
        exempt.append(name)
        kept = {n: s for n, s in kept.items() if n not in gone}
        if threshold <= 0.5:  # noqa: PLR2004 - calibrate's floor: nothing caps it
            break
    return ladder


def gated_threshold(
    benign: Mapping[str, tuple[F64, npt.NDArray[np.bool_]]], high: float, fpr: float
) -> float:
    """Lowest threshold for texts with evidence, when the others keep ``high``.

    A second stage of the simplest kind: a text whose ``evidence`` flag is
    set (e.g. it names an attack concept) is flagged at the returned
    threshold, every other text only at ``high``. ``benign`` maps each file
    to its held-out scores and evidence flags; the limit is :func:`calibrate`'s
    (at most ``fpr`` of each file with at least ``MIN_CALIBRATION_ROWS`` rows
    flagged, smaller files pooled), counting both kinds of text.

    Example:
        >>> scores = np.linspace(0.0, 0.99, 200)
        >>> evidence = scores < 0.9  # the high tail carries no evidence
        >>> round(gated_threshold({"a": (scores, evidence)}, 0.995, 0.01), 3)
        0.886
    """
    groups = [v for v in benign.values() if v[0].shape[0] >= MIN_CALIBRATION_ROWS]
    small = [v for v in benign.values() if 0 < v[0].shape[0] < MIN_CALIBRATION_ROWS]
    if small:
        groups.append(
            (
                np.concatenate([v[0] for v in small]),
                np.concatenate([v[1] for v in small]),
            )
        )
    worst = 0.5
    for scores, evidence in groups:
        allowed = int(np.floor(fpr * scores.shape[0]))
        allowed -= int((scores[~evidence] >= high).sum())
        ranked = np.sort(scores[evidence])[::-1]
        if allowed < 0:
            return high
        cut = float(ranked[allowed]) if allowed < ranked.shape[0] else 0.0
        worst = max(worst, float(np.nextafter(cut, 1.0)))
    return min(worst, high)


def gated_file_cuts(
    benign: dict[str, tuple[F64, npt.NDArray[np.bool_]]],
    high: float,
    fpr: float,
    top: int = 5,
) -> list[tuple[str, float]]:
    """:func:`file_cuts` for :func:`gated_threshold`: each file's own low limit.

    Example:
        >>> scores = np.linspace(0.0, 0.99, 200)
        >>> cuts = gated_file_cuts({"a": (scores, scores < 0.9)}, 0.995, 0.01)
        >>> [(name, round(cut, 3)) for name, cut in cuts]
        [('a', 0.886)]
    """
    groups = {
        name: {name: v}
        for name, v in benign.items()
        if v[0].shape[0] >= MIN_CALIBRATION_ROWS
    }
    small = {
        n: v for n, v in benign.items() if 0 < v[0].shape[0] < MIN_CALIBRATION_ROWS
    }
    if small:
        groups["small files"] = small
    cuts = [(name, gated_threshold(group, high, fpr)) for name, group in groups.items()]
    return sorted(cuts, key=lambda item: (-item[1], item[0]))[:top]


def gated_ladder(
    benign: dict[str, tuple[F64, npt.NDArray[np.bool_]]],
    attacks: dict[str, tuple[F64, npt.NDArray[np.bool_]]],
    high: float,
    fpr: float,
    steps: int = 4,
) -> list[dict[str, Any]]:
    """:func:`exemption_ladder` for the low threshold of a gated calibration.

    ``benign`` and ``attacks`` map each file to its held-out scores and the
    rows' evidence flags (``True``: the row gets the low threshold, as in
    :func:`gated_threshold`; the others keep ``high``). Each step leaves out
    the file whose tail set the previous low threshold and calibrates again;
    recall counts each attack row at its own threshold.

    Example:
        >>> scores = np.linspace(0.0, 0.99, 200)
        >>> flat = (np.zeros(150), np.ones(150, bool))
        >>> benign = {"a": (scores, scores < 0.9), "b": flat}
        >>> attacks = {"x": (np.array([0.5, 0.95]), np.array([True, True]))}
        >>> ladder = gated_ladder(benign, attacks, 0.995, 0.01)
        >>> [(s["set_by"], round(s["threshold"], 3)) for s in ladder]
        [('a', 0.886), ('b', 0.5)]
        >>> [s["recall"]["x"] for s in ladder]
        [0.5, 1.0]
    """
    kept = dict(benign)
    ladder: list[dict[str, Any]] = []
    for _ in range(steps + 1):
        cuts = gated_file_cuts(kept, high, fpr, top=1)
        if not cuts:
            break
        low = gated_threshold(kept, high, fpr)
        ladder.append(
            {
                "threshold": low,
                "set_by": cuts[0][0],
                "recall": {
                    name: float(np.mean(scores >= np.where(gate, low, high)))
                    if scores.size
                    else None
                    for name, (scores, gate) in attacks.items()
                },
            }
        )
        name = cuts[0][0]
        if name == "small files":
            kept = {
                n: v for n, v in kept.items() if v[0].shape[0] >= MIN_CALIBRATION_ROWS
            }
        else:
            kept.pop(name)
        if low <= 0.5:  # noqa: PLR2004 - calibrate's floor: nothing caps it
            break
    return ladder


class RoleExemption:
    """A second flag threshold: prompt specifications keep the one threshold.

    Texts whose ``role`` flag is set (:func:`.role_spec.opens_with_role`)
    keep ``high``, the threshold the per-file rule gives every text; every
    other text is flagged at :meth:`low`, the lowest threshold that still
    keeps each benign file at or under :data:`FLAG_FPR`, counting the role
    texts flagged at ``high`` (:func:`gated_threshold`).

    Args:
        role: Per file, whether each row opens as a prompt specification.
        labels: Per file, each row's label (benign rows are 0).
        high: The one-threshold value.

    Example:
        >>> scores = np.linspace(0.0, 0.99, 200)
        >>> labels = {"a": np.zeros(200, dtype=np.int8)}
        >>> rule = RoleExemption({"a": scores >= 0.9}, labels, 0.995)
        >>> round(rule.low({"a": scores}), 3)
        0.886
    """

    def __init__(
        self,
        role: dict[str, npt.NDArray[np.bool_]],
        labels: dict[str, npt.NDArray[np.int8]],
        high: float,
    ) -> None:
        """Keep each file's role flags and labels, and the high threshold."""
        self.high = high
        self.role = role
        self.labels = labels

    def _split(
        self, benign: dict[str, F64]
    ) -> dict[str, tuple[F64, npt.NDArray[np.bool_]]]:
        """Benign scores with their evidence (not a role text: the low limit)."""
        return {n: (v, ~self.role[n][self.labels[n] == 0]) for n, v in benign.items()}

    def low(self, benign: dict[str, F64], rule: GatedRule | None = None) -> float:
        """The threshold for every other text, from each file's benign scores.

        ``rule`` sets it from the gated scores (default :func:`gated_threshold`,
        every file within the limit; :func:`.kind_calibration.kind_threshold`
        keeps each kind's mean within it).
        """
        return (rule or gated_threshold)(self._split(benign), self.high, FLAG_FPR)

    def limits(self, name: str, low: float) -> F64:
        """Each row's flag threshold in file ``name``."""
        return np.where(self.role[name], self.high, low)

    def metadata(
        self, held_out: dict[str, F64], shipped: dict[str, F64]
    ) -> dict[str, Any]:
        """The files that set the low threshold, and the role share per file."""
        return {
            "role_exemption": {
                "role_threshold": stored(self.high),
                "low_set_by": {
                    "held_out": gated_file_cuts(
                        self._split(held_out), self.high, FLAG_FPR
                    ),
                    "shipped": gated_file_cuts(
                        self._split(shipped), self.high, FLAG_FPR
                    ),
                },
                "role_share": {
                    n: round(float(r.mean()), 4) for n, r in self.role.items() if r.size
                },
            }
        }
