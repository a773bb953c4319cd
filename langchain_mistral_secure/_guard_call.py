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
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from uuid import UUID

import re2
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGenerationChunk
from langchain_core.runnables.config import var_child_runnable_config

from langchain_mistral_secure.detection.engine import Finding
from langchain_mistral_secure.privacy import PIIMasker, SessionKey, _RestoreWindow
from langchain_mistral_secure.redactor import (
    JsonPairs,
    OutputRedactor,
    _StreamState,
    dumps_json_pairs,
    loads_json_pairs,
)

if TYPE_CHECKING:
    from langchain_core.callbacks import (
        AsyncCallbackManagerForLLMRun,
        CallbackManagerForLLMRun,
    )
    from langchain_core.runnables import RunnableConfig

    from langchain_mistral_secure.moderation import MistralModerationGuard
    from langchain_mistral_secure.sanitizer import InputSanitizer

__all__ = ["SESSION_KEY", "GuardedCall", "GuardedStream", "map_json_strings"]

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


def _session_from_metadata(
    run_manager: CallbackManagerForLLMRun | AsyncCallbackManagerForLLMRun | None,
) -> str | None:
    """An explicit session: ``session_id`` or LangGraph's ``thread_id``."""
    metadata = dict(getattr(run_manager, "metadata", None) or {})
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
    sink: list[Finding] = field(default_factory=list)
    session: SessionKey | None = None

    def __repr__(self) -> str:
        """Counts only."""
        return f"GuardedCall(findings={len(self.sink)})"

    # ----------------------------------------------------------------- input

    def prepare(
        self,
        messages: Sequence[BaseMessage],
        run_manager: CallbackManagerForLLMRun | AsyncCallbackManagerForLLMRun | None,
    ) -> list[BaseMessage]:
        """Sanitize, then mask, the messages that will be sent to Mistral.

        Raises:
            PromptInjectionError: The sanitizer blocks an input.
            DetectionError: A detector failed (nothing is sent).
        """
        out: list[BaseMessage] = list(messages)
        if self.sanitizer is not None:
            sanitized, found = self.sanitizer.sanitize(out)
            self.sink.extend(found)
            out = list(sanitized)
        if self.masker is not None:
            self.session = (
                _session_from_metadata(run_manager)
                or _session_from_messages(self.masker, out)
                or uuid.uuid4()
            )
            known = frozenset(self.masker.export_mapping(self.session))
            out = [self._mask_message(m, known) for m in out]
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


class GuardedStream:
    """The caller's view of a streamed answer, chunk by chunk.

    Text goes through the masker's restorer (a placeholder split across chunks
    is restored whole) and then the redactor's hold-back window. When a masker
    is used, tool-call parts are held to the end of the stream and masked whole
    (Mistral sends each call in one piece anyway). Each output chunk keeps the
    ``generation_info`` of the input chunk it came from.
    """

    def __init__(self, call: GuardedCall) -> None:
        """Open the windows of one stream."""
        self._call = call
        self._state = _StreamState(call.redactor) if call.redactor is not None else None
        self._restorer = (
            _RestoreWindow(call.masker, call.session, _identity)
            if call.masker is not None and call.session is not None
            else None
        )
        self._tools: AIMessageChunk | None = None
        self._infos: deque[dict[str, Any] | None] = deque()
        self._list_content = False

    def feed(self, chunk: ChatGenerationChunk) -> list[ChatGenerationChunk]:
        """Take one chunk from the server; return what may be emitted now."""
        message = chunk.message
        if not isinstance(message, AIMessageChunk):
            msg = f"guarded model cannot check a {type(message).__name__} chunk"
            raise TypeError(msg)
        if self._restorer is not None:
            message = self._hold_tools(message)
            message = message.model_copy(
                update={"content": self._restore_stream(message.content)}
            )
        return self._push(message, chunk.generation_info)

    def finish(self) -> list[ChatGenerationChunk]:
        """The stream ended: release what was held back."""
        out: list[ChatGenerationChunk] = []
        if self._restorer is not None:
            tail = self._tail(self._restorer.flush())
            if tail is not None:
                out.extend(self._push(tail, None))
        if self._state is not None:
            out.extend(
                self._wrap(item if isinstance(item, AIMessageChunk) else None, item)
                for item in self._state.finish()
            )
        marker = self._call.marker()
        if marker:
            last = (
                out[-1]
                if out
                else ChatGenerationChunk(message=AIMessageChunk(content=""))
            )
            last.message.response_metadata = {
                **last.message.response_metadata,
                **marker,
            }
            if not out:
                out.append(last)
        return out

    def _wrap(self, message: AIMessageChunk | None, item: Any) -> ChatGenerationChunk:
        info = self._infos.popleft() if self._infos else None
        chunk_message = (
            message if message is not None else AIMessageChunk(content=str(item))
        )
        return ChatGenerationChunk(message=chunk_message, generation_info=info)

    def _push(
        self, message: AIMessageChunk, info: dict[str, Any] | None
    ) -> list[ChatGenerationChunk]:
        if self._state is None:
            return [ChatGenerationChunk(message=message, generation_info=info)]
        self._infos.append(info)
        return [
            self._wrap(item if isinstance(item, AIMessageChunk) else None, item)
            for item in self._state.feed(message)
        ]

    def _restore_stream(self, content: Any) -> Any:
        restorer = self._restorer
        if restorer is None:
            return content
        if isinstance(content, str):
            self._list_content = False
            return restorer.push(content)
        self._list_content = True
        out: list[Any] = []
        for block in content:
            if isinstance(block, str):
                out.append(restorer.push(block))
            elif (
                isinstance(block, dict)
                and block.get("type") == "text"
                and isinstance(block.get("text"), str)
            ):
                out.append({**block, "text": restorer.push(block["text"])})
            else:
                out.append(block)
        return out

    def _hold_tools(self, message: AIMessageChunk) -> AIMessageChunk:
        """Take the tool-call parts out of ``message`` until the stream ends."""
        raw = message.additional_kwargs.get("tool_calls")
        if not message.tool_call_chunks and raw is None:
            return message
        part = AIMessageChunk(
            content="",
            tool_call_chunks=message.tool_call_chunks,
            additional_kwargs={"tool_calls": raw} if raw is not None else {},
        )
        self._tools = part if self._tools is None else self._tools + part
        kwargs = {
            k: v for k, v in message.additional_kwargs.items() if k != "tool_calls"
        }
        return message.model_copy(
            update={
                "tool_call_chunks": [],
                "tool_calls": [],
                "invalid_tool_calls": [],
                "additional_kwargs": kwargs,
            }
        )

    def _tail(self, rest: str) -> AIMessageChunk | None:
        """The last chunk: the restorer's held text and the masked tool calls."""
        tools, self._tools = self._tools, None
        if not rest and tools is None:
            return None
        content: Any = rest
        if self._list_content:
            content = [{"type": "text", "text": rest}] if rest else []
        if tools is None:
            return AIMessageChunk(content=content)
        update = self._call._mask_tool_parts(tools, self._call._known())  # noqa: SLF001
        raw = update.get("additional_kwargs", tools.additional_kwargs)
        return AIMessageChunk(
            content=content,
            tool_call_chunks=update.get("tool_call_chunks", tools.tool_call_chunks),
            additional_kwargs=dict(raw),
        )


def _identity(value: Any) -> Any:
    return value
