"""PIIRestorer: a masker's originals put back into the answer, also while it streams.

Built by :meth:`~langchain_mistral_secure.privacy.PIIMasker.restorer`; it
restores placeholders in strings, messages and tool-call arguments, holding
back a possible partial placeholder at the end of a streamed buffer. It is
re-exported from, and says it lives in, :mod:`langchain_mistral_secure.privacy`,
so pickles and serialized ids keep that stable path.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Any
from uuid import UUID

from langchain_core.callbacks import (
    AsyncCallbackManagerForChainRun,
    CallbackManagerForChainRun,
)
from langchain_core.messages import AIMessage, AIMessageChunk
from langchain_core.runnables import RunnableConfig
from pydantic import ConfigDict, PrivateAttr

from langchain_mistral_secure._events import adispatch_findings
from langchain_mistral_secure._privacy_sessions import (
    _MAX_PLACEHOLDER,
    _PARTIAL,
    SessionKey,
    _scoped,
    _session_id,
)
from langchain_mistral_secure._runnable import TransformRunnable, with_doc
from langchain_mistral_secure._shapes import rekey
from langchain_mistral_secure.detection.engine import Finding

if TYPE_CHECKING:
    from langchain_mistral_secure.privacy import PIIMasker


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


# Restorers are pickled with their chain and named in serialized runs: they
# name the public module, not this private one.
PIIRestorer.__module__ = "langchain_mistral_secure.privacy"
