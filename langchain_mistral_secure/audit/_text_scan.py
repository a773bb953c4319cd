"""What the audit looks for in a text: hard-coded secrets and httpx DEBUG logging.

Secrets are found by the shared ``secrets`` detector (which carries the Mistral
key heuristics). Values are reported masked (first and last two characters);
placeholders, UUIDs and hex digests (unless assigned to a key-like name) and
32-character fragments of base64 blobs are not reported, and a line carrying
``pragma: allowlist secret`` is skipped. Public names are re-exported from
:mod:`langchain_mistral_secure.audit.scanner`.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Sequence
from typing import Any

import re2

from langchain_mistral_secure.detection.engine import (
    Detector,
    Finding,
    detect_all,
    get_detector,
)
from langchain_mistral_secure.detection.validators import (
    is_placeholder,
    is_uuid_or_hash,
)

PRAGMA = "pragma: allowlist secret"
"""A line carrying this marker is never reported (detect-secrets convention)."""
_PRAGMA_NEXT = "pragma: allowlist nextline secret"
_PRAGMA_ANY = "pragma: allowlist"  # silences the httpx DEBUG check on a line

# Findings of these rules are dropped when the value is a UUID or hex digest;
# assignment rules keep them (next to a key-like name a digest is a secret).
_NAMED_RULES = frozenset(
    {"secrets.assignment_quoted", "secrets.assignment_bare", "secrets.mistral_api_key"}
)
# Standalone-token rules: a match glued to base64 characters is part of a blob.
_STANDALONE_RULES = frozenset({"secrets.mistral_api_key_entropy"})
_BASE64_NEIGHBOURS = frozenset("+/=")
_MISTRAL_KEY_LEN = 32


def audit_detectors() -> list[Detector]:
    """Return the detectors the audit runs: the shared ``secrets`` detector.

    It is imported lazily (``get_detector("secrets")``); it holds the Mistral key
    heuristics (a ``mistral...`` name, a key-like name, or a random-looking
    32-character token) and the other providers' formats.

    Example:
        >>> [type(d).__name__ for d in audit_detectors()]
        ['SecretDetector']
    """
    return [get_detector("secrets")]


# httpx / httpcore logging at DEBUG leaks request metadata (and, with httpcore
# traces, headers) into logs.
_HTTPX_PATTERNS: tuple[Any, ...] = tuple(
    re2.compile(p)
    for p in (
        # getLogger("httpx").setLevel(DEBUG), in one statement
        (
            r"getLogger\(\s*[\"'](?:httpx|httpcore)[A-Za-z0-9_.]*[\"']\s*\)\s*\.\s*"
            r"setLevel\(\s*(?:logging\.)?(?:DEBUG|[\"'](?i:debug)[\"']|10)\s*\)"
        ),
        # dictConfig as a dict or JSON: an httpx logger whose level is DEBUG
        (
            r"[\"']?(?:httpx|httpcore)[\"']?\s*:\s*\{[^}]*[\"']?level[\"']?\s*:\s*"
            r"(?:logging\.)?[\"']?(?i:debug)"
        ),
        # dictConfig in YAML: an httpx mapping with a DEBUG level line below
        (
            r"(?:httpx|httpcore)[\"']?\s*:[ \t]*\n(?:[ \t]+[^\n]*\n){0,5}?[ \t]+"
            r"[\"']?level[\"']?\s*:\s*[\"']?(?i:debug)"
        ),
        # environment: HTTPX_LOG_LEVEL set to debug (older httpx honoured it)
        r"(?i)HTTPX_LOG_LEVEL[\"']?\s*[=:]\s*[\"']?(?:debug|trace)",
    )
)
# logger = logging.getLogger("httpx") ... logger.setLevel(logging.DEBUG)
_HTTPX_LOGGER_VAR = re2.compile(
    r"([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(?:logging\.)?getLogger\(\s*[\"']"
    r"(?:httpx|httpcore)[A-Za-z0-9_.]*[\"']\s*\)"
)
_SET_DEBUG = (
    r"\s*\.\s*setLevel\(\s*(?:logging\.)?(?:DEBUG|[\"'](?i:debug)[\"']|10)\s*\)"
)
# Any ``name.setLevel(DEBUG)``; the name is checked against the httpx logger
# variables afterwards, so the text is scanned once whatever the number of
# variables (one pattern per variable made a crafted file quadratic).
_VAR_SET_DEBUG = re2.compile(
    r"(?:^|[^A-Za-z0-9_.])(([A-Za-z_][A-Za-z0-9_]*)" + _SET_DEBUG + ")"
)


def mask_secret(value: str) -> str:
    """Return ``value`` with all but its first and last two characters hidden.

    Values shorter than 8 characters are hidden entirely.

    Example:
        >>> mask_secret("abcdefghijklmnop")
        'ab********op'
        >>> mask_secret("short")
        '*****'
    """
    value = value.strip()
    if len(value) < 8:  # noqa: PLR2004
        return "*" * len(value)
    return f"{value[:2]}{'*' * min(len(value) - 4, 8)}{value[-2:]}"


def _line_starts(text: str) -> list[int]:
    starts = [0]
    index = text.find("\n")
    while index != -1:
        starts.append(index + 1)
        index = text.find("\n", index + 1)
    return starts


def _line_text(text: str, starts: list[int], line: int) -> str:
    begin = starts[line - 1]
    end = starts[line] - 1 if line < len(starts) else len(text)
    return text[begin:end]


def _allowlisted(text: str, starts: list[int], line: int) -> bool:
    if PRAGMA in _line_text(text, starts, line):
        return True
    return line > 1 and _PRAGMA_NEXT in _line_text(text, starts, line - 1)


def _mistral_shaped(value: str) -> bool:
    """32 ASCII letters and digits: the shape of a Mistral API key."""
    return len(value) == _MISTRAL_KEY_LEN and value.isascii() and value.isalnum()


def _benign(text: str, finding: Finding, value: str) -> bool:
    """Placeholders, identifiers and fragments of base64 blobs are not secrets."""
    if is_placeholder(value):
        return True
    if finding.rule_id not in _NAMED_RULES and is_uuid_or_hash(value):
        return True
    if finding.rule_id in _STANDALONE_RULES:
        before = text[finding.start - 1] if finding.start > 0 else ""
        after = text[finding.end] if finding.end < len(text) else ""
        return bool({before, after} & _BASE64_NEIGHBOURS)
    return False


def scan_text(
    text: str, detectors: Sequence[Detector] | None = None
) -> list[tuple[int, Finding, str]]:
    r"""Find secrets in ``text``: ``(line, finding, masked value)`` for each.

    Placeholders, UUIDs and hex digests are dropped, and so are findings on a
    line that carries ``pragma: allowlist secret``. A 32-alphanumeric value
    assigned to a key-like name is reported as ``mistral_api_key``.

    Args:
        text: The text to scan.
        detectors: Detectors to run (default :func:`audit_detectors`).

    Example:
        >>> value = "Zq4" + "Lm8vR2tY7wPx3KcN9bHd5FgJ6sAeW"
        >>> text = f"x=1\nMISTRAL_API_KEY = '{value}'"
        >>> [(line, masked) for line, _, masked in scan_text(text)]
        [(2, 'Zq********eW')]
    """
    active = audit_detectors() if detectors is None else detectors
    findings = detect_all(text, active)
    if not findings:
        return []
    starts = _line_starts(text)
    hits: list[tuple[int, Finding, str]] = []
    for finding in findings:
        value = text[finding.start : finding.end].strip().strip("\"'`")
        if _benign(text, finding, value):
            continue
        line = bisect.bisect_right(starts, finding.start)
        if _allowlisted(text, starts, line):
            continue
        hit = finding
        if finding.category == "secret_assignment" and _mistral_shaped(value):
            hit = dataclasses.replace(finding, category="mistral_api_key")
        hits.append((line, hit, mask_secret(value)))
    return hits


def _httpx_debug_lines(text: str) -> list[tuple[int, str]]:
    """Return ``(line, first 40 characters of the match)`` for each DEBUG setting.

    Comment lines and lines carrying ``pragma: allowlist`` are skipped.
    """
    if "httpx" not in text and "httpcore" not in text and "HTTPX_" not in text.upper():
        return []
    spans: list[tuple[int, int]] = []
    for program in _HTTPX_PATTERNS:
        spans.extend(m.span() for m in program.finditer(text))
    # First pass: where each httpx logger variable is first assigned.
    assigned: dict[str, int] = {}
    for match in _HTTPX_LOGGER_VAR.finditer(text):
        assigned.setdefault(match.group(1), match.end())
    # Second pass: one scan for setters, kept when they follow the assignment.
    if assigned:
        for match in _VAR_SET_DEBUG.finditer(text):
            after = assigned.get(match.group(2))
            if after is not None and match.start(1) >= after:
                spans.append(match.span(1))
    starts = _line_starts(text)
    lines: dict[int, str] = {}
    for start, end in sorted(spans):
        line = bisect.bisect_right(starts, start)
        source = _line_text(text, starts, line)
        if source.lstrip().startswith(("#", "//")) or _PRAGMA_ANY in source:
            continue
        lines.setdefault(line, text[start:end].split("\n", 1)[0][:40])
    return sorted(lines.items())
