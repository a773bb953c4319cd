"""The usage handler's run trees: which runs belong together, what they found.

The base of :class:`~langchain_mistral_secure.callbacks.UsageLoggingHandler`:
it follows every chain, tool and retriever run to its root, sums the findings
counts that components report (``mistral_secure.findings`` custom events) per
run tree, turns moderation events into records, and reports findings that came
after the model ran once the tree ends. The chat model records themselves are
in :mod:`langchain_mistral_secure.callbacks`, which re-exports the event names.
"""

from __future__ import annotations

import logging
import threading
from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from langchain_core.callbacks import BaseCallbackHandler
from typing_extensions import override

from langchain_mistral_secure._usage import MAX_NAME_LEN, safe_name

if TYPE_CHECKING:
    from uuid import UUID

FINDINGS_EVENT = "mistral_secure.findings"
"""Custom event name the sanitizer, redactor and guards dispatch (counts only)."""

CHAIN_FINDINGS_EVENT = "mistral_secure.chain_findings"
"""Event name of the summary record for findings reported after the model ran."""

MODERATION_EVENT = "mistral_secure.moderation"
"""Custom event the moderation guard dispatches for every call (no text)."""

MODERATION_CALL_EVENT = "mistral_secure.moderation_call"
"""Record name of a moderation call in the usage log."""

_MAX_KEYS = 64


def _clean_counts(value: Any) -> dict[str, int]:
    """Keep only `{str: int}` entries of an event's counts (bounded)."""
    if not isinstance(value, Mapping):
        return {}
    clean: dict[str, int] = {}
    for key, count in list(value.items())[:_MAX_KEYS]:
        if (
            isinstance(key, str)
            and isinstance(count, int)
            and not isinstance(count, bool)
            and count >= 0
        ):
            clean[key[:MAX_NAME_LEN]] = count
    return clean


# ---------------------------------------------------------------- state


@dataclass
class _Findings:
    """Findings counts of one run tree."""

    categories: dict[str, int] = field(default_factory=dict)
    rules: dict[str, int] = field(default_factory=dict)
    components: dict[str, int] = field(default_factory=dict)
    events: int = 0

    def add(
        self, component: str, counts: dict[str, int], rules: dict[str, int]
    ) -> None:
        self.events += 1
        self.components[component] = self.components.get(component, 0) + 1
        for key, count in counts.items():
            self.categories[key] = self.categories.get(key, 0) + count
        for key, count in rules.items():
            self.rules[key] = self.rules.get(key, 0) + count

    def as_fields(self) -> dict[str, Any]:
        return {
            "findings": dict(self.categories),
            "findings_rules": dict(self.rules),
            "findings_components": sorted(self.components),
        }


@dataclass
class _ModelRun:
    started: float
    root: UUID
    model_requested: str | None
    message_count: int
    input_chars: int
    streaming: bool


@dataclass
class _Tree:
    findings: _Findings = field(default_factory=_Findings)
    events_reported: int = 0
    model_records: int = 0


class _RunTreeHandler(BaseCallbackHandler, ABC):
    """Run trees and their findings (see ``UsageLoggingHandler``)."""

    # Set by the handler's ``__init__``; callbacks arrive from many threads and
    # asyncio tasks, so every access holds ``_lock``.
    _lock: threading.Lock
    _parents: dict[UUID, UUID | None]
    _models: dict[UUID, _ModelRun]
    _trees: dict[UUID, _Tree]
    level: int

    @abstractmethod
    def _emit(self, record: dict[str, Any], level: int) -> None:
        """Log one record (and keep it, if the handler keeps records)."""

    # ----------------------------------------------------------- run tree

    def _root_of(self, run_id: UUID) -> UUID:
        """Follow parent links to the root run (caller holds the lock)."""
        current = run_id
        for _ in range(256):
            parent = self._parents.get(current)
            if parent is None:
                return current
            current = parent
        return current

    def _enter(self, run_id: UUID, parent_run_id: UUID | None) -> UUID:
        """Register a run and return its root (caller holds the lock)."""
        self._parents[run_id] = parent_run_id
        return self._root_of(run_id)

    def _leave(self, run_id: UUID) -> dict[str, Any] | None:
        """Forget a run; when its tree is done, return its late-findings record.

        A tree is done when its root ends, or, when this handler never saw the
        root (it was attached below it), when its last seen run ends.
        """
        with self._lock:
            if run_id not in self._parents:
                return None
            parent = self._parents.pop(run_id)
            if parent is None:
                root = run_id
            else:
                root = self._root_of(parent)
                if root in self._parents or any(
                    self._root_of(r) == root for r in self._parents
                ):
                    return None
            # Drop leftovers of this tree (runs that never ended).
            for other in [r for r in self._parents if self._root_of(r) == root]:
                self._parents.pop(other, None)
            for other in [r for r, m in self._models.items() if m.root == root]:
                self._models.pop(other, None)
            tree = self._trees.pop(root, None)
            if tree is None or tree.findings.events <= tree.events_reported:
                return None
            return {
                "event": CHAIN_FINDINGS_EVENT,
                "run_id": str(root),
                "parent_run_id": None,
                "root_run_id": str(root),
                "model_records": tree.model_records,
                **tree.findings.as_fields(),
            }

    def _on_run_start(self, run_id: UUID, parent_run_id: UUID | None) -> None:
        with self._lock:
            self._enter(run_id, parent_run_id)

    def _on_run_end(self, run_id: UUID) -> None:
        record = self._leave(run_id)
        if record is not None:
            self._emit(record, self.level)

    @override
    def on_chain_start(
        self,
        serialized: dict[str, Any],
        inputs: dict[str, Any],
        *,
        run_id: UUID,
        parent_run_id: UUID | None = None,
        **kwargs: Any,
    ) -> None:
        """Track the run tree."""
        self._on_run_start(run_id, parent_run_id)

    @override
    def on_chain_end(
        self,
        outputs: dict[str, Any],
        *,
        run_id: UUID,
        parent_run_id: UUID | None = None,
        **kwargs: Any,
    ) -> None:
        """Close the run; a root run reports late findings."""
        self._on_run_end(run_id)

    @override
    def on_chain_error(
        self,
        error: BaseException,
        *,
        run_id: UUID,
        parent_run_id: UUID | None = None,
        **kwargs: Any,
    ) -> None:
        """Close the run; a root run reports late findings."""
        self._on_run_end(run_id)

    @override
    def on_tool_start(
        self,
        serialized: dict[str, Any],
        input_str: str,
        *,
        run_id: UUID,
        parent_run_id: UUID | None = None,
        **kwargs: Any,
    ) -> None:
        """Track the run tree (tool input is never read)."""
        self._on_run_start(run_id, parent_run_id)

    @override
    def on_tool_end(
        self,
        output: Any,
        *,
        run_id: UUID,
        parent_run_id: UUID | None = None,
        **kwargs: Any,
    ) -> None:
        """Close the run."""
        self._on_run_end(run_id)

    @override
    def on_tool_error(
        self,
        error: BaseException,
        *,
        run_id: UUID,
        parent_run_id: UUID | None = None,
        **kwargs: Any,
    ) -> None:
        """Close the run."""
        self._on_run_end(run_id)

    @override
    def on_retriever_start(
        self,
        serialized: dict[str, Any],
        query: str,
        *,
        run_id: UUID,
        parent_run_id: UUID | None = None,
        **kwargs: Any,
    ) -> None:
        """Track the run tree (the query is never read)."""
        self._on_run_start(run_id, parent_run_id)

    @override
    def on_retriever_end(
        self,
        documents: Sequence[Any],
        *,
        run_id: UUID,
        parent_run_id: UUID | None = None,
        **kwargs: Any,
    ) -> None:
        """Close the run."""
        self._on_run_end(run_id)

    @override
    def on_retriever_error(
        self,
        error: BaseException,
        *,
        run_id: UUID,
        parent_run_id: UUID | None = None,
        **kwargs: Any,
    ) -> None:
        """Close the run."""
        self._on_run_end(run_id)

    # ----------------------------------------------------------- findings

    @override
    def on_custom_event(
        self,
        name: str,
        data: Any,
        *,
        run_id: UUID,
        tags: list[str] | None = None,
        metadata: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> None:
        """Collect findings counts; log one record per moderation call."""
        if not isinstance(data, Mapping):
            return
        if name == MODERATION_EVENT:
            self._on_moderation(data, run_id=run_id)
            return
        if name != FINDINGS_EVENT:
            return
        component = safe_name(data.get("component")) or "unknown"
        counts = _clean_counts(data.get("counts"))
        rules = _clean_counts(data.get("rules"))
        with self._lock:
            root = self._root_of(run_id)
            tree = self._trees.setdefault(root, _Tree())
            tree.findings.add(component, counts, rules)

    def _on_moderation(self, data: Mapping[str, Any], *, run_id: UUID) -> None:
        # Copy only typed metadata fields; the guard never sends text, and a
        # foreign event with the same name must not smuggle any in.
        record: dict[str, Any] = {
            "event": MODERATION_CALL_EVENT,
            "model": safe_name(data.get("model")),
            "endpoint": safe_name(data.get("endpoint")),
            "outcome": safe_name(data.get("outcome")),
            "input_chars": data.get("input_chars")
            if isinstance(data.get("input_chars"), int)
            else None,
            "latency_ms": data.get("latency_ms")
            if isinstance(data.get("latency_ms"), (int, float))
            else None,
            "flagged": sorted(
                str(safe_name(c)) for c in data.get("flagged") or () if safe_name(c)
            ),
            "http_status": data.get("status")
            if isinstance(data.get("status"), int)
            else None,
            "run_id": str(run_id),
        }
        self._emit(record, logging.INFO)
