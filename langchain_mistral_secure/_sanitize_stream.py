"""Streaming through the input sanitizer: size/token limits and a held tail.

Split from :mod:`langchain_mistral_secure.sanitizer`; the classes here are
private and driven by :class:`~langchain_mistral_secure.sanitizer.InputSanitizer`.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from langchain_mistral_secure._sanitize_detect import (
    _dedupe,
    _RulesAndScorer,
    rules_of,
    scorer_of,
)
from langchain_mistral_secure._sanitize_results import (
    _MAX_CHARS,
    _MAX_TOKENS,
    _OVERFLOW_CATEGORY,
    _OVERFLOW_RULE,
    InputTooLongError,
    PromptInjectionError,
)
from langchain_mistral_secure.detection.corroboration import confirmed, needs_score
from langchain_mistral_secure.detection.engine import Finding
from langchain_mistral_secure.streaming import view_tail_start
from langchain_mistral_secure.tokens import count_tokens, truncate_to_tokens

if TYPE_CHECKING:
    from langchain_mistral_secure.sanitizer import InputSanitizer

# The sanitizer's logger: truncation warnings keep their historical name.
logger = logging.getLogger("langchain_mistral_secure.sanitizer")


class _InputStream:
    """One stream through the sanitizer.

    A stream that starts with a ``str`` is sanitized incrementally
    (:class:`_StreamState`); any other stream is added up and sanitized whole
    at its end.
    """

    def __init__(self, sanitizer: InputSanitizer) -> None:
        self.sanitizer = sanitizer
        self.state: _StreamState | None = None
        self.total: Any = None
        self.found: list[Finding] = []

    def feed(self, chunk: Any) -> Iterator[Any]:
        if self.state is None and self.total is None and isinstance(chunk, str):
            self.state = self.sanitizer._new_stream()  # noqa: SLF001
        if self.state is not None:
            out = self.state.feed(chunk)
            if out:
                yield out
        else:
            self.total = chunk if self.total is None else self.total + chunk

    def finish(self) -> Iterator[Any]:
        if self.state is not None:
            out = self.state.finish()
            if out:
                yield out
        elif self.total is not None:
            yield self.sanitizer._value(self.total, self.found, top=True)  # noqa: SLF001

    def findings(self) -> list[Finding]:
        return [*self.found, *(self.state.found if self.state is not None else [])]


def _token_boundary(text: str, lo: int) -> int:
    """Last offset >= ``lo`` where the tokenizer starts a new pre-token, or -1.

    A single space between a letter or digit and a letter always starts a
    new pre-token (" word"), so tokens never cross it: the token count of the
    text is the sum of the counts of the pieces on either side.
    """
    pos = len(text) - 1
    while True:
        space = text.rfind(" ", lo, pos)
        if space < 1 or space + 1 >= len(text):
            return -1
        if text[space - 1].isalnum() and text[space + 1].isalpha():
            return space
        pos = space


class _StreamLimit:
    """Applies ``max_chars``/``max_tokens`` to a stream of string chunks.

    Tokens are counted incrementally: text is tokenized once, piece by piece,
    cut at pre-token boundaries (see :func:`_token_boundary`), so the count
    equals the count of the whole text and the work stays linear. Text is
    passed on only while it provably fits the budget; the unsettled tail is
    held until a boundary arrives or the stream ends.

    Attributes:
        tokenized_chars: Characters given to the tokenizer so far (at most
            the stream's length: each character is tokenized once).
    """

    def __init__(self, sanitizer: InputSanitizer) -> None:
        self.sanitizer = sanitizer
        self.cut_at: int | None = None
        self.total = 0
        self.kept = 0  # characters accepted under max_chars
        # Accepted text not yet settled in the token count, as pieces.
        self.tail: list[str] = []
        self.tail_chars = 0
        self.tail_bytes = 0
        self.tail_passed = 0  # characters of the tail already passed on
        self.settled_chars = 0
        self.settled_tokens = 0
        self.tokenized_chars = 0

    def take(self, chunk: str) -> str:
        s = self.sanitizer
        self.total += len(chunk)
        if self.cut_at is not None:
            return ""
        if s.max_chars is not None and self.kept + len(chunk) > s.max_chars:
            if s.on_overflow == "raise":
                raise InputTooLongError(_MAX_CHARS, self.total, s.max_chars)
            chunk = chunk[: s.max_chars - self.kept]
            self.cut_at = s.max_chars
        self.kept += len(chunk)
        if s.max_tokens is None:
            return chunk
        return self._tokens(chunk, final=self.cut_at is not None)

    def finish(self) -> str:
        """End of stream: settle and return the held tail."""
        if self.sanitizer.max_tokens is None or self.cut_at is not None:
            return ""
        return self._tokens("", final=True)

    def _count(self, text: str) -> int:
        self.tokenized_chars += len(text)
        return count_tokens(text, self.sanitizer.model)

    def _tail_text(self) -> str:
        if len(self.tail) > 1:
            self.tail = ["".join(self.tail)]
        return self.tail[0] if self.tail else ""

    def _tokens(self, chunk: str, *, final: bool) -> str:
        budget = self.sanitizer.max_tokens
        assert budget is not None  # noqa: S101 - checked by the caller
        before = self.tail[-1][-2:] if self.tail else ""
        if chunk:
            self.tail.append(chunk)
            self.tail_chars += len(chunk)
            self.tail_bytes += len(chunk.encode("utf-8", "surrogatepass"))
        # Only the new text (and two characters before it) can hold a new
        # boundary: the search never rescans the held tail.
        if final:
            boundary = self.tail_chars
        else:
            found = _token_boundary(before + chunk, 1)
            boundary = (
                -1 if found < 0 else self.tail_chars - len(chunk) - len(before) + found
            )
        out = ""
        if boundary > 0:
            text = self._tail_text()
            piece = text[:boundary]
            tokens = self._count(piece)
            if self.settled_tokens + tokens > budget:
                return self._overflow(piece, budget - self.settled_tokens)
            self.settled_tokens += tokens
            self.settled_chars += boundary
            out = piece[self.tail_passed :]
            rest = text[boundary:]
            self.tail = [rest] if rest else []
            self.tail_chars = len(rest)
            self.tail_bytes = len(rest.encode("utf-8", "surrogatepass"))
            # Text past the boundary may already have been passed on.
            self.tail_passed = max(0, self.tail_passed - boundary)
        # Tokens never outnumber UTF-8 bytes: text that fits by bytes alone
        # may be passed on before it is settled.
        if self.tail_passed < self.tail_chars and (
            self.settled_tokens + self.tail_bytes <= budget
        ):
            if boundary <= 0 and self.tail_passed == self.tail_chars - len(chunk):
                # Everything before this chunk is out: pass the chunk alone,
                # never join the held tail again (quadratic without spaces).
                out += chunk
            else:
                out += self._tail_text()[self.tail_passed :]
            self.tail_passed = self.tail_chars
        return out

    def _overflow(self, piece: str, room: int) -> str:
        s = self.sanitizer
        budget = s.max_tokens
        assert budget is not None  # noqa: S101
        if s.on_overflow == "raise":
            size = self.settled_tokens + self._count(piece)
            raise InputTooLongError(_MAX_TOKENS, size, budget)
        self.tokenized_chars += len(piece)
        kept = truncate_to_tokens(piece, room, s.model) if room > 0 else ""
        self.cut_at = self.settled_chars + len(kept)
        logger.warning(
            "input truncated to %d characters (on_overflow='truncate')",
            self.cut_at,
        )
        passed, self.tail, self.tail_chars = self.tail_passed, [], 0
        return kept[passed:]

    def overflow(self) -> list[Finding]:
        if self.cut_at is None:
            return []
        return [
            Finding(
                start=self.cut_at,
                end=self.total,
                rule_id=_OVERFLOW_RULE,
                category=_OVERFLOW_CATEGORY,
            )
        ]


class _StreamState:
    """Incremental sanitizing of string chunks with a bounded held-back tail.

    The stream is cut only after a plain space that does not start a line and
    that no finding covers, at least ``max_match_len`` detection-view units
    before the end of what has arrived (a run of whitespace is one unit, a
    zero-width character none: padding inside an attack cannot push its start
    out of the held tail). No rule can begin a match with such a space, so
    scanning again from that space (kept as one character of left context for
    word boundaries and line starts) finds exactly the matches a scan of the
    whole text finds: the streamed output equals ``invoke`` for any chunking
    and any padding. Text without such spaces is held until one arrives or
    the stream ends; rescans happen only when the held text has grown by
    half, so the total work stays linear.

    That holds for rules, whose matches do not depend on where the scanned
    text starts. The learned scorer's best window does (its windows are laid
    from the text's start), so held windows run the rules alone and the
    scorer reads the whole stream once, at its end, as ``invoke`` does: its
    score-only findings change no text, and one that blocks raises before the
    last held text is released.

    A rule finding the scorer must confirm (see
    :mod:`langchain_mistral_secure.detection.corroboration`) stands or falls
    on the whole text's score, so once one is in the held text the stream
    holds everything from there to its end (no more scans until then): the
    output still equals ``invoke``, and the work stays linear.
    """

    def __init__(self, sanitizer: InputSanitizer) -> None:
        self.sanitizer = sanitizer
        self.limit = _StreamLimit(sanitizer)
        # The pending text, as pieces joined only when it is scanned.
        self.pieces: list[str] = []
        self.size = 0
        # pending[:offset] is context already emitted (0 or 1 character).
        self.offset = 0
        self.emitted = 0
        self.scanned_at = 0
        # Characters given to the rules so far (a bounded multiple of the
        # stream's length: the linearity tests read it), and to the scorer
        # (the whole stream once, at its end).
        self.scanned_chars = 0
        self.scored_chars = 0
        self.found: list[Finding] = []
        # Everything given to the detector, for the scorer's one pass at the
        # end (bounded by the sanitizer's max_chars).
        self.whole: list[str] = []
        self.scorer_checked = False
        # Set once the held text has a finding the whole text's score decides.
        self.holding = False

    @property
    def pending(self) -> str:
        if len(self.pieces) > 1:
            self.pieces = ["".join(self.pieces)]
        return self.pieces[0] if self.pieces else ""

    def _safe_cut(self, findings: Sequence[Finding], limit: int) -> int | None:
        text, offset = self.pending, self.offset
        crossing = sorted((f.start, f.end) for f in findings)
        pos = limit
        while pos > offset:
            space = text.rfind(" ", offset, pos)
            if space < 1:
                return None
            cut = space + 1
            if text[space - 1] == "\n":
                pos = space
                continue
            blocker = next((a for a, b in crossing if a < cut < b), None)
            if blocker is None:
                return cut
            pos = min(space, blocker)
        return None

    def _take(self, cut: int, findings: Sequence[Finding]) -> str:
        s = self.sanitizer
        text = self.pending
        out, part = s._emit(text, self.offset, cut, findings)  # noqa: SLF001
        self.found.extend(f.shifted(self.emitted) for f in part)
        self.emitted += cut - self.offset
        rest = text[cut - 1 :] if cut > 0 else text
        self.pieces = [rest] if rest else []
        self.size = len(rest)
        self.offset = 1 if cut > 0 else 0
        # The held rest was scanned already: scan again only once the new
        # text is worth it, so each character is scanned a bounded number of
        # times however small the chunks (a rest of twice the hold, left by
        # zero-width padding, would otherwise be rescanned on every chunk).
        self.scanned_at = self.size
        return out

    def _add(self, text: str) -> None:
        if text:
            self.pieces.append(text)
            self.whole.append(text)
            self.size += len(text)

    def _rules(self, text: str) -> tuple[list[Finding], list[Finding]]:
        """The rules' findings in ``text`` as (plain, unveiled)."""
        detector = self.sanitizer.detector
        if not self.scorer_checked:
            # Fail closed before any text is released: a scorer that cannot
            # load raises here (DetectionError), not only at the stream's end.
            scorer = scorer_of(detector)
            if scorer is not None:
                scorer.detect(" ")
            self.scorer_checked = True
        self.scanned_chars += len(text)
        if isinstance(detector, _RulesAndScorer):
            return detector.rule_parts(text)
        return rules_of(detector).detect(text), []

    def _scored(self) -> tuple[float, list[Finding]]:
        """The whole stream's score and the scorer's findings (0, none without one)."""
        scorer = scorer_of(self.sanitizer.detector)
        if scorer is None:
            return 0.0, []
        whole = "".join(self.whole)
        self.whole = [whole]
        self.scored_chars += len(whole)
        return scorer.assess(whole)

    def _floor(self) -> float | None:
        detector = self.sanitizer.detector
        return detector.floor if isinstance(detector, _RulesAndScorer) else None

    def feed(self, chunk: str) -> str:
        self._add(self.limit.take(chunk))
        if self.holding:
            return ""
        hold = self.sanitizer._hold()  # noqa: SLF001
        size = self.size
        if size - self.offset <= hold or size < max(2 * hold, self.scanned_at * 1.5):
            return ""
        self.scanned_at = size
        # The hold counts detection-view units: whitespace runs and zero-width
        # padding must not push a match's start out early.
        limit = view_tail_start(self.pending, hold + 2)
        if limit <= self.offset:
            return ""
        plain, unveiled = self._rules(self.pending)
        if self._floor() is not None and any(map(needs_score, plain)):
            self.holding = True
            return ""
        findings = _dedupe([*plain, *unveiled])
        cut = self._safe_cut(findings, limit)
        return "" if cut is None else self._take(cut, findings)

    def finish(self) -> str:
        self._add(self.limit.finish())
        text = self.pending
        plain, unveiled = self._rules(text)
        score, scored = self._scored()
        # The whole stream is one text: invoke reads its size the same way.
        size = self.emitted - self.offset + len(text)
        findings = _dedupe(confirmed(plain, unveiled, score, self._floor(), size))
        blocking = [f for f in scored if self.sanitizer._blocks(f)]  # noqa: SLF001
        if blocking:
            raise PromptInjectionError(blocking)
        out = self._take(len(text), findings) if self.size > self.offset else ""
        self.found.extend(scored)
        self.found.extend(self.limit.overflow())
        return out
