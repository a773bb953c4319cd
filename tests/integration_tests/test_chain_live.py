"""The secured chain against the real Mistral API (skipped without MISTRAL_API_KEY)."""

from __future__ import annotations

import os

import pytest
from langchain_core.messages import AIMessage, AIMessageChunk

from langchain_mistral_secure import (
    InputSanitizer,
    OutputRedactor,
    SafePromptTemplate,
    UsageLoggingHandler,
    secure_chat_mistralai,
)

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(
        not os.environ.get("MISTRAL_API_KEY"), reason="MISTRAL_API_KEY is not set"
    ),
    pytest.mark.allow_hosts(["api.mistral.ai"]),
]


def _chain() -> tuple[object, UsageLoggingHandler]:
    prompt = SafePromptTemplate.from_system("Answer in one short sentence.")
    chain = (
        InputSanitizer()
        | prompt
        | secure_chat_mistralai(model="mistral-small-latest", max_tokens=40)
        | OutputRedactor.from_template(prompt)
    )
    return chain, UsageLoggingHandler()


def test_invoke_records_usage() -> None:
    chain, handler = _chain()
    answer = chain.invoke(  # type: ignore[attr-defined]
        {"question": "What is the capital of France?"},
        config={"callbacks": [handler]},
    )
    assert isinstance(answer, AIMessage)
    assert "paris" in str(answer.content).lower()
    (record,) = [r for r in handler.records if r["event"].endswith("chat_model.end")]
    assert record["input_tokens"] > 0
    assert record["output_tokens"] > 0


async def test_astream_is_redacted_and_complete() -> None:
    chain, handler = _chain()
    chunks = [
        chunk
        async for chunk in chain.astream(  # type: ignore[attr-defined]
            {"question": "Spell the e-mail address jane.doe@example.com back to me."},
            config={"callbacks": [handler]},
        )
    ]
    assert all(isinstance(c, AIMessageChunk) for c in chunks)
    text = "".join(str(c.content) for c in chunks)
    assert "jane.doe@example.com" not in text
