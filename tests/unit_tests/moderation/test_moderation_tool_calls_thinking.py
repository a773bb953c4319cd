"""Moderation reads tool-call arguments and thinking blocks, not only content."""

from __future__ import annotations

import json
from typing import Any

import pytest
from langchain_core.messages import AIMessage, AIMessageChunk, HumanMessage, ToolMessage

from langchain_mistral_secure.model import SecureChatMistralAI
from langchain_mistral_secure.moderation import MistralModerationGuard, ModerationError
from langchain_mistral_secure.testing import FakeMistralServer

from .conftest import SECRET_TEXT, call, collect

MODES = ["sync", "async"]

HARMFUL_MESSAGES = {
    "tool-call-args": AIMessage(
        "Calling the tool.",
        tool_calls=[{"name": "send", "args": {"note": SECRET_TEXT}, "id": "c1"}],
    ),
    "second-tool-call": AIMessage(
        "",
        tool_calls=[
            {"name": "send", "args": {"note": "fine"}, "id": "c1"},
            {"name": "send", "args": {"nested": {"deep": [SECRET_TEXT]}}, "id": "c2"},
        ],
    ),
    "invalid-tool-call": AIMessage(
        "",
        invalid_tool_calls=[
            {
                "name": "send",
                "args": f"{{'note': {SECRET_TEXT}",
                "id": "c1",
                "error": "bad json",
                "type": "invalid_tool_call",
            }
        ],
    ),
    "raw-additional-kwargs": AIMessage(
        "",
        additional_kwargs={
            "tool_calls": [
                {
                    "id": "c1",
                    "type": "function",
                    "function": {
                        "name": "send",
                        "arguments": json.dumps({"n": SECRET_TEXT}),
                    },
                }
            ]
        },
    ),
    "mistral-thinking": AIMessage(
        [
            {"type": "thinking", "thinking": [{"type": "text", "text": SECRET_TEXT}]},
            {"type": "text", "text": "A calm answer."},
        ]
    ),
    "v1-reasoning": AIMessage(
        [
            {"type": "reasoning", "reasoning": SECRET_TEXT},
            {"type": "text", "text": "A calm answer."},
        ]
    ),
    "reasoning-summary": AIMessage(
        [
            {
                "type": "reasoning",
                "summary": [{"type": "summary_text", "text": SECRET_TEXT}],
            },
            {"type": "text", "text": "A calm answer."},
        ]
    ),
}

CALM_MESSAGE = AIMessage(
    [
        {"type": "thinking", "thinking": [{"type": "text", "text": "plan a reply"}]},
        {"type": "text", "text": "A calm answer."},
    ],
    tool_calls=[{"name": "send", "args": {"note": "see you at noon"}, "id": "c1"}],
)


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("name", sorted(HARMFUL_MESSAGES))
async def test_harm_outside_the_content_is_blocked(
    make_guard: Any, server: FakeMistralServer, mode: str, name: str
) -> None:
    guard = make_guard()
    with pytest.raises(ModerationError) as info:
        await call(guard, HARMFUL_MESSAGES[name], mode)
    assert "zebra" not in str(info.value)
    assert server.requests_for("/v1/moderations")


@pytest.mark.parametrize("mode", MODES)
async def test_calm_thinking_and_arguments_pass_and_are_each_scored(
    make_guard: Any, server: FakeMistralServer, mode: str
) -> None:
    guard = make_guard()
    assert await call(guard, CALM_MESSAGE, mode) is CALM_MESSAGE
    sent = server.requests_for("/v1/moderations")[-1].body["input"]
    assert sent == ["A calm answer.", "plan a reply", '{"note": "see you at noon"}']


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("name", ["tool-call-args", "mistral-thinking"])
async def test_conversations_carry_tool_arguments_and_thinking(
    make_guard: Any, server: FakeMistralServer, mode: str, name: str
) -> None:
    conversation = [
        HumanMessage("Please write a note."),
        HARMFUL_MESSAGES[name],
        ToolMessage("sent", tool_call_id="c1"),
    ]
    with pytest.raises(ModerationError):
        await call(make_guard(), conversation, mode)
    sent = server.requests_for("/v1/chat/moderations")[-1].body["input"]
    assistant = next(m for m in sent if m["role"] == "assistant")
    assert SECRET_TEXT in assistant["content"]


def _chunks(kind: str) -> list[AIMessageChunk]:
    if kind == "tool-call-fragments":
        args = json.dumps({"note": SECRET_TEXT})
        return [
            AIMessageChunk("Let me send it. "),
            AIMessageChunk(
                "",
                tool_call_chunks=[
                    {"name": "send", "args": args[:9], "id": "c1", "index": 0}
                ],
            ),
            AIMessageChunk(
                "",
                tool_call_chunks=[
                    {"name": None, "args": args[9:], "id": None, "index": 0}
                ],
            ),
        ]
    return [
        AIMessageChunk(
            [{"type": "thinking", "thinking": [{"type": "text", "text": "HA"}]}]
        ),
        AIMessageChunk(
            [
                {
                    "type": "thinking",
                    "thinking": [{"type": "text", "text": "RM the zebra"}],
                }
            ]
        ),
        AIMessageChunk([{"type": "text", "text": "A calm answer."}]),
    ]


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("kind", ["tool-call-fragments", "thinking-fragments"])
async def test_streams_moderate_argument_and_thinking_fragments(
    make_guard: Any, server: FakeMistralServer, mode: str, kind: str
) -> None:
    guard = make_guard(stream_chunk_chars=10_000)
    emitted, _, error = await collect(guard, _chunks(kind), mode, server)
    assert isinstance(error, ModerationError)
    # Nothing harmful was released before moderation saw it.
    released = "".join(str(c.tool_call_chunks) + str(c.content) for c in emitted)
    assert "zebra" not in released


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("stream", [False, True])
async def test_the_guarded_model_blocks_a_harmful_tool_call(
    server: FakeMistralServer, mode: str, stream: bool
) -> None:
    server.reply_with(
        {
            "tool_calls": [
                {"function": {"name": "send", "arguments": {"note": SECRET_TEXT}}}
            ]
        }
    )
    guard = MistralModerationGuard(keys="test-key", base_url=server.base_url)
    llm = SecureChatMistralAI(
        base_url=server.base_url, api_key="test-key", moderation=guard
    )

    async def run() -> None:
        if mode == "sync":
            if stream:
                list(llm.stream("write a note"))
            else:
                llm.invoke("write a note")
        elif stream:
            [c async for c in llm.astream("write a note")]
        else:
            await llm.ainvoke("write a note")

    with pytest.raises(ModerationError):
        await run()
