"""ChatMistralAI | OutputRedactor against the fake Mistral server on loopback."""

from __future__ import annotations

import pytest
from langchain_core.messages import AIMessage, AIMessageChunk
from langchain_mistralai import ChatMistralAI
from redaction_helpers import EMAIL, KEY, SIMPLE, real_detectors

from langchain_mistral_secure.redactor import OutputRedactor
from langchain_mistral_secure.testing import FakeMistralServer

REPLY = f"Sure! Write to {EMAIL} and use the key {KEY} for the demo. " * 10


def llm_for(server: FakeMistralServer) -> ChatMistralAI:
    return ChatMistralAI(
        base_url=server.base_url,
        api_key="test-key",  # pragma: allowlist secret
        model="mistral-small-latest",
        max_retries=1,
        timeout=10,
    )


def redactors() -> list[OutputRedactor]:
    found = [OutputRedactor(detectors=[SIMPLE])]
    if len(real_detectors("pii", "secrets", "content")) == 3:
        found.append(OutputRedactor(extra_detectors=[SIMPLE], max_hold=300))
    return found


@pytest.fixture(
    params=redactors(), ids=lambda r: f"detectors={len(r.active_detectors)}"
)
def redactor(request):
    return request.param


@pytest.mark.parametrize("chunk_size", [1, 4, 64])
def test_stream_through_the_real_client(redactor, chunk_size):
    with FakeMistralServer(reply=REPLY, chunk_size=chunk_size) as server:
        chain = llm_for(server) | redactor
        chunks = list(chain.stream("hello"))
        whole = chain.invoke("hello")
    assert all(isinstance(c, AIMessageChunk) for c in chunks)
    merged = chunks[0]
    for c in chunks[1:]:
        merged = merged + c
    assert isinstance(whole, AIMessage)
    assert merged.content == whole.content == redactor.invoke(REPLY)
    assert all(
        EMAIL not in str(c.content) and KEY not in str(c.content) for c in chunks
    )
    assert merged.usage_metadata is not None
    assert merged.usage_metadata["output_tokens"] == len(REPLY.split())
    assert whole.usage_metadata == merged.usage_metadata
    # Output started before the stream ended: several chunks carry text.
    assert sum(1 for c in chunks if c.content) > 1


async def test_astream_through_the_real_client(redactor):
    with FakeMistralServer(reply=REPLY, chunk_size=4) as server:
        chain = llm_for(server) | redactor
        chunks = [c async for c in chain.astream("hello")]
        whole = await chain.ainvoke("hello")
    assert "".join(str(c.content) for c in chunks) == whole.content
    assert EMAIL not in whole.content


def test_tool_call_arguments_from_the_server_are_redacted(redactor):
    reply = {
        "content": "",
        "tool_calls": [
            {
                "function": {
                    "name": "send_mail",
                    "arguments": {"to": EMAIL, "body": "hi"},
                }
            }
        ],
    }
    with FakeMistralServer(reply=reply) as server:
        llm = llm_for(server)
        message = (llm | redactor).invoke("mail someone")
        chunks = list((llm | redactor).stream("mail someone"))
    assert message.tool_calls[0]["args"]["to"] != EMAIL
    assert EMAIL not in str(message.additional_kwargs)
    merged = chunks[0]
    for c in chunks[1:]:
        merged = merged + c
    assert merged.tool_calls[0]["name"] == "send_mail"
    assert EMAIL not in str(merged.tool_calls)
    assert EMAIL not in str(merged.additional_kwargs)
