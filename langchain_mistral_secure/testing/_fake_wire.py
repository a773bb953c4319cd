"""Wire format of the fake Mistral server: replies, errors and SSE events."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any

__all__ = [
    "ChatReply",
    "Response",
    "bearer_token",
    "chat_events",
    "error_response",
    "message_text",
    "normalize_path",
    "normalize_reply",
]

_REPLY_KEYS = frozenset({"content", "tool_calls", "finish_reason", "usage"})
_USAGE_KEYS = ("prompt_tokens", "completion_tokens", "total_tokens")
_TOOL_CALL_ID_LEN = 9


@dataclass(frozen=True)
class Response:
    status: int
    body: Any = None
    headers: tuple[tuple[str, str], ...] = ()
    events: tuple[str, ...] | None = None
    usage: Mapping[str, int] | None = None


@dataclass(frozen=True)
class ChatReply:
    content: str
    tool_calls: tuple[dict[str, Any], ...]
    finish_reason: str
    usage: Mapping[str, int] | None


def chat_events(  # noqa: PLR0913 - one SSE stream, all of its fields
    reply: ChatReply,
    usage: Mapping[str, int],
    completion_id: str,
    created: int,
    model: str,
    *,
    chunk_size: int,
) -> tuple[str, ...]:
    """Mistral-style SSE events for one reply: text deltas, then tool calls."""
    size = chunk_size
    deltas: list[dict[str, Any]] = [{"role": "assistant", "content": ""}]
    deltas.extend(
        {"content": reply.content[i : i + size]}
        for i in range(0, len(reply.content), size)
    )
    if reply.tool_calls:
        calls = [{**call, "index": i} for i, call in enumerate(reply.tool_calls)]
        deltas.append({"content": "", "tool_calls": calls})
    events: list[str] = []
    for i, delta in enumerate(deltas):
        last = i == len(deltas) - 1
        chunk: dict[str, Any] = {
            "id": completion_id,
            "object": "chat.completion.chunk",
            "created": created,
            "model": model,
            "choices": [
                {
                    "index": 0,
                    "delta": delta,
                    "finish_reason": reply.finish_reason if last else None,
                }
            ],
        }
        if last:
            chunk["usage"] = dict(usage)
        events.append(json.dumps(chunk))
    events.append("[DONE]")
    return tuple(events)


def error_response(
    status: int, message: str, headers: tuple[tuple[str, str], ...] = ()
) -> Response:
    body = {
        "object": "error",
        "message": message,
        "type": _error_type(status),
        "param": None,
        "code": str(status),
    }
    return Response(status=status, body=body, headers=headers)


def _error_type(status: int) -> str:
    if status == HTTPStatus.UNAUTHORIZED:
        return "authentication_error"
    if status == HTTPStatus.TOO_MANY_REQUESTS:
        return "rate_limit_error"
    if status >= HTTPStatus.INTERNAL_SERVER_ERROR:
        return "server_error"
    return "invalid_request_error"


def bearer_token(header: str | None) -> str | None:
    if not header:
        return None
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer":
        return None
    return token.strip() or None


def normalize_path(path: str) -> str:
    path = "/" + path.lstrip("/")
    return path if path.startswith("/v1/") else "/v1" + path


def message_text(message: Mapping[str, Any]) -> str:
    content = message.get("content")
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        parts = [
            block["text"]
            for block in content
            if isinstance(block, Mapping) and isinstance(block.get("text"), str)
        ]
        return " ".join(parts)
    return ""


def _tool_call_id() -> str:
    return uuid.uuid4().hex[:_TOOL_CALL_ID_LEN]


def _normalize_tool_calls(raw: Any) -> Iterator[dict[str, Any]]:
    if not isinstance(raw, Sequence) or isinstance(raw, str):
        msg = "tool_calls must be a list"
        raise TypeError(msg)
    for call in raw:
        if not isinstance(call, Mapping) or not isinstance(
            call.get("function"), Mapping
        ):
            msg = "each tool call needs a 'function' mapping"
            raise TypeError(msg)
        function = dict(call["function"])
        if "name" not in function:
            msg = "each tool call function needs a 'name'"
            raise ValueError(msg)
        arguments = function.get("arguments", {})
        if not isinstance(arguments, str):
            arguments = json.dumps(arguments)
        function["arguments"] = arguments
        yield {
            "id": str(call.get("id") or _tool_call_id()),
            "type": "function",
            "function": function,
        }


def normalize_reply(value: Any) -> ChatReply:
    if isinstance(value, str):
        return ChatReply(content=value, tool_calls=(), finish_reason="stop", usage=None)
    if not isinstance(value, Mapping):
        msg = "a reply must be a str or a dict"
        raise TypeError(msg)
    unknown = sorted(str(k) for k in value if k not in _REPLY_KEYS)
    if unknown:
        msg = f"unknown reply keys: {', '.join(unknown)}"
        raise ValueError(msg)
    content = value.get("content") or ""
    if not isinstance(content, str):
        msg = "reply content must be a str"
        raise TypeError(msg)
    tool_calls = tuple(_normalize_tool_calls(value.get("tool_calls") or []))
    finish_reason = value.get("finish_reason") or (
        "tool_calls" if tool_calls else "stop"
    )
    usage: dict[str, int] | None = None
    if value.get("usage") is not None:
        raw_usage = value["usage"]
        if not isinstance(raw_usage, Mapping):
            msg = "reply usage must be a dict"
            raise TypeError(msg)
        usage = {k: int(raw_usage.get(k, 0)) for k in _USAGE_KEYS}
    return ChatReply(
        content=content,
        tool_calls=tool_calls,
        finish_reason=str(finish_reason),
        usage=usage,
    )
