"""SecureAgentMiddleware: the perimeter inside a ``create_agent`` loop.

Where each guard sits in the agent loop (``create_agent`` of LangChain 1.x):

* ``before_model``: new user turns are sanitized, then masked, *in the agent
  state* (the stored message is replaced), so every later state snapshot,
  checkpoint and model request carries placeholders.
* ``wrap_model_call``: the spotlighting instructions are appended to the
  system prompt; the conversation is moderated (optional); after the model
  answers, the answer is redacted and moderated (optional) before it enters
  the state, so the ``updates``/``values`` streams carry the redacted answer.
* ``wrap_tool_call``: the tool runs through a stand-in
  (:class:`~langchain_mistral_secure.agents._tool.GuardedTool`) that restores
  the user's real values for the tool function only; the tool's result is
  masked, sanitized and spotlighted before the ToolNode reports it.

Token streams (LangGraph ``stream_mode="messages"``, ``astream_events``'
``on_chat_model_stream``) come from the chat model's own callbacks, which no
middleware can rewrite: use the guarded model for them (see docs/agents.md).
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Awaitable, Callable
from typing import Any, Literal, cast

from langchain.agents.middleware import (
    AgentMiddleware,
    ModelRequest,
    ModelResponse,
)
from langchain_core.messages import BaseMessage, SystemMessage, ToolMessage
from langgraph.prebuilt.tool_node import ToolCallRequest
from langgraph.runtime import Runtime
from langgraph.types import Command

from langchain_mistral_secure._events import adispatch_findings, dispatch_findings
from langchain_mistral_secure.agents._guards import (
    AgentGuards,
    is_guarded,
    is_user_turn,
)
from langchain_mistral_secure.agents._state import (
    STATE_KEY,
    SecureAgentState,
    restore_for_caller,
    run_config,
    session_of,
)
from langchain_mistral_secure.agents._tool_calls import _COMPONENT, _ToolCallGuard
from langchain_mistral_secure.detection.engine import Finding
from langchain_mistral_secure.moderation import MistralModerationGuard
from langchain_mistral_secure.privacy import PIIMasker
from langchain_mistral_secure.prompts import SpotlightMode
from langchain_mistral_secure.redactor import OutputRedactor
from langchain_mistral_secure.sanitizer import InputSanitizer

__all__ = ["STATE_KEY", "SecureAgentMiddleware", "SecureAgentState"]


class SecureAgentMiddleware(
    _ToolCallGuard, AgentMiddleware[SecureAgentState, Any, Any]
):
    """The security perimeter for ``langchain.agents.create_agent``.

    User turns are sanitized and masked before the model; tool results are
    masked, scanned for indirect injection and spotlighted as untrusted data;
    the model's answers are redacted before they enter the agent state; tools
    receive the user's real values (restored from the placeholders the model
    used) while the model, the state, callbacks and traces only see
    placeholders. Moderation (Mistral's API) is optional, before and after
    the model. Every hook has its async twin.

    Pass ``False`` to switch a component off; ``None`` (the default) builds the
    default one (no moderation unless given).

    Args:
        sanitizer: Injection scanning of user turns and tool results.
        masker: PII masking before the model, restoring for tools (default:
            PII and secrets, so a key a tool returns never reaches Mistral).

        redactor: Redaction of model answers (keep ``redact_tool_calls`` on: the
            masker's placeholders are not redacted, only PII the model
            produced itself).
        moderation: A :class:`MistralModerationGuard`, or ``None``.
        moderate: Which side the moderation guard checks.
        spotlight: How tool results are marked as untrusted (the modes of
            :class:`SafePromptTemplate`), or ``None``.
        quiet_tools: Run the real tool with no callbacks and tracing off, so
            its run (which sees the real values) is reported nowhere; the
            stand-in's run (placeholders, guarded result) is reported instead.

    Example:
        >>> from langchain.agents import create_agent
        >>> from langchain_core.tools import tool
        >>> from langchain_mistralai import ChatMistralAI
        >>> from langchain_mistral_secure.testing import FakeMistralServer
        >>> received = []
        >>> @tool
        ... def send_mail(to: str) -> str:
        ...     '''Send an e-mail.'''
        ...     received.append(to)
        ...     return "sent"
        >>> args = {"to": "<EMAIL_1>"}  # what a model shown "<EMAIL_1>" asks for
        >>> call = {"function": {"name": "send_mail", "arguments": args}}
        >>> with FakeMistralServer(reply=[{"tool_calls": [call]}, "Done."]) as server:
        ...     llm = ChatMistralAI(base_url=server.base_url, api_key="k")
        ...     agent = create_agent(
        ...         llm, [send_mail], middleware=[SecureAgentMiddleware()]
        ...     )
        ...     state = agent.invoke({"messages": [("user", "mail ann@corp.com")]})
        ...     sent = [r.body for r in server.requests_for("/chat/completions")]
        >>> received, "ann@corp.com" in str(sent)
        (['ann@corp.com'], False)
    """

    state_schema = SecureAgentState

    def __init__(  # noqa: PLR0913
        self,
        *,
        sanitizer: InputSanitizer | Literal[False] | None = None,
        masker: PIIMasker | Literal[False] | None = None,
        redactor: OutputRedactor | Literal[False] | None = None,
        moderation: MistralModerationGuard | None = None,
        moderate: Literal["input", "output", "both"] = "both",
        spotlight: SpotlightMode | None = "delimit",
        quiet_tools: bool = True,
    ) -> None:
        """Build the perimeter; see the class docstring."""
        super().__init__()
        self.guards = AgentGuards(
            sanitizer=InputSanitizer() if sanitizer is None else sanitizer or None,
            masker=PIIMasker(include_secrets=True)
            if masker is None
            else masker or None,
            redactor=OutputRedactor() if redactor is None else redactor or None,
            moderation=moderation,
            spotlight=spotlight,
        )
        self.moderate = moderate
        self.quiet_tools = quiet_tools
        # A guarded model that masks itself (then this middleware does not):
        # its restore_tool_calls gives the tools their real values.
        self._masking_model: Any = None

    def __repr__(self) -> str:
        """Components only; never text or a mapping."""
        return f"SecureAgentMiddleware({self.guards!r}, moderate={self.moderate!r})"

    # ------------------------------------------------------------- user turns

    def _guard_turns(
        self, state: SecureAgentState, sink: list[Finding]
    ) -> dict[str, Any] | None:
        private: dict[str, str] = dict(
            cast("dict[str, str]", state.get(STATE_KEY) or {})
        )
        update: dict[str, Any] = {}
        if not private.get("session") or not private.get("boundary"):
            private = {
                "session": uuid.uuid4().hex,
                "boundary": secrets.token_hex(12),
            }
            update[STATE_KEY] = private
        session, boundary = uuid.UUID(private["session"]), private["boundary"]
        replaced: list[BaseMessage] = []
        for message in state["messages"]:
            if is_guarded(message) or isinstance(message, SystemMessage):
                continue
            if isinstance(message, ToolMessage):
                # A tool result that did not come through wrap_tool_call
                # (passed in as history, or added by another middleware).
                replaced.append(
                    self.guards.tool_result(message, session, boundary, sink)
                )
            elif is_user_turn(message):
                replaced.append(self.guards.user_turn(message, session, sink))
            else:
                # Earlier answers passed in as history: masked, not scanned.
                replaced.append(self.guards.history(message, session, sink))
        if replaced:
            update["messages"] = replaced
        return update or None

    def before_model(
        self,
        state: SecureAgentState,
        runtime: Runtime[Any],  # noqa: ARG002
    ) -> dict[str, Any] | None:
        """Sanitize and mask new user turns in the state.

        Raises:
            PromptInjectionError: A finding's policy is ``block``.
        """
        sink: list[Finding] = []
        try:
            return self._guard_turns(state, sink)
        finally:
            dispatch_findings(_COMPONENT, sink, run_config())

    async def abefore_model(
        self,
        state: SecureAgentState,
        runtime: Runtime[Any],  # noqa: ARG002
    ) -> dict[str, Any] | None:
        """Async twin of :meth:`before_model`."""
        sink: list[Finding] = []
        try:
            return self._guard_turns(state, sink)
        finally:
            await adispatch_findings(_COMPONENT, sink, run_config())

    # ------------------------------------------------------------- model call

    def _prepare(self, request: ModelRequest[Any]) -> ModelRequest[Any]:
        if (
            self.guards.masker is not None
            and getattr(request.model, "masker", None) is not None
        ):
            # Masking twice neutralizes the first pass's placeholders, so the
            # tools could no longer get the real values: one masker only.
            msg = (
                "both the agent middleware and the guarded model mask PII: "
                "build SecureChatMistralAI without a masker (recommended: the "
                "middleware masks the state too) or pass masker=False here"
            )
            raise ValueError(msg)
        if getattr(request.model, "masker", None) is not None and callable(
            getattr(request.model, "restore_tool_calls", None)
        ):
            self._masking_model = request.model
        _, boundary = session_of(request.state)
        lines = self.guards.instructions(boundary)
        if lines is None:
            return request
        system = request.system_message
        if system is None:
            new = SystemMessage(content=lines)
        elif isinstance(system.content, str):
            new = system.model_copy(update={"content": f"{system.content}\n\n{lines}"})
        else:
            blocks = [*system.content, {"type": "text", "text": lines}]
            new = system.model_copy(update={"content": blocks})
        return request.override(system_message=new)

    def _moderates(self, side: Literal["input", "output"]) -> bool:
        return self.guards.moderation is not None and self.moderate in (side, "both")

    def _finish(
        self, response: ModelResponse[Any], sink: list[Finding]
    ) -> ModelResponse[Any]:
        result = [self.guards.answer(m, sink) for m in response.result]
        structured = self.guards.structured(response.structured_response, sink)
        return ModelResponse(result=result, structured_response=structured)

    def wrap_model_call(
        self,
        request: ModelRequest[Any],
        handler: Callable[[ModelRequest[Any]], ModelResponse[Any]],
    ) -> ModelResponse[Any]:
        """Spotlight, moderate, call the model, then redact its answer.

        Raises:
            ModerationError: Moderation flagged the conversation or the answer.
            SensitiveOutputError: A redactor strategy is ``block``.
        """
        request = self._prepare(request)
        guard = self.guards.moderation
        if guard is not None and self._moderates("input"):
            guard.invoke(self.guards.moderated_turns(request.messages))
        sink: list[Finding] = []
        try:
            response = self._finish(handler(request), sink)
        finally:
            dispatch_findings(_COMPONENT, sink, run_config())
        if guard is not None and self._moderates("output"):
            for message in response.result:
                guard.invoke(message)
        return response

    async def awrap_model_call(
        self,
        request: ModelRequest[Any],
        handler: Callable[[ModelRequest[Any]], Awaitable[ModelResponse[Any]]],
    ) -> ModelResponse[Any]:
        """Async twin of :meth:`wrap_model_call`."""
        request = self._prepare(request)
        guard = self.guards.moderation
        if guard is not None and self._moderates("input"):
            await guard.ainvoke(self.guards.moderated_turns(request.messages))
        sink: list[Finding] = []
        try:
            response = self._finish(await handler(request), sink)
        finally:
            await adispatch_findings(_COMPONENT, sink, run_config())
        if guard is not None and self._moderates("output"):
            for message in response.result:
                await guard.ainvoke(message)
        return response

    # -------------------------------------------------------------- tool call

    def wrap_tool_call(
        self,
        request: ToolCallRequest,
        handler: Callable[[ToolCallRequest], ToolMessage | Command[Any]],
    ) -> ToolMessage | Command[Any]:
        """Run the tool on the real values; guard what it returns."""
        result = handler(self._tool_request(request))
        return cast("ToolMessage | Command[Any]", self._after_tool(request, result))

    async def awrap_tool_call(
        self,
        request: ToolCallRequest,
        handler: Callable[[ToolCallRequest], Awaitable[ToolMessage | Command[Any]]],
    ) -> ToolMessage | Command[Any]:
        """Async twin of :meth:`wrap_tool_call`."""
        result = await handler(self._tool_request(request))
        return cast("ToolMessage | Command[Any]", self._after_tool(request, result))

    # ------------------------------------------------------------- for callers

    def restore(self, value: Any, state: Any) -> Any:
        """Put the user's real values back into ``value`` for the caller.

        ``value`` is a ``str``, a message (content and tool-call arguments) or
        a JSON-like value; ``state`` is the agent state the value came from
        (the result of ``agent.invoke``). Only do this where the caller is
        allowed to see the values (e.g. the user's own screen).

        Example:
            >>> SecureAgentMiddleware().restore("hi <EMAIL_1>", {})
            'hi <EMAIL_1>'
        """
        return restore_for_caller(self.guards.masker, value, state)
