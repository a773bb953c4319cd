"""Joined stream == invoke for the guarded model, for any chunking (hypothesis).

The fake server splits its answer into ``chunk_size``-character SSE chunks; the
guarded model must give the same text whether streamed or invoked, with the
redactor's hold-back window and the masker's placeholder restorer in play.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from langchain_core.messages import AIMessage, AIMessageChunk
from langchain_core.outputs import ChatGenerationChunk
from model_helpers import CANARY, CARD, EMAIL, PHONE, SECRET, guarded, leaks_in

from langchain_mistral_secure import OutputRedactor, PIIMasker
from langchain_mistral_secure._guard_call import GuardedCall
from langchain_mistral_secure._guard_stream import GuardedStream
from langchain_mistral_secure.testing import FakeMistralServer
from langchain_mistral_secure.testing.fake_mistral import echo_last_message

PIECES = [
    "Hello",
    " ",
    "world. ",
    "\n",
    "x",
    "<",
    ">",
    "<EMAIL_",
    "[EMAIL]",
    EMAIL,
    PHONE,
    CARD,
    SECRET,
    CANARY,
    "Ünïcödé ",
    "a.b@",
]

# Pieces are separated (a value glued to a word, or a card one space after a
# phone number, is a detector question, not a streaming one); the separators
# vary so emit points land everywhere.
texts = st.lists(
    st.tuples(st.sampled_from(PIECES), st.sampled_from(["\n", ", ", ". ", " - "])),
    min_size=1,
    max_size=12,
).map(lambda items: "".join(piece + sep for piece, sep in items))
chunk_sizes = st.integers(min_value=1, max_value=40)
SETTINGS = settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


def joined(chunks: list[Any]) -> str:
    return "".join(chunk.text for chunk in chunks)


def test_stream_equals_invoke_for_any_chunking():
    with FakeMistralServer() as server:
        llm = guarded(server)
        reference = OutputRedactor(canaries=[CANARY])

        @SETTINGS
        @given(text=texts, size=chunk_sizes)
        def check(text: str, size: int) -> None:
            server.reply_with(text)
            server.chunk_size = size
            whole = llm.invoke("q").text
            assert joined(list(llm.stream("q"))) == whole
            assert whole == reference.invoke(text)
            assert leaks_in(whole) == []

        check()
        assert len(server.requests_for("/v1/chat/completions")) >= 2 * 10


async def test_astream_equals_ainvoke_for_any_chunking():
    with FakeMistralServer() as server:
        llm = guarded(server)
        seen: list[tuple[str, str]] = []

        @SETTINGS
        @given(text=texts, size=chunk_sizes)
        def record(text: str, size: int) -> None:
            seen.append((text, size))

        record()
        for text, size in seen:
            server.reply_with(text)
            server.chunk_size = size
            whole = (await llm.ainvoke("q")).text
            streamed = [c async for c in llm.astream("q")]
            assert joined(streamed) == whole


def test_masked_stream_equals_invoke_for_any_chunking():
    # The server echoes the masked input, so its answer is full of
    # placeholders that the stream splits anywhere.
    with FakeMistralServer(reply=echo_last_message) as server:
        llm = guarded(server, masker=PIIMasker())

        @SETTINGS
        @given(text=texts, size=chunk_sizes)
        def check(text: str, size: int) -> None:
            server.chunk_size = size
            whole = llm.invoke(text).text
            assert joined(list(llm.stream(text))) == whole
            sent = server.requests_for("/v1/chat/completions")[-1].body
            assert EMAIL not in repr(sent)

        check()
        # Every example made its two calls (the property really ran).
        assert len(server.requests_for("/v1/chat/completions")) >= 2 * 10


# ------------------------------------------------ thinking blocks (list content)

THINKING = f"The user is {EMAIL}; the card {CARD} is on file."


@SETTINGS
@given(size=chunk_sizes)
def test_thinking_blocks_are_redacted_for_any_chunking(size):
    # FakeMistralServer answers with text content only, so list content with
    # thinking blocks (Magistral) is fed to the model's stream state directly.
    call = GuardedCall(
        sanitizer=None,
        masker=None,
        redactor=OutputRedactor(),
        moderation=None,
        config=None,
    )
    stream = GuardedStream(call)
    out: list[ChatGenerationChunk] = []
    pieces = [THINKING[i : i + size] for i in range(0, len(THINKING), size)]
    for piece in pieces:
        block = {"type": "thinking", "thinking": [{"type": "text", "text": piece}]}
        out.extend(stream.feed(ChatGenerationChunk(message=AIMessageChunk([block]))))
    out.extend(stream.feed(ChatGenerationChunk(message=AIMessageChunk(f"Hi {EMAIL}"))))
    out.extend(stream.finish())
    merged = out[0].message
    for chunk in out[1:]:
        merged = merged + chunk.message
    assert leaks_in([c.message for c in out]) == []
    whole = call.answer(
        AIMessageChunk(
            [
                {"type": "thinking", "thinking": [{"type": "text", "text": THINKING}]},
                f"Hi {EMAIL}",
            ]
        )
    )
    assert leaks_in(whole) == []
    assert "[EMAIL]" in repr(whole.content)


# ------------------------------------------- tool-call arguments split anywhere

ARGS = json.dumps({"to": EMAIL, "card": 4111111111111111, "token": SECRET})


def guarded_call(masker: PIIMasker | None) -> GuardedCall:
    call = GuardedCall(
        sanitizer=None,
        masker=masker,
        redactor=OutputRedactor(),
        moderation=None,
        config=None,
    )
    call.prepare([])
    return call


@SETTINGS
@given(size=chunk_sizes, masked=st.booleans())
def test_split_tool_call_arguments_are_checked_whole(size, masked):
    masker = PIIMasker() if masked else None
    call = guarded_call(masker)
    stream = GuardedStream(call)
    out: list[ChatGenerationChunk] = []
    for start in range(0, len(ARGS), size):
        piece = ARGS[start : start + size]
        first = start == 0
        chunk = AIMessageChunk(
            content="",
            tool_call_chunks=[
                {
                    "name": "send" if first else None,
                    "id": "c1" if first else None,
                    "args": piece,
                    "index": 0,
                }
            ],
            additional_kwargs={
                "tool_calls": [
                    {
                        "index": 0,
                        "id": "c1" if first else None,
                        "function": {
                            "name": "send" if first else None,
                            "arguments": piece,
                        },
                    }
                ]
            },
        )
        out.extend(stream.feed(ChatGenerationChunk(message=chunk)))
    out.extend(stream.finish())
    assert leaks_in([c.message for c in out]) == []
    merged = out[0].message
    for chunk in out[1:]:
        merged = merged + chunk.message
    args = merged.tool_calls[0]["args"]
    whole = call.answer(
        AIMessage(
            content="",
            tool_calls=[{"name": "send", "args": json.loads(ARGS), "id": "c1"}],
        )
    )
    assert args == whole.tool_calls[0]["args"]
    if masked:
        assert args["to"] == "<EMAIL_1>"
        assert masker is not None
        assert masker.restore_text(args["to"], call.session) == EMAIL
    else:
        assert args["to"] == "[EMAIL]"
