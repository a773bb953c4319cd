"""Redaction of structured output: messages, content blocks, tool calls, JSON.

:class:`~langchain_mistral_secure.redactor.OutputRedactor` inherits these
methods from :class:`_StructureRedaction`; they walk a value and hand every
string to the redactor's ``_redact_with``. The stream state, the guarded model
and the agent middleware call them on the redactor.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, cast

from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage, ToolMessage
from pydantic import BaseModel

from langchain_mistral_secure._json_pairs import (
    JsonPairs,
    dumps_json_pairs,
    loads_json_pairs,
)
from langchain_mistral_secure._redact_stream import _redact_raw_tool_call
from langchain_mistral_secure.detection.engine import Finding

if TYPE_CHECKING:
    from langchain_mistral_secure.redactor import OutputRedactor

__all__ = ["_StructureRedaction"]


class _StructureRedaction:
    """The walking half of OutputRedactor (a plain mixin: no pydantic fields)."""

    # Declared for the type checker only: a runtime annotation here would be
    # seen by pydantic when OutputRedactor collects its fields.
    if TYPE_CHECKING:
        redact_tool_calls: bool

        def _find(self, text: str) -> list[Finding]: ...
        def _render(self, text: str, findings: list[Finding]) -> str: ...
        def _redact_with(self, text: str, sink: list[Finding]) -> str: ...

    def _redact_scalar(self, value: float, sink: list[Finding]) -> Any:
        """A JSON number that holds a finding (a card number) becomes a string."""
        integral = isinstance(value, float) and value.is_integer()
        text = str(int(value)) if integral else json.dumps(value)
        findings = self._find(text)
        if not findings:
            return value
        sink.extend(findings)
        return self._render(text, findings)

    def _redact_obj(self, value: Any, sink: list[Finding]) -> Any:  # noqa: PLR0911
        """Redact every string (and number) inside a JSON-like value.

        Dicts, lists, tuples, the key/value pairs of a parsed JSON object
        (:class:`JsonPairs`, duplicates kept) and pydantic models (structured
        output) are walked; strings are redacted, and a number whose digits
        hold a finding (a card number given as a JSON number) is replaced by
        the redacted string.
        """
        if isinstance(value, str):
            return self._redact_json_str(value, sink)
        if isinstance(value, bool) or value is None:
            return value
        if isinstance(value, (int, float)):
            return self._redact_scalar(value, sink)
        if isinstance(value, JsonPairs):
            return JsonPairs(
                (
                    self._redact_with(key, sink) if isinstance(key, str) else key,
                    self._redact_obj(item, sink),
                )
                for key, item in value
            )
        if isinstance(value, dict):
            out: dict[Any, Any] = {}
            for key, item in value.items():
                new_key = self._redact_with(key, sink) if isinstance(key, str) else key
                # Two keys redacted to the same placeholder keep both values.
                unique, n = new_key, 1
                while unique in out:
                    n += 1
                    unique = f"{new_key}#{n}"
                out[unique] = self._redact_obj(item, sink)
            return out
        if isinstance(value, (list, tuple)):
            return [self._redact_obj(v, sink) for v in value]
        if isinstance(value, BaseModel) and not isinstance(value, BaseMessage):
            return self._redact_model(value, sink)
        return value

    def _redact_model(self, value: BaseModel, sink: list[Finding]) -> BaseModel:
        """Structured output: a copy whose string (and number) fields are redacted.

        ``model_copy`` does not validate, so a redacted placeholder may sit in a
        field typed ``EmailStr`` or ``int``: the caller sees the placeholder
        rather than the value (or, with ``block``, nothing at all).
        """
        update: dict[str, Any] = {}
        for name in type(value).model_fields:
            item = getattr(value, name)
            new = self._redact_obj(item, sink)
            if new is not item and new != item:
                update[name] = new
        return value.model_copy(update=update) if update else value

    def _redact_json_str(self, text: str, sink: list[Finding]) -> str:
        """Redact a string; if it is a JSON document, redact its strings.

        Objects are parsed as key/value pairs, so a duplicate key cannot hide a
        value from redaction (every pair is redacted and written back).
        """
        parsed = loads_json_pairs(text)
        if isinstance(parsed, (JsonPairs, list)):
            redacted = self._redact_obj(parsed, sink)
            if redacted == parsed:
                return text
            return dumps_json_pairs(redacted)
        return self._redact_with(text, sink)

    def _redact_content(self, content: Any, sink: list[Finding]) -> Any:
        if isinstance(content, str):
            return self._redact_with(content, sink)
        if isinstance(content, list):
            return [self._redact_block(block, sink) for block in content]
        return content

    def _redact_block(self, block: Any, sink: list[Finding]) -> Any:
        if isinstance(block, str):
            return self._redact_with(block, sink)
        if isinstance(block, dict):
            out = dict(block)
            for key in ("text", "thinking", "reasoning"):
                if key in out:
                    out[key] = self._redact_content(out[key], sink)
            if self.redact_tool_calls:
                # v1 content blocks: ``tool_call`` (parsed args),
                # ``tool_call_chunk``/``invalid_tool_call`` (JSON text) and
                # ``non_standard`` (provider payload) carry the arguments too.
                for key in ("args", "value", "input", "arguments"):
                    if key in out and out[key] is not None:
                        out[key] = self._redact_obj(out[key], sink)
            return out
        return block

    def _redact_tool_parts(
        self, message: AIMessage, sink: list[Finding]
    ) -> dict[str, Any]:
        """Redacted tool-call fields of ``message`` (an update dict)."""
        if not self.redact_tool_calls:
            return {}
        update: dict[str, Any] = {}
        if message.tool_calls:
            update["tool_calls"] = [
                {**call, "args": self._redact_obj(call["args"], sink)}
                for call in message.tool_calls
            ]
        if message.invalid_tool_calls:
            update["invalid_tool_calls"] = [
                {
                    **call,
                    "args": None
                    if call.get("args") is None
                    else self._redact_json_str(str(call["args"]), sink),
                }
                for call in message.invalid_tool_calls
            ]
        if isinstance(message, AIMessageChunk) and message.tool_call_chunks:
            update["tool_call_chunks"] = [
                {
                    **chunk,
                    "args": None
                    if chunk.get("args") is None
                    else self._redact_json_str(str(chunk["args"]), sink),
                }
                for chunk in message.tool_call_chunks
            ]
        raw = message.additional_kwargs.get("tool_calls")
        if isinstance(raw, list):
            update["additional_kwargs"] = {
                **message.additional_kwargs,
                "tool_calls": [
                    _redact_raw_tool_call(cast("OutputRedactor", self), c, sink)
                    for c in raw
                ],
            }
        return update

    def _redact_message(self, message: AIMessage, sink: list[Finding]) -> AIMessage:
        update = self._redact_tool_parts(message, sink)
        update["content"] = self._redact_content(message.content, sink)
        return message.model_copy(update=update)

    def _redact_tool_result(self, message: ToolMessage, sink: list[Finding]) -> Any:
        """A tool's result as the caller sees it: content and artifact redacted."""
        update: dict[str, Any] = {
            "content": self._redact_content(message.content, sink)
        }
        if message.artifact is not None:
            update["artifact"] = self._redact_obj(message.artifact, sink)
        return message.model_copy(update=update)

    def _redact_input(self, value: Any, sink: list[Finding]) -> Any:
        if value is None:
            return None  # structured output when the model called no tool
        if isinstance(value, str):
            return self._redact_with(value, sink)
        if isinstance(value, AIMessage):
            return self._redact_message(value, sink)
        if isinstance(value, ToolMessage):
            return self._redact_tool_result(value, sink)
        if isinstance(value, BaseMessage):
            msg = (
                f"OutputRedactor expects model output (str, AIMessage or "
                f"ToolMessage), got {type(value).__name__}"
            )
            raise TypeError(msg)
        if isinstance(value, (dict, list, tuple, BaseModel)):
            # Structured output (``with_structured_output``): every string
            # field, at any depth, is redacted; the type is kept.
            out = self._redact_obj(value, sink)
            return tuple(out) if isinstance(value, tuple) else out
        msg = f"OutputRedactor cannot redact {type(value).__name__}"
        raise TypeError(msg)
