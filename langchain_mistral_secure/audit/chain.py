"""Chain inspection: is every ChatMistralAI guarded on both sides?

The Runnable is turned into a small data-flow graph by walking its structure
(``RunnableSequence.steps``, ``RunnableParallel.steps__``, ``RunnableBinding.bound``,
fallbacks, branches, ``RunnableAssign`` and the runnables a ``RunnableLambda``
refers to). A model is guarded on input when no path from the chain's entry
reaches it without passing an ``InputSanitizer`` or ``SafePromptTemplate``, and on
output when no path from it reaches the chain's exit without an
``OutputRedactor``. Components are recognized by class name (subclasses too), so
the audit works whichever components are installed. The graph lives in
``_chain_graph`` and the wording of the checks in ``_chain_checks``; their
public names are re-exported here.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from langchain_mistral_secure.audit._chain_checks import (
    _INPUT_SPEC,
    _OUTPUT_SPEC,
    _callbacks_of,
    _documents_check,
    _guard_result,
    _operations_checks,
    model_rotates_keys,
)
from langchain_mistral_secure.audit._chain_graph import (
    _CONSUMERS,
    INPUT_GUARD_CLASSES,
    KEY_AUTH_CLASSES,
    MODEL_CLASSES,
    OUTPUT_GUARD_CLASSES,
    USAGE_HANDLER_CLASSES,
    _Graph,
    _handlers,
    _names,
)
from langchain_mistral_secure.audit.agent import inspect_agent, model_guards
from langchain_mistral_secure.audit.agent_checks import (
    agent_checks,
    event_redaction_check,
    nested_agent_checks,
)
from langchain_mistral_secure.audit.report import CheckResult

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
    "model_rotates_keys",
]


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
