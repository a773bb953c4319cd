"""The moderation guard's policy: its settings, verdicts, requests and calls.

The base of :class:`~langchain_mistral_secure.moderation.MistralModerationGuard`:
how a value becomes a moderation request, how the API's scores become a
verdict under the configured thresholds, and how one call is made, reported
(events, findings) and enforced, sync and async. The Runnable surface
(invoke, transform and their async twins) is in
:mod:`langchain_mistral_secure.moderation`.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping, Sequence
from typing import Any, Literal

import httpx
from langchain_core.callbacks.manager import (
    adispatch_custom_event,
    dispatch_custom_event,
)
from langchain_core.messages import AIMessage, BaseMessage, convert_to_messages
from langchain_core.prompt_values import PromptValue
from langchain_core.runnables import RunnableConfig
from pydantic import ConfigDict, Field, model_validator
from typing_extensions import Self

from langchain_mistral_secure._events import adispatch_findings, dispatch_findings
from langchain_mistral_secure._message_texts import message_texts
from langchain_mistral_secure._moderation_api import (
    _CHAT_PATH,
    _COMPONENT,
    _TEXT_PATH,
    DEFAULT_MODERATION_MODEL,
    DEFAULT_THRESHOLD,
    MODERATION_EVENT,
    ModerationError,
    ModerationUnavailableError,
    _chat_message,
    _collect_texts,
    _error_status,
    _Request,
    _Verdict,
)
from langchain_mistral_secure._moderation_stream import _StreamState
from langchain_mistral_secure._runnable import TransformRunnable
from langchain_mistral_secure.detection.engine import Finding
from langchain_mistral_secure.keys.errors import APIKeyError, MissingAPIKeyError

# The guard's logger keeps the public module's name: users filter on it.
logger = logging.getLogger("langchain_mistral_secure.moderation")


class _ModerationPolicy(TransformRunnable):
    """Settings, verdicts and calls of the moderation guard (see its docstring)."""

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

    def _new_stream(self) -> _StreamState:
        return _StreamState(window_chars=self.stream_window_chars)

    def _moderate_stream(
        self, state: _StreamState, config: RunnableConfig, *, final: bool = False
    ) -> None:
        text = state.call_text(final=final)
        if text is not None:
            self._moderate(text, config)

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

    async def _amoderate_stream(
        self, state: _StreamState, config: RunnableConfig, *, final: bool = False
    ) -> None:
        text = state.call_text(final=final)
        if text is not None:
            await self._amoderate(text, config)
