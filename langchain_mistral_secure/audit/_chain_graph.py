"""The data-flow graph the chain audit walks: components by class name.

A Runnable is turned into a small directed graph by walking its structure
(``RunnableSequence.steps``, ``RunnableParallel.steps__``, ``RunnableBinding.bound``,
fallbacks, branches, ``RunnableAssign`` and the runnables a ``RunnableLambda``
refers to). Components are recognized by class name (subclasses too), so the
audit works whichever components are installed. The public class-name sets are
re-exported from :mod:`langchain_mistral_secure.audit.chain`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from langchain_core.runnables import (
    Runnable,
    RunnableAssign,
    RunnableBinding,
    RunnableBranch,
    RunnableLambda,
    RunnableParallel,
    RunnableSequence,
    RunnableWithFallbacks,
)

from langchain_mistral_secure.audit.agent import is_agent_graph

INPUT_GUARD_CLASSES = frozenset({"InputSanitizer", "SafePromptTemplate"})
"""Class names that guard a model's input (LLM01)."""
OUTPUT_GUARD_CLASSES = frozenset({"OutputRedactor"})
"""Class names that guard a model's output (LLM05)."""
MODEL_CLASSES = frozenset({"ChatMistralAI"})
"""Class names of the models the audit looks for."""
USAGE_HANDLER_CLASSES = frozenset({"UsageLoggingHandler"})
"""Callback handler class names that record usage (LLM10)."""
KEY_AUTH_CLASSES = frozenset({"MistralKeyAuth"})
"""httpx auth class names that rotate keys."""
RETRIEVER_CLASSES = frozenset({"BaseRetriever"})
_CONSUMERS = frozenset({"output_guard", "model"})
"""Class names of retrievers, whose documents may carry poisoned text."""


def _class_names(obj: object) -> set[str]:
    return {cls.__name__ for cls in type(obj).__mro__}


def _kind(obj: object) -> str:
    if is_agent_graph(obj):
        return "agent"
    names = _class_names(obj)
    if names & MODEL_CLASSES:
        return "model"
    if names & INPUT_GUARD_CLASSES:
        return "input_guard"
    if names & OUTPUT_GUARD_CLASSES:
        return "output_guard"
    if names & RETRIEVER_CLASSES:
        return "retriever"
    return "other"


def _handlers(callbacks: Any) -> list[Any]:
    if callbacks is None:
        return []
    if isinstance(callbacks, (list, tuple)):
        return list(callbacks)
    handlers = getattr(callbacks, "handlers", None)
    return list(handlers) if isinstance(handlers, list) else []


class _Graph:
    """A directed graph of walked runnables (``None`` payload: a join point)."""

    def __init__(self) -> None:
        self.payload: list[Any] = []
        self.kinds: list[str] = []
        self.edges: list[set[int]] = []
        self.handlers: list[Any] = []
        self._active: set[int] = set()

    def add(self, payload: Any, kind: str) -> int:
        self.payload.append(payload)
        self.kinds.append(kind)
        self.edges.append(set())
        return len(self.payload) - 1

    def join(self) -> int:
        return self.add(None, "join")

    def link(self, source: int, target: int) -> None:
        self.edges[source].add(target)

    def series(self, parts: Iterable[Any]) -> tuple[int, int]:
        entry = exit_ = -1
        for part in parts:
            start, end = self.build(part)
            if entry == -1:
                entry = start
            else:
                self.link(exit_, start)
            exit_ = end
        if entry == -1:
            node = self.join()
            return node, node
        return entry, exit_

    def parallel(
        self, branches: Iterable[Any], *, passthrough: bool = False
    ) -> tuple[int, int]:
        entry, exit_ = self.join(), self.join()
        if passthrough:
            self.link(entry, exit_)
        empty = True
        for branch in branches:
            start, end = self.build(branch)
            self.link(entry, start)
            self.link(end, exit_)
            empty = False
        if empty:
            self.link(entry, exit_)
        return entry, exit_

    def build(self, runnable: Any) -> tuple[int, int]:
        """Add ``runnable`` and return its ``(entry, exit)`` nodes."""
        kind = _kind(runnable)
        if kind != "other" or id(runnable) in self._active:
            if kind == "model":
                self.handlers.extend(_handlers(getattr(runnable, "callbacks", None)))
            node = self.add(runnable, kind)
            return node, node
        self._active.add(id(runnable))
        try:
            return self._build_structure(runnable)
        finally:
            self._active.discard(id(runnable))

    def _build_structure(  # noqa: C901, PLR0911 - one branch per Runnable type
        self, runnable: Any
    ) -> tuple[int, int]:
        if isinstance(runnable, RunnableSequence):
            return self.series(runnable.steps)
        if isinstance(runnable, RunnableParallel):
            return self.parallel(runnable.steps__.values())
        if isinstance(runnable, RunnableAssign):
            return self.parallel([runnable.mapper], passthrough=True)
        if isinstance(runnable, RunnableBinding):
            config = runnable.config or {}
            self.handlers.extend(_handlers(config.get("callbacks")))
            return self.build(runnable.bound)
        if isinstance(runnable, RunnableWithFallbacks):
            return self.parallel([runnable.runnable, *runnable.fallbacks])
        if isinstance(runnable, RunnableBranch):
            entry, exit_ = self.join(), self.join()
            for condition, branch in runnable.branches:
                start, end = self.series([condition, branch])
                self.link(entry, start)
                self.link(end, exit_)
            start, end = self.build(runnable.default)
            self.link(entry, start)
            self.link(end, exit_)
            return entry, exit_
        if isinstance(runnable, RunnableLambda):
            try:
                deps = list(runnable.deps)
            except Exception:  # noqa: BLE001 - source introspection is best effort
                deps = []
            if deps:
                return self.parallel(deps)
        bound = getattr(runnable, "bound", None)
        if isinstance(bound, Runnable) and bound is not runnable:
            return self.build(bound)
        node = self.add(runnable, "other")
        return node, node

    def reaches(
        self, source: int, target: int, *, blocked: str | frozenset[str]
    ) -> bool:
        """Whether ``source`` reaches ``target`` avoiding nodes of kind ``blocked``."""
        stops = frozenset({blocked}) if isinstance(blocked, str) else blocked
        if source == target:
            return True
        seen = {source}
        todo = [source]
        while todo:
            node = todo.pop()
            for nxt in self.edges[node]:
                if nxt == target:
                    return True
                if nxt in seen or self.kinds[nxt] in stops:
                    continue
                seen.add(nxt)
                todo.append(nxt)
        return False


def _names(graph: _Graph, kind: str) -> list[str]:
    return sorted(
        {
            type(p).__name__
            for p, k in zip(graph.payload, graph.kinds, strict=True)
            if k == kind
        }
    )
