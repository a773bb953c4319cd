"""OpenTelemetry spans and metrics for chat model runs, without content.

Follows the OpenTelemetry GenAI semantic conventions: one `chat {model}` client
span per chat model run with `gen_ai.*` attributes, and the
`gen_ai.client.token.usage` and `gen_ai.client.operation.duration`
histograms. Prompt and completion text, tool arguments and error messages are
never recorded. Needs the `otel` extra:
`pip install "langchain-mistral-secure[otel]"`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from langchain_core.callbacks import BaseCallbackHandler
from typing_extensions import override

from langchain_mistral_secure._usage import (
    error_type,
    http_status,
    requested_model,
    result_info,
)

if TYPE_CHECKING:
    from uuid import UUID

    from langchain_core.messages import BaseMessage
    from langchain_core.outputs import LLMResult

__all__ = [
    "GEN_AI_SYSTEM",
    "OTEL_INSTALL_HINT",
    "OpenTelemetryUsageHandler",
]

GEN_AI_SYSTEM = "mistral_ai"
"""The `gen_ai.system` (and `gen_ai.provider.name`) value for Mistral AI."""

OTEL_INSTALL_HINT = (
    'OpenTelemetry is not installed; run: pip install "langchain-mistral-secure[otel]"'
)
"""The message of the ImportError raised when OpenTelemetry is missing."""

_SCOPE = "langchain_mistral_secure"
_OPERATION = "chat"
# Bucket boundaries recommended by the GenAI semantic conventions.
_TOKEN_BUCKETS = (
    1,
    4,
    16,
    64,
    256,
    1024,
    4096,
    16384,
    65536,
    262144,
    1048576,
    4194304,
    16777216,
    67108864,
)
_DURATION_BUCKETS = (
    0.01,
    0.02,
    0.04,
    0.08,
    0.16,
    0.32,
    0.64,
    1.28,
    2.56,
    5.12,
    10.24,
    20.48,
    40.96,
    81.92,
)
_BASE_ATTRIBUTES = {
    "gen_ai.system": GEN_AI_SYSTEM,
    "gen_ai.provider.name": GEN_AI_SYSTEM,
    "gen_ai.operation.name": _OPERATION,
}
_REQUEST_PARAMS = {
    "temperature": "gen_ai.request.temperature",
    "top_p": "gen_ai.request.top_p",
    "max_tokens": "gen_ai.request.max_tokens",
    "random_seed": "gen_ai.request.seed",
}


def _import_otel() -> tuple[Any, Any]:
    """Return the `opentelemetry.trace` and `opentelemetry.metrics` modules.

    Raises:
        ImportError: Naming the `otel` extra to install.
    """
    try:
        from opentelemetry import metrics, trace  # noqa: PLC0415
    except ImportError as exc:
        raise ImportError(OTEL_INSTALL_HINT) from exc
    return trace, metrics


@dataclass
class _SpanRun:
    span: Any
    started: float
    model_requested: str | None


def _histogram(meter: Any, name: str, unit: str, description: str, buckets: Any) -> Any:
    try:
        return meter.create_histogram(
            name,
            unit=unit,
            description=description,
            explicit_bucket_boundaries_advisory=list(buckets),
        )
    except TypeError:  # an API older than 1.23: no advisory parameter
        return meter.create_histogram(name, unit=unit, description=description)


class OpenTelemetryUsageHandler(BaseCallbackHandler):
    """Record each chat model run as an OpenTelemetry span and GenAI metrics.

    One `chat {model}` span (kind CLIENT) per chat model run, a child of the
    span current when the run starts, with `gen_ai.system` and
    `gen_ai.provider.name` = `mistral_ai`, `gen_ai.operation.name` = `chat`,
    `gen_ai.request.model` (and numeric request parameters),
    `gen_ai.response.model`, `gen_ai.usage.input_tokens`,
    `gen_ai.usage.output_tokens` and `gen_ai.response.finish_reasons`. A
    failed run sets the span status to ERROR with `error.type` and
    `http.response.status_code`, never the error message. Each run also
    records `gen_ai.client.operation.duration` (seconds) and
    `gen_ai.client.token.usage` (one point per token type). No prompt,
    completion or tool argument is ever recorded.

    Args:
        tracer_provider: The tracer provider; default: the global one.
        meter_provider: The meter provider; default: the global one.

    Raises:
        ImportError: If OpenTelemetry is not installed (names the extra).

    Example:
        ```python
        from langchain_mistralai import ChatMistralAI
        from langchain_mistral_secure import OpenTelemetryUsageHandler

        otel = OpenTelemetryUsageHandler()
        ChatMistralAI().invoke("Hello", config={"callbacks": [otel]})
        ```
    """

    # Run in the caller's task/thread, so the current span is the parent.
    run_inline = True

    def __init__(
        self,
        tracer_provider: Any | None = None,
        meter_provider: Any | None = None,
    ) -> None:
        """Create the handler; see the class docstring for the arguments."""
        super().__init__()
        self._providers = (tracer_provider, meter_provider)
        trace, metrics = _import_otel()
        self._trace = trace
        self._tracer = trace.get_tracer(_SCOPE, tracer_provider=tracer_provider)
        meter = metrics.get_meter(_SCOPE, meter_provider=meter_provider)
        self._token_usage = _histogram(
            meter,
            "gen_ai.client.token.usage",
            "{token}",
            "Number of input and output tokens used.",
            _TOKEN_BUCKETS,
        )
        self._duration = _histogram(
            meter,
            "gen_ai.client.operation.duration",
            "s",
            "GenAI operation duration.",
            _DURATION_BUCKETS,
        )
        self._lock = threading.Lock()
        self._runs: dict[UUID, _SpanRun] = {}

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle the providers; tracer and instruments are made again on load."""
        return (type(self), self._providers)

    def __repr__(self) -> str:
        """Show the number of open spans only."""
        with self._lock:
            return f"OpenTelemetryUsageHandler(open_spans={len(self._runs)})"

    def _start(
        self,
        serialized: dict[str, Any],
        run_id: UUID,
        kwargs: dict[str, Any],
    ) -> None:
        model = requested_model(serialized, kwargs)
        attributes: dict[str, Any] = dict(_BASE_ATTRIBUTES)
        if model:
            attributes["gen_ai.request.model"] = model
        params = kwargs.get("invocation_params")
        if isinstance(params, Mapping):
            for key, attribute in _REQUEST_PARAMS.items():
                value = params.get(key)
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    attributes[attribute] = value
        name = f"{_OPERATION} {model}" if model else _OPERATION
        span = self._tracer.start_span(
            name, kind=self._trace.SpanKind.CLIENT, attributes=attributes
        )
        with self._lock:
            self._runs[run_id] = _SpanRun(span, time.perf_counter(), model)

    @override
    def on_chat_model_start(
        self,
        serialized: dict[str, Any],
        messages: list[list[BaseMessage]],
        *,
        run_id: UUID,
        parent_run_id: UUID | None = None,
        tags: list[str] | None = None,
        metadata: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        """Start the span (the messages are never read)."""
        self._start(serialized, run_id, {**kwargs, "metadata": metadata})

    def _metric_attributes(
        self, run: _SpanRun, response_model: str | None
    ) -> dict[str, Any]:
        attributes: dict[str, Any] = dict(_BASE_ATTRIBUTES)
        if run.model_requested:
            attributes["gen_ai.request.model"] = run.model_requested
        if response_model:
            attributes["gen_ai.response.model"] = response_model
        return attributes

    def _end(self, run_id: UUID) -> tuple[_SpanRun, float] | None:
        """Forget a run; return it and its duration in seconds, if it was known."""
        with self._lock:
            run = self._runs.pop(run_id, None)
        if run is None:
            return None
        return run, time.perf_counter() - run.started

    @override
    def on_llm_end(
        self,
        response: LLMResult,
        *,
        run_id: UUID,
        parent_run_id: UUID | None = None,
        **kwargs: Any,
    ) -> None:
        """Set the response attributes, end the span and record the metrics."""
        ended = self._end(run_id)
        if ended is None:
            return
        run, seconds = ended
        info = result_info(response)
        span = run.span
        if info.model_returned:
            span.set_attribute("gen_ai.response.model", info.model_returned)
        if info.finish_reasons:
            span.set_attribute("gen_ai.response.finish_reasons", info.finish_reasons)
        attributes = self._metric_attributes(run, info.model_returned)
        usage = info.usage
        if usage:
            for token_type, key in (
                ("input", "input_tokens"),
                ("output", "output_tokens"),
            ):
                count = usage.get(key)
                if isinstance(count, int):
                    span.set_attribute(f"gen_ai.usage.{key}", count)
                    self._token_usage.record(
                        count, {**attributes, "gen_ai.token.type": token_type}
                    )
        span.end()
        self._duration.record(seconds, attributes)

    @override
    def on_llm_error(
        self,
        error: BaseException,
        *,
        run_id: UUID,
        parent_run_id: UUID | None = None,
        **kwargs: Any,
    ) -> None:
        """Mark the span as failed (error type and HTTP status only) and end it."""
        ended = self._end(run_id)
        if ended is None:
            return
        run, seconds = ended
        kind = error_type(error)
        status = http_status(error)
        span = run.span
        span.set_attribute("error.type", kind)
        if status is not None:
            span.set_attribute("http.response.status_code", status)
        # The description is the type only: error messages may hold content.
        span.set_status(self._trace.Status(self._trace.StatusCode.ERROR, kind))
        span.end()
        attributes = {**self._metric_attributes(run, None), "error.type": kind}
        self._duration.record(seconds, attributes)
