"""The national identifier detector: RE2 candidates, stdnum checks, context.

Registered as ``"identifiers"``; the PII detector runs it too, so the
redactor's default detectors report national identifiers.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

import re2

from langchain_mistral_secure.detection.engine import (
    Finding,
    RuleDetector,
    register_detector,
)
from langchain_mistral_secure.detection.identifiers.base import (
    CONTEXT_WINDOW,
    Identifier,
)
from langchain_mistral_secure.detection.identifiers.catalog import IDENTIFIERS
from langchain_mistral_secure.detection.normalize import DetectionView, matchable

__all__ = ["IdentifierDetector"]


class IdentifierDetector(RuleDetector):
    """Finds EU and UK national identifiers with valid check digits.

    A candidate is reported when python-stdnum validates it and, for the
    identifiers whose shape is common (short all-digit numbers), when one of
    its keywords stands within :data:`CONTEXT_WINDOW` characters before it (or
    half as many after it).

    Args:
        identifiers: The identifiers to look for (default: all built-in ones).
        keyword_optional: Ids of identifiers to report without a keyword
            nearby (e.g. ``("uk_nhs",)``). This trades precision for recall:
            any number of the right shape whose check digit happens to match
            is then reported (about 1 in 11 random 10-digit numbers for the
            NHS number, 1 in 10 for most Luhn or mod-11 numbers).

    Example:
        >>> detector = IdentifierDetector()
        >>> text = "BSN: 111222333, codice fiscale RCCMNL83S18D969H"
        >>> sorted(f.category for f in detector.detect(text))
        ['it_codice_fiscale', 'nl_bsn']
        >>> [f.category for f in detector.detect("Ref 943 476 5919.")]
        []
        >>> loose = IdentifierDetector(keyword_optional=("uk_nhs",))
        >>> [f.category for f in loose.detect("Ref 943 476 5919.")]
        ['uk_nhs']
    """

    def __init__(
        self,
        identifiers: Iterable[Identifier] = IDENTIFIERS,
        *,
        keyword_optional: Iterable[str] = (),
    ) -> None:
        """Compile one rule and one keyword pattern per identifier."""
        optional = frozenset(keyword_optional)
        specs = tuple(identifiers)
        unknown = optional - {spec.id for spec in specs}
        if unknown:
            msg = f"keyword_optional names unknown identifiers: {sorted(unknown)}"
            raise ValueError(msg)
        self.identifiers: tuple[Identifier, ...] = tuple(
            replace(spec, context_rule="never") if spec.id in optional else spec
            for spec in specs
        )
        super().__init__([spec.rule() for spec in self.identifiers], name="ids")
        self._specs = {f"pii.{spec.id}": spec for spec in self.identifiers}
        self._context: dict[str, Any] = {
            spec.id: re2.compile(spec.context_pattern())
            for spec in self.identifiers
            if spec.context
        }
        self.max_match_len = max(self.max_match_len, 1) + CONTEXT_WINDOW

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle as the identifiers (compiled RE2 programs are not picklable)."""
        return (IdentifierDetector, (self.identifiers,))

    def __repr__(self) -> str:
        """Show how many identifiers are known (never any text)."""
        return f"IdentifierDetector(identifiers={len(self.identifiers)})"

    def detect(self, text: str, *, view: DetectionView | None = None) -> list[Finding]:
        """Return identifier findings in ``text`` (original offsets, unmerged).

        Args:
            text: The text to scan.
            view: An already built detection view (unused: raw rules).
        """
        return self.in_context(text, super().detect(text, view=view))

    def in_context(self, text: str, findings: Iterable[Finding]) -> list[Finding]:
        """Keep the findings of this detector's rules that their context allows.

        For a detector that runs these rules in one pass with its own (the
        PII detector): ``findings`` must come from :attr:`rules` on ``text``.
        """
        raw = matchable(text)
        return [finding for finding in findings if self._context_ok(raw, finding)]

    def _context_ok(self, raw: str, finding: Finding) -> bool:
        spec = self._specs[finding.rule_id]
        if not spec.needs_context(raw[finding.start : finding.end]):
            return True
        program = self._context.get(spec.id)
        if program is None:
            return False
        before = raw[max(0, finding.start - CONTEXT_WINDOW) : finding.start]
        after = raw[finding.end : finding.end + CONTEXT_WINDOW // 2]
        return bool(program.search(before) or program.search(after))


register_detector("identifiers", IdentifierDetector)
