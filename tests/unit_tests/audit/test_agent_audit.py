"""The audit inspects create_agent graphs and guarded models; says what is missing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from langchain.agents import create_agent
from langchain.agents.middleware import AgentMiddleware, PIIMiddleware
from langchain_core.runnables import RunnableLambda, RunnableParallel
from langchain_core.tools import tool
from langchain_mistralai import ChatMistralAI

from langchain_mistral_secure.agents import SecureAgentMiddleware
from langchain_mistral_secure.audit import audit_security
from langchain_mistral_secure.audit.agent import inspect_agent, model_guards
from langchain_mistral_secure.audit.chain import chain_checks, chain_models
from langchain_mistral_secure.callbacks import UsageLoggingHandler
from langchain_mistral_secure.model import SecureChatMistralAI
from langchain_mistral_secure.moderation import MistralModerationGuard
from langchain_mistral_secure.privacy import PIIMasker
from langchain_mistral_secure.redactor import OutputRedactor

BASE_URL = "http://127.0.0.1:9/v1"


@tool
def lookup(customer: str) -> str:
    """Look a customer up."""
    return customer


@tool
def send(to: str) -> str:
    """Send a note."""
    return to


class ToolWrapper(AgentMiddleware):
    """A user's own middleware, reached only through the tool node's closure."""

    def wrap_tool_call(self, request: Any, handler: Any) -> Any:
        return handler(request)


def plain() -> ChatMistralAI:
    return ChatMistralAI(api_key="fake", base_url=BASE_URL)  # pragma: allowlist secret


def guarded(**kwargs: Any) -> SecureChatMistralAI:
    return SecureChatMistralAI(api_key="fake", base_url=BASE_URL, **kwargs)


def moderation() -> MistralModerationGuard:
    return MistralModerationGuard(keys="fake", base_url=BASE_URL)


AGENTS: list[tuple[str, Callable[[], Any], dict[str, str]]] = [
    (
        "plain-model",
        lambda: create_agent(plain(), [lookup, send]),
        {
            "agent_input_guard": "fail",
            "agent_tool_results": "fail",
            "agent_output_guard": "fail",
            "model_event_redaction": "warn",
        },
    ),
    (
        "langchain-pii-middleware",
        lambda: create_agent(
            plain(), [lookup], middleware=[PIIMiddleware("email", apply_to_output=True)]
        ),
        {
            "agent_input_guard": "fail",
            "agent_tool_results": "fail",
            "agent_output_guard": "warn",
            "model_event_redaction": "warn",
        },
    ),
    (
        "guarded-model",
        lambda: create_agent(guarded(), [lookup]),
        {
            "agent_input_guard": "pass",
            "agent_tool_results": "warn",
            "agent_output_guard": "pass",
            "model_event_redaction": "pass",
        },
    ),
    (
        "secure-middleware",
        lambda: create_agent(plain(), [lookup], middleware=[SecureAgentMiddleware()]),
        {
            "agent_input_guard": "pass",
            "agent_tool_results": "pass",
            "agent_output_guard": "pass",
            "model_event_redaction": "warn",
        },
    ),
    (
        "both",
        lambda: create_agent(
            guarded(redactor=OutputRedactor()),
            [lookup],
            middleware=[ToolWrapper(), SecureAgentMiddleware(moderation=moderation())],
        ),
        {
            "agent_input_guard": "pass",
            "agent_tool_results": "pass",
            "agent_output_guard": "pass",
            "model_event_redaction": "pass",
            "agent_moderation": "info",
        },
    ),
    (
        "no-tools",
        lambda: create_agent(guarded(), []),
        {"agent_tool_results": "info"},
    ),
    (
        "secure-middleware-without-sanitizer",
        lambda: create_agent(
            guarded(sanitizer=None),
            [lookup],
            middleware=[SecureAgentMiddleware(sanitizer=False)],
        ),
        {"agent_input_guard": "fail", "agent_tool_results": "fail"},
    ),
]


@pytest.mark.parametrize(
    ("build", "expected"), [a[1:] for a in AGENTS], ids=[a[0] for a in AGENTS]
)
def test_agent_checks(build: Callable[[], Any], expected: dict[str, str]) -> None:
    checks = {c.name: c for c in chain_checks(build())}
    assert {name: checks[name].status for name in expected} == expected
    # The pipe checks do not apply to an agent.
    assert "chain_input_guard" not in checks


def test_the_walk_finds_model_middleware_and_tools() -> None:
    model = guarded(masker=PIIMasker())
    secure = SecureAgentMiddleware()
    agent = create_agent(
        model,
        [lookup, send],
        middleware=[PIIMiddleware("email"), ToolWrapper(), secure],
    )
    found = inspect_agent(agent)
    assert found is not None
    assert found.models == [model]
    assert set(found.middleware_names()) == {
        "PIIMiddleware",
        "ToolWrapper",
        "SecureAgentMiddleware",
    }
    assert found.secure_middleware() == [secure]
    assert found.tools == ["lookup", "send"]
    assert chain_models(agent) == [model]


def test_not_an_agent() -> None:
    assert inspect_agent(plain()) is None
    assert inspect_agent({"nodes": {"model": 1}}) is None


@pytest.mark.parametrize(
    ("model", "expected"),
    [
        (plain(), (False, False, False, False, False)),
        (guarded(), (True, True, False, True, False)),
        (
            guarded(masker=PIIMasker(), moderation=moderation()),
            (True, True, True, True, True),
        ),
        (guarded(sanitizer=None, redactor=None), (True, False, False, False, False)),
    ],
    ids=["plain", "default-guards", "all-guards", "no-guards"],
)
def test_model_guards(model: Any, expected: tuple[bool, ...]) -> None:
    g = model_guards(model)
    assert (g.guarded, g.sanitizer, g.masker, g.redactor, g.moderation) == expected


@pytest.mark.parametrize(
    ("build", "expected"),
    [
        (guarded, ("pass", "pass", "pass")),
        (lambda: guarded(redactor=None), ("pass", "fail", "warn")),
        (lambda: guarded(redactor=None) | OutputRedactor(), ("pass", "pass", "warn")),
        (lambda: plain() | OutputRedactor(), ("fail", "pass", "warn")),
    ],
    ids=["guarded-alone", "guarded-no-redactor", "pipe-redactor", "plain-pipe"],
)
def test_a_guarded_model_is_its_own_guard_in_chains(
    build: Callable[[], Any], expected: tuple[str, str, str]
) -> None:
    checks = {c.name: c.status for c in chain_checks(build())}
    names = ("chain_input_guard", "chain_output_guard", "model_event_redaction")
    assert tuple(checks[n] for n in names) == expected


def test_audit_security_reports_agents_without_content(tmp_path: Any) -> None:
    agent = create_agent(plain(), [lookup]).with_config(
        callbacks=[UsageLoggingHandler()]
    )
    report = audit_security(tmp_path, agent, env={})
    assert not report.passed
    failing = {n for n, c in report.checks.items() if c.status == "fail"}
    assert failing == {"agent_input_guard", "agent_tool_results", "agent_output_guard"}
    assert "SecureAgentMiddleware" in report["agent_tool_results"].message
    assert report["chain_usage_logging"].status == "pass"


@pytest.mark.parametrize(
    ("build", "expected"),
    [
        (
            lambda: (
                RunnableLambda(lambda q: {"messages": [("user", q)]})
                | create_agent(plain(), [lookup])
            ),
            {"agent_tool_results": "fail", "model_event_redaction": "warn"},
        ),
        (
            lambda: create_agent(plain(), [lookup]).with_retry(),
            {"agent_tool_results": "fail", "model_event_redaction": "warn"},
        ),
        (
            lambda: RunnableParallel(
                a=create_agent(guarded(), [lookup]),
                b=create_agent(plain(), [lookup], middleware=[SecureAgentMiddleware()]),
            ),
            # The worst of the two agents, per check.
            {
                "agent_input_guard": "pass",
                "agent_tool_results": "warn",
                "model_event_redaction": "warn",
            },
        ),
    ],
    ids=["in-a-pipe", "with-retry", "two-agents"],
)
def test_agents_inside_chains_are_inspected(
    build: Callable[[], Any], expected: dict[str, str]
) -> None:
    checks = {c.name: c.status for c in chain_checks(build())}
    assert {name: checks[name] for name in expected} == expected
    assert "chain_input_guard" not in checks
