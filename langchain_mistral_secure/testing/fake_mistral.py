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

The server is split by what each part handles: the scripts and records
(``_fake_script``), answering requests (``_fake_answers``), the wire format
(``_fake_wire``), the loopback lifecycle (``_loopback``) and, here, the
scripting API a test calls.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from langchain_mistral_secure.testing._fake_answers import _FakeMistralAnswers
from langchain_mistral_secure.testing._fake_script import (
    JAILBREAK_MODERATION_MODELS,
    MODERATION_CATEGORIES,
    RecordedRequest,
    Reply,
    ReplyFunction,
    ReplyValue,
    ScoreFunction,
    Scores,
    _check_categories,
    _Failure,
)
from langchain_mistral_secure.testing._fake_wire import (
    message_text,
    normalize_path,
    normalize_reply,
)

__all__ = [
    "DEFAULT_REPLY",
    "JAILBREAK_MODERATION_MODELS",
    "MODERATION_CATEGORIES",
    "FakeMistralServer",
    "RecordedRequest",
    "Reply",
    "ReplyFunction",
    "ReplyValue",
    "ScoreFunction",
    "Scores",
    "echo_last_message",
]

DEFAULT_REPLY = "Hello from the fake Mistral server."
"""Text of the chat reply when a test scripted nothing."""

_MIN_ERROR_STATUS = 400
_MAX_ERROR_STATUS = 599


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


class FakeMistralServer(_FakeMistralAnswers):
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
        super().__init__(port)
        self._requests: list[RecordedRequest] = []
        self._failures: list[_Failure] = []
        self._revoked: set[str] = set()
        self._accepted_keys: frozenset[str] | None = None
        self._replies: list[Reply] = []
        self._queue_mode = False
        self._scores: Scores | ScoreFunction = {}
        self._chunk_size = 1
        self.response_model = response_model
        self.moderation_threshold = moderation_threshold
        self.chunk_size = chunk_size
        self.accepted_keys = accepted_keys
        self.reply_with(DEFAULT_REPLY if reply is None else reply)
        self._scripted = reply is not None
        self.moderate_with(moderation_scores or {})

    # ------------------------------------------------------------------ lifecycle

    @property
    def port(self) -> int:
        """The bound port.

        Raises:
            RuntimeError: If the server is not running.
        """
        return self._bound_port()

    @property
    def base_url(self) -> str:
        """The API base URL, e.g. ``"http://127.0.0.1:PORT/v1"``."""
        return f"http://127.0.0.1:{self.port}/v1"

    def __repr__(self) -> str:
        """Show state without any request content or key."""
        with self._lock:
            port = self._port_if_running()
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
