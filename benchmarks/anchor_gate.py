"""One literal pass that tells which rules can match a text at all.

A measurement tool, not part of the product: ``python -m benchmarks.throughput
--stages`` uses it to count how many rule groups a literal prefilter could skip.
Measured on benign prose and dev prompts, it would skip almost none (the rules
lean on common words), so the detector does not use it; it lives here so the
question can be asked again as rules change.

Every rule's anchors (:func:`.pattern_anchors.pattern_anchors`) are clauses of
literals; a rule can match only where each of its clauses has a literal. One
RE2 set over every distinct literal (case-insensitive) reads the text once and
names the literals present; a rule none of whose clauses is missing is
*active*. A rule group with no active rule could be skipped.
Rules added later get their anchors from their patterns, so the gate needs no
hand-kept list.

The gate fails closed. A rule whose anchors are unknown is always active, and
RE2 sets report nothing when their DFA runs out of memory: an empty answer is
checked with one search of the literals' alternation, and if that finds one,
every rule counts as active.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import re2

from benchmarks.pattern_anchors import pattern_anchors
from langchain_mistral_secure.detection._byte_search import (
    _compile_set,
    compile_any,
)

__all__ = ["AnchorGate"]


def _literal(text: str) -> str:
    escaped: str = re2.escape(text)
    return "(?i:" + escaped + ")"


class AnchorGate:
    r"""Which of ``patterns`` can match a text, from one pass over it.

    Args:
        patterns: The compiled-pattern strings, in rule order.

    Example:
        >>> gate = AnchorGate([r"\bignore\s+(?:all\s+)?rules", r"\d+", "sys prompt"])
        >>> sorted(gate.active("Please IGNORE the rules"))
        [0, 1]
    """

    __slots__ = ("_any", "_clauses", "_set", "always", "size")

    def __init__(self, patterns: Sequence[str]) -> None:
        """Read each pattern's anchors and compile one set of their literals."""
        self.size = len(patterns)
        index: dict[str, int] = {}
        clauses: list[tuple[frozenset[int], ...] | None] = []
        for pattern in patterns:
            anchors = pattern_anchors(pattern)
            if not anchors:
                clauses.append(None)
                continue
            clauses.append(
                tuple(
                    frozenset(index.setdefault(s.lower(), len(index)) for s in clause)
                    for clause in anchors
                )
            )
        literals = tuple(_literal(s) for s in index)
        self._set: Any = None
        self._any: Any = None
        if literals:
            try:
                self._set = _compile_set(literals)
            except re2.error:  # too large for RE2: the gate lets all through
                self._set = None
            self._any = compile_any(literals)
        if self._set is None:
            clauses = [None] * len(patterns)
        self._clauses = clauses
        self.always = frozenset(i for i, c in enumerate(clauses) if c is None)
        """Rules the gate cannot rule out (anchors unknown)."""

    def active(self, haystack: str | bytes) -> frozenset[int]:
        """Indices of the patterns that may match ``haystack`` (a superset)."""
        if len(self.always) == self.size or self._set is None:
            return frozenset(range(self.size))
        data = haystack.encode("utf-8") if isinstance(haystack, str) else haystack
        found = self._set.Match(data) or ()
        if not found and (self._any is None or self._any.search(data) is not None):
            # Empty set answer but a literal is there: the set gave up.
            return frozenset(range(self.size))
        present = frozenset(found)
        return self.always | frozenset(
            i
            for i, clauses in enumerate(self._clauses)
            if clauses is not None and all(present & clause for clause in clauses)
        )
