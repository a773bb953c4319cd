"""The guarded model streams early and still equals invoke (FakeMistralServer).

The real ``ChatMistralAI`` client talks HTTP to the fake server on 127.0.0.1,
which splits its answer into ``chunk_size``-character SSE chunks.
"""

from __future__ import annotations

from typing import Any

from holdback_corpus import CANARY, PROSE, SYSTEM_PROMPT, adversarial_texts
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from langchain_core.messages import AIMessageChunk
from langchain_core.outputs import ChatGenerationChunk

from langchain_mistral_secure import OutputRedactor, SecureChatMistralAI
from langchain_mistral_secure._guard_call import GuardedCall
from langchain_mistral_secure._guard_stream import GuardedStream
from langchain_mistral_secure.testing import FakeMistralServer

SETTINGS = settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
chunk_sizes = st.integers(min_value=1, max_value=24)


def _redactor(holdback: str = "early") -> OutputRedactor:
    return OutputRedactor(
        canaries=[CANARY],
        system_prompt=SYSTEM_PROMPT,
        holdback=holdback,  # type: ignore[arg-type]
    )


def _model(server: FakeMistralServer, holdback: str = "early") -> SecureChatMistralAI:
    return SecureChatMistralAI(
        base_url=server.base_url,
        api_key="test-key",  # pragma: allowlist secret
        model="mistral-small-latest",
        max_retries=1,
        timeout=10,
        redactor=_redactor(holdback),
    )


def _joined(chunks: list[Any]) -> str:
    return "".join(chunk.text for chunk in chunks)


def test_stream_equals_invoke_for_adversarial_texts() -> None:
    with FakeMistralServer() as server:
        llm = _model(server)
        reference = _redactor()

        @SETTINGS
        @given(text=adversarial_texts, size=chunk_sizes)
        def check(text: str, size: int) -> None:
            server.reply_with(text)
            server.chunk_size = size
            whole = llm.invoke("q").text
            chunks = list(llm.stream("q"))
            assert _joined(chunks) == whole == reference.invoke(text)
            assert CANARY not in _joined(chunks)

        check()
        assert len(server.requests_for("/v1/chat/completions")) >= 2 * 10


async def test_astream_equals_ainvoke_for_adversarial_texts() -> None:
    seen: list[tuple[str, int]] = []

    @SETTINGS
    @given(text=adversarial_texts, size=chunk_sizes)
    def record(text: str, size: int) -> None:
        seen.append((text, size))

    record()
    with FakeMistralServer() as server:
        llm = _model(server)
        for text, size in seen:
            server.reply_with(text)
            server.chunk_size = size
            whole = (await llm.ainvoke("q")).text
            streamed = [chunk async for chunk in llm.astream("q")]
            assert _joined(streamed) == whole


SHORT = (
    "Sure. The office opens at nine and closes at five, Monday through Friday. "
    "Bring your badge, and ask the front desk for a visitor pass if needed."
)


def test_short_answer_streams_in_several_chunks() -> None:
    with FakeMistralServer(reply=SHORT, chunk_size=4) as server:
        early = [c.text for c in _model(server).stream("q") if c.text]
        fixed = [c.text for c in _model(server, "fixed").stream("q") if c.text]
    assert "".join(early) == "".join(fixed) == SHORT
    # The fixed hold (512) is longer than the answer: one chunk at the end.
    assert len(fixed) == 1
    assert len(early) >= len(SHORT) // 32


def _first_text_after(holdback: str, text: str, size: int) -> int:
    """Characters the guarded stream took in before its first text came out."""
    call = GuardedCall(
        sanitizer=None,
        masker=None,
        redactor=_redactor(holdback),
        moderation=None,
        config=None,
    )
    stream = GuardedStream(call)
    for start in range(0, len(text), size):
        piece = AIMessageChunk(content=text[start : start + size])
        out = stream.feed(ChatGenerationChunk(message=piece))
        if any(chunk.text for chunk in out):
            return start + size
    return len(text)


def test_guarded_stream_first_text_arrives_early() -> None:
    text = (PROSE * 50)[:2000]
    early = _first_text_after("early", text, 4)
    fixed = _first_text_after("fixed", text, 4)
    assert early < 64
    assert fixed > 512
