"""What an unscripted fake answers when a request asks for a tool call or JSON.

A real model answers a request that forces a tool with a tool call, and a
request with a JSON response format with JSON. :func:`model_like_reply` does
the same from the request body alone, deterministically, so tool loops,
structured output and agents run offline without scripting every turn:

1. ``tool_choice`` ``"none"`` (or no tools): no tool call.
2. ``tool_choice`` ``"any"``/``"required"`` or a named function: a tool call,
   whatever the conversation says (the request forces one).
3. ``tool_choice`` ``"auto"`` (or absent) with tools: a tool call only when the
   last message is a ``user`` turn. After a ``tool`` (or ``assistant``)
   message the fake answers, so an agent loop ends after one round of tools.
4. Otherwise a ``response_format`` of ``json_schema`` gets a JSON object valid
   for its schema, and ``json_object`` gets an object whose keys are the
   identifiers the conversation quotes (``'setup'`` and ``'punchline'``), with
   string values.
5. Anything else: ``None`` (the server sends its plain text reply).

The called tool is the named one, else the first tool whose name the last
user turn mentions, else the first tool. Arguments come from
:func:`~langchain_mistral_secure.testing.schema_values.value_for_schema` with
the numbers and quoted phrases of the last user turn as hints.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from typing import Any

from langchain_mistral_secure.testing.schema_values import Hints, value_for_schema

__all__ = ["model_like_reply"]

_FORCING = frozenset({"any", "required"})
_TOOL_CALL_ID_LEN = 9


def model_like_reply(request: Mapping[str, Any]) -> dict[str, Any] | None:
    """Answer like a model when a request forces a tool call or asks for JSON.

    Use it from a scripted reply function to combine scripted text with
    model-like tool calls, or rely on :class:`FakeMistralServer` calling it when
    nothing is scripted. The rules are in this module's docstring.

    Args:
        request: The JSON body of a ``/v1/chat/completions`` request.

    Returns:
        A reply dict (``tool_calls`` or ``content``) for
        :meth:`FakeMistralServer.reply_with`, or ``None`` when the request asks
        for neither a tool call nor JSON.

    Raises:
        ValueError: If a schema cannot be satisfied by the generator.

    Example:
        >>> request = {
        ...     "messages": [{"role": "user", "content": "magic_function(3)?"}],
        ...     "tools": [{"type": "function", "function": {
        ...         "name": "magic_function",
        ...         "parameters": {"type": "object",
        ...                        "properties": {"input": {"type": "integer"}},
        ...                        "required": ["input"]}}}],
        ...     "tool_choice": "any",
        ... }
        >>> reply = model_like_reply(request)
        >>> reply["tool_calls"][0]["function"]
        {'name': 'magic_function', 'arguments': '{"input": 3}'}
    """
    messages = [m for m in request.get("messages") or () if isinstance(m, Mapping)]
    last_user = _last_user_text(messages)
    tool = _chosen_tool(request, messages, last_user)
    if tool is not None:
        parameters = tool.get("parameters") or {"type": "object", "properties": {}}
        arguments = value_for_schema(parameters, Hints.from_text(last_user))
        call = {
            "id": uuid.uuid4().hex[:_TOOL_CALL_ID_LEN],
            "type": "function",
            "function": {
                "name": str(tool.get("name")),
                "arguments": json.dumps(arguments, ensure_ascii=False),
            },
        }
        return {"content": "", "tool_calls": [call]}
    content = _json_content(request.get("response_format"), messages, last_user)
    if content is None:
        return None
    return {"content": content}


def _chosen_tool(
    request: Mapping[str, Any], messages: list[Mapping[str, Any]], last_user: str
) -> Mapping[str, Any] | None:
    functions: list[Mapping[str, Any]] = [
        t["function"]
        for t in request.get("tools") or ()
        if isinstance(t, Mapping) and isinstance(t.get("function"), Mapping)
    ]
    if not functions:
        return None
    choice = request.get("tool_choice")
    if isinstance(choice, Mapping):
        wanted = (choice.get("function") or {}).get("name")
        named = [f for f in functions if f.get("name") == wanted]
        return named[0] if named else None
    if choice == "none":
        return None
    if choice not in _FORCING and (not messages or messages[-1].get("role") != "user"):
        return None
    mentioned = [f for f in functions if str(f.get("name")) in last_user]
    return (mentioned or functions)[0]


def _json_content(
    response_format: Any, messages: list[Mapping[str, Any]], last_user: str
) -> str | None:
    if not isinstance(response_format, Mapping):
        return None
    kind = response_format.get("type")
    if kind == "json_schema":
        spec = response_format.get("json_schema") or {}
        schema = spec.get("schema") if isinstance(spec, Mapping) else None
        value = value_for_schema(
            schema or {"type": "object"}, Hints.from_text(last_user)
        )
        return json.dumps(value, ensure_ascii=False)
    if kind == "json_object":
        text = "\n".join(_text(m) for m in messages if m.get("role") != "assistant")
        keys = Hints.from_text(text).identifiers() or ["answer"]
        return json.dumps({key: f"sample {key}" for key in keys}, ensure_ascii=False)
    return None


def _last_user_text(messages: Sequence[Mapping[str, Any]]) -> str:
    for message in reversed(messages):
        if message.get("role") == "user":
            return _text(message)
    return ""


def _text(message: Mapping[str, Any]) -> str:
    content = message.get("content")
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(
            block["text"]
            for block in content
            if isinstance(block, Mapping) and isinstance(block.get("text"), str)
        )
    return ""
