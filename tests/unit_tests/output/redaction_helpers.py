"""Small RuleDetectors and planted values shared by the output tests."""

from __future__ import annotations

from itertools import pairwise

from langchain_mistral_secure.detection.engine import (
    Detector,
    Rule,
    RuleDetector,
    get_detector,
)

EMAIL_RULE = Rule(
    id="t.email",
    category="email",
    pattern=r"[a-z0-9._+-]{1,32}@[a-z0-9-]{1,20}(?:\.[a-z0-9-]{1,10}){0,2}\.[a-z]{2,6}",
    max_len=82,
)
KEY_RULE = Rule(
    id="t.key",
    category="api_key",
    pattern=r"\bsk-[A-Za-z0-9]{20}\b",
    on_view=False,
    case_sensitive=True,
    max_len=23,
)
CARD_RULE = Rule(
    id="t.card",
    category="credit_card",
    pattern=r"\b(?:\d[ -]?){12,15}\d\b",
    on_view=False,
    max_len=31,
)

SIMPLE = RuleDetector([EMAIL_RULE, KEY_RULE, CARD_RULE], name="test-simple")

EMAIL = "john.doe@example.com"
KEY = "sk-AbCdEfGhIjKlMnOpQrSt"  # pragma: allowlist secret
CARD = "4111 1111 1111 1111"
PLANTED = (EMAIL, KEY, CARD)

REAL_PLANTED = (
    "jane.roe@example.org",
    "4111 1111 1111 1111",
    "FR76 3000 6000 0112 3456 7890 189",
    "+33 6 12 34 56 78",
)


def _maybe_detector(name: str) -> Detector | None:
    try:
        return get_detector(name)
    except (KeyError, ImportError):
        return None


def real_detectors(*names: str) -> list[Detector]:
    """The registered families that exist right now (others are skipped)."""
    found = [_maybe_detector(name) for name in names]
    return [d for d in found if d is not None]


class Boom:
    """A detector that always fails."""

    max_match_len = 10

    def detect(self, text: str) -> list:
        msg = "detector exploded"
        raise RuntimeError(msg)


def chunked(text: str, cuts: list[int]) -> list[str]:
    """Split ``text`` at the given offsets (sorted, deduplicated, in range)."""
    points = sorted({c for c in cuts if 0 < c < len(text)})
    bounds = [0, *points, len(text)]
    return [text[a:b] for a, b in pairwise(bounds) if b > a]
