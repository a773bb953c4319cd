"""Early-release hold of the leak family: canaries spelled out, the prompt repeated.

See :mod:`~langchain_mistral_secure.detection.holdback`. The leak detector
finds a canary on a letters-and-digits view (``c a n a r y``, split over lines
or markup) and a run of ``shingle_size`` words of the system prompt, merging
runs a few words apart; this policy holds the start of either while it may
still complete.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from itertools import pairwise
from typing import Any

from langchain_mistral_secure.detection.normalize import build_view

__all__ = ["LeakHold"]


class LeakHold:
    """Canaries being spelled out and words following the system prompt.

    Args:
        canaries: The canary tokens.
        system_prompt: The system prompt (or None).
        shingle_size: The leak detector's shingle size.
        merge_gap: The leak detector's merge gap (words).
        reach: Most characters a leak finding spans.

    Example:
        >>> hold = LeakHold(["canary-7f3a9b21"], None, reach=200)
        >>> text = "the word is cana"
        >>> from langchain_mistral_secure.detection.holdback import class_string
        >>> hold.hold_from(text, class_string(text), 0)
        12
    """

    __slots__ = ("_bigrams", "_gap", "_needles", "_reach", "_size", "_vocab")

    def __init__(
        self,
        canaries: Iterable[str],
        system_prompt: str | None,
        *,
        shingle_size: int = 8,
        merge_gap: int = 3,
        reach: int = 512,
    ) -> None:
        """Prepare the canaries' needles and the prompt's word pairs."""
        leak = _leak_module()
        needles: set[str] = set()
        for token in canaries:
            if not token:
                continue
            needles.update(leak._compact_needles(token))  # noqa: SLF001
            compact = "".join(
                leak._ALNUM_RUN.findall(build_view(token).text)  # noqa: SLF001
            )
            if compact:
                needles.update((compact, compact[::-1]))
        self._needles = tuple(sorted(needles))
        self._vocab: frozenset[str] = frozenset()
        self._bigrams: frozenset[tuple[str, str]] = frozenset()
        if system_prompt:
            _, words = leak._split_words(build_view(system_prompt).text)  # noqa: SLF001
            self._vocab = frozenset(words)
            self._bigrams = frozenset(pairwise(words))
        self._size = shingle_size
        self._gap = merge_gap
        self._reach = reach

    def __repr__(self) -> str:
        """Counts only: never the canaries or the prompt."""
        return f"LeakHold(needles={len(self._needles)}, words={len(self._vocab)})"

    def hold_from(self, text: str, cls: str, floor: int) -> int:
        """The earliest canary prefix or prompt-following run near the end."""
        del cls
        lo = max(floor, len(text) - self._reach)
        if lo >= len(text):
            return len(text)
        view = build_view(text[lo:])
        held = len(text) - lo
        if self._needles:
            held = min(held, self._canary_start(view, held))
        if self._vocab:
            held = min(held, self._prompt_start(view, held))
        return lo + held

    def _canary_start(self, view: Any, none: int) -> int:
        """Start of the longest tail of the compact view that begins a needle."""
        compact, span_map = _leak_module()._compact(view.text)  # noqa: SLF001
        size = len(compact)
        best = size
        for needle in self._needles:
            for length in range(min(len(needle), size), 0, -1):
                if size - length >= best:
                    break
                if compact.endswith(needle[:length]):
                    best = size - length
                    break
        if best >= size:
            return none
        start, _ = view.to_original(*span_map.to_original(best, best + 1))
        return int(start)

    def _prompt_start(self, view: Any, none: int) -> int:
        """Start of a run of words that may still become a prompt leak."""
        leak = _leak_module()
        cleaned, words = leak._split_words(view.text)  # noqa: SLF001
        if not words:
            return none
        starts = leak._word_starts(cleaned, words)  # noqa: SLF001
        # The last word may still be growing: it continues any chain.
        partial = not cleaned[-1:].isspace()
        last = len(words) - 1
        chain = [0] * len(words)  # words of the prompt chain ending at each word
        for k, word in enumerate(words):
            wild = partial and k == last
            if k and chain[k - 1] and (wild or (words[k - 1], word) in self._bigrams):
                chain[k] = chain[k - 1] + 1
            elif wild or word in self._vocab:
                chain[k] = 1
        first = last - chain[last] + 1 if chain[last] else len(words)
        # A complete run ending within the merge gap may still be merged with
        # a run that starts later: hold it, and every run merged into it.
        for end in range(last, max(-1, last - self._gap - 2), -1):
            if chain[end] >= self._size:
                first = min(first, end - chain[end] + 1)
        probe = first - 1
        while probe >= 0 and first - probe - 1 <= self._gap + 1:
            if chain[probe] >= self._size:
                first = probe - chain[probe] + 1
            probe -= 1
        if first >= len(words):
            return none
        start, _ = view.to_original(starts[first], starts[first] + 1)
        return int(start)


def _leak_module() -> Any:
    # Imported lazily: the leak family is only loaded when asked for.
    return importlib.import_module("langchain_mistral_secure.detection.leak")
