"""OutputRedactor: redact what the model says, also while it streams.

The redactor runs the shared detectors (PII, secrets, active content and, when a
canary or system prompt is given, leaks) on the model's answer and replaces every
finding according to a per-category strategy. Streams go through a bounded
hold-back window (:mod:`langchain_mistral_secure.streaming`), so a secret split
across chunks is still caught and ``"".join(stream(x)) == invoke(x)``.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import importlib
import json
import secrets
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, ClassVar, Literal, cast

from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage, ToolMessage
from langchain_core.runnables import RunnableConfig
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from langchain_mistral_secure._error_pickle import reduce_error
from langchain_mistral_secure._json_pairs import (
    JsonPairs,
    dumps_json_pairs,
    loads_json_pairs,
)
from langchain_mistral_secure._redact_stream import (
    _redact_raw_tool_call,
    _StreamState,
)
from langchain_mistral_secure._runnable import TransformRunnable, with_doc
from langchain_mistral_secure.detection.engine import (
    DEFAULT_MAX_CHARS,
    DetectionError,
    Detector,
    Finding,
    Rule,
    RuleDetector,
    TextTooLongError,
    detect_all,
    get_detector,
)
from langchain_mistral_secure.detection.holdback import CompositeHold
from langchain_mistral_secure.detection.holdback_families import policy_for
from langchain_mistral_secure.streaming import (
    DEFAULT_MAX_MATCH_LEN,
    EARLY_CONTEXT,
    HoldBackWindow,
    hold_for,
    splice,
)

__all__ = [
    "DEFAULT_MAX_HOLD",
    "DEFAULT_OUTPUT_DETECTORS",
    "DetectionError",
    "HoldBack",
    "JsonPairs",
    "OutputRedactor",
    "SensitiveOutputError",
    "Strategy",
    "dumps_json_pairs",
    "loads_json_pairs",
    "redact_stream",
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
_HASH_HEX = 8
_MASK_KEEP = 4
_MASK_MIN_VISIBLE = 8
_DIGIT_CATEGORIES = frozenset(
    {"credit_card", "card", "iban", "phone", "us_ssn", "ssn", "bank_account"}
)


class SensitiveOutputError(ValueError):
    """The output contained a finding whose category is set to ``block``.

    The message names categories and counts, never the text.

    Attributes:
        counts: Number of blocked findings per category.

    Example:
        >>> err = SensitiveOutputError({"api_key": 1})
        >>> str(err)
        'output blocked: sensitive content found (api_key: 1)'
    """

    def __init__(self, counts: dict[str, int]) -> None:
        """Build the error from per-category counts."""
        self.counts = dict(sorted(counts.items()))
        listed = ", ".join(f"{cat}: {n}" for cat, n in self.counts.items())
        super().__init__(f"output blocked: sensitive content found ({listed})")

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle by the counts (the error crosses process pools)."""
        return reduce_error(self, self.counts)

    @property
    def categories(self) -> list[str]:
        """The blocked categories, sorted."""
        return list(self.counts)


# --------------------------------------------------------------------- detectors


class _FunctionDetector:
    """Adapts a callable ``(text) -> findings | (start, end) pairs`` to a Detector."""

    __slots__ = ("_fn", "category", "max_match_len", "rule_id")

    def __init__(
        self,
        fn: Callable[[str], Sequence[Finding | tuple[int, int]]],
        *,
        category: str,
        rule_id: str,
        max_match_len: int = DEFAULT_MAX_MATCH_LEN,
    ) -> None:
        self._fn = fn
        self.category = category
        self.rule_id = rule_id
        self.max_match_len = max_match_len

    def __repr__(self) -> str:
        return f"_FunctionDetector(rule_id={self.rule_id!r})"

    def detect(self, text: str) -> list[Finding]:
        out: list[Finding] = []
        for item in self._fn(text):
            if isinstance(item, Finding):
                finding = item
            else:
                start, end = item
                finding = Finding(
                    start=int(start),
                    end=int(end),
                    rule_id=self.rule_id,
                    category=self.category,
                )
            if not 0 <= finding.start < finding.end <= len(text):
                msg = f"detector {self.rule_id!r} returned an out-of-range span"
                raise ValueError(msg)
            out.append(finding)
        return out


def compile_extra_detectors(
    extra: Iterable[Any], *, family: str = "custom"
) -> list[Detector]:
    r"""Compile user detectors once: regex strings, callables or Detectors.

    * ``str``: an RE2 pattern, category ``custom`` (on the raw text).
    * ``(category, pattern)``: an RE2 pattern with its own category.
    * a :class:`~langchain_mistral_secure.detection.engine.Detector`: as is.
    * a callable ``(text) -> list[Finding] | list[tuple[int, int]]``: category
      ``custom``; its matches are assumed at most 256 characters long.

    Raises:
        ValueError: If a pattern is not valid RE2.
        TypeError: If an item is none of the above.

    Example:
        >>> [d.max_match_len for d in compile_extra_detectors([r"EMP-\d{6}"])]
        [256]
    """
    compiled: list[Detector] = []
    for index, item in enumerate(extra):
        if isinstance(item, str):
            compiled.append(_regex_detector(f"{family}.regex_{index}", family, item))
        elif (
            isinstance(item, tuple)
            and len(item) == 2  # noqa: PLR2004
            and all(isinstance(part, str) for part in item)
        ):
            category, pattern = item
            compiled.append(
                _regex_detector(f"{family}.{category}_{index}", category, pattern)
            )
        elif isinstance(item, Detector):
            compiled.append(item)
        elif callable(item):
            name = getattr(item, "__name__", "function")
            compiled.append(
                _FunctionDetector(
                    item, category=family, rule_id=f"{family}.{name}_{index}"
                )
            )
        else:
            msg = f"extra detector #{index} has unsupported type {type(item).__name__}"
            raise TypeError(msg)
    return compiled


def _regex_detector(rule_id: str, category: str, pattern: str) -> RuleDetector:
    rule = Rule(
        id=rule_id,
        category=category,
        pattern=pattern,
        on_view=False,
        case_sensitive=True,
        max_len=DEFAULT_MAX_MATCH_LEN,
        description="user-supplied pattern",
    )
    return RuleDetector([rule], name=rule_id)


def resolve_detectors(names: Iterable[str | Detector]) -> list[Detector]:
    """Turn registered names (``"pii"``) and Detector objects into Detectors.

    Raises:
        KeyError: If a name is not registered.

    Example:
        >>> rule = Rule("d.x", "x", "x+")
        >>> resolve_detectors([RuleDetector([rule])])[0].max_match_len
        256
    """
    return [get_detector(item) if isinstance(item, str) else item for item in names]


def _leak_detector(canaries: Sequence[str], system_prompt: str | None) -> Detector:
    # Imported lazily: the leak family is only needed when asked for.
    module = importlib.import_module("langchain_mistral_secure.detection.leak")
    factory = module.LeakDetector
    return cast(
        "Detector", factory(canaries=list(canaries), system_prompt=system_prompt)
    )


def _content_detector(allowlist: Sequence[str]) -> Detector:
    module = importlib.import_module("langchain_mistral_secure.detection.content")
    factory = module.ContentDetector
    return cast("Detector", factory(image_host_allowlist=list(allowlist)))


# ------------------------------------------------------------------- strategies


@functools.lru_cache(maxsize=256)
def placeholder_name(category: str) -> str:
    """Upper-case a category for placeholders: ``"credit_card"`` → ``"CREDIT_CARD"``.

    Example:
        >>> placeholder_name("api-key")
        'API_KEY'
    """
    return "".join(c if c.isalnum() else "_" for c in category.upper()) or "REDACTED"


def _mask_email(value: str) -> str | None:
    local, at, domain = value.rpartition("@")
    if not at or not local or "." not in domain:
        return None
    host, _, tld = domain.rpartition(".")
    return f"{local[0]}***@{host[:1]}***.{tld}"


def _mask_keep_last(value: str) -> str:
    alnum = sum(1 for c in value if c.isalnum())
    keep = _MASK_KEEP if alnum >= _MASK_MIN_VISIBLE else 0
    out: list[str] = []
    for char in reversed(value):
        if char.isalnum():
            if keep > 0:
                out.append(char)
                keep -= 1
            else:
                out.append("*")
        else:
            out.append(char)
    return "".join(reversed(out))


def mask_value(category: str, value: str) -> str:
    """Return a masked hint of ``value``: enough to recognize, not to use.

    E-mail addresses keep their first letters and top-level domain; cards,
    IBANs, phone and social security numbers keep their last four characters;
    anything else (keys, tokens, content) shows only its category.

    Example:
        >>> mask_value("email", "john.doe@example.com")
        'j***@e***.com'
        >>> mask_value("credit_card", "4111 1111 1111 1234")
        '**** **** **** 1234'
        >>> mask_value("api_key", "sk-abc")
        '[API_KEY:****]'
    """
    if category == "email":
        masked = _mask_email(value)
        if masked is not None:
            return masked
    if category in _DIGIT_CATEGORIES:
        return _mask_keep_last(value)
    return f"[{placeholder_name(category)}:****]"


# --------------------------------------------------------------------- redactor


class OutputRedactor(TransformRunnable):
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
                _content_detector(self.image_host_allowlist) if n == "content" else n
                for n in names
            ]
        compiled = resolve_detectors(names)
        if self.canaries or self.system_prompt:
            compiled.append(_leak_detector(self.canaries, self.system_prompt))
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
        name = placeholder_name(finding.category)
        if strategy == "mask":
            return mask_value(finding.category, value)
        if strategy == "hash":
            message = f"{finding.category}\x00{value}".encode()
            digest = hmac.new(self._key, message, hashlib.sha256).hexdigest()
            return f"[{name}:{digest[:_HASH_HEX]}]"
        return f"[{name}]"

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

    def window(self) -> HoldBackWindow:
        """A fresh streaming window with this redactor's detectors and strategies.

        Example:
            >>> redactor = OutputRedactor(detectors=[])
            >>> w = redactor.window()
            >>> w.push("hello ") + w.flush()
            'hello '
        """
        if self._policy is None:
            return HoldBackWindow(
                self._find, self._render, hold=self._hold, max_pending=self.max_chars
            )
        return HoldBackWindow(
            self._find,
            self._render,
            hold=self._hold,
            context=EARLY_CONTEXT,
            max_pending=self.max_chars,
            policy=self._policy,
        )

    # -------------------------------------------------------------- structures

    def _redact_scalar(self, value: float, sink: list[Finding]) -> Any:
        """A JSON number that holds a finding (a card number) becomes a string."""
        integral = isinstance(value, float) and value.is_integer()
        text = str(int(value)) if integral else json.dumps(value)
        findings = self._find(text)
        if not findings:
            return value
        sink.extend(findings)
        return self._render(text, findings)

    def _redact_obj(self, value: Any, sink: list[Finding]) -> Any:  # noqa: PLR0911
        """Redact every string (and number) inside a JSON-like value.

        Dicts, lists, tuples, the key/value pairs of a parsed JSON object
        (:class:`JsonPairs`, duplicates kept) and pydantic models (structured
        output) are walked; strings are redacted, and a number whose digits
        hold a finding (a card number given as a JSON number) is replaced by
        the redacted string.
        """
        if isinstance(value, str):
            return self._redact_json_str(value, sink)
        if isinstance(value, bool) or value is None:
            return value
        if isinstance(value, (int, float)):
            return self._redact_scalar(value, sink)
        if isinstance(value, JsonPairs):
            return JsonPairs(
                (
                    self._redact_with(key, sink) if isinstance(key, str) else key,
                    self._redact_obj(item, sink),
                )
                for key, item in value
            )
        if isinstance(value, dict):
            out: dict[Any, Any] = {}
            for key, item in value.items():
                new_key = self._redact_with(key, sink) if isinstance(key, str) else key
                # Two keys redacted to the same placeholder keep both values.
                unique, n = new_key, 1
                while unique in out:
                    n += 1
                    unique = f"{new_key}#{n}"
                out[unique] = self._redact_obj(item, sink)
            return out
        if isinstance(value, (list, tuple)):
            return [self._redact_obj(v, sink) for v in value]
        if isinstance(value, BaseModel) and not isinstance(value, BaseMessage):
            return self._redact_model(value, sink)
        return value

    def _redact_model(self, value: BaseModel, sink: list[Finding]) -> BaseModel:
        """Structured output: a copy whose string (and number) fields are redacted.

        ``model_copy`` does not validate, so a redacted placeholder may sit in a
        field typed ``EmailStr`` or ``int``: the caller sees the placeholder
        rather than the value (or, with ``block``, nothing at all).
        """
        update: dict[str, Any] = {}
        for name in type(value).model_fields:
            item = getattr(value, name)
            new = self._redact_obj(item, sink)
            if new is not item and new != item:
                update[name] = new
        return value.model_copy(update=update) if update else value

    def _redact_json_str(self, text: str, sink: list[Finding]) -> str:
        """Redact a string; if it is a JSON document, redact its strings.

        Objects are parsed as key/value pairs, so a duplicate key cannot hide a
        value from redaction (every pair is redacted and written back).
        """
        parsed = loads_json_pairs(text)
        if isinstance(parsed, (JsonPairs, list)):
            redacted = self._redact_obj(parsed, sink)
            if redacted == parsed:
                return text
            return dumps_json_pairs(redacted)
        return self._redact_with(text, sink)

    def _redact_content(self, content: Any, sink: list[Finding]) -> Any:
        if isinstance(content, str):
            return self._redact_with(content, sink)
        if isinstance(content, list):
            return [self._redact_block(block, sink) for block in content]
        return content

    def _redact_block(self, block: Any, sink: list[Finding]) -> Any:
        if isinstance(block, str):
            return self._redact_with(block, sink)
        if isinstance(block, dict):
            out = dict(block)
            for key in ("text", "thinking", "reasoning"):
                if key in out:
                    out[key] = self._redact_content(out[key], sink)
            if self.redact_tool_calls:
                # v1 content blocks: ``tool_call`` (parsed args),
                # ``tool_call_chunk``/``invalid_tool_call`` (JSON text) and
                # ``non_standard`` (provider payload) carry the arguments too.
                for key in ("args", "value", "input", "arguments"):
                    if key in out and out[key] is not None:
                        out[key] = self._redact_obj(out[key], sink)
            return out
        return block

    def _redact_tool_parts(
        self, message: AIMessage, sink: list[Finding]
    ) -> dict[str, Any]:
        """Redacted tool-call fields of ``message`` (an update dict)."""
        if not self.redact_tool_calls:
            return {}
        update: dict[str, Any] = {}
        if message.tool_calls:
            update["tool_calls"] = [
                {**call, "args": self._redact_obj(call["args"], sink)}
                for call in message.tool_calls
            ]
        if message.invalid_tool_calls:
            update["invalid_tool_calls"] = [
                {
                    **call,
                    "args": None
                    if call.get("args") is None
                    else self._redact_json_str(str(call["args"]), sink),
                }
                for call in message.invalid_tool_calls
            ]
        if isinstance(message, AIMessageChunk) and message.tool_call_chunks:
            update["tool_call_chunks"] = [
                {
                    **chunk,
                    "args": None
                    if chunk.get("args") is None
                    else self._redact_json_str(str(chunk["args"]), sink),
                }
                for chunk in message.tool_call_chunks
            ]
        raw = message.additional_kwargs.get("tool_calls")
        if isinstance(raw, list):
            update["additional_kwargs"] = {
                **message.additional_kwargs,
                "tool_calls": [_redact_raw_tool_call(self, c, sink) for c in raw],
            }
        return update

    def _redact_message(self, message: AIMessage, sink: list[Finding]) -> AIMessage:
        update = self._redact_tool_parts(message, sink)
        update["content"] = self._redact_content(message.content, sink)
        return message.model_copy(update=update)

    def _redact_tool_result(self, message: ToolMessage, sink: list[Finding]) -> Any:
        """A tool's result as the caller sees it: content and artifact redacted."""
        update: dict[str, Any] = {
            "content": self._redact_content(message.content, sink)
        }
        if message.artifact is not None:
            update["artifact"] = self._redact_obj(message.artifact, sink)
        return message.model_copy(update=update)

    def _redact_input(self, value: Any, sink: list[Finding]) -> Any:
        if value is None:
            return None  # structured output when the model called no tool
        if isinstance(value, str):
            return self._redact_with(value, sink)
        if isinstance(value, AIMessage):
            return self._redact_message(value, sink)
        if isinstance(value, ToolMessage):
            return self._redact_tool_result(value, sink)
        if isinstance(value, BaseMessage):
            msg = (
                f"OutputRedactor expects model output (str, AIMessage or "
                f"ToolMessage), got {type(value).__name__}"
            )
            raise TypeError(msg)
        if isinstance(value, (dict, list, tuple, BaseModel)):
            # Structured output (``with_structured_output``): every string
            # field, at any depth, is redacted; the type is kept.
            out = self._redact_obj(value, sink)
            return tuple(out) if isinstance(value, tuple) else out
        msg = f"OutputRedactor cannot redact {type(value).__name__}"
        raise TypeError(msg)

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

    def redact_iter(self, pieces: Iterable[str]) -> Iterator[str]:
        """Redact a plain stream of strings, without callbacks (CLI, scripts).

        Example:
            >>> redactor = OutputRedactor(detectors=[])
            >>> list(redactor.redact_iter(["a ", "b"]))
            ['a b']
        """
        window = self.window()
        for piece in pieces:
            out = window.push(piece)
            if out:
                yield out
        rest = window.flush()
        if rest:
            yield rest


def redact_stream(lines: Iterable[str], redactor: OutputRedactor) -> Iterator[str]:
    r"""Redact a stream of text (e.g. stdin lines) as it is read.

    This is what ``mistral-secure redact`` runs: each piece of output is written
    as soon as the hold-back window releases it.

    Args:
        lines: Text pieces, e.g. ``sys.stdin`` (lines keep their newlines).
        redactor: The redactor to apply.

    Yields:
        Redacted text; the concatenation equals ``redactor.invoke("".join(lines))``.

    Raises:
        SensitiveOutputError: If a finding's category is set to ``block``.
        DetectionError: If a detector fails.

    Example:
        >>> from langchain_mistral_secure.detection.engine import Rule, RuleDetector
        >>> det = RuleDetector([Rule("d.k", "key", r"key-\d+", max_len=16)])
        >>> redactor = OutputRedactor(detectors=[det])
        >>> list(redact_stream(["a key-1 is\n", "b\n"], redactor))
        ['a [KEY] is\nb\n']
    """
    yield from redactor.redact_iter(lines)
