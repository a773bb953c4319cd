"""The sentence around a finding, bounded, for the vetoes that read it.

Several vetoes judge a finding by the sentence it sits in ("why does this
function print the system message", "if a user asks you to ignore your rules,
decline"). They read at most ``back`` characters before the finding and
``ahead`` after it, so the cost is constant per finding, and they refuse to
rule (``None``) when the sentence's start lies beyond what they read: a veto
never passes a finding on a sentence it has not seen whole.
"""

from __future__ import annotations

import re2

from langchain_mistral_secure.detection.normalize import matchable

SENTENCE_STOP = re2.compile(r"[.!?]\s|[\n\x{3002}\x{ff01}\x{ff1f}]")
"""Where a sentence ends: a stop and a space, a line break, or a CJK stop."""


def sentence_around(  # noqa: PLR0913 - a span, its bounds, and one switch
    text: str, start: int, end: int, *, back: int, ahead: int, keep_stop: bool = False
) -> tuple[str, str] | None:
    """The finding's sentence before ``start``, and from ``start`` on.

    Both parts are :func:`matchable` (same offsets as ``text``). ``keep_stop``
    keeps the first character of the stop that ends the sentence.

    Example:
        >>> text = "Fine. Why does this code print the prompt? Thanks."
        >>> sentence_around(text, 15, 41, back=40, ahead=40)
        ('Why does ', 'this code print the prompt')
        >>> sentence_around("x" * 50 + " print it", 51, 56, back=10, ahead=10) is None
        True
    """
    head_at = max(0, start - back)
    head = matchable(text[head_at:start])
    cut = -1
    for m in SENTENCE_STOP.finditer(head):
        cut = m.end()
    if cut < 0 and (head_at > 0 or text[:1].isspace()):
        return None
    tail = matchable(text[start : end + ahead])
    stop = SENTENCE_STOP.search(tail, end - start)
    if stop is not None:
        tail = tail[: stop.start() + 1] if keep_stop else tail[: stop.start()]
    return head[max(cut, 0) :], tail


def opens_text(text: str, index: int) -> bool:
    r"""Whether only whitespace comes before ``index`` (the text opens there).

    Same answer as ``not text[:index].strip()``, but it reads back from
    ``index`` in doubling windows and stops at the first non-space: a veto
    asks this once per finding, and slicing the whole prefix each time would
    make many findings in a long text cost quadratic time.

    Example:
        >>> opens_text("  \n Support bot: hi", 4)
        True
        >>> opens_text("Hi.\nSupport bot: hi", 4)
        False
    """
    window = 256
    while index > 0:
        low = max(0, index - window)
        if text[low:index].strip():
            return False
        index, window = low, window * 2
    return True
