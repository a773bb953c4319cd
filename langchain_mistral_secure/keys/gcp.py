"""API keys from Google Cloud Secret Manager (extra ``[gcp]``).

Project resolution, in order:

1. a full resource name as ``secret``
   (``projects/p/secrets/s`` or ``projects/p/secrets/s/versions/v``);
2. the explicit ``project`` argument;
3. the ``GOOGLE_CLOUD_PROJECT`` then ``GCLOUD_PROJECT`` environment variables;
4. the project of ``google.auth.default()`` (Application Default Credentials).
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
import time
from typing import TYPE_CHECKING, Any

from pydantic import SecretStr

from langchain_mistral_secure.keys.errors import (
    KeyProviderError,
    MissingAPIKeyError,
    SecretAccessError,
    SecretNotFoundError,
    SecretPermissionDeniedError,
    SecretUnavailableError,
)
from langchain_mistral_secure.keys.providers import to_secret

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["LIBRARY_DEFAULT", "GoogleSecretManagerKeyProvider"]

logger = logging.getLogger("langchain_mistral_secure.keys")

_INSTALL_HINT = (
    "Google Secret Manager support needs the optional dependency: "
    'pip install "langchain-mistral-secure[gcp]"'
)

LIBRARY_DEFAULT: Any = object()
"""Sentinel: use google-cloud-secret-manager's own retry/timeout defaults."""


def _import_secretmanager() -> Any:
    try:
        from google.cloud import secretmanager_v1  # noqa: PLC0415
    except ImportError as exc:  # pragma: no cover - exercised without the extra
        raise ImportError(_INSTALL_HINT) from exc
    return secretmanager_v1


def _map_google_error(exc: Exception, name: str) -> SecretAccessError:
    from google.api_core import exceptions as gexc  # noqa: PLC0415

    if isinstance(exc, gexc.NotFound):
        return SecretNotFoundError(name)
    if isinstance(exc, (gexc.PermissionDenied, gexc.Unauthenticated)):
        return SecretPermissionDeniedError(name)
    if isinstance(
        exc,
        (
            gexc.ServiceUnavailable,
            gexc.DeadlineExceeded,
            gexc.ResourceExhausted,
            gexc.InternalServerError,
            gexc.RetryError,
        ),
    ):
        return SecretUnavailableError(name)
    return SecretAccessError(name)


def _is_google_error(exc: Exception) -> bool:
    from google.api_core import exceptions as gexc  # noqa: PLC0415

    return isinstance(exc, gexc.GoogleAPIError)


class GoogleSecretManagerKeyProvider:
    """Fetches the key from a Google Secret Manager secret version.

    The value is cached for ``ttl`` seconds; ``refresh()`` drops the cache so
    the next ``get()`` fetches again. With ``version="latest"`` (the default),
    rotating the key is adding a new secret version: every process picks it up
    at its next refresh, and :class:`KeyRotator` refreshes a rejected key once
    before benching it.

    Args:
        project: Google Cloud project id. Optional, see the module docstring.
        secret: Secret id (``mistral-api-key``) or full resource name.
        version: Version number or ``"latest"`` (ignored when ``secret`` already
            names a version).
        client: A ``SecretManagerServiceClient``; built lazily when omitted.
        async_client: A ``SecretManagerServiceAsyncClient``; built lazily (on the
            running event loop) when omitted.
        ttl: Seconds to cache the fetched value.
        clock: Monotonic time source (injectable for tests).
        retry: Retry for sync calls (``None`` disables; default: the library's).
        async_retry: Retry for async calls (an ``AsyncRetry`` or ``None``).
        timeout: Per-call timeout in seconds (default: the library's).
        credentials: Credentials for lazily built clients.

    Raises:
        ValueError: ``secret`` is empty or a malformed resource name.

    Example:
        >>> provider = GoogleSecretManagerKeyProvider("my-project", "mistral-api-key")
        >>> provider.resource_name
        'projects/my-project/secrets/mistral-api-key/versions/latest'
    """

    def __init__(  # noqa: PLR0913
        self,
        project: str | None = None,
        secret: str | None = None,
        version: str | int = "latest",
        *,
        client: Any = None,
        async_client: Any = None,
        ttl: float = 300.0,
        clock: Callable[[], float] = time.monotonic,
        retry: Any = LIBRARY_DEFAULT,
        async_retry: Any = LIBRARY_DEFAULT,
        timeout: float | None = None,
        credentials: Any = None,
    ) -> None:
        """Configure the provider; nothing is fetched until ``get()``."""
        if not secret or not secret.strip():
            msg = "GoogleSecretManagerKeyProvider needs a secret id or resource name."
            raise ValueError(msg)
        self._explicit_project = project
        self._secret = secret.strip()
        self._version = str(version)
        self._name: str | None = None
        if self._secret.startswith("projects/"):
            self._name = self._parse_full_name(self._secret, self._version)
        self._client = client
        self._async_client = async_client
        self._own_async_loop: asyncio.AbstractEventLoop | None = None
        self.ttl = ttl
        self._clock = clock
        self._retry = retry
        self._async_retry = async_retry
        self._timeout = timeout
        self._credentials = credentials
        self._lock = threading.Lock()
        self._fetch_lock = threading.Lock()
        self._cached: SecretStr | None = None
        self._fetched_at = 0.0
        self._served_version: str | None = None

    def __getstate__(self) -> dict[str, Any]:
        """Pickle the secret's name and settings, never the key or a client.

        Clients, locks and the cached key are made again in the new process.
        """
        state = dict(self.__dict__)
        for name in ("_lock", "_fetch_lock"):
            state.pop(name, None)
        state.update(_client=None, _async_client=None, _cached=None, _fetched_at=0.0)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        """Restore with fresh locks; the key is fetched again on first use."""
        self.__dict__.update(state)
        self._lock = threading.Lock()
        self._fetch_lock = threading.Lock()

    @staticmethod
    def _parse_full_name(name: str, version: str) -> str:
        parts = name.split("/")
        ok_secret = len(parts) == 4 and parts[2] == "secrets"  # noqa: PLR2004
        ok_version = (
            len(parts) == 6 and parts[2] == "secrets" and parts[4] == "versions"  # noqa: PLR2004
        )
        if not (ok_secret or ok_version) or not all(parts):
            msg = (
                "Expected 'projects/<project>/secrets/<secret>' or "
                "'projects/<project>/secrets/<secret>/versions/<version>'."
            )
            raise ValueError(msg)
        return name if ok_version else f"{name}/versions/{version}"

    def _resolve_project(self) -> str:
        project = (
            self._explicit_project
            or os.environ.get("GOOGLE_CLOUD_PROJECT")
            or os.environ.get("GCLOUD_PROJECT")
        )
        if project:
            return project
        try:
            import google.auth  # noqa: PLC0415
            from google.auth.exceptions import DefaultCredentialsError  # noqa: PLC0415
        except ImportError as exc:  # pragma: no cover - without the extra
            raise ImportError(_INSTALL_HINT) from exc
        try:
            _, project = google.auth.default()
        except DefaultCredentialsError:
            project = None
        if not project:
            msg = (
                "Cannot tell which Google Cloud project holds secret "
                f"{self._secret!r}: "
                "pass project=..., set GOOGLE_CLOUD_PROJECT, or pass the full name "
                "'projects/<project>/secrets/<secret>/versions/<version>'."
            )
            raise KeyProviderError(msg)
        return str(project)

    @property
    def resource_name(self) -> str:
        """The ``projects/p/secrets/s/versions/v`` name that is fetched."""
        if self._name is None:
            project = self._resolve_project()
            self._name = (
                f"projects/{project}/secrets/{self._secret}/versions/{self._version}"
            )
        return self._name

    @property
    def served_version(self) -> str | None:
        """Resource name of the version last fetched (e.g. ``.../versions/3``)."""
        return self._served_version

    def _call_kwargs(self, *, is_async: bool) -> dict[str, Any]:
        kwargs: dict[str, Any] = {}
        retry = self._async_retry if is_async else self._retry
        if retry is not LIBRARY_DEFAULT:
            kwargs["retry"] = retry
        if self._timeout is not None:
            kwargs["timeout"] = self._timeout
        return kwargs

    def _fresh_cached(self) -> SecretStr | None:
        with self._lock:
            if self._cached is not None and self._clock() - self._fetched_at < self.ttl:
                return self._cached
            return None

    def _store(self, response: Any, name: str) -> SecretStr:
        data = bytes(response.payload.data)
        try:
            secret = to_secret(data.decode("utf-8"))
        except UnicodeDecodeError:
            msg = f"Secret version {name!r} is not UTF-8 text."
            raise KeyProviderError(msg) from None
        if secret is None:
            msg = f"No Mistral API key: secret version {name!r} is empty."
            raise MissingAPIKeyError(msg)
        with self._lock:
            self._cached = secret
            self._fetched_at = self._clock()
            previous = self._served_version
            self._served_version = str(response.name) or name
        if previous != self._served_version:
            logger.info("secret version fetched: %s", self._served_version)
        return secret

    def _get_client(self) -> Any:
        if self._client is None:
            sm = _import_secretmanager()
            self._client = sm.SecretManagerServiceClient(credentials=self._credentials)
        return self._client

    def _get_async_client(self) -> Any:
        loop = asyncio.get_running_loop()
        if self._async_client is None or (
            self._own_async_loop is not None and self._own_async_loop is not loop
        ):
            sm = _import_secretmanager()
            self._async_client = sm.SecretManagerServiceAsyncClient(
                credentials=self._credentials
            )
            self._own_async_loop = loop
        return self._async_client

    def get(self) -> SecretStr:
        """Return the key, fetching it when the cache is empty or older than ttl.

        Raises:
            SecretNotFoundError: The secret or version does not exist.
            SecretPermissionDeniedError: The credentials may not access it.
            SecretUnavailableError: Secret Manager is unreachable.
            MissingAPIKeyError: The version is empty.
        """
        cached = self._fresh_cached()
        if cached is not None:
            return cached
        with self._fetch_lock:
            cached = self._fresh_cached()
            if cached is not None:
                return cached
            name = self.resource_name
            client = self._get_client()
            try:
                response = client.access_secret_version(
                    request={"name": name}, **self._call_kwargs(is_async=False)
                )
            except Exception as exc:
                if not _is_google_error(exc):
                    raise
                logger.warning(
                    "secret access failed: %s (%s)", name, type(exc).__name__
                )
                raise _map_google_error(exc, name) from exc
            return self._store(response, name)

    async def aget(self) -> SecretStr:
        """Async twin of :meth:`get`, using the async Secret Manager client."""
        cached = self._fresh_cached()
        if cached is not None:
            return cached
        name = self.resource_name
        client = self._get_async_client()
        try:
            response = await client.access_secret_version(
                request={"name": name}, **self._call_kwargs(is_async=True)
            )
        except Exception as exc:
            if not _is_google_error(exc):
                raise
            logger.warning("secret access failed: %s (%s)", name, type(exc).__name__)
            raise _map_google_error(exc, name) from exc
        return self._store(response, name)

    def refresh(self) -> None:
        """Drop the cached value; the next ``get()`` fetches the version again."""
        with self._lock:
            self._cached = None

    def __repr__(self) -> str:
        """Name the secret, never its value."""
        return (
            "GoogleSecretManagerKeyProvider("
            f"secret={(self._name or self._secret)!r}, ttl={self.ttl})"
        )
