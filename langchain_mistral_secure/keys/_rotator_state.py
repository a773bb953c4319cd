"""The key rotator's slots and its state machine (called with the lock held).

Which key is current, when one is benched and when a refreshed provider's value
counts as new: the bookkeeping behind :class:`~langchain_mistral_secure.KeyRotator`,
kept apart from its public surface (``get``/``aget``, ``report_failure``,
pickling, counts) in :mod:`langchain_mistral_secure.keys.rotator`. Slots say
they live there, so pickles name that stable path.
"""

from __future__ import annotations

import hmac
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from pydantic import SecretStr

from langchain_mistral_secure.keys.errors import APIKeyError, NoHealthyKeyError
from langchain_mistral_secure.keys.health import SharedKeyHealth
from langchain_mistral_secure.keys.providers import KeyProvider

_PUBLIC_MODULE = "langchain_mistral_secure.keys.rotator"

logger = logging.getLogger("langchain_mistral_secure.keys")


def _same(a: SecretStr, b: SecretStr) -> bool:
    return hmac.compare_digest(
        a.get_secret_value().encode("utf-8"), b.get_secret_value().encode("utf-8")
    )


@dataclass
class _Slot:
    provider: KeyProvider
    refreshable: bool
    benched_until: float = float("-inf")
    last_key: SecretStr | None = None
    stale_key: SecretStr | None = None
    generation: int = 0
    last_status: int | None = None


_Slot.__module__ = _PUBLIC_MODULE


class _RotatorState:
    """The slots of a rotator and the transitions between their states.

    Every ``*_locked`` method expects ``_lock`` held; the others take it.
    """

    _slots: list[_Slot]
    _lock: threading.Lock
    _clock: Callable[[], float]
    _health: SharedKeyHealth | None
    _index: int
    _rotated_at: float
    rotate_every: float | None
    cooldown: float

    def _healthy(self, slot: _Slot, now: float) -> bool:
        return slot.benched_until <= now

    def _advance_locked(self, now: float, *, include_current: bool) -> int:
        n = len(self._slots)
        steps = range(1, n + 1) if include_current else range(1, n)
        for step in steps:
            idx = (self._index + step) % n
            if self._healthy(self._slots[idx], now):
                return idx
        return -1

    def _select_locked(self) -> tuple[int, int]:
        now = self._clock()
        n = len(self._slots)
        if self.rotate_every and n > 1 and now - self._rotated_at >= self.rotate_every:
            nxt = self._advance_locked(now, include_current=False)
            self._rotated_at = now
            if nxt >= 0 and nxt != self._index:
                self._index = nxt
                logger.info("API key rotated on schedule: now key %d of %d", nxt + 1, n)
        if not self._healthy(self._slots[self._index], now):
            nxt = self._advance_locked(now, include_current=True)
            if nxt < 0:
                first = min(self._slots, key=lambda s: s.benched_until)
                raise NoHealthyKeyError(
                    total=n,
                    retry_after=max(first.benched_until - now, 0.0),
                    status=first.last_status,
                )
            self._index = nxt
            logger.info("switched to API key %d of %d", nxt + 1, n)
        return self._index, self._slots[self._index].generation

    def _bench_locked(
        self, idx: int, now: float, key: SecretStr | None = None, seconds: float = 0
    ) -> None:
        slot = self._slots[idx]
        seconds = seconds or self.cooldown
        slot.benched_until = now + seconds
        key = key or slot.last_key
        if self._health is not None and key is not None:
            self._health.queue_bench(key, seconds)
        slot.last_key = None
        slot.stale_key = None
        logger.warning(
            "API key %d of %d benched for %.0fs after a failure; healthy keys: %d",
            idx + 1,
            len(self._slots),
            self.cooldown,
            sum(self._healthy(s, now) for s in self._slots),
        )

    def _accept(self, idx: int, generation: int, key: SecretStr) -> bool:
        """Record a fetched key; False means "pick again"."""
        with self._lock:
            slot = self._slots[idx]
            if slot.generation != generation:
                return False  # refreshed meanwhile: fetch again
            if slot.stale_key is not None:
                if _same(key, slot.stale_key):
                    self._bench_locked(idx, self._clock(), key)
                    return False
                slot.stale_key = None
                logger.info(
                    "API key %d of %d refreshed to a new value",
                    idx + 1,
                    len(self._slots),
                )
            slot.last_key = key
            return True

    def _on_fetch_error(self, idx: int, exc: APIKeyError) -> None:
        if len(self._slots) == 1:
            raise exc
        with self._lock:
            logger.warning(
                "API key %d of %d could not be loaded (%s)",
                idx + 1,
                len(self._slots),
                type(exc).__name__,
            )
            if self._healthy(self._slots[idx], self._clock()):
                self._bench_locked(idx, self._clock())

    def _benched_elsewhere(self, idx: int, remaining: float) -> bool:
        """Bench locally a key that the shared health says is benched."""
        if remaining <= 0:
            return False
        with self._lock:
            slot = self._slots[idx]
            if self._healthy(slot, self._clock()):
                slot.benched_until = self._clock() + remaining
                slot.last_key = None
                logger.info(
                    "API key %d of %d is benched by another replica for %.0fs",
                    idx + 1,
                    len(self._slots),
                    remaining,
                )
        return True
