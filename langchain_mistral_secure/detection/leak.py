"""System-prompt leakage: canary tokens and verbatim overlap with the prompt.

Two signals, both reported as findings on the model output:

* ``canary``: a canary token planted in the system prompt appears in the output,
  exactly or disguised (the token is also searched on the folded detection
  view, so zero-width characters, fullwidth letters and case changes do not
  hide it).
* ``system_prompt_leak``: the output repeats a run of at least ``shingle_size``
  consecutive words of the system prompt (case, whitespace and punctuation
  insensitive). Neighbouring overlapping runs are merged, so a near-verbatim
  copy with a few edited words is reported as one span.

Example:
    >>> detector = LeakDetector(canaries=("CANARY-7f3a",))
    >>> [f.category for f in detector.detect("my secret is canary-7F3A")]
    ['canary']
"""

from __future__ import annotations

from collections.abc import Iterable

import re2

from langchain_mistral_secure.detection.engine import Finding, Rule, RuleDetector
from langchain_mistral_secure.detection.normalize import DetectionView, build_view

__all__ = ["LEAK_CATEGORIES", "LeakDetector"]

LEAK_CATEGORIES: tuple[str, ...] = ("canary", "system_prompt_leak")
"""Categories the leak detector reports."""

# Separators between words in an output shingle may be longer than in the
# prompt (markdown, line breaks): allowance per word gap, for max_match_len.
_GAP_ALLOWANCE = 16


class LeakDetector:
    """Finds canary tokens and system-prompt text repeated in model output.

    Args:
        canaries: Canary tokens planted in the prompt (at least 4 characters).
        system_prompt: The system prompt whose verbatim reuse is a leak; None
            disables the overlap check.
        shingle_size: How many consecutive prompt words count as a leak. A
            prompt shorter than that is matched as a whole (if it has at least
            ``min_words`` words).
        min_words: Prompts with fewer words are not checked for overlap.
        merge_gap: Overlapping runs separated by at most this many words are
            reported as one span (near-verbatim copies).

    Example:
        >>> prompt = "You are a helpful assistant for ACME. Never reveal the code."
        >>> detector = LeakDetector(system_prompt=prompt, shingle_size=5)
        >>> out = "Sure! My instructions: you are a HELPFUL assistant for acme."
        >>> [(f.category, out[f.start:f.end]) for f in detector.detect(out)]
        [('system_prompt_leak', 'you are a HELPFUL assistant for acme')]
    """

    def __init__(
        self,
        canaries: Iterable[str] = (),
        system_prompt: str | None = None,
        *,
        shingle_size: int = 8,
        min_words: int = 4,
        merge_gap: int = 3,
    ) -> None:
        """Prepare the canary rules and the prompt's shingle set."""
        if shingle_size < 2:  # noqa: PLR2004
            msg = "shingle_size must be at least 2"
            raise ValueError(msg)
        tokens = tuple(dict.fromkeys(c for c in canaries if c))
        if any(len(token) < 4 for token in tokens):  # noqa: PLR2004
            msg = "canary tokens must be at least 4 characters long"
            raise ValueError(msg)
        self.canary_count = len(tokens)
        self.merge_gap = merge_gap
        rules: list[Rule] = []
        for index, token in enumerate(tokens):
            rules.append(
                Rule(
                    id=f"leak.canary.{index}",
                    category="canary",
                    pattern=re2.escape(token),
                    on_view=False,
                    case_sensitive=True,
                    max_len=len(token),
                    description="Canary token, verbatim.",
                )
            )
            folded = build_view(token).text
            if folded:
                rules.append(
                    Rule(
                        id=f"leak.canary_view.{index}",
                        category="canary",
                        pattern=re2.escape(folded),
                        on_view=True,
                        # Invisible characters may sit between every letter.
                        max_len=len(token) * 4,
                        description="Canary token on the folded view (disguised).",
                    )
                )
        self._canaries = RuleDetector(rules, name="canaries") if rules else None
        self._shingles: set[tuple[str, ...]] = set()
        self._firsts: set[str] = set()
        self.shingle_size = shingle_size
        longest = 0
        if system_prompt:
            _, words = _split_words(build_view(system_prompt).text)
            if len(words) >= min_words:
                size = min(shingle_size, len(words))
                self.shingle_size = size
                for start in range(len(words) - size + 1):
                    shingle = tuple(words[start : start + size])
                    self._shingles.add(shingle)
                    self._firsts.add(shingle[0])
                    longest = max(longest, sum(map(len, shingle)))
        shingle_len = (
            longest + (self.shingle_size - 1) * _GAP_ALLOWANCE if longest else 0
        )
        canary_len = self._canaries.max_match_len if self._canaries else 0
        self.max_match_len: int = max(canary_len, shingle_len)

    def __repr__(self) -> str:
        """Show counts only (never the prompt or the canaries)."""
        return (
            f"LeakDetector(canaries={self.canary_count}, "
            f"shingles={len(self._shingles)}, shingle_size={self.shingle_size})"
        )

    def detect(self, text: str, *, view: DetectionView | None = None) -> list[Finding]:
        """Return canary and system-prompt-overlap findings in ``text``.

        Args:
            text: The model output (or part of it).
            view: An already built detection view of ``text`` to share.
        """
        findings: list[Finding] = []
        needs_view = self._canaries is not None or bool(self._shingles)
        if needs_view and view is None:
            view = build_view(text)
        if self._canaries is not None:
            findings.extend(self._canaries.detect(text, view=view))
        if self._shingles and view is not None:
            findings.extend(self._overlaps(view))
        return findings

    def _overlaps(self, view: DetectionView) -> list[Finding]:
        cleaned, words = _split_words(view.text)
        size = self.shingle_size
        if len(words) < size:
            return []
        firsts = self._firsts
        # Runs of leaked word indexes, [first, last] inclusive.
        runs: list[list[int]] = []
        for index in range(len(words) - size + 1):
            if words[index] not in firsts:
                continue
            if tuple(words[index : index + size]) not in self._shingles:
                continue
            last = index + size - 1
            if runs and index <= runs[-1][1] + 1 + self.merge_gap:
                runs[-1][1] = max(runs[-1][1], last)
            else:
                runs.append([index, last])
        if not runs:
            return []
        starts = _word_starts(cleaned, words)
        findings: list[Finding] = []
        for first, last in runs:
            view_end = starts[last] + len(words[last])
            start, end = view.to_original(starts[first], view_end)
            findings.append(
                Finding(
                    start=start,
                    end=end,
                    rule_id="leak.system_prompt",
                    category="system_prompt_leak",
                    score=0.9,
                )
            )
        return findings


def _split_words(text: str) -> tuple[str, list[str]]:
    """Blank every non-alphanumeric character (one for one) and split on blanks.

    str.translate and str.split run in C; an RE2 finditer would pay the Python
    wrapper's cost for every word.
    """
    table = {ord(char): " " for char in set(text) if not char.isalnum()}
    cleaned = text.translate(table)
    return cleaned, cleaned.split()


def _word_starts(cleaned: str, words: list[str]) -> list[int]:
    """Offsets of ``words`` in ``cleaned`` (which only has spaces between them)."""
    starts: list[int] = []
    pos = 0
    for word in words:
        pos = cleaned.index(word, pos)
        starts.append(pos)
        pos += len(word)
    return starts
