"""The engine's data: findings, rules, the detector protocol and span arithmetic.

Split out of :mod:`langchain_mistral_secure.detection.engine`, which re-exports
every name here; the classes keep that public module path (``__module__`` is
set below), so pickled findings and errors still resolve.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

from langchain_mistral_secure._error_pickle import reduce_error

__all__ = [
    "DetectionError",
    "Detector",
    "Finding",
    "Rule",
    "TextTooLongError",
    "Validator",
    "merge_findings",
    "replace_spans",
    "summarize_findings",
]

Validator = Callable[[str], bool]
"""A veto on a match: receives the matched text, returns False to drop it."""


class DetectionError(RuntimeError):
    """A detector failed; callers treat the text as unsafe (fail closed)."""


class TextTooLongError(ValueError):
    """A text exceeds a size limit (``max_chars`` or ``max_tokens``).

    The message names the limit and the sizes, never the text.

    Attributes:
        limit: ``"max_chars"`` or ``"max_tokens"``.
        size: The measured size (for a stream: the size seen so far).
        maximum: The configured maximum.

    Example:
        >>> str(TextTooLongError("max_chars", 12, 10))
        'text too long: 12 characters > max_chars=10'
    """

    def __init__(
        self, limit: str, size: int, maximum: int, *, what: str = "text"
    ) -> None:
        """Build the error from the limit that was exceeded and the sizes."""
        self.limit, self.size, self.maximum, self.what = limit, size, maximum, what
        unit = "characters" if limit == "max_chars" else "tokens"
        super().__init__(f"{what} too long: {size} {unit} > {limit}={maximum}")

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle by the sizes (the error crosses process pools)."""
        return reduce_error(self, self.limit, self.size, self.maximum, what=self.what)


@dataclass(frozen=True, slots=True, order=True)
class Finding:
    """A span of the original text that a rule matched.

    Findings carry offsets, never the matched text, so they are safe to log.

    Attributes:
        start: Start offset in the original text (inclusive).
        end: End offset in the original text (exclusive).
        rule_id: The id of the rule that matched, e.g. ``"pii.email"``.
        category: The family the rule belongs to, e.g. ``"email"``.
        score: Confidence in ``[0, 1]``.

    Example:
        >>> f = Finding(start=0, end=5, rule_id="pii.email", category="email")
        >>> f.length
        5
    """

    start: int
    end: int
    rule_id: str = field(compare=False)
    category: str = field(compare=False)
    score: float = field(default=1.0, compare=False)

    @property
    def length(self) -> int:
        """Number of original characters the finding covers."""
        return self.end - self.start

    def shifted(self, offset: int) -> Finding:
        """Return the same finding moved by ``offset`` characters."""
        return Finding(
            start=self.start + offset,
            end=self.end + offset,
            rule_id=self.rule_id,
            category=self.category,
            score=self.score,
        )

    def _repr_html_(self) -> str:
        """One-row table for notebooks (offsets and ids only, no text)."""
        from langchain_mistral_secure.notebook import html_table  # noqa: PLC0415

        return html_table([self.to_dict()])

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-ready dict (offsets and ids only, no text)."""
        return {
            "rule_id": self.rule_id,
            "category": self.category,
            "start": self.start,
            "end": self.end,
            "score": self.score,
        }


@dataclass(frozen=True, slots=True)
class Rule:
    r"""One detection rule, as data.

    Attributes:
        id: Stable rule id, ``"<family>.<name>"``.
        category: The category reported in findings (what a policy keys on).
        pattern: An RE2 pattern. Rules on the view see lower-cased, folded text.
        validator: Optional veto called with the matched original text.
        score: Confidence reported in findings.
        on_view: Match on the folded detection view (True, for words an attacker
            disguises) or on the raw text (False, for formats such as keys).
        case_sensitive: For raw-text rules only (default: case-insensitive);
            view rules see lower-cased text and match case-insensitively.
        group: The capture group whose span is the finding (0: the whole match).
        max_len: The longest text a match can span; streaming holds back this
            much, so keep it honest (and at most a few hundred characters).
        description: What the rule catches, for documentation and audits.
        strip_invisible: Raw-text rules only: match with invisible and tag
            characters removed (True, so a zero-width space inside a key cannot
            hide it), or on the text as it is (False, for rules that look for
            the invisible characters themselves).

    Example:
        >>> Rule(id="demo.word", category="demo", pattern=r"\bsecret\b").id
        'demo.word'
    """

    id: str
    category: str
    pattern: str
    validator: Validator | None = None
    score: float = 1.0
    on_view: bool = True
    case_sensitive: bool = False
    group: int | str = 0
    max_len: int = 256
    description: str = ""
    strip_invisible: bool = True

    def compiled_pattern(self) -> str:
        """The pattern as compiled, with the case flag applied.

        View rules see lower-cased text; they are compiled case-insensitively
        too, so a pattern written with capitals (``TCK-123``) still matches.
        """
        if self.case_sensitive and not self.on_view:
            return self.pattern
        return "(?i)" + self.pattern


@runtime_checkable
class Detector(Protocol):
    """Anything that finds spans in a text.

    ``max_match_len`` bounds how long a finding can be; streaming components hold
    back that many characters so a match split across chunks is still caught.
    """

    max_match_len: int

    def detect(self, text: str) -> list[Finding]:
        """Return findings (spans of ``text``), in any order."""
        ...


def merge_findings(findings: Iterable[Finding]) -> list[Finding]:
    """Merge overlapping findings into one per cluster, sorted by start.

    The merged finding spans the union of the cluster and keeps the rule id and
    category of its strongest member (highest score, then longest span), so one
    replacement covers every overlapping match.

    Example:
        >>> a = Finding(0, 5, "x.a", "a", 0.5)
        >>> b = Finding(3, 9, "x.b", "b", 0.9)
        >>> merge_findings([a, b])
        [Finding(start=0, end=9, rule_id='x.b', category='b', score=0.9)]
    """
    ordered = sorted(findings, key=lambda f: (f.start, -f.end))
    merged: list[Finding] = []
    best: Finding | None = None
    start = end = 0
    for finding in ordered:
        if best is not None and finding.start < end:
            end = max(end, finding.end)
            if (finding.score, finding.length) > (best.score, best.length):
                best = finding
            continue
        if best is not None:
            merged.append(_as_span(best, start, end))
        best, start, end = finding, finding.start, finding.end
    if best is not None:
        merged.append(_as_span(best, start, end))
    return merged


def _as_span(finding: Finding, start: int, end: int) -> Finding:
    if finding.start == start and finding.end == end:
        return finding
    return Finding(
        start=start,
        end=end,
        rule_id=finding.rule_id,
        category=finding.category,
        score=finding.score,
    )


def replace_spans(text: str, replacements: Iterable[tuple[int, int, str]]) -> str:
    """Replace non-overlapping ``(start, end, new)`` spans of ``text``.

    Text outside the spans is kept byte for byte. Linear in the length of the
    text plus the number of spans.

    Example:
        >>> replace_spans("call 555 now", [(5, 8, "[PHONE]")])
        'call [PHONE] now'
    """
    pieces: list[str] = []
    pos = 0
    # One pass, front to back: slicing the whole string per span would make
    # many spans cost quadratic time. Insertions at one offset come out as
    # back-to-front slicing leaves them: the last given first (a stable sort
    # of the reversed list).
    ordered = list(replacements)[::-1]
    for start, end, new in sorted(ordered, key=lambda r: (r[0], r[1])):
        pieces.append(text[pos:start])
        pieces.append(new)
        pos = end
    if not pieces:
        return text
    pieces.append(text[pos:])
    return "".join(pieces)


def summarize_findings(findings: Iterable[Finding]) -> dict[str, dict[str, int]]:
    """Count findings by category and by rule id, for events and logs.

    Example:
        >>> summarize_findings([Finding(0, 1, "pii.email", "email")])
        {'counts': {'email': 1}, 'rules': {'pii.email': 1}}
    """
    items = list(findings)
    return {
        "counts": dict(Counter(f.category for f in items)),
        "rules": dict(Counter(f.rule_id for f in items)),
    }


_PUBLIC_MODULE = "langchain_mistral_secure.detection.engine"
DetectionError.__module__ = _PUBLIC_MODULE
TextTooLongError.__module__ = _PUBLIC_MODULE
Finding.__module__ = _PUBLIC_MODULE
Rule.__module__ = _PUBLIC_MODULE
Detector.__module__ = _PUBLIC_MODULE
