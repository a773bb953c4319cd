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

from collections.abc import AsyncIterator, Iterator
from typing import Any
from uuid import UUID

from langchain_core.language_models import LanguageModelInput
from langchain_core.messages import AIMessage, AIMessageChunk
from langchain_core.runnables import RunnableConfig
from pydantic import ConfigDict, Field

from langchain_mistral_secure._guard_call import (
    SESSION_KEY,
    map_json_strings,
    session_config,
)
from langchain_mistral_secure._guard_generation import (
    _CALL_STATE,
    _CallState,
    _GuardedGeneration,
)
from langchain_mistral_secure._guard_policy import GuardPolicy, Guards
from langchain_mistral_secure.keys.auth import MistralKeyAuth, build_http_clients
from langchain_mistral_secure.moderation import MistralModerationGuard
from langchain_mistral_secure.privacy import PIIMasker
from langchain_mistral_secure.redactor import OutputRedactor
from langchain_mistral_secure.sanitizer import InputSanitizer

__all__ = ["SESSION_KEY", "GuardPolicy", "Guards", "SecureChatMistralAI"]


class SecureChatMistralAI(_GuardedGeneration):
    r"""A ``ChatMistralAI`` whose answers are guarded before anyone sees them.

    Guards run inside ``_generate``/``_stream`` and their async twins, so
    ``invoke``, ``stream``, ``batch``, ``astream_events`` (v2), ``astream_log``,
    LangGraph message streams, callbacks (``on_llm_new_token``,
    ``on_llm_end``) and tracers all carry the guarded text. The input is
    sanitized and masked as it is converted, before ``on_chat_model_start``
    reports it. With no guard arguments it sanitizes inputs and redacts
    outputs (:meth:`GuardPolicy.default`).

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
            ``"default"``, ``"strict"`` (:meth:`GuardPolicy.strict`; its
            moderation calls use this model's keys and base URL) or a list of
            guards (missing slots are off).
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
            fields = GuardPolicy.from_guards(
                guards, keys=_model_keys(kwargs), base_url=_model_base_url(kwargs)
            ).as_fields()
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
    # LangChain's ``stream`` (and ``invoke`` under an event stream) call
    # ``_stream`` without the run manager: the entry points leave the call's
    # config where ``_stream`` finds it (the session id, and the callbacks that
    # the findings and moderation events are dispatched to).

    def invoke(
        self,
        input: LanguageModelInput,  # noqa: A002
        config: RunnableConfig | None = None,
        *,
        stop: list[str] | None = None,
        **kwargs: Any,
    ) -> AIMessage:
        """Guarded ``invoke``; see the class docstring."""
        config = session_config(config)
        token = _CALL_STATE.set(_CallState(config))
        try:
            return super().invoke(input, config, stop=stop, **kwargs)
        finally:
            _CALL_STATE.reset(token)

    async def ainvoke(
        self,
        input: LanguageModelInput,  # noqa: A002
        config: RunnableConfig | None = None,
        *,
        stop: list[str] | None = None,
        **kwargs: Any,
    ) -> AIMessage:
        """Guarded ``ainvoke``; see the class docstring."""
        config = session_config(config)
        token = _CALL_STATE.set(_CallState(config))
        try:
            return await super().ainvoke(input, config, stop=stop, **kwargs)
        finally:
            _CALL_STATE.reset(token)

    def stream(
        self,
        input: LanguageModelInput,  # noqa: A002
        config: RunnableConfig | None = None,
        *,
        stop: list[str] | None = None,
        **kwargs: Any,
    ) -> Iterator[AIMessageChunk]:
        """Guarded ``stream``: every chunk is already redacted."""
        config = session_config(config)
        inner = super().stream(input, config, stop=stop, **kwargs)
        # The state is read while the first chunk is produced (_convert_input,
        # then _open); it is reset in that same step, so a stream left
        # unfinished never leaves its session behind for a later call.
        token = _CALL_STATE.set(_CallState(config))
        try:
            first = next(inner, None)
        finally:
            _CALL_STATE.reset(token)
        if first is None:
            return
        yield first
        yield from inner

    async def astream(
        self,
        input: LanguageModelInput,  # noqa: A002
        config: RunnableConfig | None = None,
        *,
        stop: list[str] | None = None,
        **kwargs: Any,
    ) -> AsyncIterator[AIMessageChunk]:
        """Guarded ``astream``: every chunk is already redacted."""
        config = session_config(config)
        inner = super().astream(input, config, stop=stop, **kwargs)
        token = _CALL_STATE.set(_CallState(config))  # reset in the same step
        try:
            first = await anext(inner, None)
        finally:
            _CALL_STATE.reset(token)
        if first is None:
            return
        yield first
        async for chunk in inner:
            yield chunk

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


def _model_keys(kwargs: dict[str, Any]) -> Any:
    """The keys a ``"strict"`` preset's moderation shares with the model.

    The factory's clients carry a ``MistralKeyAuth`` (its rotator is shared);
    else the model's own ``api_key``; else ``None`` (``MISTRAL_API_KEY``).
    """
    auth = getattr(kwargs.get("client"), "auth", None)
    if isinstance(auth, MistralKeyAuth):
        return auth
    return kwargs.get("api_key", kwargs.get("mistral_api_key"))


def _model_base_url(kwargs: dict[str, Any]) -> str | None:
    """The model's base URL, for a ``"strict"`` preset's moderation calls."""
    url = kwargs.get("base_url", kwargs.get("endpoint"))
    return None if url is None else str(url).rstrip("/")
