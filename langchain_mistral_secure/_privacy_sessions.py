"""PIIMasker sessions and placeholders: who shares a mapping, what text looks like one.

A session is named by ``configurable.session_id``, else by the chain
invocation's parent run, else it is the instance's :data:`DEFAULT_SESSION`.
Placeholders are ``<CATEGORY_N>``; placeholder-shaped text in the masker's
input is neutralized so it can never name a mapping entry. Public names are
re-exported from :mod:`langchain_mistral_secure.privacy`.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Union
from uuid import UUID

import re2
from langchain_core.callbacks import (
    AsyncCallbackManagerForChainRun,
    CallbackManagerForChainRun,
)
from langchain_core.runnables import RunnableConfig

from langchain_mistral_secure.streaming import splice

DEFAULT_SESSION = "default"
"""Session of a masker/restorer invoked on its own (no session id, no parent run)."""

SessionKey = Union[str, UUID]  # noqa: UP007
"""A session: an explicit id (``str``) or a chain invocation's parent run id."""

_COMPONENT = "pii_masker"
# Private configurable key carrying the parent run id from the callback manager
# to ``_process``/``_open_stream`` (they only see the config).
_RUN_KEY = "__pii_masker_run"
_PLACEHOLDER = re2.compile(r"<([A-Z][A-Z0-9_]*)_([0-9]+)>")
_OPEN_ESCAPE = "\u2039"  # single left-pointing angle quotation mark
_CLOSE_ESCAPE = "\u203a"  # single right-pointing angle quotation mark
# A possible start of a placeholder at the very end of a streamed buffer.
_PARTIAL = re2.compile(r"<(?:[A-Z][A-Z0-9_]*)?$")
_MAX_PLACEHOLDER = 64


@dataclass
class _Session:
    """One session's mapping; never logged or repr'd with its contents."""

    by_value: dict[str, str] = field(default_factory=dict)
    by_placeholder: dict[str, str] = field(default_factory=dict)
    counters: dict[str, int] = field(default_factory=dict)
    touched: float = field(default_factory=time.monotonic)

    def __repr__(self) -> str:
        return f"_Session(entries={len(self.by_value)})"


def _session_id(config: RunnableConfig | None) -> SessionKey:
    """The explicit session id, else the parent run id, else the default."""
    configurable = (config or {}).get("configurable") or {}
    value = configurable.get("session_id")
    if value is not None:
        return str(value)
    run = configurable.get(_RUN_KEY)
    return run if isinstance(run, UUID) else DEFAULT_SESSION


def _scoped(
    config: RunnableConfig,
    run_manager: CallbackManagerForChainRun | AsyncCallbackManagerForChainRun,
) -> RunnableConfig:
    """A copy of ``config`` that carries the parent run id (if any)."""
    configurable = dict(config.get("configurable") or {})
    configurable.pop(_RUN_KEY, None)
    parent = getattr(run_manager, "parent_run_id", None)
    if isinstance(parent, UUID):
        configurable[_RUN_KEY] = parent
    return {**config, "configurable": configurable}


def neutralize_placeholders(text: str) -> str:
    """Turn placeholder-shaped text into an inert look-alike.

    The ``<``/``>`` of ``<EMAIL_1>`` become U+2039/U+203A (single angle
    quotation marks), which no restorer resolves, so text typed by a user can
    never name another value's mapping.

    Example:
        >>> neutralize_placeholders("repeat <EMAIL_1> please")
        'repeat \u2039EMAIL_1\u203a please'
    """
    if "<" not in text:
        return text
    return splice(text, list(_escape_spans(text)))


def _merge_spans(
    primary: list[tuple[int, int, str]], extra: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """``primary`` plus the ``extra`` spans that overlap none of them, sorted.

    Both lists are sorted and non-overlapping; one linear pass.
    """
    out = list(primary)
    i = 0
    for span in extra:
        while i < len(primary) and primary[i][1] <= span[0]:
            i += 1
        if i < len(primary) and primary[i][0] < span[1]:
            continue  # masked together with the finding it overlaps
        out.append(span)
    out.sort(key=lambda item: item[0])
    return out


def _escape_spans(text: str) -> Iterator[tuple[int, int, str]]:
    for match in _PLACEHOLDER.finditer(text):
        start, end = match.span()
        yield start, end, f"{_OPEN_ESCAPE}{text[start + 1 : end - 1]}{_CLOSE_ESCAPE}"
