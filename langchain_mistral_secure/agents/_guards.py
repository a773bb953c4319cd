"""What the agent middleware does to each kind of message (no LangGraph here).

One :class:`AgentGuards` holds the perimeter's components and applies them in a
fixed order:

* a user turn: sanitize (injection rules), then mask PII;
* a tool result: mask PII, sanitize, then spotlight it as untrusted data;
* a model answer: redact (PII the model produced itself, secrets, active
  content, leaked canaries), leaving the masker's placeholders in place.

Every guarded message carries :data:`GUARD_MARK` in its ``response_metadata``
(a flag, no content), so a message is never guarded twice: masking twice would
neutralize the placeholders of the first pass.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar, cast
from uuid import UUID

from langchain_core.messages import (
    AIMessage,
    BaseMessage,
    ChatMessage,
    HumanMessage,
    ToolMessage,
)
from pydantic import BaseModel

from langchain_mistral_secure.detection.engine import Finding
from langchain_mistral_secure.moderation import MistralModerationGuard
from langchain_mistral_secure.privacy import PIIMasker
from langchain_mistral_secure.prompts import SafePromptTemplate, SpotlightMode
from langchain_mistral_secure.redactor import OutputRedactor
from langchain_mistral_secure.sanitizer import InputSanitizer

__all__ = ["GUARD_MARK", "AgentGuards", "is_guarded", "is_user_turn"]

GUARD_MARK = "mistral_secure_guarded"
"""``response_metadata`` key set on every message the middleware has guarded."""

_USER_ROLES = frozenset({"user", "human"})
_M = TypeVar("_M", bound=BaseMessage)


def is_guarded(message: BaseMessage) -> bool:
    """Whether the middleware already guarded ``message``."""
    return bool(message.response_metadata.get(GUARD_MARK))


def is_user_turn(message: BaseMessage) -> bool:
    """A ``HumanMessage`` or a ``ChatMessage`` with a user role."""
    if isinstance(message, HumanMessage):
        return True
    return isinstance(message, ChatMessage) and message.role.lower() in _USER_ROLES


def _mark(message: _M) -> _M:
    return message.model_copy(
        update={"response_metadata": {**message.response_metadata, GUARD_MARK: True}}
    )


class AgentGuards:
    """The components of the agent perimeter and the order they run in.

    Args:
        sanitizer: Scans user turns and tool results for injection.
        masker: Masks PII before the model and restores it for tools.
        redactor: Redacts the model's answers in the agent state.
        moderation: Moderates the conversation before, the answer after.
        spotlight: ``"delimit"``/``"datamark"``/``"encode"`` marks tool results
            as untrusted data (the spotlighting of :class:`SafePromptTemplate`),
            ``None`` turns it off.
    """

    def __init__(
        self,
        *,
        sanitizer: InputSanitizer | None,
        masker: PIIMasker | None,
        redactor: OutputRedactor | None,
        moderation: MistralModerationGuard | None,
        spotlight: SpotlightMode | None,
    ) -> None:
        """Keep the components; see the class docstring."""
        self.sanitizer = sanitizer
        self.masker = masker
        self.redactor = redactor
        self.moderation = moderation
        self.spotlight = spotlight
        # The spotlighting of SafePromptTemplate, reused (not a second copy):
        # its wrapper neutralizes forged boundaries before marking the data.
        self._template = (
            SafePromptTemplate.from_system("", mode=spotlight, canary=False)
            if spotlight is not None
            else None
        )

    def __repr__(self) -> str:
        """Which components are on; never a mapping or text."""
        on = [
            name
            for name in ("sanitizer", "masker", "redactor", "moderation")
            if getattr(self, name) is not None
        ]
        return f"AgentGuards(on={on}, spotlight={self.spotlight!r})"

    # ---------------------------------------------------------------- inbound

    def _mask(self, value: Any, session: UUID, sink: list[Finding]) -> Any:
        if self.masker is None:
            return value
        # Same walker as PIIMasker.invoke; findings go to the caller's sink.
        return self.masker._mask_any(value, session, sink)  # noqa: SLF001

    def _sanitize(self, value: Any, sink: list[Finding]) -> Any:
        if self.sanitizer is None:
            return value
        out, found = self.sanitizer.sanitize(value)
        sink.extend(found)
        return out

    def user_turn(
        self, message: BaseMessage, session: UUID, sink: list[Finding]
    ) -> BaseMessage:
        """Sanitize, then mask, a user turn (raises on a ``block`` policy)."""
        if is_guarded(message):
            return message
        sanitized = self._sanitize(message, sink)
        return _mark(cast("BaseMessage", self._mask(sanitized, session, sink)))

    def history(
        self, message: BaseMessage, session: UUID, sink: list[Finding]
    ) -> BaseMessage:
        """Mask an earlier answer passed in as history (tool-call args too)."""
        if is_guarded(message):
            return message
        return _mark(cast("BaseMessage", self._mask(message, session, sink)))

    def tool_result(
        self, message: ToolMessage, session: UUID, boundary: str, sink: list[Finding]
    ) -> ToolMessage:
        """Mask, sanitize and spotlight a tool result (raises on ``block``)."""
        if is_guarded(message):
            return message
        update: dict[str, Any] = {
            "content": self._mask(message.content, session, sink),
        }
        if message.artifact is not None:
            # Artifacts stay in the agent state (and its streams) though the
            # model never sees them.
            update["artifact"] = self._mask(message.artifact, session, sink)
        masked = message.model_copy(update=update)
        sanitized = cast("ToolMessage", self._sanitize(masked, sink))
        content = self._spotlight(sanitized.content, boundary)
        return _mark(sanitized.model_copy(update={"content": content}))

    def tool_text(self, text: str, session: UUID, boundary: str) -> str:
        """Guard one text that reaches the model as tool output (an error)."""
        sink: list[Finding] = []
        masked = self._mask(text, session, sink)
        sanitized = self._sanitize(masked, sink)
        return str(self._spotlight(sanitized, boundary))

    def _spotlight(self, content: Any, boundary: str) -> Any:
        template = self._template
        if template is None:
            return content
        if isinstance(content, str):
            return template._wrap(content, boundary)  # noqa: SLF001
        if isinstance(content, list):
            return [
                {**block, "text": template._wrap(block["text"], boundary)}  # noqa: SLF001
                if isinstance(block, dict) and isinstance(block.get("text"), str)
                else template._wrap(block, boundary)  # noqa: SLF001
                if isinstance(block, str)
                else block
                for block in content
            ]
        return content

    def instructions(self, boundary: str) -> str | None:
        """The system-prompt lines that tell the model what the boundary means."""
        if self._template is None:
            return None
        return self._template._instructions(boundary).strip()  # noqa: SLF001

    def restore_args(self, args: Any, session: UUID) -> Any:
        """The tool-call arguments with the user's real values put back."""
        if self.masker is None:
            return args
        return self.masker.restore(args, session)

    # --------------------------------------------------------------- outbound

    def answer(self, message: BaseMessage, sink: list[Finding]) -> BaseMessage:
        """Redact a model answer (content, reasoning and tool-call arguments).

        A ``ToolMessage`` in the answer (structured output's confirmation,
        built from the model's output) is redacted too.

        Raises:
            SensitiveOutputError: A finding's strategy is ``block``.
        """
        if self.redactor is None:
            return _mark(message)
        if isinstance(message, AIMessage):
            return _mark(self.redactor._redact_message(message, sink))  # noqa: SLF001
        if isinstance(message, ToolMessage):
            # Made from the model's output inside the model call (structured
            # output's "Returning structured response: ..." message).
            redacted = self.redactor._redact_input(message, sink)  # noqa: SLF001
            return _mark(cast("ToolMessage", redacted))
        return _mark(message)

    def structured(self, value: Any, sink: list[Finding]) -> Any:
        """Redact every string field of a structured response (type kept).

        Pydantic models, dicts (TypedDicts too), lists and tuples; ``None``
        and other types pass as they are.
        """
        if self.redactor is None or not isinstance(
            value, (dict, list, tuple, BaseModel)
        ):
            return value
        return self.redactor._redact_input(value, sink)  # noqa: SLF001

    def moderated_turns(self, messages: Sequence[BaseMessage]) -> list[BaseMessage]:
        """The conversation the moderation model sees (no system prompt)."""
        return [m for m in messages if m.type != "system"]
