"""PIIMasker: reversible pseudonymization before the model, restoration after.

The masker replaces personal data in the prompt with consistent placeholders
(``<EMAIL_1>``, ``<PHONE_2>``) so it never leaves your infrastructure; the same
value gets the same placeholder within a session, and numbering never collides
across prompts. :meth:`PIIMasker.restorer` returns a Runnable that puts the
originals back into the model's answer, also while it streams.

The mapping lives in memory, per session, with an optional time-to-live. It is
never logged (reprs show counts only) and serialized only on explicit request
(:meth:`PIIMasker.export_mapping`).

Sessions: an explicit ``configurable.session_id`` names one. Without it, the
session is scoped to the chain invocation (the parent run that the masker and
its restorer share in ``masker | ... | masker.restorer()``), so two users'
requests never share a mapping; it is dropped when the restorer finishes, or
``run_ttl`` seconds later. A masker or restorer invoked on its own (no parent
run) uses the instance's :data:`DEFAULT_SESSION`.

Placeholder-shaped text already present in the masker's *input* (a user typing
``<EMAIL_1>``) is neutralized: its ``<``/``>`` become the single angle quotation
marks U+2039/U+203A, which no restorer resolves, so it can never name a mapping
entry.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Union
from uuid import UUID

import re2
from langchain_core.callbacks import (
    AsyncCallbackManagerForChainRun,
    CallbackManagerForChainRun,
)
from langchain_core.documents import Document
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.prompt_values import ChatPromptValue, PromptValue, StringPromptValue
from langchain_core.runnables import RunnableConfig
from pydantic import ConfigDict, Field, PrivateAttr

from langchain_mistral_secure._events import adispatch_findings
from langchain_mistral_secure._runnable import (
    InvokeRunnable,
    TransformRunnable,
    with_doc,
)
from langchain_mistral_secure._shapes import decode_utf8, rekey
from langchain_mistral_secure.detection.engine import (
    Detector,
    Finding,
    detect_all,
)
from langchain_mistral_secure.redactor import (
    compile_extra_detectors,
    placeholder_name,
    resolve_detectors,
)
from langchain_mistral_secure.streaming import splice

__all__ = [
    "DEFAULT_SESSION",
    "PIIMasker",
    "PIIRestorer",
    "SessionKey",
    "neutralize_placeholders",
]

DEFAULT_SESSION = "default"
"""Session of a masker/restorer invoked on its own (no session id, no parent run)."""

SessionKey = Union[str, UUID]  # noqa: UP007
"""A session: an explicit id (``str``) or a chain invocation's parent run id."""

_COMPONENT = "pii_masker"
# Private configurable key carrying the parent run id from the callback manager
# to ``_process``/``_open_stream`` (they only see the config).
_RUN_KEY = "__pii_masker_run"
_PLACEHOLDER = re2.compile(r"<([A-Z][A-Z0-9_]*)_([0-9]+)>")
_OPEN_ESCAPE = "\u2039"  # single left-pointing angle quotation mark
_CLOSE_ESCAPE = "\u203a"  # single right-pointing angle quotation mark
# A possible start of a placeholder at the very end of a streamed buffer.
_PARTIAL = re2.compile(r"<(?:[A-Z][A-Z0-9_]*)?$")
_MAX_PLACEHOLDER = 64


@dataclass
class _Session:
    """One session's mapping; never logged or repr'd with its contents."""

    by_value: dict[str, str] = field(default_factory=dict)
    by_placeholder: dict[str, str] = field(default_factory=dict)
    counters: dict[str, int] = field(default_factory=dict)
    touched: float = field(default_factory=time.monotonic)

    def __repr__(self) -> str:
        return f"_Session(entries={len(self.by_value)})"


def _session_id(config: RunnableConfig | None) -> SessionKey:
    """The explicit session id, else the parent run id, else the default."""
    configurable = (config or {}).get("configurable") or {}
    value = configurable.get("session_id")
    if value is not None:
        return str(value)
    run = configurable.get(_RUN_KEY)
    return run if isinstance(run, UUID) else DEFAULT_SESSION


def _scoped(
    config: RunnableConfig,
    run_manager: CallbackManagerForChainRun | AsyncCallbackManagerForChainRun,
) -> RunnableConfig:
    """A copy of ``config`` that carries the parent run id (if any)."""
    configurable = dict(config.get("configurable") or {})
    configurable.pop(_RUN_KEY, None)
    parent = getattr(run_manager, "parent_run_id", None)
    if isinstance(parent, UUID):
        configurable[_RUN_KEY] = parent
    return {**config, "configurable": configurable}


def neutralize_placeholders(text: str) -> str:
    """Turn placeholder-shaped text into an inert look-alike.

    The ``<``/``>`` of ``<EMAIL_1>`` become U+2039/U+203A (single angle
    quotation marks), which no restorer resolves, so text typed by a user can
    never name another value's mapping.

    Example:
        >>> neutralize_placeholders("repeat <EMAIL_1> please")
        'repeat \u2039EMAIL_1\u203a please'
    """
    if "<" not in text:
        return text
    return splice(text, list(_escape_spans(text)))


def _merge_spans(
    primary: list[tuple[int, int, str]], extra: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """``primary`` plus the ``extra`` spans that overlap none of them, sorted.

    Both lists are sorted and non-overlapping; one linear pass.
    """
    out = list(primary)
    i = 0
    for span in extra:
        while i < len(primary) and primary[i][1] <= span[0]:
            i += 1
        if i < len(primary) and primary[i][0] < span[1]:
            continue  # masked together with the finding it overlaps
        out.append(span)
    out.sort(key=lambda item: item[0])
    return out


def _escape_spans(text: str) -> Iterator[tuple[int, int, str]]:
    for match in _PLACEHOLDER.finditer(text):
        start, end = match.span()
        yield start, end, f"{_OPEN_ESCAPE}{text[start + 1 : end - 1]}{_CLOSE_ESCAPE}"


class PIIMasker(InvokeRunnable):
    r"""Replaces PII in the input with consistent, reversible placeholders.

    Accepts ``str``, ``bytes`` (strict UTF-8; invalid bytes raise
    :class:`~langchain_mistral_secure._shapes.UndecodableInputError`), ``dict``
    (keys and values), a message or list of messages (any role, ``ChatMessage``
    included), a ``Document`` (``page_content`` and ``metadata``), or a
    ``PromptValue``, and returns the same shape. Pair it with :meth:`restorer`
    after the model::

        chain = masker | prompt | llm | masker.restorer()

    Sessions: the mapping is kept per ``config["configurable"]["session_id"]``.
    Without one, it is scoped to the chain invocation: the masker and its
    restorer in one ``masker | ... | masker.restorer()`` sequence share their
    parent run, so each invocation (each user, each ``batch`` item) gets its own
    mapping, dropped when the restorer finishes or ``run_ttl`` seconds after
    its last use. Only a masker or restorer invoked on its own (no parent run)
    uses this instance's ``"default"`` session. If the masker runs nested (inside
    a dict/``RunnableParallel`` step or a sub-chain) its parent differs from the
    restorer's: pass a ``session_id`` then. With ``ttl`` set, a session's values
    are forgotten that many seconds after its last use (numbering keeps
    counting, so an old placeholder never points at a new value).

    Placeholder-shaped text in the input (``<EMAIL_1>`` typed by a user) is
    neutralized (``<``/``>`` become U+2039/U+203A) before masking, so it cannot
    refer to a value of the mapping.

    Args:
        detectors: Registered detector names or Detectors; default ``["pii"]``
            (plus ``"secrets"`` with ``include_secrets=True``).
        include_secrets: Also mask secrets (keys, tokens).
        categories: Only mask these categories (default: all found).
        extra_detectors: More detectors (regex strings, ``(category, pattern)``
            pairs, callables, Detectors), as for the redactor.
        ttl: Seconds a session's mapping lives after its last use; ``None``
            keeps it until :meth:`clear`.
        run_ttl: Seconds a run-scoped session (no ``session_id``, inside a
            chain) lives after its last use if its restorer never finishes.
        vault: An :class:`~langchain_mistral_secure.stores.EncryptedVault`
            shared by replicas. Sessions named by a ``session_id`` then live
            there too, encrypted with a TTL: a placeholder masked on one replica
            is restored on another. Placeholders become keyed numbers
            (``<EMAIL_482139071>``), the same on every replica, so no counter
            needs coordinating. Run-scoped sessions stay in this process.

    Example:
        >>> from langchain_mistral_secure.detection.engine import Rule, RuleDetector
        >>> pattern = r"[a-z]+@[a-z]+\.com"
        >>> det = RuleDetector([Rule("d.e", "email", pattern, max_len=40)])
        >>> masker = PIIMasker(detectors=[det])
        >>> masker.invoke("write to ann@corp.com")
        'write to <EMAIL_1>'
        >>> masker.restorer().invoke("I wrote to <EMAIL_1>.")
        'I wrote to ann@corp.com.'
    """

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

    def __repr__(self) -> str:
        """Counts only: never a value or placeholder of the mapping."""
        with self._lock:
            sessions = len(self._sessions)
            entries = sum(len(s.by_value) for s in self._sessions.values())
        return (
            f"PIIMasker(detectors={len(self._detectors)}, sessions={sessions}, "
            f"entries={entries}, ttl={self.ttl})"
        )

    __str__ = __repr__

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

    # ---------------------------------------------------------------- masking

    def mask_text(
        self,
        text: str,
        session_id: SessionKey = DEFAULT_SESSION,
        *,
        sink: list[Finding] | None = None,
    ) -> str:
        r"""Mask one text in a session.

        Placeholder-shaped text already in ``text`` is neutralized
        (its ``<``/``>`` become U+2039/U+203A), so it cannot name a mapping
        entry.

        Raises:
            DetectionError: If a detector fails (the text is not passed on).

        Example:
            >>> from langchain_mistral_secure.detection.engine import Rule, RuleDetector
            >>> rule = Rule("d.p", "phone", r"\b\d{3}-\d{4}\b", max_len=8)
            >>> det = RuleDetector([rule])
            >>> PIIMasker(detectors=[det]).mask_text("555-1234 or 555-1234")
            '<PHONE_1> or <PHONE_1>'
        """
        if not text:
            return text
        findings = detect_all(text, self._detectors)
        if self.categories is not None:
            wanted = set(self.categories)
            findings = [f for f in findings if f.category in wanted]
        escapes = list(_escape_spans(text)) if "<" in text else []
        if not findings:
            return splice(text, escapes) if escapes else text
        if sink is not None:
            sink.extend(findings)
        session = self._session(session_id)
        new: dict[str, str] = {}
        shared = (
            (session_id, new)
            if self.vault is not None and isinstance(session_id, str)
            else None
        )
        spans = [
            (
                f.start,
                f.end,
                self._placeholder(session, f.category, text[f.start : f.end], shared),
            )
            for f in findings
        ]
        if new:  # one write per text, outside the lock: the vault may be remote
            self.vault.put(session_id, new)
        return splice(text, _merge_spans(spans, escapes))

    def _mask_content(self, content: Any, sid: SessionKey, sink: list[Finding]) -> Any:
        if isinstance(content, str):
            return self.mask_text(content, sid, sink=sink)
        if isinstance(content, list):
            out: list[Any] = []
            for block in content:
                if isinstance(block, str):
                    out.append(self.mask_text(block, sid, sink=sink))
                elif isinstance(block, dict) and isinstance(block.get("text"), str):
                    out.append(
                        {**block, "text": self.mask_text(block["text"], sid, sink=sink)}
                    )
                else:
                    out.append(block)
            return out
        return content

    def _mask_message(
        self, message: BaseMessage, sid: SessionKey, sink: list[Finding]
    ) -> Any:
        update: dict[str, Any] = {
            "content": self._mask_content(message.content, sid, sink)
        }
        if isinstance(message, AIMessage) and message.tool_calls:
            update["tool_calls"] = [
                {**call, "args": self._mask_obj(call["args"], sid, sink)}
                for call in message.tool_calls
            ]
        return message.model_copy(update=update)

    def _mask_obj(self, value: Any, sid: SessionKey, sink: list[Finding]) -> Any:
        """Mask a JSON-like value: strings, dict keys and values, list items."""
        if isinstance(value, str):
            return self.mask_text(value, sid, sink=sink)
        if isinstance(value, dict):
            return rekey(
                value.items(),
                lambda key: self.mask_text(key, sid, sink=sink),
                lambda item: self._mask_obj(item, sid, sink),
            )
        if isinstance(value, list):
            return [self._mask_obj(v, sid, sink) for v in value]
        return value

    def _mask_prompt(
        self, value: PromptValue, sid: SessionKey, sink: list[Finding]
    ) -> Any:
        if isinstance(value, StringPromptValue):
            return StringPromptValue(text=self.mask_text(value.text, sid, sink=sink))
        return ChatPromptValue(
            messages=[self._mask_message(m, sid, sink) for m in value.to_messages()]
        )

    def _mask_any(self, value: Any, sid: SessionKey, sink: list[Finding]) -> Any:
        if isinstance(value, str):
            out: Any = self.mask_text(value, sid, sink=sink)
        elif isinstance(value, (bytes, bytearray, memoryview)):
            # Fails closed: undecodable bytes cannot be scanned, so never pass.
            out = self.mask_text(decode_utf8(value), sid, sink=sink).encode("utf-8")
        elif isinstance(value, BaseMessage):
            out = self._mask_message(value, sid, sink)
        elif isinstance(value, PromptValue):
            out = self._mask_prompt(value, sid, sink)
        elif isinstance(value, Document):
            out = value.model_copy(
                update={
                    "page_content": self.mask_text(value.page_content, sid, sink=sink),
                    "metadata": self._mask_any(value.metadata, sid, sink),
                }
            )
        elif isinstance(value, Mapping):
            out = rekey(
                value.items(),
                lambda key: self.mask_text(key, sid, sink=sink),
                lambda item: self._mask_any(item, sid, sink),
            )
        elif isinstance(value, (list, tuple, set, frozenset)):
            out = type(value)(self._mask_any(v, sid, sink) for v in value)
        elif value is None or isinstance(value, (bool, int, float)):
            out = value
        elif detect_all(str(value), self._detectors):
            # Fails closed: PII inside an object this masker cannot rewrite.
            msg = (
                f"PIIMasker cannot mask inside a {type(value).__name__}; "
                "pass its text, a dict or a Document instead"
            )
            raise TypeError(msg)
        else:
            out = value
        return out

    def mask(self, value: Any, session_id: SessionKey = DEFAULT_SESSION) -> Any:
        r"""Mask any supported input shape in a session; return the same shape.

        The shapes are those of :meth:`invoke`: ``str``, ``bytes`` (strict
        UTF-8), messages, ``PromptValue``, ``Document`` (``page_content`` and
        ``metadata``), and dicts/lists/tuples (dict keys too), walked
        recursively. No callback fires: this is the method other guards (the
        agent middleware) call directly.

        Raises:
            DetectionError: If a detector fails (nothing is passed on).
            UndecodableInputError: If ``bytes`` are not valid UTF-8.

        Example:
            >>> from langchain_mistral_secure.detection.engine import Rule, RuleDetector
            >>> det = RuleDetector([Rule("d.e", "email", r"[a-z]+@[a-z]+\.com", max_len=40)])
            >>> PIIMasker(detectors=[det]).mask({"ann@corp.com": [b"ann@corp.com"]})
            {'<EMAIL_1>': [b'<EMAIL_1>']}
        """  # noqa: E501
        return self._mask_any(value, session_id, [])

    def _process(self, value: Any, sink: list[Finding], config: RunnableConfig) -> Any:
        return self._mask_any(value, _session_id(config), sink)

    def _invoke(
        self,
        value: Any,
        run_manager: CallbackManagerForChainRun,
        config: RunnableConfig,
    ) -> Any:
        return super()._invoke(value, run_manager, _scoped(config, run_manager))

    async def _ainvoke(
        self,
        value: Any,
        run_manager: AsyncCallbackManagerForChainRun,
        config: RunnableConfig,
    ) -> Any:
        scoped = _scoped(config, run_manager)
        if self.vault is None:
            return await super()._ainvoke(value, run_manager, scoped)
        # The vault may be a network store: its writes run off the event loop.
        sink: list[Finding] = []
        try:
            return await asyncio.to_thread(self._process, value, sink, scoped)
        finally:
            await adispatch_findings(self._component, sink, scoped)

    invoke = with_doc(
        InvokeRunnable.invoke,
        "Mask PII in ``input`` (str, dict, messages or PromptValue).",
    )

    # -------------------------------------------------------------- restoring

    def restore_text(self, text: str, session_id: SessionKey = DEFAULT_SESSION) -> str:
        """Put the originals back for every known placeholder in ``text``.

        Unknown placeholders are left as they are.

        Example:
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

    def restorer(self, session_id: str | None = None) -> PIIRestorer:
        """A Runnable that restores this masker's placeholders in the answer.

        Args:
            session_id: A fixed session; by default the restorer reads
                ``configurable.session_id`` from its config, like the masker.

        Example:
            >>> PIIMasker(detectors=[]).restorer().invoke("nothing to restore")
            'nothing to restore'
        """
        restorer = PIIRestorer(session_id=session_id)
        restorer._masker = self  # noqa: SLF001
        return restorer


class _RestoreWindow:
    """Restores placeholders in a stream, holding back a possible partial one."""

    def __init__(
        self,
        masker: PIIMasker,
        session_id: SessionKey,
        restore: Callable[[Any], Any],
    ) -> None:
        self._masker = masker
        self._session_id = session_id
        self._restore = restore
        self._buf = ""
        self._last_chunk: AIMessageChunk | None = None
        self._last_was_chunk = False

    def push(self, text: str) -> str:
        self._buf += text
        cut = len(self._buf)
        last = self._buf.rfind("<", max(0, cut - _MAX_PLACEHOLDER))
        if last >= 0 and _PARTIAL.search(self._buf[last:]) is not None:
            cut = last
        ready, self._buf = self._buf[:cut], self._buf[cut:]
        return self._masker.restore_text(ready, self._session_id)

    def flush(self) -> str:
        ready, self._buf = self._buf, ""
        return self._masker.restore_text(ready, self._session_id)

    def feed(self, item: Any) -> Iterator[Any]:
        self._last_was_chunk = isinstance(item, AIMessageChunk)
        if isinstance(item, str):
            out = self.push(item)
            if out:
                yield out
        elif isinstance(item, AIMessageChunk) and isinstance(item.content, str):
            self._last_chunk = item
            text = self.push(item.content)
            restored = self._restore(item.model_copy(update={"content": ""}))
            yield restored.model_copy(update={"content": text})
        elif isinstance(item, AIMessage):
            rest = self.flush()
            if rest:
                yield rest
            yield self._restore(item)
        else:
            msg = f"PIIRestorer cannot stream {type(item).__name__}"
            raise TypeError(msg)

    def finish(self) -> Iterator[Any]:
        rest = self.flush()
        if not rest:
            return
        if self._last_was_chunk and self._last_chunk is not None:
            yield AIMessageChunk(content=rest, id=self._last_chunk.id)
        else:
            yield rest

    def findings(self) -> list[Finding]:
        return []


class PIIRestorer(TransformRunnable):
    """Puts a :class:`PIIMasker`'s originals back into the model's answer.

    Accepts ``str``, ``AIMessage``/``AIMessageChunk`` and streams of ``str`` or
    ``AIMessageChunk``; a placeholder split across chunks is restored whole.
    Tool-call arguments are restored too. Build it with
    :meth:`PIIMasker.restorer`.

    Example:
        >>> masker = PIIMasker(detectors=[])
        >>> list(masker.restorer().stream("plain answer"))
        ['plain answer']
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    session_id: str | None = None
    _masker: PIIMasker | None = PrivateAttr(default=None)

    def __repr__(self) -> str:
        """No mapping content, ever."""
        return f"PIIRestorer(session_id={'fixed' if self.session_id else None})"

    __str__ = __repr__

    def _parts(self, config: RunnableConfig | None) -> tuple[PIIMasker, SessionKey]:
        if self._masker is None:
            msg = "PIIRestorer must be created with PIIMasker.restorer()"
            raise RuntimeError(msg)
        return self._masker, self.session_id or _session_id(config)

    def _restore_obj(self, value: Any, masker: PIIMasker, sid: SessionKey) -> Any:
        if isinstance(value, str):
            return masker.restore_text(value, sid)
        if isinstance(value, dict):
            return rekey(
                value.items(),
                lambda key: masker.restore_text(key, sid),
                lambda item: self._restore_obj(item, masker, sid),
            )
        if isinstance(value, list):
            return [self._restore_obj(v, masker, sid) for v in value]
        return value

    def _restore(self, value: Any, config: RunnableConfig) -> Any:
        masker, sid = self._parts(config)
        if isinstance(value, str):
            return masker.restore_text(value, sid)
        if isinstance(value, AIMessage):
            update: dict[str, Any] = {
                "content": self._restore_obj(value.content, masker, sid)
            }
            if value.tool_calls:
                update["tool_calls"] = [
                    {**call, "args": self._restore_obj(call["args"], masker, sid)}
                    for call in value.tool_calls
                ]
            if isinstance(value, AIMessageChunk) and value.tool_call_chunks:
                update["tool_call_chunks"] = [
                    {**c, "args": self._restore_obj(c.get("args"), masker, sid)}
                    for c in value.tool_call_chunks
                ]
            if "tool_calls" in value.additional_kwargs:
                update["additional_kwargs"] = self._restore_obj(
                    value.additional_kwargs, masker, sid
                )
            return value.model_copy(update=update)
        msg = f"PIIRestorer cannot restore {type(value).__name__}"
        raise TypeError(msg)

    def _process(
        self,
        value: Any,
        sink: list[Finding],  # noqa: ARG002
        config: RunnableConfig,
    ) -> Any:
        return self._restore(value, config)

    def _open_stream(self, config: RunnableConfig) -> _RestoreWindow:
        masker, sid = self._parts(config)
        return _RestoreWindow(masker, sid, lambda value: self._restore(value, config))

    def _done(self, config: RunnableConfig) -> None:
        """Drop a run-scoped session once its restorer has finished."""
        masker, sid = self._parts(config)
        if isinstance(sid, UUID):
            masker.clear(sid)

    def _invoke(
        self,
        value: Any,
        run_manager: CallbackManagerForChainRun,
        config: RunnableConfig,
    ) -> Any:
        scoped = _scoped(config, run_manager)
        try:
            return super()._invoke(value, run_manager, scoped)
        finally:
            self._done(scoped)

    async def _ainvoke(
        self,
        value: Any,
        run_manager: AsyncCallbackManagerForChainRun,
        config: RunnableConfig,
    ) -> Any:
        scoped = _scoped(config, run_manager)
        try:
            if self._masker is None or self._masker.vault is None:
                return await super()._ainvoke(value, run_manager, scoped)
            # Restoring may read the vault (a network store): off the event loop.
            sink: list[Finding] = []
            try:
                return await asyncio.to_thread(self._process, value, sink, scoped)
            finally:
                await adispatch_findings(self._component, sink, scoped)
        finally:
            self._done(scoped)

    def _transform(
        self,
        chunks: Iterator[Any],
        run_manager: CallbackManagerForChainRun,
        config: RunnableConfig,
    ) -> Iterator[Any]:
        scoped = _scoped(config, run_manager)
        try:
            yield from super()._transform(chunks, run_manager, scoped)
        finally:
            self._done(scoped)

    async def _atransform(
        self,
        chunks: AsyncIterator[Any],
        run_manager: AsyncCallbackManagerForChainRun,
        config: RunnableConfig,
    ) -> AsyncIterator[Any]:
        scoped = _scoped(config, run_manager)
        try:
            async for out in super()._atransform(chunks, run_manager, scoped):
                yield out
        finally:
            self._done(scoped)

    invoke = with_doc(
        TransformRunnable.invoke, "Restore placeholders in a ``str`` or ``AIMessage``."
    )
    transform = with_doc(
        TransformRunnable.transform,
        "Restore a stream of ``str`` or ``AIMessageChunk``.",
    )
    stream = with_doc(TransformRunnable.stream, "Restore ``input`` as a stream.")
