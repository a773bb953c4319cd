"""httpx authentication that carries the current key, rotates and backs off."""

from __future__ import annotations

import asyncio
import email.utils
import logging
import os
import random
import ssl
import time
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

import httpx

from langchain_mistral_secure.keys.rotator import KeysArg, as_rotator

if TYPE_CHECKING:
    from collections.abc import AsyncGenerator, Generator, Mapping

    from pydantic import SecretStr

    from langchain_mistral_secure.keys.rotator import KeyRotator

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_HEADERS",
    "MistralKeyAuth",
    "build_http_clients",
]

logger = logging.getLogger("langchain_mistral_secure.keys")

DEFAULT_BASE_URL = "https://api.mistral.ai/v1"
DEFAULT_HEADERS: dict[str, str] = {
    "Content-Type": "application/json",
    "Accept": "application/json",
}
"""The default headers ChatMistralAI sets on its clients, minus Authorization."""

_AUTH_FAILURES = frozenset({401, 403})
_RETRY_STATUSES = frozenset({429, 502, 503, 504})
_RNG = random.SystemRandom()


def _parse_retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=timezone.utc)
        seconds = (when - datetime.now(timezone.utc)).total_seconds()
    return max(seconds, 0.0)


class _FlowState:
    """Per-request bookkeeping shared by the sync and async flows."""

    def __init__(self) -> None:
        self.tried: list[SecretStr] = []
        self.retries = 0

    def tried_already(self, key: SecretStr) -> bool:
        value = key.get_secret_value()
        return any(k.get_secret_value() == value for k in self.tried)


class MistralKeyAuth(httpx.Auth):
    """Bearer auth from a :class:`KeyRotator`, with key failover and backoff.

    * Each request carries the rotator's current key.
    * On 401/403 the key is reported to the rotator and the same request is
      resent with the next key, at most once per key; when no healthy key is
      left, :class:`NoHealthyKeyError` is raised.
    * On 429/502/503/504 it waits (``Retry-After`` honoured, capped at
      ``max_retry_wait``, with jitter) and retries up to
      ``max_rate_limit_retries`` times, then returns the last response.

    Sync requests sleep with ``time.sleep``, async ones with ``asyncio.sleep``.
    The request body is buffered (``requires_request_body``) so it can be
    resent; streaming (SSE) responses work because only the status is inspected.

    Args:
        keys: Anything :func:`as_rotator` accepts (default: ``MISTRAL_API_KEY``).
        max_rate_limit_retries: Retries on 429/502/503/504 per request.
        max_retry_wait: Upper bound, in seconds, of one wait.
        backoff_base: First wait without ``Retry-After`` (doubles per retry).
        jitter: Extra random fraction added to each wait (0.1 = up to +10%).

    Example:
        >>> import httpx
        >>> auth = MistralKeyAuth(["key-a", "key-b"])  # pragma: allowlist secret
        >>> client = httpx.Client(base_url="http://127.0.0.1:9/v1", auth=auth)
        >>> auth.rotator.total
        2
    """

    requires_request_body = True

    def __init__(
        self,
        keys: KeysArg = None,
        *,
        max_rate_limit_retries: int = 3,
        max_retry_wait: float = 30.0,
        backoff_base: float = 0.5,
        jitter: float = 0.1,
    ) -> None:
        """Create the auth; see the class docstring."""
        self.rotator: KeyRotator = as_rotator(keys)
        self.max_rate_limit_retries = max_rate_limit_retries
        self.max_retry_wait = max_retry_wait
        self.backoff_base = backoff_base
        self.jitter = jitter

    def __repr__(self) -> str:
        """Counts only."""
        return (
            f"MistralKeyAuth(rotator={self.rotator!r}, "
            f"max_rate_limit_retries={self.max_rate_limit_retries})"
        )

    def _delay(self, response: httpx.Response, attempt: int) -> float:
        retry_after = _parse_retry_after(response.headers.get("retry-after"))
        base = (
            retry_after if retry_after is not None else self.backoff_base * (2**attempt)
        )
        return min(self.max_retry_wait, base * (1.0 + _RNG.uniform(0, self.jitter)))

    @staticmethod
    def _apply(request: httpx.Request, key: SecretStr) -> None:
        request.headers["Authorization"] = f"Bearer {key.get_secret_value()}"

    def _on_auth_failure(self, state: _FlowState, key: SecretStr, status: int) -> None:
        logger.warning(
            "API key rejected (HTTP %d); %s",
            status,
            "reporting it and retrying with the next key",
        )
        state.tried.append(key)
        self.rotator.report_failure(key, status=status)

    def _should_retry(self, state: _FlowState, response: httpx.Response) -> bool:
        return (
            response.status_code in _RETRY_STATUSES
            and state.retries < self.max_rate_limit_retries
        )

    def _log_wait(self, status: int, delay: float, state: _FlowState) -> None:
        logger.info(
            "HTTP %d from Mistral; retrying in %.2fs (retry %d of %d)",
            status,
            delay,
            state.retries,
            self.max_rate_limit_retries,
        )

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        """Sync flow (``httpx.Client``); see the class docstring."""
        state = _FlowState()
        key = self.rotator.get()
        while True:
            self._apply(request, key)
            response = yield request
            status = response.status_code
            if status in _AUTH_FAILURES:
                self._on_auth_failure(state, key, status)
                key = self.rotator.get()
                if state.tried_already(key):
                    return
                response.read()
                continue
            if self._should_retry(state, response):
                delay = self._delay(response, state.retries)
                state.retries += 1
                self._log_wait(status, delay, state)
                response.read()
                time.sleep(delay)
                continue
            return

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Async flow (``httpx.AsyncClient``); see the class docstring."""
        state = _FlowState()
        key = await self.rotator.aget()
        while True:
            self._apply(request, key)
            response = yield request
            status = response.status_code
            if status in _AUTH_FAILURES:
                self._on_auth_failure(state, key, status)
                key = await self.rotator.aget()
                if state.tried_already(key):
                    return
                await response.aread()
                continue
            if self._should_retry(state, response):
                delay = self._delay(response, state.retries)
                state.retries += 1
                self._log_wait(status, delay, state)
                await response.aread()
                await asyncio.sleep(delay)
                continue
            return


def _ssl_context() -> ssl.SSLContext:
    try:
        from langchain_mistralai.chat_models import (  # noqa: PLC0415
            global_ssl_context,
        )
    except ImportError:  # pragma: no cover - older langchain-mistralai
        return ssl.create_default_context()
    return global_ssl_context


def build_http_clients(  # noqa: PLR0913
    keys: KeysArg | MistralKeyAuth = None,
    base_url: str | None = None,
    timeout: float = 120,
    *,
    max_rate_limit_retries: int = 3,
    max_retry_wait: float = 30.0,
    headers: Mapping[str, str] | None = None,
    max_connections: int | None = None,
) -> tuple[httpx.Client, httpx.AsyncClient]:
    """Build sync and async httpx clients for the Mistral API with key auth.

    Both clients share one :class:`MistralKeyAuth` (and so one rotator). Use
    them for any Mistral endpoint (chat, moderation, embeddings).

    Args:
        keys: A :class:`MistralKeyAuth`, or anything :func:`as_rotator` accepts.
        base_url: API base URL; default ``MISTRAL_BASE_URL`` or Mistral's.
        timeout: Request timeout in seconds.
        max_rate_limit_retries: Retries on 429/502/503/504 (ignored when
            ``keys`` is already a MistralKeyAuth).
        max_retry_wait: Cap of one wait in seconds (same caveat).
        headers: Extra default headers (never put Authorization here).
        max_connections: Cap on concurrent connections per client (httpx's
            default when None).

    Returns:
        ``(httpx.Client, httpx.AsyncClient)``.

    Example:
        >>> client, aclient = build_http_clients(
        ...     ["key-a"], base_url="http://127.0.0.1:9/v1"  # pragma: allowlist secret
        ... )
        >>> str(client.base_url)
        'http://127.0.0.1:9/v1/'
    """
    auth = (
        keys
        if isinstance(keys, MistralKeyAuth)
        else MistralKeyAuth(
            keys,
            max_rate_limit_retries=max_rate_limit_retries,
            max_retry_wait=max_retry_wait,
        )
    )
    url = base_url or os.environ.get("MISTRAL_BASE_URL") or DEFAULT_BASE_URL
    merged = {**DEFAULT_HEADERS, **(headers or {})}
    merged = {k: v for k, v in merged.items() if k.lower() != "authorization"}
    options: dict[str, Any] = {
        "base_url": url,
        "headers": merged,
        "timeout": timeout,
        "auth": auth,
        "verify": _ssl_context(),
    }
    if max_connections is not None:
        options["limits"] = httpx.Limits(max_connections=max_connections)
    client = httpx.Client(**options)
    async_client = httpx.AsyncClient(**options)
    return client, async_client
