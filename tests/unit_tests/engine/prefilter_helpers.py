"""Shared by the prefilter tests: planted texts and the full scan they are held to."""

from __future__ import annotations

from collections.abc import Sequence

import re2
from hypothesis import strategies as st

# Fillers around the plants: ASCII, Latin-1, CJK, line breaks and the
# characters rules put guards on.
FILLERS = ["lorem ", "ipsum dolor ", "café ", "中文 ", "\n", "-", "x", "é", "  "]


def planted_texts(plants: Sequence[str]) -> st.SearchStrategy[str]:
    """Texts of up to 40 runs of a repeated filler, each followed by a plant."""
    parts = st.lists(
        st.tuples(
            st.sampled_from(FILLERS), st.integers(0, 400), st.sampled_from(plants)
        ),
        min_size=1,
        max_size=40,
    )
    return parts.map(
        lambda runs: "".join(filler * repeat + plant for filler, repeat, plant in runs)
    )


def full_scan(
    patterns: Sequence[str], groups: Sequence[int | str], text: str
) -> list[tuple[int, int, int]]:
    """``(rule index, start, end)`` of every non-empty match, one pass per rule."""
    found = []
    for index, (pattern, group) in enumerate(zip(patterns, groups, strict=True)):
        for match in re2.compile(pattern).finditer(text):
            start, end = match.span(group)
            if 0 <= start < end:
                found.append((index, start, end))
    return sorted(found)
