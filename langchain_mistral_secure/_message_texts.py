"""Every text an AI message carries: content, thinking blocks, tool-call arguments.

A model answer is more than its ``content`` text. Reasoning models put their
thinking in content blocks (Mistral's ``{"type": "thinking", "thinking":
[{"type": "text", ...}]}``, LangChain v1's ``{"type": "reasoning", "reasoning":
...}``, summaries as lists of text parts), and tool calls carry free text in
their arguments. A guard that reads only ``content`` lets all of these through,
so the moderation guard reads them all from here.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage

__all__ = ["content_text", "message_texts", "stream_text"]

_THINKING_TYPES = frozenset({"thinking", "reasoning"})
_THINKING_KEYS = ("thinking", "reasoning", "summary")
_MAX_DEPTH = 8


def content_text(content: Any) -> str:
    """The visible text of a message's content (``str`` or text blocks).

    Example:
        >>> content_text([{"type": "text", "text": "a"}, "b"])
        'ab'
    """
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(
            block if isinstance(block, str) else block["text"]
            for block in content
            if isinstance(block, str)
            or (
                isinstance(block, Mapping)
                and block.get("type") not in _THINKING_TYPES
                and isinstance(block.get("text"), str)
            )
        )
    return ""


def thinking_texts(content: Any) -> list[str]:
    """The texts of the thinking/reasoning blocks of a message's content.

    Example:
        >>> thinking_texts([{"type": "thinking",
        ...                  "thinking": [{"type": "text", "text": "hmm"}]}])
        ['hmm']
    """
    if not isinstance(content, list):
        return []
    texts: list[str] = []
    for block in content:
        if isinstance(block, Mapping) and block.get("type") in _THINKING_TYPES:
            for key in _THINKING_KEYS:
                _nested_texts(block.get(key), texts, 0)
    return [t for t in texts if t]


def _nested_texts(value: Any, texts: list[str], depth: int) -> None:
    if depth > _MAX_DEPTH:
        return
    if isinstance(value, str):
        texts.append(value)
    elif isinstance(value, Mapping):
        text = value.get("text")
        if isinstance(text, str):
            texts.append(text)
    elif isinstance(value, list):
        for item in value:
            _nested_texts(item, texts, depth + 1)


def tool_argument_texts(message: AIMessage) -> list[str]:
    """One text per tool call: its arguments as JSON (invalid ones as sent).

    Falls back to the raw ``additional_kwargs["tool_calls"]`` when the message
    has no parsed tool calls, so a hand-built message is read too.

    Example:
        >>> call = {"name": "f", "args": {"q": "x"}, "id": "1"}
        >>> tool_argument_texts(AIMessage("", tool_calls=[call]))
        ['{"q": "x"}']
    """
    texts = [
        json.dumps(call.get("args") or {}, ensure_ascii=False)
        for call in message.tool_calls
    ]
    texts.extend(str(call.get("args") or "") for call in message.invalid_tool_calls)
    if not texts:
        for raw in message.additional_kwargs.get("tool_calls") or ():
            function = raw.get("function") if isinstance(raw, Mapping) else None
            if isinstance(function, Mapping):
                args = function.get("arguments")
                texts.append(args if isinstance(args, str) else json.dumps(args))
    return [t for t in texts if t and t != "{}"]


def message_texts(message: BaseMessage) -> list[str]:
    """Every text of a message: content, then thinking, then tool arguments.

    Example:
        >>> msg = AIMessage(
        ...     [
        ...         {"type": "reasoning", "reasoning": "plan"},
        ...         {"type": "text", "text": "hi"},
        ...     ],
        ...     tool_calls=[{"name": "f", "args": {"q": "x"}, "id": "1"}],
        ... )
        >>> message_texts(msg)
        ['hi', 'plan', '{"q": "x"}']
    """
    texts = [content_text(message.content)]
    if isinstance(message, AIMessage):
        texts.extend(thinking_texts(message.content))
        texts.extend(tool_argument_texts(message))
    return [t for t in texts if t]


def stream_text(chunk: AIMessageChunk) -> str:
    """The text a streamed chunk adds: content, thinking and argument fragments.

    Tool-call arguments stream as JSON fragments in ``tool_call_chunks``; they
    are concatenated in arrival order like the text.

    Example:
        >>> chunk = AIMessageChunk("", tool_call_chunks=[
        ...     {"name": "f", "args": '{"q": "x"}', "id": "1", "index": 0}])
        >>> stream_text(chunk)
        '{"q": "x"}'
    """
    parts = [content_text(chunk.content), *thinking_texts(chunk.content)]
    for call in chunk.tool_call_chunks:
        args = call.get("args")
        if isinstance(args, str):
            parts.append(args)
    return "".join(parts)
