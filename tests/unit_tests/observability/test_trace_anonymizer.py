"""TraceAnonymizer: a LangSmith anonymizer from our detectors, failing closed.

The end-to-end tests trace a real chain (SafePromptTemplate | ChatMistralAI on
FakeMistralServer | parser) with a real ``langsmith.Client`` that uploads to a
capture server on 127.0.0.1, and look at every byte the client sent.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from typing import Any

import langsmith
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from langchain_core.output_parsers import StrOutputParser
from langchain_core.tracers import LangChainTracer
from langchain_mistralai import ChatMistralAI

from langchain_mistral_secure import SafePromptTemplate
from langchain_mistral_secure.detection.engine import Finding
from langchain_mistral_secure.observability import (
    TraceAnonymizer,
    secure_langsmith_client,
)
from langchain_mistral_secure.testing import FakeMistralServer
from langchain_mistral_secure.testing.langsmith_capture import LangSmithCaptureServer

EMAIL = "jane.doe@example.org"
PHONE = "+33 6 12 34 56 78"
CARD = "4111 1111 1111 1111"
GITHUB_TOKEN = "ghp_Fq3Jk9LmN2pQ7rS5tV8wX1yZ4aB6cD0eF2gH"  # pragma: allowlist secret
CANARY = "canary-5f2e9a0b1c2d3e4f"
PLANTED = (EMAIL, PHONE, CARD, GITHUB_TOKEN, CANARY)


@pytest.mark.parametrize(
    ("payload", "expected"),
    [
        ({"q": f"write to {EMAIL}"}, {"q": "write to [EMAIL]"}),
        (
            {"messages": [[{"content": f"call {PHONE}"}]]},
            {"messages": [[{"content": "call [PHONE]"}]]},
        ),
        ({EMAIL: "key"}, {"[EMAIL]": "key"}),
        ({EMAIL: 1, "bob@example.com": 2}, {"[EMAIL]": 1, "[EMAIL]#2": 2}),
        ({"args": 4111111111111111}, {"args": "[CREDIT_CARD]"}),
        # Integral floats and int dict keys are numbers a card can hide in.
        ({"args": 4111111111111111.0}, {"args": "[CREDIT_CARD]"}),
        ({"by_card": {4111111111111111: "x"}}, {"by_card": {"[CREDIT_CARD]": "x"}}),
        (
            {"e": {EMAIL: 1, "x@example.org": 2, "y@example.org": 3}},
            {"e": {"[EMAIL]": 1, "[EMAIL]#2": 2, "[EMAIL]#3": 3}},
        ),
        (
            {"count": 3, "ok": True, "none": None, "f": 1.5},
            {"count": 3, "ok": True, "none": None, "f": 1.5},
        ),
        ({"t": (EMAIL, 1)}, {"t": ["[EMAIL]", 1]}),
        ({"b": EMAIL.encode()}, {"b": "[EMAIL]"}),
        (
            {"auth": "Authorization: Bearer abcdef123456"},  # pragma: allowlist secret
            {"auth": "Authorization: Bearer [REDACTED]"},
        ),
        ({"token": GITHUB_TOKEN}, {"token": "[GITHUB_TOKEN]"}),
        (
            {"mistral_secure_canary": "anything"},
            {"mistral_secure_canary": "[REDACTED]"},
        ),
    ],
)
def test_payload_shapes(payload: dict[str, Any], expected: dict[str, Any]) -> None:
    assert TraceAnonymizer()(payload) == expected


def test_benign_strings_pass_unchanged() -> None:
    text = "Benign text: café, 42 apples, naïve résumé."
    out = TraceAnonymizer()({"a": [text]})
    assert out["a"][0] is text


def test_canaries_and_system_prompt_from_the_template() -> None:
    system = "You are the invoice assistant for ACME and never discuss other topics."
    prompt = SafePromptTemplate.from_system(system, canary=CANARY)
    anonymize = TraceAnonymizer.from_template(prompt)
    out = json.dumps(anonymize({"o": f"{CANARY}: {system}"}))
    assert CANARY not in out
    assert "invoice assistant for ACME" not in out
    assert "[CANARY]" in out


class _Exploding:
    max_match_len = 8

    def detect(self, text: str) -> list[Finding]:
        msg = f"boom on {text}"
        raise RuntimeError(msg)


class _Unprintable:
    def __str__(self) -> str:
        raise RuntimeError(EMAIL)


@pytest.mark.parametrize(
    ("anonymizer", "payload", "expected"),
    [
        (
            TraceAnonymizer([_Exploding()]),
            {"q": "hello"},
            {"[REDACTED]": "[REDACTED]"},
        ),
        (
            TraceAnonymizer(max_depth=3),
            {"a": {"b": {"c": {"d": "deep benign"}}}},
            {"a": {"b": {"c": {"d": "[REDACTED]"}}}},
        ),
        (TraceAnonymizer(), {"x": _Unprintable()}, {"x": "[REDACTED]"}),
        (TraceAnonymizer(), "not a dict", {"value": "not a dict"}),
    ],
    ids=["detector-error", "too-deep", "unprintable", "not-a-dict"],
)
def test_fails_closed(anonymizer: TraceAnonymizer, payload: Any, expected: Any) -> None:
    assert anonymizer(payload) == expected


_JSON = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=20)),
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.text(max_size=8), inner, max_size=4),
    ),
    max_leaves=20,
)


def _plant(tree: Any, where: int) -> Any:
    if isinstance(tree, dict):
        return {
            **{k: _plant(v, where) for k, v in tree.items()},
            f"k{where}": f"mail {EMAIL} now",
        }
    if isinstance(tree, list):
        return [*(_plant(v, where) for v in tree), f"{GITHUB_TOKEN}"]
    return {"leaf": tree, "planted": f"{CARD} and {EMAIL}"}


@settings(max_examples=60, deadline=None)
@given(tree=_JSON, where=st.integers(0, 3))
def test_planted_values_never_survive_any_nesting(tree: Any, where: int) -> None:
    out = json.dumps(
        TraceAnonymizer()({"inputs": _plant(tree, where)}), ensure_ascii=False
    )
    for value in (EMAIL, CARD, GITHUB_TOKEN):
        assert value not in out


# ------------------------------------------------------ a real LangSmith client


@pytest.fixture
def fake_model_server() -> Iterator[FakeMistralServer]:
    reply = (
        f"Sure. Write to {EMAIL} or call {PHONE}; card {CARD}; "
        f"token {GITHUB_TOKEN}; marker {CANARY}."
    )
    with FakeMistralServer(reply=reply, chunk_size=7) as server:
        yield server


def _chain(server: FakeMistralServer) -> Any:
    prompt = SafePromptTemplate.from_system("You answer questions.", canary=CANARY)
    llm = ChatMistralAI(base_url=server.base_url, api_key="test-key")
    return prompt, prompt | llm | StrOutputParser()


def _question() -> dict[str, str]:
    return {"question": f"I am {EMAIL}, {PHONE}, card {CARD}, token {GITHUB_TOKEN}"}


def _client(capture: LangSmithCaptureServer, anonymizer: Any) -> Any:
    if anonymizer is None:
        client = langsmith.Client(api_url=capture.base_url, api_key="test-key")
    else:
        client = secure_langsmith_client(
            anonymizer, api_url=capture.base_url, api_key="test-key"
        )
    if capture.zstd:
        # The client switches compression on from its background thread.
        # Bounded: if it never does, the zstd assertion of the test fails.
        idle = threading.Event()
        for _ in range(500):
            if client.compressed_traces is not None:
                break
            idle.wait(0.02)
    return client


CAPTURE_MODES = [
    pytest.param({"zstd": False, "multipart": True}, id="multipart"),
    pytest.param({"zstd": True, "multipart": True}, id="multipart-zstd"),
    pytest.param({"zstd": False, "multipart": False}, id="json-batch"),
]


@pytest.mark.parametrize("mode", CAPTURE_MODES)
async def test_traced_chain_uploads_nothing_planted(
    fake_model_server: FakeMistralServer, mode: dict[str, bool]
) -> None:
    with LangSmithCaptureServer(**mode) as capture:
        prompt, chain = _chain(fake_model_server)
        client = _client(capture, TraceAnonymizer.from_template(prompt))
        tracer = LangChainTracer(client=client, project_name="anonymizer-test")
        config = {"callbacks": [tracer]}
        chain.invoke(_question(), config=config)
        "".join(chain.stream(_question(), config=config))
        await chain.ainvoke(_question(), config=config)
        [c async for c in chain.astream(_question(), config=config)]
        tracer.wait_for_futures()
        client.flush()
        text = capture.payload_text()
    assert capture.run_requests
    encodings = {r.headers.get("content-encoding") for r in capture.run_requests}
    assert ("zstd" in encodings) == mode["zstd"]
    assert "[EMAIL]" in text  # the runs, redacted, did reach the server
    assert "ChatMistralAI" in text
    leaked = [value for value in PLANTED if value in text]
    assert leaked == []


def test_without_the_anonymizer_the_capture_sees_everything(
    fake_model_server: FakeMistralServer,
) -> None:
    # The control: proves the capture would catch a leak.
    with LangSmithCaptureServer() as capture:
        _, chain = _chain(fake_model_server)
        client = _client(capture, None)
        tracer = LangChainTracer(client=client, project_name="anonymizer-test")
        chain.invoke(_question(), config={"callbacks": [tracer]})
        tracer.wait_for_futures()
        client.flush()
        text = capture.payload_text()
    assert [value for value in PLANTED if value in text] == list(PLANTED)


async def test_traceable_functions_and_errors_are_anonymized() -> None:
    with LangSmithCaptureServer() as capture:
        client = secure_langsmith_client(api_url=capture.base_url, api_key="test-key")

        @langsmith.traceable(client=client, name="lookup")
        def lookup(customer: str) -> dict[str, str]:
            if "fail" in customer:
                msg = f"no customer {EMAIL}"
                raise LookupError(msg)
            return {"email": EMAIL, "card": CARD}

        @langsmith.traceable(client=client, name="alookup")
        async def alookup(customer: str) -> dict[str, str]:
            return {"phone": PHONE, "customer": customer}

        with langsmith.tracing_context(enabled=True, client=client):
            lookup(f"find {EMAIL}")
            await alookup(f"find {GITHUB_TOKEN}")
            with pytest.raises(LookupError):
                lookup("fail")
        client.flush()
        text = capture.payload_text()
    assert "lookup" in text
    assert "LookupError" in text
    assert [value for value in PLANTED if value in text] == []


def test_a_plain_client_anonymizes_all_but_prompt_manifests(
    fake_model_server: FakeMistralServer,
) -> None:
    # Why secure_langsmith_client exists: LangSmith uploads the manifest
    # ("serialized") of prompt and LLM runs without its anonymizer, and a
    # SafePromptTemplate's manifest holds its canary.
    with LangSmithCaptureServer() as capture:
        prompt, chain = _chain(fake_model_server)
        client = langsmith.Client(
            api_url=capture.base_url,
            api_key="test-key",
            anonymizer=TraceAnonymizer.from_template(prompt),
        )
        tracer = LangChainTracer(client=client, project_name="anonymizer-test")
        chain.invoke(_question(), config={"callbacks": [tracer]})
        tracer.wait_for_futures()
        client.flush()
    parts = [p for r in capture.run_requests for p in r.parts]
    leaking = {
        name.rsplit(".", 1)[-1] for name, body in parts if CANARY.encode() in body
    }
    assert leaking <= {"serialized"}
    others = "\n".join(b.decode() for _, b in parts)
    assert [v for v in PLANTED if v != CANARY and v in others] == []


async def test_a_guarded_model_reports_only_redacted_outputs_to_any_tracer(
    fake_model_server: FakeMistralServer,
) -> None:
    # No anonymizer at all: what the guarded model reports as its output is
    # already redacted, so even a plain client's output parts hold no PII.
    from langchain_mistral_secure.model import SecureChatMistralAI  # noqa: PLC0415

    llm = SecureChatMistralAI(base_url=fake_model_server.base_url, api_key="test-key")
    with LangSmithCaptureServer() as capture:
        client = langsmith.Client(api_url=capture.base_url, api_key="test-key")
        tracer = LangChainTracer(client=client, project_name="guarded")
        llm.invoke("hello", config={"callbacks": [tracer]})
        "".join(c.text for c in llm.stream("hello", config={"callbacks": [tracer]}))
        await llm.ainvoke("hello", config={"callbacks": [tracer]})
        tracer.wait_for_futures()
        client.flush()
    outputs = [
        body.decode()
        for r in capture.run_requests
        for name, body in r.parts
        if name.endswith(".outputs") and b"generations" in body
    ]
    assert len(outputs) == 3
    assert all("[EMAIL]" in text for text in outputs)
    assert [
        v for v in (EMAIL, PHONE, CARD, GITHUB_TOKEN) if v in "".join(outputs)
    ] == []
