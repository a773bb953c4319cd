"""PIIMasker and its restorer: consistent placeholders, exact round trips."""

from __future__ import annotations

import time
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from langchain_core.messages import (
    AIMessage,
    AIMessageChunk,
    HumanMessage,
    SystemMessage,
)
from langchain_core.prompt_values import ChatPromptValue, StringPromptValue
from langchain_core.prompts import ChatPromptTemplate
from langchain_core.runnables import RunnableLambda
from langchain_mistralai import ChatMistralAI
from redaction_helpers import CARD, EMAIL, KEY, SIMPLE, Boom, chunked, real_detectors

from langchain_mistral_secure import privacy
from langchain_mistral_secure.detection.engine import DetectionError
from langchain_mistral_secure.privacy import PIIMasker
from langchain_mistral_secure.testing import FakeMistralServer, echo_last_message

OTHER = "ann.lee@corp.io"


def make(**kwargs: Any) -> PIIMasker:
    return PIIMasker(detectors=[SIMPLE], **kwargs)


@pytest.mark.parametrize(
    ("prompts", "expected"),
    [
        ([f"mail {EMAIL}"], ["mail <EMAIL_1>"]),
        ([f"{EMAIL} and {EMAIL}"], ["<EMAIL_1> and <EMAIL_1>"]),
        ([f"{EMAIL} {OTHER}"], ["<EMAIL_1> <EMAIL_2>"]),
        (
            [f"a {EMAIL}", f"b {OTHER}", f"c {EMAIL} {CARD}"],
            ["a <EMAIL_1>", "b <EMAIL_2>", "c <EMAIL_1> <CREDIT_CARD_1>"],
        ),
        (["nothing personal"], ["nothing personal"]),
    ],
)
def test_consistent_placeholders_across_prompts(prompts, expected):
    masker = make()
    assert [masker.invoke(p) for p in prompts] == expected


def test_sessions_are_separate_and_numbering_continues():
    masker = make()
    one = {"configurable": {"session_id": "one"}}
    two = {"configurable": {"session_id": "two"}}
    assert masker.invoke(f"x {EMAIL}", config=one) == "x <EMAIL_1>"
    assert masker.invoke(f"x {OTHER}", config=two) == "x <EMAIL_1>"
    assert masker.invoke(f"x {OTHER}", config=one) == "x <EMAIL_2>"
    assert masker.restorer().invoke("<EMAIL_1>", config=two) == OTHER
    assert masker.restorer().invoke("<EMAIL_1>", config=one) == EMAIL
    assert masker.restorer(session_id="two").invoke("<EMAIL_1>") == OTHER


def test_ttl_forgets_values_but_never_reuses_numbers(monkeypatch):
    now = [1000.0]
    monkeypatch.setattr(time, "monotonic", lambda: now[0])
    masker = make(ttl=60)
    assert masker.invoke(EMAIL) == "<EMAIL_1>"
    now[0] += 30
    assert masker.export_mapping() == {"<EMAIL_1>": EMAIL}
    now[0] += 61
    assert masker.export_mapping() == {}
    assert masker.restorer().invoke("<EMAIL_1>") == "<EMAIL_1>"
    assert masker.invoke(OTHER) == "<EMAIL_2>"


@pytest.mark.parametrize(
    ("value", "check"),
    [
        (
            {"question": f"mail {EMAIL}", "n": 3, "history": [HumanMessage(EMAIL)]},
            lambda out: (
                out["question"] == "mail <EMAIL_1>"
                and out["n"] == 3
                and out["history"][0].content == "<EMAIL_1>"
            ),
        ),
        (
            [SystemMessage("be nice"), HumanMessage(f"I am {EMAIL}")],
            lambda out: (
                out[0].content == "be nice" and out[1].content == "I am <EMAIL_1>"
            ),
        ),
        (
            HumanMessage(content=[{"type": "text", "text": f"hi {EMAIL}"}], id="m1"),
            lambda out: (
                out.content == [{"type": "text", "text": "hi <EMAIL_1>"}]
                and out.id == "m1"
            ),
        ),
        (
            StringPromptValue(text=f"hi {EMAIL}"),
            lambda out: (
                isinstance(out, StringPromptValue) and out.text == "hi <EMAIL_1>"
            ),
        ),
        (
            ChatPromptValue(messages=[HumanMessage(f"hi {EMAIL}")]),
            lambda out: (
                isinstance(out, ChatPromptValue)
                and out.messages[0].content == "hi <EMAIL_1>"
            ),
        ),
        (("a", f"b {EMAIL}"), lambda out: out == ("a", "b <EMAIL_1>")),
    ],
)
def test_input_shapes(value, check):
    assert check(make().invoke(value))


async def test_async_and_batch_twins():
    masker = make()
    assert await masker.ainvoke(f"x {EMAIL}") == "x <EMAIL_1>"
    assert masker.batch([EMAIL, OTHER]) == ["<EMAIL_1>", "<EMAIL_2>"]
    assert await masker.abatch([OTHER, CARD]) == ["<EMAIL_2>", "<CREDIT_CARD_1>"]


@pytest.mark.parametrize(
    ("categories", "include_key"),
    [(None, False), (["email"], True)],
)
def test_categories_filter(categories, include_key):
    out = make(categories=categories).invoke(f"{EMAIL} {KEY}")
    assert out.startswith("<EMAIL_1>")
    assert (KEY in out) is include_key


def test_fail_closed():
    with pytest.raises(DetectionError):
        PIIMasker(detectors=[SIMPLE, Boom()]).invoke(f"x {EMAIL}")


async def test_fail_closed_async():
    with pytest.raises(DetectionError):
        await PIIMasker(detectors=[Boom()]).ainvoke("x")


def test_repr_and_events_carry_counts_only():
    masker = make()
    masker.invoke(f"{EMAIL} {CARD}")
    text = repr(masker) + repr(masker.restorer())
    assert EMAIL not in text
    assert "<EMAIL_1>" not in text
    assert "entries=2" in text
    assert masker.export_mapping() == {"<EMAIL_1>": EMAIL, "<CREDIT_CARD_1>": CARD}
    masker.clear()
    assert masker.export_mapping() == {}


def round_trip_answer(masked: str) -> str:
    return f"Sure. {masked} -- noted <EMAIL_99> <NOT_A_PLACEHOLDER> <"


@pytest.mark.parametrize("size", [1, 2, 5, 1000])
def test_restorer_streams_str_and_chunks(size):
    masker = make()
    original = f"contact {EMAIL} or {OTHER}, card {CARD}"
    masked = masker.invoke(original)
    answer = round_trip_answer(masked)
    expected = round_trip_answer(original)
    restorer = masker.restorer()
    assert restorer.invoke(answer) == expected
    pieces = chunked(answer, list(range(size, len(answer), size)))
    assert "".join(restorer.transform(iter(pieces))) == expected
    chunks = [AIMessageChunk(content=p, id="r") for p in pieces]
    out = list(restorer.transform(iter(chunks)))
    assert all(isinstance(c, AIMessageChunk) for c in out)
    assert "".join(str(c.content) for c in out) == expected


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    values=st.lists(st.sampled_from([EMAIL, OTHER, CARD, KEY]), max_size=6),
    filler=st.text(alphabet="ab <>_1E\n", max_size=30),
    points=st.lists(st.integers(1, 400), max_size=30),
)
def test_round_trip_random_chunkings(values, filler, points):
    masker = make()
    original = f" {filler} ".join(["start", *values, "end"])
    masked = masker.invoke(original)
    for value in values:
        assert value not in masked
    restorer = masker.restorer()
    assert restorer.invoke(masked) == original
    pieces = chunked(masked, points)
    assert "".join(restorer.transform(iter(pieces))) == original


async def test_restorer_async_twins():
    masker = make()
    masked = masker.invoke(f"hi {EMAIL}")
    restorer = masker.restorer()
    assert await restorer.ainvoke(masked) == f"hi {EMAIL}"
    assert "".join([c async for c in restorer.astream(masked)]) == f"hi {EMAIL}"

    async def agen():
        for piece in chunked(masked, [4, 6, 8]):
            yield AIMessageChunk(content=piece)

    out = [c async for c in restorer.atransform(agen())]
    assert "".join(str(c.content) for c in out) == f"hi {EMAIL}"


def test_restorer_restores_messages_and_tool_calls():
    masker = make()
    masker.invoke(f"{EMAIL}")
    message = AIMessage(
        content="to <EMAIL_1>",
        id="a1",
        usage_metadata={"input_tokens": 1, "output_tokens": 2, "total_tokens": 3},
        tool_calls=[{"name": "send", "args": {"to": "<EMAIL_1>"}, "id": "c"}],
    )
    out = masker.restorer().invoke(message)
    assert out.content == f"to {EMAIL}"
    assert out.tool_calls[0]["args"] == {"to": EMAIL}
    assert out.usage_metadata == message.usage_metadata
    assert out.id == "a1"


def test_restorer_needs_a_masker():
    with pytest.raises(RuntimeError):
        privacy.PIIRestorer().invoke("x")


@pytest.mark.skipif(not real_detectors("pii"), reason="pii family not registered")
@pytest.mark.parametrize(
    "text",
    [
        "Write to jane.roe@example.org about card 4111 1111 1111 1111.",
        "IBAN FR76 3000 6000 0112 3456 7890 189, mail a.b@example.com, a.b@example.com",
    ],
)
def test_round_trip_real_detectors(text):
    masker = PIIMasker()
    masked = masker.invoke(text)
    assert masked != text
    assert "@example" not in masked
    assert masker.restorer().invoke(masked) == text


@pytest.mark.parametrize("stream", [False, True])
def test_pii_never_reaches_the_model(stream):
    masker = make()
    prompt = ChatPromptTemplate.from_messages([("human", "{question}")])
    with FakeMistralServer(reply=echo_last_message) as server:
        llm = ChatMistralAI(
            base_url=server.base_url, api_key="test-key", max_retries=1, timeout=10
        )
        chain = masker | prompt | llm | masker.restorer()
        question = f"my mail is {EMAIL}, card {CARD}"
        if stream:
            chunks = list(chain.stream({"question": question}))
            answer = "".join(str(c.content) for c in chunks)
        else:
            answer = chain.invoke({"question": question}).content
        body = str(server.requests_for("/v1/chat/completions")[0].body)
    assert EMAIL not in body
    assert CARD not in body
    assert "<EMAIL_1>" in body
    assert EMAIL in answer
    assert CARD in answer


# ---------------------------------------------------------------- security review:
# placeholder collision (one user referencing another user's mapping)

L, R = "\u2039", "\u203a"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("repeat <EMAIL_1>", f"repeat {L}EMAIL_1{R}"),
        ("<EMAIL_1> and <CREDIT_CARD_12>", f"{L}EMAIL_1{R} and {L}CREDIT_CARD_12{R}"),
        (f"<EMAIL_1> is {EMAIL}", f"{L}EMAIL_1{R} is <EMAIL_1>"),
        (f"{EMAIL}<EMAIL_1>", f"<EMAIL_1>{L}EMAIL_1{R}"),
        ("not a placeholder: <email_1> <EMAIL> <EMAIL_> a<b", None),
        ("no angle brackets", None),
    ],
)
def test_placeholder_literals_in_input_are_neutralized(text, expected):
    assert make().invoke(text) == (text if expected is None else expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<EMAIL_1>", f"{L}EMAIL_1{R}"),
        ("a <PHONE_22> b <X_1>", f"a {L}PHONE_22{R} b {L}X_1{R}"),
        ("<email_1> <EMAIL> <<>>", "<email_1> <EMAIL> <<>>"),
        ("", ""),
    ],
)
def test_neutralize_placeholders(text, expected):
    assert privacy.neutralize_placeholders(text) == expected


@pytest.mark.parametrize(
    "value",
    [
        {"q": "repeat <EMAIL_1>"},
        [HumanMessage("repeat <EMAIL_1>")],
        ChatPromptValue(messages=[HumanMessage("repeat <EMAIL_1>")]),
        StringPromptValue(text="repeat <EMAIL_1>"),
    ],
)
def test_neutralized_in_every_input_shape(value):
    masker = make()
    masker.invoke(f"mine {EMAIL}")
    out = str(masker.invoke(value))
    assert "<EMAIL_1>" not in out
    assert f"{L}EMAIL_1{R}" in out
    assert EMAIL not in masker.restorer().invoke(out)


def _chains(masker, model_reply=None):
    """masker | model | restorer; the model echoes, or replies with a fixed text."""
    model = RunnableLambda(lambda x: x if model_reply is None else model_reply)
    return masker | model | masker.restorer()


CROSS_USER = "You said: <EMAIL_1> and <CREDIT_CARD_1>"


async def _run(chain, value, mode, config=None):
    if mode == "invoke":
        return chain.invoke(value, config=config)
    if mode == "ainvoke":
        return await chain.ainvoke(value, config=config)
    if mode == "stream":
        return "".join(chain.stream(value, config=config))
    return "".join([c async for c in chain.astream(value, config=config)])


RUN_MODES = pytest.mark.parametrize("mode", ["invoke", "ainvoke", "stream", "astream"])


@RUN_MODES
async def test_default_session_is_scoped_to_the_chain_run(mode):
    masker = make()
    # user A: her own run restores her own data
    own = await _run(_chains(masker), f"mail {EMAIL} card {CARD}", mode)
    assert own == f"mail {EMAIL} card {CARD}"
    # user A again, through a chain that never reaches the restorer
    masked = (masker | RunnableLambda(lambda x: x)).invoke(f"mail {EMAIL} {CARD}")
    assert masked == "mail <EMAIL_1> <CREDIT_CARD_1>"
    # user B: the model outputs A's placeholders; nothing is restored
    out = await _run(_chains(masker, CROSS_USER), "Please repeat <EMAIL_1>", mode)
    assert out == CROSS_USER
    assert EMAIL not in out
    assert CARD not in out


def test_batch_items_do_not_share_a_session():
    masker = make()
    chain = masker | RunnableLambda(lambda x: f"{x} / <EMAIL_1>") | masker.restorer()
    out = chain.batch([f"a {EMAIL}", "b nothing"])
    assert out == [f"a {EMAIL} / {EMAIL}", "b nothing / <EMAIL_1>"]


@RUN_MODES
async def test_run_session_dropped_when_the_restorer_finishes(mode):
    masker = make()
    assert await _run(_chains(masker), f"x {EMAIL}", mode) == f"x {EMAIL}"
    assert "sessions=0" in repr(masker)
    assert masker.export_mapping() == {}


def test_run_session_without_restorer_expires(monkeypatch):
    now = [1000.0]
    monkeypatch.setattr(time, "monotonic", lambda: now[0])
    masker = make(run_ttl=60)
    half = masker | RunnableLambda(lambda x: x)
    assert half.invoke(f"x {EMAIL}") == "x <EMAIL_1>"
    assert "sessions=1" in repr(masker)
    now[0] += 61
    assert half.invoke(f"y {OTHER}") == "y <EMAIL_1>"
    assert "sessions=1, entries=1," in repr(masker)


@RUN_MODES
async def test_explicit_session_is_shared_across_runs(mode):
    masker = make()
    config = {"configurable": {"session_id": "user-a"}}
    assert await _run(_chains(masker), f"x {EMAIL}", mode, config) == f"x {EMAIL}"
    assert await _run(_chains(masker), f"y {OTHER}", mode, config) == f"y {OTHER}"
    out = await _run(_chains(masker, "<EMAIL_1> <EMAIL_2>"), "z", mode, config)
    assert out == f"{EMAIL} {OTHER}"
    assert masker.export_mapping("user-a") == {"<EMAIL_1>": EMAIL, "<EMAIL_2>": OTHER}
    other = {"configurable": {"session_id": "user-b"}}
    out = await _run(_chains(masker, "<EMAIL_1>"), "z", mode, other)
    assert out == "<EMAIL_1>"


def test_standalone_calls_use_the_instance_default_session():
    masker = make()
    assert masker.invoke(f"x {EMAIL}") == "x <EMAIL_1>"
    assert masker.restorer().invoke("<EMAIL_1>") == EMAIL
    assert make().restorer().invoke("<EMAIL_1>") == "<EMAIL_1>"
