"""Streams start with text, not with empty chunks, and sum to the same message."""

from __future__ import annotations

import pytest
from langchain_mistralai import ChatMistralAI

from langchain_mistral_secure import OutputRedactor, secure_chat_mistralai
from langchain_mistral_secure.testing import FakeMistralServer

SHORT = "Hello, write to jane.doe@example.com and we answer within a day. " * 3
LONG = "All good here, nothing to hide in this sentence at all. " * 40


def _sum(chunks):  # type: ignore[no-untyped-def]
    total = chunks[0]
    for chunk in chunks[1:]:
        total = total + chunk
    return total


@pytest.mark.parametrize("reply", [SHORT, LONG], ids=["short", "long"])
@pytest.mark.parametrize("size", [1, 4, 50])
def test_redactor_stream_has_no_empty_chunks(reply, size):
    with FakeMistralServer(reply=reply) as server:
        server.chunk_size = size
        model = ChatMistralAI(api_key="test-key", base_url=server.base_url)
        chunks = list((model | OutputRedactor()).stream("hi"))
        invoked = OutputRedactor().invoke(model.invoke("hi"))
    assert all(chunk.content for chunk in chunks)
    total = _sum(chunks)
    assert total.content == invoked.content
    assert total.usage_metadata == invoked.usage_metadata
    assert total.response_metadata.get("finish_reason") == "stop"


@pytest.mark.parametrize("reply", [SHORT, LONG], ids=["short", "long"])
async def test_guarded_model_stream_has_no_empty_chunks(reply):
    with FakeMistralServer(reply=reply) as server:
        server.chunk_size = 4
        model = secure_chat_mistralai(
            "mistral-small-latest",
            keys="test-key",
            base_url=server.base_url,
            guards="default",
        )
        chunks = [chunk async for chunk in model.astream("hi")]
    # LangChain itself closes every stream with an empty chunk marked "last".
    body = [c for c in chunks if c.chunk_position != "last"]
    assert all(chunk.content for chunk in body)
    assert "jane.doe@example.com" not in "".join(str(c.content) for c in chunks)
