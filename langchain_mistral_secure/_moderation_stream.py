"""The moderation guard's stream state: chunks held until their text is moderated.

A streamed answer is moderated sentence by sentence: chunks are held while
their text accumulates and released whole once a moderation call has seen it.
This module decides *when* a call is due and *which text* it sees; the guard
(:mod:`langchain_mistral_secure.moderation`) makes the call.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import re2
from langchain_core.messages import AIMessageChunk

from langchain_mistral_secure._message_texts import stream_text

# A sentence ends at ". ", "! ", "? " (any whitespace) or at a newline.
_BOUNDARY = re2.compile(r"[.!?]\s|\n")


def stream_chunk_text(chunk: Any) -> str | None:
    """The text of a streamable chunk, or ``None`` for a whole value."""
    if isinstance(chunk, str):
        return chunk
    if isinstance(chunk, AIMessageChunk):
        return stream_text(chunk)
    return None


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

    def ready(self, text: str, chunk_chars: int, min_chars: int) -> bool:
        """Whether the held text, just grown by ``text``, is due for a call."""
        if len(self.pending) >= chunk_chars:
            return True
        if len(self.pending) < min_chars:
            return False
        if min_chars:
            # An earlier sentence end may have been held back by the minimum.
            return _BOUNDARY.search(self.pending) is not None
        # The boundary may straddle the previous chunk: look one char back.
        tail = self.pending[-(len(text) + 1) :]
        return bool(tail) and _BOUNDARY.search(tail) is not None

    def window(self, window_chars: int | None) -> str:
        """The text the next call sees: all of it, or its last ``window_chars``."""
        text = self.moderated + self.pending
        if window_chars is None:
            return text
        size = max(window_chars, len(self.pending))
        return text[-size:]
