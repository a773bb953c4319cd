"""The code this package replaces, reconstructed as the baseline.

We do not have the original file. These functions are a faithful reconstruction
from its description in the issue tracker, not a copy:

* the input filter "filtered five exact lowercase substrings ('ignore previous
  instructions', 'disregard', 'system prompt', 'you are now', 'jailbreak') with
  ``in`` / ``str.replace`` and silently cut input at 4000 characters";
* the output redactor "redacted SSNs and e-mails with backtracking regexes and
  deleted ``<script>`` blocks": four Python ``re`` patterns (SSN, e-mail with the
  usual nested quantifier, a phone-ish pattern, script blocks).

Python ``re`` is used on purpose: it is what we compare against. It must never be
used in package code (RE2 only).
"""

from __future__ import annotations

import re

MAX_INPUT_CHARS = 4000

BLOCKED_PHRASES = (
    "ignore previous instructions",
    "disregard",
    "system prompt",
    "you are now",
    "jailbreak",
)

# The usual snippet: the nested quantifier ``([a-zA-Z0-9]+\.?)+`` backtracks
# quadratically (and worse) on ``a.a.a.…`` without a valid domain.
SSN_RE = re.compile(r"\b\d{3}-\d{2}-\d{4}\b")
EMAIL_RE = re.compile(r"([a-zA-Z0-9]+\.?)+@[a-zA-Z0-9-]+\.[a-zA-Z]{2,}")
PHONE_RE = re.compile(r"(\+?\d{1,3}[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}")
SCRIPT_RE = re.compile(r"<script.*?>.*?</script>", re.IGNORECASE | re.DOTALL)


def old_filter_input(text: str) -> str:
    """The old input filter: truncate at 4000 characters, strip five phrases."""
    text = text[:MAX_INPUT_CHARS]
    for phrase in BLOCKED_PHRASES:
        if phrase in text.lower():
            text = text.replace(phrase, "")
    return text


def old_input_flags(text: str) -> bool:
    """Whether the old filter would have acted on ``text`` (a detection)."""
    lowered = text[:MAX_INPUT_CHARS].lower()
    return any(phrase in lowered for phrase in BLOCKED_PHRASES)


def old_redact_output(text: str) -> str:
    """The old output redactor: four regex substitutions in a row."""
    text = SSN_RE.sub("[SSN]", text)
    text = EMAIL_RE.sub("[EMAIL]", text)
    text = PHONE_RE.sub("[PHONE]", text)
    return SCRIPT_RE.sub("", text)


def old_pii_spans(
    text: str, *, skip_email_without_at: bool = False
) -> list[tuple[int, int, str]]:
    """Spans the old redactor's PII patterns match, as (start, end, category).

    ``skip_email_without_at`` skips the e-mail pattern on texts without ``@``:
    it requires a literal ``@``, so the spans are identical, but it backtracks
    exponentially on any long run of letters and digits (a 25-character IBAN
    takes seconds, a 34-character one would take hours). The quality run uses
    it so the old code's *findings* can be measured at all; the speed run does
    not.
    """
    spans = [(m.start(), m.end(), "us_ssn") for m in SSN_RE.finditer(text)]
    if "@" in text or not skip_email_without_at:
        spans += [(m.start(), m.end(), "email") for m in EMAIL_RE.finditer(text)]
    spans += [(m.start(), m.end(), "phone") for m in PHONE_RE.finditer(text)]
    return spans
