"""The learned prompt-injection scorer: a linear or MLP head over hashed n-grams.

Weights ship as package data (``injection_scorer.npz``, float16) and are read on
first use, not at import. The object holds only the path until then, and drops
the arrays when pickled (they are read again on first use after unpickling), so
a sanitizer that holds a scorer can cross process boundaries cheaply.

A finding's rule id and category, and which texts are too short for one,
live in :mod:`.findings` (re-exported here).
"""

from __future__ import annotations

import json
import math
import threading
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from langchain_mistral_secure.detection.engine import DetectionError, Finding
from langchain_mistral_secure.detection.normalize import DetectionView
from langchain_mistral_secure.detection.scorer._archive import mlp_of, write_npz
from langchain_mistral_secure.detection.scorer._window_logits import window_logits
from langchain_mistral_secure.detection.scorer.exemption import is_exempt
from langchain_mistral_secure.detection.scorer.features import (
    CONCEPT_DIM,
    HASH_BITS,
    STRIDE,
    WINDOW,
    HashedText,
    hash_text,
)
from langchain_mistral_secure.detection.scorer.findings import (
    MIN_SCORED_CHARS,
    SCORER_CATEGORY,
    SCORER_RULE_ID,
    _to_original,
    _too_short,
)
from langchain_mistral_secure.detection.scorer.mlp import MlpHead, mlp_window_logits

__all__ = [
    "DEFAULT_WEIGHTS",
    "MIN_SCORED_CHARS",
    "SCORER_CATEGORY",
    "SCORER_RULE_ID",
    "InjectionScorer",
    "ScorerModel",
    "get_scorer",
    "window_logits",
]

DEFAULT_WEIGHTS = Path(__file__).resolve().parent / "injection_scorer.npz"
"""The weights shipped with the package."""

F32 = npt.NDArray[np.float32]
F64 = npt.NDArray[np.float64]
I64 = npt.NDArray[np.int64]

_SHAPES = ((1 << HASH_BITS,), ((1 << HASH_BITS) + CONCEPT_DIM,))
"""Hashed buckets alone (weights written before concepts), or with concepts."""


@dataclass(frozen=True)
class ScorerModel:
    """Weights and calibrated thresholds of a trained scorer.

    Attributes:
        weights: Linear head: one weight per hashed bucket (``2**HASH_BITS``),
            then one per concept feature (``CONCEPT_DIM``), float32. Empty
            for an MLP model.
        bias: The intercept (the MLP head's output bias).
        threshold: Probability at which a window is flagged (calibrated to at
            most 1% false positives on held-out benign files).
        block_threshold: Probability at which ``block`` refuses on the score
            alone (calibrated stricter).
        metadata: Everything else the training run recorded.
        windows: (length, stride) of each window scale the model was
            trained with (weights written before scales existed: one scale).
        mlp: The one-hidden-layer head (:mod:`.mlp`), or ``None`` for the
            linear head.
        role_threshold: Flag threshold for texts that open as a prompt
            specification (:func:`.role_spec.opens_with_role`), and with
            ``--security-exemption`` for security writing too
            (:func:`.security_spec.discusses_attacks`), when the weights were
            calibrated with ``--role-exemption``; ``threshold`` then holds for
            every other text. ``None``: one threshold.
    """

    weights: F32
    bias: float
    threshold: float
    block_threshold: float
    metadata: dict[str, Any]
    windows: tuple[tuple[int, int], ...] = ((WINDOW, STRIDE),)
    mlp: MlpHead | None = None
    role_threshold: float | None = None

    @property
    def head(self) -> str:
        """``"linear"`` or ``"mlp"``."""
        return "linear" if self.mlp is None else "mlp"

    @property
    def exempts_security(self) -> bool:
        """Whether security writing keeps ``role_threshold`` too.

        Weights calibrated with ``--security-exemption`` record it in their
        metadata (:mod:`.security_spec`).
        """
        return bool(self.metadata.get("security_exemption"))

    @property
    def exempts_followups(self) -> bool:
        """Whether follow-up turns keep ``role_threshold`` too.

        Weights calibrated with ``--followup-exemption`` record it in their
        metadata (:mod:`.followup_spec`).
        """
        return bool(self.metadata.get("followup_exemption"))

    def keeps_role_threshold(self, view_text: str) -> bool:
        """Whether ``view_text`` opens past the gates these weights record.

        The role gate always; security writing and follow-up turns when the
        weights were calibrated with their exemptions (:mod:`.exemption`).
        The scorer and the benchmarks ask this, so they cannot disagree with
        the weights about a text.
        """
        return is_exempt(
            view_text,
            security=self.exempts_security,
            followup=self.exempts_followups,
        )

    @property
    def uses_concepts(self) -> bool:
        """Whether the model reads concept tags (texts are hashed with them)."""
        if self.mlp is not None:
            return bool(self.metadata.get("concepts", 1))
        return bool(self.weights.shape[0] > 1 << HASH_BITS)

    def logits(self, hashed: HashedText) -> tuple[Any, Any, F64]:
        """(starts, ends, logits) of every window of ``hashed`` by this model."""
        if self.mlp is not None:
            return mlp_window_logits(hashed, self.mlp, self.windows)
        return window_logits(hashed, self.weights, self.bias, self.windows)

    @classmethod
    def load(cls, path: Path) -> ScorerModel:
        """Read a ``.npz`` written by :meth:`save` (either head)."""
        with np.load(path, allow_pickle=False) as archive:
            meta = json.loads(str(archive["metadata"]))
            if meta.get("head", "linear") == "mlp":
                mlp = mlp_of(archive, meta)
                weights = np.zeros(0, np.float32)
            else:
                mlp = None
                weights = archive["weights"].astype(np.float32)
        if mlp is None and weights.shape not in _SHAPES:
            msg = (
                f"scorer weights have shape {weights.shape}, expected 2**{HASH_BITS}"
                f" (+ {CONCEPT_DIM} concept weights)"
            )
            raise ValueError(msg)
        return cls(
            weights=weights,
            bias=float(meta["bias"]),
            threshold=float(meta["threshold"]),
            block_threshold=float(meta["block_threshold"]),
            metadata=meta,
            windows=tuple(
                (int(w), int(s)) for w, s in meta.get("windows", [[WINDOW, STRIDE]])
            ),
            mlp=mlp,
            role_threshold=(
                None
                if meta.get("role_threshold") is None
                else float(meta["role_threshold"])
            ),
        )

    def save(self, path: Path) -> None:
        """Write the weights as float16 with the metadata as JSON."""
        meta = {
            **self.metadata,
            "head": self.head,
            "bias": self.bias,
            "threshold": self.threshold,
            "block_threshold": self.block_threshold,
            "windows": [list(scale) for scale in self.windows],
        }
        if self.role_threshold is not None:
            meta["role_threshold"] = self.role_threshold
        else:
            # A copy of loaded metadata still holds the old value.
            meta.pop("role_threshold", None)
        arrays: dict[str, Any] = {}
        if self.mlp is None:
            arrays["weights"] = self.weights.astype(np.float16)
        else:
            meta["mlp_bits"] = self.mlp.bits
            arrays.update(
                w1=self.mlp.w1.astype(np.float16),
                b1=self.mlp.b1.astype(np.float16),
                w2=self.mlp.w2.astype(np.float16),
            )
        arrays["metadata"] = np.array(json.dumps(meta, sort_keys=True))
        write_npz(path, arrays)


@lru_cache(maxsize=8)
def _load(path: Path) -> ScorerModel:
    return ScorerModel.load(path)


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)


class InjectionScorer:
    """Scores how much a text reads like a prompt injection, from 0 to 1.

    The score of a text is the highest score of its windows. :meth:`detect`
    returns one finding (rule ``injection.scorer``, category ``scorer``) for
    the best window when its score reaches ``threshold``; the finding carries
    the score and the window's span, never text.

    Args:
        path: A ``.npz`` written by the training command (default: the shipped
            weights).
        threshold: Flag threshold; ``None`` uses the calibrated one.

    Example:
        >>> scorer = InjectionScorer()
        >>> scorer.score("What is the capital of France?") < scorer.threshold
        True
    """

    max_match_len = WINDOW

    def __init__(
        self, path: Path | None = None, threshold: float | None = None
    ) -> None:
        """Remember where the weights are; they are read on first use."""
        self.path = Path(path) if path is not None else DEFAULT_WEIGHTS
        self._threshold = threshold
        self._model: ScorerModel | None = None
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        """The weight file's name and whether it is loaded."""
        return (
            f"InjectionScorer(path={self.path.name!r}, "
            f"loaded={self._model is not None})"
        )

    def __getstate__(self) -> dict[str, Any]:
        """Pickle the path and threshold only; weights are read again lazily."""
        return {"path": str(self.path), "threshold": self._threshold}

    def __setstate__(self, state: dict[str, Any]) -> None:
        """Restore from :meth:`__getstate__`."""
        self.__init__(Path(state["path"]), state["threshold"])  # type: ignore[misc]

    @property
    def model(self) -> ScorerModel:
        """The loaded model (read from disk on first access, shared by path)."""
        if self._model is None:
            with self._lock:
                if self._model is None:
                    self._model = _load(self.path)
        return self._model

    @property
    def threshold(self) -> float:
        """The flag threshold in use."""
        return self._threshold if self._threshold is not None else self.model.threshold

    @property
    def block_threshold(self) -> float:
        """The calibrated block threshold."""
        return self.model.block_threshold

    def flag_threshold(self, view_text: str) -> float:
        """The flag threshold for a text whose detection view is ``view_text``.

        A threshold given to the constructor holds for every text. Otherwise
        weights calibrated with a role exemption flag a text that opens as a
        prompt specification (or, with the security exemption, as security
        writing) at ``role_threshold`` and every other text at ``threshold``.
        """
        model = self.model
        if self._threshold is not None or model.role_threshold is None:
            return self.threshold
        if model.keeps_role_threshold(view_text):
            return model.role_threshold
        return model.threshold

    def best_window(
        self, text: str, view: DetectionView | None = None
    ) -> tuple[float, int, int]:
        """Return (score, start, end) of the best window, spans in ``text``.

        ``view`` is ``build_view(text)`` when the caller already has it.
        """
        score, start, end, _ = self._best(text, view)
        return score, start, end

    def _best(
        self, text: str, view: DetectionView | None
    ) -> tuple[float, int, int, str]:
        """(score, start, end, view text) of the best window."""
        if not text:
            return 0.0, 0, 0, ""
        model = self.model
        hashed = hash_text(text, view, concepts=model.uses_concepts)
        starts, ends, logits = model.logits(hashed)
        best = int(np.argmax(logits))
        start = int(starts[best])
        end = int(ends[best]) - 1
        score = _sigmoid(float(logits[best]))
        # Collapsed-view positions -> view positions -> original offsets.
        index = hashed.view_index
        v_start = int(index[min(start, index.shape[0] - 1)])
        v_end = int(index[min(max(end - 1, start), index.shape[0] - 1)]) + 1
        return score, *_to_original(hashed, v_start, v_end), hashed.view.text

    def score(self, text: str) -> float:
        """Return the injection score of ``text`` in ``[0, 1]``.

        Example:
            >>> 0.0 <= InjectionScorer().score("hello") <= 1.0
            True
        """
        return self.best_window(text)[0]

    def detect(self, text: str, view: DetectionView | None = None) -> list[Finding]:
        """Return one ``injection.scorer`` finding if the score reaches the threshold.

        The threshold is :meth:`flag_threshold`'s for the text. A text whose
        detection view has fewer than :data:`MIN_SCORED_CHARS` non-space
        characters gets no finding, whatever its score.

        ``view`` is ``build_view(text)`` when the caller already has it.

        Raises:
            DetectionError: Scoring failed (the caller fails closed); the
                message names the error type only.
        """
        return self.assess(text, view)[1]

    def assess(
        self, text: str, view: DetectionView | None = None
    ) -> tuple[float, list[Finding]]:
        """Return the text's score and :meth:`detect`'s findings, in one pass.

        The sanitizer reads the score to confirm rule findings (see
        :mod:`langchain_mistral_secure.detection.corroboration`).

        Raises:
            DetectionError: As :meth:`detect`.
        """
        try:
            score, start, end, view_text = self._best(text, view)
            limit = self.flag_threshold(view_text)
        except Exception as exc:  # noqa: BLE001 - any failure must fail closed
            msg = f"detector InjectionScorer failed: {type(exc).__name__}"
            raise DetectionError(msg) from None
        if score < limit or _too_short(view_text):
            return score, []
        finding = Finding(
            start=start,
            end=end,
            rule_id=SCORER_RULE_ID,
            category=SCORER_CATEGORY,
            score=round(score, 4),
        )
        return score, [finding]


_SHARED: InjectionScorer | None = None
_SHARED_LOCK = threading.Lock()


def get_scorer() -> InjectionScorer:
    """The shared scorer with the shipped weights (weights load on first use)."""
    global _SHARED  # noqa: PLW0603 - one lazily built instance per process
    with _SHARED_LOCK:
        if _SHARED is None:
            _SHARED = InjectionScorer()
        return _SHARED
