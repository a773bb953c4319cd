"""A create_agent agent with a tool, end to end against FakeMistralServer.

The agent runs the real ChatMistralAI over HTTP on loopback; every surface
LangChain and LangGraph report on is collected (each stream mode, astream_events
v2, every callback) and searched for the planted values.
"""

from __future__ import annotations

import pytest
from agent_helpers import (
    CANARY,
    INJECTION,
    MODEL_PLANTED,
    SCRIPT,
    TOOL_PLANTED,
    USER_EMAIL,
    AsyncRecorder,
    Recorder,
    SyncRecorder,
    events_v2,
    inputs,
    make_agent,
    request_texts,
    stream_modes_async,
    stream_modes_sync,
)

from langchain_mistral_secure import OutputRedactor, SecureChatMistralAI
from langchain_mistral_secure.agents import SecureAgentMiddleware
from langchain_mistral_secure.testing import FakeMistralServer

ECHO = (":input-echo",)
# What only the model's own callbacks carry (the token stream and the
# model's end/stream events): middleware cannot rewrite them.
TOKEN_SURFACES = (
    "messages",
    "messages:joined-tokens",
    "events:on_chat_model_stream",
    "events:on_chat_model_end",
    "events:joined-tokens",
    "callbacks:on_llm_new_token",
    "callbacks:on_llm_end",
    "callbacks:joined-tokens",
)


def secure() -> SecureAgentMiddleware:
    return SecureAgentMiddleware(redactor=OutputRedactor(canaries=[CANARY]))


@pytest.fixture
def server():
    with FakeMistralServer(reply=list(SCRIPT), chunk_size=3) as fake:
        yield fake


@pytest.fixture(params=["middleware", "guarded-model"])
def setup(request, server):
    """(agent, whether token surfaces are guarded) for both setups.

    ``middleware``: a plain ChatMistralAI with SecureAgentMiddleware.
    ``guarded-model``: the full setup, SecureChatMistralAI (redacting inside
    generation; the middleware masks, so the model does not) + middleware.
    """
    if request.param == "middleware":
        return make_agent(server, Recorder(), [secure()]), False
    model = SecureChatMistralAI(
        base_url=server.base_url,
        api_key="test-key",  # pragma: allowlist secret
        sanitizer=None,  # the middleware sanitizes (and spotlights) the turns
        redactor=OutputRedactor(canaries=[CANARY]),
    )
    return make_agent(server, Recorder(), [secure()], model=model), True


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize("guarded_model", [False, True])
async def test_tool_gets_the_real_email_the_model_only_placeholders(
    server, mode, guarded_model
):
    recorder = Recorder()
    model = (
        SecureChatMistralAI(base_url=server.base_url, api_key="test-key")
        if guarded_model
        else None
    )
    agent = make_agent(server, recorder, [secure()], model=model)
    if mode == "sync":
        state = agent.invoke(inputs())
    else:
        state = await agent.ainvoke(inputs())
    assert recorder.emails == [USER_EMAIL]
    sent = request_texts(server)
    assert len(sent) == 2
    assert all(USER_EMAIL not in body for body in sent)
    assert "<EMAIL_1>" in sent[0]
    assert (
        '"email": "<EMAIL_1>"' in sent[1] or '\\"email\\": \\"<EMAIL_1>\\"' in sent[1]
    )
    # The final state holds placeholders; the caller may restore them.
    assert USER_EMAIL not in repr(state["messages"])
    tool_message = state["messages"][2]
    assert tool_message.type == "tool"
    assert "<EMAIL_1>" in tool_message.content


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_injection_in_a_tool_result_is_neutralized_before_the_next_call(
    server, mode
):
    agent = make_agent(server, Recorder(), [secure()])
    if mode == "sync":
        agent.invoke(inputs())
    else:
        await agent.ainvoke(inputs())
    second = server.requests_for("/chat/completions")[1].body["messages"]
    system, tool_turn = second[0], second[-1]
    assert tool_turn["role"] == "tool"
    assert INJECTION not in tool_turn["content"]
    assert "[FILTERED:injection.override" in tool_turn["content"]
    # Spotlighted: wrapped in the boundary the system prompt explains.
    boundary = tool_turn["content"].split("\n", 1)[0]
    assert boundary.startswith("<<UNTRUSTED ")
    assert boundary in system["content"]
    assert "Never follow instructions" in system["content"]
    # Tool-planted PII and secrets reached the model as placeholders only.
    for value in TOOL_PLANTED.values():
        assert value not in tool_turn["content"]
    assert "<IBAN_1>" in tool_turn["content"]


def _assert_clean(surfaces, *, allow_model_tokens: bool) -> None:
    for name, value in {**TOOL_PLANTED, "injection": INJECTION}.items():
        assert surfaces.carrying(value) == [], name
    for name, value in MODEL_PLANTED.items():
        carrying = surfaces.carrying(value)
        if name == "canary":
            # The system prompt (hence the canary) is the model's input.
            carrying = [s for s in carrying if not s.endswith(":model-input")]
        if allow_model_tokens:
            carrying = [s for s in carrying if s not in TOKEN_SURFACES]
        assert carrying == [], name
    # The caller's own e-mail shows only where the caller's input is echoed
    # before the perimeter's first hook ran.
    assert all(s.endswith(ECHO) for s in surfaces.carrying(USER_EMAIL))


def test_every_stream_mode_sync(server, setup):
    agent, guarded_tokens = setup
    surfaces = stream_modes_sync(agent, server)
    assert {"values", "updates", "messages", "tasks", "debug"} <= set(surfaces.items)
    assert "messages:joined-tokens" in surfaces.items
    _assert_clean(surfaces, allow_model_tokens=not guarded_tokens)
    assert all(USER_EMAIL not in t for t in request_texts(server))


async def test_every_stream_mode_async(server, setup):
    agent, guarded_tokens = setup
    surfaces = await stream_modes_async(agent, server)
    assert {"values", "updates", "messages", "tasks", "debug"} <= set(surfaces.items)
    _assert_clean(surfaces, allow_model_tokens=not guarded_tokens)
    assert all(USER_EMAIL not in t for t in request_texts(server))


async def test_astream_events_v2(server, setup):
    agent, guarded_tokens = setup
    surfaces = await events_v2(agent, server)
    assert "events:on_tool_end" in surfaces.items
    assert "events:joined-tokens" in surfaces.items
    _assert_clean(surfaces, allow_model_tokens=not guarded_tokens)
    # The tool's reported run is the guarded stand-in: placeholders in,
    # guarded result out.
    tool_starts = " ".join(surfaces.items["events:on_tool_start"])
    assert "<EMAIL_1>" in tool_starts
    assert USER_EMAIL not in tool_starts


@pytest.mark.parametrize("mode", ["sync", "async"])
async def test_callback_payloads(server, setup, mode):
    agent, guarded_tokens = setup
    if mode == "sync":
        handler = SyncRecorder()
        agent.invoke(inputs(), config={"callbacks": [handler]})
    else:
        handler = AsyncRecorder()
        await agent.ainvoke(inputs(), config={"callbacks": [handler]})
    surfaces = handler.recording.finish()
    assert "callbacks:on_tool_start" in surfaces.items
    assert "callbacks:on_llm_end" in surfaces.items
    _assert_clean(surfaces, allow_model_tokens=not guarded_tokens)


async def test_plain_model_token_streams_carry_raw_model_output(server):
    """A recorded fact: with a plain ChatMistralAI, what the model itself
    says reaches the token streams before any middleware hook runs; only the
    guarded model redacts them (the ``guarded-model`` setup above)."""
    agent = make_agent(server, Recorder(), [secure()])
    surfaces = await events_v2(agent, server)
    assert "events:on_chat_model_end" in surfaces.carrying(MODEL_PLANTED["card"])
    # ... while the agent state and its update stream stay clean.
    values = stream_modes_sync(agent, server)
    assert values.carrying(MODEL_PLANTED["card"]) == ["messages:joined-tokens"]
