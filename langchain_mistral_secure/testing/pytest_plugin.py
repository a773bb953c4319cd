"""Pytest fixtures shipped with the package.

Registered through the ``pytest11`` entry point, so any project that installs
``langchain-mistral-secure`` gets them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

from langchain_mistral_secure.testing.fake_mistral import FakeMistralServer
from langchain_mistral_secure.testing.fake_secret_manager import FakeSecretManager
from langchain_mistral_secure.testing.redis_server import RedisServer

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

__all__ = [
    "fake_mistral_server",
    "fake_secret_manager",
    "perimeter_selftest",
    "redis_server",
]


@pytest.fixture
def fake_mistral_server() -> Iterator[FakeMistralServer]:
    """A started :class:`FakeMistralServer` on 127.0.0.1, stopped after the test.

    Yields:
        The running server; point ``ChatMistralAI(base_url=...)`` at its
        ``base_url``.

    Example:
        >>> def test_hello(fake_mistral_server):  # doctest: +SKIP
        ...     fake_mistral_server.reply_with("hi")
        ...     llm = ChatMistralAI(base_url=fake_mistral_server.base_url,
        ...                         api_key="test-key")
        ...     assert llm.invoke("hello").content == "hi"
    """
    with FakeMistralServer() as server:
        yield server


@pytest.fixture
def fake_secret_manager() -> Iterator[FakeSecretManager]:
    """A started :class:`FakeSecretManager` (gRPC on 127.0.0.1), stopped after the test.

    Needs the ``[gcp]`` extra (the real Google client talks to it).

    Yields:
        The running server; build providers with its client helpers.
    """
    with FakeSecretManager() as server:
        yield server


@pytest.fixture
def redis_server() -> Iterator[RedisServer]:
    """A real ``redis-server`` on a free 127.0.0.1 port, stopped after the test.

    Skips the test when ``redis-server`` is not installed (``.ci/run`` installs
    Debian's package).

    Yields:
        The running server; its ``url`` goes to ``RedisByteStore``.
    """
    if not RedisServer.available():
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    with RedisServer() as server:
        yield server


@pytest.fixture
def perimeter_selftest() -> Callable[..., Any]:
    """Run the perimeter self-test on a chain and fail the test on any leak.

    Returns:
        ``check(target, **options)``: runs ``run_selftest`` and raises
        ``AssertionError`` with the report table when anything leaked;
        returns the report otherwise.

    Example:
        >>> def test_my_chain_is_guarded(perimeter_selftest):  # doctest: +SKIP
        ...     perimeter_selftest(build_chain)  # build_chain(base_url=...)
    """
    from langchain_mistral_secure.selftest import run_selftest  # noqa: PLC0415

    def check(target: Any, **options: Any) -> Any:
        report = run_selftest(target, **options)
        if not report.passed:
            raise AssertionError(report.to_table())
        return report

    return check
