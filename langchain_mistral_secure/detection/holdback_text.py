"""Text measures of the streaming windows: visible characters, view units, splices.

Split out of :mod:`langchain_mistral_secure.streaming` (which re-exports them):
how far back a tail of ``count`` visible characters or detection-view units
starts, and a linear-time span replacement.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from langchain_mistral_secure.detection.engine import Finding
from langchain_mistral_secure.detection.normalize import INVISIBLE_CHARS

__all__ = [
    "DEFAULT_MAX_MATCH_LEN",
    "continue_carry",
    "hold_for",
    "not_inside",
    "span_of",
    "splice",
    "view_tail_start",
    "visible_count",
    "visible_tail_start",
    "whitespace_cut",
]

DEFAULT_MAX_MATCH_LEN = 256
"""Hold-back used for detectors that do not say how long their matches can be."""

# Extra characters held beyond the longest match: one for a trailing ``\b`` or
# ``$`` look-ahead, one spare.
_MARGIN = 2

_WHITESPACE = (" ", "\n", "\t", "\r")
# How many whitespace positions the emit point search inspects per step.
_MAX_BOUNDARY_PROBES = 64

# Characters that fold to nothing in the detection view: the invisible ones and
# the common combining marks.
_COMBINING_RANGES = (
    (0x0300, 0x036F),
    (0x1AB0, 0x1AFF),
    (0x1DC0, 0x1DFF),
    (0x20D0, 0x20FF),
    (0xFE20, 0xFE2F),
)
_ZERO_WIDTH_TABLE: dict[int, None] = {
    **{ord(char): None for char in INVISIBLE_CHARS},
    **{cp: None for lo, hi in _COMBINING_RANGES for cp in range(lo, hi + 1)},
}


def _visible_marks(text: str) -> str:
    """``text`` as an ASCII string: ``"1"`` per visible character, ``"0"`` else."""
    table = {
        ord(char): "0" if ord(char) in _ZERO_WIDTH_TABLE else "1" for char in set(text)
    }
    return text.translate(table)


def visible_count(text: str) -> int:
    """Visible characters of ``text``, as :func:`visible_tail_start` counts them.

    Example:
        >>> visible_count("ab\u200b\u200bcd\u0301")
        4
    """
    if text.isascii():
        return len(text)
    return _visible_marks(text).count("1")


def visible_tail_start(text: str, count: int) -> int:
    """Largest offset whose suffix holds ``count`` visible characters (or 0).

    Invisible and combining characters do not count, so a tail of ``count``
    visible characters may be much longer than ``count``. The text is
    classified once (one ``translate``), then the offset is found from the
    end with C-speed ``rfind`` on the class string.

    Example:
        >>> visible_tail_start("ab\u200b\u200bcd", 3)
        1
        >>> visible_tail_start("abc", 5)
        0
    """
    size = len(text)
    if count <= 0:
        return size
    if text.isascii():
        return max(0, size - count)
    # Only the suffix that can hold the answer is classified: it doubles
    # from ``count`` characters until it holds enough visible ones.
    span = count
    while True:
        lo = max(0, size - span)
        marks = _visible_marks(text[lo:])
        if marks.count("1") >= count:
            break
        if lo == 0:
            return 0
        span *= 2
    pos = len(marks)
    for _ in range(count):
        pos = marks.rfind("1", 0, pos)
    return lo + pos


def _view_units(part: str) -> int:
    """Detection-view units of ``part``: whitespace runs count one, zero-width none."""
    if not part.isascii():
        part = part.translate(_ZERO_WIDTH_TABLE)
    words = part.split()
    if not words:
        return 1 if part else 0
    units = sum(map(len, words)) + len(words) - 1
    return units + part[:1].isspace() + part[-1:].isspace()


def view_tail_start(text: str, count: int) -> int:
    r"""An offset whose suffix holds at least ``count`` detection-view units.

    A unit is a visible character; a run of whitespace counts as one unit
    however long it is (rules match it with ``\s+``), and zero-width and
    combining characters count as none (the view drops them). Holding back
    ``count`` units therefore holds a whole match of at most ``count``
    single-spaced characters, whatever padding an attacker puts inside it.
    The suffix searched doubles from ``count`` characters, so the offset holds
    at most about twice what is needed, and the work is linear (C-speed
    ``split`` and ``translate``). Returns 0 when the whole text is too short.

    Example:
        >>> view_tail_start("ignore" + " " * 50 + "all", 4)  # " all"
        55
        >>> view_tail_start("ignore" + " " * 50 + "all", 5)  # back to "ignore"
        0
    """
    size = len(text)
    if count <= 0:
        return size
    span = count
    while True:
        lo = max(0, size - span)
        if lo == 0 or _view_units(text[lo:]) >= count:
            return lo
        span *= 2


def splice(text: str, replacements: Iterable[tuple[int, int, str]]) -> str:
    """Replace sorted, non-overlapping ``(start, end, new)`` spans in linear time.

    Example:
        >>> splice("call 555 now", [(5, 8, "[PHONE]")])
        'call [PHONE] now'
    """
    pieces: list[str] = []
    pos = 0
    for start, end, new in replacements:
        pieces.append(text[pos:start])
        pieces.append(new)
        pos = end
    if not pieces:
        return text
    pieces.append(text[pos:])
    return "".join(pieces)


def hold_for(max_match_lens: Sequence[int]) -> int:
    """Return the hold-back (characters) for detectors with these match bounds.

    It is the longest match any detector can produce plus a two-character margin,
    so a match that is still being completed is never emitted.

    Example:
        >>> hold_for([64, 256])
        258
    """
    longest = max((n for n in max_match_lens if n > 0), default=DEFAULT_MAX_MATCH_LEN)
    return longest + _MARGIN


def not_inside(
    cut: int, findings: list[Finding], *, inclusive_start: int | None = None
) -> int:
    """Move ``cut`` back to the start of a finding that straddles it.

    With ``inclusive_start``, a finding covering that position also counts.

    Example:
        >>> not_inside(5, [Finding(3, 8, "r.x", "x")])
        3
    """
    for finding in findings:
        if finding.start < cut < finding.end:
            return finding.start
        if inclusive_start is not None and finding.start <= inclusive_start < (
            finding.end
        ):
            return finding.start
    return cut


def span_of(finding: Finding, start: int, end: int) -> Finding:
    """``finding``'s rule and score on another span.

    Example:
        >>> span_of(Finding(3, 8, "r.x", "x"), 0, 2).end
        2
    """
    return Finding(
        start=start,
        end=end,
        rule_id=finding.rule_id,
        category=finding.category,
        score=finding.score,
    )


def whitespace_cut(window: str, lo: int, limit: int, findings: list[Finding]) -> int:
    """An emit point in ``[lo, limit]`` right after whitespace no finding covers.

    The best one follows a letter: the next search then starts on a token
    boundary, as it does on the whole text, even for detectors whose
    candidates run across spaces (phone numbers written in groups). Returns
    ``limit`` when there is none.

    Example:
        >>> whitespace_cut("call 555 12 now", 0, 13, [])  # after "call "
        5
        >>> whitespace_cut("ab cd", 0, 4, [Finding(0, 5, "r.x", "x")])
        4
    """
    weak = -1
    hi = limit
    for _ in range(_MAX_BOUNDARY_PROBES):
        if hi <= lo:
            break
        space = max(window.rfind(ws, lo, hi) for ws in _WHITESPACE)
        if space < lo:
            break
        candidate = space + 1
        moved = not_inside(candidate, findings, inclusive_start=space)
        if moved != candidate:
            hi = moved
            continue
        if space > 0 and window[space - 1].isalpha():
            return candidate
        if weak < 0:
            weak = candidate
        hi = space
    return weak if weak > 0 else limit


def continue_carry(
    window: str, base: int, findings: list[Finding], carry: Finding
) -> tuple[list[Finding], int]:
    """Cover the rest of a finding cut open at the hard cap, up to whitespace.

    Returns the findings (the continuation first) and where it ends.

    Example:
        >>> found, end = continue_carry("abc def", 0, [], Finding(0, 9, "r.x", "x"))
        >>> (found[0].start, found[0].end, end)
        (0, 3, 3)
    """
    ends = [window.find(ws, base) for ws in _WHITESPACE]
    end = min((e for e in ends if e >= 0), default=len(window))
    if end <= base:
        return findings, end
    covered = span_of(carry, base, end)
    return [covered, *(f for f in findings if f.start >= end)], end
