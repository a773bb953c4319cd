"""GuardPolicy: the guards of a guarded model, bundled."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal, Union

from langchain_mistral_secure.moderation import MistralModerationGuard
from langchain_mistral_secure.privacy import PIIMasker
from langchain_mistral_secure.redactor import OutputRedactor
from langchain_mistral_secure.sanitizer import InputSanitizer

__all__ = ["GuardPolicy", "Guards"]

_SLOTS: tuple[tuple[str, type], ...] = (
    ("sanitizer", InputSanitizer),
    ("masker", PIIMasker),
    ("redactor", OutputRedactor),
    ("moderation", MistralModerationGuard),
)


@dataclass(frozen=True)
class GuardPolicy:
    """The guards of a :class:`SecureChatMistralAI`, bundled.

    Attributes:
        sanitizer: Scans user turns and tool results before the call.
        masker: Replaces PII with placeholders before the call and restores
            them in the answer's text (Mistral only sees placeholders).
        redactor: Redacts the answer (text, thinking, tool-call arguments).
        moderation: Mistral's moderation on the conversation and the answer.

    Example:
        >>> policy = GuardPolicy.default()
        >>> policy
        GuardPolicy(sanitizer=on, masker=off, redactor=on, moderation=off)
    """

    sanitizer: InputSanitizer | None = None
    masker: PIIMasker | None = None
    redactor: OutputRedactor | None = None
    moderation: MistralModerationGuard | None = None

    @classmethod
    def default(cls) -> GuardPolicy:
        """Sanitize the input and redact the output (no masking, no moderation).

        Example:
            >>> GuardPolicy.default().redactor is not None
            True
        """
        return cls(sanitizer=InputSanitizer(), redactor=OutputRedactor())

    @classmethod
    def from_guards(cls, guards: Guards) -> GuardPolicy:
        """Build a policy from a policy, ``"default"`` or a sequence of guards.

        Raises:
            TypeError: A guard has an unknown type, or two share a slot.

        Example:
            >>> GuardPolicy.from_guards([OutputRedactor()]).sanitizer is None
            True
        """
        if isinstance(guards, GuardPolicy):
            return guards
        if guards == "default":
            return cls.default()
        if isinstance(guards, (str, bytes)) or not isinstance(guards, Sequence):
            msg = "guards= takes a GuardPolicy, 'default' or a list of guards"
            raise TypeError(msg)
        slots: dict[str, Any] = {}
        for guard in guards:
            name = next((n for n, kind in _SLOTS if isinstance(guard, kind)), None)
            if name is None:
                msg = f"unknown guard type {type(guard).__name__}"
                raise TypeError(msg)
            if name in slots:
                msg = f"two guards for the {name} slot"
                raise TypeError(msg)
            slots[name] = guard
        return cls(**slots)

    def as_fields(self) -> dict[str, Any]:
        """The policy as :class:`SecureChatMistralAI` field values."""
        return {name: getattr(self, name) for name, _ in _SLOTS}

    def __repr__(self) -> str:
        """Which guards are on; never their configuration."""
        parts = ", ".join(
            f"{name}={'on' if getattr(self, name) is not None else 'off'}"
            for name, _ in _SLOTS
        )
        return f"GuardPolicy({parts})"


Guards = Union[GuardPolicy, Literal["default"], Sequence[Any]]  # noqa: UP007
"""What ``guards=`` accepts: a policy, ``"default"`` or a list of guards."""
