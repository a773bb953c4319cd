"""AI providers: Mistral, OpenAI-style ``sk-``, Anthropic, Hugging Face, Perplexity."""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.secrets.values import (
    mistral_standalone,
    provider_rule,
    sk_key,
    token_value,
)

__all__ = ["RULES"]

# Mistral API keys: 32 letters and digits, next to a "mistral..." name.
_MISTRAL_CONTEXT = (
    r"mistral[A-Za-z0-9_.\-]{0,24}[\"'\x60]?[ \t]{0,4}(?:=>|:=|=|:|\()[ \t]{0,4}"
    r"[\"'\x60]?([A-Za-z0-9]{32})\b"
)

RULES: tuple[Rule, ...] = (
    Rule(
        id="secrets.mistral_api_key",
        category="mistral_api_key",
        pattern=_MISTRAL_CONTEXT,
        validator=token_value,
        on_view=False,
        group=1,
        max_len=80,
        score=0.95,
        description="32-character Mistral API key next to a 'mistral...' name.",
    ),
    Rule(
        id="secrets.mistral_api_key_entropy",
        category="mistral_api_key",
        pattern=r"\b[A-Za-z0-9]{32}\b",
        validator=mistral_standalone,
        on_view=False,
        case_sensitive=True,
        max_len=32,
        score=0.6,
        description="32 random letters and digits (mixed case, high entropy, not hex).",
    ),
    Rule(
        id="secrets.anthropic_key",
        category="anthropic_key",
        pattern=r"\bsk-ant-(?:api|admin|sid)[0-9]{2}-[A-Za-z0-9_\-]{20,200}",
        validator=token_value,
        on_view=False,
        case_sensitive=True,
        max_len=220,
        score=0.95,
        description="Anthropic API / admin key (sk-ant-...).",
    ),
    Rule(
        id="secrets.openai_key",
        category="openai_key",
        pattern=(r"\bsk-(?:proj-|svcacct-|admin-|None-|live-)?[A-Za-z0-9_\-]{20,200}"),
        validator=sk_key,
        on_view=False,
        case_sensitive=True,
        max_len=215,
        score=0.9,
        description="sk- style key (OpenAI project/service/admin keys and others).",
    ),
    provider_rule(
        "huggingface_token",
        r"\b(?:hf_|api_org_)[A-Za-z]{34}\b",
        42,
        "Hugging Face user or organization token.",
    ),
    provider_rule(
        "perplexity_key", r"\bpplx-[A-Za-z0-9]{48}\b", 53, "Perplexity API key."
    ),
)
"""The ai family's rules."""
