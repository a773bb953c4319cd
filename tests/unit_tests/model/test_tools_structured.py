"""Tool calls and structured output: tools get real values, callers never do.

Regression tests for the tool-calling and structured-output cases of issue #13:
``OutputRedactor`` rejected ``ToolMessage``; a card number given as a JSON
*number* passed; with ``output_version="v1"`` the ``tool_call`` content block
kept the raw values; a duplicate JSON key made argument redaction a no-op;
``with_structured_output(Model) | OutputRedactor()`` raised.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from langchain_core.messages import (
    AIMessage,
    AIMessageChunk,
    HumanMessage,
    ToolMessage,
)
from langchain_core.tools import tool
from langchain_mistralai import ChatMistralAI
from model_helpers import EMAIL, SECRET, RecordingHandler, guarded, leaks_in
from pydantic import BaseModel, ValidationError
from typing_extensions import TypedDict

from langchain_mistral_secure import OutputRedactor, PIIMasker
from langchain_mistral_secure.redactor import dumps_json_pairs, loads_json_pairs
from langchain_mistral_secure.testing import FakeMistralServer

CARD_NUMBER = 4111111111111111
USER_EMAIL = "bob.user@example.net"


def tool_reply(
    arguments: str | dict[str, Any], name: str = "send_email"
) -> dict[str, Any]:
    return {"tool_calls": [{"function": {"name": name, "arguments": arguments}}]}


LEAKY_ARGS = {"to": EMAIL, "card": CARD_NUMBER, "token": SECRET, "note": "hi"}


def plain(server: FakeMistralServer, **kwargs: Any) -> ChatMistralAI:
    return ChatMistralAI(
        base_url=server.base_url,
        api_key="test-key",  # pragma: allowlist secret
        max_retries=1,
        **kwargs,
    )


def every_representation(message: AIMessage) -> list[Any]:
    """Every place a message carries tool-call arguments."""
    parts: list[Any] = [
        message.tool_calls,
        message.invalid_tool_calls,
        message.additional_kwargs,
        message.content,
        message.content_blocks,
    ]
    if isinstance(message, AIMessageChunk):
        parts.append(message.tool_call_chunks)
    return parts


def merged(chunks: list[AIMessageChunk]) -> AIMessageChunk:
    out = chunks[0]
    for chunk in chunks[1:]:
        out = out + chunk
    return out


# ---------------------------------------------------------- OutputRedactor alone


@pytest.mark.parametrize("output_version", [None, "v1"])
@pytest.mark.parametrize("method", ["invoke", "stream"])
def test_redactor_after_plain_model_covers_every_representation(output_version, method):
    with FakeMistralServer(reply=tool_reply(LEAKY_ARGS), chunk_size=5) as server:
        chain = plain(server, output_version=output_version) | OutputRedactor()
        if method == "invoke":
            message = chain.invoke("send it")
        else:
            chunks = list(chain.stream("send it"))
            assert all(leaks_in(every_representation(c)) == [] for c in chunks)
            message = merged(chunks)
    assert leaks_in(every_representation(message)) == []
    args = message.tool_calls[0]["args"]
    # Every JSON type: the card given as a JSON number is redacted too.
    assert args == {
        "to": "[EMAIL]",
        "card": "[CREDIT_CARD]",
        "token": "[GITHUB_TOKEN]",
        "note": "hi",
    }
    if output_version == "v1":
        blocks = [b for b in message.content if b.get("type") == "tool_call"]
        assert blocks
        assert blocks[0]["args"] == args


@pytest.mark.parametrize(
    "arguments",
    [
        f'{{"to": "{EMAIL}", "to": "ok"}}',
        f'{{"to": "ok", "to": "{EMAIL}"}}',
        f'{{"a": {{"to": "{EMAIL}", "to": 1}}, "a": 2}}',
        f'{{"card": {CARD_NUMBER}, "card": null}}',
    ],
)
def test_duplicate_json_keys_cannot_switch_redaction_off(arguments):
    message = AIMessage(
        content="",
        additional_kwargs={
            "tool_calls": [
                {
                    "id": "c1",
                    "type": "function",
                    "function": {"name": "f", "arguments": arguments},
                }
            ]
        },
    )
    out = OutputRedactor().invoke(message)
    raw = out.additional_kwargs["tool_calls"][0]["function"]["arguments"]
    assert leaks_in(raw) == []
    assert "4111" not in raw
    # Still valid JSON, with both pairs kept.
    assert dumps_json_pairs(loads_json_pairs(raw)) == raw
    assert raw.count('"to"') == arguments.count('"to"')


def test_duplicate_keys_in_streamed_tool_call_chunks():
    chunk = AIMessageChunk(
        content="",
        tool_call_chunks=[
            {
                "name": "f",
                "args": f'{{"to": "{EMAIL}", "to": "x"}}',
                "id": "c",
                "index": 0,
            }
        ],
    )
    out = merged(list(OutputRedactor().stream(chunk)))
    assert leaks_in(out.tool_call_chunks) == []


@pytest.mark.parametrize("value", [CARD_NUMBER, float(CARD_NUMBER)])
def test_card_as_a_json_number(value):
    message = AIMessage(
        content="", tool_calls=[{"name": "pay", "args": {"card": value}, "id": "c1"}]
    )
    out = OutputRedactor().invoke(message)
    assert out.tool_calls[0]["args"] == {"card": "[CREDIT_CARD]"}


@pytest.mark.parametrize("value", [0, 42, 3.5, True, None])
def test_benign_numbers_pass_unchanged(value):
    message = AIMessage(
        content="", tool_calls=[{"name": "f", "args": {"n": value}, "id": "c1"}]
    )
    assert OutputRedactor().invoke(message).tool_calls[0]["args"] == {"n": value}


@pytest.mark.parametrize("method", ["invoke", "stream"])
def test_redactor_accepts_tool_messages(method):
    result = ToolMessage(
        content=f"sent to {EMAIL}",
        tool_call_id="c1",
        artifact={"receipt": EMAIL, "n": 1},
    )
    redactor = OutputRedactor()
    out = (
        redactor.invoke(result)
        if method == "invoke"
        else next(iter(redactor.stream(result)))
    )
    assert isinstance(out, ToolMessage)
    assert out.content == "sent to [EMAIL]"
    assert out.artifact == {"receipt": "[EMAIL]", "n": 1}
    assert out.tool_call_id == "c1"


async def test_redactor_accepts_tool_messages_async():
    result = ToolMessage(content=f"sent to {EMAIL}", tool_call_id="c1")
    out = await OutputRedactor().ainvoke(result)
    assert out.content == "sent to [EMAIL]"


def test_redactor_tool_call_default_is_documented_redaction():
    # The default: what the redactor returns is for the caller, so tool-call
    # arguments are redacted (a tool fed from it gets "[EMAIL]"). Tools get real
    # values from the guarded model with a masker (tests below).
    assert OutputRedactor().redact_tool_calls is True


# ------------------------------------------------------------ structured output


class Contact(BaseModel):
    name: str
    email: str
    card: int
    tags: list[str]


class ContactDict(TypedDict):
    name: str
    email: str


STRUCTURED_ARGS = {"name": "Jane", "email": EMAIL, "card": CARD_NUMBER, "tags": [EMAIL]}


@pytest.mark.parametrize("method", ["invoke", "stream"])
def test_structured_output_pipe_to_redactor(method):
    with FakeMistralServer(reply=tool_reply(STRUCTURED_ARGS, "Contact")) as server:
        chain = plain(server).with_structured_output(Contact) | OutputRedactor()
        if method == "invoke":
            out = chain.invoke("who?")
        else:
            items = list(chain.stream("who?"))
            assert len(items) == 1  # released once complete
            out = items[0]
    assert isinstance(out, Contact)
    assert out.name == "Jane"
    assert out.email == "[EMAIL]"
    assert out.card == "[CREDIT_CARD]"  # model_copy: the placeholder, unvalidated
    assert out.tags == ["[EMAIL]"]


@pytest.mark.parametrize(
    ("schema", "name"),
    [(ContactDict, "ContactDict"), (Contact.model_json_schema(), "Contact")],
)
async def test_structured_output_dicts_async(schema, name):
    with FakeMistralServer(reply=tool_reply(STRUCTURED_ARGS, name)) as server:
        chain = plain(server).with_structured_output(schema) | OutputRedactor()
        out = await chain.ainvoke("who?")
        streamed = [item async for item in chain.astream("who?")]
    assert isinstance(out, dict)
    assert out["email"] == "[EMAIL]"
    assert leaks_in(out) == []
    assert streamed == [out]


def test_structured_output_block_strategy():
    with FakeMistralServer(reply=tool_reply(STRUCTURED_ARGS, "Contact")) as server:
        chain = plain(server).with_structured_output(Contact) | OutputRedactor(
            strategies={"email": "block"}
        )
        with pytest.raises(ValueError, match="email"):
            chain.invoke("who?")


class TextContact(BaseModel):
    name: str
    email: str
    card: str
    tags: list[str]


@pytest.mark.parametrize("use_async", [False, True])
async def test_guarded_model_structured_output_is_redacted_inside(use_async):
    with FakeMistralServer(reply=tool_reply(STRUCTURED_ARGS, "TextContact")) as server:
        chain = guarded(server).with_structured_output(TextContact)
        out = await chain.ainvoke("who?") if use_async else chain.invoke("who?")
    assert out == TextContact(
        name="Jane", email="[EMAIL]", card="[CREDIT_CARD]", tags=["[EMAIL]"]
    )


def test_guarded_model_structured_output_fails_closed_on_typed_fields():
    # An ``int`` field holding a card number cannot hold its placeholder: the
    # parser refuses the object (fail closed), and the error shows no value.
    with (
        FakeMistralServer(reply=tool_reply(STRUCTURED_ARGS, "Contact")) as server,
        pytest.raises(ValidationError) as info,
    ):
        guarded(server).with_structured_output(Contact).invoke("who?")
    assert leaks_in(str(info.value)) == []


# ------------------------------------------------------------ the guarded model


@tool
def send_email(to: str, note: str) -> str:
    """Send a note to an e-mail address."""
    return f"sent to {to}"


@pytest.mark.parametrize("output_version", [None, "v1"])
@pytest.mark.parametrize("method", ["invoke", "stream"])
def test_guarded_model_tool_calls_every_representation(output_version, method):
    handler = RecordingHandler()
    config = {"callbacks": [handler]}
    with FakeMistralServer(reply=tool_reply(LEAKY_ARGS), chunk_size=5) as server:
        llm = guarded(server, output_version=output_version).bind_tools([send_email])
        if method == "invoke":
            message = llm.invoke("send it", config=config)
        else:
            message = merged(list(llm.stream("send it", config=config)))
    assert message.tool_calls
    assert leaks_in(every_representation(message)) == []
    assert leaks_in(handler.records) == []


def placeholder_reply(body: dict[str, Any]) -> dict[str, Any]:
    """Answer like a model: call the tool with the placeholder it was given."""
    last = body["messages"][-1]
    if last["role"] == "tool":
        return {"content": f"Done: {last['content']}"}
    text = last["content"]
    start = text.index("<EMAIL_")
    placeholder = text[start : text.index(">", start) + 1]
    return tool_reply({"to": placeholder, "note": "hello"}, name="deliver")


@pytest.mark.parametrize("use_async", [False, True])
async def test_tool_gets_the_real_value_server_sees_placeholders(use_async):
    received: list[str] = []

    @tool
    def deliver(to: str, note: str) -> str:
        """Deliver a note."""
        received.append(to)
        return f"delivered to {to}"

    with FakeMistralServer(reply=placeholder_reply) as server:
        llm = guarded(server, masker=PIIMasker()).bind_tools([deliver])
        messages: list[Any] = [HumanMessage(f"Send hello to {USER_EMAIL}")]
        answer = await llm.ainvoke(messages) if use_async else llm.invoke(messages)
        # The caller sees a placeholder, never the address.
        assert answer.tool_calls[0]["args"]["to"] == "<EMAIL_1>"
        call = llm.bound.restore_tool_calls(answer).tool_calls[0]
        result = deliver.invoke(call)
        messages += [answer, result]
        final = await llm.ainvoke(messages) if use_async else llm.invoke(messages)
        bodies = [r.body for r in server.requests_for("/v1/chat/completions")]
    assert received == [USER_EMAIL]
    assert all(USER_EMAIL not in json.dumps(body) for body in bodies)
    # The tool's own result (the real address) was masked on the way back.
    assert "delivered to <EMAIL_1>" in json.dumps(bodies[-1])
    assert "[EMAIL]" in final.text


# ---------------------------------------------------------------- create_agent


@pytest.mark.parametrize("use_async", [False, True])
async def test_create_agent_accepts_the_guarded_model(use_async):
    agents = pytest.importorskip("langchain.agents")
    received: list[str] = []

    @tool
    def deliver(to: str, note: str) -> str:
        """Deliver a note."""
        received.append(to)
        return "delivered"

    def reply(body: dict[str, Any]) -> dict[str, Any]:
        if body["messages"][-1]["role"] == "tool":
            return {"content": f"Delivered. Contact {EMAIL} or {SECRET} if needed."}
        return placeholder_reply(body)

    with FakeMistralServer(reply=reply) as server:
        agent = agents.create_agent(
            guarded(server, masker=PIIMasker()), tools=[deliver]
        )
        state = {"messages": [HumanMessage(f"Send hello to {USER_EMAIL}")]}
        modes = ["messages", "updates", "values"]
        if use_async:
            items = [item async for item in agent.astream(state, stream_mode=modes)]
        else:
            items = list(agent.stream(state, stream_mode=modes))
        bodies = [r.body for r in server.requests_for("/v1/chat/completions")]
    assert len(bodies) == 2  # one full turn: tool call, tool result, answer
    assert all(USER_EMAIL not in json.dumps(body) for body in bodies)
    # No stream mode carries the planted answer values.
    assert leaks_in(items, canary=False) == []
    final = [data for mode, data in items if mode == "values"][-1]
    assert "[EMAIL]" in final["messages"][-1].text
    # Without the agent middleware, the tool gets the placeholder (never the
    # redacted "[EMAIL]"); the middleware restores it for the tool.
    assert received == ["<EMAIL_1>"]


class Person(BaseModel):
    name: str
    email: str


@pytest.mark.parametrize("method", ["json_schema", "json_mode"])
@pytest.mark.parametrize("use_async", [False, True])
async def test_guarded_model_structured_output_from_json_content(method, use_async):
    # response_format methods: the JSON arrives as the answer's text, which the
    # guarded model redacts before the parser reads it (still valid JSON).
    content = json.dumps({"name": "Ann", "email": EMAIL})
    with FakeMistralServer(reply=content, chunk_size=3) as server:
        chain = guarded(server).with_structured_output(Person, method=method)
        out = await chain.ainvoke("who?") if use_async else chain.invoke("who?")
        streamed = list(chain.stream("who?"))
    assert out == Person(name="Ann", email="[EMAIL]")
    assert streamed[-1] == out
    assert leaks_in(streamed) == []
