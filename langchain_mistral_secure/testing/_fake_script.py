"""What a test scripts into the fake Mistral server and what it reads back.

Reply and moderation-score scripts, the moderation categories the server
scores, injected failures, and :class:`RecordedRequest`, the record of one
request. Public names are re-exported from
:mod:`langchain_mistral_secure.testing.fake_mistral`, where they are documented.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeAlias

import httpx

from langchain_mistral_secure.testing._fake_wire import bearer_token

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
        >>> import httpx
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


def _check_categories(scores: Any) -> None:
    if not isinstance(scores, Mapping):
        msg = "moderation scores must be a mapping of category to score"
        raise TypeError(msg)
    unknown = sorted(str(k) for k in scores if k not in _ALL_CATEGORIES)
    if unknown:
        msg = f"unknown moderation categories: {', '.join(unknown)}"
        raise ValueError(msg)


# Records are handed to tests and may be pickled by them: they name the public
# module, not this private one.
RecordedRequest.__module__ = "langchain_mistral_secure.testing.fake_mistral"
