"""What a file's scores measure: recall, false-positive rate and ROC AUC."""

from __future__ import annotations

from typing import Any

import numpy as np
import numpy.typing as npt

__all__ = ["auc", "rates"]

F64 = npt.NDArray[np.float64]


def auc(attacks: F64, benign: F64) -> float | None:
    """ROC AUC of attack scores against benign scores (ties count half).

    Example:
        >>> auc(np.array([0.9, 0.4]), np.array([0.1, 0.4, 0.2]))
        0.9166666666666666
    """
    if attacks.shape[0] == 0 or benign.shape[0] == 0:
        return None
    ranked = np.sort(benign)
    below = np.searchsorted(ranked, attacks, side="left")
    not_above = np.searchsorted(ranked, attacks, side="right")
    wins = below.sum() + 0.5 * (not_above - below).sum()
    return float(wins / (attacks.shape[0] * benign.shape[0]))


def rates(
    labels: npt.NDArray[np.int8], scores: F64, threshold: float | F64, mask: Any
) -> dict[str, Any]:
    """Attack and benign counts, recall and false-positive rate on ``mask``.

    ``threshold`` is one value or one per row (a role-exempt calibration).
    """
    labels = labels[mask]
    limit = threshold[mask] if isinstance(threshold, np.ndarray) else threshold
    hit = scores[mask] >= limit
    pos, neg = labels == 1, labels == 0
    return {
        "attacks": int(pos.sum()),
        "benign": int(neg.sum()),
        "recall": round(float(hit[pos].mean()), 4) if pos.any() else None,
        "fpr": round(float(hit[neg].mean()), 4) if neg.any() else None,
    }
