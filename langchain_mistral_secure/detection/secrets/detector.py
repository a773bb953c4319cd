"""The secret detector: every family's rules, password assignments, PEM blocks."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from langchain_mistral_secure.detection.engine import (
    Finding,
    Rule,
    RuleDetector,
    register_detector,
)
from langchain_mistral_secure.detection.normalize import (
    DetectionView,
    build_stripped_view,
    matchable,
)
from langchain_mistral_secure.detection.prefilter import compile_any
from langchain_mistral_secure.detection.secrets import (
    ai,
    cloud,
    curl_auth,
    devtools,
    identity,
    infrastructure,
    keys,
    messaging,
    payments,
)
from langchain_mistral_secure.detection.secrets.credentials import (
    ASSIGNMENT_PATTERNS,
    CREDENTIAL_RULES,
    PASSWORD_MAX_LEN,
    find_passwords,
)
from langchain_mistral_secure.detection.secrets.names import (
    DOTTED_NAME,
    assignment_name_ok,
)

__all__ = ["SECRET_CATEGORIES", "SECRET_RULES", "SecretDetector"]

SECRET_CATEGORIES: tuple[str, ...] = (
    "mistral_api_key",
    "aws_access_key",
    "gcp_api_key",
    "github_token",
    "slack_token",
    "openai_key",
    "anthropic_key",
    "stripe_key",
    "api_key",
    "jwt",
    "private_key",
    "url_credentials",
    "password",
    "auth_header",
    "secret_assignment",
)
"""Categories the secret detector reports (placeholders such as ``[JWT]``)."""

SECRET_RULES: tuple[Rule, ...] = (
    *ai.RULES,
    *cloud.RULES,
    *devtools.RULES,
    *messaging.RULES,
    *payments.RULES,
    *infrastructure.RULES,
    *identity.RULES,
    *keys.RULES,
    *CREDENTIAL_RULES,
    *curl_auth.RULES,
)
"""The RE2 rules of the secret detector (PEM blocks and password assignments
are found separately)."""

_ASSIGNMENT_RULES = frozenset({"secrets.assignment_quoted", "secrets.assignment_bare"})


# The gate after a release of every program (``program_memory``): compiled
# again on the next scan.
_RELEASED: Any = object()


class SecretDetector(RuleDetector):
    """Finds API keys, tokens, private keys and credentials in text or source.

    Args:
        rules: The RE2 rules (defaults to :data:`SECRET_RULES`).
        pem_window: How many characters after a ``BEGIN ... PRIVATE KEY`` line
            the ``END`` line may be; the whole block is one finding. Without an
            ``END`` line in the window, everything from the header to the end
            of the text (at most ``pem_window`` characters after the header, or
            up to the next header) is reported, whatever the body looks like.
        detect_passwords: Whether to report password assignments whatever
            their value looks like (``password=<value>``, ``-pwd:<value>``).

    Example:
        >>> detector = SecretDetector()
        >>> key = "Zq7Lx2Vb9Nm4Kt8Rw3Yp6Hs1Jd5Fg0CeQw12"  # pragma: allowlist secret
        >>> text = "Use ghp_" + key + " here"
        >>> [f.category for f in detector.detect(text)]
        ['github_token']
        >>> text = "mysql -u app -pS3cure! db"  # pragma: allowlist secret
        >>> [text[f.start:f.end] for f in detector.detect(text)]
        ['S3cure!']
    """

    def __init__(
        self,
        *,
        rules: Iterable[Rule] = SECRET_RULES,
        pem_window: int = keys.DEFAULT_PEM_WINDOW,
        detect_passwords: bool = True,
    ) -> None:
        """Compile the rules."""
        super().__init__(rules, name="secrets")
        self.pem_window = pem_window
        self.detect_passwords = detect_passwords
        self.max_match_len = max(
            self.max_match_len, pem_window + 2 * keys.PEM_HEADER_MAX
        )
        if detect_passwords:
            self.max_match_len = max(self.max_match_len, PASSWORD_MAX_LEN)
        # One program for every rule and password pattern: most texts hold no
        # secret, and one pass then proves it (PEM headers are found by a
        # literal search, which costs next to nothing). Rules on the folded
        # view would need a pass over the view: then there is no gate.
        patterns = [rule.compiled_pattern() for rule in self.rules]
        if detect_passwords:
            patterns += ASSIGNMENT_PATTERNS
        self._gate_patterns: tuple[str, ...] | None = (
            None if any(rule.on_view for rule in self.rules) else tuple(patterns)
        )
        self._gate: Any = (
            None if self._gate_patterns is None else compile_any(self._gate_patterns)
        )

    def release_compiled(self) -> None:
        """Drop the compiled groups and the gate (memory budget); rebuilt on use."""
        super().release_compiled()
        # A release from another thread can land while __init__ runs (after
        # RuleDetector registered this detector, before the gate exists).
        if getattr(self, "_gate_patterns", None) is not None:
            self._gate = _RELEASED

    def _nothing_matches(self, raw: str) -> bool:
        """Whether no rule and no password pattern can match ``raw``.

        Rules match with invisible characters removed, password patterns on
        the text as it is: both are searched when they differ.
        """
        gate = self._gate
        if gate is _RELEASED:
            gate = self._gate = compile_any(self._gate_patterns or ())
        if gate is None:
            return False
        stripped = build_stripped_view(raw).text
        return all(
            gate.search(haystack.encode("utf-8")) is None
            for haystack in dict.fromkeys((stripped, raw))
        )

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle as the constructor arguments (compiled RE2 programs are not)."""
        return (_rebuild, (self.rules, self.pem_window, self.detect_passwords))

    def __repr__(self) -> str:
        """Show the rule count (never any text)."""
        return f"SecretDetector(rules={len(self.rules)}, pem_window={self.pem_window})"

    def detect(self, text: str, *, view: DetectionView | None = None) -> list[Finding]:
        """Return secret findings in ``text`` (original offsets, unmerged).

        Args:
            text: The text to scan.
            view: An already built detection view to share (unused: raw rules).
        """
        raw = matchable(text)
        if self._nothing_matches(raw):
            return keys.pem_blocks(raw, self.pem_window)
        findings = [
            finding
            for finding in super().detect(text, view=view)
            if finding.rule_id not in _ASSIGNMENT_RULES
            or (assignment_name_ok(text, finding.start) and _not_code(text, finding))
        ]
        findings.extend(keys.pem_blocks(raw, self.pem_window))
        if self.detect_passwords:
            findings.extend(find_passwords(raw))
        return findings


def _rebuild(
    rules: tuple[Rule, ...],
    pem_window: int,
    detect_passwords: bool,  # noqa: FBT001
) -> SecretDetector:
    return SecretDetector(
        rules=rules, pem_window=pem_window, detect_passwords=detect_passwords
    )


def _not_code(text: str, finding: Finding) -> bool:
    """Drop bare values that are code: a call or an attribute path."""
    if finding.rule_id != "secrets.assignment_bare":
        return True
    if text[finding.end : finding.end + 1] == "(":
        return False
    return not DOTTED_NAME.match(text[finding.start : finding.end])


register_detector("secrets", SecretDetector)
