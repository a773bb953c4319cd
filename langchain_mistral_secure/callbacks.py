"""Content-free usage logging for chat model runs.

`UsageLoggingHandler` writes one structured record per chat model run that
ends or fails, on the logger `langchain_mistral_secure.usage`: models, message
count, character counts, token usage, finish reason, latency, streaming flag,
run ids and the counts of findings that the sanitizer and redactor reported in
the same run tree. Never prompt text, completion text, tool arguments or keys.

Components report findings with a LangChain custom event named
`mistral_secure.findings` whose data is
`{"component": str, "counts": {category: int}, "rules": {rule_id: int}}`.

Run trees and their findings are followed in `_usage_tree`; the chat model
records are written here.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Generator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING, Any

from langchain_core.messages import BaseMessage
from langchain_core.messages.ai import UsageMetadata, add_usage
from langchain_core.outputs import LLMResult
from langchain_core.tracers.context import register_configure_hook
from typing_extensions import override

from langchain_mistral_secure._usage import (
    error_type,
    http_status,
    requested_model,
    result_info,
    text_length,
)
from langchain_mistral_secure._usage_tree import (
    CHAIN_FINDINGS_EVENT,
    FINDINGS_EVENT,
    MODERATION_CALL_EVENT,
    _ModelRun,
    _RunTreeHandler,
    _Tree,
)
from langchain_mistral_secure._usage_tree import (
    MODERATION_EVENT as MODERATION_EVENT,  # noqa: PLC0414 - kept at its old path
)

if TYPE_CHECKING:
    from uuid import UUID

__all__ = [
    "CHAIN_FINDINGS_EVENT",
    "CHAT_MODEL_END_EVENT",
    "CHAT_MODEL_ERROR_EVENT",
    "FINDINGS_EVENT",
    "MODERATION_CALL_EVENT",
    "USAGE_LOGGER_NAME",
    "UsageLoggingHandler",
    "get_usage_logging_callback",
]

USAGE_LOGGER_NAME = "langchain_mistral_secure.usage"
"""The logger that receives the usage records."""

CHAT_MODEL_END_EVENT = "mistral_secure.chat_model.end"
"""Event name of the record for a chat model run that ended."""

CHAT_MODEL_ERROR_EVENT = "mistral_secure.chat_model.error"
"""Event name of the record for a chat model run that failed."""


class UsageLoggingHandler(_RunTreeHandler):
    """Log one content-free record per chat model run, and total token usage.

    For every chat model run that ends or fails, the handler logs one record on
    the `langchain_mistral_secure.usage` logger (`INFO` by default) with the
    fields in `extra=`: `event`, `run_id`, `parent_run_id`, `root_run_id`,
    `model_requested`, `model_returned`, `message_count`, `input_chars`,
    `output_chars`, `input_tokens`, `output_tokens`, `total_tokens`,
    `finish_reason`, `tool_call_count`, `latency_ms`, `streaming`, `status`,
    and the findings counts of the same run tree (`findings`,
    `findings_rules`, `findings_components`) reported through
    `mistral_secure.findings` custom events. A failed run carries only
    `error_type` and `http_status` about the error. Findings reported after
    the model ran are logged once more as a `mistral_secure.chain_findings`
    record when the root run ends.

    Token usage is summed per model in `usage_metadata` (as in
    `langchain_core.callbacks.UsageMetadataCallbackHandler`); `records` keeps
    the emitted dicts. Safe to share between threads and asyncio tasks.

    Args:
        logger: The logger or its name; default `langchain_mistral_secure.usage`.
        level: The level of success records (errors use `WARNING` or higher).
        keep_records: Keep the emitted dicts in `records`.
        max_records: Keep at most this many (oldest dropped); `None`: no limit.

    Example:
        ```python
        from langchain_mistralai import ChatMistralAI
        from langchain_mistral_secure import UsageLoggingHandler

        handler = UsageLoggingHandler()
        llm = ChatMistralAI(model="mistral-small-latest")
        llm.invoke("Hello", config={"callbacks": [handler]})
        handler.usage_metadata  # {'mistral-small-latest': {'input_tokens': ...}}
        handler.records[-1]["total_tokens"]
        ```
    """

    def __init__(
        self,
        logger: logging.Logger | str | None = None,
        *,
        level: int = logging.INFO,
        keep_records: bool = True,
        max_records: int | None = 10_000,
    ) -> None:
        """Create the handler; see the class docstring for the arguments."""
        super().__init__()
        if isinstance(logger, logging.Logger):
            self.logger = logger
        else:
            self.logger = logging.getLogger(logger or USAGE_LOGGER_NAME)
        self.level = level
        self.keep_records = keep_records
        self.max_records = max_records
        self._lock = threading.Lock()
        self.usage_metadata: dict[str, UsageMetadata] = {}
        self.records: list[dict[str, Any]] = []
        self._parents: dict[UUID, UUID | None] = {}
        self._models: dict[UUID, _ModelRun] = {}
        self._trees: dict[UUID, _Tree] = {}

    def __repr__(self) -> str:
        """Show the usage totals (numbers only)."""
        with self._lock:
            return str(self.usage_metadata)

    def _repr_html_(self) -> str:
        """Totals per model and the records, as tables (metadata only)."""
        from langchain_mistral_secure.notebook import html_table  # noqa: PLC0415

        with self._lock:
            totals = [{"model": m, **dict(u)} for m, u in self.usage_metadata.items()]
            records = [dict(r) for r in self.records]
        return html_table(totals, caption="Token totals per model") + html_table(
            records, caption=f"Usage records ({len(records)})"
        )

    def __getstate__(self) -> dict[str, Any]:
        """Pickle totals and records (metadata only); in-flight runs are dropped."""
        with self._lock:
            state = dict(self.__dict__)
        del state["_lock"]
        state.update(_parents={}, _models={}, _trees={})
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        """Restore with a fresh lock."""
        self.__dict__.update(state)
        self._lock = threading.Lock()

    # ----------------------------------------------------------- chat model

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
        """Note the start time, the requested model and the input size."""
        prompt = messages[0] if messages else []
        params = kwargs.get("invocation_params")
        streaming = isinstance(params, Mapping) and params.get("stream") is True
        run = _ModelRun(
            started=time.perf_counter(),
            root=run_id,
            model_requested=requested_model(
                serialized, {**kwargs, "metadata": metadata}
            ),
            message_count=len(prompt),
            input_chars=sum(text_length(m.content) for m in prompt),
            streaming=streaming,
        )
        with self._lock:
            run.root = self._enter(run_id, parent_run_id)
            self._models[run_id] = run

    @override
    def on_llm_start(
        self,
        serialized: dict[str, Any],
        prompts: list[str],
        *,
        run_id: UUID,
        parent_run_id: UUID | None = None,
        tags: list[str] | None = None,
        metadata: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        """Note a completion-model run the same way (prompt lengths only)."""
        prompt = prompts[:1]
        run = _ModelRun(
            started=time.perf_counter(),
            root=run_id,
            model_requested=requested_model(
                serialized, {**kwargs, "metadata": metadata}
            ),
            message_count=len(prompt),
            input_chars=sum(len(p) for p in prompt),
            streaming=False,
        )
        with self._lock:
            run.root = self._enter(run_id, parent_run_id)
            self._models[run_id] = run

    @override
    def on_llm_new_token(
        self,
        token: str | list[str | dict[str, Any]],
        *,
        run_id: UUID,
        parent_run_id: UUID | None = None,
        **kwargs: Any,
    ) -> None:
        """Mark the run as streaming (the token is never read)."""
        with self._lock:
            run = self._models.get(run_id)
            if run is not None:
                run.streaming = True

    def _finish(
        self, run_id: UUID, parent_run_id: UUID | None
    ) -> tuple[_ModelRun | None, dict[str, Any], dict[str, Any]]:
        """Pop the model run and return it, base fields and findings fields."""
        with self._lock:
            run = self._models.pop(run_id, None)
            root = run.root if run is not None else self._root_of(run_id)
            tree = self._trees.setdefault(root, _Tree())
            tree.events_reported = tree.findings.events
            tree.model_records += 1
            findings = tree.findings.as_fields()
        latency = None if run is None else (time.perf_counter() - run.started) * 1000
        base: dict[str, Any] = {
            "run_id": str(run_id),
            "parent_run_id": None if parent_run_id is None else str(parent_run_id),
            "root_run_id": str(root),
            "model_requested": None if run is None else run.model_requested,
            "message_count": None if run is None else run.message_count,
            "input_chars": None if run is None else run.input_chars,
            "latency_ms": None if latency is None else round(latency, 3),
            "streaming": False if run is None else run.streaming,
        }
        return run, base, findings

    @override
    def on_llm_end(
        self,
        response: LLMResult,
        *,
        run_id: UUID,
        parent_run_id: UUID | None = None,
        **kwargs: Any,
    ) -> None:
        """Log the run's record and add its token usage to the totals."""
        _, base, findings = self._finish(run_id, parent_run_id)
        info = result_info(response)
        usage = info.usage
        record: dict[str, Any] = {
            "event": CHAT_MODEL_END_EVENT,
            "status": "ok",
            **base,
            "model_returned": info.model_returned,
            "output_chars": info.output_chars,
            "input_tokens": None if usage is None else usage.get("input_tokens"),
            "output_tokens": None if usage is None else usage.get("output_tokens"),
            "total_tokens": None if usage is None else usage.get("total_tokens"),
            "finish_reason": info.finish_reasons[0] if info.finish_reasons else None,
            "tool_call_count": info.tool_call_count,
            **findings,
        }
        model_key = info.model_returned or base["model_requested"]
        with self._lock:
            if usage and model_key:
                if model_key in self.usage_metadata:
                    self.usage_metadata[model_key] = add_usage(
                        self.usage_metadata[model_key], usage
                    )
                else:
                    self.usage_metadata[model_key] = usage
        self._emit(record, self.level)
        self._on_run_end(run_id)

    @override
    def on_llm_error(
        self,
        error: BaseException,
        *,
        run_id: UUID,
        parent_run_id: UUID | None = None,
        **kwargs: Any,
    ) -> None:
        """Log the failed run: error type and HTTP status only, never the message."""
        _, base, findings = self._finish(run_id, parent_run_id)
        record: dict[str, Any] = {
            "event": CHAT_MODEL_ERROR_EVENT,
            "status": "error",
            **base,
            "error_type": error_type(error),
            "http_status": http_status(error),
            **findings,
        }
        self._emit(record, max(self.level, logging.WARNING))
        self._on_run_end(run_id)

    # ----------------------------------------------------------- output

    def _emit(self, record: dict[str, Any], level: int) -> None:
        if self.keep_records:
            with self._lock:
                self.records.append(record)
                if (
                    self.max_records is not None
                    and len(self.records) > self.max_records
                ):
                    del self.records[: len(self.records) - self.max_records]
        if self.logger.isEnabledFor(level):
            self.logger.log(level, record["event"], extra=dict(record))


@contextmanager
def get_usage_logging_callback(
    name: str = "usage_logging_callback",
    **handler_kwargs: Any,
) -> Generator[UsageLoggingHandler, None, None]:
    """Log and total the usage of every chat model run inside the block.

    Like `langchain_core.callbacks.get_usage_metadata_callback`: the handler is
    added to every run started in the block (and in the runs they start).

    Args:
        name: The name of the context variable.
        **handler_kwargs: Passed to `UsageLoggingHandler`.

    Yields:
        The usage logging handler.

    Example:
        ```python
        from langchain_mistralai import ChatMistralAI
        from langchain_mistral_secure import get_usage_logging_callback

        llm = ChatMistralAI(model="mistral-small-latest")
        with get_usage_logging_callback() as cb:
            llm.invoke("Hello")
        print(cb.usage_metadata)
        ```
    """
    var: ContextVar[UsageLoggingHandler | None] = ContextVar(name, default=None)
    register_configure_hook(var, inheritable=True)
    cb = UsageLoggingHandler(**handler_kwargs)
    token = var.set(cb)
    try:
        yield cb
    finally:
        var.reset(token)
