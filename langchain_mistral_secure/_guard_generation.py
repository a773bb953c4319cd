"""The generation half of SecureChatMistralAI: guards around every model call.

:class:`~langchain_mistral_secure.model.SecureChatMistralAI` inherits these
overrides (``_convert_input``, ``_generate``, ``_stream`` and their async
twins) from :class:`_GuardedGeneration`; its public entry points leave the
call's state in :data:`_CALL_STATE` for them.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from langchain_core.callbacks import (
    AsyncCallbackManagerForLLMRun,
    CallbackManagerForLLMRun,
)
from langchain_core.language_models import LanguageModelInput
from langchain_core.messages import BaseMessage
from langchain_core.outputs import ChatGenerationChunk, ChatResult
from langchain_core.prompt_values import ChatPromptValue, PromptValue
from langchain_core.runnables import RunnableConfig
from langchain_mistralai import ChatMistralAI

from langchain_mistral_secure._events import adispatch_findings, dispatch_findings
from langchain_mistral_secure._guard_call import (
    GuardedCall,
    child_manager,
    guarded_result,
)
from langchain_mistral_secure._guard_stream import (
    GuardedStream,
    amoderated,
    areport,
    moderated,
    report,
)
from langchain_mistral_secure.detection.engine import Finding
from langchain_mistral_secure.privacy import SessionKey

if TYPE_CHECKING:
    from langchain_mistral_secure.moderation import MistralModerationGuard
    from langchain_mistral_secure.privacy import PIIMasker
    from langchain_mistral_secure.redactor import OutputRedactor
    from langchain_mistral_secure.sanitizer import InputSanitizer

__all__ = ["_CALL_STATE", "_CallState", "_GuardedGeneration"]

_COMPONENT = "guarded_model"


@dataclass
class _CallState:
    """The public call in progress: its config, and its input once prepared."""

    config: RunnableConfig | None
    session: SessionKey | None = None
    prepared: frozenset[int] = frozenset()
    sink: list[Finding] = field(default_factory=list)


# Read by ``_convert_input`` and by ``_stream``/``_generate`` when LangChain
# gives them no run manager.
_CALL_STATE: ContextVar[_CallState | None] = ContextVar(
    "mistral_secure_call_state", default=None
)


class _GuardedGeneration(ChatMistralAI):
    """ChatMistralAI with the guards applied inside every generation call.

    Never instantiated itself: SecureChatMistralAI declares the guard fields
    (so the reference documents them where they are set) and the entry points.
    """

    # Declared for the type checker only: pydantic must not collect these as
    # fields of this base; SecureChatMistralAI defines them.
    if TYPE_CHECKING:
        sanitizer: InputSanitizer | None
        masker: PIIMasker | None
        redactor: OutputRedactor | None
        moderation: MistralModerationGuard | None

    def _convert_input(self, model_input: LanguageModelInput) -> PromptValue:
        """Sanitize and mask the input before LangChain reports it anywhere.

        ``on_chat_model_start`` (callbacks, ``astream_events``, tracers) carries
        what this returns, so with a masker they see placeholders, not the
        user's data. ``_generate``/``_stream`` pass these messages as they are.
        """
        value = super()._convert_input(model_input)
        state = _CALL_STATE.get()
        if state is None or (self.sanitizer is None and self.masker is None):
            return value
        call = self._open(None)
        messages = call.prepare(value.to_messages())
        state.session = call.session
        state.prepared = frozenset(id(m) for m in messages)
        state.sink.extend(call.sink)
        return ChatPromptValue(messages=messages)

    def _open(
        self,
        run_manager: CallbackManagerForLLMRun | AsyncCallbackManagerForLLMRun | None,
    ) -> GuardedCall:
        state = _CALL_STATE.get()
        outer = (state.config if state is not None else None) or {}
        config: RunnableConfig | None
        if run_manager is not None:
            config = {"callbacks": child_manager(run_manager)}
            metadata = dict(run_manager.metadata or {})
        else:
            config = {"callbacks": outer.get("callbacks")}
            metadata = dict(outer.get("metadata") or {})
        call = GuardedCall(
            sanitizer=self.sanitizer,
            masker=self.masker,
            redactor=self.redactor,
            moderation=self.moderation,
            config=config,
            metadata=metadata,
        )
        if state is not None:
            # The input this call prepared in _convert_input: its session, and
            # its findings (reported once, with the answer's).
            call.session = state.session
            call.prepared = state.prepared
            call.sink.extend(state.sink)
            state.sink = []
        return call

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        stream: bool | None = None,  # noqa: FBT001
        **kwargs: Any,
    ) -> ChatResult:
        call = self._open(run_manager)
        try:
            prepared = call.prepare(messages)
            if self.moderation is not None:
                self.moderation._moderate(prepared, call.config)  # noqa: SLF001
            result = super()._generate(
                prepared, stop=stop, run_manager=run_manager, stream=stream, **kwargs
            )
            if self.moderation is not None:
                for generation in result.generations:
                    self.moderation._moderate(generation.message, call.config)  # noqa: SLF001
            return guarded_result(call, result)
        finally:
            dispatch_findings(_COMPONENT, call.sink, call.config)

    async def _agenerate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: AsyncCallbackManagerForLLMRun | None = None,
        stream: bool | None = None,  # noqa: FBT001
        **kwargs: Any,
    ) -> ChatResult:
        call = self._open(run_manager)
        try:
            prepared = call.prepare(messages)
            if self.moderation is not None:
                await self.moderation._amoderate(prepared, call.config)  # noqa: SLF001
            result = await super()._agenerate(
                prepared, stop=stop, run_manager=run_manager, stream=stream, **kwargs
            )
            if self.moderation is not None:
                for generation in result.generations:
                    await self.moderation._amoderate(  # noqa: SLF001
                        generation.message, call.config
                    )
            return guarded_result(call, result)
        finally:
            await adispatch_findings(_COMPONENT, call.sink, call.config)

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        call = self._open(run_manager)
        guarded = GuardedStream(call)
        try:
            prepared = call.prepare(messages)
            if self.moderation is not None:
                self.moderation._moderate(prepared, call.config)  # noqa: SLF001
            # The parent fires on_llm_new_token on raw text when it gets a run
            # manager: it never gets one; tokens are reported below, guarded.
            raw = super()._stream(prepared, stop=stop, run_manager=None, **kwargs)
            if self.moderation is not None:
                raw = moderated(self.moderation, raw, call.config)
            for chunk in raw:
                for out in guarded.feed(chunk):
                    report(run_manager, out)
                    yield out
            for out in guarded.finish():
                report(run_manager, out)
                yield out
        finally:
            dispatch_findings(_COMPONENT, guarded.findings(), call.config)

    async def _astream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: AsyncCallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> AsyncIterator[ChatGenerationChunk]:
        call = self._open(run_manager)
        guarded = GuardedStream(call)
        try:
            prepared = call.prepare(messages)
            if self.moderation is not None:
                await self.moderation._amoderate(prepared, call.config)  # noqa: SLF001
            raw = super()._astream(prepared, stop=stop, run_manager=None, **kwargs)
            if self.moderation is not None:
                raw = amoderated(self.moderation, raw, call.config)
            async for chunk in raw:
                for out in guarded.feed(chunk):
                    await areport(run_manager, out)
                    yield out
            for out in guarded.finish():
                await areport(run_manager, out)
                yield out
        finally:
            await adispatch_findings(_COMPONENT, guarded.findings(), call.config)
