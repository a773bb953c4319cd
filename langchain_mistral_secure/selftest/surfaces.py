"""Observers for every surface a chain's text can reach.

Each observer turns what it saw into strings; the runner then looks for the
planted needles in them. The observers keep everything they are given, on
purpose: they are test instruments, used only inside a self-test run.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from uuid import UUID

from langchain_core.callbacks import BaseCallbackHandler
from langchain_core.tracers.base import BaseTracer
from langchain_core.tracers.schemas import Run

__all__ = [
    "SURFACES",
    "CallbackRecorder",
    "LogRecorder",
    "TraceRecorder",
    "dump",
    "event_outputs",
    "record_logs",
]

SURFACES: tuple[str, ...] = (
    "return",
    "stream",
    "events",
    "callbacks",
    "tracer",
    "logs",
    "errors",
    "server",
)
"""Every surface the self-test observes, in report order.

* ``return``: the value of ``invoke``/``ainvoke``.
* ``stream``: the chunks of ``stream``/``astream``.
* ``events``: every ``astream_events(version="v2")`` event (chunks, outputs).
* ``callbacks``: what every run reports to a callback handler as produced.
* ``tracer``: every run's outputs as a LangChain tracer records them (what
  LangSmith would get).
* ``logs``: every log record at DEBUG, from any logger, with tracebacks.
* ``errors``: the message, repr and traceback of any exception raised.
* ``server``: what the model received (for attacks planted in the input).
"""


def dump(value: Any) -> str:
    """Every string inside ``value``, recursively (pydantic models included)."""
    out: list[str] = []
    _walk(value, out, depth=0)
    return "\n".join(out)


_MAX_DEPTH = 40


def _walk(value: Any, out: list[str], depth: int) -> None:  # noqa: C901 - one branch per shape
    if depth > _MAX_DEPTH:
        out.append(repr(value))
        return
    if isinstance(value, str):
        out.append(value)
    elif isinstance(value, bytes):
        out.append(value.decode("utf-8", "replace"))
    elif isinstance(value, dict):
        for key, item in value.items():
            _walk(key, out, depth + 1)
            _walk(item, out, depth + 1)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for item in value:
            _walk(item, out, depth + 1)
    elif hasattr(value, "model_dump"):
        try:
            _walk(value.model_dump(), out, depth + 1)
        except Exception:  # noqa: BLE001 - fall back to the repr, never lose text
            out.append(repr(value))
        out.append(repr(value))
    elif value is not None and not isinstance(value, (int, float, bool, UUID)):
        out.append(repr(value))


class CallbackRecorder(BaseCallbackHandler):
    """A callback handler that keeps what each run reports as its *output*.

    A run's inputs are what its caller gave it (the user's own text, the chain's
    own system prompt); what leaks is what a run reports having produced: tokens,
    results, tool outputs, custom events, errors. Those are kept, as text.
    """

    raise_error = True

    def __init__(self) -> None:
        """Start empty."""
        self.texts: list[str] = []

    def _keep(self, *args: Any, **kwargs: Any) -> None:
        self.texts.append(dump([args, kwargs]))

    def _ignore(self, *args: Any, **kwargs: Any) -> None:
        """Run starts carry inputs, not outputs."""

    on_llm_start = _ignore
    on_chat_model_start = _ignore
    on_chain_start = _ignore
    on_tool_start = _ignore
    on_retriever_start = _ignore
    on_llm_new_token = _keep
    on_llm_end = _keep
    on_llm_error = _keep
    on_chain_end = _keep
    on_chain_error = _keep
    on_tool_end = _keep
    on_tool_error = _keep
    on_retriever_end = _keep
    on_retriever_error = _keep
    on_text = _keep
    on_agent_action = _keep
    on_agent_finish = _keep
    on_custom_event = _keep
    on_retry = _keep


def event_outputs(events: list[Any]) -> str:
    """What ``astream_events`` reports as produced: chunks, outputs, custom data."""
    kept = []
    for event in events:
        data = dict(event.get("data") or {}) if isinstance(event, dict) else {}
        data.pop("input", None)
        kept.append([event.get("event") if isinstance(event, dict) else None, data])
    return dump(kept)


class TraceRecorder(BaseTracer):
    """A LangChain tracer that keeps every finished run's outputs, children included."""

    def __init__(self) -> None:
        """Start empty."""
        super().__init__()
        self.texts: list[str] = []

    def _end_trace(self, run: Run) -> None:
        # Each run as it ends, as a tracer such as LangSmith's posts it: its
        # outputs, its streamed-token events and its error.
        self.texts.append(dump([run.outputs, run.events, run.error]))
        super()._end_trace(run)

    def _persist_run(self, run: Run) -> None:
        """Every run was kept as it ended."""


class LogRecorder(logging.Handler):
    """Keeps every record formatted with its traceback."""

    def __init__(self) -> None:
        """Capture everything from DEBUG up."""
        super().__init__(logging.DEBUG)
        self.texts: list[str] = []
        self.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))

    def emit(self, record: logging.LogRecord) -> None:
        """Keep the formatted record (args and exception included)."""
        try:
            self.texts.append(self.format(record))
        except Exception:  # noqa: BLE001 - a broken record is still evidence
            self.texts.append(repr(record.__dict__))


@contextmanager
def record_logs() -> Iterator[LogRecorder]:
    """Capture every logger at DEBUG for the duration of the block."""
    recorder = LogRecorder()
    root = logging.getLogger()
    previous = root.level
    root.addHandler(recorder)
    root.setLevel(logging.DEBUG)
    try:
        yield recorder
    finally:
        root.removeHandler(recorder)
        root.setLevel(previous)
