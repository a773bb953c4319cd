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
"""

from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx
import re2
from langchain_core.callbacks.manager import (
    AsyncCallbackManagerForChainRun,
    CallbackManagerForChainRun,
    adispatch_custom_event,
    dispatch_custom_event,
)
from langchain_core.documents import Document
from langchain_core.messages import (
    AIMessage,
    AIMessageChunk,
    BaseMessage,
    convert_to_messages,
)
from langchain_core.prompt_values import PromptValue
from langchain_core.runnables import RunnableConfig
from pydantic import ConfigDict, Field, model_validator
from typing_extensions import Self

from langchain_mistral_secure._events import adispatch_findings, dispatch_findings
from langchain_mistral_secure._message_texts import (
    message_texts,
    stream_text,
)
from langchain_mistral_secure._runnable import TransformRunnable, with_doc
from langchain_mistral_secure.detection.engine import Finding
from langchain_mistral_secure.keys.auth import MistralKeyAuth, build_http_clients
from langchain_mistral_secure.keys.errors import APIKeyError, MissingAPIKeyError

__all__ = [
    "DEFAULT_MODERATION_MODEL",
    "DEFAULT_THRESHOLD",
    "MODERATION_EVENT",
    "MistralModerationGuard",
    "ModerationError",
    "ModerationUnavailableError",
]

logger = logging.getLogger("langchain_mistral_secure.moderation")

DEFAULT_MODERATION_MODEL = "mistral-moderation-2603"
"""The pinned moderation model (it also scores ``jailbreaking``).

``mistral-moderation-latest`` still points at the deprecated
``mistral-moderation-2411``, which has no jailbreak category, so the guard pins
the dated model instead of the alias.
"""

DEFAULT_THRESHOLD = 0.5
"""Score at or above which a category flags when no threshold is configured."""

MODERATION_EVENT = "mistral_secure.moderation"
"""Name of the custom event dispatched for every moderation call."""

_COMPONENT = "moderation_guard"
_TEXT_PATH = "moderations"
_CHAT_PATH = "chat/moderations"
_ROLES = {"human": "user", "ai": "assistant", "system": "system", "tool": "tool"}
# A sentence ends at ". ", "! ", "? " (any whitespace) or at a newline.
_BOUNDARY = re2.compile(r"[.!?]\s|\n")


class ModerationError(ValueError):
    """The moderation model flagged the text and the guard's action is ``block``.

    The message names the categories, scores and thresholds, never the text.

    Attributes:
        categories: The flagged categories and their scores.
        scores: Every category score the API returned.
        model: The moderation model that answered.

    Example:
        >>> err = ModerationError({"violence_and_threats": 0.91}, model="m")
        >>> err.categories
        {'violence_and_threats': 0.91}
        >>> "violence_and_threats=0.91" in str(err)
        True
    """

    def __init__(
        self,
        categories: Mapping[str, float],
        *,
        scores: Mapping[str, float] | None = None,
        model: str = DEFAULT_MODERATION_MODEL,
    ) -> None:
        """Build the error from category names and scores only.

        Args:
            categories: The flagged categories and their scores.
            scores: Every category score (default: the flagged ones).
            model: The moderation model that answered.
        """
        self.categories = dict(categories)
        self.scores = dict(scores if scores is not None else categories)
        self.model = model
        named = ", ".join(f"{c}={s:.2f}" for c, s in sorted(self.categories.items()))
        super().__init__(f"Moderation ({model}) blocked the text: {named}")


class ModerationUnavailableError(RuntimeError):
    """The moderation call failed, so the guard failed closed.

    The message names the HTTP status or error type, never the text or a key.
    Pass ``fail_open=True`` to the guard to let text through instead.

    Attributes:
        status: The HTTP status of the failed call, if there was one.
        error_type: The exception type or failure kind, e.g. ``"ConnectError"``.

    Example:
        >>> err = ModerationUnavailableError(status=503, error_type="HTTPStatusError")
        >>> err.status
        503
    """

    def __init__(self, *, status: int | None, error_type: str) -> None:
        """Build the error from the status and error type only.

        Args:
            status: The HTTP status, or ``None`` for a transport error.
            error_type: The exception type name or failure kind.
        """
        self.status = status
        self.error_type = error_type
        where = f"HTTP {status}" if status is not None else error_type
        super().__init__(
            f"Moderation is unavailable ({where}); the guard fails closed. "
            "Pass fail_open=True to let text through unmoderated when the "
            "moderation API fails."
        )


@dataclass(frozen=True)
class _Request:
    path: str
    payload: dict[str, Any]
    chars: int
    count: int = 1
    """How many results the API must return (one per text, one per chat)."""


@dataclass(frozen=True)
class _Verdict:
    scores: dict[str, float]
    flagged: dict[str, float]


@dataclass
class _StreamState:
    """Chunks held back until the text they carry has been moderated."""

    held: list[Any] = field(default_factory=list)
    pending: str = ""
    moderated: str = ""

    def add(self, chunk: Any, text: str) -> None:
        self.held.append(chunk)
        self.pending += text

    def release(self) -> list[Any]:
        out, self.held = self.held, []
        self.moderated += self.pending
        self.pending = ""
        return out


def _all_text(message: BaseMessage) -> str:
    # Thinking blocks and tool-call arguments are moderated with the content.
    return "\n".join(message_texts(message))


_MAX_DEPTH = 32


def _leaf_text(item: Any) -> str | None:
    """The text of a string, message or ``Document``; ``None`` for others."""
    if isinstance(item, str):
        return item
    if isinstance(item, BaseMessage):
        return _all_text(item)
    if isinstance(item, Document):
        return item.page_content
    return None


def _collect_texts(item: Any, key: str, texts: list[str], depth: int = 0) -> None:
    """Append every text inside ``item`` (a dict input's value under ``key``).

    Raises:
        TypeError: ``item`` holds a shape that cannot be read, or nests deeper
            than ``_MAX_DEPTH``; the message names the key and type only.
    """
    if depth > _MAX_DEPTH:
        msg = f"MistralModerationGuard: input key {key!r} nests too deep"
        raise TypeError(msg)
    if isinstance(item, (Mapping, list, tuple)):
        for sub in item.values() if isinstance(item, Mapping) else item:
            _collect_texts(sub, key, texts, depth + 1)
    elif isinstance(item, PromptValue):
        texts.extend(_all_text(m) for m in item.to_messages())
    elif (leaf := _leaf_text(item)) is not None:
        texts.append(leaf)
    elif item is not None and not isinstance(item, (bool, int, float)):
        msg = (
            f"MistralModerationGuard: input key {key!r} holds "
            f"{type(item).__name__}, which the guard cannot read"
        )
        raise TypeError(msg)


def _chat_message(message: BaseMessage) -> dict[str, Any] | None:
    text = _all_text(message)
    if not text:
        return None
    out: dict[str, Any] = {"role": _ROLES.get(message.type, "user"), "content": text}
    tool_call_id = getattr(message, "tool_call_id", None)
    if out["role"] == "tool" and tool_call_id:
        out["tool_call_id"] = tool_call_id
    return out


def _error_status(exc: BaseException) -> int | None:
    if isinstance(exc, httpx.HTTPStatusError):
        return exc.response.status_code
    return None


class MistralModerationGuard(TransformRunnable):
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
    Each call sees the whole answer so far (``stream_window_chars=None``, the
    default) or only its last ``stream_window_chars`` characters (never less
    than the new text). A harmful passage is therefore blocked before any chunk
    carrying it is emitted. The trade-off is latency: the caller sees nothing
    of a sentence until one moderation round trip after the sentence ends
    (typically tens to
    a few hundred milliseconds per call), and a long answer costs one call per
    sentence or ``stream_chunk_chars`` characters; the whole-answer mode sends
    a total quadratic in the answer length, a window keeps it linear but loses
    context older than the window. Larger ``stream_chunk_chars`` values do not
    reduce the number of calls for prose (sentence ends trigger calls); raise
    ``stream_min_chars`` to batch short sentences, or moderate once after the
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

    model_config = ConfigDict(arbitrary_types_allowed=True)

    model: str = DEFAULT_MODERATION_MODEL
    action: Literal["block", "flag"] = "block"
    thresholds: dict[str, float] = Field(default_factory=dict)
    default_threshold: float | None = None
    categories: list[str] | None = None
    input_keys: list[str] | None = None
    fail_open: bool = False
    keys: Any = Field(default=None, exclude=True, repr=False)
    base_url: str | None = None
    timeout: float = 30.0
    max_rate_limit_retries: int = 3
    max_retry_wait: float = 30.0
    check_key: bool = True
    stream_chunk_chars: int = Field(default=500, ge=1)
    stream_min_chars: int = Field(default=0, ge=0)
    stream_window_chars: int | None = Field(default=None, ge=1)
    client: httpx.Client | None = Field(default=None, exclude=True, repr=False)
    async_client: httpx.AsyncClient | None = Field(
        default=None, exclude=True, repr=False
    )

    @model_validator(mode="after")
    def _check_thresholds(self) -> Self:
        named = {**self.thresholds, "default_threshold": self.default_threshold}
        for name, value in named.items():
            if value is not None and not 0.0 <= value <= 1.0:
                msg = f"threshold {name!r} must be between 0 and 1"
                raise ValueError(msg)
        return self

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

    # ------------------------------------------------------------------ policy

    def _threshold(self, category: str) -> tuple[float, bool]:
        """Return the category's threshold and whether the API's boolean counts."""
        if category in self.thresholds:
            return self.thresholds[category], False
        if self.default_threshold is not None:
            return self.default_threshold, False
        return DEFAULT_THRESHOLD, True

    def _verdict(self, body: Any, expected: int = 1) -> _Verdict:
        """Read the API's answer; fail closed on anything short or malformed.

        Every input must have its own result (``expected`` of them), and every
        result at least one numeric category score: a missing or empty score
        map, or fewer results than inputs, would let unscored text pass.
        """
        results = body.get("results") if isinstance(body, Mapping) else None
        if not isinstance(results, list) or len(results) != max(expected, 1):
            raise ModerationUnavailableError(status=None, error_type="InvalidResponse")
        scores: dict[str, float] = {}
        api_flags: set[str] = set()
        for result in results:
            raw_scores = (
                result.get("category_scores") if isinstance(result, Mapping) else None
            )
            numeric = (
                {
                    str(name): float(score)
                    for name, score in raw_scores.items()
                    if isinstance(score, (int, float)) and not isinstance(score, bool)
                }
                if isinstance(raw_scores, Mapping)
                else {}
            )
            if not numeric:
                raise ModerationUnavailableError(
                    status=None, error_type="InvalidResponse"
                )
            for name, score in numeric.items():
                scores[name] = max(scores.get(name, 0.0), score)
            booleans = result.get("categories")
            if isinstance(booleans, Mapping):
                api_flags.update(str(n) for n, v in booleans.items() if v is True)
        allowed = None if self.categories is None else set(self.categories)
        flagged: dict[str, float] = {}
        for name in sorted(set(scores) | api_flags):
            if allowed is not None and name not in allowed:
                continue
            threshold, honour_api = self._threshold(name)
            score = scores.get(name, 0.0)
            if score >= threshold or (honour_api and name in api_flags):
                flagged[name] = score
        return _Verdict(scores=scores, flagged=flagged)

    # ------------------------------------------------------------------ inputs

    def _texts_of_dict(self, value: Mapping[str, Any]) -> list[str]:
        """Every text of a dict input (``input_keys`` select top-level keys).

        Strings, messages, ``Document``s, ``PromptValue``s, lists, tuples and
        nested mappings are read; numbers, booleans and ``None`` carry no text.
        Any other shape raises ``TypeError`` naming the key and the type (never
        the text), so nothing passes unmoderated.
        """
        texts: list[str] = []
        if self.input_keys is None:
            for key, item in value.items():
                _collect_texts(item, str(key), texts)
            return texts
        for key in self.input_keys:
            if key not in value:
                msg = f"MistralModerationGuard: input has no key {key!r}"
                raise KeyError(msg)
            item = value[key]
            if item is None or isinstance(item, (bool, int, float)):
                msg = (
                    f"MistralModerationGuard: input key {key!r} holds "
                    f"{type(item).__name__}, not text"
                )
                raise TypeError(msg)
            _collect_texts(item, key, texts)
        return texts

    def _text_request(self, texts: Sequence[str]) -> _Request | None:
        texts = [t for t in texts if t.strip()]
        if not texts:
            return None
        payload_input: str | list[str] = texts[0] if len(texts) == 1 else list(texts)
        return _Request(
            path=_TEXT_PATH,
            payload={"model": self.model, "input": payload_input},
            chars=sum(len(t) for t in texts),
            count=len(texts),
        )

    def _chat_request(self, messages: Sequence[BaseMessage]) -> _Request | None:
        converted = [m for m in (_chat_message(msg) for msg in messages) if m]
        if not converted:
            return None
        return _Request(
            path=_CHAT_PATH,
            payload={"model": self.model, "input": converted},
            chars=sum(len(m["content"]) for m in converted),
        )

    def _request_for(self, value: Any) -> _Request | None:
        if isinstance(value, str):
            return self._text_request([value])
        if isinstance(value, AIMessage):
            # Content, thinking and each tool call's arguments, scored apart.
            return self._text_request(message_texts(value))
        if isinstance(value, BaseMessage):
            return self._chat_request([value])
        if isinstance(value, PromptValue):
            return self._chat_request(value.to_messages())
        if isinstance(value, Mapping):
            return self._text_request(self._texts_of_dict(value))
        if isinstance(value, Sequence):
            return self._chat_request(convert_to_messages(value))
        msg = (
            "MistralModerationGuard accepts str, messages, a PromptValue or a "
            f"dict of strings, not {type(value).__name__}"
        )
        raise TypeError(msg)

    # ------------------------------------------------------------------ outcome

    def _event(
        self,
        request: _Request,
        latency_ms: float,
        verdict: _Verdict | None,
        error: ModerationUnavailableError | None = None,
    ) -> dict[str, Any]:
        if verdict is None:
            outcome = "unavailable"
        elif not verdict.flagged:
            outcome = "pass"
        else:
            outcome = "blocked" if self.action == "block" else "flagged"
        data: dict[str, Any] = {
            "component": _COMPONENT,
            "model": self.model,
            "endpoint": request.path,
            "input_chars": request.chars,
            "latency_ms": round(latency_ms, 3),
            "categories": {} if verdict is None else dict(verdict.scores),
            "flagged": [] if verdict is None else sorted(verdict.flagged),
            "action": self.action,
            "outcome": outcome,
        }
        if error is not None:
            data["status"] = error.status
            data["error_type"] = error.error_type
        return data

    def _findings(self, request: _Request, verdict: _Verdict) -> list[Finding]:
        return [
            Finding(
                start=0,
                end=request.chars,
                rule_id=f"moderation.{name}",
                category=name,
                score=score,
            )
            for name, score in sorted(verdict.flagged.items())
        ]

    def _unavailable(self, error: ModerationUnavailableError) -> None:
        if not self.fail_open:
            raise error
        logger.warning(
            "moderation unavailable (status=%s, error=%s); fail_open=True lets "
            "the text through unmoderated",
            error.status,
            error.error_type,
        )

    def _enforce(self, verdict: _Verdict) -> None:
        if verdict.flagged and self.action == "block":
            raise ModerationError(
                verdict.flagged, scores=verdict.scores, model=self.model
            )

    @staticmethod
    def _as_unavailable(exc: BaseException) -> ModerationUnavailableError:
        if isinstance(exc, ModerationUnavailableError):
            return exc
        return ModerationUnavailableError(
            status=_error_status(exc), error_type=type(exc).__name__
        )

    # ------------------------------------------------------------------ sync

    def _post(self, request: _Request) -> Any:
        if self.client is None:  # pragma: no cover - built by the validator
            raise ModerationUnavailableError(status=None, error_type="NoClient")
        response = self.client.post(request.path, json=request.payload)
        response.raise_for_status()
        return response.json()

    def _moderate(self, value: Any, config: RunnableConfig | None) -> None:
        request = self._request_for(value)
        if request is None:
            return
        started = time.perf_counter()
        try:
            verdict = self._verdict(self._post(request), request.count)
        except MissingAPIKeyError:
            raise
        except (
            httpx.HTTPError,
            APIKeyError,
            ValueError,
            ModerationUnavailableError,
        ) as exc:
            error = self._as_unavailable(exc)
            latency = (time.perf_counter() - started) * 1000
            self._dispatch(self._event(request, latency, None, error), config)
            self._unavailable(error)
            return
        latency = (time.perf_counter() - started) * 1000
        self._dispatch(self._event(request, latency, verdict), config)
        dispatch_findings(_COMPONENT, self._findings(request, verdict), config)
        self._enforce(verdict)

    @staticmethod
    def _dispatch(data: dict[str, Any], config: RunnableConfig | None) -> None:
        if not (config and config.get("callbacks")):
            return
        try:
            dispatch_custom_event(MODERATION_EVENT, data, config=config)
        except RuntimeError:
            return

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
        state = _StreamState()
        for chunk in chunks:
            text = self._stream_text(chunk)
            if text is None:
                if state.held:
                    self._moderate_stream(state, config)
                    yield from state.release()
                self._moderate(chunk, config)
                yield chunk
                continue
            state.add(chunk, text)
            if self._ready(state, text):
                self._moderate_stream(state, config)
                yield from state.release()
        if state.held:
            self._moderate_stream(state, config)
            yield from state.release()

    def _moderate_stream(self, state: _StreamState, config: RunnableConfig) -> None:
        if state.pending.strip():
            self._moderate(self._window(state), config)

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

    # ------------------------------------------------------------------ async

    async def _apost(self, request: _Request) -> Any:
        if self.async_client is None:  # pragma: no cover - built by the validator
            raise ModerationUnavailableError(status=None, error_type="NoClient")
        response = await self.async_client.post(request.path, json=request.payload)
        response.raise_for_status()
        return response.json()

    async def _amoderate(self, value: Any, config: RunnableConfig | None) -> None:
        request = self._request_for(value)
        if request is None:
            return
        started = time.perf_counter()
        try:
            verdict = self._verdict(await self._apost(request), request.count)
        except MissingAPIKeyError:
            raise
        except (
            httpx.HTTPError,
            APIKeyError,
            ValueError,
            ModerationUnavailableError,
        ) as exc:
            error = self._as_unavailable(exc)
            latency = (time.perf_counter() - started) * 1000
            await self._adispatch(self._event(request, latency, None, error), config)
            self._unavailable(error)
            return
        latency = (time.perf_counter() - started) * 1000
        await self._adispatch(self._event(request, latency, verdict), config)
        await adispatch_findings(_COMPONENT, self._findings(request, verdict), config)
        self._enforce(verdict)

    @staticmethod
    async def _adispatch(data: dict[str, Any], config: RunnableConfig | None) -> None:
        if not (config and config.get("callbacks")):
            return
        try:
            await adispatch_custom_event(MODERATION_EVENT, data, config=config)
        except RuntimeError:
            return

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
        state = _StreamState()
        async for chunk in chunks:
            text = self._stream_text(chunk)
            if text is None:
                if state.held:
                    await self._amoderate_stream(state, config)
                    for held in state.release():
                        yield held
                await self._amoderate(chunk, config)
                yield chunk
                continue
            state.add(chunk, text)
            if self._ready(state, text):
                await self._amoderate_stream(state, config)
                for held in state.release():
                    yield held
        if state.held:
            await self._amoderate_stream(state, config)
            for held in state.release():
                yield held

    async def _amoderate_stream(
        self, state: _StreamState, config: RunnableConfig
    ) -> None:
        if state.pending.strip():
            await self._amoderate(self._window(state), config)

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

    # ------------------------------------------------------------------ streaming

    @staticmethod
    def _stream_text(chunk: Any) -> str | None:
        """The text of a streamable chunk, or ``None`` for a whole value."""
        if isinstance(chunk, str):
            return chunk
        if isinstance(chunk, AIMessageChunk):
            return stream_text(chunk)
        return None

    def _ready(self, state: _StreamState, text: str) -> bool:
        if len(state.pending) >= self.stream_chunk_chars:
            return True
        if len(state.pending) < self.stream_min_chars:
            return False
        if self.stream_min_chars:
            # An earlier sentence end may have been held back by the minimum.
            return _BOUNDARY.search(state.pending) is not None
        # The boundary may straddle the previous chunk: look one char back.
        tail = state.pending[-(len(text) + 1) :]
        return bool(tail) and _BOUNDARY.search(tail) is not None

    def _window(self, state: _StreamState) -> str:
        text = state.moderated + state.pending
        if self.stream_window_chars is None:
            return text
        size = max(self.stream_window_chars, len(state.pending))
        return text[-size:]

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
