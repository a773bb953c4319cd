"""Infrastructure and data-service keys: Cloudflare, ClickHouse Cloud, MaxMind.

Each format carries its own marker (a version prefix, a fixed head, a fixed
tail), so the shape alone is distinctive; keys without a marker of their own
(a bare 40-character string) are left to the assignment rules, which need a
key-like name.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.secrets.values import (
    provider_rule,
    random_token,
)

__all__ = ["RULES"]

RULES: tuple[Rule, ...] = (
    provider_rule(
        "cloudflare_origin_ca_key",
        r"\bv1\.0-[a-f0-9]{24}-[a-f0-9]{146}\b",
        176,
        "Cloudflare Origin CA key (v1.0-<24 hex>-<146 hex>).",
    ),
    provider_rule(
        "clickhouse_cloud_secret",
        r"\b4b1d[A-Za-z0-9]{38}\b",
        42,
        "ClickHouse Cloud API secret (4b1d + 38 base62, random).",
        validator=random_token,
    ),
    provider_rule(
        "maxmind_license_key",
        r"\b[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk\b",
        40,
        "MaxMind license key (6 + 29 base62 characters, ending in _mmk).",
        validator=random_token,
    ),
)
"""The infrastructure family's rules."""
