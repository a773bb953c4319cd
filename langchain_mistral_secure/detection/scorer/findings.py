"""What a scorer finding carries, and which texts are too short for one.

Split from :mod:`.model` (its size), which re-exports the public names here:
a finding's rule id and category, the fewest characters a scored text needs
(:data:`MIN_SCORED_CHARS`), and the best window's span in the original text.
"""

from __future__ import annotations

from unicodedata import east_asian_width

from langchain_mistral_secure.detection.scorer.features import HashedText

__all__ = ["MIN_SCORED_CHARS", "SCORER_CATEGORY", "SCORER_RULE_ID"]

SCORER_RULE_ID = "injection.scorer"
"""Rule id of every scorer finding."""
SCORER_CATEGORY = "scorer"
"""Category of every scorer finding (what ``policies`` keys on)."""
MIN_SCORED_CHARS = 12
"""Fewest non-space detection-view characters a scorer finding needs.

The scorer learned from 384-character windows. A word or two (a document's
``source`` tag, a one-word chat turn) gives it a handful of n-grams, and its
score then sits near the weights' prior: the h38 weights scored 19 of the
3,000 commonest words of the public benign files over their threshold
(``note``, ``example``, ``now``). No dev attack row under 12 such characters
was caught by the scorer (h42); the rules still read every text, however
short. A wide character (Chinese, Japanese, Korean) counts as ``_WIDE``: one
carries about as much as a short word, and ``请总结这份报告。`` is a sentence.
"""
_WIDE = 3


def _too_short(view_text: str) -> bool:
    """Whether the view has too few non-space characters to be scored."""
    chars = "".join(view_text.split())
    if len(chars) >= MIN_SCORED_CHARS:
        return False
    # Only texts of a few characters get here, so the loop stays short.
    units = sum(_WIDE if east_asian_width(c) in "WF" else 1 for c in chars)
    return units < MIN_SCORED_CHARS


def _to_original(hashed: HashedText, v_start: int, v_end: int) -> tuple[int, int]:
    view = hashed.view
    if not view.text:
        return 0, len(view.original)
    v_end = min(max(v_end, v_start + 1), len(view.text))
    v_start = min(v_start, v_end - 1)
    return view.to_original(v_start, v_end)
