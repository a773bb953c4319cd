"""PIIMasker: reversible pseudonymization before the model, restoration after.

The masker replaces personal data in the prompt with consistent placeholders
(``<EMAIL_1>``, ``<PHONE_2>``) so it never leaves your infrastructure; the same
value gets the same placeholder within a session, and numbering never collides
across prompts. :meth:`PIIMasker.restorer` returns a Runnable that puts the
originals back into the model's answer, also while it streams.

The mapping lives in memory, per session, with an optional time-to-live. It is
never logged (reprs show counts only) and serialized only on explicit request
(:meth:`PIIMasker.export_mapping`).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, ClassVar

import re2
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.prompt_values import ChatPromptValue, PromptValue, StringPromptValue
from langchain_core.runnables import RunnableConfig
from pydantic import ConfigDict, Field, PrivateAttr

from langchain_mistral_secure._runnable import (
    InvokeRunnable,
    TransformRunnable,
    with_doc,
)
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

__all__ = ["DEFAULT_SESSION", "PIIMasker", "PIIRestorer"]

DEFAULT_SESSION = "default"
"""Session used when the config names none (``configurable.session_id``)."""

_COMPONENT = "pii_masker"
_PLACEHOLDER = re2.compile(r"<([A-Z][A-Z0-9_]*)_([0-9]+)>")
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


def _session_id(config: RunnableConfig | None) -> str:
    configurable = (config or {}).get("configurable") or {}
    value = configurable.get("session_id")
    return str(value) if value is not None else DEFAULT_SESSION


class PIIMasker(InvokeRunnable):
    r"""Replaces PII in the input with consistent, reversible placeholders.

    Accepts ``str``, ``dict`` (string, message and prompt values inside are
    masked), a message or list of messages, or a ``PromptValue``, and returns the
    same shape. Pair it with :meth:`restorer` after the model::

        chain = masker | prompt | llm | masker.restorer()

    Sessions: the mapping is kept per ``config["configurable"]["session_id"]``
    (default ``"default"``). With ``ttl`` set, a session's values are forgotten
    that many seconds after its last use (numbering keeps counting, so an old
    placeholder never points at a new value).

    Args:
        detectors: Registered detector names or Detectors; default ``["pii"]``
            (plus ``"secrets"`` with ``include_secrets=True``).
        include_secrets: Also mask secrets (keys, tokens).
        categories: Only mask these categories (default: all found).
        extra_detectors: More detectors (regex strings, ``(category, pattern)``
            pairs, callables, Detectors), as for the redactor.
        ttl: Seconds a session's mapping lives after its last use; ``None``
            keeps it until :meth:`clear`.

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
    _component: ClassVar[str] = _COMPONENT

    _detectors: list[Detector] = PrivateAttr(default_factory=list)
    _sessions: dict[str, _Session] = PrivateAttr(default_factory=dict)
    _lock: Any = PrivateAttr(default_factory=threading.RLock)

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

    def _session(self, session_id: str) -> _Session:
        now = time.monotonic()
        with self._lock:
            session = self._sessions.get(session_id)
            if session is None:
                session = self._sessions[session_id] = _Session(touched=now)
            elif self.ttl is not None and now - session.touched > self.ttl:
                session.by_value.clear()
                session.by_placeholder.clear()
            session.touched = now
            return session

    def _placeholder(self, session: _Session, category: str, value: str) -> str:
        with self._lock:
            known = session.by_value.get(value)
            if known is not None:
                return known
            name = placeholder_name(category)
            number = session.counters.get(name, 0) + 1
            session.counters[name] = number
            placeholder = f"<{name}_{number}>"
            session.by_value[value] = placeholder
            session.by_placeholder[placeholder] = value
            return placeholder

    def export_mapping(self, session_id: str = DEFAULT_SESSION) -> dict[str, str]:
        """Return ``{placeholder: original}`` of a session (explicit request only).

        The result contains the personal data: store it as carefully as the
        data itself.

        Example:
            >>> PIIMasker(detectors=[]).export_mapping()
            {}
        """
        with self._lock:
            session = self._sessions.get(session_id)
            if session is None:
                return {}
            if self.ttl is not None and time.monotonic() - session.touched > self.ttl:
                return {}
            return dict(session.by_placeholder)

    def clear(self, session_id: str | None = None) -> None:
        """Forget one session's mapping, or every session's with ``None``.

        Example:
            >>> PIIMasker(detectors=[]).clear()
        """
        with self._lock:
            if session_id is None:
                self._sessions.clear()
            else:
                self._sessions.pop(session_id, None)

    def session_size(self, session_id: str = DEFAULT_SESSION) -> int:
        """Number of distinct values masked in a session."""
        return len(self.export_mapping(session_id))

    # ---------------------------------------------------------------- masking

    def mask_text(
        self,
        text: str,
        session_id: str = DEFAULT_SESSION,
        *,
        sink: list[Finding] | None = None,
    ) -> str:
        r"""Mask one text in a session.

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
        if not findings:
            return text
        if sink is not None:
            sink.extend(findings)
        session = self._session(session_id)
        return splice(
            text,
            [
                (
                    f.start,
                    f.end,
                    self._placeholder(session, f.category, text[f.start : f.end]),
                )
                for f in findings
            ],
        )

    def _mask_content(self, content: Any, sid: str, sink: list[Finding]) -> Any:
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

    def _mask_message(self, message: BaseMessage, sid: str, sink: list[Finding]) -> Any:
        update: dict[str, Any] = {
            "content": self._mask_content(message.content, sid, sink)
        }
        if isinstance(message, AIMessage) and message.tool_calls:
            update["tool_calls"] = [
                {**call, "args": self._mask_obj(call["args"], sid, sink)}
                for call in message.tool_calls
            ]
        return message.model_copy(update=update)

    def _mask_obj(self, value: Any, sid: str, sink: list[Finding]) -> Any:
        if isinstance(value, str):
            return self.mask_text(value, sid, sink=sink)
        if isinstance(value, dict):
            return {k: self._mask_obj(v, sid, sink) for k, v in value.items()}
        if isinstance(value, list):
            return [self._mask_obj(v, sid, sink) for v in value]
        return value

    def _mask_prompt(self, value: PromptValue, sid: str, sink: list[Finding]) -> Any:
        if isinstance(value, StringPromptValue):
            return StringPromptValue(text=self.mask_text(value.text, sid, sink=sink))
        return ChatPromptValue(
            messages=[self._mask_message(m, sid, sink) for m in value.to_messages()]
        )

    def _mask_any(self, value: Any, sid: str, sink: list[Finding]) -> Any:
        if isinstance(value, str):
            out: Any = self.mask_text(value, sid, sink=sink)
        elif isinstance(value, BaseMessage):
            out = self._mask_message(value, sid, sink)
        elif isinstance(value, PromptValue):
            out = self._mask_prompt(value, sid, sink)
        elif isinstance(value, dict):
            out = {k: self._mask_any(v, sid, sink) for k, v in value.items()}
        elif isinstance(value, (list, tuple)):
            out = type(value)(self._mask_any(v, sid, sink) for v in value)
        else:
            out = value
        return out

    def _process(self, value: Any, sink: list[Finding], config: RunnableConfig) -> Any:
        return self._mask_any(value, _session_id(config), sink)

    invoke = with_doc(
        InvokeRunnable.invoke,
        "Mask PII in ``input`` (str, dict, messages or PromptValue).",
    )

    # -------------------------------------------------------------- restoring

    def restore_text(self, text: str, session_id: str = DEFAULT_SESSION) -> str:
        """Put the originals back for every known placeholder in ``text``.

        Unknown placeholders are left as they are.

        Example:
            >>> PIIMasker(detectors=[]).restore_text("hi <EMAIL_9>")
            'hi <EMAIL_9>'
        """
        if "<" not in text:
            return text
        mapping = self.export_mapping(session_id)
        if not mapping:
            return text
        spans: list[tuple[int, int, str]] = []
        for match in _PLACEHOLDER.finditer(text):
            original = mapping.get(match.group(0))
            if original is not None:
                start, end = match.span()
                spans.append((start, end, original))
        return splice(text, spans)

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
        self, masker: PIIMasker, session_id: str, restore: Callable[[Any], Any]
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

    def _parts(self, config: RunnableConfig | None) -> tuple[PIIMasker, str]:
        if self._masker is None:
            msg = "PIIRestorer must be created with PIIMasker.restorer()"
            raise RuntimeError(msg)
        return self._masker, self.session_id or _session_id(config)

    def _restore_obj(self, value: Any, masker: PIIMasker, sid: str) -> Any:
        if isinstance(value, str):
            return masker.restore_text(value, sid)
        if isinstance(value, dict):
            return {k: self._restore_obj(v, masker, sid) for k, v in value.items()}
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

    invoke = with_doc(
        TransformRunnable.invoke, "Restore placeholders in a ``str`` or ``AIMessage``."
    )
    transform = with_doc(
        TransformRunnable.transform,
        "Restore a stream of ``str`` or ``AIMessageChunk``.",
    )
    stream = with_doc(TransformRunnable.stream, "Restore ``input`` as a stream.")
