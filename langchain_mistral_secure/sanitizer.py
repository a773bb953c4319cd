"""InputSanitizer: detect prompt injection in what goes to the model.

The sanitizer runs the ``"injection"`` rules and the learned injection scorer
on the folded detection view of each text, then applies a policy per category:
``redact`` (default; each matched span becomes ``[FILTERED:<rule id>]`` and
smuggled invisible characters are removed), ``flag`` (text unchanged, findings
reported) or ``block`` (raise :class:`PromptInjectionError`). Text outside
findings passes byte for byte.

Rules are the precise layer: a rule names what matched and where. The scorer
adds recall where no rule matches; its finding (rule ``injection.scorer``,
category ``scorer``) carries a score, not a phrase to cut out, so its policy is:

* ``redact`` and ``flag``: the finding is reported, the text is unchanged
  (rewriting a whole window on a score alone would destroy benign text and
  tell an attacker nothing useful);
* ``block``: refuse when the score reaches ``scorer_block_threshold`` (the
  calibrated high threshold), otherwise report only.

The scorer also confirms the rules' plain-language findings: an ``override``,
``role`` or ``extraction`` phrase in a text of at least 130 characters that
scores below ``corroboration_floor`` (far below the flag threshold) is an
everyday use of its words, and the text passes (see
:mod:`langchain_mistral_secure.detection.corroboration`).
"""

# ruff: noqa: ARG002  (LangChain Runnable signatures)
from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any, ClassVar, Literal

from langchain_core.runnables import RunnableConfig
from pydantic import ConfigDict, Field, PrivateAttr

from langchain_mistral_secure._runnable import TransformRunnable, with_doc
from langchain_mistral_secure._sanitize_detect import (
    _clusters,
    _dedupe,
    _RulesAndScorer,
)
from langchain_mistral_secure._sanitize_results import (
    _COMPONENT,
    _MAX_CHARS,
    _MAX_TOKENS,
    _OVERFLOW_CATEGORY,
    _OVERFLOW_RULE,
    _SEVERITY,
    InputTooLongError,
    Policy,
    PromptInjectionError,
    ScanResult,
)
from langchain_mistral_secure._sanitize_stream import _InputStream, _StreamState
from langchain_mistral_secure._sanitize_walk import _InputWalker
from langchain_mistral_secure.detection.corroboration import DEFAULT_FLOOR
from langchain_mistral_secure.detection.engine import (
    DEFAULT_MAX_CHARS,
    Detector,
    Finding,
    get_detector,
    merge_findings,
)
from langchain_mistral_secure.detection.scorer import (
    SCORER_CATEGORY,
    InjectionScorer,
)
from langchain_mistral_secure.streaming import splice
from langchain_mistral_secure.tokens import count_tokens, truncate_to_tokens

__all__ = [
    "InputSanitizer",
    "InputTooLongError",
    "Policy",
    "PromptInjectionError",
    "ScanResult",
]

logger = logging.getLogger(__name__)


class InputSanitizer(_InputWalker, TransformRunnable):
    """Detects prompt injection in inputs and redacts, flags or blocks it.

    Accepts a ``str``, ``bytes`` (strict UTF-8; invalid bytes raise
    :class:`~langchain_mistral_secure._shapes.UndecodableInputError`), a
    ``dict`` (keys and values; ``keys`` restricts the top level to those
    entries), a message or a list of messages (the content of ``HumanMessage``,
    ``ToolMessage`` and ``ChatMessage`` with a user or tool role, including
    text blocks), a ``Document`` (``page_content`` and ``metadata``), or a
    ``PromptValue``, and returns the same type. Lists, tuples and nested
    mappings are walked recursively (``keys`` selects top-level keys only).
    Streamed string chunks are sanitized across chunk boundaries.

    Args:
        policy: Default policy for every category.
        policies: Per-category overrides, e.g. ``{"override": "block"}``.
        keys: For dict inputs, the keys to sanitize (default: every string value).
        max_chars: Maximum characters per text (default
            :data:`~langchain_mistral_secure.detection.engine.DEFAULT_MAX_CHARS`,
            4 MiB; larger than any model context, and it bounds the work an
            attacker can cause), or ``None`` for no limit.
        max_tokens: Maximum Mistral tokens per text, or ``None``.
        model: Model name that chooses the tokenizer for ``max_tokens``.
        on_overflow: ``"raise"`` (:class:`InputTooLongError`) or ``"truncate"``
            (cut at a token/char boundary and report an ``overflow`` finding).
        marker: Replacement template; ``{rule}`` and ``{category}`` are filled.
        scorer: Run the learned injection scorer beside the rules (default).
        scorer_path: Weights written by the training command (default: the
            weights shipped with the package).
        scorer_threshold: Score at which the scorer reports a finding
            (``None``: the calibrated threshold, at most 1% false positives on
            held-out benign data).
        scorer_block_threshold: Score at which a ``block`` policy for the
            ``scorer`` category refuses the input (``None``: the calibrated
            high threshold). Lower scores are only reported.
        corroboration_floor: With the scorer on, the score a text of at
            least 130 characters needs for the rules' plain-language findings
            (``override``, ``role``, ``extraction``) to stand; in a shorter
            text they always stand, and so do template tokens, smuggling,
            exfiltration and findings in decoded or deobfuscated text (see
            :mod:`langchain_mistral_secure.detection.corroboration`).
            ``None`` keeps every rule finding. A stream that meets such a
            finding holds the rest of its text until its end, when the
            whole text is scored.
        documents: ``"policy"`` (default) treats a ``Document`` like any text;
            ``"drop"`` removes from its list every ``Document`` with a finding
            whose policy is ``redact`` or ``block`` (content or metadata), so one
            poisoned retrieval result does not reject the whole request and
            the model never reads it. The findings are still reported. A
            ``Document`` outside a list follows the policy.

    Example:
        >>> sanitizer = InputSanitizer(policies={"template": "redact"})
        >>> sanitizer.invoke("Hello [INST] world")
        'Hello [FILTERED:injection.template.mistral_tokens] world'
    """

    policy: Policy = "redact"
    policies: dict[str, Policy] = Field(default_factory=dict)
    keys: tuple[str, ...] | None = None
    max_chars: int | None = DEFAULT_MAX_CHARS
    max_tokens: int | None = None
    model: str | None = None
    on_overflow: Literal["raise", "truncate"] = "raise"
    marker: str = "[FILTERED:{rule}]"
    detector_name: str = "injection"
    scorer: bool = True
    scorer_path: str | None = None
    scorer_threshold: float | None = Field(default=None, ge=0.0, le=1.0)
    scorer_block_threshold: float | None = Field(default=None, ge=0.0, le=1.0)
    corroboration_floor: float | None = Field(default=DEFAULT_FLOOR, ge=0.0, le=1.0)
    documents: Literal["policy", "drop"] = "policy"

    model_config = ConfigDict(arbitrary_types_allowed=True)
    _component: ClassVar[str] = _COMPONENT
    _detector: Detector | None = PrivateAttr(default=None)

    @classmethod
    def is_lc_serializable(cls) -> bool:
        """The sanitizer holds only configuration, so it can be serialized."""
        return True

    def __repr__(self) -> str:
        """Configuration only."""
        return (
            f"InputSanitizer(policy={self.policy!r}, policies={self.policies!r}, "
            f"max_chars={self.max_chars}, max_tokens={self.max_tokens})"
        )

    @property
    def detector(self) -> Detector:
        """The injection rules, with the scorer beside them when it is on."""
        if self._detector is None:
            self._detector = (
                _RulesAndScorer(
                    self.detector_name,
                    InjectionScorer(
                        Path(self.scorer_path) if self.scorer_path else None,
                        threshold=self.scorer_threshold,
                    ),
                    self.corroboration_floor,
                )
                if self.scorer
                else get_detector(self.detector_name)
            )
        return self._detector

    def _blocks(self, finding: Finding) -> bool:
        """Whether ``finding`` refuses the input under the policies."""
        if self._policy_for(finding.category) != "block":
            return False
        if finding.category != SCORER_CATEGORY:
            return True
        limit = self.scorer_block_threshold
        detector = self.detector
        if limit is None and isinstance(detector, _RulesAndScorer):
            limit = detector.scorer.block_threshold
        return limit is not None and finding.score >= limit

    # ---- scanning ---------------------------------------------------------

    def _policy_for(self, category: str) -> Policy:
        return self.policies.get(category, self.policy)

    def _limit(self, text: str) -> tuple[str, Finding | None]:
        cut = len(text)
        if self.max_chars is not None and len(text) > self.max_chars:
            if self.on_overflow == "raise":
                raise InputTooLongError(_MAX_CHARS, len(text), self.max_chars)
            cut = self.max_chars
        if self.max_tokens is not None:
            size = count_tokens(text[:cut], self.model)
            if size > self.max_tokens:
                if self.on_overflow == "raise":
                    raise InputTooLongError(_MAX_TOKENS, size, self.max_tokens)
                cut = len(truncate_to_tokens(text[:cut], self.max_tokens, self.model))
        if cut >= len(text):
            return text, None
        logger.warning(
            "input truncated from %d to %d characters (on_overflow='truncate')",
            len(text),
            cut,
        )
        return text[:cut], Finding(
            start=cut,
            end=len(text),
            rule_id=_OVERFLOW_RULE,
            category=_OVERFLOW_CATEGORY,
        )

    def _apply(self, text: str, findings: Sequence[Finding]) -> tuple[str, bool]:
        """Apply policies to ``findings`` of ``text``; return (text, blocked)."""
        # A score-only finding never rewrites text: it flags, or blocks above
        # the block threshold when its policy is ``block`` (see module doc).
        blocked = any(
            self._blocks(f) for f in findings if f.category == SCORER_CATEGORY
        )
        replacements: list[tuple[int, int, str]] = []
        spans = [f for f in findings if f.category != SCORER_CATEGORY]
        # Dense text has one finding per few characters (a zero-width space
        # per word): policies and markers are looked up once per category
        # and rule, and a lone finding skips the cluster merge.
        policy_of: dict[str, Policy] = {}
        markers: dict[tuple[str, str], str] = {}
        for cluster in _clusters(spans):
            for finding in cluster:
                if finding.category not in policy_of:
                    policy_of[finding.category] = self._policy_for(finding.category)
            worst = (
                policy_of[cluster[0].category]
                if len(cluster) == 1
                else max(
                    (policy_of[f.category] for f in cluster),
                    key=_SEVERITY.__getitem__,
                )
            )
            if worst == "block":
                blocked = True
            elif worst == "redact":
                merged = cluster[0] if len(cluster) == 1 else merge_findings(cluster)[0]
                if all(f.category == "smuggling" for f in cluster):
                    new = ""
                else:
                    key = (merged.rule_id, merged.category)
                    if key not in markers:
                        markers[key] = self.marker.format(
                            rule=merged.rule_id, category=merged.category
                        )
                    new = markers[key]
                replacements.append((merged.start, merged.end, new))
        return splice(text, replacements), blocked

    def scan(self, text: str) -> ScanResult:
        """Scan one text and return the findings and the sanitized text.

        Never raises for injections (``blocked`` tells); raises
        :class:`InputTooLongError` on overflow with ``on_overflow="raise"``.

        Example:
            >>> InputSanitizer().scan("How do I override a method in Java?").findings
            ()
        """
        limited, overflow = self._limit(text)
        findings = _dedupe(self.detector.detect(limited))
        out, blocked = self._apply(limited, findings)
        all_findings = (*findings, overflow) if overflow is not None else findings
        return ScanResult(
            text=out,
            findings=tuple(all_findings),
            blocked=blocked,
            truncated=overflow is not None,
        )

    # ---- structured inputs --------------------------------------------------

    def _text(self, text: str, found: list[Finding]) -> str:
        result = self.scan(text)
        found.extend(result.findings)
        if result.blocked:
            raise PromptInjectionError([f for f in result.findings if self._blocks(f)])
        return result.text

    def sanitize(self, value: Any) -> tuple[Any, list[Finding]]:
        """Sanitize any supported input; return (output, findings).

        Raises:
            PromptInjectionError: A finding's policy is ``block``.
            InputTooLongError: A text exceeds a limit with ``on_overflow="raise"``.

        Example:
            >>> InputSanitizer().sanitize({"question": "hi"})
            ({'question': 'hi'}, [])
        """
        found: list[Finding] = []
        out = self._value(value, found, top=True)
        return out, found

    # ---- Runnable interface ---------------------------------------------------

    def _process(self, value: Any, sink: list[Finding], config: RunnableConfig) -> Any:
        return self._value(value, sink, top=True)

    invoke = with_doc(
        TransformRunnable.invoke,
        """Sanitize ``input`` and return the same type.

        Raises:
            PromptInjectionError: A finding's policy is ``block``.
            InputTooLongError: A text exceeds a limit with ``on_overflow="raise"``.
        """,
    )

    # ---- streaming ------------------------------------------------------------

    def _hold(self) -> int:
        """Characters held back while streaming: the longest possible match."""
        return max(1, self.detector.max_match_len)

    def _emit(
        self, text: str, offset: int, cut: int, findings: Sequence[Finding]
    ) -> tuple[str, list[Finding]]:
        """Sanitize ``text[offset:cut]``; return (output, findings in it)."""
        inside = [f for f in findings if offset <= f.start and f.end <= cut]
        part = [f.shifted(-offset) for f in inside]
        out, blocked = self._apply(text[offset:cut], part)
        if blocked:
            raise PromptInjectionError([f for f in part if self._blocks(f)])
        return out, part

    def _new_stream(self) -> _StreamState:
        return _StreamState(self)

    def _open_stream(self, config: RunnableConfig) -> _InputStream:
        return _InputStream(self)

    transform = with_doc(
        TransformRunnable.transform,
        "Sanitize a stream; string chunks are handled across boundaries.",
    )
    stream = with_doc(
        TransformRunnable.stream,
        "Stream the sanitized input (a single chunk in, sanitized chunks out).",
    )
