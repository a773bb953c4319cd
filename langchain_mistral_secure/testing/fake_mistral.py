"""A fake Mistral API server: real HTTP on 127.0.0.1 for offline tests.

The server speaks enough of Mistral's wire protocol for the real
``langchain_mistralai.ChatMistralAI`` (and plain ``httpx``) to talk to it:

* ``POST /v1/chat/completions``: a JSON reply, or server-sent events when the
  request has ``"stream": true``.
* ``POST /v1/moderations`` and ``POST /v1/chat/moderations``: classification
  results with Mistral's moderation categories.

Replies, moderation scores, accepted API keys and injected failures are scripted
per test, and every request is recorded (method, path, headers, JSON body,
status). The server never logs request content: the handler's access log is
silenced and reprs show only counts, paths and statuses.

Token counts are deterministic: a "token" is a whitespace-separated word
(:meth:`FakeMistralServer.count_tokens`). ``prompt_tokens`` is the number of
words in the text content of every request message, ``completion_tokens`` the
number of words in the reply content plus, for each tool call, its function name
and arguments JSON; ``total_tokens`` is their sum. The usage of each reply is
stored on its :class:`RecordedRequest`.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING, Any, TypeAlias
from urllib.parse import urlsplit

import httpx

from langchain_mistral_secure.testing._fake_wire import (
    ChatReply,
    Response,
    bearer_token,
    chat_events,
    error_response,
    message_text,
    normalize_path,
    normalize_reply,
)
from langchain_mistral_secure.testing.model_like import model_like_reply

if TYPE_CHECKING:
    from types import TracebackType

    from typing_extensions import Self


class _Server(ThreadingHTTPServer):
    # The stdlib default backlog of 5 drops connections when tests fire dozens of
    # concurrent async calls; a real API does not.
    request_queue_size = 256


__all__ = [
    "DEFAULT_REPLY",
    "JAILBREAK_MODERATION_MODELS",
    "MODERATION_CATEGORIES",
    "FakeMistralServer",
    "RecordedRequest",
    "echo_last_message",
]

DEFAULT_REPLY = "Hello from the fake Mistral server."
"""Text of the chat reply when a test scripted nothing."""

MODERATION_CATEGORIES: tuple[str, ...] = (
    "sexual",
    "hate_and_discrimination",
    "violence_and_threats",
    "dangerous_and_criminal_content",
    "selfharm",
    "health",
    "financial",
    "law",
    "pii",
)
"""Categories every moderation result carries."""

JAILBREAK_MODERATION_MODELS: frozenset[str] = frozenset({"mistral-moderation-2603"})
"""Moderation models whose results also carry the ``jailbreaking`` category."""

_JAILBREAKING = "jailbreaking"
_ALL_CATEGORIES = frozenset((*MODERATION_CATEGORIES, _JAILBREAKING))
_DEFAULT_MODERATION_MODEL = "mistral-moderation-latest"
_DEFAULT_CHAT_MODEL = "mistral-small-latest"
_MIN_ERROR_STATUS = 400
_MAX_ERROR_STATUS = 599

ReplyValue: TypeAlias = str | Mapping[str, Any]
"""A reply: its text, or a dict with ``content``, ``tool_calls``,
``finish_reason`` and ``usage`` (all optional)."""

ReplyFunction: TypeAlias = Callable[[dict[str, Any]], ReplyValue]
"""Builds a reply from the request's JSON body."""

Reply: TypeAlias = str | Mapping[str, Any] | ReplyFunction
"""What :meth:`FakeMistralServer.reply_with` accepts for one reply."""

Scores: TypeAlias = Mapping[str, float]
ScoreFunction: TypeAlias = Callable[[str], Scores]
"""Builds moderation scores from the text of one input."""


def echo_last_message(request: dict[str, Any]) -> str:
    """Reply with the text of the last message of a chat request.

    Handy to see exactly what reached the model after a chain's input handling.

    Args:
        request: The JSON body of a ``/v1/chat/completions`` request.

    Returns:
        The text content of the last message, or ``""`` when there is none.

    Example:
        >>> echo_last_message({"messages": [{"role": "user", "content": "hi"}]})
        'hi'
    """
    messages = request.get("messages") or []
    if not messages or not isinstance(messages[-1], Mapping):
        return ""
    return message_text(messages[-1])


@dataclass(frozen=True)
class RecordedRequest:
    """One request the fake server received, and the status it answered.

    ``headers`` is an ``httpx.Headers`` (case-insensitive lookup). Headers and
    body are left out of the repr: they hold API keys and prompt text.

    Attributes:
        method: The HTTP method, e.g. ``"POST"``.
        path: The request path without query string, e.g.
            ``"/v1/chat/completions"``.
        headers: The request headers.
        body: The parsed JSON body, or ``None`` when the body was empty or not JSON.
        status: The HTTP status the server answered.
        stream: Whether the reply was sent as server-sent events.
        usage: The ``usage`` of a chat completion reply, else ``None``.

    Example:
        >>> from langchain_mistral_secure.testing import FakeMistralServer
        >>> with FakeMistralServer() as server:
        ...     _ = httpx.post(
        ...         f"{server.base_url}/moderations",
        ...         json={"input": "x"},
        ...         headers={"Authorization": "Bearer k"},
        ...     )
        ...     server.requests[0].status
        200
    """

    method: str
    path: str
    headers: httpx.Headers = field(repr=False)
    body: Any = field(repr=False)
    status: int
    stream: bool = False
    usage: Mapping[str, int] | None = field(default=None, repr=False)

    @property
    def api_key(self) -> str | None:
        """The bearer token of the ``Authorization`` header, if any."""
        return bearer_token(self.headers.get("authorization"))


@dataclass
class _Failure:
    status: int
    remaining: int
    retry_after: float | None
    path: str | None


class _ScriptError(Exception):
    """A scripted reply or score function misbehaved (message holds no content)."""


class FakeMistralServer:
    """A Mistral-compatible HTTP server on 127.0.0.1 for tests.

    Start it with ``with FakeMistralServer() as server:`` (or :meth:`start` and
    :meth:`stop`) and point a client at :attr:`base_url`. All scripting methods
    and attributes are thread-safe and may be changed while the server runs.

    Args:
        reply: The initial reply script (see :meth:`reply_with`). ``None``
            leaves the server unscripted: requests that force a tool call or
            ask for JSON get a model-like answer (see
            :func:`~langchain_mistral_secure.testing.model_like.model_like_reply`),
            the rest :data:`DEFAULT_REPLY`.
        chunk_size: Characters of reply content per streamed chunk.
        response_model: Model name to put in replies; ``None`` echoes the model of
            the request.
        accepted_keys: API keys to accept; ``None`` accepts any non-empty key.
        moderation_scores: The initial moderation script (see
            :meth:`moderate_with`). Defaults to ``0.0`` for every category.
        moderation_threshold: A category is flagged ``True`` when its score is at
            least this value.
        port: Port to bind on 127.0.0.1; ``0`` picks a free one.

    Example:
        >>> from langchain_mistralai import ChatMistralAI
        >>> with FakeMistralServer(reply="Bonjour !") as server:
        ...     llm = ChatMistralAI(base_url=server.base_url, api_key="test-key")
        ...     llm.invoke("Salut").content
        'Bonjour !'
    """

    def __init__(  # noqa: PLR0913
        self,
        *,
        reply: Reply | list[Reply] | tuple[Reply, ...] | None = None,
        chunk_size: int = 4,
        response_model: str | None = None,
        accepted_keys: set[str] | frozenset[str] | None = None,
        moderation_scores: Scores | ScoreFunction | None = None,
        moderation_threshold: float = 0.5,
        port: int = 0,
    ) -> None:
        """Create a stopped server; the arguments are described on the class."""
        self._lock = threading.RLock()
        self._requests: list[RecordedRequest] = []
        self._failures: list[_Failure] = []
        self._revoked: set[str] = set()
        self._accepted_keys: frozenset[str] | None = None
        self._replies: list[Reply] = []
        self._queue_mode = False
        self._scores: Scores | ScoreFunction = {}
        self._chunk_size = 1
        self._port = port
        self._httpd: _Server | None = None
        self._thread: threading.Thread | None = None
        self.response_model = response_model
        self.moderation_threshold = moderation_threshold
        self.chunk_size = chunk_size
        self.accepted_keys = accepted_keys
        self.reply_with(DEFAULT_REPLY if reply is None else reply)
        self._scripted = reply is not None
        self.moderate_with(moderation_scores or {})

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> Self:
        """Bind to 127.0.0.1 and serve in a daemon thread.

        Returns:
            The server itself, so ``server = FakeMistralServer().start()`` works.

        Raises:
            RuntimeError: If the server is already running.

        Example:
            >>> server = FakeMistralServer().start()
            >>> server.base_url.startswith("http://127.0.0.1:")
            True
            >>> server.stop()
        """
        with self._lock:
            if self._httpd is not None:
                msg = "FakeMistralServer is already running"
                raise RuntimeError(msg)
            httpd = _Server(("127.0.0.1", self._port), _make_handler(self))
            httpd.daemon_threads = True
            thread = threading.Thread(
                target=httpd.serve_forever,
                kwargs={"poll_interval": 0.05},
                name="FakeMistralServer",
                daemon=True,
            )
            self._httpd = httpd
            self._thread = thread
        thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the socket. Safe to call twice.

        Example:
            >>> server = FakeMistralServer().start()
            >>> server.stop()
            >>> server.running
            False
        """
        with self._lock:
            httpd, thread = self._httpd, self._thread
            self._httpd = None
            self._thread = None
        if httpd is None:
            return
        httpd.shutdown()
        httpd.server_close()
        if thread is not None:
            thread.join(timeout=5)

    def __enter__(self) -> Self:
        """Start the server."""
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Stop the server."""
        self.stop()

    @property
    def running(self) -> bool:
        """Whether the server is serving."""
        with self._lock:
            return self._httpd is not None

    @property
    def port(self) -> int:
        """The bound port.

        Raises:
            RuntimeError: If the server is not running.
        """
        with self._lock:
            if self._httpd is None:
                msg = "FakeMistralServer is not running; call start() first"
                raise RuntimeError(msg)
            return int(self._httpd.server_address[1])

    @property
    def base_url(self) -> str:
        """The API base URL, e.g. ``"http://127.0.0.1:PORT/v1"``."""
        return f"http://127.0.0.1:{self.port}/v1"

    def __repr__(self) -> str:
        """Show state without any request content or key."""
        with self._lock:
            port = None if self._httpd is None else self._httpd.server_address[1]
            return (
                f"FakeMistralServer(port={port}, running={port is not None}, "
                f"requests={len(self._requests)})"
            )

    # ------------------------------------------------------------------ scripting

    def reply_with(self, reply: Reply | list[Reply] | tuple[Reply, ...]) -> None:
        """Script the chat completion replies.

        * ``str``: every request gets this text.
        * ``dict``: full control, with the optional keys ``content`` (str),
          ``tool_calls`` (Mistral tool calls; ``arguments`` may be a dict and
          ``id`` is generated when missing), ``finish_reason`` (default
          ``"tool_calls"`` when there are tool calls, else ``"stop"``) and
          ``usage`` (overrides the computed token counts).
        * a function of the request's JSON body returning either of the above.
        * a ``list``/``tuple`` of the above: a queue, one item per request, in
          order. Once the queue is empty, chat requests get a 500 error.

        Any script turns off the model-like answers of an unscripted server; a
        reply function may still call
        :func:`~langchain_mistral_secure.testing.model_like.model_like_reply`.

        Args:
            reply: The reply script; it replaces the previous one.

        Raises:
            ValueError: If a fixed dict reply has unknown keys.

        Example:
            >>> server = FakeMistralServer()
            >>> server.reply_with(["first", "second"])
            >>> server.pending_replies
            2
        """
        if isinstance(reply, (list, tuple)):
            items: list[Reply] = list(reply)
            queue = True
        else:
            items = [reply]
            queue = False
        for item in items:
            if not callable(item):
                normalize_reply(item)
        with self._lock:
            self._replies = items
            self._queue_mode = queue
            self._scripted = True

    @property
    def pending_replies(self) -> int | None:
        """Replies left in the queue, or ``None`` when no queue is scripted."""
        with self._lock:
            return len(self._replies) if self._queue_mode else None

    def moderate_with(self, scores: Scores | ScoreFunction) -> None:
        r"""Script the moderation scores.

        Args:
            scores: A fixed ``{category: score}`` dict applied to every input, or
                a function of one input's text returning such a dict. For
                ``/v1/chat/moderations`` the text is the conversation's message
                contents joined with ``"\n"``. Missing categories score ``0.0``.

        Raises:
            ValueError: If a fixed dict names an unknown category.

        Example:
            >>> server = FakeMistralServer()
            >>> server.moderate_with(lambda text: {"pii": 0.9 if "@" in text else 0.0})
        """
        if not callable(scores):
            _check_categories(scores)
            scores = dict(scores)
        with self._lock:
            self._scores = scores

    @property
    def chunk_size(self) -> int:
        """Characters of reply content per streamed chunk."""
        return self._chunk_size

    @chunk_size.setter
    def chunk_size(self, value: int) -> None:
        if value < 1:
            msg = "chunk_size must be at least 1"
            raise ValueError(msg)
        self._chunk_size = value

    @property
    def accepted_keys(self) -> frozenset[str] | None:
        """API keys accepted; ``None`` accepts any non-empty, non-revoked key."""
        with self._lock:
            return self._accepted_keys

    @accepted_keys.setter
    def accepted_keys(self, keys: set[str] | frozenset[str] | None) -> None:
        with self._lock:
            self._accepted_keys = None if keys is None else frozenset(keys)

    def revoke(self, key: str) -> None:
        """Reject ``key`` with 401 from now on, whatever :attr:`accepted_keys` says.

        Args:
            key: The API key to reject.

        Example:
            >>> server = FakeMistralServer()
            >>> server.revoke("old-key")  # pragma: allowlist secret
            >>> server.is_key_accepted("old-key")
            False
        """
        with self._lock:
            self._revoked.add(key)

    def is_key_accepted(self, key: str | None) -> bool:
        """Whether a request with this bearer token would pass authentication.

        Args:
            key: The bearer token, or ``None`` when there is none.

        Returns:
            ``True`` when the key is non-empty, not revoked and accepted.

        Example:
            >>> FakeMistralServer(accepted_keys={"a"}).is_key_accepted("b")
            False
        """
        if not key:
            return False
        with self._lock:
            if key in self._revoked:
                return False
            return self._accepted_keys is None or key in self._accepted_keys

    def fail_next(
        self,
        status: int = 429,
        *,
        count: int = 1,
        retry_after: float | None = None,
        path: str | None = None,
    ) -> None:
        """Answer the next ``count`` authenticated requests with an error.

        Failures apply after authentication (a 401 does not consume one) and
        before any reply is built, also for streaming and moderation requests;
        scheduled failures are used in the order they were added.

        Args:
            status: The HTTP status to answer, 400 to 599 (e.g. 429, 500, 503).
            count: How many requests fail.
            retry_after: Seconds to send in a ``Retry-After`` header, if any.
            path: Only fail requests to this path (``"/chat/completions"`` or
                ``"/v1/chat/completions"``); ``None`` fails any path.

        Raises:
            ValueError: If ``status`` is not an error status or ``count < 1``.

        Example:
            >>> server = FakeMistralServer()
            >>> server.fail_next(429, retry_after=1.0)
        """
        if not _MIN_ERROR_STATUS <= status <= _MAX_ERROR_STATUS:
            msg = "status must be between 400 and 599"
            raise ValueError(msg)
        if count < 1:
            msg = "count must be at least 1"
            raise ValueError(msg)
        failure = _Failure(
            status=status,
            remaining=count,
            retry_after=retry_after,
            path=None if path is None else normalize_path(path),
        )
        with self._lock:
            self._failures.append(failure)

    # ------------------------------------------------------------------ records

    @property
    def requests(self) -> list[RecordedRequest]:
        """A copy of every request received, oldest first."""
        with self._lock:
            return list(self._requests)

    def requests_for(self, path: str) -> list[RecordedRequest]:
        """The requests received on ``path``, oldest first.

        Args:
            path: ``"/v1/chat/completions"``, or the same without ``/v1``.

        Returns:
            The matching records.

        Example:
            >>> FakeMistralServer().requests_for("/chat/completions")
            []
        """
        wanted = normalize_path(path)
        with self._lock:
            return [r for r in self._requests if r.path == wanted]

    def clear(self) -> None:
        """Forget recorded requests and pending failures (scripts stay).

        Example:
            >>> server = FakeMistralServer()
            >>> server.clear()
            >>> server.requests
            []
        """
        with self._lock:
            self._requests.clear()
            self._failures.clear()

    @staticmethod
    def count_tokens(text: str) -> int:
        """Count fake tokens: the whitespace-separated words of ``text``.

        Args:
            text: Any text.

        Returns:
            The number of words.

        Example:
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


_ROUTES: dict[str, Callable[[FakeMistralServer, dict[str, Any]], Response]] = {
    "/v1/chat/completions": FakeMistralServer._chat,  # noqa: SLF001
    "/v1/moderations": FakeMistralServer._moderate,  # noqa: SLF001
    "/v1/chat/moderations": FakeMistralServer._moderate_chat,  # noqa: SLF001
}


def _make_handler(server: FakeMistralServer) -> type[BaseHTTPRequestHandler]:
    class _Handler(BaseHTTPRequestHandler):
        server_version = "FakeMistral/1.0"
        sys_version = ""

        def do_POST(self) -> None:
            self._serve("POST")

        def do_GET(self) -> None:
            self._serve("GET")

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            """Never log: request lines and errors may carry content."""

        def _serve(self, method: str) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length > 0 else b""
            path = urlsplit(self.path).path
            headers = httpx.Headers(list(self.headers.items()))
            response, body = server._answer(method, path, headers, raw)  # noqa: SLF001
            # Record before answering, so a client sees the record once it has
            # the response.
            server._record(  # noqa: SLF001
                RecordedRequest(
                    method=method,
                    path=path,
                    headers=headers,
                    body=body,
                    status=response.status,
                    stream=response.events is not None,
                    usage=response.usage,
                )
            )
            try:
                self._write(response)
            except (BrokenPipeError, ConnectionResetError):
                return

        def _write(self, response: Response) -> None:
            self.send_response(response.status)
            for name, value in response.headers:
                self.send_header(name, value)
            if response.events is not None:
                self.send_header("Content-Type", "text/event-stream")
                self.send_header("Cache-Control", "no-cache")
                self.end_headers()
                for event in response.events:
                    self.wfile.write(f"data: {event}\n\n".encode())
                    self.wfile.flush()
                return
            data = json.dumps(response.body).encode()
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    return _Handler


def _check_categories(scores: Any) -> None:
    if not isinstance(scores, Mapping):
        msg = "moderation scores must be a mapping of category to score"
        raise TypeError(msg)
    unknown = sorted(str(k) for k in scores if k not in _ALL_CATEGORIES)
    if unknown:
        msg = f"unknown moderation categories: {', '.join(unknown)}"
        raise ValueError(msg)
