"""SecureChatMistralAI: the perimeter inside the chat model itself.

LCEL pipes (``InputSanitizer() | prompt | llm | OutputRedactor()``) guard what
the pipe returns, but LangChain also looks at the model from inside: callbacks,
``astream_events``, ``astream_log``, LangGraph streams, tracers, agents. Those see
what the *model* yields, so this model applies the guards inside generation:

* before the HTTP call, the input messages are sanitized
  (:class:`~langchain_mistral_secure.sanitizer.InputSanitizer`), masked
  (:class:`~langchain_mistral_secure.privacy.PIIMasker`) and moderated;
* the server's answer is moderated, its placeholders restored, tool-call
  arguments masked, and everything redacted
  (:class:`~langchain_mistral_secure.redactor.OutputRedactor`) *before* a chunk
  is yielded or a callback fires, so every surface carries the same guarded
  text, and the joined stream equals the invoked answer for every chunking.

It stays a real ``ChatMistralAI``: ``bind_tools``, ``with_structured_output``,
``with_retry``, ``with_fallbacks``, ``configurable_fields`` and
``langchain.agents.create_agent`` take it as they take the parent.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Union, cast
from uuid import UUID

from langchain_core.callbacks import (
    AsyncCallbackManager,
    AsyncCallbackManagerForLLMRun,
    CallbackManager,
    CallbackManagerForLLMRun,
)
from langchain_core.language_models import LanguageModelInput
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from langchain_core.runnables import RunnableConfig
from langchain_mistralai import ChatMistralAI
from pydantic import ConfigDict, Field

from langchain_mistral_secure._events import adispatch_findings, dispatch_findings
from langchain_mistral_secure._guard_call import (
    SESSION_KEY,
    GuardedCall,
    GuardedStream,
    map_json_strings,
)
from langchain_mistral_secure.keys.auth import MistralKeyAuth, build_http_clients
from langchain_mistral_secure.moderation import MistralModerationGuard
from langchain_mistral_secure.privacy import PIIMasker
from langchain_mistral_secure.redactor import OutputRedactor
from langchain_mistral_secure.sanitizer import InputSanitizer

__all__ = ["SESSION_KEY", "GuardPolicy", "Guards", "SecureChatMistralAI"]

_COMPONENT = "guarded_model"
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


class SecureChatMistralAI(ChatMistralAI):
    r"""A ``ChatMistralAI`` whose answers are guarded before anyone sees them.

    Guards run inside ``_generate``/``_stream`` and their async twins, so
    ``invoke``, ``stream``, ``batch``, ``astream_events`` (v2), ``astream_log``,
    LangGraph message streams, callbacks (``on_llm_new_token``,
    ``on_llm_end``) and tracers all carry the guarded text. With no guard
    arguments it sanitizes inputs and redacts outputs (:meth:`GuardPolicy.default`).

    **Masking and tools.** With a ``masker``, the server only ever sees
    placeholders (``<EMAIL_1>``). The answer's text gets the originals back
    (then the redactor runs on them); tool-call arguments keep the
    placeholders, so neither the caller nor a trace sees the value, and a tool
    gets the user's real value through :meth:`restore_tool_calls` (the agent
    middleware does this for ``create_agent``). Without a masker, tool-call
    arguments are redacted like the text (tools then get ``[EMAIL]``).

    **Sessions.** Placeholders are numbered per session: ``session_id`` from
    the run's metadata or ``configurable``, else LangGraph's ``thread_id``,
    else the session named by the last answer of the conversation
    (``response_metadata["mistral_secure_session"]``), else a new one per call.

    Findings are reported as the ``mistral_secure.findings`` custom event
    (component ``guarded_model``, counts only).

    Args:
        sanitizer: An :class:`InputSanitizer`, or ``None``.
        masker: A :class:`PIIMasker`, or ``None`` (default).
        redactor: An :class:`OutputRedactor`, or ``None``.
        moderation: A :class:`MistralModerationGuard`, or ``None`` (default).
        guards: Instead of the four above: a :class:`GuardPolicy`,
            ``"default"`` or a list of guards (missing slots are off).
        **kwargs: ``ChatMistralAI`` arguments (``model``, ``base_url``, ...).

    Example:
        >>> from langchain_mistral_secure.testing import FakeMistralServer
        >>> with FakeMistralServer(reply="Write to jane.doe@example.com") as s:
        ...     llm = SecureChatMistralAI(base_url=s.base_url, api_key="test-key")
        ...     llm.invoke("Who?").content, "".join(c.text for c in llm.stream("Who?"))
        ('Write to [EMAIL]', 'Write to [EMAIL]')
    """

    model_config = ConfigDict(
        populate_by_name=True,
        arbitrary_types_allowed=True,
        hide_input_in_errors=True,
    )

    sanitizer: InputSanitizer | None = Field(default_factory=InputSanitizer)
    masker: PIIMasker | None = None
    redactor: OutputRedactor | None = Field(default_factory=OutputRedactor)
    moderation: MistralModerationGuard | None = None

    def __init__(self, **kwargs: Any) -> None:
        """Expand ``guards=`` into the guard fields; see the class docstring.

        Raises:
            TypeError: ``guards=`` is given together with a guard field.
        """
        guards = kwargs.pop("guards", None)
        if guards is not None:
            fields = GuardPolicy.from_guards(guards).as_fields()
            clash = sorted(name for name in fields if name in kwargs)
            if clash:
                msg = f"pass guards= or {', '.join(clash)}=, not both"
                raise TypeError(msg)
            kwargs.update(fields)
        super().__init__(**kwargs)

    @classmethod
    def is_lc_serializable(cls) -> bool:
        """No: a loaded copy would come back without its guards (fail closed)."""
        return False

    def __getstate__(self) -> dict[Any, Any]:
        """Pickle the guards and the key providers, never an HTTP client or key.

        Only a model built by ``secure_chat_mistralai`` pickles: its clients
        are rebuilt from the key providers in the new process.

        Raises:
            TypeError: The clients do not use ``MistralKeyAuth``.
        """
        auth = getattr(self.client, "auth", None)
        if not isinstance(auth, MistralKeyAuth):
            msg = (
                "only a model built by secure_chat_mistralai(...) pickles: its "
                "HTTP clients are rebuilt from its key providers"
            )
            raise TypeError(msg)
        state = dict(super().__getstate__())
        fields = dict(state["__dict__"])
        fields.update(client=None, async_client=None)
        state["__dict__"] = fields
        state["mistral_secure_http"] = (auth, str(self.client.base_url))
        return state

    def __setstate__(self, state: dict[Any, Any]) -> None:
        """Restore and build fresh HTTP clients on the same key providers."""
        auth, base_url = state.pop("mistral_secure_http")
        super().__setstate__(state)
        self.client, self.async_client = build_http_clients(
            auth,
            base_url,
            self.timeout,
            max_connections=self.max_concurrent_requests,
        )

    @property
    def policy(self) -> GuardPolicy:
        """The guards, bundled."""
        return GuardPolicy(
            sanitizer=self.sanitizer,
            masker=self.masker,
            redactor=self.redactor,
            moderation=self.moderation,
        )

    # ----------------------------------------------------------- entry points
    # Only to carry ``configurable.session_id``/``thread_id`` into the run's
    # metadata, where ``_generate``/``_stream`` can read them.

    def invoke(
        self,
        input: LanguageModelInput,  # noqa: A002
        config: RunnableConfig | None = None,
        *,
        stop: list[str] | None = None,
        **kwargs: Any,
    ) -> AIMessage:
        """Guarded ``invoke``; see the class docstring."""
        return super().invoke(input, _session_config(config), stop=stop, **kwargs)

    async def ainvoke(
        self,
        input: LanguageModelInput,  # noqa: A002
        config: RunnableConfig | None = None,
        *,
        stop: list[str] | None = None,
        **kwargs: Any,
    ) -> AIMessage:
        """Guarded ``ainvoke``; see the class docstring."""
        return await super().ainvoke(
            input, _session_config(config), stop=stop, **kwargs
        )

    def stream(
        self,
        input: LanguageModelInput,  # noqa: A002
        config: RunnableConfig | None = None,
        *,
        stop: list[str] | None = None,
        **kwargs: Any,
    ) -> Iterator[AIMessageChunk]:
        """Guarded ``stream``: every chunk is already redacted."""
        yield from super().stream(input, _session_config(config), stop=stop, **kwargs)

    async def astream(
        self,
        input: LanguageModelInput,  # noqa: A002
        config: RunnableConfig | None = None,
        *,
        stop: list[str] | None = None,
        **kwargs: Any,
    ) -> AsyncIterator[AIMessageChunk]:
        """Guarded ``astream``: every chunk is already redacted."""
        async for chunk in super().astream(
            input, _session_config(config), stop=stop, **kwargs
        ):
            yield chunk

    # ------------------------------------------------------------------ calls

    def _open(
        self,
        run_manager: CallbackManagerForLLMRun | AsyncCallbackManagerForLLMRun | None,
    ) -> GuardedCall:
        config: RunnableConfig | None = (
            {"callbacks": _child_manager(run_manager)} if run_manager else None
        )
        return GuardedCall(
            sanitizer=self.sanitizer,
            masker=self.masker,
            redactor=self.redactor,
            moderation=self.moderation,
            config=config,
        )

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
            prepared = call.prepare(messages, run_manager)
            if self.moderation is not None:
                self.moderation._moderate(prepared, call.config)  # noqa: SLF001
            result = super()._generate(
                prepared, stop=stop, run_manager=run_manager, stream=stream, **kwargs
            )
            if self.moderation is not None:
                for generation in result.generations:
                    self.moderation._moderate(generation.message, call.config)  # noqa: SLF001
            return _guarded_result(call, result)
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
            prepared = call.prepare(messages, run_manager)
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
            return _guarded_result(call, result)
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
        try:
            prepared = call.prepare(messages, run_manager)
            if self.moderation is not None:
                self.moderation._moderate(prepared, call.config)  # noqa: SLF001
            # The parent fires on_llm_new_token on raw text when it gets a run
            # manager: it never gets one; tokens are reported below, guarded.
            raw = super()._stream(prepared, stop=stop, run_manager=None, **kwargs)
            if self.moderation is not None:
                raw = _moderated(self.moderation, raw, call.config)
            guarded = GuardedStream(call)
            for chunk in raw:
                for out in guarded.feed(chunk):
                    _report(run_manager, out)
                    yield out
            for out in guarded.finish():
                _report(run_manager, out)
                yield out
        finally:
            dispatch_findings(_COMPONENT, call.sink, call.config)

    async def _astream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: AsyncCallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> AsyncIterator[ChatGenerationChunk]:
        call = self._open(run_manager)
        try:
            prepared = call.prepare(messages, run_manager)
            if self.moderation is not None:
                await self.moderation._amoderate(prepared, call.config)  # noqa: SLF001
            raw = super()._astream(prepared, stop=stop, run_manager=None, **kwargs)
            if self.moderation is not None:
                raw = _amoderated(self.moderation, raw, call.config)
            guarded = GuardedStream(call)
            async for chunk in raw:
                for out in guarded.feed(chunk):
                    await _areport(run_manager, out)
                    yield out
            for out in guarded.finish():
                await _areport(run_manager, out)
                yield out
        finally:
            await adispatch_findings(_COMPONENT, call.sink, call.config)

    # ------------------------------------------------------------------ tools

    def restore_tool_calls(
        self, message: AIMessage, session_id: str | None = None
    ) -> AIMessage:
        """The message with its tool-call arguments restored to real values.

        Call this right before executing the tools of an answer (never show
        the result to a user or a log): the arguments carry the masker's
        placeholders, and the tool should get what the user typed.

        Args:
            message: An answer of this model.
            session_id: The session, when one was passed in the config; by
                default the call-scoped session the answer names.

        Returns:
            A copy whose ``tool_calls`` hold the original values (unchanged
            when there is no masker or no known session).

        Example:
            >>> llm = SecureChatMistralAI(api_key="k", masker=PIIMasker())
            >>> call = {"name": "send", "args": {"to": "<EMAIL_1>"}, "id": "c1"}
            >>> llm.restore_tool_calls(AIMessage("", tool_calls=[call])).tool_calls[0]["args"]
            {'to': '<EMAIL_1>'}
        """  # noqa: E501
        masker = self.masker
        if masker is None or not message.tool_calls:
            return message
        session: str | UUID | None = session_id
        marker = message.response_metadata.get(SESSION_KEY)
        if session is None and isinstance(marker, str):
            try:
                session = UUID(marker)
            except ValueError:
                session = None
        if session is None:
            return message
        key = session

        def restore(text: str) -> str:
            return masker.restore_text(text, key)

        calls = [
            {**call, "args": map_json_strings(call["args"], restore)}
            for call in message.tool_calls
        ]
        return message.model_copy(update={"tool_calls": calls})


def _session_config(config: RunnableConfig | None) -> RunnableConfig | None:
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


def _child_manager(
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


def _guarded_result(call: GuardedCall, result: ChatResult) -> ChatResult:
    generations = [
        ChatGeneration(
            message=call.answer(generation.message),
            generation_info=generation.generation_info,
        )
        for generation in result.generations
    ]
    return ChatResult(generations=generations, llm_output=result.llm_output)


def _report(
    run_manager: CallbackManagerForLLMRun | None, chunk: ChatGenerationChunk
) -> None:
    if run_manager is not None:
        run_manager.on_llm_new_token(cast("str", chunk.message.content), chunk=chunk)


async def _areport(
    run_manager: AsyncCallbackManagerForLLMRun | None, chunk: ChatGenerationChunk
) -> None:
    if run_manager is not None:
        await run_manager.on_llm_new_token(
            cast("str", chunk.message.content), chunk=chunk
        )


def _moderated(
    guard: MistralModerationGuard,
    chunks: Iterator[ChatGenerationChunk],
    config: RunnableConfig | None,
) -> Iterator[ChatGenerationChunk]:
    """Chunks released only once the moderation API has seen their text."""
    infos: dict[int, dict[str, Any] | None] = {}

    def messages() -> Iterator[Any]:
        for chunk in chunks:
            infos[id(chunk.message)] = chunk.generation_info
            yield chunk.message

    for message in guard._transform(messages(), None, config or {}):  # type: ignore[arg-type]  # noqa: SLF001
        yield ChatGenerationChunk(
            message=message, generation_info=infos.pop(id(message), None)
        )


async def _amoderated(
    guard: MistralModerationGuard,
    chunks: AsyncIterator[ChatGenerationChunk],
    config: RunnableConfig | None,
) -> AsyncIterator[ChatGenerationChunk]:
    """Async twin of :func:`_moderated`."""
    infos: dict[int, dict[str, Any] | None] = {}

    async def messages() -> AsyncIterator[Any]:
        async for chunk in chunks:
            infos[id(chunk.message)] = chunk.generation_info
            yield chunk.message

    async for message in guard._atransform(messages(), None, config or {}):  # type: ignore[arg-type]  # noqa: SLF001
        yield ChatGenerationChunk(
            message=message, generation_info=infos.pop(id(message), None)
        )
