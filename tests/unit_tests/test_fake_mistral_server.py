"""FakeMistralServer: the real ChatMistralAI and httpx over real HTTP on loopback."""

from __future__ import annotations

import json
import math
from typing import Any

import httpx
import pytest
from langchain_core.messages import AIMessageChunk, HumanMessage, SystemMessage
from langchain_mistralai import ChatMistralAI

from langchain_mistral_secure.testing import (
    DEFAULT_REPLY,
    MODERATION_CATEGORIES,
    FakeMistralServer,
    RecordedRequest,
    echo_last_message,
)

KEY = "test-key-123"  # pragma: allowlist secret
OTHER_KEY = "other-key-456"  # pragma: allowlist secret
AUTH = {"Authorization": f"Bearer {KEY}"}


def make_llm(server: FakeMistralServer, key: str = KEY, **kwargs: Any) -> ChatMistralAI:
    return ChatMistralAI(
        base_url=server.base_url,
        api_key=key,
        model="mistral-small-latest",
        max_retries=1,
        timeout=10,
        **kwargs,
    )


def expected_usage(prompt_texts: list[str], reply: str) -> dict[str, int]:
    prompt = sum(len(t.split()) for t in prompt_texts)
    completion = len(reply.split())
    return {
        "input_tokens": prompt,
        "output_tokens": completion,
        "total_tokens": prompt + completion,
    }


def as_usage_metadata(usage: Any) -> dict[str, int]:
    return {
        "input_tokens": usage["prompt_tokens"],
        "output_tokens": usage["completion_tokens"],
        "total_tokens": usage["total_tokens"],
    }


@pytest.fixture
def server():
    with FakeMistralServer() as srv:
        yield srv


async def call(llm: ChatMistralAI, mode: str, prompt: Any) -> tuple[str, list[Any]]:
    """Run one call in the given mode; return the text and the chunks/messages."""
    if mode == "invoke":
        msg = llm.invoke(prompt)
        return str(msg.content), [msg]
    if mode == "ainvoke":
        msg = await llm.ainvoke(prompt)
        return str(msg.content), [msg]
    if mode == "stream":
        chunks = list(llm.stream(prompt))
        return "".join(str(c.content) for c in chunks), chunks
    if mode == "astream":
        chunks = [c async for c in llm.astream(prompt)]
        return "".join(str(c.content) for c in chunks), chunks
    raise AssertionError(mode)


ALL_MODES = ["invoke", "ainvoke", "stream", "astream"]


def merge(parts: list[Any]) -> Any:
    merged = parts[0]
    for p in parts[1:]:
        merged += p
    return merged


# --------------------------------------------------------------------------- chat


@pytest.mark.parametrize("mode", ALL_MODES)
@pytest.mark.parametrize(
    ("reply", "messages"),
    [
        ("Bonjour, comment puis-je aider ?", [HumanMessage("Salut toi")]),
        (
            "one two three four five six seven",
            [SystemMessage("You are terse."), HumanMessage("count to seven")],
        ),
        ("", [HumanMessage("say nothing at all")]),
    ],
)
async def test_reply_text_and_usage(server, mode, reply, messages):
    server.reply_with(reply)
    text, parts = await call(make_llm(server), mode, messages)

    assert text == reply
    (record,) = server.requests_for("/chat/completions")
    assert record.status == 200
    assert record.stream is mode.endswith("stream")
    want = expected_usage([str(m.content) for m in messages], reply)
    assert as_usage_metadata(record.usage) == want
    # The usage arrives once: on the reply, or on the final streamed chunk
    # (LangChain may add an empty closing chunk after it).
    (with_usage,) = [p for p in parts if p.usage_metadata]
    assert with_usage.usage_metadata == want
    assert with_usage.response_metadata["finish_reason"] == "stop"


@pytest.mark.parametrize("mode", ["stream", "astream"])
@pytest.mark.parametrize("chunk_size", [1, 3, 4, 7, 1000])
async def test_stream_chunking(server, mode, chunk_size):
    reply = "The quick brown fox jumps over the lazy dog."
    server.reply_with(reply)
    server.chunk_size = chunk_size
    text, chunks = await call(make_llm(server), mode, "go")

    assert text == reply
    content_chunks = [c for c in chunks if c.content]
    assert len(content_chunks) == math.ceil(len(reply) / chunk_size)
    assert all(len(c.content) <= chunk_size for c in content_chunks)
    assert merge(chunks).response_metadata["finish_reason"] == "stop"


@pytest.mark.parametrize("mode", ["stream", "astream"])
@pytest.mark.parametrize(
    ("response_model", "expected"),
    [(None, "mistral-small-latest"), ("mistral-large-2411", "mistral-large-2411")],
)
async def test_reply_model_name(mode, response_model, expected):
    with FakeMistralServer(response_model=response_model) as srv:
        _, parts = await call(make_llm(srv), mode, "hi")
    merged = merge(parts)
    assert merged.response_metadata["model_name"] == expected


@pytest.mark.parametrize(
    ("response_model", "reply", "expected_model", "expected_usage"),
    [
        (None, "a b c", "requested-model", (4, 3, 7)),
        ("served-model", "", "served-model", (4, 0, 4)),
    ],
)
def test_json_reply_shape(response_model, reply, expected_model, expected_usage):
    with FakeMistralServer(response_model=response_model, reply=reply) as srv:
        response = httpx.post(
            f"{srv.base_url}/chat/completions",
            json={
                "model": "requested-model",
                "messages": [
                    {"role": "system", "content": "be nice"},
                    {"role": "user", "content": "hi there"},
                ],
            },
            headers=AUTH,
        )
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    payload = response.json()
    assert payload["id"]
    assert payload["object"] == "chat.completion"
    assert isinstance(payload["created"], int)
    assert payload["model"] == expected_model
    assert payload["choices"] == [
        {
            "index": 0,
            "message": {"role": "assistant", "content": reply},
            "finish_reason": "stop",
        }
    ]
    prompt, completion, total = expected_usage
    assert payload["usage"] == {
        "prompt_tokens": prompt,
        "completion_tokens": completion,
        "total_tokens": total,
    }


@pytest.mark.parametrize("chunk_size", [2, 5])
def test_sse_wire_format(chunk_size):
    with FakeMistralServer(reply="abcdefgh", chunk_size=chunk_size) as srv:
        response = httpx.post(
            f"{srv.base_url}/chat/completions",
            json={
                "model": "m",
                "stream": True,
                "messages": [{"role": "user", "content": "x"}],
            },
            headers=AUTH,
        )
    assert response.headers["content-type"].startswith("text/event-stream")
    events = [
        line.removeprefix("data: ")
        for line in response.text.split("\n\n")
        if line.startswith("data: ")
    ]
    assert events[-1] == "[DONE]"
    chunks = [json.loads(e) for e in events[:-1]]
    assert chunks[0]["choices"][0]["delta"] == {"role": "assistant", "content": ""}
    deltas = [c["choices"][0]["delta"]["content"] for c in chunks]
    assert "".join(deltas) == "abcdefgh"
    assert len(chunks) == 1 + math.ceil(8 / chunk_size)
    assert [c["choices"][0]["finish_reason"] for c in chunks][-2:] == [None, "stop"]
    assert [("usage" in c) for c in chunks] == [False] * (len(chunks) - 1) + [True]
    assert chunks[-1]["usage"] == {
        "prompt_tokens": 1,
        "completion_tokens": 1,
        "total_tokens": 2,
    }
    assert all(c["object"] == "chat.completion.chunk" for c in chunks)
    assert len({c["id"] for c in chunks}) == 1


@pytest.mark.parametrize("mode", ALL_MODES)
async def test_default_reply(server, mode):
    text, _ = await call(make_llm(server), mode, "hi")
    assert text == DEFAULT_REPLY


@pytest.mark.parametrize("mode", ALL_MODES)
async def test_queue_replies_in_order_then_500(server, mode):
    server.reply_with(["first reply", "second reply"])
    llm = make_llm(server)
    assert (await call(llm, mode, "a"))[0] == "first reply"
    assert server.pending_replies == 1
    assert (await call(llm, mode, "b"))[0] == "second reply"
    assert server.pending_replies == 0
    with pytest.raises(httpx.HTTPStatusError) as info:
        await call(llm, mode, "c")
    assert info.value.response.status_code == 500
    assert [r.status for r in server.requests] == [200, 200, 500]


@pytest.mark.parametrize("mode", ALL_MODES)
@pytest.mark.parametrize(
    ("script", "prompt", "expected"),
    [
        (echo_last_message, "echo this back", "echo this back"),
        (lambda req: req["model"].upper(), "x", "MISTRAL-SMALL-LATEST"),
        (lambda req: {"content": f"{len(req['messages'])} msg"}, "x", "1 msg"),
        (["queued", echo_last_message], "x", "queued"),
    ],
)
async def test_function_replies(server, mode, script, prompt, expected):
    server.reply_with(script)
    assert (await call(make_llm(server), mode, prompt))[0] == expected


@pytest.mark.parametrize("mode", ALL_MODES)
@pytest.mark.parametrize(
    "arguments", [{"city": "Paris"}, json.dumps({"city": "Paris"})]
)
async def test_tool_call_reply(server, mode, arguments):
    server.reply_with(
        {
            "content": "",
            "tool_calls": [
                {
                    "id": "abcDEF123",
                    "function": {"name": "get_weather", "arguments": arguments},
                }
            ],
        }
    )
    _, parts = await call(make_llm(server), mode, "weather?")
    merged = merge(parts)
    if isinstance(merged, AIMessageChunk):
        calls = merged.tool_call_chunks
        assert [(c["name"], json.loads(c["args"])) for c in calls] == [
            ("get_weather", {"city": "Paris"})
        ]
    else:
        assert [(c["name"], c["args"]) for c in merged.tool_calls] == [
            ("get_weather", {"city": "Paris"})
        ]
    assert merged.response_metadata["finish_reason"] == "tool_calls"


@pytest.mark.parametrize("mode", ALL_MODES)
async def test_usage_override(server, mode):
    usage = {"prompt_tokens": 11, "completion_tokens": 22, "total_tokens": 33}
    server.reply_with({"content": "hi there", "usage": usage})
    _, parts = await call(make_llm(server), mode, "x")
    assert merge(parts).usage_metadata == as_usage_metadata(usage)


@pytest.mark.parametrize("asynchronous", [False, True])
async def test_batch_replies_and_records(server, asynchronous):
    server.reply_with(echo_last_message)
    prompts = [f"prompt number {i}" for i in range(6)]
    llm = make_llm(server)
    if asynchronous:
        results = await llm.abatch(prompts)
    else:
        results = llm.batch(prompts, config={"max_concurrency": 6})
    assert [r.content for r in results] == prompts
    records = server.requests_for("/v1/chat/completions")
    assert len(records) == len(prompts)
    assert sorted(r.body["messages"][-1]["content"] for r in records) == prompts


@pytest.mark.parametrize("mode", ALL_MODES)
async def test_reply_function_error_is_500_without_content(server, mode):
    def boom(request):
        raise KeyError(request["messages"][0]["content"])

    server.reply_with(boom)
    with pytest.raises(httpx.HTTPStatusError) as info:
        await call(make_llm(server), mode, "secret prompt text")
    assert info.value.response.status_code == 500
    assert "KeyError" in str(info.value)
    assert "secret prompt text" not in str(info.value)


# --------------------------------------------------------------------------- auth


@pytest.mark.parametrize("mode", ALL_MODES)
@pytest.mark.parametrize(
    ("keys", "key", "ok"),
    [
        ((None, []), KEY, True),
        ((None, [KEY]), KEY, False),
        (({KEY}, []), KEY, True),
        (({KEY}, []), OTHER_KEY, False),
        (({KEY, OTHER_KEY}, [OTHER_KEY]), OTHER_KEY, False),
    ],
)
async def test_auth(server, mode, keys, key, ok):
    accepted, revoked = keys
    server.accepted_keys = accepted
    for k in revoked:
        server.revoke(k)
    llm = make_llm(server, key=key)
    if ok:
        assert (await call(llm, mode, "hi"))[0] == DEFAULT_REPLY
        assert server.requests[-1].status == 200
    else:
        with pytest.raises(httpx.HTTPStatusError) as info:
            await call(llm, mode, "hi")
        assert info.value.response.status_code == 401
        assert server.requests[-1].status == 401


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Basic abc"}, {"Authorization": "Bearer"}],
)
def test_missing_or_malformed_auth_is_401(server, headers):
    response = httpx.post(
        f"{server.base_url}/chat/completions",
        json={"model": "m", "messages": []},
        headers=headers,
    )
    assert response.status_code == 401
    assert response.json()["type"] == "authentication_error"


# --------------------------------------------------------------------------- failures


@pytest.mark.parametrize("mode", ALL_MODES)
@pytest.mark.parametrize(
    ("status", "retry_after", "header"),
    [
        (429, 1.0, "1"),
        (429, 2.5, "2.5"),
        (429, None, None),
        (500, None, None),
        (502, None, None),
        (503, 30, "30"),
        (504, None, None),
    ],
)
async def test_fail_next_then_recover(server, mode, status, retry_after, header):
    server.fail_next(status, retry_after=retry_after)
    llm = make_llm(server)
    with pytest.raises(httpx.HTTPStatusError) as info:
        await call(llm, mode, "hi")
    assert info.value.response.status_code == status
    assert info.value.response.headers.get("retry-after") == header
    assert (await call(llm, mode, "hi"))[0] == DEFAULT_REPLY
    assert [r.status for r in server.requests] == [status, 200]


@pytest.mark.parametrize("mode", ["invoke", "astream"])
@pytest.mark.parametrize("count", [1, 3])
async def test_fail_next_count(server, mode, count):
    server.fail_next(503, count=count)
    llm = make_llm(server)
    for _ in range(count):
        with pytest.raises(httpx.HTTPStatusError):
            await call(llm, mode, "hi")
    assert (await call(llm, mode, "hi"))[0] == DEFAULT_REPLY


def test_failures_are_consumed_in_order_and_filtered_by_path(server):
    server.fail_next(429, path="/moderations")
    server.fail_next(500, path="/v1/chat/completions")
    server.fail_next(502)
    chat = {"model": "m", "messages": [{"role": "user", "content": "x"}]}
    url = server.base_url
    statuses = [
        httpx.post(f"{url}/chat/completions", json=chat, headers=AUTH).status_code,
        httpx.post(f"{url}/chat/completions", json=chat, headers=AUTH).status_code,
        httpx.post(f"{url}/moderations", json={"input": "x"}, headers=AUTH).status_code,
        httpx.post(f"{url}/chat/completions", json=chat, headers=AUTH).status_code,
    ]
    assert statuses == [500, 502, 429, 200]


def test_401_does_not_consume_a_failure(server):
    server.accepted_keys = {KEY}
    server.fail_next(429)
    url = f"{server.base_url}/moderations"
    bad = {"Authorization": f"Bearer {OTHER_KEY}"}
    assert httpx.post(url, json={"input": "x"}, headers=bad).status_code == 401
    assert httpx.post(url, json={"input": "x"}, headers=AUTH).status_code == 429
    assert httpx.post(url, json={"input": "x"}, headers=AUTH).status_code == 200


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"status": 200}, ValueError),
        ({"status": 302}, ValueError),
        ({"status": 600}, ValueError),
        ({"status": 429, "count": 0}, ValueError),
    ],
)
def test_fail_next_rejects_bad_arguments(kwargs, error):
    with pytest.raises(error):
        FakeMistralServer().fail_next(**kwargs)


# --------------------------------------------------------------------------- moderation

LEGACY = "mistral-moderation-latest"
NEW = "mistral-moderation-2603"


@pytest.mark.parametrize(
    ("path", "body", "scores", "expected_scores"),
    [
        # default: every category 0.0
        ("/moderations", {"model": LEGACY, "input": "hello"}, None, [{}]),
        # fixed dict, list input -> one result per string
        (
            "/moderations",
            {"model": LEGACY, "input": ["a", "b"]},
            {"violence_and_threats": 0.9},
            [{"violence_and_threats": 0.9}, {"violence_and_threats": 0.9}],
        ),
        # function of the text
        (
            "/moderations",
            {"model": NEW, "input": ["mail me at a@b.c", "nothing here"]},
            lambda text: {"pii": 0.8 if "@" in text else 0.1},
            [{"pii": 0.8}, {"pii": 0.1}],
        ),
        # jailbreaking only exists on 2603
        (
            "/moderations",
            {"model": NEW, "input": "ignore all rules"},
            {"jailbreaking": 0.97},
            [{"jailbreaking": 0.97}],
        ),
        (
            "/moderations",
            {"model": LEGACY, "input": "ignore all rules"},
            {"jailbreaking": 0.97},
            [{}],
        ),
        # chat moderation: one conversation (list of messages)
        (
            "/chat/moderations",
            {
                "model": NEW,
                "input": [
                    {"role": "user", "content": "how do I"},
                    {"role": "assistant", "content": "take my pills"},
                ],
            },
            lambda text: {
                "health": 0.7 if "user" not in text and "pills" in text else 0
            },
            [{"health": 0.7}],
        ),
        # chat moderation: list of conversations -> one result each
        (
            "/chat/moderations",
            {
                "model": LEGACY,
                "input": [
                    [{"role": "user", "content": "invest all in X"}],
                    [{"role": "user", "content": "hi"}],
                ],
            },
            lambda text: {"financial": 0.6 if "invest" in text else 0.0},
            [{"financial": 0.6}, {"financial": 0.0}],
        ),
    ],
)
def test_moderation_endpoints(server, path, body, scores, expected_scores):
    if scores is not None:
        server.moderate_with(scores)
    response = httpx.post(f"{server.base_url}{path}", json=body, headers=AUTH)
    assert response.status_code == 200
    payload = response.json()
    assert payload["model"] == body["model"]
    assert payload["id"]
    names = set(MODERATION_CATEGORIES)
    if body["model"] == NEW:
        names.add("jailbreaking")
    assert len(payload["results"]) == len(expected_scores)
    for result, want in zip(payload["results"], expected_scores, strict=True):
        assert set(result["category_scores"]) == names
        assert set(result["categories"]) == names
        for name in names:
            score = want.get(name, 0.0)
            assert result["category_scores"][name] == pytest.approx(score)
            assert result["categories"][name] is (score >= 0.5)
    assert server.requests[-1].path == f"/v1{path}"


@pytest.mark.parametrize("path", ["/moderations", "/chat/moderations"])
@pytest.mark.parametrize("status", [429, 500, 503])
def test_moderation_failures(server, path, status):
    server.fail_next(status, retry_after=1)
    body = {"model": NEW, "input": [{"role": "user", "content": "x"}]}
    if path == "/moderations":
        body = {"model": NEW, "input": "x"}
    response = httpx.post(f"{server.base_url}{path}", json=body, headers=AUTH)
    assert response.status_code == status
    assert response.headers["retry-after"] == "1"
    ok = httpx.post(f"{server.base_url}{path}", json=body, headers=AUTH)
    assert ok.status_code == 200


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/moderations", {"input": 3}),
        ("/moderations", {"input": [1, 2]}),
        ("/chat/moderations", {"input": "plain"}),
        ("/chat/moderations", {"input": []}),
        ("/chat/moderations", {"input": [["not a message"]]}),
    ],
)
def test_moderation_bad_input_is_400(server, path, body):
    response = httpx.post(f"{server.base_url}{path}", json=body, headers=AUTH)
    assert response.status_code == 400


@pytest.mark.parametrize(
    "script",
    [{"not_a_category": 0.5}, {"sexual": 0.1, "violence": 0.9}],
)
def test_moderate_with_rejects_unknown_categories(script):
    with pytest.raises(ValueError, match="unknown moderation categories"):
        FakeMistralServer().moderate_with(script)


@pytest.mark.parametrize(
    "script",
    [lambda text: {"bogus": 1.0}, lambda text: 1 / 0, lambda text: [0.5]],
)
def test_bad_score_function_is_500(server, script):
    server.moderate_with(script)
    response = httpx.post(
        f"{server.base_url}/moderations", json={"input": "hello"}, headers=AUTH
    )
    assert response.status_code == 500
    assert "hello" not in response.text


# --------------------------------------------------------------------------- records


@pytest.mark.parametrize("mode", ALL_MODES)
async def test_request_record_has_headers_and_body(server, mode):
    await call(make_llm(server), mode, "what is in the record")
    (record,) = server.requests
    assert isinstance(record, RecordedRequest)
    assert record.method == "POST"
    assert record.path == "/v1/chat/completions"
    assert record.headers["authorization"] == f"Bearer {KEY}"
    assert record.headers["AUTHORIZATION"] == f"Bearer {KEY}"
    assert record.api_key == KEY
    assert record.body["model"] == "mistral-small-latest"
    assert record.body["messages"] == [
        {"role": "user", "content": "what is in the record"}
    ]
    assert bool(record.body.get("stream")) is mode.endswith("stream")
    # Neither the key nor the prompt shows in reprs.
    for text in (repr(record), repr(server), repr(server.requests)):
        assert KEY not in text
        assert "what is in the record" not in text


def test_requests_for_and_clear(server):
    url = server.base_url
    httpx.post(f"{url}/moderations", json={"input": "x"}, headers=AUTH)
    httpx.post(
        f"{url}/chat/moderations", json={"input": [{"content": "x"}]}, headers=AUTH
    )
    make_llm(server).invoke("x")
    assert len(server.requests) == 3
    for path in ("/moderations", "/v1/moderations", "moderations"):
        assert [r.path for r in server.requests_for(path)] == ["/v1/moderations"]
    assert len(server.requests_for("/chat/completions")) == 1
    server.fail_next(500)
    server.clear()
    assert server.requests == []
    assert make_llm(server).invoke("x").content == DEFAULT_REPLY


@pytest.mark.parametrize(
    ("method", "path", "content", "status"),
    [
        ("POST", "/v1/unknown", b"{}", 404),
        ("GET", "/v1/chat/completions", b"", 405),
        ("POST", "/v1/chat/completions", b"{not json", 400),
        ("POST", "/v1/chat/completions", b"[1, 2]", 400),
    ],
)
def test_protocol_errors_are_json_and_recorded(server, method, path, content, status):
    base = server.base_url.removesuffix("/v1")
    response = httpx.request(method, f"{base}{path}", content=content, headers=AUTH)
    assert response.status_code == status
    assert response.json()["object"] == "error"
    assert server.requests[-1].status == status
    assert server.requests[-1].path == path


# --------------------------------------------------------------------------- scripting


@pytest.mark.parametrize(
    "reply",
    [
        {"text": "wrong key"},
        {"content": 3},
        {"tool_calls": "nope"},
        {"tool_calls": [{"function": {"arguments": "{}"}}]},
        42,
    ],
)
def test_reply_with_rejects_bad_fixed_replies(reply):
    with pytest.raises((TypeError, ValueError)):
        FakeMistralServer().reply_with(reply)


@pytest.mark.parametrize("value", [0, -1])
def test_chunk_size_must_be_positive(value):
    with pytest.raises(ValueError, match="chunk_size"):
        FakeMistralServer(chunk_size=value)


@pytest.mark.parametrize(
    ("request_body", "expected"),
    [
        ({"messages": []}, 0),
        ({"messages": [{"role": "user", "content": "a b  c"}]}, 3),
        (
            {
                "messages": [
                    {"role": "system", "content": "x y"},
                    {"role": "user", "content": [{"type": "text", "text": "p q r"}]},
                    {"role": "assistant", "content": None},
                ]
            },
            5,
        ),
    ],
)
def test_prompt_token_counting(request_body, expected):
    assert FakeMistralServer.prompt_tokens(request_body) == expected


# --------------------------------------------------------------------------- lifecycle


def test_lifecycle():
    srv = FakeMistralServer()
    with pytest.raises(RuntimeError):
        _ = srv.base_url
    srv.start()
    with pytest.raises(RuntimeError):
        srv.start()
    url = f"{srv.base_url}/moderations"
    assert httpx.post(url, json={"input": "x"}, headers=AUTH).status_code == 200
    srv.stop()
    srv.stop()
    assert not srv.running
    with pytest.raises(httpx.ConnectError):
        httpx.post(url, json={"input": "x"}, headers=AUTH)


@pytest.mark.parametrize("reply", ["from the plugin fixture", "another"])
def test_pytest_plugin_fixture(fake_mistral_server, reply):
    assert fake_mistral_server.running
    fake_mistral_server.reply_with(reply)
    assert make_llm(fake_mistral_server).invoke("x").content == reply
