"""The shipped table of pattern analyses, read lazily: a lookup, never a decision.

Building the injection detector reads each of its rule patterns with the
pure-Python readers of :mod:`.pattern_reader` and :mod:`._char_needs`
(longest match, capture openers, needed punctuation, needed non-ASCII
atoms). Those results depend only on the pattern's text and the readers'
code, so :mod:`.pattern_facts` writes them once into ``_pattern_facts.json``
(package data), keyed by a hash of the analysis version and the pattern as
compiled (flags included: the case flag is part of the compiled text). The
readers ask :func:`stored_facts` first; a pattern the table lacks (a user's
rule, a rule edited after the table was written) is read at runtime as
before, so the table can only skip work, never change a result. A test
compares the shipped table with a fresh analysis of every registered pattern.

This module imports nothing of the package: the readers import it.
"""

from __future__ import annotations

import hashlib
import json
from importlib import resources
from typing import Any, NamedTuple

__all__ = [
    "ANALYSIS_VERSION",
    "TABLE_FILE",
    "PatternFacts",
    "fact_key",
    "facts_from_json",
    "facts_to_json",
    "rows_from_text",
    "set_table_enabled",
    "stored_facts",
]

# Bump when a reader's results change for some pattern (the suite's table test
# fails until the table is regenerated either way; the bump makes old tables
# miss instead of answer).
ANALYSIS_VERSION = 1
TABLE_FILE = "_pattern_facts.json"


class PatternFacts(NamedTuple):
    """What the readers return for one pattern (see :func:`analyse_pattern`).

    Attributes:
        read_whole: Whether the width reader read the pattern to its end.
        width: Longest match in characters as read (None: unbounded).
        captures: Spans of the capturing-group openers, in reading order.
        needs: ASCII punctuation one of which every match holds, or None.
        char_needs: Non-ASCII one-character atoms, one of which every match
            holds, or None.
    """

    read_whole: bool
    width: int | None
    captures: tuple[tuple[int, int], ...]
    needs: frozenset[str] | None
    char_needs: frozenset[str] | None


def fact_key(pattern: str) -> str:
    """The table key of ``pattern``: a hash of the analysis version and the text.

    Example:
        >>> len(fact_key("a+")), fact_key("a+") == fact_key("a+ ")
        (32, False)
    """
    data = f"{ANALYSIS_VERSION}\x00{pattern}".encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()[:32]


def facts_to_json(facts: PatternFacts) -> list[Any]:
    """One table row: the facts as JSON values (sets sorted)."""
    return [
        facts.read_whole,
        facts.width,
        [list(span) for span in facts.captures],
        None if facts.needs is None else sorted(facts.needs),
        None if facts.char_needs is None else sorted(facts.char_needs),
    ]


def facts_from_json(row: list[Any]) -> PatternFacts:
    """The facts of one table row (the inverse of :func:`facts_to_json`)."""
    read_whole, width, captures, needs, char_needs = row
    return PatternFacts(
        read_whole=bool(read_whole),
        width=None if width is None else int(width),
        captures=tuple((int(start), int(end)) for start, end in captures),
        needs=None if needs is None else frozenset(needs),
        char_needs=None if char_needs is None else frozenset(char_needs),
    )


class _State:
    """The loaded table, the switch, and the optional pattern recorder."""

    rows: dict[str, list[Any]] | None = None
    enabled = True
    # Set by ``pattern_facts.registered_patterns``: every pattern asked about.
    recording: set[str] | None = None


def rows_from_text(text: str) -> dict[str, list[Any]]:
    """The rows of a table file's text; empty if unreadable or of another version.

    Example:
        >>> rows_from_text('{"version": 0, "facts": {"k": []}}')
        {}
    """
    try:
        table = json.loads(text)
    except ValueError:
        return {}
    if not isinstance(table, dict) or table.get("version") != ANALYSIS_VERSION:
        return {}
    rows = table.get("facts")
    return rows if isinstance(rows, dict) else {}


def _load_rows() -> dict[str, list[Any]]:
    """The shipped table's rows; empty if it is missing, unreadable or stale."""
    try:
        package = resources.files(__name__.rpartition(".")[0])
        text = package.joinpath(TABLE_FILE).read_text("utf-8")
    except (OSError, ValueError):
        return {}
    return rows_from_text(text)


def stored_facts(pattern: str) -> PatternFacts | None:
    """The shipped analysis of ``pattern``, or None to analyse it at runtime.

    The table is read on the first call (a few milliseconds).
    """
    recording = _State.recording
    if recording is not None:
        recording.add(pattern)
    if not _State.enabled:
        return None
    rows = _State.rows
    if rows is None:
        rows = _State.rows = _load_rows()
    row = rows.get(fact_key(pattern))
    if row is None:
        return None
    try:
        return facts_from_json(row)
    except (TypeError, ValueError):
        return None  # a damaged row: read the pattern instead


def set_table_enabled(enabled: bool) -> None:  # noqa: FBT001 - a switch
    """Use the shipped table (True, the default) or analyse every pattern.

    For the regeneration command and the tests that compare a build from the
    table with one without it; the readers' caches must be cleared as well
    (``pattern_facts.clear_analysis_caches``).
    """
    _State.enabled = enabled
