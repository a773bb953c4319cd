from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from langchain_mistral_secure.testing.fake_secret_manager import FakeSecretManager

if TYPE_CHECKING:
    from collections.abc import Iterator


class FakeClock:
    """A manual monotonic clock: tests advance time instead of sleeping."""

    def __init__(self, start: float = 1000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def fake_secret_manager() -> Iterator[FakeSecretManager]:
    with FakeSecretManager(project="test-project") as server:
        yield server
