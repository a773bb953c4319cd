"""Agent and guarded-model inspection: what guards a ``create_agent`` graph has.

A compiled ``langchain.agents.create_agent`` graph hides its parts in LangGraph
nodes: the chat model in the model node's closure, middleware in hook nodes and
in the closures of ``wrap_model_call``/``wrap_tool_call`` handlers, tools in the
``ToolNode``. The walk here follows node runnables, function closures, bound
methods and ``functools.partial`` objects (bounded depth, each object once) and
recognizes parts by class name, so the audit needs neither ``langchain`` nor
``langgraph`` to be importable and works whatever versions are installed.

A guarded model (``SecureChatMistralAI``) guards itself: its ``sanitizer``
counts as an input guard, its ``redactor`` as an output guard that also covers
what LangChain reads *inside* the model (callbacks, ``astream_events``,
LangGraph message streams, traces), which no pipe or middleware can rewrite.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "GUARDED_MODEL_CLASSES",
    "MIDDLEWARE_CLASSES",
    "AgentInspection",
    "ModelGuards",
    "inspect_agent",
    "is_agent_graph",
    "model_guards",
]

GUARDED_MODEL_CLASSES = frozenset({"SecureChatMistralAI"})
"""Class names of chat models that apply the guards inside generation."""
MIDDLEWARE_CLASSES = frozenset({"AgentMiddleware"})
"""Base class name of ``create_agent`` middleware."""
_SECURE_MIDDLEWARE = frozenset({"SecureAgentMiddleware"})
_PII_MIDDLEWARE = frozenset({"PIIMiddleware"})
_CHAT_MODEL_CLASSES = frozenset({"BaseChatModel"})
_TOOL_CLASSES = frozenset({"BaseTool"})
# Objects whose attributes are walked: the carriers of nodes, hooks and tools.
_CONTAINER_CLASSES = frozenset(
    {"PregelNode", "RunnableCallable", "ToolNode", "RunnableSeq", "RunnableSequence"}
)
_MAX_DEPTH = 7


def _class_names(obj: object) -> set[str]:
    return {cls.__name__ for cls in type(obj).__mro__}


@dataclass(frozen=True)
class ModelGuards:
    """The guards a chat model applies inside generation.

    Attributes:
        guarded: Whether the model is a guarded model at all.
        sanitizer: Input messages are scanned (user turns and tool results).
        masker: PII is masked before the HTTP call.
        redactor: Output is redacted before any chunk or callback.
        moderation: Mistral moderation runs on the call.
    """

    guarded: bool = False
    sanitizer: bool = False
    masker: bool = False
    redactor: bool = False
    moderation: bool = False


def model_guards(model: Any) -> ModelGuards:
    """Which guards ``model`` applies itself (all off for a plain model).

    Recognized by class name (``SecureChatMistralAI`` and subclasses), or by a
    chat model carrying the guard attributes, so an older or wrapped guarded
    model is still seen.

    Example:
        >>> model_guards(object()).guarded
        False
    """
    names = _class_names(model)
    by_attrs = bool(names & _CHAT_MODEL_CLASSES) and any(
        hasattr(model, a) for a in ("sanitizer", "redactor")
    )
    if not (names & GUARDED_MODEL_CLASSES or by_attrs):
        return ModelGuards()
    return ModelGuards(
        guarded=True,
        sanitizer=getattr(model, "sanitizer", None) is not None,
        masker=getattr(model, "masker", None) is not None,
        redactor=getattr(model, "redactor", None) is not None,
        moderation=getattr(model, "moderation", None) is not None,
    )


@dataclass
class AgentInspection:
    """What the walk found in an agent graph.

    Attributes:
        models: Chat models the agent calls.
        middleware: Middleware instances, in walk order.
        tools: Tool names.
    """

    models: list[Any] = field(default_factory=list)
    middleware: list[Any] = field(default_factory=list)
    tools: list[str] = field(default_factory=list)

    def middleware_names(self) -> list[str]:
        """Class names of the middleware."""
        return [type(m).__name__ for m in self.middleware]

    def secure_middleware(self) -> list[Any]:
        """Our ``SecureAgentMiddleware`` instances."""
        return [m for m in self.middleware if _class_names(m) & _SECURE_MIDDLEWARE]

    def pii_middleware(self) -> list[Any]:
        """LangChain's ``PIIMiddleware`` instances."""
        return [m for m in self.middleware if _class_names(m) & _PII_MIDDLEWARE]


def is_agent_graph(obj: Any) -> bool:
    """Whether ``obj`` is a compiled agent graph (LangGraph, with a model node).

    Example:
        >>> is_agent_graph(object())
        False
    """
    nodes = getattr(obj, "nodes", None)
    return (
        isinstance(nodes, Mapping)
        and "model" in nodes
        and bool(_class_names(obj) & {"Pregel", "CompiledStateGraph"})
    )


def _cell_value(cell: Any) -> Any:
    try:
        return cell.cell_contents
    except ValueError:  # an empty cell
        return None


def _children(obj: Any) -> Iterator[Any]:
    if isinstance(obj, Mapping):
        yield from obj.values()
    elif isinstance(obj, (list, tuple, set, frozenset)):
        yield from obj
    elif isinstance(obj, functools.partial):
        yield obj.func
        yield from obj.args
        yield from obj.keywords.values()
    elif callable(obj) and hasattr(obj, "__self__") and hasattr(obj, "__func__"):
        yield obj.__self__
        yield obj.__func__
    elif hasattr(obj, "__code__"):
        yield from map(_cell_value, getattr(obj, "__closure__", None) or ())
        wrapped = getattr(obj, "__wrapped__", None)
        if wrapped is not None:
            yield wrapped
    elif _class_names(obj) & _CONTAINER_CLASSES:
        yield from vars(obj).values()


def inspect_agent(graph: Any) -> AgentInspection | None:
    """Find the models, middleware and tools of a ``create_agent`` graph.

    Args:
        graph: Any object; a compiled agent graph is recognized by its
            ``nodes`` (with a ``"model"`` node) and its LangGraph class.

    Returns:
        The inspection, or ``None`` when ``graph`` is not an agent graph.

    Example:
        >>> inspect_agent(object()) is None
        True
    """
    if not is_agent_graph(graph):
        return None
    found = AgentInspection()
    seen: set[int] = set()
    todo: list[tuple[Any, int]] = [(node, 0) for node in graph.nodes.values()]
    while todo:
        obj, depth = todo.pop(0)
        if id(obj) in seen or obj is None or isinstance(obj, (str, bytes, int)):
            continue
        seen.add(id(obj))
        names = _class_names(obj)
        if names & _CHAT_MODEL_CLASSES:
            found.models.append(obj)
            continue
        if names & MIDDLEWARE_CLASSES:
            found.middleware.append(obj)
            continue
        if names & _TOOL_CLASSES:
            found.tools.append(str(getattr(obj, "name", type(obj).__name__)))
            continue
        if depth < _MAX_DEPTH:
            todo.extend((child, depth + 1) for child in _children(obj))
    found.tools.sort()
    return found
