"""Early-release hold policies of the built-in detector families.

Each policy over-approximates where its family could still be completing a
finding at the end of a streamed window (see
:mod:`~langchain_mistral_secure.detection.holdback`). Findings that cannot
contain ASCII whitespace (e-mails, keys, tokens, JWTs, URLs) never straddle a
cut placed after whitespace, and the window always holds the last token, so
the policies only cover what may span whitespace or read context further on:

* PII: runs of digit groups (cards, phones, IBANs, national numbers: tokens of
  at most four characters or holding a non-letter) and every value that is
  still within ``LOCALITY`` characters of the end (decisions read that far).
* secrets: an unclosed quote after an operator or keyword (quoted passwords
  may hold spaces) and a ``-----`` line (a PEM header still being written).
* content: markup characters whose decision reads ahead (``<``, ``[``, ``]``,
  backslash, backtick, ``=``, ``&``, ``@import``, ``url(``), for the
  detector's look-ahead, and a ``!`` until its line ends with no ``(`` glued
  to a word after it.
* leak: the start of a canary being spelled out (on the letters-and-digits
  view) and a run of words that follows the system prompt word by word.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import re2

from langchain_mistral_secure.detection.holdback import (
    WHITESPACE,
    AnchorHold,
    FixedHold,
    HoldPolicy,
    token_start,
)
from langchain_mistral_secure.detection.holdback_leak import LeakHold

__all__ = [
    "ContentHold",
    "LeakHold",
    "PIIHold",
    "SecretHold",
    "policy_for",
]

# PII decisions read at most this far around a value (pii.common.LOCALITY,
# identifiers.CONTEXT_WINDOW), plus a character for a trailing boundary.
_PII_ZONE = 42
# A token of at most this many characters may be a group of a number (IBAN
# groups of four letters, "AB 12 34 56 C").
_GROUP_MAX = 4
_PLAIN_TAIL = ",.;:!?"
# PEM headers are at most 64 characters; the block is then reported as a
# (partial) finding and held whole by the window.
_PEM_REACH = 100
# Quoted values are at most 128 characters, then the closing quote.
_QUOTE_REACH = 132
_QUOTES = "\"'`"
# What may stand right before the quote of a quoted value: an operator
# (``=``, ``:``, ``=>``, ``(``), a word operator of the password rules (``is``,
# ``est``, ``ist``, ``es``, ``è``/``é`` folded to ``e``, ``was``), SQL's
# ``IDENTIFIED BY`` / ``WITH PASSWORD``, or PowerShell's ``-String``.
_VALUE_OPERATORS = frozenset("=:(>")
_QUOTE_OPENERS = frozenset(
    {"is", "est", "ist", "es", "e", "was", "by", "password", "equals"}
)
# Content: the look-ahead of image decisions (content.IMAGE_HOLD).
_CONTENT_REACH = 510
_CONTENT_ANCHORS = re2.compile(r"[\[\]<\\`=&]|@[iI\\]|[A-Za-z0-9\-]\(")
# A "(" glued to a word: after a "!" on the same line it is a suspect
# destination (content_markdown.glued_destinations).
_GLUED_PAREN = re2.compile(r"[^\s\]!(]\(")
_PII_ANCHOR = re2.compile(r"[0-9@]")
_UNBOUNDED = 1 << 30
_WORD_PROBE = 16


def _plain(token: str) -> bool:
    """A word of five letters or more (with end punctuation): no number group."""
    word = token.rstrip(_PLAIN_TAIL)
    return len(word) > _GROUP_MAX and word.isalpha() and word.isascii()


class PIIHold:
    """Digit-group runs and values still within their decision context.

    Example:
        >>> from langchain_mistral_secure.detection.holdback import class_string
        >>> text = "phone: +33 1 23 45 67 89 today please"
        >>> PIIHold().hold_from(text, class_string(text), 0)
        7
        >>> text = "the quick brown fox jumps"  # nothing open: the end
        >>> PIIHold().hold_from(text, class_string(text), 0)
        25
    """

    __slots__ = ()

    def __repr__(self) -> str:
        """Name the policy."""
        return "PIIHold()"

    def hold_from(self, text: str, cls: str, floor: int) -> int:
        """Start of the trailing group run or of a run with a value in the zone.

        Tokens are walked back from the end: a run is a sequence of tokens
        that could be groups of one number (none is a plain word of five
        letters or more). The run touching the end may still grow; a run
        holding a digit or ``@`` whose end is within the decision zone may
        still change its decision.
        """
        del text
        size = len(cls)
        zone = size - _PII_ZONE
        if _PII_ANCHOR.search(cls, floor) is None:
            # No digit or "@" held: only the run touching the end may grow.
            return self._trailing_run(cls, floor)
        held = size
        run_start = -1
        run_end = 0
        anchored = False
        trailing = True
        end = _skip_space(cls, size)
        while end > floor:
            start = token_start(cls, end)
            token = cls[start:end]
            if _plain(token):
                if run_start >= 0 and (trailing or (anchored and run_end >= zone)):
                    held = min(held, run_start)
                trailing, run_start, anchored = False, -1, False
                if end < zone:
                    return held
            else:
                if run_start < 0:
                    run_end = end
                run_start = start
                anchored = anchored or _PII_ANCHOR.search(token) is not None
            end = _skip_space(cls, start)
        if run_start >= 0 and (trailing or (anchored and run_end >= zone)):
            held = min(held, run_start)
        return held

    @staticmethod
    def _trailing_run(marks: str, floor: int) -> int:
        """Start of the run of group-like tokens touching the end."""
        held = len(marks)
        end = _skip_space(marks, held)
        while end > floor:
            start = token_start(marks, end)
            if _plain(marks[start:end]):
                break
            held = start
            end = _skip_space(marks, start)
        return held


def _skip_space(cls: str, end: int) -> int:
    """``end`` moved back over whitespace."""
    while end > 0 and cls[end - 1] in WHITESPACE:
        end -= 1
    return end


class SecretHold:
    """Unclosed quotes and PEM header lines.

    Example:
        >>> from langchain_mistral_secure.detection.holdback import class_string
        >>> text = "IDENTIFIED BY 'correct horse"  # pragma: allowlist secret
        >>> SecretHold().hold_from(text, class_string(text), 0)
        14
        >>> text = "don't stop"
        >>> SecretHold().hold_from(text, class_string(text), 0)
        10
        >>> text = 'he said "hello there'
        >>> SecretHold().hold_from(text, class_string(text), 0)
        20
    """

    __slots__ = ()

    def __repr__(self) -> str:
        """Name the policy."""
        return "SecretHold()"

    def hold_from(self, text: str, cls: str, floor: int) -> int:
        """The earliest open quote or recent ``-----``."""
        del text
        size = len(cls)
        held = size
        pem = cls.find("-----", max(floor, size - _PEM_REACH))
        if pem >= 0:
            held = token_start(cls, pem)
        lo = max(floor, size - _QUOTE_REACH)
        for quote in _QUOTES:
            at = cls.rfind(quote, lo)
            if at < 0 or cls.find("\n", at) >= 0 or not _opens_value(cls, at):
                continue
            held = min(held, token_start(cls, at))
        return held


def _opens_value(cls: str, at: int) -> bool:
    """Whether a quoted value with spaces may start after the quote at ``at``.

    The rules that read one (``password = "..."``, ``password is '...'``,
    ``IDENTIFIED BY '...'``, ``-String "..."``) put an operator or a keyword
    right before the quote, spaces aside: ``= : ( >``, a word operator,
    ``by``, ``password`` or ``...string``. A quote after any other word
    (``said "hi"``, ``don't``) starts no value.
    """
    before = at
    while before > 0 and cls[before - 1] == " ":
        before -= 1
    if before == 0:
        return True  # no context in the window: assume the worst
    if cls[before - 1] in _VALUE_OPERATORS:
        return True
    start = before
    while start > 0 and cls[start - 1].isalpha() and before - start < _WORD_PROBE:
        start -= 1
    word = cls[start:before].lower()
    if not word:
        return False
    return word in _QUOTE_OPENERS or word.endswith("string")


class ContentHold(AnchorHold):
    """Markup characters, held for the content detector's look-ahead.

    Example:
        >>> from langchain_mistral_secure.detection.holdback import class_string
        >>> text = "see ![chart](https://x.io/a.png) and more"
        >>> ContentHold().hold_from(text, class_string(text), 0)
        4
    """

    __slots__ = ()

    def __init__(self, reach: int = _CONTENT_REACH) -> None:
        """Hold markup anchors for ``reach`` characters."""
        super().__init__("", reach)

    def __repr__(self) -> str:
        """Name the policy."""
        return f"ContentHold(reach={self.reach})"

    def find(self, cls: str, lo: int) -> int:
        """The earliest markup anchor at or after ``lo`` (or -1)."""
        found = _CONTENT_ANCHORS.search(cls, lo)
        anchor = found.start() if found else -1
        bang = _open_bang(cls, lo, anchor if anchor >= 0 else len(cls))
        return bang if bang >= 0 else anchor


def _open_bang(cls: str, lo: int, hi: int) -> int:
    """The first ``!`` in ``[lo, hi)`` that a later ``(`` may still glue to.

    A ``!`` (not followed by ``[``: that is an anchor itself) decides nothing
    once its line has ended with no word-glued ``(`` after it: the glued
    destination rule reads the same line only.
    """
    bang = cls.find("!", lo, hi)
    while bang >= 0:
        line_end = cls.find("\n", bang)
        if line_end < 0 or _GLUED_PAREN.search(cls, bang, line_end) is not None:
            return bang
        bang = cls.find("!", line_end, hi)
    return -1


def policy_for(
    detector: Any,
    *,
    canaries: Sequence[str] = (),
    system_prompt: str | None = None,
) -> HoldPolicy:
    """The early-release policy of a detector (the fixed hold if it is unknown).

    Built-in families are recognized by class; any other detector keeps the
    fixed hold of its ``max_match_len`` (its matches may span anything).

    Example:
        >>> policy_for(object())
        FixedHold(258)
    """
    name = type(detector).__name__
    module = type(detector).__module__
    reach = int(getattr(detector, "max_match_len", 256) or 256) + 2
    if not module.startswith("langchain_mistral_secure.detection."):
        return FixedHold(reach)
    if name in {"PIIDetector", "IdentifierDetector"}:
        return PIIHold()
    if name == "SecretDetector":
        return SecretHold()
    if name == "ContentDetector":
        return ContentHold()
    if name == "LeakDetector":
        return LeakHold(
            canaries,
            system_prompt,
            shingle_size=int(getattr(detector, "shingle_size", 8)),
            merge_gap=int(getattr(detector, "merge_gap", 3)),
            # Merged runs of a repeated prompt have no length bound: look as
            # far back as the cap lets the window hold.
            reach=_UNBOUNDED,
        )
    return FixedHold(reach)
