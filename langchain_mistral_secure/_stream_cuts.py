"""Where a hold-back window may cut: the held tail, the policy's limit, forced cuts.

Split out of :mod:`langchain_mistral_secure.streaming`:
:class:`~langchain_mistral_secure.streaming.HoldBackWindow` takes these methods
from :class:`_WindowCuts` and keeps the state they read (declared here for
the type checker; the window's ``__slots__`` hold it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from langchain_mistral_secure.detection.engine import Finding
from langchain_mistral_secure.detection.holdback_text import (
    not_inside,
    span_of,
    visible_count,
    visible_tail_start,
    whitespace_cut,
)

if TYPE_CHECKING:
    from langchain_mistral_secure.detection.holdback import CompositeHold

__all__: list[str] = []


class _WindowCuts:
    """The cut decisions of a hold-back window (its base class).

    Holds the slots of the state they read; the window declares the rest.
    """

    __slots__ = (
        "_carry",
        "_ctx",
        "_detect",
        "_hard_cap",
        "_held_visible",
        "_hold",
        "_invisible",
        "_pending",
        "_pieces",
        "_policy",
        "_probe",
    )

    _carry: Finding | None
    _ctx: str
    _detect: Callable[[str], list[Finding]]
    _hard_cap: int
    _held_visible: int
    _hold: int
    _invisible: bool
    _pending: int
    _pieces: list[str]
    _policy: CompositeHold | None
    _probe: tuple[str, int, int, int] | None

    def _take_buffer(self) -> str:
        if len(self._pieces) > 1:
            self._pieces = ["".join(self._pieces)]
        return self._pieces[0] if self._pieces else ""

    def _tail_start(self, window: str, base: int) -> int:
        """Offset where the held-back tail starts (``hold`` visible characters).

        Zero-width characters (invisible, combining) vanish from the detection
        view, so a match can span more original characters than its bound: the
        tail grows by as many of them as it holds. It is never cut shorter when
        the window is over its size cap (fail-closed): text that could still be
        the start of a match is never released, however much padding follows.
        """
        start = len(window) - self._hold
        if start <= base or window[start:].isascii():
            return start
        return max(base, visible_tail_start(window, self._hold))

    def _force_cut(
        self, window: str, findings: list[Finding]
    ) -> tuple[int, list[Finding], bool]:
        """Cut a window held open past the hard cap by a finding; redact its head.

        Only an open finding is cut (its continuation is then redacted too).
        Text held for another reason (zero-width padding that may hide the
        start of a match) stays held: the component's ``max_chars`` bounds it.
        """
        cut = len(window) - self._hold
        straddling = [f for f in findings if f.start < cut < f.end]
        if not straddling:
            return -1, findings, False
        self._carry = max(straddling, key=lambda f: f.end)
        kept = [
            span_of(f, f.start, cut) if f.start < cut < f.end else f for f in findings
        ]
        return cut, kept, True

    def _detect_pending(self) -> tuple[str, int, list[Finding]]:
        """Detect on context + pending text; return the window, its base, findings.

        The context only informs detectors that look back. A match that starts
        in the context and runs into the pending text cannot exist in the whole
        text (emission never cuts a finding), so it is an artefact of starting
        the search mid-way, and it could hide a real match: detection then runs
        again without context.
        """
        ctx = self._ctx
        buffer = self._take_buffer()
        probe = self._probe
        if probe is not None and (
            probe[1] != len(ctx) or len(probe[0]) != len(ctx) + len(buffer)
        ):
            probe = None
        while True:
            # The hold decision just made built the same window: reuse it.
            window = probe[0] if probe is not None else ctx + buffer
            probe = None
            base = len(ctx)
            findings = self._detect(window)
            if base == 0 or not any(f.start < base < f.end for f in findings):
                return window, base, findings
            # Emit points sit after whitespace whenever possible, where no
            # context is the same as a space for ``\b``: retry without any.
            ctx = ""

    def _nothing_to_release(self) -> bool:
        """Early release: whether the hold policy keeps all pending text.

        Checked before the detectors run (the policy does not need their
        findings), so a held candidate costs no detector runs until it can
        move. Past the hard cap the detectors must run (forced cut).
        """
        self._probe = None
        if self._policy is None or self._carry is not None:
            return False
        if self._pending > self._hard_cap:
            return False
        if 0 <= self._held_visible < self._hold:
            # Pinned at the start by an invisible character: the floor (and
            # so the limit) cannot pass it before ``hold`` visible characters
            # follow it, and text only grew since (see below).
            return True
        window = self._ctx + self._take_buffer()
        base = len(self._ctx)
        floor = self._tail_start(window, base)
        limit, pin = self._policy.release_limit(window, base, floor)
        self._invisible = pin >= 0
        self._probe = (window, base, floor, limit)
        self._held_visible = -1
        if limit <= base and 0 <= pin <= base:
            # The first invisible character past ``base`` holds everything
            # from its token on, which starts at or before ``base``: until
            # the pending text holds ``hold`` visible characters the floor
            # stays at ``base`` and this character stays the pin.
            self._held_visible = visible_count(window[base:])
        return limit <= base

    def _policy_limit(self, window: str, base: int) -> int:
        """The hold policy's limit on ``window`` (reused if just computed)."""
        probe = self._probe
        if probe is not None and probe[0] is window and probe[1] == base:
            return probe[3]
        assert self._policy is not None  # noqa: S101 - early windows only
        floor = self._tail_start(window, base)
        limit, pin = self._policy.release_limit(window, base, floor)
        self._invisible = pin >= 0
        return limit

    def _choose_cut(self, window: str, base: int, findings: list[Finding]) -> int:
        if self._policy is not None:
            return not_inside(self._policy_limit(window, base), findings)
        limit = not_inside(self._tail_start(window, base), findings)
        if limit <= base:
            return base
        return whitespace_cut(window, max(base, limit - self._hold), limit, findings)
