"""The tool the agent's ToolNode runs: guarded outside, real values inside.

``GuardedTool`` stands in for the real tool for one call. LangChain reports the
*stand-in's* run to every callback, tracer and event stream: its input is the
model's tool call (placeholders, never the user's values) and its output is the
guarded result (masked, sanitized, spotlighted). Inside, the real tool runs on
the restored arguments with no callback handler and tracing off, so the real
values reach the tool function and nothing else.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from langchain_core.messages import ToolMessage
from langchain_core.runnables import RunnableConfig
from langchain_core.tools import BaseTool, ToolException
from langgraph.errors import GraphBubbleUp
from langgraph.types import Command
from pydantic import ConfigDict, PrivateAttr

from langchain_mistral_secure._error_pickle import reduce_error

__all__ = ["GuardedTool", "GuardedToolError", "ToolGuard"]

# The stand-in validates nothing itself: the real tool validates the restored
# arguments (a placeholder would fail an e-mail format check).
_ANY_ARGS: dict[str, Any] = {"type": "object", "additionalProperties": True}


class GuardedToolError(RuntimeError):
    """The real tool raised; its message is withheld (it may quote the input).

    Attributes:
        tool: The tool's name.
        error_type: The exception type the tool raised.

    Example:
        >>> str(GuardedToolError("send_mail", "ValueError"))
        "tool 'send_mail' raised ValueError (message withheld by the perimeter)"
    """

    def __init__(self, tool: str, error_type: str) -> None:
        """Build the error from the tool name and the exception type only."""
        self.tool, self.error_type = tool, error_type
        super().__init__(
            f"tool {tool!r} raised {error_type} (message withheld by the perimeter)"
        )

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle by the tool name and type (the error crosses process pools)."""
        return reduce_error(self, self.tool, self.error_type)


@dataclass(frozen=True)
class ToolGuard:
    """What the stand-in does around the real tool (bound to one session).

    Attributes:
        restore: Puts the real values back into the model's arguments.
        result: Guards a result message (mask, sanitize, spotlight).
        text: Guards a tool error text the model will read.
    """

    restore: Callable[[Any], Any]
    result: Callable[[ToolMessage], ToolMessage]
    text: Callable[[str], str]


@contextmanager
def _tracing_off(quiet: bool) -> Iterator[None]:  # noqa: FBT001
    if not quiet:
        yield
        return
    from langsmith.run_helpers import tracing_context  # noqa: PLC0415

    with tracing_context(enabled=False):
        yield


class GuardedTool(BaseTool):
    """Runs ``inner`` on restored arguments; reports only guarded values.

    Built per tool call by :class:`SecureAgentMiddleware`; not meant to be
    built by hand.
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    inner: BaseTool
    model_args: dict[str, Any]
    call_id: str | None = None
    quiet: bool = True
    _guard: ToolGuard = PrivateAttr()

    @classmethod
    def wrap(
        cls,
        inner: BaseTool,
        *,
        call: dict[str, Any],
        guard: ToolGuard,
        quiet: bool,
    ) -> GuardedTool:
        """A stand-in for ``inner`` for one tool ``call`` of the model."""
        tool = cls(
            name=inner.name,
            description=inner.description,
            args_schema=_ANY_ARGS,
            inner=inner,
            model_args=dict(call.get("args") or {}),
            call_id=call.get("id"),
            quiet=quiet,
            return_direct=inner.return_direct,
        )
        tool._guard = guard
        return tool

    def __repr__(self) -> str:
        """The tool name only (no arguments)."""
        return f"GuardedTool(name={self.name!r})"

    def _filter_injected_args(self, tool_input: dict[str, Any]) -> dict[str, Any]:
        # Callbacks get what the model asked for (placeholders), never the
        # injected state, runtime or store.
        return {k: v for k, v in tool_input.items() if k in self.model_args}

    def _call(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        # Only the model's arguments are restored; injected ones (state,
        # runtime, store) pass as they are.
        restored = self._guard.restore(self.model_args)
        args = {**kwargs, **restored}
        return {
            "type": "tool_call",
            "name": self.name,
            "args": args,
            "id": self.call_id,
        }

    def _quiet_config(self, config: RunnableConfig) -> RunnableConfig:
        if not self.quiet:
            return config
        # An empty handler list replaces the inherited callbacks, so the real
        # tool's run (its input holds the user's values) is reported nowhere.
        return {**config, "callbacks": []}

    def _finish(self, output: Any) -> Any:
        if isinstance(output, ToolMessage):
            return self._guard.result(output)
        if isinstance(output, Command) and isinstance(output.update, dict):
            messages = output.update.get("messages")
            if isinstance(messages, list):
                guarded = [
                    self._guard.result(m) if isinstance(m, ToolMessage) else m
                    for m in messages
                ]
                return Command(
                    graph=output.graph,
                    update={**output.update, "messages": guarded},
                    resume=output.resume,
                    goto=output.goto,
                )
        return output

    def _run(self, config: RunnableConfig, **kwargs: Any) -> Any:
        call = self._call(kwargs)
        with _tracing_off(self.quiet):
            try:
                output = self.inner.invoke(call, self._quiet_config(config))
            except GraphBubbleUp:
                raise
            except ToolException as exc:
                # A tool error meant for the model: guarded like a result.
                raise ToolException(self._guard.text(str(exc))) from None
            except Exception as exc:  # noqa: BLE001 - any error: withhold its text
                raise GuardedToolError(self.name, type(exc).__name__) from None
        return self._finish(output)

    async def _arun(self, config: RunnableConfig, **kwargs: Any) -> Any:
        call = self._call(kwargs)
        with _tracing_off(self.quiet):
            try:
                output = await self.inner.ainvoke(call, self._quiet_config(config))
            except GraphBubbleUp:
                raise
            except ToolException as exc:
                # A tool error meant for the model: guarded like a result.
                raise ToolException(self._guard.text(str(exc))) from None
            except Exception as exc:  # noqa: BLE001 - any error: withhold its text
                raise GuardedToolError(self.name, type(exc).__name__) from None
        return self._finish(output)
