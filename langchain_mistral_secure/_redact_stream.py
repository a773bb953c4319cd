"""One stream through an :class:`~langchain_mistral_secure.redactor.OutputRedactor`.

The answer's text goes through the redactor's hold-back window, each thinking
block type through its own, and tool-call arguments are held per call until the
call is complete, then redacted whole. Message chunks are delayed by one input
chunk so the window's final flush rides on the last chunk.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage, ToolMessage
from langchain_core.messages.ai import add_ai_message_chunks
from pydantic import BaseModel

from langchain_mistral_secure._redact_tool_calls import (
    _attach_calls,
    _redact_raw_tool_call,
    _ToolCallBuffer,
)
from langchain_mistral_secure.detection.engine import Finding

if TYPE_CHECKING:
    from langchain_mistral_secure.redactor import OutputRedactor

__all__ = ["_StreamState", "_redact_raw_tool_call"]

_THINKING_KEYS = {"thinking": "thinking", "reasoning": "reasoning"}
# Bare chunks summed at once (bounds the list while a long text is held).
_BARE_BATCH = 256


class _ThinkingStream:
    """Thinking/reasoning text of one block type, through its own window."""

    def __init__(self, redactor: OutputRedactor, template: dict[str, Any]) -> None:
        self.window = redactor.window()
        self.key = str(template["type"])
        value = template.get(self.key)
        self.nested = isinstance(value, list)
        self.template = {k: v for k, v in template.items() if k != self.key}
        self.sub: dict[str, Any] = {"type": "text"}
        if self.nested and isinstance(value, list):
            first = next((b for b in value if isinstance(b, dict)), None)
            if first is not None:
                self.sub = {k: v for k, v in first.items() if k != "text"}

    @staticmethod
    def text_of(block: dict[str, Any]) -> str | None:
        """The block's thinking text, or None when it has an unknown shape."""
        value = block.get(str(block.get("type")))
        if isinstance(value, str):
            return value
        if isinstance(value, list) and all(
            isinstance(b, str) or (isinstance(b, dict) and "text" in b) for b in value
        ):
            return "".join(b if isinstance(b, str) else str(b["text"]) for b in value)
        return None

    def block(self, text: str) -> dict[str, Any]:
        value: Any = [{**self.sub, "text": text}] if self.nested else text
        return {**self.template, self.key: value}


class _StreamState:
    """One stream through a redactor: the windows plus message-chunk bookkeeping.

    ``AIMessageChunk`` outputs are delayed by one input chunk so that the final
    flush of the window rides on the last chunk (the one that usually carries
    ``usage_metadata`` and the finish reason). Thinking/reasoning blocks go
    through their own window per block type, and tool-call arguments are held
    per call until the call is complete (:class:`_ToolCallBuffer`).
    """

    def __init__(self, redactor: OutputRedactor) -> None:
        self._redactor = redactor
        self._window = redactor.window()
        self._sink: list[Finding] = []
        self._thinking: dict[str, _ThinkingStream] = {}
        self._calls = _ToolCallBuffer(redactor, self._sink)
        self._pending: AIMessageChunk | None = None
        # Bare chunks (nothing to show yet) waiting to be merged into the
        # next one shown: merged in one sum, not one message per input chunk.
        self._bare: list[AIMessageChunk] = []
        self._pending_text = ""
        self._pending_list = False
        self._text_block: dict[str, Any] = {"type": "text"}
        self._snapshot: Any = None
        self._has_snapshot = False
        self._text_only = True

    def findings(self) -> list[Finding]:
        thinking = [f for t in self._thinking.values() for f in t.window.findings]
        return [*self._window.findings, *thinking, *self._sink]

    def feed(self, item: Any) -> Iterator[Any]:
        if isinstance(item, str):
            out = self._window.push(item)
            if out:
                yield out
        elif isinstance(item, AIMessageChunk):
            yield from self._feed_chunk(item)
        elif isinstance(item, AIMessage):
            yield from self.finish()
            yield self._redactor._redact_message(item, self._sink)  # noqa: SLF001
        elif isinstance(item, ToolMessage):
            yield from self.finish()
            yield self._redactor._redact_tool_result(item, self._sink)  # noqa: SLF001
        elif item is None or (
            isinstance(item, (dict, list, tuple, BaseModel))
            and not isinstance(item, BaseMessage)
        ):
            # Structured output streams cumulative snapshots (``None`` before
            # anything parsed); a value still being written (the first digits
            # of a card) cannot be judged yet, so only the last, complete
            # snapshot is released, redacted.
            self._snapshot = item
            self._has_snapshot = True
        else:
            msg = f"OutputRedactor cannot stream {type(item).__name__}"
            raise TypeError(msg)

    def _thinking_block(self, block: dict[str, Any]) -> list[dict[str, Any]] | None:
        """Push a thinking block's text; the blocks to emit, or None if unknown."""
        text = _ThinkingStream.text_of(block)
        if text is None:
            return None
        kind = str(block.get("type"))
        stream = self._thinking.get(kind)
        if stream is None:
            stream = self._thinking[kind] = _ThinkingStream(self._redactor, block)
        out = stream.window.push(text)
        return [stream.block(out)] if out else []

    def _feed_chunk(  # noqa: C901, PLR0912 - one branch per content shape
        self, chunk: AIMessageChunk
    ) -> Iterator[AIMessageChunk]:
        content = chunk.content
        if not isinstance(content, str) or chunk.tool_call_chunks:
            # Blocks and tool calls keep their chunk boundaries (their indexes
            # and release points are part of the stream's contract).
            self._text_only = False
        extra_blocks: list[Any] = []
        if isinstance(content, str):
            text = content
            is_list = False
        else:
            is_list = True
            pieces: list[str] = []
            for block in content:
                if isinstance(block, str):
                    pieces.append(block)
                elif isinstance(block, dict) and block.get("type") == "text":
                    pieces.append(str(block.get("text", "")))
                    # Keep the block's other keys (its "index"), so that
                    # summed chunks merge the text as the input's did.
                    self._text_block = {k: v for k, v in block.items() if k != "text"}
                elif isinstance(block, dict) and block.get("type") in _THINKING_KEYS:
                    emitted_blocks = self._thinking_block(block)
                    if emitted_blocks is not None:
                        extra_blocks.extend(emitted_blocks)
                        continue
                    extra_blocks.append(
                        self._redactor._redact_block(block, self._sink)  # noqa: SLF001
                    )
                else:
                    extra_blocks.append(
                        self._redactor._redact_block(block, self._sink)  # noqa: SLF001
                    )
            text = "".join(pieces)
        emitted = self._window.push(text)
        if self._redactor.redact_tool_calls and chunk.tool_call_chunks:
            calls, raw = self._calls.add(chunk)
            kwargs = dict(chunk.additional_kwargs)
            kwargs.pop("tool_calls", None)
            shell = chunk.model_copy(
                update={
                    "content": extra_blocks or "",
                    "tool_call_chunks": [],
                    "tool_calls": [],
                    "invalid_tool_calls": [],
                    "additional_kwargs": kwargs,
                }
            )
            shell = _attach_calls(shell, calls, raw)
        else:
            update = self._redactor._redact_tool_parts(chunk, self._sink)  # noqa: SLF001
            shell = chunk.model_copy(update={**update, "content": extra_blocks or ""})
        if self._pending is not None:
            if (
                self._text_only
                and _bare(self._pending, self._pending_text)
                and shell.content == ""
            ):
                # Nothing to show yet (the window holds the text back): carry
                # the held chunk's metadata forward instead of emitting an
                # empty chunk, so streams start with text, not with ''.
                if not self._bare or not _adds_nothing(self._pending, self._bare[0]):
                    self._bare.append(self._pending)
                if len(self._bare) >= _BARE_BATCH:
                    self._bare = [add_ai_message_chunks(*self._bare)]
            else:
                yield self._with_text(
                    self._merged(self._pending),
                    self._pending_text,
                    is_list=self._pending_list,
                )
        self._pending = shell
        self._pending_text = emitted
        self._pending_list = is_list

    def _merged(self, shell: AIMessageChunk) -> AIMessageChunk:
        """``shell`` with the bare chunks before it summed in, in order."""
        if not self._bare:
            return shell
        first, *rest = self._bare
        self._bare = []
        return add_ai_message_chunks(first, *rest, shell)

    def _with_text(
        self, shell: AIMessageChunk, text: str, *, is_list: bool
    ) -> AIMessageChunk:
        if is_list:
            blocks = list(shell.content) if isinstance(shell.content, list) else []
            if text:
                blocks.append({**self._text_block, "text": text})
            return shell.model_copy(update={"content": blocks})
        return shell.model_copy(update={"content": text})

    def finish(self) -> Iterator[Any]:
        if self._has_snapshot:
            snapshot, self._snapshot, self._has_snapshot = self._snapshot, None, False
            yield self._redactor._redact_input(snapshot, self._sink)  # noqa: SLF001
        rest = self._window.flush()
        thinking: list[dict[str, Any]] = []
        for stream in self._thinking.values():
            tail = stream.window.flush()
            if tail:
                thinking.append(stream.block(tail))
        self._thinking = {}
        calls, raw = self._calls.release()
        if self._pending is not None:
            shell, text, is_list = (
                self._merged(self._pending),
                self._pending_text + rest,
                self._pending_list,
            )
            self._pending = None
            self._pending_text = ""
            if thinking:
                before = shell.content if isinstance(shell.content, list) else []
                shell = shell.model_copy(update={"content": [*before, *thinking]})
                is_list = True
            yield self._with_text(
                _attach_calls(shell, calls, raw), text, is_list=is_list
            )
        elif rest:
            yield rest


def _adds_nothing(chunk: AIMessageChunk, first: AIMessageChunk) -> bool:
    """Whether summing ``chunk`` after ``first`` changes nothing of the sum.

    An empty chunk with no metadata, usage, tool parts or position, whose id
    is unset or ``first``'s (the sum keeps the first id of the best rank),
    is the sum's identity; skipping it saves a message merge per held chunk.
    """
    return (
        chunk.content == ""
        and not chunk.additional_kwargs
        and not chunk.response_metadata
        and chunk.usage_metadata is None
        and not chunk.tool_call_chunks
        and not chunk.tool_calls
        and not chunk.invalid_tool_calls
        and chunk.chunk_position is None
        and chunk.id in (None, first.id)
    )


def _bare(chunk: AIMessageChunk, text: str) -> bool:
    """A chunk that would reach the caller empty: no text, blocks or tool calls.

    Its metadata (id, usage, finish reason) is merged into the next chunk, so
    the sum of the stream is unchanged.
    """
    return (
        not text
        and chunk.content == ""
        and not chunk.tool_call_chunks
        and not chunk.tool_calls
        and not chunk.invalid_tool_calls
    )
