r"""A bounded hold-back window that applies span detection to a text stream.

Detectors find spans in a whole text; a stream arrives in pieces. The window keeps
only a bounded tail of not-yet-emitted text (the longest span a detector could
still be completing, plus a small margin) and emits everything before it at once,
with the spans found in it already replaced. It never cuts through a finding: when
a finding straddles the emit point, emission stops at the finding's start.

For detectors whose matches are at most ``max_match_len`` characters long and look
at no more than a few characters of context on each side (``\b``, "a word before"),
the concatenated output equals the result of processing the whole text at once,
for every chunking. Emission points are preferably placed just after whitespace,
so a pattern never starts its search mid-token.

With a hold policy (:mod:`langchain_mistral_secure.detection.holdback`, the
redactor's default), the window instead emits everything before the earliest
place where a match could still start, every :data:`EARLY_STEP` characters, and
``hold`` becomes the cap on how long a candidate is held: prose arrives a word
behind the model, an open candidate is held from its first character.

The window is generic: the redactor renders findings as placeholders, the input
sanitizer may render them as it likes.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from langchain_mistral_secure._stream_cuts import _WindowCuts
from langchain_mistral_secure.detection.engine import Finding, TextTooLongError
from langchain_mistral_secure.detection.holdback_text import (
    DEFAULT_MAX_MATCH_LEN,
    continue_carry,
    hold_for,
    span_of,
    splice,
    view_tail_start,
    visible_count,
    visible_tail_start,
)

if TYPE_CHECKING:
    from langchain_mistral_secure.detection.holdback import CompositeHold

__all__ = [
    "DEFAULT_CONTEXT",
    "DEFAULT_MAX_MATCH_LEN",
    "EARLY_CONTEXT",
    "EARLY_RAMP",
    "EARLY_STEP",
    "INVISIBLE_GROWTH",
    "HoldBackWindow",
    "hold_for",
    "splice",
    "view_tail_start",
    "visible_tail_start",
]

DEFAULT_CONTEXT = 32
"""Characters of emitted text the window keeps as left context for detectors."""
EARLY_CONTEXT = 96
"""Left context of an early-release window: it cuts right before values, whose
decisions read up to ~80 characters back (a key name, "social security
number is")."""
EARLY_STEP = 16
"""Characters an early-release window takes in between two attempts to emit
(doubled once :data:`EARLY_RAMP` characters are out: the first words matter
most, and each attempt runs every detector once)."""
EARLY_RAMP = 256
"""Emitted characters after which an early-release window steps twice as far."""
INVISIBLE_GROWTH = 3
"""While invisible characters hold an early-release window's text, it tries
again only once this many times the held text has arrived (see ``push``)."""
# A window never grows beyond this many times the hold (+ one chunk) before it
# emits, even without a whitespace boundary or across zero-width characters.
_MAX_HOLD_FACTOR = 4
# Hard cap on held text while a finding is still open (an unfinished JWT, an
# image whose ``)`` never comes): past it, the open finding is redacted up to
# the cut and its continuation is redacted up to the next whitespace, so the
# window stays bounded and emits as it goes (fail-closed).
HARD_HOLD_FACTOR = 16
MIN_HARD_HOLD = 65536
_MAX_CHARS_LIMIT = "max_chars"
DetectFn = Callable[[str], list[Finding]]
RenderFn = Callable[[str, list[Finding]], str]


class HoldBackWindow(_WindowCuts):
    r"""Applies ``detect`` and ``render`` to a stream, holding back a bounded tail.

    Args:
        detect: Returns merged, non-overlapping findings of a text, sorted by
            start (e.g. ``lambda t: detect_all(t, detectors)``). It may raise:
            the error propagates and nothing of the pending text is emitted.
        render: Turns a text segment and the findings inside it (offsets
            relative to the segment) into output text. It may raise to block.
        hold: Characters of visible text held back (see :func:`hold_for`).
        context: Characters of already emitted text shown to ``detect`` before
            the pending text, for detectors that look back (``\b``, "the word
            before a number"). Findings inside them are not emitted again.
        max_pending: Most characters the window may hold (``None``: no
            limit). Text held for a reason the hard cap does not cover
            (zero-width padding that may hide the start of a match) raises
            :class:`~langchain_mistral_secure.detection.engine.TextTooLongError`
            past it, rather than growing without bound or being released.
        policy: Early release (see
            :mod:`~langchain_mistral_secure.detection.holdback`): the window
            emits everything before the earliest place where a match could
            still start, every :data:`EARLY_STEP` characters; ``hold`` is then
            the cap on how long a candidate is held. ``None``: the fixed hold.

    Attributes:
        findings: Every finding rendered so far, in absolute stream offsets.

    Example:
        >>> from langchain_mistral_secure.detection.engine import (
        ...     Rule, RuleDetector, detect_all, replace_spans)
        >>> det = RuleDetector([Rule("d.k", "key", r"key-\d{4}", max_len=8)])
        >>> window = HoldBackWindow(
        ...     lambda t: detect_all(t, [det]),
        ...     lambda t, fs: replace_spans(t, [(f.start, f.end, "[KEY]") for f in fs]),
        ...     hold=hold_for([8]),
        ... )
        >>> "".join([window.push("my key-12"), window.push("34 is"), window.flush()])
        'my [KEY] is'
    """

    # The state the cut decisions read is slotted in ``_WindowCuts``.
    __slots__ = (
        "_context",
        "_emitted",
        "_max_buffer",
        "_max_pending",
        "_next_at",
        "_pinned",
        "_render",
        "_step",
        "findings",
    )

    def __init__(  # noqa: PLR0913 - keyword-only knobs of one window
        self,
        detect: DetectFn,
        render: RenderFn,
        *,
        hold: int,
        context: int = DEFAULT_CONTEXT,
        max_pending: int | None = None,
        policy: CompositeHold | None = None,
    ) -> None:
        """Create an empty window; arguments are described on the class."""
        if hold < 1:
            msg = "hold must be at least 1"
            raise ValueError(msg)
        self._detect = detect
        self._render = render
        self._hold = hold
        self._context = max(1, context)
        self._policy = policy
        self._step = EARLY_STEP if policy is not None else max(1, hold // 4)
        self._max_buffer = _MAX_HOLD_FACTOR * hold
        self._hard_cap = max(MIN_HARD_HOLD, HARD_HOLD_FACTOR * hold)
        self._max_pending = max_pending
        self._ctx = ""
        # Pending text as pieces, joined only when the window scans: appending
        # to one string would copy it for every chunk (quadratic).
        self._pieces: list[str] = []
        self._pending = 0
        # A finding cut open at the hard cap: its continuation is redacted.
        self._carry: Finding | None = None
        self._emitted = 0
        self._next_at = self._step if policy else self._hold + self._step
        # The last hold decision of an early window, kept for the scan that
        # follows it on the same text: (window, base, floor, limit).
        self._probe: tuple[str, int, int, int] | None = None
        # Whether invisible characters held the text at the last decision.
        self._invisible = False
        # Whether the last attempt ran the detectors while they held.
        self._pinned = False
        # While an invisible character at the start of the pending text holds
        # all of it: its visible characters so far (else -1). Nothing can be
        # released before they reach the hold, so no attempt decides again.
        self._held_visible = -1
        self.findings: list[Finding] = []

    def __repr__(self) -> str:
        """Show sizes only, never text."""
        return (
            f"HoldBackWindow(hold={self._hold}, pending={self._pending}, "
            f"emitted={self._emitted}, findings={len(self.findings)})"
        )

    @property
    def hold(self) -> int:
        """Characters of visible text held back."""
        return self._hold

    @property
    def max_pending(self) -> int:
        """Size from which the window tries to emit at every step.

        :attr:`pending` stays under it (plus one pushed piece) unless a finding
        or a possible match is still open: a long private key or image, or
        zero-width padding, which is held whole rather than released (fail-closed).
        Text held by invisible characters is released in pieces of up to
        ``1 + INVISIBLE_GROWTH`` times what they hold (see ``push``).
        An open finding is held up to :attr:`hard_cap` characters at most.
        """
        return self._max_buffer + self._step

    @property
    def hard_cap(self) -> int:
        """Most characters held while a finding is open (then redacted, emitted)."""
        return self._hard_cap

    @property
    def pending(self) -> int:
        """Characters received but not yet emitted."""
        return self._pending

    def push(self, text: str) -> str:
        """Add ``text`` to the stream; return what can be emitted now (maybe ``""``)."""
        if not text:
            return ""
        self._pieces.append(text)
        self._pending += len(text)
        if self._held_visible >= 0:
            self._held_visible += visible_count(text)
        if self._max_pending is not None and self._pending > self._max_pending:
            # Fail closed: nothing of the held text is released.
            raise TextTooLongError(_MAX_CHARS_LIMIT, self._pending, self._max_pending)
        if self._pending < self._next_at:
            return ""
        out = self._advance(final=False)
        # Try again once another step of text has arrived, not on every piece;
        # when nothing could be released (a long finding, zero-width padding),
        # back off geometrically so the bounded window is not rescanned per step.
        pending = self._pending
        if self._policy is not None:
            # Early release: try again a step later, or a quarter of what is
            # held (a candidate being held grows the pending text): the
            # scans stay linear in the stream.
            step = self._step if self._emitted < EARLY_RAMP else 2 * self._step
            grow = max(step, pending // 4)
            past_cap = pending > self._hard_cap
            pinned = self._invisible and bool(out) and not past_cap
            held_whole = self._invisible and past_cap and not out
            if held_whole or (pinned and self._pinned):
                # Invisible or combining characters hold the text until it
                # falls behind the cap (or, all of it, to the end), and the
                # detectors ran twice in a row only to release what arrived
                # since: dense text, where every attempt would scan the whole
                # held text again (or, past the hard cap, the text is held
                # whole: no finding to cut). Waiting for a few times as much
                # bounds the scans at ~(1 + 1 / INVISIBLE_GROWTH) per character,
                # whatever the size; that text is late anyway. (One such
                # character in prose, a ZWJ emoji, releases nothing while it
                # is held, then once past the cap: the quarter steps stay,
                # and the text after it is not held longer.)
                grow = max(grow, INVISIBLE_GROWTH * pending)
            self._pinned = pinned
            next_at = pending + grow
            if pending <= self._hard_cap:
                # Retry right past the cap, where an open finding is cut; once
                # past it (padding held whole), the backoff alone applies, or
                # every piece would rescan a cap-sized window.
                next_at = min(next_at, self._hard_cap + 1)
            self._next_at = next_at
            return out
        backoff = (
            max(self._step, pending // 4) if out else max(self._step, pending // 2)
        )
        next_at = max(self._hold, pending) + backoff
        if pending < self._max_buffer:
            next_at = min(next_at, self._max_buffer)
        if pending < self._hard_cap:
            next_at = min(next_at, self._hard_cap + 1)
        self._next_at = next_at
        return out

    def flush(self) -> str:
        """End of stream: return everything still held back, processed."""
        if not self._pending:
            return ""
        return self._advance(final=True)

    def _advance(self, *, final: bool) -> str:
        if not final and self._nothing_to_release():
            self._probe = None
            return ""
        window, base, findings = self._detect_pending()
        carry = self._carry
        carry_end = base
        if carry is not None:
            findings, carry_end = continue_carry(window, base, findings, carry)
        forced = False
        if final:
            cut = len(window)
        else:
            cut = self._choose_cut(window, base, findings)
            if cut <= base and len(window) - base > self._hard_cap:
                cut, findings, forced = self._force_cut(window, findings)
            if cut <= base:
                return ""
        segment = window[base:cut]
        inside: list[Finding] = []
        for finding in findings:
            if finding.end <= base or finding.start >= cut:
                continue
            # A finding that started in already emitted text (only possible
            # for detectors looking further back than one character) is clipped:
            # the part not yet emitted is still replaced.
            start = max(finding.start, base) - base
            end = min(finding.end, cut) - base
            inside.append(span_of(finding, start, end))
        out = self._render(segment, inside)
        offset = self._emitted
        self.findings.extend(f.shifted(offset) for f in inside)
        self._emitted += len(segment)
        self._ctx = "" if forced else window[max(0, cut - self._context) : cut]
        if carry is not None and not forced and (final or carry_end <= cut):
            self._carry = None
        rest = window[cut:]
        self._pieces = [rest] if rest else []
        self._pending = len(rest)
        self._probe = None
        self._held_visible = -1
        return out
