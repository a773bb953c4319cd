"""The streamed answer of the guarded model, chunk by chunk.

:class:`GuardedStream` turns the server's chunks into what the caller may see:
text through the masker's placeholder restorer and the redactor's hold-back
window, tool-call parts held to the end and checked whole. :func:`moderated`
holds chunks back until the moderation API has seen their text.
"""

from __future__ import annotations

from collections import deque
from collections.abc import AsyncIterator, Iterator, Sequence
from typing import TYPE_CHECKING, Any, cast

from langchain_core.callbacks import (
    AsyncCallbackManagerForLLMRun,
    CallbackManagerForLLMRun,
)
from langchain_core.messages import AIMessageChunk, ToolCallChunk
from langchain_core.outputs import ChatGenerationChunk

from langchain_mistral_secure._guard_call import GuardedCall
from langchain_mistral_secure._redact_stream import _StreamState
from langchain_mistral_secure.detection.engine import Finding
from langchain_mistral_secure.privacy import _RestoreWindow

if TYPE_CHECKING:
    from langchain_core.runnables import RunnableConfig

    from langchain_mistral_secure.moderation import MistralModerationGuard

__all__ = ["GuardedStream", "amoderated", "areport", "moderated", "report"]


class GuardedStream:
    """The caller's view of a streamed answer, chunk by chunk.

    Text goes through the masker's restorer (a placeholder split across chunks
    is restored whole) and then the redactor's hold-back window. When a masker
    is used, tool-call parts are held to the end of the stream and masked whole
    (Mistral sends each call in one piece anyway). Each output chunk keeps the
    ``generation_info`` of the input chunk it came from.
    """

    def __init__(self, call: GuardedCall) -> None:
        """Open the windows of one stream."""
        self._call = call
        self._state = _StreamState(call.redactor) if call.redactor is not None else None
        # Built on the first chunk: the session is known once the input is
        # prepared.
        self._restorer: _RestoreWindow | None = None
        self._started = False
        self._tools = _HeldToolCalls()
        self._infos: deque[dict[str, Any] | None] = deque()
        self._list_content = False

    def findings(self) -> list[Finding]:
        """What the call and the stream's windows found so far."""
        windows = self._state.findings() if self._state is not None else []
        return [*self._call.sink, *windows]

    def feed(self, chunk: ChatGenerationChunk) -> list[ChatGenerationChunk]:
        """Take one chunk from the server; return what may be emitted now."""
        self._start()
        message = chunk.message
        if not isinstance(message, AIMessageChunk):
            msg = f"guarded model cannot check a {type(message).__name__} chunk"
            raise TypeError(msg)
        if self._restorer is not None:
            message = self._hold_tools(message)
            message = message.model_copy(
                update={"content": self._restore_stream(message.content)}
            )
        return self._push(message, chunk.generation_info)

    def finish(self) -> list[ChatGenerationChunk]:
        """The stream ended: release what was held back."""
        self._start()
        out: list[ChatGenerationChunk] = []
        if self._restorer is not None:
            tail = self._tail(self._restorer.flush())
            if tail is not None:
                out.extend(self._push(tail, None))
        if self._state is not None:
            out.extend(
                self._wrap(item if isinstance(item, AIMessageChunk) else None, item)
                for item in self._state.finish()
            )
        marker = self._call.marker()
        if marker:
            last = (
                out[-1]
                if out
                else ChatGenerationChunk(message=AIMessageChunk(content=""))
            )
            last.message.response_metadata = {
                **last.message.response_metadata,
                **marker,
            }
            if not out:
                out.append(last)
        return out

    def _start(self) -> None:
        if self._started:
            return
        self._started = True
        call = self._call
        if call.masker is not None and call.session is not None:
            self._restorer = _RestoreWindow(call.masker, call.session, _identity)

    def _wrap(self, message: AIMessageChunk | None, item: Any) -> ChatGenerationChunk:
        info = self._infos.popleft() if self._infos else None
        chunk_message = (
            message if message is not None else AIMessageChunk(content=str(item))
        )
        return ChatGenerationChunk(message=chunk_message, generation_info=info)

    def _push(
        self, message: AIMessageChunk, info: dict[str, Any] | None
    ) -> list[ChatGenerationChunk]:
        if self._state is None:
            return [ChatGenerationChunk(message=message, generation_info=info)]
        self._infos.append(info)
        return [
            self._wrap(item if isinstance(item, AIMessageChunk) else None, item)
            for item in self._state.feed(message)
        ]

    def _restore_stream(self, content: Any) -> Any:
        restorer = self._restorer
        if restorer is None:
            return content
        if isinstance(content, str):
            self._list_content = False
            return restorer.push(content)
        self._list_content = True
        out: list[Any] = []
        for block in content:
            if isinstance(block, str):
                out.append(restorer.push(block))
            elif (
                isinstance(block, dict)
                and block.get("type") == "text"
                and isinstance(block.get("text"), str)
            ):
                out.append({**block, "text": restorer.push(block["text"])})
            else:
                out.append(block)
        return out

    def _hold_tools(self, message: AIMessageChunk) -> AIMessageChunk:
        """Take the tool-call parts out of ``message`` until the stream ends."""
        raw = message.additional_kwargs.get("tool_calls")
        if not message.tool_call_chunks and raw is None:
            return message
        self._tools.add(message.tool_call_chunks, raw)
        kwargs = {
            k: v for k, v in message.additional_kwargs.items() if k != "tool_calls"
        }
        return message.model_copy(
            update={
                "tool_call_chunks": [],
                "tool_calls": [],
                "invalid_tool_calls": [],
                "additional_kwargs": kwargs,
            }
        )

    def _tail(self, rest: str) -> AIMessageChunk | None:
        """The last chunk: the restorer's held text and the masked tool calls."""
        tools, self._tools = self._tools.merged(), _HeldToolCalls()
        if not rest and tools is None:
            return None
        content: Any = rest
        if self._list_content:
            content = [{"type": "text", "text": rest}] if rest else []
        if tools is None:
            return AIMessageChunk(content=content)
        update = self._call._mask_tool_parts(tools, self._call._known())  # noqa: SLF001
        raw = update.get("additional_kwargs", tools.additional_kwargs)
        return AIMessageChunk(
            content=content,
            tool_call_chunks=update.get("tool_call_chunks", tools.tool_call_chunks),
            additional_kwargs=dict(raw),
        )


def _identity(value: Any) -> Any:
    return value


class _HeldToolCalls:
    """Streamed tool-call parts, per index, joined once (linear in their size)."""

    def __init__(self) -> None:
        self._calls: dict[Any, dict[str, Any]] = {}
        self._args: dict[Any, list[str]] = {}
        self._raw: dict[Any, dict[str, Any]] = {}
        self._raw_args: dict[Any, list[str]] = {}

    def add(self, chunks: Sequence[Any], raw: Any) -> None:
        for position, call in enumerate(chunks):
            index = call.get("index")
            key = index if index is not None else ("position", position)
            held = self._calls.setdefault(key, {**call, "args": None})
            for name in ("name", "id"):
                if held.get(name) is None:
                    held[name] = call.get(name)
            if call.get("args") is not None:
                self._args.setdefault(key, []).append(str(call["args"]))
        for position, item in enumerate(raw if isinstance(raw, list) else []):
            if not isinstance(item, dict):
                continue
            index = item.get("index")
            key = index if index is not None else ("position", position)
            function = item.get("function")
            function = dict(function) if isinstance(function, dict) else {}
            held = self._raw.setdefault(key, {**item, "function": function})
            if not held["function"].get("name"):
                held["function"]["name"] = function.get("name")
            if isinstance(function.get("arguments"), str):
                self._raw_args.setdefault(key, []).append(function["arguments"])

    def merged(self) -> AIMessageChunk | None:
        """One chunk with every held call whole, or None when nothing is held."""
        if not self._calls and not self._raw:
            return None
        calls = [
            {**call, "args": "".join(self._args[key]) if key in self._args else None}
            for key, call in self._calls.items()
        ]
        raw = [
            {
                **item,
                "function": {
                    **item["function"],
                    "arguments": "".join(self._raw_args[key]),
                },
            }
            if key in self._raw_args
            else item
            for key, item in self._raw.items()
        ]
        return AIMessageChunk(
            content="",
            tool_call_chunks=cast("list[ToolCallChunk]", calls),
            additional_kwargs={"tool_calls": raw} if raw else {},
        )


def moderated(
    guard: MistralModerationGuard,
    chunks: Iterator[ChatGenerationChunk],
    config: RunnableConfig | None,
) -> Iterator[ChatGenerationChunk]:
    """Chunks released only once the moderation API has seen their text."""
    infos: dict[int, dict[str, Any] | None] = {}

    def messages() -> Iterator[Any]:
        for chunk in chunks:
            infos[id(chunk.message)] = chunk.generation_info
            yield chunk.message

    for message in guard._transform(messages(), None, config or {}):  # type: ignore[arg-type]  # noqa: SLF001
        yield ChatGenerationChunk(
            message=message, generation_info=infos.pop(id(message), None)
        )


async def amoderated(
    guard: MistralModerationGuard,
    chunks: AsyncIterator[ChatGenerationChunk],
    config: RunnableConfig | None,
) -> AsyncIterator[ChatGenerationChunk]:
    """Async twin of :func:`moderated`."""
    infos: dict[int, dict[str, Any] | None] = {}

    async def messages() -> AsyncIterator[Any]:
        async for chunk in chunks:
            infos[id(chunk.message)] = chunk.generation_info
            yield chunk.message

    async for message in guard._atransform(messages(), None, config or {}):  # type: ignore[arg-type]  # noqa: SLF001
        yield ChatGenerationChunk(
            message=message, generation_info=infos.pop(id(message), None)
        )


def report(
    run_manager: CallbackManagerForLLMRun | None, chunk: ChatGenerationChunk
) -> None:
    if run_manager is not None:
        run_manager.on_llm_new_token(cast("str", chunk.message.content), chunk=chunk)


async def areport(
    run_manager: AsyncCallbackManagerForLLMRun | None, chunk: ChatGenerationChunk
) -> None:
    if run_manager is not None:
        await run_manager.on_llm_new_token(
            cast("str", chunk.message.content), chunk=chunk
        )
