"""Password managers and OAuth client secrets: 1Password, 42 (intra).

A 1Password service-account token is ``ops_`` and base64 JSON (``eyJ``) of
several hundred characters; a shorter one is a truncated example
(``ops_eyJzaWduSW5B...``). A 1Password secret key is ``A3-`` and five or six
groups of capitals and digits. 42's OAuth client secrets are ``s-s4t2ud-`` or
``s-s4t2af-`` and 64 hex digits.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.secrets.values import provider_rule

__all__ = ["RULES"]

# The JSON of a service-account token runs to about a kilobyte: the pattern is
# open-ended (RE2 caps a counted repeat at 1000) so no tail is left behind.
_OPS_TOKEN = r"\bops_eyJ[A-Za-z0-9+/_\-]{150}[A-Za-z0-9+/_\-]*={0,3}"  # noqa: S105 - a pattern

RULES: tuple[Rule, ...] = (
    provider_rule(
        "onepassword_service_account_token",
        _OPS_TOKEN,
        4096,
        "1Password service-account token (ops_ + base64 JSON).",
    ),
    provider_rule(
        "onepassword_secret_key",
        (
            r"\bA3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})"
            r"-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}\b"
        ),
        40,
        "1Password account secret key (A3-XXXXXX-...).",
    ),
    provider_rule(
        "intra42_client_secret",
        r"\bs-s4t2(?:ud|af)-[a-f0-9]{64}\b",
        73,
        "42 intra OAuth client secret (s-s4t2ud- / s-s4t2af- + 64 hex).",
    ),
)
"""The identity family's rules."""
