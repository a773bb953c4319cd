"""PIIMasker's mapping: its settings, and the per-session placeholder tables.

The base of :class:`~langchain_mistral_secure.privacy.PIIMasker`: the fields,
the compiled detectors, and the sessions that map values to placeholders and
back (in memory, with TTLs, or shared through a vault), and restoring
placeholders through them. Masking is in :mod:`langchain_mistral_secure.privacy`.
"""

from __future__ import annotations

import threading
import time
from typing import Any, ClassVar
from uuid import UUID

from pydantic import ConfigDict, Field, PrivateAttr

from langchain_mistral_secure._privacy_sessions import (
    _COMPONENT,
    _PLACEHOLDER,
    DEFAULT_SESSION,
    SessionKey,
    _Session,
)
from langchain_mistral_secure._runnable import InvokeRunnable
from langchain_mistral_secure._shapes import rekey
from langchain_mistral_secure.detection.engine import Detector
from langchain_mistral_secure.redactor import (
    compile_extra_detectors,
    placeholder_name,
    resolve_detectors,
)
from langchain_mistral_secure.streaming import splice


class _PIIMapping(InvokeRunnable):
    """Settings and session mappings of the PII masker (see its docstring)."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    detectors: list[Any] | None = None
    include_secrets: bool = False
    categories: list[str] | None = None
    extra_detectors: list[Any] = Field(default_factory=list)
    ttl: float | None = None
    run_ttl: float = Field(default=600.0, gt=0)
    vault: Any = None
    _component: ClassVar[str] = _COMPONENT

    _detectors: list[Detector] = PrivateAttr(default_factory=list)
    _sessions: dict[SessionKey, _Session] = PrivateAttr(default_factory=dict)
    _lock: Any = PrivateAttr(default_factory=threading.RLock)

    def __getstate__(self) -> dict[Any, Any]:
        """Pickle the configuration only: sessions (real PII) never enter a pickle.

        An unpickled masker starts with no sessions; share sessions across
        processes through a vault, not through pickles.
        """
        state = dict(super().__getstate__())
        private = dict(state.get("__pydantic_private__") or {})
        private.pop("_lock", None)
        private["_sessions"] = {}
        state["__pydantic_private__"] = private
        return state

    def __setstate__(self, state: dict[Any, Any]) -> None:
        """Restore the configuration with a fresh lock and no sessions."""
        super().__setstate__(state)
        self._lock = threading.RLock()

    def model_post_init(self, _context: Any, /) -> None:
        """Compile the detectors once."""
        names: list[Any]
        if self.detectors is None:
            names = ["pii", "secrets"] if self.include_secrets else ["pii"]
        else:
            names = list(self.detectors)
        compiled = resolve_detectors(names)
        compiled.extend(compile_extra_detectors(self.extra_detectors))
        self._detectors = compiled

    # ---------------------------------------------------------------- mapping

    def _sweep_runs(self, now: float) -> None:
        """Drop run-scoped sessions unused for ``run_ttl`` (restorer never ran)."""
        stale = [
            key
            for key, session in self._sessions.items()
            if isinstance(key, UUID) and now - session.touched > self.run_ttl
        ]
        for key in stale:
            del self._sessions[key]

    def _session(self, session_id: SessionKey) -> _Session:
        now = time.monotonic()
        with self._lock:
            session = self._sessions.get(session_id)
            if session is None:
                self._sweep_runs(now)
                session = self._sessions[session_id] = _Session(touched=now)
            elif self.ttl is not None and now - session.touched > self.ttl:
                session.by_value.clear()
                session.by_placeholder.clear()
            session.touched = now
            return session

    def _placeholder(
        self,
        session: _Session,
        category: str,
        value: str,
        shared: tuple[str, dict[str, str]] | None = None,
    ) -> str:
        """The session's placeholder for ``value``, made on first sight.

        With ``shared`` (a vault session id and a dict), a new placeholder is a
        keyed number and is added to the dict, for one vault write per text.
        """
        with self._lock:
            known = session.by_value.get(value)
            if known is not None:
                return known
            name = placeholder_name(category)
            if shared is not None:
                number = self.vault.keyed_number(shared[0], f"{name}\x00{value}")
                shared[1][f"<{name}_{number}>"] = value
            else:
                number = session.counters.get(name, 0) + 1
                session.counters[name] = number
            placeholder = f"<{name}_{number}>"
            session.by_value[value] = placeholder
            session.by_placeholder[placeholder] = value
        return placeholder

    def export_mapping(
        self, session_id: SessionKey = DEFAULT_SESSION
    ) -> dict[str, str]:
        """Return ``{placeholder: original}`` of a session (explicit request only).

        The result contains the personal data: store it as carefully as the
        data itself.

        Example:
            >>> from langchain_mistral_secure import PIIMasker
            >>> PIIMasker(detectors=[]).export_mapping()
            {}
        """
        with self._lock:
            session = self._live_session(session_id)
            return dict(session.by_placeholder) if session is not None else {}

    def _live_session(self, session_id: SessionKey) -> _Session | None:
        """The session if it has not expired (call with the lock held)."""
        session = self._sessions.get(session_id)
        if session is None:
            return None
        now = time.monotonic()
        if self.ttl is not None and now - session.touched > self.ttl:
            return None
        if isinstance(session_id, UUID) and now - session.touched > self.run_ttl:
            return None
        return session

    def _lookup(self, session_id: SessionKey, names: set[str]) -> dict[str, str]:
        """The originals of ``names`` only.

        No copy of the whole mapping per call: restoring a stream costs what its
        placeholders cost, not the session's size.
        """
        with self._lock:
            session = self._live_session(session_id)
            if session is None:
                found: dict[str, str] = {}
            else:
                known = session.by_placeholder
                found = {name: known[name] for name in names if name in known}
        missing = sorted(names - found.keys())
        if missing and self.vault is not None and isinstance(session_id, str):
            # Masked on another replica (or before a restart): one vault read.
            found.update(self.vault.get(session_id, missing))
        return found

    def clear(self, session_id: SessionKey | None = None) -> None:
        """Forget one session's mapping, or every session's with ``None``.

        Example:
            >>> from langchain_mistral_secure import PIIMasker
            >>> PIIMasker(detectors=[]).clear()
        """
        with self._lock:
            if session_id is None:
                self._sessions.clear()
            else:
                self._sessions.pop(session_id, None)

    def session_size(self, session_id: SessionKey = DEFAULT_SESSION) -> int:
        """Number of distinct values masked in a session."""
        return len(self.export_mapping(session_id))

    # -------------------------------------------------------------- restoring

    def restore_text(self, text: str, session_id: SessionKey = DEFAULT_SESSION) -> str:
        """Put the originals back for every known placeholder in ``text``.

        Unknown placeholders are left as they are.

        Example:
            >>> from langchain_mistral_secure import PIIMasker
            >>> PIIMasker(detectors=[]).restore_text("hi <EMAIL_9>")
            'hi <EMAIL_9>'
        """
        if "<" not in text:
            return text
        matches = list(_PLACEHOLDER.finditer(text))
        if not matches:
            return text
        mapping = self._lookup(session_id, {m.group(0) for m in matches})
        if not mapping:
            return text
        spans: list[tuple[int, int, str]] = []
        for match in matches:
            original = mapping.get(match.group(0))
            if original is not None:
                start, end = match.span()
                spans.append((start, end, original))
        return splice(text, spans)

    def restore(self, value: Any, session_id: SessionKey = DEFAULT_SESSION) -> Any:
        """Restore placeholders in a JSON-like value (tool-call arguments).

        Strings, dict keys and values, and list items are restored; other
        values pass unchanged. No callback fires.

        Example:
            >>> from langchain_mistral_secure import PIIMasker
            >>> PIIMasker(detectors=[]).restore({"to": ["<EMAIL_1>"]})
            {'to': ['<EMAIL_1>']}
        """
        if isinstance(value, str):
            return self.restore_text(value, session_id)
        if isinstance(value, dict):
            return rekey(
                value.items(),
                lambda key: self.restore_text(key, session_id),
                lambda item: self.restore(item, session_id),
            )
        if isinstance(value, (list, tuple)):
            return type(value)(self.restore(item, session_id) for item in value)
        return value
