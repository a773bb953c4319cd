"""How the fake Mistral server answers a request: auth, failures, chat, moderation.

The base of :class:`~langchain_mistral_secure.testing.FakeMistralServer`: it
reads one HTTP request, refuses it (method, key, injected failure) or routes it
to the chat or moderation answer built from the scripts, and records it. The
scripting methods a test calls are on the public class.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler
from typing import Any

import httpx

from langchain_mistral_secure.testing._fake_http import _make_handler
from langchain_mistral_secure.testing._fake_script import (
    _DEFAULT_CHAT_MODEL,
    _DEFAULT_MODERATION_MODEL,
    _JAILBREAKING,
    JAILBREAK_MODERATION_MODELS,
    MODERATION_CATEGORIES,
    RecordedRequest,
    Reply,
    ScoreFunction,
    Scores,
    _check_categories,
    _Failure,
    _ScriptError,
)
from langchain_mistral_secure.testing._fake_wire import (
    ChatReply,
    Response,
    bearer_token,
    chat_events,
    error_response,
    message_text,
    normalize_reply,
)
from langchain_mistral_secure.testing._loopback import LoopbackHTTPServer
from langchain_mistral_secure.testing.model_like import model_like_reply


class _FakeMistralAnswers(LoopbackHTTPServer):
    """Answers and records requests from the scripts the public class sets."""

    # The scripts and records, set by ``FakeMistralServer.__init__``; every
    # access holds ``_lock``, as requests arrive on the server's threads.
    _lock: threading.RLock
    _requests: list[RecordedRequest]
    _failures: list[_Failure]
    _revoked: set[str]
    _accepted_keys: frozenset[str] | None
    _replies: list[Reply]
    _queue_mode: bool
    _scripted: bool
    _scores: Scores | ScoreFunction
    _chunk_size: int
    response_model: str | None
    moderation_threshold: float

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        return _make_handler(self)

    def is_key_accepted(self, key: str | None) -> bool:
        """Whether a request with this bearer token would pass authentication.

        Args:
            key: The bearer token, or ``None`` when there is none.

        Returns:
            ``True`` when the key is non-empty, not revoked and accepted.

        Example:
            >>> from langchain_mistral_secure.testing import FakeMistralServer
            >>> FakeMistralServer(accepted_keys={"a"}).is_key_accepted("b")
            False
        """
        if not key:
            return False
        with self._lock:
            if key in self._revoked:
                return False
            return self._accepted_keys is None or key in self._accepted_keys

    @staticmethod
    def count_tokens(text: str) -> int:
        """Count fake tokens: the whitespace-separated words of ``text``.

        Args:
            text: Any text.

        Returns:
            The number of words.

        Example:
            >>> from langchain_mistral_secure.testing import FakeMistralServer
            >>> FakeMistralServer.count_tokens("two  words")
            2
        """
        return len(text.split())

    @classmethod
    def prompt_tokens(cls, request: Mapping[str, Any]) -> int:
        """Count the prompt tokens of a chat request the way the server does.

        Args:
            request: A ``/v1/chat/completions`` JSON body.

        Returns:
            The words in the text content of all its messages.

        Example:
            >>> from langchain_mistral_secure.testing import FakeMistralServer
            >>> FakeMistralServer.prompt_tokens(
            ...     {"messages": [{"role": "user", "content": "a b c"}]})
            3
        """
        messages = request.get("messages") or []
        return sum(
            cls.count_tokens(message_text(m))
            for m in messages
            if isinstance(m, Mapping)
        )

    # ------------------------------------------------------------------ handling

    def _record(self, record: RecordedRequest) -> None:
        with self._lock:
            self._requests.append(record)

    def _take_failure(self, path: str) -> _Failure | None:
        with self._lock:
            for failure in self._failures:
                if failure.path is None or failure.path == path:
                    failure.remaining -= 1
                    if failure.remaining <= 0:
                        self._failures.remove(failure)
                    return failure
        return None

    def _next_reply(self) -> Reply | None:
        with self._lock:
            if not self._queue_mode:
                return self._replies[0]
            if not self._replies:
                return None
            return self._replies.pop(0)

    def _answer(
        self, method: str, path: str, headers: httpx.Headers, raw: bytes
    ) -> tuple[Response, Any]:
        try:
            return self._handle(method, path, headers, raw)
        except Exception as exc:  # noqa: BLE001 - answer, never print a traceback
            name = type(exc).__name__
            return error_response(
                500, f"FakeMistralServer internal error: {name}"
            ), None

    def _handle(
        self, method: str, path: str, headers: httpx.Headers, raw: bytes
    ) -> tuple[Response, Any]:
        body: Any = None
        if raw:
            try:
                body = json.loads(raw)
            except ValueError:
                return error_response(400, "Request body is not valid JSON"), None
        route = _ROUTES.get(path)
        if route is None:
            return error_response(404, "Not found"), body
        refusal = self._refusal(method, path, headers)
        if refusal is not None:
            return refusal, body
        if not isinstance(body, dict):
            return error_response(400, "Request body must be a JSON object"), body
        try:
            return route(self, body), body
        except _ScriptError as exc:
            return error_response(500, str(exc)), body

    def _refusal(
        self, method: str, path: str, headers: httpx.Headers
    ) -> Response | None:
        if method != "POST":
            return error_response(405, "Method not allowed")
        if not self.is_key_accepted(bearer_token(headers.get("authorization"))):
            return error_response(401, "Unauthorized")
        failure = self._take_failure(path)
        if failure is None:
            return None
        extra: tuple[tuple[str, str], ...] = ()
        if failure.retry_after is not None:
            extra = (("Retry-After", f"{failure.retry_after:g}"),)
        return error_response(failure.status, HTTPStatus(failure.status).phrase, extra)

    def _chat(self, body: dict[str, Any]) -> Response:
        with self._lock:
            scripted = self._scripted
        script = self._next_reply()
        if script is None:
            msg = "FakeMistralServer: the scripted reply queue is empty"
            raise _ScriptError(msg)
        value: Any = script
        if not scripted:
            try:
                value = model_like_reply(body) or script
            except ValueError as exc:
                msg = "FakeMistralServer: cannot build a value for the schema"
                raise _ScriptError(msg) from exc
        elif callable(script):
            try:
                value = script(body)
            except Exception as exc:
                msg = f"FakeMistralServer: reply function raised {type(exc).__name__}"
                raise _ScriptError(msg) from exc
        try:
            reply = normalize_reply(value)
        except (TypeError, ValueError) as exc:
            msg = "FakeMistralServer: reply function returned an invalid reply"
            raise _ScriptError(msg) from exc
        usage = self._usage(body, reply)
        model = self.response_model or str(body.get("model") or _DEFAULT_CHAT_MODEL)
        completion_id = uuid.uuid4().hex
        created = int(time.time())
        if body.get("stream"):
            events = chat_events(
                reply, usage, completion_id, created, model, chunk_size=self._chunk_size
            )
            return Response(status=200, events=events, usage=usage)
        message: dict[str, Any] = {"role": "assistant", "content": reply.content}
        if reply.tool_calls:
            message["tool_calls"] = list(reply.tool_calls)
        payload = {
            "id": completion_id,
            "object": "chat.completion",
            "created": created,
            "model": model,
            "choices": [
                {
                    "index": 0,
                    "message": message,
                    "finish_reason": reply.finish_reason,
                }
            ],
            "usage": dict(usage),
        }
        return Response(status=200, body=payload, usage=usage)

    def _usage(self, body: dict[str, Any], reply: ChatReply) -> Mapping[str, int]:
        if reply.usage is not None:
            return reply.usage
        prompt = self.prompt_tokens(body)
        completion = self.count_tokens(reply.content) + sum(
            self.count_tokens(
                f"{call['function'].get('name', '')} "
                f"{call['function'].get('arguments', '')}"
            )
            for call in reply.tool_calls
        )
        return {
            "prompt_tokens": prompt,
            "completion_tokens": completion,
            "total_tokens": prompt + completion,
        }

    def _moderate(self, body: dict[str, Any]) -> Response:
        raw = body.get("input")
        if isinstance(raw, str):
            texts = [raw]
        elif isinstance(raw, list) and all(isinstance(t, str) for t in raw):
            texts = list(raw)
        else:
            return error_response(400, "input must be a string or a list of strings")
        return self._classification(body, texts)

    def _moderate_chat(self, body: dict[str, Any]) -> Response:
        raw = body.get("input")
        if not isinstance(raw, list) or not raw:
            return error_response(
                400, "input must be a list of messages or conversations"
            )
        conversations = raw if all(isinstance(c, list) for c in raw) else [raw]
        texts: list[str] = []
        for conversation in conversations:
            if not all(isinstance(m, Mapping) for m in conversation):
                return error_response(
                    400, "each conversation must be a list of messages"
                )
            texts.append("\n".join(message_text(m) for m in conversation))
        return self._classification(body, texts)

    def _classification(self, body: dict[str, Any], texts: list[str]) -> Response:
        model = str(body.get("model") or _DEFAULT_MODERATION_MODEL)
        categories = MODERATION_CATEGORIES
        if model in JAILBREAK_MODERATION_MODELS:
            categories = (*MODERATION_CATEGORIES, _JAILBREAKING)
        with self._lock:
            script = self._scores
            threshold = self.moderation_threshold
        results = []
        for text in texts:
            scores = self._scores_for(script, text)
            category_scores = {c: float(scores.get(c, 0.0)) for c in categories}
            results.append(
                {
                    "categories": {
                        c: s >= threshold for c, s in category_scores.items()
                    },
                    "category_scores": category_scores,
                }
            )
        payload = {"id": uuid.uuid4().hex, "model": model, "results": results}
        return Response(status=200, body=payload)

    @staticmethod
    def _scores_for(script: Scores | ScoreFunction, text: str) -> Scores:
        if not callable(script):
            return script
        try:
            scores = script(text)
        except Exception as exc:
            msg = f"FakeMistralServer: score function raised {type(exc).__name__}"
            raise _ScriptError(msg) from exc
        try:
            _check_categories(scores)
        except (TypeError, ValueError) as exc:
            msg = "FakeMistralServer: score function returned unknown categories"
            raise _ScriptError(msg) from exc
        return scores


_ROUTES: dict[str, Callable[[_FakeMistralAnswers, dict[str, Any]], Response]] = {
    "/v1/chat/completions": _FakeMistralAnswers._chat,  # noqa: SLF001
    "/v1/moderations": _FakeMistralAnswers._moderate,  # noqa: SLF001
    "/v1/chat/moderations": _FakeMistralAnswers._moderate_chat,  # noqa: SLF001
}
