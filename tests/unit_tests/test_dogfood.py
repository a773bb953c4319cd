"""The project passes its own audit, and what it documents does not trip it."""

from __future__ import annotations

from pathlib import Path

import pytest

from langchain_mistral_secure.audit import audit_security
from langchain_mistral_secure.detection import detect_all, get_detector

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "check", ["hardcoded_secrets", "env_files_ignored", "httpx_debug_logging"]
)
def test_this_repository_passes_its_own_audit(check: str) -> None:
    report = audit_security(ROOT, env={})
    assert report.checks[check].status == "pass", report.checks[check].locations


@pytest.mark.parametrize(
    "line",
    [
        'GoogleSecretManagerKeyProvider(secret="projects/acme/secrets/mistral/versions/3")',
        'secret_path = "projects/my-project/secrets/api-key/versions/latest"',
        "token_file: /var/run/secrets/mistral/api_key",
    ],
)
def test_secret_resource_names_are_not_secrets(line: str) -> None:
    assert detect_all(line, [get_detector("secrets")]) == []


@pytest.mark.parametrize(
    "line",
    [
        'api_key = "Zk3qL9vR2mW8xT4bN7pQ1sY6uH0cJ5dE"',  # pragma: allowlist secret
        'secret = "aB3/xY9+kL2mN8pQ4rS7tU1vW6zC0dE5"',  # pragma: allowlist secret
    ],
)
def test_random_values_next_to_key_names_are_secrets(line: str) -> None:
    assert detect_all(line, [get_detector("secrets")]) != []
