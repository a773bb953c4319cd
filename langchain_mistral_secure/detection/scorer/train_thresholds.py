"""The training command's flag and block thresholds, and its role exemption.

Each threshold is chosen on held-out and shipped-model scores of the benign
files (:mod:`.calibration`, :mod:`.kind_calibration`); the exemptions give
some texts the one-threshold value (:mod:`.exemption`).
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import numpy.typing as npt

from langchain_mistral_secure.detection.scorer.calibration import (
    BLOCK_FPR,
    FLAG_FPR,
    RoleExemption,
    calibrate,
)
from langchain_mistral_secure.detection.scorer.exemption import is_exempt
from langchain_mistral_secure.detection.scorer.kind_calibration import (
    Gated,
    file_cap,
    is_by_kind,
    is_public,
    kind_threshold,
    public_shipped_cap,
)
from langchain_mistral_secure.detection.scorer.train_windows import Source

__all__: list[str] = []

F64 = npt.NDArray[np.float64]


def _thresholds(  # noqa: PLR0913 - each exemption and the calibration by name
    sources: list[Source],
    held_out: dict[str, F64],
    shipped: dict[str, F64],
    *,
    role_exemption: bool,
    security_exemption: bool = False,
    followup_exemption: bool = False,
    calibration: str = "file",
) -> tuple[float, float, RoleExemption | None]:
    """Flag threshold, block threshold and the role exemption (if asked for).

    Each is the lowest that keeps every benign file within its limit, both
    held out and for the shipped model. With ``role_exemption`` the flag
    threshold is the one for texts that do not open as a prompt specification
    (those keep the one-threshold value, ``role.high``); with
    ``security_exemption`` security writing keeps it too, and with
    ``followup_exemption`` follow-up turns (:mod:`.exemption`). With
    ``calibration`` ``"kind"`` the flag threshold (the low one under the
    exemption) keeps each benign kind's mean file rate within the limit
    instead (:mod:`.kind_calibration`), and with ``"kind-capped"`` also each
    file within :data:`.kind_calibration.FILE_CAP_FPR`, and with
    ``"kind-public"`` also each public benign file for the shipped model
    (:func:`.kind_calibration.public_shipped_cap`); the block threshold
    stays per file, and so does the role threshold except under
    ``"kind-capped-role"``, where the same rule sets it with no text exempt.
    """
    threshold = max(calibrate(held_out, FLAG_FPR), calibrate(shipped, FLAG_FPR))
    by_kind = is_by_kind(calibration)
    cap = file_cap(calibration)

    def rule(benign: Mapping[str, Gated], high: float, fpr: float) -> float:
        return kind_threshold(benign, high, fpr, file_fpr=cap)

    if by_kind and (not role_exemption or calibration == "kind-capped-role"):
        threshold = max(
            rule(_ungated(held_out), threshold, FLAG_FPR),
            rule(_ungated(shipped), threshold, FLAG_FPR),
        )
    role = None
    if role_exemption:
        role = RoleExemption(
            {
                s.name: np.array(
                    [
                        is_exempt(
                            h.view.text,
                            security=security_exemption,
                            followup=followup_exemption,
                        )
                        for h in s.hashed
                    ]
                )
                for s in sources
            },
            {s.name: s.labels for s in sources},
            threshold,
        )
        low_rule = rule if by_kind else None
        threshold = max(role.low(held_out, low_rule), role.low(shipped, low_rule))
    if public_shipped_cap(calibration):
        # Each public file within the limit for the shipped model, as the
        # benchmark's dev check measures it (role texts at their own threshold).
        public = {n: v for n, v in shipped.items() if is_public(n)}
        threshold = max(
            threshold,
            calibrate(public, FLAG_FPR) if role is None else role.low(public),
        )
    block = max(
        calibrate(held_out, BLOCK_FPR),
        calibrate(shipped, BLOCK_FPR),
        threshold if role is None else role.high,
    )
    return threshold, block, role


def _ungated(benign: dict[str, F64]) -> dict[str, Gated]:
    """Every row at the one threshold (no exemption): an all-true gate."""
    return {n: (v, np.ones(v.shape[0], dtype=bool)) for n, v in benign.items()}
