"""The fake answers like a model: schema-valid tool calls and JSON when unscripted."""

from __future__ import annotations

import json
from typing import Any, Literal

import httpx
import jsonschema
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from langchain_core.messages import AIMessage, AIMessageChunk, HumanMessage, ToolMessage
from langchain_core.tools import tool
from langchain_mistralai import ChatMistralAI
from pydantic import BaseModel, Field

from langchain_mistral_secure.testing import FakeMistralServer
from langchain_mistral_secure.testing.model_like import model_like_reply
from langchain_mistral_secure.testing.schema_values import Hints, value_for_schema


class Address(BaseModel):
    street: str
    zip_code: str = Field(min_length=5, max_length=5)


class Person(BaseModel):
    name: str
    age: int = Field(ge=18, le=120)
    score: float = Field(gt=0, lt=1)
    tags: list[str] = Field(min_length=2)
    role: Literal["admin", "user"]
    address: Address
    nickname: str | None = None
    active: bool


class Tree(BaseModel):
    label: str
    children: list[Tree] = []


SCHEMAS: list[tuple[str, dict[str, Any]]] = [
    ("string", {"type": "string"}),
    ("bounded-string", {"type": "string", "minLength": 20, "maxLength": 22}),
    ("short-string", {"type": "string", "maxLength": 3}),
    ("date", {"type": "string", "format": "date"}),
    ("email", {"type": "string", "format": "email"}),
    ("integer", {"type": "integer", "minimum": 5, "maximum": 9}),
    ("exclusive", {"type": "integer", "exclusiveMinimum": 0, "exclusiveMaximum": 2}),
    ("multiple", {"type": "integer", "minimum": 7, "multipleOf": 5}),
    ("negative", {"type": "number", "maximum": -3.5}),
    ("boolean", {"type": "boolean"}),
    ("null", {"type": "null"}),
    ("nullable", {"type": ["null", "integer"]}),
    ("enum", {"enum": ["red", "green"]}),
    ("const", {"const": 42}),
    (
        "unique-array",
        {
            "type": "array",
            "items": {"type": "integer"},
            "minItems": 3,
            "uniqueItems": True,
        },
    ),
    (
        "tuple",
        {"type": "array", "prefixItems": [{"type": "string"}, {"type": "integer"}]},
    ),
    ("any-of", {"anyOf": [{"type": "null"}, {"type": "number"}]}),
    (
        "all-of",
        {
            "allOf": [
                {
                    "type": "object",
                    "properties": {"a": {"type": "string"}},
                    "required": ["a"],
                },
                {"properties": {"b": {"type": "integer"}}, "required": ["b"]},
            ]
        },
    ),
    (
        "map",
        {
            "type": "object",
            "additionalProperties": {"type": "integer"},
            "required": ["k"],
        },
    ),
    ("pydantic-nested", Person.model_json_schema()),
    ("pydantic-recursive", Tree.model_json_schema()),
]


@pytest.mark.parametrize(("label", "schema"), SCHEMAS, ids=[s[0] for s in SCHEMAS])
def test_generated_values_validate(label: str, schema: dict[str, Any]) -> None:
    value = value_for_schema(schema)
    jsonschema.validate(value, schema)
    assert value_for_schema(schema) == value  # deterministic


def test_pydantic_models_accept_generated_values() -> None:
    assert Person.model_validate(value_for_schema(Person.model_json_schema()))
    tree = Tree.model_validate(value_for_schema(Tree.model_json_schema()))
    assert tree.children


@pytest.mark.parametrize(
    ("text", "schema", "expected"),
    [
        ("magic_function(3)", {"type": "integer"}, 3),
        ("out of range 5000, then 7", {"type": "integer", "maximum": 999}, 7),
        ("half 2.5", {"type": "number"}, 2.5),
        ("an integer field skips 2.5 and takes 4", {"type": "integer"}, 4),
        ("name it '你好啊集团'", {"type": "string"}, "你好啊集团"),
        ('say "bonjour"', {"type": "string"}, "bonjour"),
        ("what's 'this'", {"type": "string"}, "this"),
        ("pick 'green'", {"enum": ["red", "green"]}, "green"),
        ("no hints", {"type": "string"}, "sample value"),
    ],
)
def test_hints_from_the_user_turn_fill_fields(
    text: str, schema: dict[str, Any], expected: Any
) -> None:
    assert value_for_schema(schema, Hints.from_text(text)) == expected


@pytest.mark.parametrize(
    "schema",
    [
        {"type": "integer", "minimum": 5, "maximum": 4},
        {"type": "integer", "minimum": 1, "maximum": 4, "multipleOf": 5},
        {"$ref": "#/$defs/Missing"},
        {"$ref": "https://example.com/remote.json"},
    ],
)
def test_unsatisfiable_schemas_raise(schema: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match=r"schema|bounds|multipleOf|ref"):
        value_for_schema(schema)


_SCALARS = st.sampled_from(
    [
        {"type": "string"},
        {"type": "integer", "minimum": -3, "maximum": 40},
        {"type": "number", "exclusiveMinimum": 0},
        {"type": "boolean"},
        {"enum": ["a", "b", 3]},
        {"type": "string", "format": "date-time"},
        {"type": "string", "minLength": 4},
    ]
)
_SCHEMAS = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(
        st.builds(
            lambda items, low: {"type": "array", "items": items, "minItems": low},
            inner,
            st.integers(0, 3),
        ),
        st.dictionaries(
            st.from_regex(r"[a-z]{1,6}", fullmatch=True), inner, max_size=4
        ).map(
            lambda props: {
                "type": "object",
                "properties": props,
                "required": sorted(props)[: len(props) // 2 + 1] if props else [],
            }
        ),
        st.lists(inner, min_size=1, max_size=3).map(lambda bs: {"anyOf": bs}),
    ),
    max_leaves=12,
)


@settings(max_examples=80, deadline=None)
@given(schema=_SCHEMAS, text=st.text(max_size=40))
def test_any_generated_value_validates(schema: dict[str, Any], text: str) -> None:
    value = value_for_schema(schema, Hints.from_text(text))
    jsonschema.validate(value, schema)
    assert value_for_schema(schema, Hints.from_text(text)) == value


# ---------------------------------------------------------------- the server


@tool
def magic_function(value: int) -> int:
    """Apply a magic function to an input."""
    return value + 2


@tool
def get_weather(location: str) -> str:
    """Get the weather at a location."""
    return f"It is sunny in {location}."


class Joke(BaseModel):
    """Joke to tell the user."""

    setup: str
    punchline: str
    rating: int = Field(ge=1, le=5)


def _llm(server: FakeMistralServer) -> ChatMistralAI:
    return ChatMistralAI(base_url=server.base_url, api_key="test-key")


def _join(chunks: list[AIMessageChunk]) -> AIMessageChunk:
    full = chunks[0]
    for chunk in chunks[1:]:
        full += chunk
    return full


@pytest.mark.parametrize(
    ("tool_choice", "messages", "expected"),
    [
        ("any", [HumanMessage("What is magic_function(3)?")], "magic_function"),
        ("get_weather", [HumanMessage("Hello 12")], "get_weather"),
        (None, [HumanMessage("Weather via get_weather in 'Paris'?")], "get_weather"),
        ("auto", [HumanMessage("magic_function(3)")], "magic_function"),
        ("none", [HumanMessage("magic_function(3)")], None),
        (
            None,
            [
                HumanMessage("magic_function(3)"),
                AIMessage(
                    "",
                    tool_calls=[
                        {
                            "name": "magic_function",
                            "args": {"value": 3},
                            "id": "abc123def",
                        }
                    ],
                ),
                ToolMessage("5", tool_call_id="abc123def"),
            ],
            None,
        ),
    ],
)
async def test_tool_choice_rules(
    fake_mistral_server: FakeMistralServer,
    tool_choice: str | None,
    messages: list[Any],
    expected: str | None,
) -> None:
    llm = _llm(fake_mistral_server).bind_tools(
        [magic_function, get_weather], tool_choice=tool_choice
    )
    results = [
        llm.invoke(messages),
        await llm.ainvoke(messages),
        _join(list(llm.stream(messages))),
        _join([c async for c in llm.astream(messages)]),
    ]
    for result in results:
        if expected is None:
            assert result.tool_calls == []
            assert result.content == "Hello from the fake Mistral server."
        else:
            assert [c["name"] for c in result.tool_calls] == [expected]
    if expected == "magic_function":
        assert all(r.tool_calls[0]["args"] == {"value": 3} for r in results)
    if expected == "get_weather" and tool_choice is None:
        assert all(r.tool_calls[0]["args"] == {"location": "Paris"} for r in results)


def test_streamed_tool_calls_arrive_as_mistral_deltas(
    fake_mistral_server: FakeMistralServer,
) -> None:
    body = {
        "model": "mistral-small-latest",
        "stream": True,
        "messages": [{"role": "user", "content": "magic_function(3)"}],
        "tools": [{"type": "function", "function": magic_function_schema()}],
        "tool_choice": "any",
    }
    response = httpx.post(
        f"{fake_mistral_server.base_url}/chat/completions",
        json=body,
        headers={"Authorization": "Bearer k"},
    )
    events = [
        json.loads(line[len("data: ") :])
        for line in response.text.splitlines()
        if line.startswith("data: {")
    ]
    deltas = [e["choices"][0]["delta"] for e in events]
    calls = [c for d in deltas for c in d.get("tool_calls", [])]
    assert len(calls) == 1
    assert calls[0]["index"] == 0
    assert json.loads(calls[0]["function"]["arguments"]) == {"value": 3}
    assert events[-1]["choices"][0]["finish_reason"] == "tool_calls"
    assert events[-1]["usage"]["completion_tokens"] > 0


def magic_function_schema() -> dict[str, Any]:
    return {
        "name": "magic_function",
        "parameters": {
            "type": "object",
            "properties": {"value": {"type": "integer"}},
            "required": ["value"],
        },
    }


@pytest.mark.parametrize("method", ["json_schema", "function_calling", "json_mode"])
async def test_structured_output(
    fake_mistral_server: FakeMistralServer, method: str
) -> None:
    prompt = "Rate 4: a joke as JSON with 'setup', 'punchline' and 'rating' keys"
    structured = _llm(fake_mistral_server).with_structured_output(Joke, method=method)
    if method == "json_mode":
        # json_object carries no schema: the fake fills the quoted keys with text.
        with pytest.raises(ValueError, match="rating"):
            structured.invoke(prompt)
        structured = _llm(fake_mistral_server).with_structured_output(
            {"title": "Joke", "type": "object", "properties": {}}, method=method
        )
        result = structured.invoke(prompt)
        assert set(result) == {"setup", "punchline", "rating"}
        return
    results = [
        structured.invoke(prompt),
        await structured.ainvoke(prompt),
        list(structured.stream(prompt))[-1],
        [c async for c in structured.astream(prompt)][-1],
    ]
    assert all(isinstance(r, Joke) and r.rating == 4 for r in results)


def test_a_scripted_server_never_invents_tool_calls(
    fake_mistral_server: FakeMistralServer,
) -> None:
    fake_mistral_server.reply_with("scripted")
    llm = _llm(fake_mistral_server).bind_tools([magic_function], tool_choice="any")
    result = llm.invoke("magic_function(3)")
    assert result.content == "scripted"
    assert result.tool_calls == []


def test_reply_functions_can_reuse_the_model_like_answers(
    fake_mistral_server: FakeMistralServer,
) -> None:
    fake_mistral_server.reply_with(lambda body: model_like_reply(body) or "text")
    llm = _llm(fake_mistral_server).bind_tools([magic_function], tool_choice="any")
    assert llm.invoke("magic_function(3)").tool_calls[0]["args"] == {"value": 3}
    assert _llm(fake_mistral_server).invoke("hi").content == "text"


def test_an_unsatisfiable_schema_is_a_content_free_500(
    fake_mistral_server: FakeMistralServer,
) -> None:
    body = {
        "model": "m",
        "messages": [{"role": "user", "content": "secret words"}],
        "response_format": {
            "type": "json_schema",
            "json_schema": {"name": "x", "schema": {"$ref": "#/nowhere"}},
        },
    }
    response = httpx.post(
        f"{fake_mistral_server.base_url}/chat/completions",
        json=body,
        headers={"Authorization": "Bearer k"},
    )
    assert response.status_code == 500
    assert "schema" in response.json()["message"]
    assert "secret" not in response.text


async def test_create_agent_runs_offline_to_an_answer(
    fake_mistral_server: FakeMistralServer,
) -> None:
    from langchain.agents import create_agent  # noqa: PLC0415

    agent = create_agent(_llm(fake_mistral_server), tools=[magic_function])
    inputs = {"messages": [HumanMessage("What is magic_function(3)?")]}
    for state in (agent.invoke(inputs), await agent.ainvoke(inputs)):
        kinds = [type(m).__name__ for m in state["messages"]]
        assert kinds == ["HumanMessage", "AIMessage", "ToolMessage", "AIMessage"]
        assert state["messages"][2].content == "5"
        assert state["messages"][-1].content == "Hello from the fake Mistral server."


@settings(max_examples=15, deadline=None)
@given(chunk_size=st.integers(1, 40))
def test_streamed_answers_equal_invoked_ones_for_any_chunking(chunk_size: int) -> None:
    with FakeMistralServer(chunk_size=chunk_size) as server:
        llm = _llm(server)
        structured = llm.with_structured_output(Joke, method="json_schema")
        prompt = "Rate 4: a joke"
        assert list(structured.stream(prompt))[-1] == structured.invoke(prompt)
        tools = llm.bind_tools([magic_function, get_weather], tool_choice="any")
        joined = _join(list(tools.stream("magic_function(7)")))
        invoked = tools.invoke("magic_function(7)")
        assert [(c["name"], c["args"]) for c in joined.tool_calls] == [
            (c["name"], c["args"]) for c in invoked.tool_calls
        ]
        assert invoked.tool_calls[0]["args"] == {"value": 7}
