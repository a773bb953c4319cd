"""Side by side: LangChain's PIIMiddleware and this package, on the same agent.

The same create_agent agent, the same scripted model and tool, three setups:
LangChain's ``PIIMiddleware`` (every built-in type, ``redact``, on input,
output and tool results), ``SecureAgentMiddleware`` alone, and the full setup
(``SecureChatMistralAI`` + ``SecureAgentMiddleware``). For each, which surface
carries which planted value. docs/agents.md reports this matrix.
"""

from __future__ import annotations

import asyncio
import warnings
from functools import cache
from typing import Any

import pytest
from agent_helpers import (
    CANARY,
    INJECTION,
    MODEL_CARD,
    MODEL_SECRET_VALUE,
    SCRIPT,
    TOOL_IBAN,
    TOOL_SECRET,
    USER_EMAIL,
    Recorder,
    SyncRecorder,
    events_v2,
    inputs,
    make_agent,
    request_texts,
    stream_modes_sync,
)
from langchain.agents.middleware import PIIMiddleware

from langchain_mistral_secure import OutputRedactor, SecureChatMistralAI
from langchain_mistral_secure.agents import SecureAgentMiddleware
from langchain_mistral_secure.testing import FakeMistralServer

VALUES = {
    "user e-mail": USER_EMAIL,
    "tool IBAN": TOOL_IBAN,
    "tool secret": TOOL_SECRET,
    "tool injection": INJECTION,
    "model card": MODEL_CARD,
    "model secret": MODEL_SECRET_VALUE,
    "canary": CANARY,
}
BUILT_IN = ("email", "credit_card", "ip", "mac_address", "url")


def _setup(name: str, server: FakeMistralServer) -> tuple[list[Any], Any]:
    if name == "PIIMiddleware":
        middleware: list[Any] = [
            PIIMiddleware(
                kind,
                strategy="redact",
                apply_to_input=True,
                apply_to_output=True,
                apply_to_tool_results=True,
            )
            for kind in BUILT_IN
        ]
        return middleware, None
    ours = [SecureAgentMiddleware(redactor=OutputRedactor(canaries=[CANARY]))]
    if name == "SecureAgentMiddleware":
        return ours, None
    model = SecureChatMistralAI(
        base_url=server.base_url,
        api_key="test-key",  # pragma: allowlist secret
        sanitizer=None,
        redactor=OutputRedactor(canaries=[CANARY]),
    )
    return ours, model


def _v3_events(agent: Any) -> list[str]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the v3 protocol is marked beta
        return [repr(event) for event in agent.stream_events(inputs(), version="v3")]


@cache
def observe(name: str) -> dict[str, Any]:
    """Run the agent once per surface and record what each one carried."""
    with FakeMistralServer(reply=list(SCRIPT), chunk_size=3) as server:
        middleware, model = _setup(name, server)
        recorder = Recorder()
        agent = make_agent(server, recorder, middleware, model=model)
        final = agent.invoke(inputs())
        sent = request_texts(server)
        modes = stream_modes_sync(agent, server)
        events = asyncio.run(events_v2(agent, server))
        handler = SyncRecorder()
        server.reply_with(list(SCRIPT))
        agent.invoke(inputs(), config={"callbacks": [handler]})
        callbacks = handler.recording.finish()
        server.reply_with(list(SCRIPT))
        v3 = _v3_events(agent)
    surfaces: dict[str, list[str]] = {
        "sent to Mistral": sent,
        "final state": [repr(final)],
        "updates stream": modes.items["updates"],
        "messages stream": [
            *modes.items["messages"],
            *modes.items["messages:joined-tokens"],
        ],
        "astream_events v2": [
            text
            for key, texts in events.items.items()
            if not key.endswith((":input-echo", ":model-input"))
            for text in texts
        ],
        "callbacks": [
            text
            for key, texts in callbacks.items.items()
            if not key.endswith((":input-echo", ":model-input"))
            for text in texts
        ],
        "stream_events v3": v3,
    }
    matrix = {
        label: sorted(s for s, texts in surfaces.items() if any(v in t for t in texts))
        for label, v in VALUES.items()
    }
    # The canary lives in the system prompt: sending it is by design.
    matrix["canary"].remove("sent to Mistral")
    return {"tool got": recorder.emails[0], "matrix": matrix}


SETUPS = ["PIIMiddleware", "SecureAgentMiddleware", "SecureChatMistralAI+middleware"]


@pytest.mark.parametrize(
    ("setup", "expected"),
    [
        ("PIIMiddleware", "[REDACTED_EMAIL]"),
        ("SecureAgentMiddleware", USER_EMAIL),
        ("SecureChatMistralAI+middleware", USER_EMAIL),
    ],
)
def test_what_the_tool_receives(setup, expected):
    assert observe(setup)["tool got"] == expected


@pytest.mark.parametrize("setup", SETUPS)
def test_the_user_email_never_reaches_mistral(setup):
    assert "sent to Mistral" not in observe(setup)["matrix"]["user e-mail"]


@pytest.mark.parametrize("value", ["tool IBAN", "tool secret", "tool injection"])
def test_pii_middleware_passes_tool_results_it_has_no_detector_for(value):
    """IBANs, API keys and injections are outside its five built-in types:
    they reach Mistral, the state and every stream."""
    carrying = observe("PIIMiddleware")["matrix"][value]
    assert {"sent to Mistral", "final state", "updates stream"} <= set(carrying)


def test_pii_middleware_state_lags_behind_the_model_node():
    """after_model rewrites the answer one step after the model node's update,
    so the update stream carries the raw answer the final state no longer
    holds."""
    carrying = observe("PIIMiddleware")["matrix"]["model card"]
    assert "updates stream" in carrying
    assert "final state" not in carrying


@pytest.mark.parametrize(
    "setup", ["SecureAgentMiddleware", "SecureChatMistralAI+middleware"]
)
@pytest.mark.parametrize("value", ["tool IBAN", "tool secret", "tool injection"])
def test_ours_keeps_tool_results_off_every_surface(setup, value):
    assert observe(setup)["matrix"][value] == []


@pytest.mark.parametrize("value", ["model card", "model secret", "canary"])
def test_middleware_alone_leaves_only_the_token_surfaces(value):
    carrying = set(observe("SecureAgentMiddleware")["matrix"][value])
    assert carrying <= {
        "messages stream",
        "astream_events v2",
        "callbacks",
        "stream_events v3",
    }
    assert "final state" not in carrying
    assert "updates stream" not in carrying


def test_full_setup_is_clean_everywhere():
    matrix = observe("SecureChatMistralAI+middleware")["matrix"]
    # The only trace of the user's e-mail is the caller's own input, echoed
    # by the v3 protocol's first values snapshot.
    assert matrix.pop("user e-mail") in ([], ["stream_events v3"])
    assert all(carrying == [] for carrying in matrix.values()), matrix
