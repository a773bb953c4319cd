"""The one detection engine: findings, rules as data, RE2 rule sets, span merging.

Every component (sanitizer, redactor, privacy masker, audit, log scrubbing) asks
this engine for spans and decides on its own what to do with them. Rules are data;
they are compiled once into RE2 programs, so matching is linear in the length of
the text whatever an attacker writes.
"""

from __future__ import annotations

import importlib
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

import re2

from langchain_mistral_secure.detection.normalize import (
    DetectionView,
    build_stripped_view,
    build_view,
    matchable,
)

__all__ = [
    "DetectionError",
    "Detector",
    "Finding",
    "Rule",
    "RuleDetector",
    "Validator",
    "detect_all",
    "get_detector",
    "merge_findings",
    "register_detector",
    "registered_detectors",
    "replace_spans",
    "summarize_findings",
]

Validator = Callable[[str], bool]
"""A veto on a match: receives the matched text, returns False to drop it."""

# RE2 refuses programs above max_mem; large alternations (word lists in five
# languages) need more than the 8 MiB default.
_RE2_MAX_MEM = 64 << 20

# RE2 sets answer "no match" both when nothing matches and when their DFA runs out
# of memory, which only long texts can cause. Past this length every rule runs on
# its own (RE2 then falls back to its NFA instead of failing), so a huge crafted
# text can never slip through unscanned.
_SET_PREFILTER_MAX = 8192


class DetectionError(RuntimeError):
    """A detector failed; callers treat the text as unsafe (fail closed)."""


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


def _options() -> Any:
    options = re2.Options()
    options.max_mem = _RE2_MAX_MEM
    return options


def _compile(rule: Rule) -> Any:
    try:
        return re2.compile(rule.compiled_pattern(), _options())
    except re2.error as exc:
        msg = f"rule {rule.id!r} is not a valid RE2 pattern: {exc}"
        raise ValueError(msg) from exc


class RuleDetector:
    r"""Compiles a sequence of rules into RE2 programs and runs them.

    A single RE2 set scans the text once per view to tell which rules can match;
    only those run again to find spans. Each rule is compiled once, here.

    Example:
        >>> detector = RuleDetector(
        ...     [Rule(id="demo.word", category="demo", pattern=r"\bsecret\b")]
        ... )
        >>> [(f.start, f.end) for f in detector.detect("A SeCrEt plan")]
        [(2, 8)]
    """

    def __init__(self, rules: Iterable[Rule], *, name: str = "rules") -> None:
        """Compile ``rules``; raises ``ValueError`` naming a rule RE2 rejects."""
        self.name = name
        self.rules: tuple[Rule, ...] = tuple(rules)
        ids = [rule.id for rule in self.rules]
        if len(set(ids)) != len(ids):
            dupes = sorted({i for i in ids if ids.count(i) > 1})
            msg = f"duplicate rule ids: {dupes}"
            raise ValueError(msg)
        self._view_rules = [r for r in self.rules if r.on_view]
        self._raw_rules = [r for r in self.rules if not r.on_view and r.strip_invisible]
        self._literal_rules = [
            r for r in self.rules if not r.on_view and not r.strip_invisible
        ]
        self._programs: dict[str, Any] = {r.id: _compile(r) for r in self.rules}
        self._view_set = self._build_set(self._view_rules)
        self._raw_set = self._build_set(self._raw_rules)
        self._literal_set = self._build_set(self._literal_rules)
        self._groups: dict[str, tuple[list[Rule], Any]] = {
            "view": (self._view_rules, self._view_set),
            "raw": (self._raw_rules, self._raw_set),
            "literal": (self._literal_rules, self._literal_set),
        }
        self.max_match_len = max((r.max_len for r in self.rules), default=0)

    @property
    def uses_view(self) -> bool:
        """Whether any rule matches on the detection view."""
        return bool(self._view_rules)

    def __repr__(self) -> str:
        """Show the name and rule count."""
        return f"RuleDetector(name={self.name!r}, rules={len(self.rules)})"

    @staticmethod
    def _build_set(rules: Sequence[Rule]) -> Any:
        if not rules:
            return None
        rule_set = re2.Set.SearchSet(_options())
        for rule in rules:
            rule_set.Add(rule.compiled_pattern())
        rule_set.Compile()
        return rule_set

    def detect(self, text: str, *, view: DetectionView | None = None) -> list[Finding]:
        """Return every validated finding of every rule, in original offsets.

        Args:
            text: The original text.
            view: A detection view of ``text`` already built by the caller, so
                several detectors can share one.
        """
        findings: list[Finding] = []
        if self._view_rules:
            view = view if view is not None else build_view(text)
            findings.extend(self._run("view", view.text, text, view))
        if self._raw_rules:
            # Format rules see the text with invisible characters removed, so a
            # zero-width space inside a key or an address cannot hide it.
            stripped = build_stripped_view(text)
            findings.extend(
                self._run(
                    "raw", stripped.text, text, None if stripped.identity else stripped
                )
            )
        if self._literal_rules:
            findings.extend(self._run("literal", matchable(text), text, None))
        return findings

    def _run(
        self,
        group: str,
        haystack: str,
        original: str,
        view: DetectionView | None,
    ) -> list[Finding]:
        rules, rule_set = self._groups[group]
        validate_on_haystack = group == "raw"
        if rule_set is not None and len(haystack) <= _SET_PREFILTER_MAX:
            candidates = sorted(rule_set.Match(haystack) or ())
        else:
            candidates = list(range(len(rules)))
        findings: list[Finding] = []
        for index in candidates:
            rule = rules[index]
            program = self._programs[rule.id]
            for match in program.finditer(haystack):
                start, end = match.span(rule.group)
                if start < 0 or end <= start:
                    continue
                # Format validators (Luhn, mod-97, entropy) check the characters
                # that matched; word rules' validators check the original text.
                checked = haystack[start:end] if validate_on_haystack else None
                if view is not None:
                    start, end = view.to_original(start, end)
                if rule.validator is not None and not rule.validator(
                    checked if checked is not None else original[start:end]
                ):
                    continue
                findings.append(
                    Finding(
                        start=start,
                        end=end,
                        rule_id=rule.id,
                        category=rule.category,
                        score=rule.score,
                    )
                )
        return findings


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

    Text outside the spans is kept byte for byte. Spans are applied back to front
    so earlier offsets stay valid.

    Example:
        >>> replace_spans("call 555 now", [(5, 8, "[PHONE]")])
        'call [PHONE] now'
    """
    out = text
    for start, end, new in sorted(replacements, key=lambda r: r[0], reverse=True):
        out = out[:start] + new + out[end:]
    return out


def detect_all(
    text: str, detectors: Sequence[Detector], *, merge: bool = True
) -> list[Finding]:
    """Run several detectors on ``text``, sharing one detection view.

    Any detector error is raised as :class:`DetectionError` (the caller fails
    closed); the message names the detector type, never the text.

    Example:
        >>> detector = RuleDetector([Rule(id="d.x", category="x", pattern="x+")])
        >>> detect_all("axxb", [detector])
        [Finding(start=1, end=3, rule_id='d.x', category='x', score=1.0)]
    """
    view: DetectionView | None = None
    findings: list[Finding] = []
    current: object = None
    try:
        for detector in detectors:
            current = detector
            if isinstance(detector, RuleDetector):
                if view is None and detector.uses_view:
                    view = build_view(text)
                findings.extend(detector.detect(text, view=view))
            else:
                findings.extend(detector.detect(text))
    except Exception as exc:  # noqa: BLE001 - any failure must fail closed
        # The original error is not chained: its message may quote the text,
        # and tracebacks and tracers print causes. Its type is enough to debug.
        msg = f"detector {type(current).__name__} failed: {type(exc).__name__}"
        raise DetectionError(msg) from None
    return merge_findings(findings) if merge else sorted(findings)


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


_REGISTRY: dict[str, Callable[[], Detector]] = {}
_INSTANCES: dict[str, Detector] = {}
# Re-entrant: importing a family module registers it while get_detector holds it.
_REGISTRY_LOCK = threading.RLock()
# Built-in families register themselves when their module is first imported.
_BUILTIN_MODULES = {
    "injection": "langchain_mistral_secure.detection.injection",
    "pii": "langchain_mistral_secure.detection.pii",
    "identifiers": "langchain_mistral_secure.detection.identifiers",
    "secrets": "langchain_mistral_secure.detection.secrets",
    "content": "langchain_mistral_secure.detection.content",
}


def register_detector(name: str, factory: Callable[[], Detector]) -> None:
    """Register a named detector factory (built lazily, once, then shared).

    Example:
        >>> register_detector(
        ...     "demo", lambda: RuleDetector([Rule("demo.x", "x", "x")])
        ... )
        >>> get_detector("demo").max_match_len
        256
    """
    with _REGISTRY_LOCK:
        _REGISTRY[name] = factory
        _INSTANCES.pop(name, None)


def get_detector(name: str) -> Detector:
    """Return the shared instance of a registered detector.

    Raises:
        KeyError: If no detector of that name is registered.
    """
    with _REGISTRY_LOCK:
        if name not in _INSTANCES:
            if name not in _REGISTRY and name in _BUILTIN_MODULES:
                importlib.import_module(_BUILTIN_MODULES[name])
            if name not in _REGISTRY:
                msg = f"unknown detector {name!r}; known: {sorted(_REGISTRY)}"
                raise KeyError(msg)
            _INSTANCES[name] = _REGISTRY[name]()
        return _INSTANCES[name]


def registered_detectors() -> list[str]:
    """Names of all registered detectors."""
    with _REGISTRY_LOCK:
        return sorted(set(_REGISTRY) | set(_BUILTIN_MODULES))
