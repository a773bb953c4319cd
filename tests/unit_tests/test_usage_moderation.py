"""The usage handler records moderation calls like chat calls, without content."""

from __future__ import annotations

import logging

import pytest
from langchain_mistralai import ChatMistralAI

from langchain_mistral_secure.callbacks import (
    MODERATION_CALL_EVENT,
    UsageLoggingHandler,
)
from langchain_mistral_secure.moderation import MistralModerationGuard, ModerationError
from langchain_mistral_secure.testing import FakeMistralServer

KEY = "moderation-test-key-0001"  # pragma: allowlist secret
MARKER = "ZEBRA-MARKER-7731"


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(
    ("scores", "outcome", "flagged"),
    [
        ({}, "pass", []),
        ({"jailbreaking": 0.93}, "blocked", ["jailbreaking"]),
    ],
)
async def test_moderation_calls_are_recorded_without_text(
    mode: str,
    scores: dict[str, float],
    outcome: str,
    flagged: list[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    with FakeMistralServer() as server:
        server.moderate_with(scores)
        server.reply_with(f"answer {MARKER}")
        guard = MistralModerationGuard(keys=KEY, base_url=server.base_url)
        llm = ChatMistralAI(base_url=server.base_url, api_key=KEY, max_retries=0)
        chain = guard | llm
        handler = UsageLoggingHandler()
        config = {"callbacks": [handler]}
        question = f"tell me {MARKER}"

        async def run() -> None:
            if mode == "sync":
                chain.invoke(question, config=config)
            else:
                await chain.ainvoke(question, config=config)

        if outcome == "blocked":
            with pytest.raises(ModerationError):
                await run()
        else:
            await run()
    records = [r for r in handler.records if r["event"] == MODERATION_CALL_EVENT]
    assert len(records) == 1
    (record,) = records
    assert record["model"] == "mistral-moderation-2603"
    assert record["outcome"] == outcome
    assert record["flagged"] == flagged
    assert record["input_chars"] == len(question)
    assert record["latency_ms"] >= 0
    logged = " ".join(f"{r.getMessage()} {r.__dict__}" for r in caplog.records)
    assert MARKER not in logged
    assert MARKER not in repr(handler.records)
