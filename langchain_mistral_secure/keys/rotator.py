"""KeyRotator: several keys, time-based rotation and failure cooldowns.

The slots and their state machine (selection, benches, refreshed values) live
in ``_rotator_state``; this module is the public surface.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Union

from pydantic import SecretStr

from langchain_mistral_secure.keys._rotator_state import (
    _RotatorState,
    _same,
    _Slot,
    logger,
)
from langchain_mistral_secure.keys.errors import (
    APIKeyError,
    MissingAPIKeyError,
    NoHealthyKeyError,
)
from langchain_mistral_secure.keys.health import SharedKeyHealth
from langchain_mistral_secure.keys.providers import (
    EnvKeyProvider,
    KeyProvider,
    StaticKeyProvider,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from langchain_mistral_secure.stores.vault import EncryptedVault

__all__ = [
    "DEFAULT_COOLDOWN",
    "SINGLE_KEY_COOLDOWN",
    "KeyRotator",
    "KeySource",
    "KeysArg",
    "as_rotator",
]

DEFAULT_COOLDOWN = 300.0
"""Seconds a rejected key stays benched when the rotator has other keys."""
SINGLE_KEY_COOLDOWN = 5.0
"""Seconds the only key stays benched: short, as there is nothing to fail over to."""

KeySource = Union[str, SecretStr, KeyProvider]  # noqa: UP007
"""One key: a literal (str or SecretStr) or a :class:`KeyProvider`."""

KeysArg = Union[KeySource, "KeyRotator", Sequence[KeySource], None]
"""What ``keys=`` accepts: a rotator, one source, a list of sources or None."""


class KeyRotator(_RotatorState):
    """Hands out one of several keys, rotating on a timer and on failure.

    * Time-based rotation: every ``rotate_every`` seconds the next healthy key
      becomes current (``None`` or ``0`` disables it).
    * ``report_failure(key)`` (called by :class:`MistralKeyAuth` on 401/403)
      benches the failed key for ``cooldown`` seconds and moves to the next
      healthy one. A provider-backed key is first refreshed once: if the
      provider then returns a *different* value (a rotated secret version), it
      is used; if it returns the same rejected value, the key is benched.
    * When every key is benched, ``get()`` raises :class:`NoHealthyKeyError`
      instead of looping.

    Thread-safe and asyncio-safe: state changes happen under a short lock that
    is never held across I/O or an ``await``. The rotator is itself a
    :class:`KeyProvider`. Its repr and str show counts, never keys.

    Args:
        keys_or_providers: Keys (str/SecretStr) and/or providers, in order.
        rotate_every: Seconds between time-based rotations.
        cooldown: Seconds a failed key stays benched. Default: 300 s when there
            are several keys, 5 s when there is one, so a single key that was
            rejected once (a transient 403) is tried again soon instead of
            locking the model for minutes.
        clock: Monotonic time source (inject a fake clock in tests).
        health_store: An :class:`~langchain_mistral_secure.stores.EncryptedVault`
            shared by replicas: benches are published there, and a key another
            replica benched is skipped here too (see :mod:`.health`).

    Raises:
        MissingAPIKeyError: No key was given, or a literal key is blank.
        TypeError: An item is neither a key nor a provider.

    Example:
        >>> keys = ["key-a", "key-b"]  # pragma: allowlist secret
        >>> rotator = KeyRotator(keys, cooldown=60)
        >>> key = rotator.get()
        >>> rotator.report_failure(key)
        >>> rotator
        KeyRotator(keys=2, healthy=1, benched=1, rotate_every=3600.0, cooldown=60)
    """

    def __init__(
        self,
        keys_or_providers: KeySource | Sequence[KeySource],
        rotate_every: float | None = 3600.0,
        cooldown: float | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
        health_store: EncryptedVault | None = None,
    ) -> None:
        """Build the rotator; literal keys are validated, providers are not called."""
        items: Sequence[KeySource]
        if isinstance(keys_or_providers, (str, SecretStr)) or not isinstance(
            keys_or_providers, Sequence
        ):
            items = [keys_or_providers]
        else:
            items = keys_or_providers
        if not items:
            msg = "KeyRotator needs at least one key or provider."
            raise MissingAPIKeyError(msg)
        self._slots: list[_Slot] = []
        for item in items:
            if isinstance(item, (str, SecretStr)):
                self._slots.append(_Slot(StaticKeyProvider(item), refreshable=False))
            elif isinstance(item, KeyProvider):
                self._slots.append(_Slot(item, refreshable=True))
            else:
                msg = (
                    "KeyRotator items must be str, SecretStr or a KeyProvider, "
                    f"not {type(item).__name__}."
                )
                raise TypeError(msg)
        self.rotate_every = rotate_every
        if cooldown is None:
            several = len(self._slots) > 1
            cooldown = DEFAULT_COOLDOWN if several else SINGLE_KEY_COOLDOWN
        self.cooldown = cooldown
        self._clock = clock
        self._health = SharedKeyHealth(health_store) if health_store else None
        self._lock = threading.Lock()
        self._index = 0
        self._rotated_at = clock()

    def __getstate__(self) -> dict[str, Any]:
        """Pickle the providers' configuration, never a resolved key.

        Key health is per process (it is measured on a monotonic clock), so
        an unpickled rotator starts with every key healthy. Literal keys are
        refused (see :class:`StaticKeyProvider`).
        """
        state = dict(self.__dict__)
        del state["_lock"]
        state["_slots"] = [_Slot(s.provider, s.refreshable) for s in self._slots]
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        """Restore with a fresh lock and clock."""
        self.__dict__.update(state)
        self._lock = threading.Lock()
        self._rotated_at = self._clock()

    # -- KeyProvider protocol ---------------------------------------------
    def get(self) -> SecretStr:
        """Return the current key.

        Raises:
            NoHealthyKeyError: Every key is benched.
            APIKeyError: The only key's provider failed (e.g. MissingAPIKeyError).
        """
        if self._health is not None:
            self._health.flush()  # benches queued by report_failure, outside the lock
        last_error: APIKeyError | None = None
        while True:
            try:
                with self._lock:
                    idx, generation = self._select_locked()
            except NoHealthyKeyError as exc:
                raise exc from last_error
            try:
                key = self._slots[idx].provider.get()
            except APIKeyError as exc:
                self._on_fetch_error(idx, exc)
                last_error = exc
                continue
            if self._health is not None and self._benched_elsewhere(
                idx, self._health.remaining(key)
            ):
                continue
            if self._accept(idx, generation, key):
                return key

    async def aget(self) -> SecretStr:
        """Async twin of :meth:`get` (providers are awaited, never under the lock)."""
        if self._health is not None:
            await self._health.aflush()
        last_error: APIKeyError | None = None
        while True:
            try:
                with self._lock:
                    idx, generation = self._select_locked()
            except NoHealthyKeyError as exc:
                raise exc from last_error
            try:
                key = await self._slots[idx].provider.aget()
            except APIKeyError as exc:
                self._on_fetch_error(idx, exc)
                last_error = exc
                continue
            if self._health is not None and self._benched_elsewhere(
                idx, await self._health.aremaining(key)
            ):
                continue
            if self._accept(idx, generation, key):
                return key

    def refresh(self) -> None:
        """Refresh every provider (drop their caches)."""
        for slot in self._slots:
            slot.provider.refresh()

    def report_failure(
        self, key: SecretStr | None = None, *, status: int | None = None
    ) -> None:
        """Report that ``key`` was rejected (e.g. HTTP 401/403).

        Reports for a key that is no longer handed out (already benched or
        refreshed by a concurrent request) are ignored, so N concurrent failures
        of one key bench it once.

        Args:
            key: The rejected key; ``None`` means the current one.
            status: The HTTP status of the rejection, named by
                :class:`NoHealthyKeyError` if every key ends up benched.

        Example:
            >>> rotator = KeyRotator(["key-a", "key-b"])  # pragma: allowlist secret
            >>> first = rotator.get()
            >>> rotator.report_failure(first)
            >>> rotator.get() == first
            False
        """
        with self._lock:
            now = self._clock()
            if key is None:
                idx = self._index
            else:
                found = [
                    i
                    for i, s in enumerate(self._slots)
                    if s.last_key is not None and _same(s.last_key, key)
                ]
                if not found:
                    return
                idx = found[0]
            slot = self._slots[idx]
            if not self._healthy(slot, now):
                return
            slot.last_status = status
            if slot.refreshable and slot.last_key is not None:
                slot.stale_key = slot.last_key
                slot.last_key = None
                slot.generation += 1
                logger.info(
                    "API key %d of %d rejected; refreshing its provider once",
                    idx + 1,
                    len(self._slots),
                )
                slot.provider.refresh()
            else:
                self._bench_locked(idx, now)

    # -- introspection ----------------------------------------------------
    @property
    def total(self) -> int:
        """Number of keys (slots)."""
        return len(self._slots)

    @property
    def benched_count(self) -> int:
        """Keys currently cooling down."""
        with self._lock:
            now = self._clock()
            return sum(not self._healthy(s, now) for s in self._slots)

    @property
    def healthy_count(self) -> int:
        """Keys that may be handed out now."""
        return self.total - self.benched_count

    @property
    def current_index(self) -> int:
        """0-based index of the current key (for metrics; not a secret)."""
        with self._lock:
            return self._index

    def __repr__(self) -> str:
        """Counts only, never keys."""
        benched = self.benched_count
        return (
            f"KeyRotator(keys={self.total}, healthy={self.total - benched}, "
            f"benched={benched}, rotate_every={self.rotate_every}, "
            f"cooldown={self.cooldown})"
        )

    __str__ = __repr__


def as_rotator(keys: KeysArg = None) -> KeyRotator:
    """Turn any accepted ``keys=`` value into a :class:`KeyRotator`.

    Args:
        keys: A rotator (returned as is), a provider, a str/SecretStr, a list of
            those, or None for ``EnvKeyProvider()`` (``MISTRAL_API_KEY``).

    Returns:
        A rotator.

    Example:
        >>> as_rotator(["key-a", "key-b"]).total  # pragma: allowlist secret
        2
    """
    if isinstance(keys, KeyRotator):
        return keys
    if keys is None:
        return KeyRotator([EnvKeyProvider()])
    if isinstance(keys, (str, SecretStr)) or not isinstance(keys, Sequence):
        return KeyRotator([keys])
    return KeyRotator(list(keys))
