from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from langchain_core.prompts import ChatPromptTemplate
from langchain_core.runnables import (
    Runnable,
    RunnableBranch,
    RunnableLambda,
    RunnableParallel,
    RunnablePassthrough,
)
from langchain_mistralai import ChatMistralAI

from langchain_mistral_secure.audit import audit_security
from langchain_mistral_secure.audit.chain import chain_checks, inspect_chain
from langchain_mistral_secure.callbacks import UsageLoggingHandler
from langchain_mistral_secure.keys import secure_chat_mistralai
from langchain_mistral_secure.prompts import SafePromptTemplate
from langchain_mistral_secure.redactor import OutputRedactor
from langchain_mistral_secure.sanitizer import InputSanitizer

BASE_URL = "http://127.0.0.1:9/v1"


def model() -> ChatMistralAI:
    return ChatMistralAI(api_key="fake", base_url=BASE_URL)  # pragma: allowlist secret


def prompt() -> ChatPromptTemplate:
    return ChatPromptTemplate.from_messages([("human", "{question}")])


def safe() -> SafePromptTemplate:
    return SafePromptTemplate.from_system("You answer questions.")


def identity(x: Any) -> Any:
    return x


def is_long(x: Any) -> bool:
    return len(str(x)) > 100


CHAINS: list[tuple[str, Callable[[], Runnable[Any, Any]], str, str]] = [
    ("bare", lambda: prompt() | model(), "fail", "fail"),
    ("model-alone", model, "fail", "fail"),
    ("sanitizer-only", lambda: InputSanitizer() | prompt() | model(), "pass", "fail"),
    ("redactor-only", lambda: prompt() | model() | OutputRedactor(), "fail", "pass"),
    (
        "secured-sanitizer",
        lambda: InputSanitizer() | prompt() | model() | OutputRedactor(),
        "pass",
        "pass",
    ),
    (
        "secured-safe-prompt",
        lambda: safe() | model() | OutputRedactor(),
        "pass",
        "pass",
    ),
    (
        "wrong-order",
        lambda: OutputRedactor() | prompt() | model() | InputSanitizer(),
        "fail",
        "fail",
    ),
    (
        "bound-and-retry",
        lambda: safe() | model().bind(stop=["\n"]).with_retry() | OutputRedactor(),
        "pass",
        "pass",
    ),
    (
        "fallbacks",
        lambda: safe() | model().with_fallbacks([model()]) | OutputRedactor(),
        "pass",
        "pass",
    ),
    (
        "unguarded-fallback",
        lambda: (
            (safe() | model()).with_fallbacks([prompt() | model()]) | OutputRedactor()
        ),
        "fail",
        "pass",
    ),
    (
        "parallel-one-branch-bare",
        lambda: RunnableParallel(
            a=safe() | model() | OutputRedactor(), b=prompt() | model()
        ),
        "fail",
        "fail",
    ),
    (
        "parallel-guarded-outside",
        lambda: (
            InputSanitizer()
            | RunnableParallel(a=prompt() | model(), b=safe() | model())
            | OutputRedactor()
        ),
        "pass",
        "pass",
    ),
    (
        "assign-unguarded",
        lambda: RunnablePassthrough.assign(answer=prompt() | model()),
        "fail",
        "fail",
    ),
    (
        "assign-guarded",
        lambda: (
            InputSanitizer()
            | RunnablePassthrough.assign(answer=prompt() | model())
            | OutputRedactor()
        ),
        "pass",
        "pass",
    ),
    (
        "branch-one-bare",
        lambda: (
            RunnableBranch((is_long, prompt() | model()), safe() | model())
            | OutputRedactor()
        ),
        "fail",
        "pass",
    ),
    (
        "branch-guarded",
        lambda: (
            InputSanitizer()
            | RunnableBranch((is_long, prompt() | model()), safe() | model())
            | OutputRedactor()
        ),
        "pass",
        "pass",
    ),
    (
        "with-config",
        lambda: (safe() | model() | OutputRedactor()).with_config(run_name="x"),
        "pass",
        "pass",
    ),
]


@pytest.mark.parametrize(
    ("name", "build", "input_status", "output_status"),
    CHAINS,
    ids=[c[0] for c in CHAINS],
)
def test_chain_guards(
    name: str,
    build: Callable[[], Runnable[Any, Any]],
    input_status: str,
    output_status: str,
) -> None:
    checks = {c.name: c for c in chain_checks(build())}
    assert checks["chain_input_guard"].status == input_status
    assert checks["chain_input_guard"].owasp == "LLM01"
    assert checks["chain_output_guard"].status == output_status
    assert checks["chain_output_guard"].owasp == "LLM05"


def test_parallel_counts_each_model() -> None:
    chain = RunnableParallel(
        a=safe() | model() | OutputRedactor(), b=prompt() | model()
    )
    found = inspect_chain(chain)
    assert len(found.models) == 2
    assert len(found.unguarded_input) == 1
    checks = {c.name: c for c in chain_checks(chain)}
    assert checks["chain_input_guard"].message.startswith("1 of 2 ChatMistralAI models")


def test_no_model_is_a_warning() -> None:
    checks = {c.name: c for c in chain_checks(RunnableLambda(identity))}
    assert checks["chain_input_guard"].status == "warn"
    assert checks["chain_output_guard"].status == "warn"


@pytest.mark.parametrize(
    ("build", "status"),
    [
        (lambda: safe() | model() | OutputRedactor(), "warn"),
        (
            lambda: (safe() | model() | OutputRedactor()).with_config(
                callbacks=[UsageLoggingHandler()]
            ),
            "pass",
        ),
        (
            lambda: (
                safe()
                | ChatMistralAI(
                    api_key="fake",  # pragma: allowlist secret
                    base_url=BASE_URL,
                    callbacks=[UsageLoggingHandler()],
                )
                | OutputRedactor()
            ),
            "pass",
        ),
        (
            lambda: (
                safe()
                | model().with_config(callbacks=[UsageLoggingHandler()])
                | OutputRedactor()
            ),
            "pass",
        ),
    ],
)
def test_usage_logging(build: Callable[[], Runnable[Any, Any]], status: str) -> None:
    checks = {c.name: c for c in chain_checks(build())}
    assert checks["chain_usage_logging"].status == status
    assert checks["chain_usage_logging"].owasp == "LLM10"


def rotating_model() -> ChatMistralAI:
    return secure_chat_mistralai(
        keys=["k1-abcdefgh", "k2-abcdefgh"],  # pragma: allowlist secret
        base_url=BASE_URL,
    )


@pytest.mark.parametrize(
    ("build", "prefix", "status"),
    [
        # Rotation configured is a pass (it was reported as "info": issue #16).
        (
            lambda: safe() | rotating_model() | OutputRedactor(),
            "every ChatMistralAI (1)",
            "pass",
        ),
        (lambda: safe() | model() | OutputRedactor(), "0 of 1", "info"),
    ],
)
def test_key_rotation_status(
    build: Callable[[], Runnable[Any, Any]], prefix: str, status: str
) -> None:
    checks = {c.name: c for c in chain_checks(build())}
    assert checks["chain_key_rotation"].status == status
    assert checks["chain_key_rotation"].message.startswith(prefix)


@pytest.mark.parametrize(
    ("build", "env", "status"),
    [
        (lambda: safe() | rotating_model() | OutputRedactor(), {}, "pass"),
        (lambda: safe() | model() | OutputRedactor(), {}, "warn"),
        (
            lambda: safe() | model() | OutputRedactor(),
            {"MISTRAL_API_KEY": "k-abcdefgh"},  # pragma: allowlist secret
            "pass",
        ),
    ],
)
def test_key_available_from_chain_provider(
    tmp_path: Any,
    build: Callable[[], Runnable[Any, Any]],
    env: dict[str, str],
    status: str,
) -> None:
    report = audit_security(tmp_path, build(), env=env)
    assert report["api_key_available"].status == status


def test_audit_secured_chain_passes_bare_chain_fails(tmp_path: Any) -> None:
    secured = (safe() | rotating_model() | OutputRedactor()).with_config(
        callbacks=[UsageLoggingHandler()]
    )
    good = audit_security(tmp_path, secured, env={})
    assert good.passed
    # A guarded pipe around a plain model: what the model reports to callbacks,
    # event streams and traces is still raw, and the audit says so.
    assert {n for n, c in good.checks.items() if c.status == "warn"} == {
        "model_event_redaction"
    }
    guarded_model = secure_chat_mistralai(
        keys=["k1-abcdefgh", "k2-abcdefgh"],  # pragma: allowlist secret
        base_url=BASE_URL,
        guards="default",
    )
    best = audit_security(
        tmp_path,
        (safe() | guarded_model).with_config(callbacks=[UsageLoggingHandler()]),
        env={},
    )
    assert not best.failed("warn")
    bad = audit_security(tmp_path, prompt() | model(), env={})
    assert not bad.passed
    assert {n for n, c in bad.checks.items() if c.status == "fail"} == {
        "chain_input_guard",
        "chain_output_guard",
    }
