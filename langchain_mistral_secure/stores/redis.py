"""A LangChain byte store on Redis, with native expiry, for the shared vault."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from langchain_core.stores import BaseStore

__all__ = ["RedisByteStore"]

_INSTALL = (
    'The Redis store needs the "redis" extra: '
    'pip install "langchain-mistral-secure[redis]"'
)
_SCAN_COUNT = 500


class RedisByteStore(BaseStore[str, bytes]):
    """``BaseStore[str, bytes]`` on a Redis server (redis-py), picklable.

    Only the URL is pickled; each process opens its own connection on first use.
    :meth:`mset_with_ttl` writes with ``SET ... PX`` so Redis drops expired
    entries itself (the vault also checks the age of every entry it reads).

    Args:
        url: A Redis URL, e.g. ``redis://127.0.0.1:6379/0``.

    Example:
        >>> store = RedisByteStore("redis://127.0.0.1:6379/0")
        >>> store
        RedisByteStore(host=127.0.0.1:6379)
    """

    def __init__(self, url: str) -> None:
        """Remember the URL; the connection opens on first use."""
        self.url = url
        self._client: Any = None

    def __getstate__(self) -> dict[str, Any]:
        """Pickle the URL only."""
        return {"url": self.url}

    def __setstate__(self, state: dict[str, Any]) -> None:
        """Reconnect lazily in the new process."""
        self.url = state["url"]
        self._client = None

    def __repr__(self) -> str:
        """Host and port only: a URL may carry a password."""
        host = self.url.rsplit("@", 1)[-1].split("//", 1)[-1].split("/", 1)[0]
        return f"RedisByteStore(host={host})"

    @property
    def client(self) -> Any:
        """The redis-py client (created on first use)."""
        if self._client is None:
            try:
                import redis  # noqa: PLC0415 - optional extra
            except ImportError as exc:
                raise ImportError(_INSTALL) from exc
            self._client = redis.Redis.from_url(self.url)
        return self._client

    def mget(self, keys: Sequence[str]) -> list[bytes | None]:
        """Values of ``keys`` (``None`` where absent)."""
        if not keys:
            return []
        return list(self.client.mget(list(keys)))

    def mset(self, key_value_pairs: Sequence[tuple[str, bytes]]) -> None:
        """Write entries with no expiry."""
        if key_value_pairs:
            self.client.mset(dict(key_value_pairs))

    def mset_with_ttl(
        self, key_value_pairs: Sequence[tuple[str, bytes]], ttl: float
    ) -> None:
        """Write entries that Redis deletes after ``ttl`` seconds."""
        pipe = self.client.pipeline(transaction=False)
        for key, value in key_value_pairs:
            pipe.set(key, value, px=max(1, int(ttl * 1000)))
        pipe.execute()

    def mdelete(self, keys: Sequence[str]) -> None:
        """Delete ``keys``."""
        if keys:
            self.client.delete(*keys)

    def yield_keys(self, *, prefix: str | None = None) -> Iterator[str]:
        """Iterate keys with ``prefix`` (SCAN, never KEYS: no server stall)."""
        pattern = "*" if prefix is None else _glob_escape(prefix) + "*"
        for key in self.client.scan_iter(match=pattern, count=_SCAN_COUNT):
            yield key.decode("utf-8") if isinstance(key, bytes) else str(key)


def _glob_escape(text: str) -> str:
    return "".join("\\" + c if c in "*?[]\\" else c for c in text)
