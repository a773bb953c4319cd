"""OutputRedactor: redact what the model says, also while it streams.

The redactor runs the shared detectors (PII, secrets, active content and, when a
canary or system prompt is given, leaks) on the model's answer and replaces every
finding according to a per-category strategy. Streams go through a bounded
hold-back window (:mod:`langchain_mistral_secure.streaming`), so a secret split
across chunks is still caught and ``"".join(stream(x)) == invoke(x)``.
"""

from __future__ import annotations

import secrets
from collections import Counter
from typing import Any, ClassVar, Literal

from langchain_core.runnables import RunnableConfig
from pydantic import ConfigDict, Field, PrivateAttr

from langchain_mistral_secure._json_pairs import (
    JsonPairs,
    dumps_json_pairs,
    loads_json_pairs,
)
from langchain_mistral_secure._redact_detectors import (
    compile_extra_detectors,
    content_detector,
    leak_detector,
    resolve_detectors,
)
from langchain_mistral_secure._redact_strategies import (
    SensitiveOutputError,
    hash_value,
    mask_value,
    placeholder_name,
)
from langchain_mistral_secure._redact_stream import _StreamState
from langchain_mistral_secure._redact_structures import _StructureRedaction
from langchain_mistral_secure._redact_window import _WindowRedaction, redact_stream
from langchain_mistral_secure._runnable import TransformRunnable, with_doc
from langchain_mistral_secure.detection.engine import (
    DEFAULT_MAX_CHARS,
    DetectionError,
    Detector,
    Finding,
    TextTooLongError,
    detect_all,
)
from langchain_mistral_secure.detection.holdback import CompositeHold
from langchain_mistral_secure.detection.holdback_families import policy_for
from langchain_mistral_secure.streaming import hold_for, splice

__all__ = [
    "DEFAULT_MAX_HOLD",
    "DEFAULT_OUTPUT_DETECTORS",
    "DetectionError",
    "HoldBack",
    "JsonPairs",
    "OutputRedactor",
    "SensitiveOutputError",
    "Strategy",
    "compile_extra_detectors",
    "dumps_json_pairs",
    "loads_json_pairs",
    "mask_value",
    "placeholder_name",
    "redact_stream",
    "resolve_detectors",
]

HoldBack = Literal["early", "fixed"]
"""How a stream is held back: ``early`` (default) or ``fixed`` (see OutputRedactor)."""

Strategy = Literal["redact", "mask", "hash", "block"]
"""What the redactor does with a finding of a category.

* ``redact``: a typed placeholder such as ``[EMAIL]`` (the default).
* ``mask``: a hint such as ``j***@e***.com`` or a card's last four digits.
* ``hash``: a stable keyed pseudonym such as ``[EMAIL:3f9a1c2b]`` (HMAC-SHA256).
* ``block``: raise :class:`SensitiveOutputError`.
"""

DEFAULT_MAX_HOLD = 512
"""Default cap on the streaming hold-back, in characters.

With the ``early`` hold-back (the default) it bounds how long a candidate that
is not yet a finding is held; with ``fixed`` it is the hold itself.
"""

DEFAULT_OUTPUT_DETECTORS: tuple[str, ...] = ("pii", "secrets", "content")
"""Registered detector families the redactor runs unless told otherwise."""

_COMPONENT = "output_redactor"
_MAX_CHARS_LIMIT = "max_chars"


# --------------------------------------------------------------------- redactor


class OutputRedactor(_WindowRedaction, _StructureRedaction, TransformRunnable):
    r"""Redacts PII, secrets, active content and prompt leaks from model output.

    Accepts ``str``, ``AIMessage`` and ``AIMessageChunk`` (and streams of ``str``
    or ``AIMessageChunk`` through ``transform``/``atransform``) and returns the
    same type. Message ids, metadata, usage and tool calls are kept; string
    arguments of tool calls are redacted too (``redact_tool_calls``).

    While streaming, text is released as soon as no detector could still be
    completing a match in it (``holdback="early"``, the default): plain prose
    arrives a word or so behind the model, while an open candidate (digits
    that may become a card or phone, an unclosed quote, a ``-----BEGIN``
    line, markup such as ``![``/``<``, a canary or the system prompt being
    repeated) is held from where it starts, and a secret that is already
    recognizable (a JWT, a PEM block, an unclosed image) is held whole. So
    ``"".join(redactor.stream(x)) == redactor.invoke(x)`` for every chunking.

    A detector that fails makes the redactor raise
    :class:`~langchain_mistral_secure.detection.engine.DetectionError` (fail
    closed). Findings are reported as the ``mistral_secure.findings`` custom event
    with categories and counts only.

    Args:
        detectors: Registered detector names or Detector objects; defaults to
            ``("pii", "secrets", "content")``.
        extra_detectors: More detectors: RE2 pattern strings, ``(category,
            pattern)`` pairs, callables ``(text) -> list[Finding] |
            list[tuple[int, int]]`` or Detector objects. Compiled once.
        strategies: Strategy per category (or rule id), e.g. ``{"email": "mask"}``.
        default_strategy: Strategy for every other category.
        canaries: Canary tokens whose appearance in the output is a leak.
        system_prompt: The system prompt, to detect it being repeated.
        image_host_allowlist: Hosts whose markdown images are allowed (used to
            build the content detector).
        redact_tool_calls: Also redact string arguments of tool calls.
        hash_key: Key of the ``hash`` strategy's HMAC; random per instance when
            not given (pseudonyms are then stable only within this instance).
        max_hold: Cap on the streaming hold-back, in characters (default
            :data:`DEFAULT_MAX_HOLD`). With ``holdback="early"`` it is the
            longest a *candidate* is held (text that may still become a
            match, e.g. markup whose image decision reads ahead ~510
            characters); past it the text is released as with the fixed
            hold. With ``holdback="fixed"`` the hold is the longest match any
            detector declares, capped here. Stream and invoke agree for
            every match up to the cap; the families whose matches can be
            longer (PEM private-key blocks, JWTs, images with no closing
            ``)``) are reported while still incomplete, so they are held
            back whole anyway (up to the window's hard cap, 16 times the
            hold and at least 64 Ki characters, then redacted as they go).
            Lowering it below 512 releases markup earlier but lets a stream
            decide an image differently from ``invoke``. ``None`` removes the
            cap.
        holdback: ``"early"`` (default): release everything before the
            earliest place a match could still start, checked every 16
            characters, so the first words arrive after a few dozen
            characters instead of ~640. ``"fixed"``: always hold the last
            ``hold`` characters (fewer detector runs per stream: about one
            per 128 characters instead of one per 16).
        max_chars: Longest text redacted at once, and most text a stream may
            hold back (default 4 MiB characters). Past it,
            :class:`~langchain_mistral_secure.detection.engine.TextTooLongError`
            is raised (it names the limit, never the text); ``None`` removes
            the limit.

    Example:
        >>> from langchain_mistral_secure.detection.engine import Rule, RuleDetector
        >>> digits = RuleDetector([Rule("demo.pin", "pin", r"\b\d{4}\b", max_len=4)])
        >>> redactor = OutputRedactor(detectors=[digits])
        >>> redactor.invoke("your PIN is 1234")
        'your PIN is [PIN]'
        >>> "".join(redactor.stream("your PIN is 1234"))
        'your PIN is [PIN]'
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)
    _component: ClassVar[str] = _COMPONENT

    detectors: list[Any] | None = None
    extra_detectors: list[Any] = Field(default_factory=list)
    strategies: dict[str, Strategy] = Field(default_factory=dict)
    default_strategy: Strategy = "redact"
    canaries: list[str] = Field(default_factory=list, repr=False, exclude=True)
    system_prompt: str | None = Field(default=None, repr=False, exclude=True)
    image_host_allowlist: list[str] | None = None
    redact_tool_calls: bool = True
    hash_key: str | bytes | None = Field(default=None, repr=False, exclude=True)
    max_hold: int | None = Field(default=DEFAULT_MAX_HOLD, gt=0)
    holdback: HoldBack = "early"
    max_chars: int | None = Field(default=DEFAULT_MAX_CHARS, gt=0)

    _detectors: list[Detector] = PrivateAttr(default_factory=list)
    _hold: int = PrivateAttr(default=0)
    _policy: CompositeHold | None = PrivateAttr(default=None)
    _key: bytes = PrivateAttr(default=b"")

    def model_post_init(self, _context: Any, /) -> None:
        """Compile the detectors once and derive the hold-back and hash key."""
        names: list[Any] = list(
            DEFAULT_OUTPUT_DETECTORS if self.detectors is None else self.detectors
        )
        if self.image_host_allowlist is not None and "content" in names:
            names = [
                content_detector(self.image_host_allowlist) if n == "content" else n
                for n in names
            ]
        compiled = resolve_detectors(names)
        if self.canaries or self.system_prompt:
            compiled.append(leak_detector(self.canaries, self.system_prompt))
        compiled.extend(compile_extra_detectors(self.extra_detectors))
        self._detectors = compiled
        self._hold = hold_for([d.max_match_len for d in compiled])
        if self.max_hold is not None:
            self._hold = min(self._hold, self.max_hold)
        self._policy = None
        if self.holdback == "early":
            self._policy = CompositeHold(
                [
                    policy_for(
                        d, canaries=self.canaries, system_prompt=self.system_prompt
                    )
                    for d in compiled
                ],
                cap=self._hold,
            )
        key = self.hash_key
        if key is None:
            self._key = secrets.token_bytes(32)
        else:
            self._key = key.encode("utf-8") if isinstance(key, str) else bytes(key)

    @classmethod
    def from_template(
        cls, template: Any, *, watch_system_prompt: bool = True, **kwargs: Any
    ) -> OutputRedactor:
        """Build a redactor that watches for a template's canary and system prompt.

        Args:
            template: A ``SafePromptTemplate`` (anything with a ``canary`` str
                and, optionally, a ``system`` str).
            watch_system_prompt: Also report the output repeating the template's
                system prompt (``system_prompt_leak``), unless ``system_prompt``
                is given explicitly.
            **kwargs: Other :class:`OutputRedactor` arguments.

        Raises:
            ValueError: If the template has no canary.

        Example:
            >>> from langchain_mistral_secure.prompts import SafePromptTemplate
            >>> prompt = SafePromptTemplate.from_system("Be brief.", canary="c-5f2e9a")
            >>> redactor = OutputRedactor.from_template(prompt, detectors=[])
            >>> redactor.invoke("the canary is c-5f2e9a")
            'the canary is [CANARY]'
        """
        canary = getattr(template, "canary", None)
        if not isinstance(canary, str) or not canary:
            msg = "template has no canary (expected a str attribute 'canary')"
            raise ValueError(msg)
        canaries = [*kwargs.pop("canaries", []), canary]
        system = getattr(template, "system", None)
        if watch_system_prompt and isinstance(system, str) and system.strip():
            kwargs.setdefault("system_prompt", system)
        return cls(canaries=canaries, **kwargs)

    def __repr__(self) -> str:
        """Show configuration shape only: no canary, prompt or key."""
        return (
            f"OutputRedactor(detectors={len(self._detectors)}, "
            f"hold={self._hold}, strategies={dict(self.strategies)!r}, "
            f"default_strategy={self.default_strategy!r}, "
            f"canaries={len(self.canaries)}, "
            f"system_prompt={'set' if self.system_prompt else None})"
        )

    __str__ = __repr__

    @property
    def hold(self) -> int:
        """Characters held back while streaming."""
        return self._hold

    @property
    def active_detectors(self) -> list[Detector]:
        """The compiled detectors, in the order they run."""
        return list(self._detectors)

    # ------------------------------------------------------------------ core

    def strategy_for(self, finding: Finding) -> Strategy:
        """The strategy for a finding: by rule id, then category, then default."""
        return self.strategies.get(
            finding.rule_id,
            self.strategies.get(finding.category, self.default_strategy),
        )

    def _find(self, text: str) -> list[Finding]:
        return detect_all(text, self._detectors)

    def _replacement(self, finding: Finding, value: str) -> str:
        strategy = self.strategy_for(finding)
        if strategy == "mask":
            return mask_value(finding.category, value)
        if strategy == "hash":
            return hash_value(self._key, finding.category, value)
        return f"[{placeholder_name(finding.category)}]"

    def _render(self, text: str, findings: list[Finding]) -> str:
        blocked = Counter(
            f.category for f in findings if self.strategy_for(f) == "block"
        )
        if blocked:
            raise SensitiveOutputError(dict(blocked))
        return splice(
            text,
            [
                (f.start, f.end, self._replacement(f, text[f.start : f.end]))
                for f in findings
            ],
        )

    def redact_text(self, text: str) -> str:
        r"""Redact one whole text (no events).

        Raises:
            SensitiveOutputError: If a finding's category is set to ``block``.
            DetectionError: If a detector fails.

        Example:
            >>> from langchain_mistral_secure.detection.engine import Rule, RuleDetector
            >>> det = RuleDetector([Rule("d.k", "key", r"key-\d+", max_len=16)])
            >>> OutputRedactor(detectors=[det]).redact_text("use key-42")
            'use [KEY]'
        """
        return self._redact_with(text, [])

    def _redact_with(self, text: str, sink: list[Finding]) -> str:
        if not text:
            return text
        if self.max_chars is not None and len(text) > self.max_chars:
            raise TextTooLongError(_MAX_CHARS_LIMIT, len(text), self.max_chars)
        findings = self._find(text)
        sink.extend(findings)
        return self._render(text, findings)

    # --------------------------------------------------------------- runnable

    def _process(
        self,
        value: Any,
        sink: list[Finding],
        config: RunnableConfig,  # noqa: ARG002
    ) -> Any:
        return self._redact_input(value, sink)

    def _open_stream(self, config: RunnableConfig) -> _StreamState:  # noqa: ARG002
        return _StreamState(self)

    invoke = with_doc(
        TransformRunnable.invoke,
        "Redact a ``str`` or ``AIMessage``; returns the same type.",
    )
    transform = with_doc(
        TransformRunnable.transform,
        "Redact a stream of ``str`` or ``AIMessageChunk`` (bounded hold-back).",
    )
    stream = with_doc(
        TransformRunnable.stream,
        "Redact ``input`` and yield it as a stream (see :meth:`transform`).",
    )
