"""The moderation API's wire: the pinned model, endpoints, errors, request shapes.

What goes to ``/v1/moderations`` and ``/v1/chat/moderations`` and what comes
back, kept apart from the guard's policy (``_moderation_policy``) and its
Runnable surface (``moderation``). The public names here are re-exported from
:mod:`langchain_mistral_secure.moderation`, and the errors say they live there,
so tracebacks and pickles name that stable path.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import httpx
from langchain_core.documents import Document
from langchain_core.messages import BaseMessage
from langchain_core.prompt_values import PromptValue

from langchain_mistral_secure._error_pickle import reduce_error
from langchain_mistral_secure._message_texts import message_texts

_PUBLIC_MODULE = "langchain_mistral_secure.moderation"

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

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle by the scores (the error crosses process pools)."""
        return reduce_error(self, self.categories, scores=self.scores, model=self.model)


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

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle by the status (the error crosses process pools)."""
        return reduce_error(self, status=self.status, error_type=self.error_type)


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


# Errors are raised to callers and pickled by process pools: they name the
# public module, not this private one.
ModerationError.__module__ = _PUBLIC_MODULE
ModerationUnavailableError.__module__ = _PUBLIC_MODULE
