"""Payments and commerce: Stripe, Square, Shopify."""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.secrets.values import (
    provider_rule,
    random_token,
    token_value,
)

__all__ = ["RULES"]

RULES: tuple[Rule, ...] = (
    Rule(
        id="secrets.stripe_key",
        category="stripe_key",
        pattern=r"\b(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{10,247}\b",
        validator=token_value,
        on_view=False,
        case_sensitive=True,
        max_len=255,
        score=0.95,
        description="Stripe secret or restricted key (pk_ keys are public).",
    ),
    provider_rule(
        "square_token",
        r"\bsq0(?:atp|csp)-[0-9A-Za-z_\-]{22,60}",
        67,
        "Square access token (sq0atp-) or OAuth secret (sq0csp-).",
    ),
    provider_rule(
        "square_access_token",
        r"(?:^|[^A-Za-z0-9_\-])(EAAA[A-Za-z0-9_\-]{60})(?:$|[^A-Za-z0-9_\-])",
        66,
        "Square production access token (EAAA + 60 characters).",
        group=1,
        validator=random_token,
    ),
    provider_rule(
        "shopify_token", r"\bshp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}\b", 38, "Shopify token."
    ),
)
"""The payments family's rules."""
