"""The sanitizer's detector (rules and learned scorer) and finding helpers."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from langchain_mistral_secure.detection.corroboration import DEFAULT_FLOOR, confirmed
from langchain_mistral_secure.detection.engine import (
    Finding,
    RuleDetector,
    get_detector,
)
from langchain_mistral_secure.detection.injection import InjectionDetector
from langchain_mistral_secure.detection.normalize import build_view
from langchain_mistral_secure.detection.scorer import InjectionScorer


class _RulesAndScorer:
    """The injection rules and the learned scorer as one detector.

    With a ``floor``, the scorer confirms the rules' plain-language findings
    (:mod:`langchain_mistral_secure.detection.corroboration`). Scorer errors
    surface as ``DetectionError`` (fail closed). Pickles as the
    registered rules' name and the scorer (which drops its weights), so the
    compiled RE2 programs are looked up again, not copied.
    """

    def __init__(
        self,
        rules_name: str,
        scorer: InjectionScorer,
        floor: float | None = DEFAULT_FLOOR,
    ) -> None:
        self.rules_name = rules_name
        self.rules = get_detector(rules_name)
        self.scorer = scorer
        # The score a text needs for its plain-language rule findings to
        # stand (see detection.corroboration); only the injection detector
        # tells plain findings from unveiled ones.
        self.floor = floor if isinstance(self.rules, InjectionDetector) else None
        self.max_match_len = max(self.rules.max_match_len, scorer.max_match_len)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.rules_name, self.scorer, self.floor))

    def rule_parts(self, text: str) -> tuple[list[Finding], list[Finding]]:
        """The rules' findings as (plain, unveiled); all plain without a floor."""
        rules = self.rules
        if self.floor is not None and isinstance(rules, InjectionDetector):
            return rules.detect_parts(text)
        return rules.detect(text), []

    def detect(self, text: str) -> list[Finding]:
        # One detection view serves the rules and the scorer (the injection
        # detector takes a view too: building it twice cost a full pass).
        rules = self.rules
        if self.floor is not None and isinstance(rules, InjectionDetector):
            view = build_view(text)
            plain, unveiled = rules.detect_parts(text, view=view)
            score, scored = self.scorer.assess(text, view)
            kept = confirmed(plain, unveiled, score, self.floor, len(text))
            return [*kept, *scored]
        if isinstance(rules, InjectionDetector) or (
            isinstance(rules, RuleDetector) and rules.uses_view
        ):
            view = build_view(text)
            found = rules.detect(text, view=view)
            return [*found, *self.scorer.detect(text, view)]
        return [*rules.detect(text), *self.scorer.detect(text)]


def rules_of(detector: Any) -> Any:
    """The detector a stream runs on each held window: the rules alone.

    A rule match found in a window equals one found in the whole text (the
    stream cuts only where no match can start), but the scorer's best window
    depends on where the text starts, so a stream scores the whole text once,
    at its end (:func:`scorer_of`).
    """
    return detector.rules if isinstance(detector, _RulesAndScorer) else detector


def scorer_of(detector: Any) -> InjectionScorer | None:
    """The scorer beside the rules, if the sanitizer runs one."""
    return detector.scorer if isinstance(detector, _RulesAndScorer) else None


def _dedupe(findings: Iterable[Finding]) -> list[Finding]:
    """Drop exact duplicates (same span and rule), sorted by position."""
    unique = {(f.start, f.end, f.rule_id): f for f in findings}
    return [unique[key] for key in sorted(unique)]


def _clusters(findings: Sequence[Finding]) -> list[list[Finding]]:
    """Group findings whose spans overlap (sorted by start)."""
    clusters: list[list[Finding]] = []
    end = -1
    for finding in sorted(findings, key=lambda f: (f.start, -f.end)):
        if clusters and finding.start < end:
            clusters[-1].append(finding)
            end = max(end, finding.end)
        else:
            clusters.append([finding])
            end = finding.end
    return clusters
