"""Content-free facts about a chat model run, shared by the usage handlers.

:class:`~langchain_mistral_secure.callbacks.UsageLoggingHandler` and
:class:`~langchain_mistral_secure.telemetry.OpenTelemetryUsageHandler` read the
same things from a run: the requested and returned model, token usage, finish
reasons and, for a failure, the error type and HTTP status. Everything here
returns counts, names and numbers, never text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from langchain_core.messages import AIMessage
from langchain_core.messages.ai import UsageMetadata, add_usage
from langchain_core.outputs import ChatGeneration, LLMResult

__all__ = [
    "MAX_NAME_LEN",
    "ResultInfo",
    "error_type",
    "http_status",
    "requested_model",
    "result_info",
    "safe_name",
    "text_length",
]

MAX_NAME_LEN = 128
"""Longest model name, category or similar identifier kept (characters)."""


def text_length(content: Any) -> int:
    """Characters of text in a message content (str or list of blocks)."""
    if isinstance(content, str):
        return len(content)
    total = 0
    if isinstance(content, list):
        for block in content:
            if isinstance(block, str):
                total += len(block)
            elif isinstance(block, Mapping) and isinstance(block.get("text"), str):
                total += len(block["text"])
    return total


def safe_name(value: Any) -> str | None:
    """A model name or similar identifier, bounded; None if not a string."""
    if isinstance(value, str) and value:
        return value[:MAX_NAME_LEN]
    return None


def requested_model(
    serialized: Mapping[str, Any] | None, kwargs: Mapping[str, Any]
) -> str | None:
    """The model a run asked for: invocation params, then metadata, then config."""
    params = kwargs.get("invocation_params")
    if isinstance(params, Mapping):
        for key in ("model", "model_name"):
            if name := safe_name(params.get(key)):
                return name
    metadata = kwargs.get("metadata")
    if isinstance(metadata, Mapping) and (
        name := safe_name(metadata.get("ls_model_name"))
    ):
        return name
    if isinstance(serialized, Mapping):
        ser_kwargs = serialized.get("kwargs")
        if isinstance(ser_kwargs, Mapping):
            for key in ("model", "model_name"):
                if name := safe_name(ser_kwargs.get(key)):
                    return name
    return None


@dataclass(frozen=True)
class ResultInfo:
    """What a finished chat model run reveals, without content."""

    model_returned: str | None
    usage: UsageMetadata | None
    output_chars: int
    finish_reasons: tuple[str, ...]
    tool_call_count: int


def result_info(response: LLMResult) -> ResultInfo:
    """Model, usage, output size, finish reasons and tool calls of a result."""
    usage: UsageMetadata | None = None
    model: str | None = None
    output_chars = 0
    tool_calls = 0
    reasons: list[str] = []
    for generations in response.generations:
        for generation in generations:
            info = generation.generation_info or {}
            reason = info.get("finish_reason")
            if isinstance(generation, ChatGeneration):
                message = generation.message
                output_chars += text_length(message.content)
                if isinstance(message, AIMessage):
                    tool_calls += len(message.tool_calls)
                    meta = message.response_metadata or {}
                    model = model or safe_name(meta.get("model_name"))
                    reason = reason or meta.get("finish_reason")
                    if message.usage_metadata:
                        usage = (
                            message.usage_metadata
                            if usage is None
                            else add_usage(usage, message.usage_metadata)
                        )
            else:
                output_chars += len(generation.text)
            if isinstance(reason, str) and reason:
                reasons.append(reason[:MAX_NAME_LEN])
    llm_output = response.llm_output or {}
    if model is None:
        model = safe_name(llm_output.get("model_name")) or safe_name(
            llm_output.get("model")
        )
    return ResultInfo(
        model_returned=model,
        usage=usage,
        output_chars=output_chars,
        finish_reasons=tuple(reasons),
        tool_call_count=tool_calls,
    )


def http_status(error: BaseException) -> int | None:
    """The HTTP status of an error (httpx, requests, mistral SDK style), if any."""
    response = getattr(error, "response", None)
    for candidate in (
        getattr(response, "status_code", None),
        getattr(error, "status_code", None),
        getattr(error, "status", None),
    ):
        if isinstance(candidate, int) and not isinstance(candidate, bool):
            return candidate
    return None


def error_type(error: BaseException) -> str:
    """The qualified class name of an error (never its message)."""
    cls = type(error)
    module = cls.__module__
    return cls.__qualname__ if module == "builtins" else f"{module}.{cls.__qualname__}"
