"""One call through the guarded model: what goes to Mistral, what comes back.

:class:`GuardedCall` is the per-call state of
:class:`~langchain_mistral_secure.model.SecureChatMistralAI`: it sanitizes and
masks the input messages, and turns the server's answer into what the caller
may see (placeholders restored in the text, tool-call arguments masked, then
everything redacted). :class:`GuardedStream` does the same chunk by chunk, with
the redactor's one hold-back window and the masker's placeholder restorer, so
the joined stream equals the invoked answer for every chunking.

Nothing here calls a guard's public ``invoke``/``stream``: those would open a
child run whose events carry the raw text.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from uuid import UUID

import re2
from langchain_core.callbacks import (
    AsyncCallbackManager,
    AsyncCallbackManagerForLLMRun,
    CallbackManager,
    CallbackManagerForLLMRun,
)
from langchain_core.messages import (
    AIMessage,
    AIMessageChunk,
    BaseMessage,
)
from langchain_core.outputs import ChatGeneration, ChatResult
from langchain_core.runnables.config import var_child_runnable_config

from langchain_mistral_secure._json_pairs import (
    JsonPairs,
    dumps_json_pairs,
    loads_json_pairs,
)
from langchain_mistral_secure.detection.engine import Finding
from langchain_mistral_secure.privacy import PIIMasker, SessionKey
from langchain_mistral_secure.redactor import OutputRedactor

if TYPE_CHECKING:
    from langchain_core.runnables import RunnableConfig

    from langchain_mistral_secure.moderation import MistralModerationGuard
    from langchain_mistral_secure.sanitizer import InputSanitizer

__all__ = [
    "SESSION_KEY",
    "GuardedCall",
    "child_manager",
    "guarded_result",
    "map_json_strings",
    "session_config",
]

SESSION_KEY = "mistral_secure_session"
"""``response_metadata`` key naming a call-scoped masking session (a UUID)."""

_PLACEHOLDER = re2.compile(r"<[A-Z][A-Z0-9_]*_[0-9]+>")
# Content-block keys that carry no text to mask (ids, binary payloads, URLs).
_STRUCTURAL_KEYS = frozenset(
    {
        "type",
        "id",
        "index",
        "name",
        "tool_call_id",
        "mime_type",
        "source_type",
        "url",
        "base64",
        "data",
        "image_url",
        "file_id",
        "signature",
        "status",
    }
)


def map_json_strings(value: Any, fn: Callable[[str], str]) -> Any:  # noqa: PLR0911
    """Apply ``fn`` to every string (and number) inside a JSON-like value.

    A string that is itself a JSON document is walked inside; a number whose
    text ``fn`` changes (a card number given as a JSON number) becomes the new
    string. Objects parsed by ``loads_json_pairs`` keep duplicate keys.

    Example:
        >>> map_json_strings({"a": ["x", 1, True]}, lambda s: s.replace("x", "y"))
        {'a': ['y', 1, True]}
    """
    if isinstance(value, str):
        parsed = loads_json_pairs(value)
        if isinstance(parsed, (JsonPairs, list)):
            mapped = map_json_strings(parsed, fn)
            return value if mapped == parsed else dumps_json_pairs(mapped)
        return fn(value)
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, (int, float)):
        text = str(value)
        new = fn(text)
        return value if new == text else new
    if isinstance(value, JsonPairs):
        return JsonPairs(
            (fn(k) if isinstance(k, str) else k, map_json_strings(v, fn))
            for k, v in value
        )
    if isinstance(value, dict):
        return {
            (fn(k) if isinstance(k, str) else k): map_json_strings(v, fn)
            for k, v in value.items()
        }
    if isinstance(value, (list, tuple)):
        return [map_json_strings(v, fn) for v in value]
    return value


def _session_from_metadata(metadata: Mapping[str, Any]) -> str | None:
    """An explicit session: ``session_id`` or LangGraph's ``thread_id``."""
    config = var_child_runnable_config.get() or {}
    configurable = config.get("configurable") or {}
    for source in (metadata, configurable):
        for key in ("session_id", "thread_id"):
            value = source.get(key)
            if value is not None:
                return str(value)
    return None


def _session_from_messages(
    masker: PIIMasker, messages: Sequence[BaseMessage]
) -> UUID | None:
    """The call-scoped session an earlier answer of this conversation named."""
    for message in reversed(messages):
        if not isinstance(message, AIMessage):
            continue
        marker = message.response_metadata.get(SESSION_KEY)
        if not isinstance(marker, str):
            continue
        try:
            key = UUID(marker)
        except ValueError:
            return None
        return key if masker.session_size(key) else None
    return None


@dataclass
class GuardedCall:
    """The guards of one model call and what they found (counts only)."""

    sanitizer: InputSanitizer | None
    masker: PIIMasker | None
    redactor: OutputRedactor | None
    moderation: MistralModerationGuard | None
    config: RunnableConfig | None
    metadata: Mapping[str, Any] = field(default_factory=dict)
    sink: list[Finding] = field(default_factory=list)
    session: SessionKey | None = None
    prepared: frozenset[int] = frozenset()

    def __repr__(self) -> str:
        """Counts only."""
        return f"GuardedCall(findings={len(self.sink)})"

    # ----------------------------------------------------------------- input

    def prepare(self, messages: Sequence[BaseMessage]) -> list[BaseMessage]:
        """Sanitize, then mask, the messages that will be sent to Mistral.

        Messages already prepared for this call (``prepared`` holds their ids:
        the model prepares its input once, before LangChain reports it to
        callbacks) are passed as they are.

        Raises:
            PromptInjectionError: The sanitizer blocks an input.
            DetectionError: A detector failed (nothing is sent).
        """
        out: list[BaseMessage] = list(messages)
        if self.masker is not None and self.session is None:
            self.session = (
                _session_from_metadata(self.metadata)
                or _session_from_messages(self.masker, out)
                or uuid.uuid4()
            )
        todo = [i for i, message in enumerate(out) if id(message) not in self.prepared]
        if not todo:
            return out
        if self.sanitizer is not None:
            sanitized, found = self.sanitizer.sanitize([out[i] for i in todo])
            self.sink.extend(found)
            for i, message in zip(todo, sanitized, strict=True):
                out[i] = message
        if self.masker is not None and self.session is not None:
            known = frozenset(self.masker.export_mapping(self.session))
            for i in todo:
                out[i] = self._mask_message(out[i], known)
        return out

    def _mask(self, text: str, known: frozenset[str]) -> str:
        """Mask ``text``, keeping this session's own placeholders as they are."""
        masker = self.masker
        if masker is None or not text:
            return text
        session = self.session if self.session is not None else uuid.uuid4()
        if "<" not in text or not known:
            return masker.mask_text(text, session, sink=self.sink)
        pieces: list[str] = []
        pos = 0
        for match in _PLACEHOLDER.finditer(text):
            if match.group(0) in known:
                start, end = match.span()
                pieces.append(
                    masker.mask_text(text[pos:start], session, sink=self.sink)
                )
                pieces.append(match.group(0))
                pos = end
        pieces.append(masker.mask_text(text[pos:], session, sink=self.sink))
        return "".join(pieces)

    def _mask_fn(self, known: frozenset[str]) -> Callable[[str], str]:
        return lambda text: self._mask(text, known)

    def _mask_block(self, block: Any, known: frozenset[str]) -> Any:
        if isinstance(block, str):
            return self._mask(block, known)
        if not isinstance(block, dict):
            return block
        fn = self._mask_fn(known)
        return {
            key: value
            if key in _STRUCTURAL_KEYS
            else self._mask(value, known)
            if key == "text" and isinstance(value, str)
            else map_json_strings(value, fn)
            for key, value in block.items()
        }

    def _mask_tool_parts(
        self, message: AIMessage, known: frozenset[str]
    ) -> dict[str, Any]:
        fn = self._mask_fn(known)
        update: dict[str, Any] = {}
        if message.tool_calls:
            update["tool_calls"] = [
                {**call, "args": map_json_strings(call["args"], fn)}
                for call in message.tool_calls
            ]
        if message.invalid_tool_calls:
            update["invalid_tool_calls"] = [
                {**call, "args": map_json_strings(call.get("args"), fn)}
                for call in message.invalid_tool_calls
            ]
        if isinstance(message, AIMessageChunk) and message.tool_call_chunks:
            update["tool_call_chunks"] = [
                {**call, "args": map_json_strings(call.get("args"), fn)}
                for call in message.tool_call_chunks
            ]
        raw = message.additional_kwargs.get("tool_calls")
        if isinstance(raw, list):
            update["additional_kwargs"] = {
                **message.additional_kwargs,
                "tool_calls": [_map_raw_call(call, fn) for call in raw],
            }
        return update

    def _mask_message(self, message: BaseMessage, known: frozenset[str]) -> Any:
        content = message.content
        update: dict[str, Any] = {
            "content": self._mask(content, known)
            if isinstance(content, str)
            else [self._mask_block(block, known) for block in content]
        }
        if isinstance(message, AIMessage):
            update.update(self._mask_tool_parts(message, known))
        return message.model_copy(update=update)

    # ---------------------------------------------------------------- output

    def _known(self) -> frozenset[str]:
        if self.masker is None or self.session is None:
            return frozenset()
        return frozenset(self.masker.export_mapping(self.session))

    def _restore(self, text: str) -> str:
        if self.masker is None or self.session is None:
            return text
        return self.masker.restore_text(text, self.session)

    def _restore_content(self, content: Any) -> Any:
        if isinstance(content, str):
            return self._restore(content)
        return [
            self._restore(block)
            if isinstance(block, str)
            else {**block, "text": self._restore(block["text"])}
            if isinstance(block, dict)
            and block.get("type") == "text"
            and isinstance(block.get("text"), str)
            else block
            for block in content
        ]

    def marker(self) -> dict[str, str]:
        """``response_metadata`` naming a call-scoped session (else empty)."""
        if isinstance(self.session, UUID):
            return {SESSION_KEY: str(self.session)}
        return {}

    def answer(self, message: BaseMessage) -> BaseMessage:
        """The caller's view of a whole answer.

        Placeholders in the text are restored; tool-call arguments keep them
        (new PII in them is masked too), so a tool gets real values only
        through :meth:`SecureChatMistralAI.restore_tool_calls`; then the
        redactor runs on everything.
        """
        if not isinstance(message, AIMessage):
            msg = f"guarded model cannot check a {type(message).__name__} answer"
            raise TypeError(msg)
        if self.masker is not None:
            update = self._mask_tool_parts(message, self._known())
            update["content"] = self._restore_content(message.content)
            message = message.model_copy(update=update)
        if self.redactor is not None:
            message = self.redactor._redact_message(message, self.sink)  # noqa: SLF001
        marker = self.marker()
        if marker:
            message.response_metadata = {**message.response_metadata, **marker}
        return message


def _map_raw_call(call: Any, fn: Callable[[str], str]) -> Any:
    """A provider's raw tool call with ``function.arguments`` mapped."""
    if not isinstance(call, dict) or not isinstance(call.get("function"), dict):
        return call
    function = call["function"]
    if "arguments" not in function:
        return call
    return {
        **call,
        "function": {
            **function,
            "arguments": map_json_strings(function["arguments"], fn),
        },
    }


def session_config(config: RunnableConfig | None) -> RunnableConfig | None:
    """``config`` with its configurable session/thread id copied to metadata."""
    if not config:
        return config
    configurable = config.get("configurable") or {}
    metadata = dict(config.get("metadata") or {})
    added = {
        key: configurable[key]
        for key in ("session_id", "thread_id")
        if configurable.get(key) is not None and key not in metadata
    }
    if not added:
        return config
    return {**config, "metadata": {**metadata, **added}}


def child_manager(
    run_manager: CallbackManagerForLLMRun | AsyncCallbackManagerForLLMRun,
) -> CallbackManager | AsyncCallbackManager:
    """Callbacks for events dispatched inside the model run (custom events)."""
    manager: CallbackManager | AsyncCallbackManager = (
        AsyncCallbackManager(handlers=[], parent_run_id=run_manager.run_id)
        if isinstance(run_manager, AsyncCallbackManagerForLLMRun)
        else CallbackManager(handlers=[], parent_run_id=run_manager.run_id)
    )
    manager.set_handlers(run_manager.inheritable_handlers)
    manager.add_tags(run_manager.inheritable_tags)
    manager.add_metadata(run_manager.inheritable_metadata)
    return manager


def guarded_result(call: GuardedCall, result: ChatResult) -> ChatResult:
    generations = [
        ChatGeneration(
            message=call.answer(generation.message),
            generation_info=generation.generation_info,
        )
        for generation in result.generations
    ]
    return ChatResult(generations=generations, llm_output=result.llm_output)
