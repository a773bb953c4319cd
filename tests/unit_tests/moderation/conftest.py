"""Fixtures for the moderation guard tests: a scripted fake server and helpers."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

import pytest
from langchain_core.callbacks import BaseCallbackHandler

from langchain_mistral_secure.moderation import MistralModerationGuard
from langchain_mistral_secure.testing import FakeMistralServer

KEY = "test-key-123"  # pragma: allowlist secret
SECRET_TEXT = "HARM the zebra at noon"
"""Text that the server scores as violent; it must never leak anywhere."""


def harm_scores(text: str) -> dict[str, float]:
    """Violent when the text mentions HARM, jailbreak when it mentions DAN."""
    scores: dict[str, float] = {}
    if "HARM" in text:
        scores["violence_and_threats"] = 0.95
    if "DAN" in text:
        scores["jailbreaking"] = 0.7
    return scores


class EventCapture(BaseCallbackHandler):
    """Records custom events (name, data)."""

    def __init__(self) -> None:
        self.events: list[tuple[str, Any]] = []

    def on_custom_event(
        self,
        name: str,
        data: Any,
        *,
        run_id: UUID,
        tags: list[str] | None = None,
        metadata: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        self.events.append((name, data))

    def named(self, name: str) -> list[Any]:
        return [data for n, data in self.events if n == name]


async def call(guard: MistralModerationGuard, value: Any, mode: str, **kw: Any) -> Any:
    """invoke or ainvoke, by mode."""
    if mode == "sync":
        return guard.invoke(value, **kw)
    return await guard.ainvoke(value, **kw)


async def collect(
    guard: MistralModerationGuard,
    chunks: list[Any],
    mode: str,
    server: FakeMistralServer,
    **kw: Any,
) -> tuple[list[Any], list[int], BaseException | None]:
    """Run transform/atransform over chunks.

    Returns the emitted chunks, the number of moderation requests the server had
    received when each chunk was emitted, and the error that ended the stream.
    """
    emitted: list[Any] = []
    seen: list[int] = []
    error: BaseException | None = None

    def count() -> int:
        return len(server.requests_for("/v1/moderations"))

    try:
        if mode == "sync":
            for chunk in guard.transform(iter(chunks), **kw):
                emitted.append(chunk)
                seen.append(count())
        else:

            async def agen() -> Any:
                for chunk in chunks:
                    yield chunk

            async for chunk in guard.atransform(agen(), **kw):
                emitted.append(chunk)
                seen.append(count())
    except Exception as exc:  # noqa: BLE001 - the test inspects it
        error = exc
    return emitted, seen, error


@pytest.fixture
def server() -> Iterator[FakeMistralServer]:
    with FakeMistralServer(moderation_scores=harm_scores) as srv:
        yield srv


@pytest.fixture
def make_guard(
    server: FakeMistralServer,
) -> Iterator[Callable[..., MistralModerationGuard]]:
    guards: list[MistralModerationGuard] = []

    def make(**kwargs: Any) -> MistralModerationGuard:
        kwargs.setdefault("keys", KEY)
        kwargs.setdefault("base_url", server.base_url)
        guard = MistralModerationGuard(**kwargs)
        guards.append(guard)
        return guard

    yield make
    for guard in guards:
        guard.close()


@dataclass
class Moderation:
    """Everything a test needs: the server, a guard factory, helpers, events."""

    server: FakeMistralServer
    guard: Callable[..., MistralModerationGuard]
    capture: EventCapture = field(default_factory=EventCapture)

    async def run(
        self, guard: MistralModerationGuard, value: Any, mode: str, **kw: Any
    ) -> Any:
        return await call(guard, value, mode, **kw)

    async def stream(
        self, guard: MistralModerationGuard, chunks: list[Any], mode: str, **kw: Any
    ) -> tuple[list[Any], list[int], BaseException | None]:
        return await collect(guard, chunks, mode, self.server, **kw)


@pytest.fixture
def mod(
    server: FakeMistralServer, make_guard: Callable[..., MistralModerationGuard]
) -> Moderation:
    return Moderation(server=server, guard=make_guard)
