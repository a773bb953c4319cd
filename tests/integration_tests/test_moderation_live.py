"""MistralModerationGuard against the real Mistral API.

Skipped unless ``MISTRAL_API_KEY`` is set. The ``allow_hosts`` marker lets
pytest-socket reach api.mistral.ai for these tests only.
"""

from __future__ import annotations

import os
from typing import Any
from uuid import UUID

import pytest
from langchain_core.callbacks import BaseCallbackHandler
from langchain_core.messages import HumanMessage, SystemMessage

from langchain_mistral_secure.moderation import (
    DEFAULT_MODERATION_MODEL,
    MODERATION_EVENT,
    MistralModerationGuard,
    ModerationError,
)

pytestmark = [
    pytest.mark.integration,
    pytest.mark.skipif(
        not os.environ.get("MISTRAL_API_KEY"), reason="MISTRAL_API_KEY is not set"
    ),
    pytest.mark.allow_hosts(["api.mistral.ai"]),
]

MODES = pytest.mark.parametrize("mode", ["sync", "async"])
THREAT = "I am going to kill you and your whole family tonight, nobody will stop me."


class _Events(BaseCallbackHandler):
    def __init__(self) -> None:
        self.data: list[Any] = []

    def on_custom_event(
        self, name: str, data: Any, *, run_id: UUID, **kwargs: Any
    ) -> None:
        if name == MODERATION_EVENT:
            self.data.append(data)


async def _call(guard: MistralModerationGuard, value: Any, mode: str, **kw: Any) -> Any:
    if mode == "sync":
        return guard.invoke(value, **kw)
    return await guard.ainvoke(value, **kw)


@MODES
@pytest.mark.parametrize(
    "value",
    [
        "What is the capital of France?",
        [SystemMessage(content="You are helpful."), HumanMessage(content="Hi there!")],
    ],
)
async def test_benign_text_passes_and_scores_jailbreaking(
    mode: str, value: Any
) -> None:
    guard = MistralModerationGuard(
        categories=["violence_and_threats", "hate_and_discrimination", "sexual"]
    )
    events = _Events()
    assert await _call(guard, value, mode, config={"callbacks": [events]}) is value
    [event] = events.data
    assert event["model"] == DEFAULT_MODERATION_MODEL
    assert "jailbreaking" in event["categories"]
    assert event["flagged"] == []


@MODES
async def test_threat_is_blocked(mode: str) -> None:
    guard = MistralModerationGuard(thresholds={"violence_and_threats": 0.3})
    with pytest.raises(ModerationError) as info:
        await _call(guard, THREAT, mode)
    assert "violence_and_threats" in info.value.categories
    assert "kill" not in str(info.value)
