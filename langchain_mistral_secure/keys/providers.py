"""Where API keys come from: environment variables, secret files, literals.

Every provider follows the :class:`KeyProvider` protocol: ``get()`` returns a
:class:`~pydantic.SecretStr`, ``aget()`` is its async twin and ``refresh()``
drops any cached value so the next ``get()`` reads the source again.
"""

from __future__ import annotations

import asyncio
import logging
import os
import stat
import sys
import threading
import time
import warnings
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from pydantic import SecretStr

from langchain_mistral_secure.keys.errors import KeyProviderError, MissingAPIKeyError

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = [
    "EnvKeyProvider",
    "FileKeyProvider",
    "InsecureKeyFileWarning",
    "KeyProvider",
    "StaticKeyProvider",
    "get_api_key",
]

logger = logging.getLogger("langchain_mistral_secure.keys")

DEFAULT_ENV_VAR = "MISTRAL_API_KEY"


@runtime_checkable
class KeyProvider(Protocol):
    """Anything that can hand out the current API key.

    Example:
        >>> isinstance(EnvKeyProvider(), KeyProvider)
        True
    """

    def get(self) -> SecretStr:
        """Return the current key."""
        ...

    async def aget(self) -> SecretStr:
        """Return the current key without blocking the event loop."""
        ...

    def refresh(self) -> None:
        """Drop cached state so the next ``get()`` reads the source again."""
        ...


def _in_notebook() -> bool:
    return "ipykernel" in sys.modules


def _missing_env_message(env_var: str) -> str:
    message = (
        f"No Mistral API key: the environment variable {env_var} is not set or "
        f"is empty. Set it before starting Python (export {env_var}=...), load it "
        "from a secret file (FileKeyProvider) or Google Secret Manager "
        "(GoogleSecretManagerKeyProvider). Never hard-code the key in source."
    )
    if _in_notebook():
        message += (
            " In a notebook, type it without echoing: import getpass, os; "
            f"os.environ[{env_var!r}] = getpass.getpass('Mistral API key: ')"
        )
    return message


def to_secret(value: str | SecretStr) -> SecretStr | None:
    """Wrap ``value`` as a stripped SecretStr, or None when it is blank.

    Args:
        value: A plain string or a SecretStr.

    Returns:
        The stripped key as a SecretStr, or None if empty or whitespace only.

    Example:
        >>> to_secret("  ") is None
        True
    """
    raw = value.get_secret_value() if isinstance(value, SecretStr) else value
    raw = raw.strip()
    return SecretStr(raw) if raw else None


def get_api_key(env_var: str = DEFAULT_ENV_VAR) -> SecretStr:
    """Read an API key from the environment.

    Args:
        env_var: The environment variable to read.

    Returns:
        The key (surrounding whitespace stripped) as a SecretStr.

    Raises:
        MissingAPIKeyError: The variable is unset, empty or whitespace only. The
            message names the variable and how to set it, never a value.

    Example:
        >>> import os
        >>> os.environ["DOC_MISTRAL_KEY"] = "example-key"  # pragma: allowlist secret
        >>> get_api_key("DOC_MISTRAL_KEY")
        SecretStr('**********')
    """
    secret = to_secret(os.environ.get(env_var, ""))
    if secret is None:
        raise MissingAPIKeyError(_missing_env_message(env_var))
    return secret


class EnvKeyProvider:
    """Reads the key from an environment variable on every ``get()``.

    Args:
        env_var: The variable to read (default ``MISTRAL_API_KEY``).

    Example:
        >>> import os
        >>> os.environ["DOC_MISTRAL_KEY"] = "example-key"  # pragma: allowlist secret
        >>> EnvKeyProvider("DOC_MISTRAL_KEY").get()
        SecretStr('**********')
    """

    def __init__(self, env_var: str = DEFAULT_ENV_VAR) -> None:
        """Create a provider for ``env_var``."""
        self.env_var = env_var

    def get(self) -> SecretStr:
        """Return the key from the environment.

        Raises:
            MissingAPIKeyError: The variable is unset or blank.
        """
        return get_api_key(self.env_var)

    async def aget(self) -> SecretStr:
        """Async twin of :meth:`get` (no I/O, returns immediately)."""
        return self.get()

    def refresh(self) -> None:
        """Nothing is cached: the environment is read on every call."""

    def __repr__(self) -> str:
        """Name the variable, never its value."""
        return f"EnvKeyProvider(env_var={self.env_var!r})"


class InsecureKeyFileWarning(UserWarning):
    """A key file is readable by every user on the machine.

    Example:
        >>> issubclass(InsecureKeyFileWarning, UserWarning)
        True
    """


class FileKeyProvider:
    r"""Reads the key from a file, e.g. a Docker or Kubernetes secret mount.

    Surrounding whitespace (the usual trailing newline) is stripped. The value
    is cached for ``ttl`` seconds so a rotated Kubernetes secret is picked up;
    ``refresh()`` forces a re-read. A world-readable file triggers an
    :class:`InsecureKeyFileWarning` (once per provider).

    Args:
        path: Path of the secret file (``/run/secrets/mistral_api_key``).
        ttl: Seconds to cache the value; ``0`` reads the file on every call.
        clock: Monotonic time source (injectable for tests).

    Example:
        >>> import tempfile, pathlib
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "key"
        >>> _ = p.write_text("example-key\n")  # pragma: allowlist secret
        >>> p.chmod(0o600)
        >>> key = FileKeyProvider(p).get()
        >>> key.get_secret_value() == "example-key"  # pragma: allowlist secret
        True
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        ttl: float = 300.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        """Create a provider reading ``path``."""
        self.path = Path(path)
        self.ttl = ttl
        self._clock = clock
        self._lock = threading.Lock()
        self._cached: SecretStr | None = None
        self._fetched_at = 0.0
        self._warned = False

    def __getstate__(self) -> dict[str, Any]:
        """Pickle the path and settings, never the key read from the file."""
        state = dict(self.__dict__)
        del state["_lock"]
        state.update(_cached=None, _fetched_at=0.0)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        """Restore; the key is read again from the file on first use."""
        self.__dict__.update(state)
        self._lock = threading.Lock()

    def _read(self) -> SecretStr:
        try:
            st = self.path.stat()
            data = self.path.read_bytes()
        except FileNotFoundError:
            msg = (
                f"No Mistral API key: the key file {str(self.path)!r} does not exist. "
                "Mount the secret there (Docker: `secrets:`; Kubernetes: a Secret "
                "volume) or point FileKeyProvider at the right path."
            )
            raise MissingAPIKeyError(msg) from None
        except OSError as exc:
            msg = (
                f"The key file {str(self.path)!r} cannot be read "
                f"({type(exc).__name__}, errno {exc.errno})."
            )
            raise KeyProviderError(msg) from None
        if st.st_mode & stat.S_IROTH and not self._warned:
            self._warned = True
            warnings.warn(
                f"The key file {str(self.path)!r} is world-readable; restrict it "
                f"with `chmod 600 {self.path}`.",
                InsecureKeyFileWarning,
                stacklevel=4,
            )
            logger.warning("key file is world-readable: path=%s", self.path)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            msg = f"The key file {str(self.path)!r} is not UTF-8 text."
            raise KeyProviderError(msg) from None
        secret = to_secret(text)
        if secret is None:
            msg = (
                f"No Mistral API key: the key file {str(self.path)!r} is empty. "
                "Write the key into it (a trailing newline is fine)."
            )
            raise MissingAPIKeyError(msg)
        return secret

    def get(self) -> SecretStr:
        """Return the key, reading the file when the cache is stale.

        Raises:
            MissingAPIKeyError: The file is missing or blank.
            KeyProviderError: The file cannot be read or is not UTF-8.
        """
        with self._lock:
            now = self._clock()
            if self._cached is None or now - self._fetched_at >= self.ttl:
                self._cached = self._read()
                self._fetched_at = now
            return self._cached

    async def aget(self) -> SecretStr:
        """Async twin of :meth:`get` (file I/O runs in a worker thread)."""
        with self._lock:
            cached = self._cached
            fresh = cached is not None and self._clock() - self._fetched_at < self.ttl
        if fresh and cached is not None:
            return cached
        return await asyncio.to_thread(self.get)

    def refresh(self) -> None:
        """Drop the cached value; the next ``get()`` reads the file."""
        with self._lock:
            self._cached = None

    def __repr__(self) -> str:
        """Name the path, never the value."""
        return f"FileKeyProvider(path={str(self.path)!r}, ttl={self.ttl})"


class StaticKeyProvider:
    """Wraps a key that is already in memory (a str or SecretStr).

    Args:
        key: The key; surrounding whitespace is stripped.

    Raises:
        MissingAPIKeyError: The key is empty or whitespace only.

    Example:
        >>> StaticKeyProvider("example-key")  # pragma: allowlist secret
        StaticKeyProvider(key='**********')
    """

    def __init__(self, key: str | SecretStr) -> None:
        """Wrap ``key``."""
        secret = to_secret(key)
        if secret is None:
            msg = "No Mistral API key: an empty key was given."
            raise MissingAPIKeyError(msg)
        self._key = secret

    def get(self) -> SecretStr:
        """Return the wrapped key."""
        return self._key

    async def aget(self) -> SecretStr:
        """Return the wrapped key."""
        return self._key

    def refresh(self) -> None:
        """Nothing to refresh."""

    def __repr__(self) -> str:
        """Mask the key."""
        return "StaticKeyProvider(key='**********')"

    def __reduce__(self) -> Any:
        """Refuse: this provider's only configuration is the key itself."""
        msg = (
            "a key held in memory is never pickled; give the worker a provider "
            "that names where the key lives (EnvKeyProvider, FileKeyProvider, "
            "GoogleSecretManagerKeyProvider)"
        )
        raise TypeError(msg)
