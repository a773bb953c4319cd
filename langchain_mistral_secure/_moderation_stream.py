"""The moderation guard's stream state: chunks held until their text is moderated.

A streamed answer is moderated sentence by sentence: chunks are held while
their text accumulates and released whole once a moderation call has seen it.
This module decides *when* a call is due and *which text* it sees; the guard
(:mod:`langchain_mistral_secure.moderation`) makes the call.

Every step is linear in the stream: held text is a list joined once per call,
a sentence end is looked for only in the new text (plus one character back),
and the context a call sees is a bounded tail kept as the stream goes, never a
slice of the whole answer. In whole-answer mode the whole answer so far is sent
only when it has doubled since the last time it was sent, and at the end, so the
text sent over a stream adds up to a few times its length instead of growing
with the square of it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import re2
from langchain_core.messages import AIMessageChunk

from langchain_mistral_secure._message_texts import stream_text

# A sentence end is ". ", "! ", "? " (any whitespace) or a newline.
_BOUNDARY = re2.compile(r"[.!?]\s|\n")

WHOLE_ANSWER_CONTEXT_CHARS = 2_000
"""Earlier text a whole-answer-mode call sees besides the new text, between the
calls that see the whole answer (when it has doubled, and at the end)."""


def stream_chunk_text(chunk: Any) -> str | None:
    """The text of a streamable chunk, or ``None`` for a whole value."""
    if isinstance(chunk, str):
        return chunk
    if isinstance(chunk, AIMessageChunk):
        return stream_text(chunk)
    return None


@dataclass
class _StreamState:
    """Chunks held back until the text they carry has been moderated.

    Attributes:
        window_chars: The guard's ``stream_window_chars`` (``None``: whole answer).
        context_chars: Earlier text a whole-answer-mode call sees between the
            calls that send the whole answer.
        held: The chunks not yet released.
    """

    window_chars: int | None = None
    context_chars: int = WHOLE_ANSWER_CONTEXT_CHARS
    held: list[Any] = field(default_factory=list)
    _parts: list[str] = field(default_factory=list)
    _pending_len: int = 0
    _boundary: bool = False
    _last_char: str = ""
    # The last ``window_chars`` (or ``context_chars``) moderated characters.
    _recent: str = ""
    # The moderated text, in pieces (whole-answer mode only).
    _answer: list[str] = field(default_factory=list)
    _moderated_len: int = 0
    _whole_len: int = 0
    _last_call_whole: bool = True

    def add(self, chunk: Any, text: str) -> None:
        """Hold ``chunk``, whose text is ``text``."""
        self.held.append(chunk)
        if not text:
            return
        self._parts.append(text)
        self._pending_len += len(text)
        if not self._boundary:
            # The boundary may straddle the previous chunk: look one char back.
            self._boundary = _BOUNDARY.search(self._last_char + text) is not None
        self._last_char = text[-1]

    def ready(self, chunk_chars: int, min_chars: int) -> bool:
        """Whether the held text is due for a call."""
        if self._pending_len >= chunk_chars:
            return True
        if self._pending_len < min_chars:
            return False
        # With a minimum, an earlier sentence end may have been held back by it;
        # without one, any earlier end already triggered a call.
        return self._boundary

    @property
    def needs_final_call(self) -> bool:
        """Whether the whole answer must still be sent once the stream ends."""
        return self.window_chars is None and not self._last_call_whole

    def _pending(self) -> str:
        if len(self._parts) > 1:
            self._parts = ["".join(self._parts)]
        return self._parts[0] if self._parts else ""

    def call_text(self, *, final: bool = False) -> str | None:
        """The text the next moderation call sees, or ``None`` for no call.

        No call is made for held text that is empty or blank, unless this is the
        stream's end and the whole answer has not yet been sent in one call.

        Args:
            final: The stream has ended (whole-answer mode sends the whole answer).
        """
        pending = self._pending()
        blank = not pending.strip()
        if self.window_chars is not None:
            if blank:
                return None
            size = max(self.window_chars, len(pending))
            context = size - len(pending)
            return (self._recent[-context:] if context else "") + pending
        if blank and not (final and self.needs_final_call):
            return None
        total = self._moderated_len + len(pending)
        if self._moderated_len <= self.context_chars:
            text = self._recent + pending  # the whole answer, still short
        elif final or total >= 2 * self._whole_len:
            self._answer = ["".join(self._answer)]
            text = self._answer[0] + pending
        else:
            self._last_call_whole = False
            return self._recent[-self.context_chars :] + pending
        self._whole_len = total
        self._last_call_whole = True
        return text

    def release(self) -> list[Any]:
        """The held chunks, now moderated; their text becomes context."""
        out, self.held = self.held, []
        pending = self._pending()
        keep = self.context_chars if self.window_chars is None else self.window_chars
        self._recent = (self._recent + pending)[-keep:]
        if self.window_chars is None and pending:
            self._answer.append(pending)
        self._moderated_len += len(pending)
        self._parts, self._pending_len = [], 0
        self._boundary, self._last_char = False, ""
        return out
