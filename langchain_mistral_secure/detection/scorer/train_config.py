"""The training command's settings (:class:`TrainConfig`)."""

from __future__ import annotations

from dataclasses import dataclass

from langchain_mistral_secure.detection.scorer.features import STRIDE, WINDOW

__all__ = ["TrainConfig"]


@dataclass(frozen=True)
class TrainConfig:
    """Training settings (the defaults are what the shipped weights used)."""

    seed: int = 0
    epochs: int = 2
    refit_epochs: int = 3
    batch: int = 2048
    learning_rate: float = 0.08
    l2: float = 1e-5
    warm_start: bool = False
    loso: bool = True
    families: bool = True
    balance: str = "equal"
    short_window: int = 0
    concepts: bool = True
    concept_scale: float = 1.0
    hard_negatives: float = 4.0
    hidden: int = 0
    mlp_bits: int = 16
    mlp_epochs: int = 1
    role_exemption: bool = False
    security_exemption: bool = False
    followup_exemption: bool = False
    calibration: str = "file"
    average_iterates: bool = False
    """Return the mean of the last epoch's iterates, not the last one.

    Adam at a constant rate ends wherever the last mini-batches left it: the
    seed alone moved single training rows' scores, and with them the flag
    threshold from 0.81 to 0.97 (docs/scorer-experiments.md, h44).
    """

    @property
    def scales(self) -> tuple[tuple[int, int], ...]:
        """(length, stride) of the window scales (the short one if set)."""
        long = ((WINDOW, STRIDE),)
        if self.short_window:
            return (*long, (self.short_window, self.short_window // 2))
        return long
