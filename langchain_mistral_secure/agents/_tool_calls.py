"""Tool calls in the agent loop: real values in for the tool, guarded result out.

The helpers behind :meth:`SecureAgentMiddleware.wrap_tool_call
<langchain_mistral_secure.agents.SecureAgentMiddleware.wrap_tool_call>`: which
arguments the tool gets (restored by the middleware's masker, or by a guarded
model that did the masking), the stand-in tool that runs it, and the guarding
of what it returns (masked, scanned, spotlighted, or withheld with the rule ids
when blocked). The hooks themselves stay on the middleware in
:mod:`langchain_mistral_secure.agents.middleware`.
"""

from __future__ import annotations

import dataclasses
import uuid
from typing import Any

from langchain_core.messages import AIMessage, ToolMessage
from langgraph.prebuilt.tool_node import ToolCallRequest

from langchain_mistral_secure._events import dispatch_findings
from langchain_mistral_secure.agents._guards import AgentGuards, is_guarded
from langchain_mistral_secure.agents._state import run_config, session_of
from langchain_mistral_secure.agents._tool import GuardedTool, ToolGuard
from langchain_mistral_secure.detection.engine import DetectionError, Finding

_COMPONENT = "agent_middleware"


class _ToolCallGuard:
    """Tool-call helpers of :class:`SecureAgentMiddleware` (a mixin)."""

    guards: AgentGuards
    quiet_tools: bool
    _masking_model: Any

    def _model_restored_args(self, request: ToolCallRequest) -> dict[str, Any] | None:
        """The call's real arguments, when the guarded model did the masking."""
        model = self._masking_model
        if self.guards.masker is not None or model is None:
            return None
        call_id = request.tool_call.get("id")
        for message in reversed((request.state or {}).get("messages") or []):
            if isinstance(message, AIMessage) and any(
                call.get("id") == call_id for call in message.tool_calls
            ):
                restored = model.restore_tool_calls(message)
                for call in restored.tool_calls:
                    if call.get("id") == call_id:
                        return dict(call["args"])
        return None

    def _tool_request(self, request: ToolCallRequest) -> ToolCallRequest:
        if request.tool is None:
            return request
        session, boundary = session_of(request.state)
        guards = self.guards
        from_model = self._model_restored_args(request)

        def restore(args: Any) -> Any:
            if from_model is not None:
                return from_model
            return guards.restore_args(args, session)

        stand_in = GuardedTool.wrap(
            request.tool,
            call=dict(request.tool_call),
            guard=ToolGuard(
                restore=restore,
                result=lambda message: self._guard_result(message, session, boundary),
                text=lambda text: guards.tool_text(text, session, boundary),
            ),
            quiet=self.quiet_tools,
        )
        return dataclasses.replace(request, tool=stand_in)

    def _guard_result(
        self, message: ToolMessage, session: uuid.UUID, boundary: str
    ) -> ToolMessage:
        sink: list[Finding] = []
        try:
            return self.guards.tool_result(message, session, boundary, sink)
        except (ValueError, DetectionError) as exc:
            # Blocked (injection, size, undecodable) or a detector failed: the
            # result is withheld, the model learns why (rule ids, no text).
            return ToolMessage(
                content=f"tool result withheld: {exc}",
                tool_call_id=message.tool_call_id,
                name=message.name,
                status="error",
                response_metadata={"mistral_secure_guarded": True},
            )
        finally:
            dispatch_findings(_COMPONENT, sink, run_config())

    def _after_tool(self, request: ToolCallRequest, result: Any) -> Any:
        # Results the stand-in did not produce (an unknown tool, ToolNode's
        # own error message) are guarded here.
        if isinstance(result, ToolMessage) and not is_guarded(result):
            session, boundary = session_of(request.state)
            return self._guard_result(result, session, boundary)
        return result
