"""The one detection engine: findings, rules as data, RE2 rule sets, span merging.

Every component (sanitizer, redactor, privacy masker, audit, log scrubbing) asks
this engine for spans and decides on its own what to do with them. Rules are data;
they are compiled once into RE2 programs, so matching is linear in the length of
the text whatever an attacker writes.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import re2

from langchain_mistral_secure.detection._findings import (
    DetectionError,
    Detector,
    Finding,
    Rule,
    TextTooLongError,
    Validator,
    merge_findings,
    replace_spans,
    summarize_findings,
)
from langchain_mistral_secure.detection.normalize import (
    DetectionView,
    build_stripped_view,
    build_view,
    matchable,
)
from langchain_mistral_secure.detection.prefilter import RuleGroup, compile_program
from langchain_mistral_secure.detection.program_memory import (
    note_scanned,
    track,
)

__all__ = [
    "DEFAULT_MAX_CHARS",
    "DetectionError",
    "Detector",
    "Finding",
    "Rule",
    "RuleDetector",
    "TextTooLongError",
    "Validator",
    "detect_all",
    "get_detector",
    "merge_findings",
    "register_detector",
    "registered_detectors",
    "replace_spans",
    "summarize_findings",
]

# Serializes the builds of rule groups (see ``RuleDetector._groups``).
_BUILD_LOCK = threading.Lock()


DEFAULT_MAX_CHARS = 4 * 1024 * 1024
"""Default ``max_chars`` of the sanitizer and the redactor (4 MiB characters).

Far above any model's context window, and it bounds the work one request can
cause: a longer text fails closed with :class:`TextTooLongError`.
"""


def _compile(rule: Rule) -> Any:
    try:
        return compile_program(rule.compiled_pattern())
    except re2.error as exc:
        msg = f"rule {rule.id!r} is not a valid RE2 pattern: {exc}"
        raise ValueError(msg) from exc


class RuleDetector:
    r"""Compiles a sequence of rules into RE2 programs and runs them.

    An RE2 set scans the text once per view, in overlapping windows, to tell
    which rules can match where; only those rules run again, only on those
    windows (see :mod:`~langchain_mistral_secure.detection.prefilter`). Each
    pattern is compiled once per process; a pickled detector carries its rules
    and compiles them again on first use.

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
        for rule in self.rules:
            _compile(rule)  # name the rule RE2 rejects, now
        self.max_match_len = max((r.max_len for r in self.rules), default=0)
        self._compiled: dict[str, tuple[list[Rule], RuleGroup]] | None = None
        track(self)  # released with every program past the memory budget
        self._groups()

    @property
    def uses_view(self) -> bool:
        """Whether any rule matches on the detection view."""
        return any(rule.on_view for rule in self.rules)

    def needs_view(self, text: str) -> bool:
        """Whether :meth:`detect` on ``text`` reads a detection view.

        False when no rule matches on the view, or when ``text`` is ASCII (its
        view is the text lower-cased, which keeps every punctuation character)
        and lacks every character the view rules' matches need: building the
        view is then skipped.
        """
        groups = self._groups()
        if "view" not in groups:
            return False
        return not (text.isascii() and groups["view"][1].cannot_match(text))

    def lacks_chars(self, chars: str | bytes) -> bool:
        """Whether no rule can match a text whose non-ASCII characters are ``chars``.

        True only when no rule matches on the folded view (whose characters
        are not the text's) and every other rule's matches provably need a
        non-ASCII character (one of a script, say) that ``chars`` lacks: the
        detector then finds nothing on that text, unsearched. ``chars`` (text
        or UTF-8 bytes) must hold every non-ASCII character of
        ``matchable(text)``; ASCII characters in it change nothing.

        Example:
            >>> detector = RuleDetector(
            ...     [Rule("d.ru", "x", "игнорируй", on_view=False)]
            ... )
            >>> detector.lacks_chars("ignore é"), detector.lacks_chars("и й")
            (True, False)
        """
        groups = self._groups()
        return "view" not in groups and all(
            group.lacks_chars(chars) for _rules, group in groups.values()
        )

    @property
    def uses_stripped_view(self) -> bool:
        """Whether any rule matches on the stripped view (format rules)."""
        return "raw" in self._groups()

    def __repr__(self) -> str:
        """Show the name and rule count."""
        return f"RuleDetector(name={self.name!r}, rules={len(self.rules)})"

    def __getstate__(self) -> dict[str, Any]:
        """Pickle the rules, not the compiled RE2 programs (rebuilt on first use)."""
        state = dict(self.__dict__)
        state["_compiled"] = None
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        """Restore the rules; RE2 programs are compiled again on first use."""
        self.__dict__.update(state)
        self._compiled = None
        track(self)

    def release_compiled(self) -> None:
        """Drop the compiled rule groups (memory budget); rebuilt on next use."""
        with _BUILD_LOCK:  # a build in progress ends first, then is dropped
            self._compiled = None

    def _groups(self) -> dict[str, tuple[list[Rule], RuleGroup]]:
        compiled = self._compiled
        if compiled is not None:
            return compiled
        # One build at a time: threads that find the groups released (memory
        # budget) wait for the first one's build instead of compiling copies.
        with _BUILD_LOCK:
            compiled = self._compiled
            if compiled is not None:
                return compiled
            members = {
                "view": [r for r in self.rules if r.on_view],
                "raw": [r for r in self.rules if not r.on_view and r.strip_invisible],
                "literal": [
                    r for r in self.rules if not r.on_view and not r.strip_invisible
                ],
            }
            compiled = {
                name: (
                    rules,
                    RuleGroup(
                        [r.compiled_pattern() for r in rules], [r.group for r in rules]
                    ),
                )
                for name, rules in members.items()
                if rules
            }
            self._compiled = compiled
            return compiled

    def detect(self, text: str, *, view: DetectionView | None = None) -> list[Finding]:
        """Return every validated finding of every rule, in original offsets.

        Args:
            text: The original text.
            view: A detection view of ``text`` already built by the caller, so
                several detectors can share one.
        """
        return self.detect_sharing(text, view=view)

    def detect_sharing(
        self,
        text: str,
        *,
        view: DetectionView | None = None,
        stripped: DetectionView | None = None,
    ) -> list[Finding]:
        r""":meth:`detect`, with views of ``text`` the caller already built.

        Several rule groups over one text share its views: building the
        stripped view once per group cost a pass over the text per group.

        Args:
            text: The original text.
            view: ``build_view(text)``, or None to build it when needed.
            stripped: ``build_stripped_view(text)``, or None to build it
                when a format rule needs it.

        Example:
            >>> from langchain_mistral_secure.detection.normalize import (
            ...     build_stripped_view,
            ... )
            >>> rule = Rule("d.key", "secret", r"K-\d{4}", on_view=False)
            >>> text = "K-12\u200b34"
            >>> detector = RuleDetector([rule])
            >>> stripped = build_stripped_view(text)
            >>> found = detector.detect_sharing(text, stripped=stripped)
            >>> found == detector.detect(text), [(f.start, f.end) for f in found]
            (True, [(0, 7)])
        """
        groups = self._groups()
        findings: list[Finding] = []
        if "view" in groups and (view is not None or self.needs_view(text)):
            view = view if view is not None else build_view(text)
            findings.extend(self._run(groups["view"], view.text, text, view))
        if "raw" in groups:
            # Format rules see the text with invisible characters removed, so a
            # zero-width space inside a key or an address cannot hide it.
            if stripped is None:
                stripped = build_stripped_view(text)
            findings.extend(
                self._run(
                    groups["raw"],
                    stripped.text,
                    text,
                    None if stripped.identity else stripped,
                    validate_on_haystack=True,
                )
            )
        if "literal" in groups:
            findings.extend(self._run(groups["literal"], matchable(text), text, None))
        note_scanned(len(text))  # the DFA caches grew: within the memory budget?
        return findings

    @staticmethod
    def _run(
        compiled: tuple[list[Rule], RuleGroup],
        haystack: str,
        original: str,
        view: DetectionView | None,
        *,
        validate_on_haystack: bool = False,
    ) -> list[Finding]:
        rules, group = compiled
        findings: list[Finding] = []
        for index, hay_start, hay_end in group.spans(haystack):
            rule = rules[index]
            # Format validators (Luhn, mod-97, entropy) check the characters
            # that matched; word rules' validators check the original text.
            checked = haystack[hay_start:hay_end] if validate_on_haystack else None
            start, end = hay_start, hay_end
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
                if view is None and detector.needs_view(text):
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
