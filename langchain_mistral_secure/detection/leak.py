"""System-prompt leakage: canary tokens and verbatim overlap with the prompt.

Two signals, both reported as findings on the model output:

* ``canary``: a canary token planted in the system prompt appears in the output,
  exactly or disguised. The token is also searched on the folded detection
  view (zero-width characters, fullwidth letters, case changes), on a
  *compact* view that keeps only letters and digits (Unicode dashes or spaces
  inside it, ``c a n a r y``, a token split over lines or markup), reversed,
  by its secret part alone (the hex of ``canary-<hex>``, whole or in halves)
  and base64- or hex-encoded (the stable core of its base64 at each of the
  three byte alignments, so it is found inside a longer encoded blob too).
* ``system_prompt_leak``: the output repeats a run of at least ``shingle_size``
  consecutive words of the system prompt (case, whitespace and punctuation
  insensitive). Neighbouring overlapping runs are merged, so a near-verbatim
  copy with a few edited words is reported as one span. Modifier letters such
  as the datamark U+02C6 (see ``prompts.DATAMARK``) separate words, so a prompt
  joined with the datamark is still recognised.

Example:
    >>> detector = LeakDetector(canaries=("CANARY-7f3a",))
    >>> [f.category for f in detector.detect("my secret is canary-7F3A")]
    ['canary']
"""

from __future__ import annotations

import base64
import binascii
import unicodedata
from collections.abc import Iterable

import re2

from langchain_mistral_secure.detection.deobfuscate import SpanMap, _MapBuilder
from langchain_mistral_secure.detection.engine import Finding, Rule, RuleDetector
from langchain_mistral_secure.detection.normalize import DetectionView, build_view

__all__ = ["LEAK_CATEGORIES", "LeakDetector"]

LEAK_CATEGORIES: tuple[str, ...] = ("canary", "system_prompt_leak")
"""Categories the leak detector reports."""

# Separators between words in an output shingle may be longer than in the
# prompt (markdown, line breaks): allowance per word gap, for max_match_len.
_GAP_ALLOWANCE = 16
# A secret part (or half of one) shorter than this is too likely by chance.
_MIN_PART = 8
# A disguised canary may spread over this many characters per token character
# (spaced out, one character per line); longer spans are not reported.
_SPREAD = 8
_ALNUM_RUN = re2.compile(r"[a-z0-9]+")
_ALNUM_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")


def _compact(view_text: str) -> tuple[str, SpanMap]:
    """Keep only ASCII letters and digits of a folded text, with a map back.

    str.translate, split and find run in C; an RE2 finditer would pay the
    Python wrapper's cost for every word.
    """
    table = {ord(char): " " for char in set(view_text) if char not in _ALNUM_CHARS}
    cleaned = view_text.translate(table)
    out = _MapBuilder()
    pos = 0
    for word in cleaned.split():
        pos = cleaned.index(word, pos)
        out.copy(word, pos)
        pos += len(word)
    return out.build(len(view_text))


def _secret_part(compact: str, folded: str) -> str | None:
    """The longest letter-and-digit run of the token that has a digit."""
    runs = [run for run in _ALNUM_RUN.findall(folded) if any(c.isdigit() for c in run)]
    best = max(runs, key=len, default="")
    return best if len(best) >= _MIN_PART and best != compact else None


def _base64_cores(token: str) -> list[str]:
    """Substrings every base64 encoding of a text containing ``token`` has.

    Encoded at byte offset k (mod 3) after other bytes, the first group of
    four characters mixes in the bytes before, and an incomplete last group
    depends on what follows; the characters between are fixed.
    """
    data = token.encode("utf-8")
    cores: list[str] = []
    for shift in range(3):
        encoded = base64.b64encode(b"\0" * shift + data).decode("ascii")
        start = 4 if shift else 0
        end = len(encoded) if (shift + len(data)) % 3 == 0 else len(encoded) - 4
        core = encoded[start:end]
        if len(core) >= _MIN_PART:
            cores.append(core)
            urlsafe = core.translate(str.maketrans("+/", "-_"))
            if urlsafe != core:
                cores.append(urlsafe)
    return cores


def _canary_rules(index: int, token: str) -> list[Rule]:
    """Verbatim, folded-view, base64 and hex rules for one canary token."""
    rules = [
        Rule(
            id=f"leak.canary.{index}",
            category="canary",
            pattern=re2.escape(token),
            on_view=False,
            case_sensitive=True,
            max_len=len(token),
            description="Canary token, verbatim.",
        )
    ]
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
    cores = _base64_cores(token)
    # The secret part alone, base64- or hex-encoded, is a leak as well.
    folded_token = build_view(token).text
    part = _secret_part("".join(_ALNUM_RUN.findall(folded_token)), folded_token)
    encodable = [token] if part is None else [token, part]
    if part is not None:
        cores = list(dict.fromkeys(cores + _base64_cores(part)))
    if cores:
        rules.append(
            Rule(
                id=f"leak.canary_base64.{index}",
                category="canary",
                pattern="|".join(re2.escape(core) for core in cores),
                on_view=False,
                case_sensitive=True,
                max_len=len(token) * 2,
                description="Canary token inside base64.",
            )
        )
    hexed = [binascii.hexlify(t.encode("utf-8")).decode("ascii") for t in encodable]
    rules.append(
        Rule(
            id=f"leak.canary_hex.{index}",
            category="canary",
            pattern="|".join(re2.escape(h) for h in hexed),
            on_view=False,
            max_len=max(len(h) for h in hexed),
            description="Canary token (or its secret part) hex-encoded.",
        )
    )
    return rules


def _compact_needles(token: str) -> list[str]:
    """What to look for on the compact view: whole, reversed, secret part(s)."""
    folded = build_view(token).text
    compact = "".join(_ALNUM_RUN.findall(folded))
    needles: list[str] = []
    if len(compact) >= _MIN_PART:
        needles += [compact, compact[::-1]]
    part = _secret_part(compact, folded)
    if part is not None:
        needles += [part, part[::-1]]
        half = len(part) // 2
        if half >= _MIN_PART:
            needles += [part[:half], part[half:]]
    return list(dict.fromkeys(needles))


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
        compact_rules: list[Rule] = []
        for index, token in enumerate(tokens):
            rules.extend(_canary_rules(index, token))
            needles = _compact_needles(token)
            if needles:
                compact_rules.append(
                    Rule(
                        id=f"leak.canary_compact.{index}",
                        category="canary",
                        pattern="|".join(re2.escape(n) for n in needles),
                        on_view=False,
                        case_sensitive=True,
                        max_len=len(token) * _SPREAD,
                        description="Canary spaced, split, reversed or in part.",
                    )
                )
        self._compact = (
            RuleDetector(compact_rules, name="canaries_compact")
            if compact_rules
            else None
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
        canary_len = max(
            self._canaries.max_match_len if self._canaries else 0,
            self._compact.max_match_len if self._compact else 0,
        )
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
        if self._compact is not None and view is not None:
            # A disguise the plain rules already caught is one finding, not two.
            seen = {(f.start, f.end) for f in findings}
            findings.extend(
                f for f in self._compact_canaries(view) if (f.start, f.end) not in seen
            )
        if self._shingles and view is not None:
            findings.extend(self._overlaps(view))
        return findings

    def _compact_canaries(self, view: DetectionView) -> list[Finding]:
        assert self._compact is not None  # noqa: S101 - checked by the caller
        compact, span_map = _compact(view.text)
        findings: list[Finding] = []
        for found in self._compact.detect(compact):
            start, end = view.to_original(*span_map.to_original(found.start, found.end))
            if end - start > self._compact.max_match_len:
                continue
            findings.append(
                Finding(start, end, found.rule_id, found.category, found.score)
            )
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


_SEPARATING = frozenset({"Lm", "Sk"})


def _split_words(text: str) -> tuple[str, list[str]]:
    """Blank every non-alphanumeric character (one for one) and split on blanks.

    str.translate and str.split run in C; an RE2 finditer would pay the Python
    wrapper's cost for every word. Modifier letters (U+02C6, the datamark) count
    as separators: they join words without being part of them.
    """
    table = {
        ord(char): " "
        for char in set(text)
        if not char.isalnum() or unicodedata.category(char) in _SEPARATING
    }
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
