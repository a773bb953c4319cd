"""The learned prompt-injection scorer (hashed n-grams, linear head, numpy only).

See ``MODEL_CARD.md`` beside the weights for the data, features, splits and
per-source figures, and :mod:`.train` for the training command.
"""

from langchain_mistral_secure.detection.scorer.model import (
    DEFAULT_WEIGHTS,
    MIN_SCORED_CHARS,
    SCORER_CATEGORY,
    SCORER_RULE_ID,
    InjectionScorer,
    ScorerModel,
    get_scorer,
)

__all__ = [
    "DEFAULT_WEIGHTS",
    "MIN_SCORED_CHARS",
    "SCORER_CATEGORY",
    "SCORER_RULE_ID",
    "InjectionScorer",
    "ScorerModel",
    "get_scorer",
]
