"""Streamed tool calls through an OutputRedactor: held per call, redacted whole.

Split out of :mod:`langchain_mistral_secure._redact_stream` (which re-exports
``_redact_raw_tool_call``): argument pieces are held per call until the call is
complete, then redacted whole, in LangChain's chunks and the provider's raw
``tool_calls`` alike.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from langchain_core.messages import AIMessageChunk

from langchain_mistral_secure.detection.engine import Finding

if TYPE_CHECKING:
    from langchain_mistral_secure.redactor import OutputRedactor

__all__ = ["_ToolCallBuffer", "_attach_calls", "_redact_raw_tool_call"]


def _redact_raw_tool_call(
    redactor: OutputRedactor, call: Any, sink: list[Finding]
) -> Any:
    """Redact ``function.arguments`` of a provider's raw tool call dict."""
    if not isinstance(call, dict):
        return call
    function = call.get("function")
    if not isinstance(function, dict) or "arguments" not in function:
        return call
    args = function["arguments"]
    new_args = (
        redactor._redact_json_str(args, sink)  # noqa: SLF001
        if isinstance(args, str)
        else redactor._redact_obj(args, sink)  # noqa: SLF001
    )
    return {**call, "function": {**function, "arguments": new_args}}


class _ToolCallBuffer:
    """Argument pieces of streamed tool calls, held per tool-call index.

    A call is released (its arguments redacted whole) when a chunk for another
    index arrives or the stream ends, so a secret split across argument chunks
    is still found, and the summed output equals ``invoke`` of the summed input.
    """

    def __init__(self, redactor: OutputRedactor, sink: list[Finding]) -> None:
        self._redactor = redactor
        self._sink = sink
        self._calls: dict[Any, dict[str, Any]] = {}
        self._raw: dict[Any, dict[str, Any]] = {}
        # Argument pieces, joined once on release (linear in the arguments).
        self._pieces: dict[Any, list[str]] = {}
        self._raw_pieces: dict[Any, list[str]] = {}

    def add(self, chunk: AIMessageChunk) -> tuple[list[Any], list[Any]]:
        """Buffer the chunk's calls; return (tool_call_chunks, raw) to emit now."""
        ready: list[Any] = []
        raw_ready: list[Any] = []
        indexes = {c.get("index") for c in chunk.tool_call_chunks} - {None}
        if any(index not in indexes for index in self._calls):
            ready, raw_ready = self.release()
        for call in chunk.tool_call_chunks:
            index = call.get("index")
            if index is None:
                ready.append(self._redact_call(dict(call)))
                continue
            held = self._calls.setdefault(index, {**call, "args": None})
            for field in ("name", "id"):
                if held.get(field) is None:
                    held[field] = call.get(field)
            piece = call.get("args")
            if piece is not None:
                self._pieces.setdefault(index, []).append(str(piece))
        raw_ready.extend(self._add_raw(chunk.additional_kwargs.get("tool_calls")))
        return ready, raw_ready

    def _add_raw(self, raw: Any) -> list[Any]:
        """Buffer the provider's raw tool calls; return those to emit now."""
        raw_ready: list[Any] = []
        for item in raw if isinstance(raw, list) else []:
            index = item.get("index") if isinstance(item, dict) else None
            function = item.get("function") if isinstance(item, dict) else None
            if index is None or not isinstance(function, dict):
                raw_ready.append(
                    _redact_raw_tool_call(self._redactor, item, self._sink)
                )
                continue
            arguments = function.get("arguments")
            held_raw = self._raw.get(index)
            if held_raw is None:
                self._raw[index] = {**item, "function": dict(function)}
            elif not held_raw["function"].get("name"):
                held_raw["function"]["name"] = function.get("name")
            if isinstance(arguments, str):
                self._raw_pieces.setdefault(index, []).append(arguments)
        return raw_ready

    def release(self) -> tuple[list[Any], list[Any]]:
        """Every held call, redacted; the buffer is emptied."""
        for index, call in self._calls.items():
            pieces = self._pieces.get(index)
            call["args"] = "".join(pieces) if pieces else None
        for index, item in self._raw.items():
            raw_pieces = self._raw_pieces.get(index)
            if raw_pieces:
                item["function"]["arguments"] = "".join(raw_pieces)
        calls = [self._redact_call(call) for call in self._calls.values()]
        raw = [
            _redact_raw_tool_call(self._redactor, item, self._sink)
            for item in self._raw.values()
        ]
        self._calls.clear()
        self._raw.clear()
        self._pieces.clear()
        self._raw_pieces.clear()
        return calls, raw

    def _redact_call(self, call: dict[str, Any]) -> dict[str, Any]:
        args = call.get("args")
        if args is not None:
            call["args"] = self._redactor._redact_json_str(str(args), self._sink)  # noqa: SLF001
        return call


def _attach_calls(
    shell: AIMessageChunk, calls: list[Any], raw: list[Any]
) -> AIMessageChunk:
    """``shell`` carrying the released tool calls (parsed as LangChain does)."""
    if not calls and not raw:
        return shell
    parsed = AIMessageChunk(content="", tool_call_chunks=calls)
    update: dict[str, Any] = {
        "tool_call_chunks": [*shell.tool_call_chunks, *calls],
        "tool_calls": [*shell.tool_calls, *parsed.tool_calls],
        "invalid_tool_calls": [*shell.invalid_tool_calls, *parsed.invalid_tool_calls],
    }
    if raw:
        before = shell.additional_kwargs.get("tool_calls")
        update["additional_kwargs"] = {
            **shell.additional_kwargs,
            "tool_calls": [*(before if isinstance(before, list) else []), *raw],
        }
    return shell.model_copy(update=update)
