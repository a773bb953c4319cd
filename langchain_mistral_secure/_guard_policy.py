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
    def strict(cls, *, keys: Any = None, base_url: str | None = None) -> GuardPolicy:
        """Block on any injection rule, mask PII, redact, and moderate both ways.

        The preset for apps that would rather refuse than answer:

        * ``InputSanitizer(policy="block")``: a rule finding refuses the
          request (:class:`~langchain_mistral_secure.PromptInjectionError`
          names the rule); a scorer finding blocks at the calibrated high
          threshold and is reported below it.
        * ``PIIMasker()``: Mistral sees placeholders, the answer gets the
          values back.
        * ``OutputRedactor()``: the answer is redacted.
        * ``MistralModerationGuard(action="block")`` on the pinned model, which
          also scores ``jailbreaking``: it reads the conversation before the
          call and the answer before it is shown. This is the layer for
          jailbreaks that carry no injection wording at all (a harmful ask in a
          story or research pretext), which no rule names. It costs one
          moderation call per request and, when streaming, one per answer
          sentence (see :class:`MistralModerationGuard`); it fails closed when
          the API cannot be reached.

        Args:
            keys: Keys for the moderation calls, as for ``secure_chat_mistralai``
                (a ``MistralKeyAuth`` shares a model's rotator; default
                ``MISTRAL_API_KEY``).
            base_url: The API base URL of the moderation calls.

        Returns:
            The four guards, all on.

        Example:
            >>> from langchain_mistral_secure.testing import FakeMistralServer
            >>> with FakeMistralServer() as server:
            ...     policy = GuardPolicy.strict(
            ...         keys="test-key",  # pragma: allowlist secret
            ...         base_url=server.base_url,
            ...     )
            >>> policy
            GuardPolicy(sanitizer=on, masker=on, redactor=on, moderation=on)
            >>> policy.sanitizer.policy
            'block'
        """
        return cls(
            sanitizer=InputSanitizer(policy="block"),
            masker=PIIMasker(),
            redactor=OutputRedactor(),
            moderation=MistralModerationGuard(
                keys=keys, base_url=base_url, action="block"
            ),
        )

    @classmethod
    def from_guards(
        cls, guards: Guards, *, keys: Any = None, base_url: str | None = None
    ) -> GuardPolicy:
        """Build a policy from a policy, a preset name or a sequence of guards.

        Args:
            guards: A :class:`GuardPolicy`, ``"default"``, ``"strict"`` or a
                sequence of guards.
            keys: The moderation keys of the ``"strict"`` preset.
            base_url: The moderation base URL of the ``"strict"`` preset.

        Returns:
            The policy.

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
        if guards == "strict":
            return cls.strict(keys=keys, base_url=base_url)
        if isinstance(guards, (str, bytes)) or not isinstance(guards, Sequence):
            msg = "guards= takes a GuardPolicy, 'default', 'strict' or a list of guards"
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


Guards = Union[GuardPolicy, Literal["default", "strict"], Sequence[Any]]  # noqa: UP007
"""What ``guards=`` accepts: a policy, a preset name or a list of guards."""
