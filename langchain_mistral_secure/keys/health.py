"""Key health shared between replicas through the encrypted vault.

When one replica's key is rejected (401/403), the others should stop sending it
too instead of each finding out with a failed request. A :class:`KeyRotator`
given ``health_store=`` publishes each bench as ``fingerprint -> benched until``
(wall-clock time) into an :class:`~langchain_mistral_secure.stores.EncryptedVault`
and, before handing a key out, checks whether another replica benched it.

The fingerprint is a SHA-256 of the key; the vault then HMACs it into the store
key and encrypts the entry, so the store holds nothing a key could be recovered
or even recognised from. Store I/O never happens under the rotator's lock:
benches are queued and published on the next ``get``/``aget``, remote reads are
cached for ``refresh_every`` seconds.
"""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from typing import TYPE_CHECKING

from pydantic import SecretStr

if TYPE_CHECKING:
    from langchain_mistral_secure.stores.vault import EncryptedVault

__all__ = ["SharedKeyHealth"]

logger = logging.getLogger("langchain_mistral_secure.keys")
_SESSION = "key-health"


def _fingerprint(key: SecretStr) -> str:
    return hashlib.sha256(key.get_secret_value().encode("utf-8")).hexdigest()


class SharedKeyHealth:
    """Publishes and reads key benches in a vault shared by replicas.

    Args:
        vault: The shared vault (same secret and store on every replica).
        refresh_every: Seconds a remote read is reused before asking again.

    Example:
        >>> from langchain_mistral_secure.stores import EncryptedVault
        >>> secret = "vault-secret-for-the-docs-0001"  # pragma: allowlist secret
        >>> health = SharedKeyHealth(EncryptedVault(secret))
        >>> key = SecretStr("sk-demo")  # pragma: allowlist secret
        >>> health.queue_bench(key, seconds=60)
        >>> health.flush()
        >>> 0 < SharedKeyHealth(health.vault).remaining(key) <= 60
        True
    """

    def __init__(self, vault: EncryptedVault, *, refresh_every: float = 1.0) -> None:
        """Remember the vault; nothing is read or written yet."""
        self.vault = vault
        self.refresh_every = refresh_every
        self._lock = threading.Lock()
        self._pending: dict[str, str] = {}
        self._cache: dict[str, tuple[float, float]] = {}

    def __repr__(self) -> str:
        """The vault's repr and the queue length, never fingerprints."""
        return f"SharedKeyHealth(vault={self.vault!r}, pending={len(self._pending)})"

    def queue_bench(self, key: SecretStr, seconds: float) -> None:
        """Queue "this key is benched for ``seconds``" (no I/O; see :meth:`flush`)."""
        fp = _fingerprint(key)
        until = time.time() + seconds
        with self._lock:
            self._pending[fp] = repr(until)
            self._cache[fp] = (time.monotonic(), until)

    def _take(self) -> dict[str, str]:
        with self._lock:
            pending, self._pending = self._pending, {}
        return pending

    def flush(self) -> None:
        """Publish queued benches to the vault."""
        if pending := self._take():
            self.vault.put(_SESSION, pending)

    async def aflush(self) -> None:
        """Async twin of :meth:`flush`."""
        if pending := self._take():
            await self.vault.aput(_SESSION, pending)

    def _cached(self, fp: str) -> float | None:
        with self._lock:
            hit = self._cache.get(fp)
        if hit is not None and time.monotonic() - hit[0] < self.refresh_every:
            return hit[1]
        return None

    def _store(self, fp: str, found: dict[str, str]) -> float:
        until = float(found[fp]) if fp in found else 0.0
        with self._lock:
            self._cache[fp] = (time.monotonic(), until)
        return until

    def remaining(self, key: SecretStr) -> float:
        """Seconds another replica (or this one) benched ``key`` for; 0 if healthy."""
        fp = _fingerprint(key)
        until = self._cached(fp)
        if until is None:
            until = self._store(fp, self.vault.get(_SESSION, [fp]))
        return max(0.0, until - time.time())

    async def aremaining(self, key: SecretStr) -> float:
        """Async twin of :meth:`remaining`."""
        fp = _fingerprint(key)
        until = self._cached(fp)
        if until is None:
            until = self._store(fp, await self.vault.aget(_SESSION, [fp]))
        return max(0.0, until - time.time())
