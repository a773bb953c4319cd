"""Pattern building blocks shared by the injection rule families.

Rules on the detection view see lower-cased, accent-free, folded text, so every
fragment here is lowercase ASCII. Gaps between words are bounded so each rule has
an honest ``max_len`` and streaming can hold back a bounded tail.
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["CATEGORY", "alt", "gap"]

CATEGORY = {
    "override": "override",
    "role": "role",
    "extraction": "extraction",
    "template": "template",
    "smuggling": "smuggling",
    "encoded": "encoded",
}
"""The categories the injection detector reports (policies key on these)."""


def alt(words: Iterable[str]) -> str:
    """Return a non-capturing alternation of the given pattern fragments."""
    return "(?:" + "|".join(words) + ")"


def gap(most: int) -> str:
    """Return a bounded gap of at most ``most`` words (with their separators)."""
    return r"(?:[\w'-]+[\s,]+){0," + str(most) + "}"
