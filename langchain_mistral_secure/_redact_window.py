"""Plain text streams through an OutputRedactor: its window, string streams.

:class:`~langchain_mistral_secure.redactor.OutputRedactor` inherits these
methods from :class:`_WindowRedaction`: a fresh hold-back window with the
redactor's detectors and strategies, and plain string streams through it (the
CLI, scripts). :func:`redact_stream` is re-exported by
:mod:`langchain_mistral_secure.redactor`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from langchain_mistral_secure.detection.engine import Finding
from langchain_mistral_secure.streaming import EARLY_CONTEXT, HoldBackWindow

if TYPE_CHECKING:
    from langchain_mistral_secure.detection.holdback import CompositeHold
    from langchain_mistral_secure.redactor import OutputRedactor

__all__ = ["_WindowRedaction", "redact_stream"]


class _WindowRedaction:
    """The streaming half of OutputRedactor (a plain mixin: no pydantic fields)."""

    # Declared for the type checker only: a runtime annotation here would be
    # seen by pydantic when OutputRedactor collects its fields.
    if TYPE_CHECKING:
        max_chars: int | None
        _hold: int
        _policy: CompositeHold | None

        def _find(self, text: str) -> list[Finding]: ...
        def _render(self, text: str, findings: list[Finding]) -> str: ...

    def window(self) -> HoldBackWindow:
        """A fresh streaming window with this redactor's detectors and strategies.

        Example:
            >>> from langchain_mistral_secure.redactor import OutputRedactor
            >>> redactor = OutputRedactor(detectors=[])
            >>> w = redactor.window()
            >>> w.push("hello ") + w.flush()
            'hello '
        """
        if self._policy is None:
            return HoldBackWindow(
                self._find, self._render, hold=self._hold, max_pending=self.max_chars
            )
        return HoldBackWindow(
            self._find,
            self._render,
            hold=self._hold,
            context=EARLY_CONTEXT,
            max_pending=self.max_chars,
            policy=self._policy,
        )

    def redact_iter(self, pieces: Iterable[str]) -> Iterator[str]:
        """Redact a plain stream of strings, without callbacks (CLI, scripts).

        Example:
            >>> from langchain_mistral_secure.redactor import OutputRedactor
            >>> redactor = OutputRedactor(detectors=[])
            >>> list(redactor.redact_iter(["a ", "b"]))
            ['a b']
        """
        window = self.window()
        for piece in pieces:
            out = window.push(piece)
            if out:
                yield out
        rest = window.flush()
        if rest:
            yield rest


def redact_stream(lines: Iterable[str], redactor: OutputRedactor) -> Iterator[str]:
    r"""Redact a stream of text (e.g. stdin lines) as it is read.

    This is what ``mistral-secure redact`` runs: each piece of output is written
    as soon as the hold-back window releases it.

    Args:
        lines: Text pieces, e.g. ``sys.stdin`` (lines keep their newlines).
        redactor: The redactor to apply.

    Yields:
        Redacted text; the concatenation equals ``redactor.invoke("".join(lines))``.

    Raises:
        SensitiveOutputError: If a finding's category is set to ``block``.
        DetectionError: If a detector fails.

    Example:
        >>> from langchain_mistral_secure.detection.engine import Rule, RuleDetector
        >>> det = RuleDetector([Rule("d.k", "key", r"key-\d+", max_len=16)])
        >>> from langchain_mistral_secure.redactor import OutputRedactor
        >>> redactor = OutputRedactor(detectors=[det])
        >>> list(redact_stream(["a key-1 is\n", "b\n"], redactor))
        ['a [KEY] is\nb\n']
    """
    yield from redactor.redact_iter(lines)
