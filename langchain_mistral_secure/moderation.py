"""MistralModerationGuard: Mistral's moderation API as an LCEL Runnable.

The guard sends text to Mistral's moderation endpoints and blocks or flags it
by per-category score thresholds. It works before the model (on the user input
or the whole prompt, classified as a conversation) and after it (on the answer,
including a streamed answer, moderated as it arrives).

Rules (``InputSanitizer``, ``OutputRedactor``) and moderation complement each
other: rules are local, instant and exact on formats (keys, PII, known
injection phrasing); the moderation model judges meaning (violence, hate,
self-harm, jailbreak attempts in any wording) at the cost of one HTTP call.

Every moderation call dispatches a ``mistral_secure.moderation`` custom event
(model, endpoint, scores, flagged categories, latency; never text), and a
flagged result also dispatches the shared ``mistral_secure.findings`` event.

The guard is split by what each part handles: the API's wire and errors
(``_moderation_api``), the settings, verdicts and calls
(``_moderation_policy``), the held stream (``_moderation_stream``) and, here,
the Runnable surface.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

from langchain_core.callbacks.manager import (
    AsyncCallbackManagerForChainRun,
    CallbackManagerForChainRun,
)
from langchain_core.runnables import RunnableConfig

from langchain_mistral_secure._moderation_api import (
    DEFAULT_MODERATION_MODEL,
    DEFAULT_THRESHOLD,
    MODERATION_EVENT,
    ModerationError,
    ModerationUnavailableError,
)
from langchain_mistral_secure._moderation_policy import _ModerationPolicy
from langchain_mistral_secure._moderation_policy import (
    logger as logger,  # noqa: PLC0414 - kept at its old path
)
from langchain_mistral_secure._moderation_stream import stream_chunk_text
from langchain_mistral_secure._runnable import TransformRunnable, with_doc
from langchain_mistral_secure.keys.auth import MistralKeyAuth, build_http_clients

__all__ = [
    "DEFAULT_MODERATION_MODEL",
    "DEFAULT_THRESHOLD",
    "MODERATION_EVENT",
    "MistralModerationGuard",
    "ModerationError",
    "ModerationUnavailableError",
]


class MistralModerationGuard(_ModerationPolicy):
    r"""Block or flag text with Mistral's moderation API, before or after a model.

    The guard returns its input unchanged when nothing flags. What it sends:

    * A conversation (``list`` of messages, a ``PromptValue``, or a single
      non-AI message) goes to ``POST /v1/chat/moderations``, which classifies
      the last turn in the context of the conversation.
    * Raw text (``str``, an ``AIMessage``, or a ``dict``, restricted to
      ``input_keys`` if given) goes to ``POST /v1/moderations``; a dict's texts
      (strings, messages, ``Document``s, and those inside lists and nested
      dicts) are sent as one batch and scored by their maximum. A value the
      guard cannot read raises ``TypeError`` (naming the key and type).

    A category flags when its score is at least its threshold
    (``thresholds[category]``, else ``default_threshold``). When neither is given
    for a category, the API's own boolean ``categories`` verdict flags too. The
    action ``block`` raises :class:`ModerationError` (categories and scores, no
    text); ``flag`` lets the text pass and reports the categories in events.

    The model defaults to :data:`DEFAULT_MODERATION_MODEL`
    (``mistral-moderation-2603``), pinned on purpose: the
    ``mistral-moderation-latest`` alias still points at the deprecated
    ``mistral-moderation-2411`` model, which does not score ``jailbreaking``.

    **Streaming** (``stream``/``astream``/``transform`` of ``str`` or
    ``AIMessageChunk`` chunks): chunks are held back until the text they carry
    has been moderated. A moderation call is made when the held text contains a
    sentence end (``.``, ``!`` or ``?`` followed by whitespace, or a newline) or
    reaches ``stream_chunk_chars`` characters, and once more at the end of the
    stream; then the held chunks are released whole (never split, so a release
    may run a few characters past the sentence end; those were moderated too).
    In whole-answer mode (``stream_window_chars=None``, the default) a call
    sees the whole answer so far whenever it has doubled since the last such
    call, and once more at the end of the stream (even when nothing is held),
    so a stream ends with the verdict ``invoke`` gives the whole answer; the
    calls in between see the new text and the 2,000 characters before it. With
    ``stream_window_chars`` each call sees the last ``stream_window_chars``
    characters (never less than the new text). A harmful passage is therefore
    blocked before any chunk carrying it is emitted. The trade-off is latency:
    the caller sees nothing of a sentence until one moderation round trip after
    it ends (tens to a few hundred milliseconds per call), and a long answer
    costs one call per sentence or ``stream_chunk_chars`` characters. What is
    sent grows linearly with the answer (whole-answer mode sends each character
    about three times, plus the context of each call). Larger
    ``stream_chunk_chars`` values do not reduce the number of calls for prose
    (sentence ends trigger calls); raise ``stream_min_chars`` to batch short
    sentences, or moderate once after the
    stream (``invoke`` on the full answer) if you only need a verdict.

    **Keys and HTTP** are those of ``secure_chat_mistralai``: ``keys=`` takes a
    ``KeyRotator``, a provider, a key, a list of them, or the chat model's
    ``MistralKeyAuth`` (``llm.client.auth``) to share its rotator; a rejected key
    (401/403) fails over to the next one and 429/502/503/504 are retried with
    capped backoff. If the moderation call still fails, the guard fails closed
    (:class:`ModerationUnavailableError`); ``fail_open=True`` lets the text pass
    and logs a warning with the status and error type only.

    Args:
        model: The moderation model.
        action: ``"block"`` (raise) or ``"flag"`` (pass and report).
        thresholds: Per-category score thresholds, e.g. ``{"jailbreaking": 0.3}``.
        default_threshold: Threshold of the other categories; ``None`` means
            :data:`DEFAULT_THRESHOLD` and also honours the API's booleans.
        categories: Only these categories may flag (``None``: all of them).
        input_keys: For dict inputs, the keys whose strings are moderated.
        fail_open: Let text through when the moderation call fails (logged).
        keys: API keys, as for ``secure_chat_mistralai`` (default
            ``MISTRAL_API_KEY``).
        base_url: API base URL (default ``MISTRAL_BASE_URL`` or Mistral's).
        timeout: Request timeout in seconds.
        max_rate_limit_retries: Retries on 429/502/503/504 per call.
        max_retry_wait: Cap, in seconds, of one wait between retries.
        check_key: Resolve a key at construction so a missing key fails early.
        stream_chunk_chars: Held text size that triggers a call when streaming.
        stream_min_chars: Held text size below which a sentence end does not
            trigger a call (fewer calls for answers with short sentences).
        stream_window_chars: Bound on the text each streaming call sees
            (``None``: the whole answer so far).
        client: Optional pre-built ``httpx.Client`` (with auth and base URL).
        async_client: Optional pre-built ``httpx.AsyncClient``.

    Example:
        >>> from langchain_mistral_secure.testing import FakeMistralServer
        >>> with FakeMistralServer() as server:
        ...     guard = MistralModerationGuard(
        ...         keys="test-key",  # pragma: allowlist secret
        ...         base_url=server.base_url,
        ...         thresholds={"jailbreaking": 0.3},
        ...     )
        ...     guard.invoke("What is the capital of France?")
        'What is the capital of France?'
    """

    def __init__(self, **kwargs: Any) -> None:
        """Validate the fields and build the HTTP clients; see the class docstring.

        Raises:
            MissingAPIKeyError: ``check_key`` is set and no key is available.
        """
        super().__init__(**kwargs)
        # Never keep the raw argument: a plain ``str`` key would show in
        # ``vars(guard)``/``guard.keys``. The auth holds it in a KeyRotator
        # (``SecretStr`` inside) and is what the guard keeps.
        auth = (
            self.keys
            if isinstance(self.keys, MistralKeyAuth)
            else MistralKeyAuth(
                self.keys,
                max_rate_limit_retries=self.max_rate_limit_retries,
                max_retry_wait=self.max_retry_wait,
            )
        )
        self.keys = auth
        if self.client is not None and self.async_client is not None:
            return
        if self.check_key:
            auth.rotator.get()
        client, async_client = build_http_clients(auth, self.base_url, self.timeout)
        if self.client is None:
            self.client = client
        else:
            client.close()
        if self.async_client is None:
            self.async_client = async_client

    def __getstate__(self) -> dict[Any, Any]:
        """Pickle the configuration and key providers, never an HTTP client."""
        state = dict(super().__getstate__())
        fields = dict(state["__dict__"])
        fields.update(client=None, async_client=None)
        state["__dict__"] = fields
        return state

    def __setstate__(self, state: dict[Any, Any]) -> None:
        """Restore and build fresh HTTP clients (keys are resolved on use)."""
        super().__setstate__(state)
        self.client, self.async_client = build_http_clients(
            self.keys, self.base_url, self.timeout
        )

    def _invoke(
        self,
        value: Any,
        run_manager: CallbackManagerForChainRun,  # noqa: ARG002
        config: RunnableConfig,
    ) -> Any:
        self._moderate(value, config)
        return value

    invoke = with_doc(
        TransformRunnable.invoke,
        """Moderate ``input`` and return it unchanged.

        Args:
            input: A str, message(s), PromptValue or dict of strings.
            config: The runnable config.
            **kwargs: Ignored.

        Returns:
            The input, unchanged.

        Raises:
            ModerationError: A category flagged and the action is ``block``.
            ModerationUnavailableError: The call failed and ``fail_open`` is off.

        Example:
            >>> from langchain_mistral_secure.testing import FakeMistralServer
            >>> with FakeMistralServer(moderation_scores={"sexual": 0.9}) as s:
            ...     guard = MistralModerationGuard(keys="k", base_url=s.base_url)
            ...     guard.invoke("text")
            Traceback (most recent call last):
            ...
            langchain_mistral_secure.moderation.ModerationError: ...
        """,
    )

    def _transform(
        self,
        chunks: Iterator[Any],
        run_manager: CallbackManagerForChainRun,  # noqa: ARG002
        config: RunnableConfig,
    ) -> Iterator[Any]:
        state = self._new_stream()
        for chunk in chunks:
            text = stream_chunk_text(chunk)
            if text is None:
                if state.held:
                    self._moderate_stream(state, config)
                    yield from state.release()
                self._moderate(chunk, config)
                yield chunk
                continue
            state.add(chunk, text)
            if state.ready(self.stream_chunk_chars, self.stream_min_chars):
                self._moderate_stream(state, config)
                yield from state.release()
        if state.held or state.needs_final_call:
            self._moderate_stream(state, config, final=True)
            yield from state.release()

    transform = with_doc(
        TransformRunnable.transform,
        """Moderate a stream, releasing chunks only after their text is moderated.

        Args:
            input: Chunks (``str`` or ``AIMessageChunk``; other values are
                moderated whole, like ``invoke``).
            config: The runnable config.
            **kwargs: Ignored.

        Yields:
            The input chunks, unchanged, once moderated.

        Example:
            >>> from langchain_mistral_secure.testing import FakeMistralServer
            >>> with FakeMistralServer() as s:
            ...     guard = MistralModerationGuard(keys="k", base_url=s.base_url)
            ...     "".join(guard.transform(iter(["Hi. ", "Bye."])))
            'Hi. Bye.'
        """,
    )

    stream = with_doc(
        TransformRunnable.stream,
        """Moderate ``input`` as a one-chunk stream (see :meth:`transform`).

        Example:
            >>> from langchain_mistral_secure.testing import FakeMistralServer
            >>> with FakeMistralServer() as s:
            ...     guard = MistralModerationGuard(keys="k", base_url=s.base_url)
            ...     list(guard.stream("Hi."))
            ['Hi.']
        """,
    )

    async def _ainvoke(
        self,
        value: Any,
        run_manager: AsyncCallbackManagerForChainRun,  # noqa: ARG002
        config: RunnableConfig,
    ) -> Any:
        await self._amoderate(value, config)
        return value

    ainvoke = with_doc(
        TransformRunnable.ainvoke,
        """Async twin of :meth:`invoke`.

        Example:
            >>> import asyncio
            >>> from langchain_mistral_secure.testing import FakeMistralServer
            >>> with FakeMistralServer() as s:
            ...     guard = MistralModerationGuard(keys="k", base_url=s.base_url)
            ...     asyncio.run(guard.ainvoke("Hello"))
            'Hello'
        """,
    )

    async def _atransform(
        self,
        chunks: AsyncIterator[Any],
        run_manager: AsyncCallbackManagerForChainRun,  # noqa: ARG002
        config: RunnableConfig,
    ) -> AsyncIterator[Any]:
        state = self._new_stream()
        async for chunk in chunks:
            text = stream_chunk_text(chunk)
            if text is None:
                if state.held:
                    await self._amoderate_stream(state, config)
                    for held in state.release():
                        yield held
                await self._amoderate(chunk, config)
                yield chunk
                continue
            state.add(chunk, text)
            if state.ready(self.stream_chunk_chars, self.stream_min_chars):
                await self._amoderate_stream(state, config)
                for held in state.release():
                    yield held
        if state.held or state.needs_final_call:
            await self._amoderate_stream(state, config, final=True)
            for held in state.release():
                yield held

    atransform = with_doc(
        TransformRunnable.atransform,
        """Async twin of :meth:`transform`.

        Example:
            >>> import asyncio
            >>> from langchain_mistral_secure.testing import FakeMistralServer
            >>> async def chunks():
            ...     yield "Hi. "
            >>> async def main(guard):
            ...     return [c async for c in guard.atransform(chunks())]
            >>> with FakeMistralServer() as s:
            ...     guard = MistralModerationGuard(keys="k", base_url=s.base_url)
            ...     asyncio.run(main(guard))
            ['Hi. ']
        """,
    )

    astream = with_doc(
        TransformRunnable.astream,
        """Async twin of :meth:`stream`.

        Example:
            >>> import asyncio
            >>> from langchain_mistral_secure.testing import FakeMistralServer
            >>> async def main(guard):
            ...     return [c async for c in guard.astream("Hi.")]
            >>> with FakeMistralServer() as s:
            ...     guard = MistralModerationGuard(keys="k", base_url=s.base_url)
            ...     asyncio.run(main(guard))
            ['Hi.']
        """,
    )

    # ------------------------------------------------------------------ lifecycle

    def close(self) -> None:
        """Close the sync HTTP client.

        Example:
            >>> guard = MistralModerationGuard(keys="k", base_url="http://127.0.0.1:9/v1")
            >>> guard.close()
        """
        if self.client is not None:
            self.client.close()

    async def aclose(self) -> None:
        """Close the async HTTP client.

        Example:
            >>> import asyncio
            >>> guard = MistralModerationGuard(keys="k", base_url="http://127.0.0.1:9/v1")
            >>> asyncio.run(guard.aclose())
        """
        if self.async_client is not None:
            await self.async_client.aclose()
