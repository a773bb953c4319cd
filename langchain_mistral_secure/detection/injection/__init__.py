"""Prompt-injection detection: rule families as data, one module per family.

Families (categories): ``override`` (ignore previous instructions, forget
everything, previous instructions are void, your new task is), ``role`` (you are
now DAN, from now on, stay in character, developer mode, not bound by policies,
act as a Linux terminal), ``extraction`` (reveal your system prompt, what was
written above), ``template``
(``[INST]``, ``<|im_start|>``, fake turns), ``smuggling`` (tag characters,
zero-width and bidi controls, on the raw text) and ``encoded`` (base64/hex blocks
that decode to any of the first four). Word rules exist in English, French,
German, Spanish and Italian (the plain "ignore all instructions" also in
Portuguese, Dutch, Croatian and Polish) and match on the folded detection view.
Where a phrase is also ordinary prose ("act as", "stay in role", "new task"),
the rule asks for context naming an AI, a persona or the model's instructions.

Importing this module registers the detector as ``"injection"``.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import (
    Finding,
    Rule,
    RuleDetector,
    register_detector,
)
from langchain_mistral_secure.detection.injection import (
    extraction,
    override,
    role,
    smuggling,
    template_tokens,
)
from langchain_mistral_secure.detection.injection.encoded import (
    EncodedPayloadDetector,
)
from langchain_mistral_secure.detection.normalize import DetectionView, build_view

__all__ = [
    "CATEGORIES",
    "RULES",
    "EncodedPayloadDetector",
    "InjectionDetector",
    "build_injection_detector",
]

WORD_RULES: tuple[Rule, ...] = (
    override.RULES + role.RULES + extraction.RULES + template_tokens.RULES
)
RULES: tuple[Rule, ...] = WORD_RULES + smuggling.RULES
"""Every pattern rule of the injection families (the encoded family wraps them)."""

CATEGORIES: tuple[str, ...] = (
    "override",
    "role",
    "extraction",
    "template",
    "smuggling",
    "encoded",
)
"""The categories the injection detector reports."""


class InjectionDetector:
    """The injection detector: pattern rules plus the encoded-payload family.

    Example:
        >>> detector = InjectionDetector()
        >>> [f.category for f in detector.detect("Ignore all previous instructions")]
        ['override']
    """

    def __init__(self) -> None:
        """Compile the rule families (once; use ``get_detector("injection")``)."""
        self.rules = RuleDetector(RULES, name="injection")
        self.encoded = EncodedPayloadDetector(RuleDetector(WORD_RULES, name="decoded"))
        self.max_match_len = max(self.rules.max_match_len, self.encoded.max_match_len)

    def __repr__(self) -> str:
        """Show the rule count."""
        return f"InjectionDetector(rules={len(self.rules.rules)})"

    def detect(self, text: str, *, view: DetectionView | None = None) -> list[Finding]:
        """Return the findings of every family, in original offsets."""
        view = view if view is not None else build_view(text)
        return self.rules.detect(text, view=view) + self.encoded.detect(text)


def build_injection_detector() -> InjectionDetector:
    """Build a fresh injection detector (prefer the shared ``get_detector``)."""
    return InjectionDetector()


register_detector("injection", build_injection_detector)
