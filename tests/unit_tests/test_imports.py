"""The public API is pinned: adding or removing a name is a deliberate change."""

from __future__ import annotations

import importlib
import inspect

import pytest

import langchain_mistral_secure
from langchain_mistral_secure._version import __version__

EXPECTED_ALL = [
    "DEFAULT_MODERATION_MODEL",
    "AuditReport",
    "CheckResult",
    "ContentDetector",
    "DetectionError",
    "Detector",
    "EncryptedVault",
    "EnvKeyProvider",
    "FileKeyProvider",
    "Finding",
    "GoogleSecretManagerKeyProvider",
    "GuardPolicy",
    "InputSanitizer",
    "InputTooLongError",
    "JsonFormatter",
    "KeyProvider",
    "KeyRotator",
    "LeakDetector",
    "MissingAPIKeyError",
    "MistralKeyAuth",
    "MistralModerationGuard",
    "ModerationError",
    "ModerationUnavailableError",
    "NoHealthyKeyError",
    "OpenTelemetryUsageHandler",
    "OutputRedactor",
    "PIIDetector",
    "PIIMasker",
    "PromptInjectionError",
    "RedisByteStore",
    "Rule",
    "RuleDetector",
    "SafePromptTemplate",
    "ScanResult",
    "SecureAgentMiddleware",
    "SecretAccessError",
    "SecretDetector",
    "SecretNotFoundError",
    "SecretPermissionDeniedError",
    "SecretScrubbingFilter",
    "SecretUnavailableError",
    "SecureChatMistralAI",
    "SensitiveOutputError",
    "Strategy",
    "TextTooLongError",
    "TraceAnonymizer",
    "UndecodableInputError",
    "UsageLoggingHandler",
    "__version__",
    "audit_security",
    "count_tokens",
    "get_api_key",
    "get_usage_logging_callback",
    "install_log_scrubbing",
    "secure_chat_mistralai",
    "secure_langsmith_client",
]

# The contract of ../shared/DESIGN.md: these names stay.
DESIGN_CONTRACT = [
    "InputSanitizer",
    "SafePromptTemplate",
    "OutputRedactor",
    "PIIMasker",
    "UsageLoggingHandler",
    "SecretScrubbingFilter",
    "get_api_key",
    "EnvKeyProvider",
    "FileKeyProvider",
    "GoogleSecretManagerKeyProvider",
    "KeyRotator",
    "secure_chat_mistralai",
    "audit_security",
    "PromptInjectionError",
    "SensitiveOutputError",
    "MissingAPIKeyError",
]


def test_all_is_pinned() -> None:
    assert sorted(langchain_mistral_secure.__all__) == sorted(EXPECTED_ALL)


@pytest.mark.parametrize("name", DESIGN_CONTRACT)
def test_design_contract_names_are_public(name: str) -> None:
    assert name in langchain_mistral_secure.__all__
    assert getattr(langchain_mistral_secure, name) is not None


@pytest.mark.parametrize("name", EXPECTED_ALL)
def test_every_public_name_resolves_and_is_documented(name: str) -> None:
    value = getattr(langchain_mistral_secure, name)
    if inspect.isclass(value) or inspect.isfunction(value):
        assert (value.__doc__ or "").strip(), f"{name} has no docstring"


@pytest.mark.parametrize(
    "module",
    [
        "langchain_mistral_secure.testing",
        "langchain_mistral_secure.detection",
        "langchain_mistral_secure.keys",
        "langchain_mistral_secure.audit",
        "langchain_mistral_secure.observability",
        "langchain_mistral_secure.cli",
        "langchain_mistral_secure.batch",
        "langchain_mistral_secure.stores",
        "langchain_mistral_secure.agents",
    ],
)
def test_subpackages_import_and_declare_all(module: str) -> None:
    mod = importlib.import_module(module)
    for name in mod.__all__:
        assert hasattr(mod, name), f"{module}.{name}"


def test_version_is_defined_once() -> None:
    assert langchain_mistral_secure.__version__ == __version__
