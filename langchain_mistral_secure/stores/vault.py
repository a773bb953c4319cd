"""An encrypted, shared vault for masking sessions and key health.

What it stores lives in any LangChain ``BaseStore[str, bytes]``: the in-memory
byte store by default, Redis (``RedisByteStore``) to share it between replicas.
Nothing readable is stored:

* every store key is ``<namespace>:<hmac(session)>:<hmac(name)>`` (HMAC-SHA256 with
  a key derived from the vault secret), so neither session ids nor placeholders
  nor values appear in keys;
* every value is a Fernet token (AES-128-CBC + HMAC-SHA256, authenticated) that
  carries its creation time, so ``ttl`` is enforced on read by any store, and
  Redis also expires the entry itself.

The vault secret comes from our key providers (``EnvKeyProvider``,
``FileKeyProvider``, ``GoogleSecretManagerKeyProvider``...), so it is rotated and
kept the same way as API keys. Two replicas configured with the same secret and
store restore each other's placeholders.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from langchain_core.stores import BaseStore, InMemoryByteStore
from pydantic import SecretStr

from langchain_mistral_secure.keys.providers import KeyProvider, StaticKeyProvider

if TYPE_CHECKING:
    from cryptography.fernet import Fernet

__all__ = ["EncryptedVault"]

_INSTALL = (
    'The encrypted vault needs the "vault" extra: '
    'pip install "langchain-mistral-secure[vault]"'
)
_NAMESPACE = "lms:v1"
_MIN_SECRET = 16


def _check_length(secret: str | SecretStr) -> None:
    value = secret.get_secret_value() if isinstance(secret, SecretStr) else secret
    if len(value) < _MIN_SECRET:
        msg = f"the vault secret must be at least {_MIN_SECRET} characters"
        raise ValueError(msg)


def _derive(secret: SecretStr, purpose: bytes) -> bytes:
    """A 32-byte subkey of the vault secret for one purpose (HKDF-like, SHA-256)."""
    return hmac.new(
        secret.get_secret_value().encode("utf-8"), b"lms-vault:" + purpose, "sha256"
    ).digest()


class EncryptedVault:
    """Encrypted name -> value entries, grouped by session, in a ``BaseStore``.

    Args:
        secret: The vault secret: a ``str``/``SecretStr`` or a key provider (at
            least 16 characters; use a random 32-byte value).
        store: Where entries live; default an in-memory byte store.
        ttl: Seconds an entry stays readable after it was written; ``None``
            keeps it until it is deleted.
        namespace: Prefix of every store key, to share one Redis between uses.

    Raises:
        ImportError: ``cryptography`` is not installed (the ``vault`` extra).
        ValueError: The secret is shorter than 16 characters.

    Example:
        >>> secret = "a-long-random-vault-secret-0001"  # pragma: allowlist secret
        >>> vault = EncryptedVault(secret)
        >>> vault.put("session-1", {"<EMAIL_1>": "jane@example.com"})
        >>> vault.get("session-1", ["<EMAIL_1>", "<PHONE_1>"])
        {'<EMAIL_1>': 'jane@example.com'}
        >>> vault
        EncryptedVault(store=InMemoryByteStore, ttl=None)
    """

    def __init__(
        self,
        secret: str | SecretStr | KeyProvider,
        store: BaseStore[str, bytes] | None = None,
        *,
        ttl: float | None = None,
        namespace: str = _NAMESPACE,
    ) -> None:
        """Build the vault; the secret is fetched once, here."""
        if isinstance(secret, KeyProvider):
            provider: KeyProvider = secret
        else:
            _check_length(secret)
            provider = StaticKeyProvider(secret)
        key = provider.get()
        _check_length(key)
        self._provider = provider
        self._store: BaseStore[str, bytes] = (
            store if store is not None else InMemoryByteStore()
        )
        self.ttl = ttl
        self.namespace = namespace
        self._build(key)

    def _build(self, key: SecretStr) -> None:
        try:
            from cryptography.fernet import Fernet  # noqa: PLC0415 - optional extra
        except ImportError as exc:
            raise ImportError(_INSTALL) from exc
        self._name_key = _derive(key, b"names")
        fernet_key = base64.urlsafe_b64encode(_derive(key, b"values"))
        self._fernet: Fernet = Fernet(fernet_key)

    # Pickling ships the provider and the store, never the derived keys: the
    # worker fetches the secret again from its provider.
    def __getstate__(self) -> dict[str, Any]:
        """Pickle the configuration, not the derived keys."""
        return {
            "provider": self._provider,
            "store": self._store,
            "ttl": self.ttl,
            "namespace": self.namespace,
        }

    def __setstate__(self, state: dict[str, Any]) -> None:
        """Rebuild the derived keys from the provider."""
        self._provider = state["provider"]
        self._store = state["store"]
        self.ttl = state["ttl"]
        self.namespace = state["namespace"]
        self._build(self._provider.get())

    def __repr__(self) -> str:
        """Name the store type and TTL, never keys or entries."""
        return f"EncryptedVault(store={type(self._store).__name__}, ttl={self.ttl})"

    @property
    def store(self) -> BaseStore[str, bytes]:
        """The underlying byte store (what an operator would see: opaque bytes)."""
        return self._store

    def _digest(self, text: str) -> str:
        return hmac.new(
            self._name_key, text.encode("utf-8"), hashlib.sha256
        ).hexdigest()[:32]

    def keyed_number(self, session: str, text: str, digits: int = 9) -> int:
        """A stable number for ``text`` in ``session`` (same on every replica).

        Used for placeholders such as ``<EMAIL_482139071>``: replicas agree on a
        value's placeholder without coordinating a counter.
        """
        digest = hmac.new(
            self._name_key, f"{session}\x00{text}".encode(), hashlib.sha256
        ).digest()
        number: int = int.from_bytes(digest[:8], "big") % (10**digits)
        return number

    def _session_prefix(self, session: str) -> str:
        return f"{self.namespace}:{self._digest(session)}:"

    def _key(self, session: str, name: str) -> str:
        return self._session_prefix(session) + self._digest(name)

    def _seal(self, name: str, value: str) -> bytes:
        payload = json.dumps({"n": name, "v": value}, ensure_ascii=False)
        return self._fernet.encrypt(payload.encode("utf-8"))

    def _open(self, token: bytes) -> tuple[str, str] | None:
        from cryptography.fernet import InvalidToken  # noqa: PLC0415 - optional extra

        try:
            ttl = None if self.ttl is None else max(1, int(self.ttl))
            raw = self._fernet.decrypt(token, ttl=ttl)
        except InvalidToken:
            return None  # expired, or written with another secret: not ours to read
        data = json.loads(raw)
        return str(data["n"]), str(data["v"])

    def put(self, session: str, entries: dict[str, str]) -> None:
        """Store ``name -> value`` entries of a session, encrypted."""
        if not entries:
            return
        pairs = [(self._key(session, n), self._seal(n, v)) for n, v in entries.items()]
        _mset(self._store, pairs, self.ttl)

    async def aput(self, session: str, entries: dict[str, str]) -> None:
        """Async twin of :meth:`put` (the write runs off the event loop)."""
        if not entries:
            return
        pairs = [(self._key(session, n), self._seal(n, v)) for n, v in entries.items()]
        if self.ttl is not None and callable(
            getattr(self._store, "mset_with_ttl", None)
        ):
            # Native expiry has no async twin in BaseStore: run it in a thread.
            await asyncio.to_thread(_mset, self._store, pairs, self.ttl)
        else:
            await self._store.amset(pairs)

    def get(self, session: str, names: Sequence[str]) -> dict[str, str]:
        """Return the readable entries among ``names`` (expired ones are absent)."""
        tokens = self._store.mget([self._key(session, n) for n in names])
        return self._opened(names, tokens)

    async def aget(self, session: str, names: Sequence[str]) -> dict[str, str]:
        """Async twin of :meth:`get`."""
        tokens = await self._store.amget([self._key(session, n) for n in names])
        return self._opened(names, tokens)

    def _opened(
        self, names: Sequence[str], tokens: list[bytes | None]
    ) -> dict[str, str]:
        out: dict[str, str] = {}
        for name, token in zip(names, tokens, strict=True):
            if token is None:
                continue
            opened = self._open(token)
            if opened is not None and opened[0] == name:
                out[name] = opened[1]
        return out

    def items(self, session: str) -> dict[str, str]:
        """Every readable entry of a session (an explicit export)."""
        keys = list(self._store.yield_keys(prefix=self._session_prefix(session)))
        out: dict[str, str] = {}
        for token in self._store.mget(keys):
            if token is not None and (opened := self._open(token)) is not None:
                out[opened[0]] = opened[1]
        return out

    def clear(self, session: str) -> None:
        """Delete every entry of a session."""
        keys = list(self._store.yield_keys(prefix=self._session_prefix(session)))
        if keys:
            self._store.mdelete(keys)


def _mset(
    store: BaseStore[str, bytes], pairs: list[tuple[str, bytes]], ttl: float | None
) -> None:
    """Write entries, with a native expiry where the store supports one."""
    setter = getattr(store, "mset_with_ttl", None)
    if ttl is not None and callable(setter):
        setter(pairs, ttl)
    else:
        store.mset(pairs)
