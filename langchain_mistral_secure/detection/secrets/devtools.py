"""Developer platform tokens.

GitHub, GitLab, npm, PyPI, Sourcegraph, Atlassian, Artifactory, Clojars.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.secrets.values import (
    SEP,
    mixed_token,
    provider_rule,
    random_token,
    token_value,
)

__all__ = ["RULES"]

RULES: tuple[Rule, ...] = (
    Rule(
        id="secrets.github_token",
        category="github_token",
        pattern=r"\bgh[pousr]_[A-Za-z0-9]{36,251}\b",
        validator=token_value,
        on_view=False,
        case_sensitive=True,
        max_len=255,
        score=0.95,
        description="GitHub token (ghp_, gho_, ghu_, ghs_, ghr_).",
    ),
    Rule(
        id="secrets.github_pat",
        category="github_token",
        pattern=r"\bgithub_pat_[A-Za-z0-9_]{82}\b",
        validator=token_value,
        on_view=False,
        case_sensitive=True,
        max_len=93,
        score=0.95,
        description="GitHub fine-grained personal access token (github_pat_).",
    ),
    provider_rule(
        "gitlab_token",
        # Documented lengths per prefix; routable tokens end in ".<crc>".
        (
            r"\b(glpat-[0-9A-Za-z_\-]{27,200}\.[0-9a-z]{9}"
            r"|(?:glpat|gldt|glft|glsoat|glrt|glffct|gldlt)-[0-9A-Za-z_\-]{20,50}"
            r"|glcbt-(?:[0-9a-fA-F]{1,5}_)?[0-9A-Za-z_\-]{20,50}"
            r"|glimt-[0-9A-Za-z_\-]{25}|glptt-[0-9A-Za-z_\-]{40}"
            r"|glagent-[0-9A-Za-z_\-]{50,200}|gloas-[0-9A-Za-z_\-]{64}"
            r"|GR1348941[0-9A-Za-z_\-]{20,50})(?:$|[^0-9A-Za-z_\-])"
        ),
        217,
        "GitLab token (glpat-, gldt-, glptt-, GR1348941 runner registration, ...).",
        group=1,
    ),
    provider_rule("npm_token", r"\bnpm_[A-Za-z0-9]{36}\b", 40, "npm access token."),
    provider_rule(
        "pypi_token",
        # A macaroon holds its location, a 36-character identifier and a
        # 32-byte signature: under 100 characters it is a cut-off example.
        r"\bpypi-AgE[A-Za-z0-9_\-]{100,230}",
        240,
        "PyPI upload token.",
    ),
    provider_rule(
        "sourcegraph_token",
        # The body is hex, in either case; a non-hex letter marks a made-up one.
        r"\bsgp_(?:local_|[a-fA-F0-9]{16}_)?[a-fA-F0-9]{40}\b",
        62,
        "Sourcegraph access token (sgp_, optional instance id or local_, 40 hex).",
    ),
    provider_rule(
        "sourcegraph_token_context",
        r"(?i:sourcegraph)[A-Za-z0-9_.\-]{0,24}" + SEP + r"([a-fA-F0-9]{40})\b",
        90,
        "40 hex digits assigned to a sourcegraph... name (older tokens).",
        group=1,
        validator=random_token,
    ),
    provider_rule(
        "clojars_token",
        r"\bCLOJARS_[a-z0-9]{60}\b",
        68,
        "Clojars deploy token (CLOJARS_ + 60 characters).",
    ),
    provider_rule(
        "atlassian_token", r"\bATATT3[A-Za-z0-9_\-=]{186}", 192, "Atlassian API token."
    ),
    provider_rule(
        "artifactory_api_key",
        r"\bAKC[A-Za-z0-9]{70,100}\b",
        103,
        "JFrog Artifactory API key (AKC + 70 or more base62).",
    ),
    provider_rule(
        "artifactory_password",
        r"\bAP[0-9A-F][A-Za-z0-9]{8,100}\b",
        103,
        "JFrog Artifactory encrypted password (AP[0-9A-F] + 8 or more base62).",
        validator=mixed_token,
    ),
    provider_rule(
        "artifactory_reference_token",
        r"\bcmVmd[A-Za-z0-9]{59}\b",
        64,
        "JFrog Artifactory reference token (base64 of 'reftkn', 64 characters).",
    ),
)
"""The devtools family's rules."""
