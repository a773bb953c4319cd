"""Chain inspection: is every ChatMistralAI guarded on both sides?

The Runnable is turned into a small data-flow graph by walking its structure
(``RunnableSequence.steps``, ``RunnableParallel.steps__``, ``RunnableBinding.bound``,
fallbacks, branches, ``RunnableAssign`` and the runnables a ``RunnableLambda``
refers to). A model is guarded on input when no path from the chain's entry
reaches it without passing an ``InputSanitizer`` or ``SafePromptTemplate``, and on
output when no path from it reaches the chain's exit without an
``OutputRedactor``. Components are recognized by class name (subclasses too), so
the audit works whichever components are installed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
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

from langchain_mistral_secure.audit.agent import (
    inspect_agent,
    is_agent_graph,
    model_guards,
)
from langchain_mistral_secure.audit.agent_checks import (
    agent_checks,
    event_redaction_check,
    nested_agent_checks,
)
from langchain_mistral_secure.audit.report import CheckResult, Status

__all__ = [
    "INPUT_GUARD_CLASSES",
    "KEY_AUTH_CLASSES",
    "MODEL_CLASSES",
    "OUTPUT_GUARD_CLASSES",
    "USAGE_HANDLER_CLASSES",
    "ChainInspection",
    "chain_checks",
    "chain_models",
    "inspect_chain",
]

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


@dataclass
class ChainInspection:
    """What the walk found in a chain.

    Attributes:
        models: The ChatMistralAI instances, in walk order.
        unguarded_input: Indexes (into ``models``) reachable without an input guard.
        unguarded_output: Indexes that reach the exit without an output guard.
        input_guards: Class names of the input guards found.
        output_guards: Class names of the output guards found.
        handlers: Class names of the callback handlers attached.
    """

    models: list[Any] = field(default_factory=list)
    unguarded_input: list[int] = field(default_factory=list)
    unguarded_output: list[int] = field(default_factory=list)
    input_guards: list[str] = field(default_factory=list)
    output_guards: list[str] = field(default_factory=list)
    handlers: list[str] = field(default_factory=list)
    agents: list[Any] = field(default_factory=list)
    raw_documents: int = 0


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


def inspect_chain(chain: Any) -> ChainInspection:
    """Walk ``chain`` and report its models, guards and handlers.

    Args:
        chain: Any Runnable (an LCEL chain, a model, a binding).

    Returns:
        A :class:`ChainInspection`.

    Example:
        >>> from langchain_core.runnables import RunnableLambda
        >>> inspect_chain(RunnableLambda(lambda x: x)).models
        []
    """
    graph = _Graph()
    first, last = graph.build(chain)
    entry, exit_ = graph.join(), graph.join()
    graph.link(entry, first)
    graph.link(last, exit_)
    inspection = ChainInspection(
        input_guards=_names(graph, "input_guard"),
        output_guards=_names(graph, "output_guard"),
        handlers=sorted({type(h).__name__ for h in graph.handlers}),
    )
    for node, kind in enumerate(graph.kinds):
        if kind == "agent":
            inspection.agents.append(graph.payload[node])
        if kind == "retriever" and graph.reaches(node, exit_, blocked=_CONSUMERS):
            # A "with sources" chain hands the retrieved documents to the caller
            # (a path that no model reads and no redactor cleans).
            inspection.raw_documents += 1
        if kind != "model":
            continue
        index = len(inspection.models)
        model = graph.payload[node]
        inspection.models.append(model)
        # A guarded model (SecureChatMistralAI) is its own guard on each side.
        guards = model_guards(model)
        if not guards.sanitizer and graph.reaches(entry, node, blocked="input_guard"):
            inspection.unguarded_input.append(index)
        if not guards.redactor and graph.reaches(node, exit_, blocked="output_guard"):
            inspection.unguarded_output.append(index)
    return inspection


def chain_models(chain: Any) -> list[Any]:
    """The chat models of a chain or of a ``create_agent`` graph.

    Example:
        >>> from langchain_core.runnables import RunnableLambda
        >>> chain_models(RunnableLambda(lambda x: x))
        []
    """
    agent = inspect_agent(chain)
    if agent is not None:
        return agent.models
    found = inspect_chain(chain)
    nested = [a for a in map(inspect_agent, found.agents) if a is not None]
    return [*found.models, *(m for a in nested for m in a.models)]


def _auth_names(model: Any) -> set[str]:
    names: set[str] = set()
    for attr in ("client", "async_client"):
        auth = getattr(getattr(model, attr, None), "auth", None)
        if auth is not None:
            names |= _class_names(auth)
    return names


def model_rotates_keys(model: Any) -> bool:
    """Whether the model's httpx client authenticates with a ``MistralKeyAuth``.

    Example:
        >>> model_rotates_keys(object())
        False
    """
    return bool(_auth_names(model) & KEY_AUTH_CLASSES)


def _count(n: int, word: str) -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


@dataclass(frozen=True)
class _GuardSpec:
    name: str
    owasp: str
    title: str
    side: str
    guards: str


_INPUT_SPEC = _GuardSpec(
    "chain_input_guard",
    "LLM01",
    "An InputSanitizer or SafePromptTemplate runs before every model",
    "before",
    "InputSanitizer or SafePromptTemplate",
)
_OUTPUT_SPEC = _GuardSpec(
    "chain_output_guard",
    "LLM05",
    "An OutputRedactor runs after every model",
    "after",
    "OutputRedactor",
)


def _guard_result(spec: _GuardSpec, total: int, unguarded: int) -> CheckResult:
    if total == 0:
        message = "no ChatMistralAI found in the chain; nothing to guard was recognized"
        return CheckResult(spec.name, "warn", message, spec.owasp, spec.title)
    if unguarded:
        verb = "has" if unguarded == 1 else "have"
        pronoun = "it" if total == 1 else "them"
        message = (
            f"{unguarded} of {_count(total, 'ChatMistralAI model')} {verb} no "
            f"{spec.guards} {spec.side} {pronoun}"
        )
        return CheckResult(spec.name, "fail", message, spec.owasp, spec.title)
    message = f"every ChatMistralAI ({total}) has {spec.guards} {spec.side} it"
    return CheckResult(spec.name, "pass", message, spec.owasp, spec.title)


def chain_checks(chain: Any) -> Iterator[CheckResult]:
    """Yield the chain checks for ``chain`` (input/output guards, usage log, keys).

    Example:
        >>> from langchain_core.runnables import RunnableLambda
        >>> [c.status for c in chain_checks(RunnableLambda(lambda x: x))][:1]
        ['warn']
    """
    agent = inspect_agent(chain)
    if agent is not None:
        # An agent's guards live in its model and middleware, not in a pipe.
        yield from agent_checks(agent)
        models = agent.models
        handlers = {
            type(h).__name__
            for source in (chain, *models)
            for h in _handlers(_callbacks_of(source))
        }
    else:
        found = inspect_chain(chain)
        nested = [a for a in map(inspect_agent, found.agents) if a is not None]
        models = [*found.models, *(m for a in nested for m in a.models)]
        handlers = set(found.handlers)
        total = len(found.models)
        if total or not nested:
            yield _guard_result(_INPUT_SPEC, total, len(found.unguarded_input))
            yield _guard_result(_OUTPUT_SPEC, total, len(found.unguarded_output))
        yield from nested_agent_checks(nested)
        yield event_redaction_check(models)
        yield _documents_check(found.raw_documents)
    yield from _operations_checks(models, handlers)


def _documents_check(raw: int) -> CheckResult:
    title = "Retrieved documents reach the caller only through an OutputRedactor"
    if raw:
        message = (
            f"{_count(raw, 'retriever')} return documents to the caller without an "
            "OutputRedactor: a poisoned document (exfiltration image, planted link, "
            "PII) reaches the UI as it was retrieved; redact the sources too"
        )
        return CheckResult("chain_returned_documents", "warn", message, "LLM05", title)
    return CheckResult(
        "chain_returned_documents",
        "pass",
        "no retriever output reaches the caller unredacted",
        "LLM05",
        title,
    )


def _callbacks_of(source: Any) -> Any:
    config = getattr(source, "config", None)
    if isinstance(config, dict) and config.get("callbacks") is not None:
        return config["callbacks"]
    return getattr(source, "callbacks", None)


def _operations_checks(models: list[Any], handlers: set[str]) -> Iterator[CheckResult]:
    total = len(models)
    usage_title = "A UsageLoggingHandler records every call"
    if handlers & USAGE_HANDLER_CLASSES:
        yield CheckResult(
            "chain_usage_logging",
            "pass",
            "a UsageLoggingHandler is attached",
            "LLM10",
            usage_title,
        )
    else:
        yield CheckResult(
            "chain_usage_logging",
            "warn",
            "no UsageLoggingHandler attached (chain.with_config(callbacks=[...]) "
            "or the model's callbacks); handlers passed at invoke time are not seen",
            "LLM10",
            usage_title,
        )
    rotating = sum(1 for model in models if model_rotates_keys(model))
    rotation_title = "Models rotate keys through MistralKeyAuth"
    if total and rotating == total:
        message = f"every ChatMistralAI ({total}) rotates keys with MistralKeyAuth"
    else:
        message = (
            f"{rotating} of {_count(total, 'ChatMistralAI model')} rotate keys; "
            "secure_chat_mistralai() wires MistralKeyAuth (failover on 401/403, "
            "retries on 429)"
        )
    # Rotation configured everywhere is a pass; otherwise it is advice (info).
    status: Status = "pass" if total and rotating == total else "info"
    yield CheckResult("chain_key_rotation", status, message, "LLM10", rotation_title)
