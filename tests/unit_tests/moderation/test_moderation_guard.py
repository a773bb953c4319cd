"""MistralModerationGuard on whole values (invoke/ainvoke) over real HTTP."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest
from langchain_core.messages import AIMessage, HumanMessage, SystemMessage, ToolMessage
from langchain_core.prompt_values import ChatPromptValue, StringPromptValue
from pydantic import ValidationError

from langchain_mistral_secure._events import FINDINGS_EVENT
from langchain_mistral_secure.keys import MissingAPIKeyError, secure_chat_mistralai
from langchain_mistral_secure.moderation import (
    DEFAULT_MODERATION_MODEL,
    MODERATION_EVENT,
    MistralModerationGuard,
    ModerationError,
    ModerationUnavailableError,
)

KEY = "test-key-123"  # pragma: allowlist secret
SECRET_TEXT = "HARM the zebra at noon"
MODES = pytest.mark.parametrize("mode", ["sync", "async"])
TEXT = "/v1/moderations"
CHAT = "/v1/chat/moderations"


def _body(server: Any, path: str) -> Any:
    records = server.requests_for(path)
    assert len(records) == 1
    return records[0].body


# ---------------------------------------------------------------- routing

ROUTES = [
    ("a question", TEXT, "a question"),
    (AIMessage(content="an answer"), TEXT, "an answer"),
    ({"question": "q1", "n": 3}, TEXT, "q1"),
    ({"question": "q1", "context": "c1"}, TEXT, ["q1", "c1"]),
    (
        [SystemMessage(content="be nice"), HumanMessage(content="hello")],
        CHAT,
        [
            {"role": "system", "content": "be nice"},
            {"role": "user", "content": "hello"},
        ],
    ),
    (
        [("human", "hi"), ("ai", "hello"), ("human", "bye")],
        CHAT,
        [
            {"role": "user", "content": "hi"},
            {"role": "assistant", "content": "hello"},
            {"role": "user", "content": "bye"},
        ],
    ),
    (
        ChatPromptValue(messages=[HumanMessage(content="from a prompt")]),
        CHAT,
        [{"role": "user", "content": "from a prompt"}],
    ),
    (
        StringPromptValue(text="string prompt"),
        CHAT,
        [{"role": "user", "content": "string prompt"}],
    ),
    (HumanMessage(content="one turn"), CHAT, [{"role": "user", "content": "one turn"}]),
    (
        [
            AIMessage(content="", tool_calls=[{"name": "f", "args": {}, "id": "c1"}]),
            ToolMessage(content="tool says", tool_call_id="c1"),
        ],
        CHAT,
        [{"role": "tool", "content": "tool says", "tool_call_id": "c1"}],
    ),
]


@MODES
@pytest.mark.parametrize(("value", "path", "sent"), ROUTES)
async def test_benign_input_passes_unchanged_to_the_right_endpoint(
    mode: str, value: Any, path: str, sent: Any, mod: Any
) -> None:
    guard = mod.guard()
    assert await mod.run(guard, value, mode) is value
    body = _body(mod.server, path)
    assert body == {"model": DEFAULT_MODERATION_MODEL, "input": sent}
    assert mod.server.requests[0].api_key == KEY


@MODES
@pytest.mark.parametrize(
    "value",
    ["", "   ", AIMessage(content=""), {"n": 1}, [], [AIMessage(content="")]],
)
async def test_nothing_to_classify_makes_no_call(
    mode: str, value: Any, mod: Any
) -> None:
    guard = mod.guard()
    assert await mod.run(guard, value, mode) == value
    assert mod.server.requests == []


@MODES
@pytest.mark.parametrize(
    ("input_keys", "value", "sent"),
    [
        (["question"], {"question": "q", "context": "c"}, "q"),
        (["a", "b"], {"a": "x", "b": HumanMessage(content="y"), "c": "z"}, ["x", "y"]),
    ],
)
async def test_input_keys_select_the_dict_strings(
    mode: str, input_keys: list[str], value: Any, sent: Any, mod: Any
) -> None:
    guard = mod.guard(input_keys=input_keys)
    assert await mod.run(guard, value, mode) is value
    assert _body(mod.server, TEXT)["input"] == sent


@MODES
@pytest.mark.parametrize(
    ("value", "error"),
    [
        ({"other": SECRET_TEXT}, KeyError),
        ({"question": 3, "other": SECRET_TEXT}, TypeError),
    ],
)
async def test_bad_dict_inputs_raise_without_content(
    mode: str, value: Any, error: type[Exception], mod: Any
) -> None:
    guard = mod.guard(input_keys=["question"])
    with pytest.raises(error) as info:
        await mod.run(guard, value, mode)
    assert "question" in str(info.value)
    assert "zebra" not in str(info.value)
    assert mod.server.requests == []


@MODES
async def test_unsupported_input_type_raises(mode: str, mod: Any) -> None:
    guard = mod.guard()
    with pytest.raises(TypeError, match="int"):
        await mod.run(guard, 42, mode)


# ---------------------------------------------------------------- block and flag


@MODES
@pytest.mark.parametrize(
    ("value", "path"),
    [
        (SECRET_TEXT, TEXT),
        (AIMessage(content=SECRET_TEXT), TEXT),
        ([HumanMessage(content=SECRET_TEXT)], CHAT),
        ({"question": SECRET_TEXT}, TEXT),
    ],
)
async def test_block_raises_with_categories_and_scores_but_no_text(
    mode: str, value: Any, path: str, mod: Any
) -> None:
    guard = mod.guard()
    with pytest.raises(ModerationError) as info:
        await mod.run(guard, value, mode)
    err = info.value
    assert err.categories == {"violence_and_threats": 0.95}
    assert err.scores["violence_and_threats"] == 0.95
    assert err.model == DEFAULT_MODERATION_MODEL
    assert "violence_and_threats=0.95" in str(err)
    assert "zebra" not in str(err)
    assert "zebra" not in repr(err)
    assert len(mod.server.requests_for(path)) == 1


@MODES
@pytest.mark.parametrize("value", [SECRET_TEXT, [HumanMessage(content=SECRET_TEXT)]])
async def test_flag_passes_through_and_reports_events(
    mode: str, value: Any, mod: Any
) -> None:
    guard = mod.guard(action="flag")
    assert (
        await mod.run(guard, value, mode, config={"callbacks": [mod.capture]}) is value
    )
    [event] = mod.capture.named(MODERATION_EVENT)
    assert event["flagged"] == ["violence_and_threats"]
    assert event["categories"]["violence_and_threats"] == 0.95
    assert event["outcome"] == "flagged"
    assert event["model"] == DEFAULT_MODERATION_MODEL
    assert event["latency_ms"] >= 0
    [findings] = mod.capture.named(FINDINGS_EVENT)
    assert findings["component"] == "moderation_guard"
    assert findings["counts"] == {"violence_and_threats": 1}
    assert "zebra" not in repr(mod.capture.events)


@MODES
@pytest.mark.parametrize(
    ("action", "value", "outcome"),
    [
        ("block", "benign text", "pass"),
        ("flag", "benign text", "pass"),
        ("block", SECRET_TEXT, "blocked"),
    ],
)
async def test_every_call_dispatches_a_moderation_event(
    mode: str, action: str, value: str, outcome: str, mod: Any
) -> None:
    guard = mod.guard(action=action)
    try:
        await mod.run(guard, value, mode, config={"callbacks": [mod.capture]})
    except ModerationError:
        assert outcome == "blocked"
    [event] = mod.capture.named(MODERATION_EVENT)
    assert event["outcome"] == outcome
    assert event["endpoint"] == "moderations"
    assert event["input_chars"] == len(value)
    assert set(event) >= {"model", "categories", "flagged", "latency_ms"}
    assert bool(mod.capture.named(FINDINGS_EVENT)) == (outcome != "pass")


# ---------------------------------------------------------------- thresholds

THRESHOLDS = [
    # scores, mod.server threshold (API booleans), guard kwargs, expected flagged
    ({"jailbreaking": 0.4}, 0.5, {}, set()),
    ({"jailbreaking": 0.5}, 0.5, {}, {"jailbreaking"}),
    (
        {"jailbreaking": 0.4},
        0.5,
        {"thresholds": {"jailbreaking": 0.3}},
        {"jailbreaking"},
    ),
    (
        {"jailbreaking": 0.3},
        0.5,
        {"thresholds": {"jailbreaking": 0.3}},
        {"jailbreaking"},
    ),
    ({"jailbreaking": 0.29}, 0.5, {"thresholds": {"jailbreaking": 0.3}}, set()),
    ({"sexual": 0.6}, 0.5, {"thresholds": {"sexual": 0.8}}, set()),
    ({"sexual": 0.6, "pii": 0.6}, 0.5, {"thresholds": {"sexual": 0.8}}, {"pii"}),
    # The API's boolean verdict counts when no threshold is given...
    ({"health": 0.3}, 0.2, {}, {"health"}),
    # ...but not when the category's threshold is explicit...
    ({"health": 0.3}, 0.2, {"thresholds": {"health": 0.5}}, set()),
    # ...or when the default threshold is explicit.
    ({"health": 0.3}, 0.2, {"default_threshold": 0.4}, set()),
    ({"health": 0.3}, 0.9, {"default_threshold": 0.25}, {"health"}),
    # Only the listed categories may flag.
    ({"health": 0.9, "law": 0.9}, 0.5, {"categories": ["law"]}, {"law"}),
    ({"health": 0.9}, 0.5, {"categories": ["jailbreaking"]}, set()),
]


@MODES
@pytest.mark.parametrize(("scores", "api_threshold", "kwargs", "expected"), THRESHOLDS)
async def test_per_category_thresholds(  # noqa: PLR0913, PLR0917
    mode: str,
    scores: dict[str, float],
    api_threshold: float,
    kwargs: dict[str, Any],
    expected: set[str],
    mod: Any,
) -> None:
    mod.server.moderate_with(scores)
    mod.server.moderation_threshold = api_threshold
    guard = mod.guard(**kwargs)
    if not expected:
        assert await mod.run(guard, "some text", mode) == "some text"
        return
    with pytest.raises(ModerationError) as info:
        await mod.run(guard, "some text", mode)
    assert set(info.value.categories) == expected


@pytest.mark.parametrize(
    "kwargs",
    [
        {"thresholds": {"sexual": 1.5}},
        {"thresholds": {"sexual": -0.1}},
        {"default_threshold": 2.0},
        {"stream_chunk_chars": 0},
        {"action": "redact"},
    ],
)
def test_invalid_settings_are_rejected(kwargs: dict[str, Any], mod: Any) -> None:
    with pytest.raises(ValidationError):
        mod.guard(**kwargs)


# ---------------------------------------------------------------- failures


@MODES
@pytest.mark.parametrize(
    ("status", "value"),
    [
        (500, "some text"),
        (400, [HumanMessage(content="some text")]),
        (503, "some text"),
    ],
)
async def test_endpoint_failure_fails_closed(
    mode: str, status: int, value: Any, mod: Any
) -> None:
    mod.server.fail_next(status, count=10, retry_after=0)
    guard = mod.guard(max_rate_limit_retries=1)
    with pytest.raises(ModerationUnavailableError) as info:
        await mod.run(guard, value, mode, config={"callbacks": [mod.capture]})
    assert info.value.status == status
    assert "some text" not in str(info.value)
    assert KEY not in str(info.value)
    [event] = mod.capture.named(MODERATION_EVENT)
    assert event["outcome"] == "unavailable"
    assert event["status"] == status


@MODES
@pytest.mark.parametrize("status", [500, 503])
async def test_fail_open_passes_and_logs_status_only(
    mode: str, status: int, caplog: pytest.LogCaptureFixture, mod: Any
) -> None:
    mod.server.fail_next(status, count=10, retry_after=0)
    guard = mod.guard(fail_open=True, max_rate_limit_retries=0)
    with caplog.at_level(logging.WARNING, logger="langchain_mistral_secure"):
        assert await mod.run(guard, SECRET_TEXT, mode) == SECRET_TEXT
    warnings = [
        r for r in caplog.records if r.name == "langchain_mistral_secure.moderation"
    ]
    assert len(warnings) == 1
    message = warnings[0].getMessage()
    assert f"status={status}" in message
    assert "zebra" not in caplog.text
    assert KEY not in caplog.text


@MODES
@pytest.mark.parametrize("fail_open", [False, True])
async def test_unreachable_server(mode: str, fail_open: bool, mod: Any) -> None:
    guard = mod.guard(base_url="http://127.0.0.1:9/v1", fail_open=fail_open)
    if fail_open:
        assert await mod.run(guard, "text", mode) == "text"
        return
    with pytest.raises(ModerationUnavailableError) as info:
        await mod.run(guard, "text", mode)
    assert info.value.status is None
    assert info.value.error_type == "ConnectError"


@MODES
@pytest.mark.parametrize(
    "body",
    [{"results": []}, {"results": [{"categories": {}}]}, {"nope": 1}],
)
async def test_malformed_response_fails_closed(mode: str, body: Any, mod: Any) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=body)

    transport = httpx.MockTransport(handler)
    guard = mod.guard(
        client=httpx.Client(transport=transport, base_url="http://fake/v1"),
        async_client=httpx.AsyncClient(transport=transport, base_url="http://fake/v1"),
    )
    with pytest.raises(ModerationUnavailableError) as info:
        await mod.run(guard, "text", mode)
    assert info.value.error_type == "InvalidResponse"


# ---------------------------------------------------------------- keys and retries


@MODES
async def test_rejected_key_rotates_to_the_next(mode: str, mod: Any) -> None:
    bad, good = "bad-key-1", "good-key-2"  # pragma: allowlist secret
    mod.server.accepted_keys = {good}
    guard = mod.guard(keys=[bad, good])
    assert await mod.run(guard, "hello", mode) == "hello"
    records = mod.server.requests_for(TEXT)
    assert [(r.api_key, r.status) for r in records] == [(bad, 401), (good, 200)]
    # The bad key stays benched: the next call goes straight to the good one.
    await mod.run(guard, "again", mode)
    assert [r.api_key for r in mod.server.requests_for(TEXT)][-1] == good
    assert len(mod.server.requests_for(TEXT)) == 3


@MODES
async def test_all_keys_rejected_fails_closed(mode: str, mod: Any) -> None:
    mod.server.accepted_keys = {"other"}
    guard = mod.guard(keys=["k1", "k2"])  # pragma: allowlist secret
    with pytest.raises(ModerationUnavailableError) as info:
        await mod.run(guard, "hello", mode)
    assert info.value.error_type == "NoHealthyKeyError"


@MODES
@pytest.mark.parametrize(
    ("value", "path"), [("hello", TEXT), ([HumanMessage(content="hello")], CHAT)]
)
async def test_rate_limit_is_retried(
    mode: str, value: Any, path: str, mod: Any
) -> None:
    mod.server.fail_next(429, count=2, retry_after=0, path=path)
    guard = mod.guard()
    assert await mod.run(guard, value, mode) is value
    assert [r.status for r in mod.server.requests_for(path)] == [429, 429, 200]


@MODES
async def test_rate_limit_exhausted_fails_closed(mode: str, mod: Any) -> None:
    mod.server.fail_next(429, count=5, retry_after=0)
    guard = mod.guard(max_rate_limit_retries=2)
    with pytest.raises(ModerationUnavailableError) as info:
        await mod.run(guard, "hello", mode)
    assert info.value.status == 429
    assert len(mod.server.requests_for(TEXT)) == 3


def test_guard_shares_the_chat_model_auth(server: Any) -> None:
    llm = secure_chat_mistralai(keys=["k1", "k2"], base_url=server.base_url)
    guard = MistralModerationGuard(keys=llm.client.auth, base_url=server.base_url)
    assert guard.client is not None
    assert guard.client.auth is llm.client.auth
    guard.close()


def test_missing_key_fails_at_construction(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MISTRAL_API_KEY", raising=False)
    with pytest.raises(MissingAPIKeyError, match="MISTRAL_API_KEY"):
        MistralModerationGuard(base_url="http://127.0.0.1:9/v1")


def test_env_key_is_used(monkeypatch: pytest.MonkeyPatch, server: Any) -> None:
    monkeypatch.setenv("MISTRAL_API_KEY", KEY)
    guard = MistralModerationGuard(base_url=server.base_url)
    guard.invoke("hi")
    assert server.requests[0].api_key == KEY
    guard.close()


def test_repr_and_serialization_carry_no_key(mod: Any) -> None:
    guard = mod.guard()
    assert KEY not in repr(guard)
    assert KEY not in str(guard.model_dump())
    assert guard.model_dump()["model"] == DEFAULT_MODERATION_MODEL
