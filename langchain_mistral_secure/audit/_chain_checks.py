"""The chain audit's verdicts: guard coverage, returned documents, operations.

:func:`langchain_mistral_secure.audit.chain.chain_checks` walks the chain; the
results it yields are worded here, from counts and class names only.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from langchain_mistral_secure.audit._chain_graph import (
    KEY_AUTH_CLASSES,
    USAGE_HANDLER_CLASSES,
    _class_names,
)
from langchain_mistral_secure.audit.report import CheckResult, Status


def _auth_names(model: Any) -> set[str]:
    names: set[str] = set()
    for attr in ("client", "async_client"):
        auth = getattr(getattr(model, attr, None), "auth", None)
        if auth is not None:
            names |= _class_names(auth)
    return names


def model_rotates_keys(model: Any) -> bool:
    """Whether the model's httpx client authenticates with a ``MistralKeyAuth``.

    Example:
        >>> model_rotates_keys(object())
        False
    """
    return bool(_auth_names(model) & KEY_AUTH_CLASSES)


def _count(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


@dataclass(frozen=True)
class _GuardSpec:
    name: str
    owasp: str
    title: str
    side: str
    guards: str


_INPUT_SPEC = _GuardSpec(
    "chain_input_guard",
    "LLM01",
    "An InputSanitizer or SafePromptTemplate runs before every model",
    "before",
    "InputSanitizer or SafePromptTemplate",
)
_OUTPUT_SPEC = _GuardSpec(
    "chain_output_guard",
    "LLM05",
    "An OutputRedactor runs after every model",
    "after",
    "OutputRedactor",
)


def _guard_result(spec: _GuardSpec, total: int, unguarded: int) -> CheckResult:
    if total == 0:
        message = "no ChatMistralAI found in the chain; nothing to guard was recognized"
        return CheckResult(spec.name, "warn", message, spec.owasp, spec.title)
    if unguarded:
        verb = "has" if unguarded == 1 else "have"
        pronoun = "it" if total == 1 else "them"
        message = (
            f"{unguarded} of {_count(total, 'ChatMistralAI model')} {verb} no "
            f"{spec.guards} {spec.side} {pronoun}"
        )
        return CheckResult(spec.name, "fail", message, spec.owasp, spec.title)
    message = f"every ChatMistralAI ({total}) has {spec.guards} {spec.side} it"
    return CheckResult(spec.name, "pass", message, spec.owasp, spec.title)


def _documents_check(raw: int) -> CheckResult:
    title = "Retrieved documents reach the caller only through an OutputRedactor"
    if raw:
        message = (
            f"{_count(raw, 'retriever')} return documents to the caller without an "
            "OutputRedactor: a poisoned document (exfiltration image, planted link, "
            "PII) reaches the UI as it was retrieved; redact the sources too"
        )
        return CheckResult("chain_returned_documents", "warn", message, "LLM05", title)
    return CheckResult(
        "chain_returned_documents",
        "pass",
        "no retriever output reaches the caller unredacted",
        "LLM05",
        title,
    )


def _callbacks_of(source: Any) -> Any:
    config = getattr(source, "config", None)
    if isinstance(config, dict) and config.get("callbacks") is not None:
        return config["callbacks"]
    return getattr(source, "callbacks", None)


def _operations_checks(models: list[Any], handlers: set[str]) -> Iterator[CheckResult]:
    total = len(models)
    usage_title = "A UsageLoggingHandler records every call"
    if handlers & USAGE_HANDLER_CLASSES:
        yield CheckResult(
            "chain_usage_logging",
            "pass",
            "a UsageLoggingHandler is attached",
            "LLM10",
            usage_title,
        )
    else:
        yield CheckResult(
            "chain_usage_logging",
            "warn",
            "no UsageLoggingHandler attached (chain.with_config(callbacks=[...]) "
            "or the model's callbacks); handlers passed at invoke time are not seen",
            "LLM10",
            usage_title,
        )
    rotating = sum(1 for model in models if model_rotates_keys(model))
    rotation_title = "Models rotate keys through MistralKeyAuth"
    if total and rotating == total:
        message = f"every ChatMistralAI ({total}) rotates keys with MistralKeyAuth"
    else:
        message = (
            f"{rotating} of {_count(total, 'ChatMistralAI model')} rotate keys; "
            "secure_chat_mistralai() wires MistralKeyAuth (failover on 401/403, "
            "retries on 429)"
        )
    # Rotation configured everywhere is a pass; otherwise it is advice (info).
    status: Status = "pass" if total and rotating == total else "info"
    yield CheckResult("chain_key_rotation", status, message, "LLM10", rotation_title)
