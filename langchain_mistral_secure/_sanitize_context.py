"""Where text comes from: a user turn, or data (a document, a tool result).

Split from :mod:`langchain_mistral_secure.sanitizer`. Text that arrives as
data has no business asking the model to act as someone or giving it orders,
so the sanitizer judges it with the document scorer (its own weights and a
threshold calibrated without the persona and role-play benign files that cap
the user-turn threshold). Rules are the same in both contexts.

A :class:`~langchain_mistral_secure.prompts.SafePromptTemplate` writes each
document into its human turn as ``Document N (key):`` followed by a block
between its per-call boundary markers. :func:`document_spans` finds those
blocks again, so ``template | sanitizer | model`` judges them as documents
while the whole turn is still judged as a user turn (the document context
only adds findings, so forging a block gains an attacker nothing).
"""

from __future__ import annotations

import bisect
from typing import Literal

import re2
from langchain_core.messages import BaseMessage, ChatMessage, ToolMessage

Source = Literal["user", "document"]
"""Where a text comes from: a user turn, or data (document, tool result)."""

USER: Source = "user"
DOCUMENT: Source = "document"

_TOOL_ROLES = frozenset({"tool", "function"})


def is_tool_turn(message: BaseMessage) -> bool:
    """Whether ``message`` carries a tool's output (data, not a user's words).

    Example:
        >>> is_tool_turn(ChatMessage(role="Tool", content="42"))
        True
    """
    if isinstance(message, ToolMessage):
        return True
    return isinstance(message, ChatMessage) and message.role.lower() in _TOOL_ROLES


# The template's document header and boundaries (prompts.py,
# ``SafePromptTemplate._documents`` and ``_wrap``): bounded, no nesting.
_DOCUMENT_OPEN = re2.compile(
    r"Document [0-9]{1,9} \([^()\n]{1,200}\):\n<<UNTRUSTED ([0-9a-f]{8,64})>>\n"
)
_CLOSE = re2.compile(r"\n<</UNTRUSTED ([0-9a-f]{8,64})>>")


def document_spans(text: str) -> list[tuple[int, int]]:
    r"""Spans of the documents a ``SafePromptTemplate`` spotlighted in ``text``.

    Each span is the data between a document's opening boundary and the
    next closing one with the same boundary; an opening without one is
    ignored. Two passes of bounded patterns and a binary search per
    opening: no rescanning, whatever the text.

    Example:
        >>> b = "ab12cd34"
        >>> t = f"Document 1 (docs):\n<<UNTRUSTED {b}>>\nhi\n<</UNTRUSTED {b}>>"
        >>> [t[a:b] for a, b in document_spans(t)]
        ['hi']
    """
    if "<<UNTRUSTED " not in text:
        return []
    closes: dict[str, list[int]] = {}
    for match in _CLOSE.finditer(text):
        closes.setdefault(match.group(1), []).append(match.start())
    spans: list[tuple[int, int]] = []
    done = 0
    for match in _DOCUMENT_OPEN.finditer(text):
        start = match.end()
        if match.start() < done:
            continue  # inside the previous document's data
        ends = closes.get(match.group(1), [])
        at = bisect.bisect_left(ends, start)
        if at < len(ends):
            spans.append((start, ends[at]))
            done = ends[at]
    return spans
