"""What log scrubbing masks besides the detectors, and how a mask is applied.

Logs need more than output redaction does (see the comment on the patterns),
so the filter in :mod:`langchain_mistral_secure.logs` runs these RE2 patterns
on top of the shared secret and PII detectors. The standard record attributes
tell ``extra=`` fields apart, for the filter and the JSON formatter alike.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

import re2

# Attributes every `logging.LogRecord` has; anything else was passed via `extra=`.
_STANDARD_RECORD_ATTRS: frozenset[str] = frozenset(
    {
        *vars(logging.LogRecord("", 0, "", 0, "", None, None)).keys(),
        "message",
        "asctime",
        "taskName",
    }
)

# Names that mark a secret wherever they occur (also as a suffix: OPENAI_API_KEY).
_STRONG_KEY_NAMES = (
    r"api[_\-. ]?key|apikey|access[_\-]?key(?:[_\-]?id)?"
    r"|secret(?:[_\-]?access)?(?:[_\-]?key)?|private[_\-]?key"
    r"|auth[_\-]?token|access[_\-]?token|refresh[_\-]?token|id[_\-]?token"
    r"|passwd|password"
)
# Short, common names: only as a whole word (not max_token, not input_tokens).
_WEAK_KEY_NAMES = r"\b(?:token|pwd|credentials?|secret)"
_KEY_NAMES = _STRONG_KEY_NAMES + "|" + _WEAK_KEY_NAMES

# (pattern, index of the group to mask; 0 = whole match)
_AUTH_HEADER = (
    r"(?i)((?:proxy[_\-])?authorization['\"]?\s*[:=,]\s*(?:b['\"]|['\"])?"
    r"(?:(?:bearer|basic|digest|token)\s+)?)([^\r\n'\"}\]),]+)"
)
_KEY_ASSIGNMENT = (
    r"(?i)((?:" + _KEY_NAMES + r")['\"]?\s*[:=]\s*(?:b['\"]|['\"])?)"
    r"([^\s'\",;&}\])]{4,})"
)

# Log-specific patterns, on top of the shared secret and PII detectors. Logs
# need more than output redaction does: a credential next to its name is masked
# whatever it looks like (a short or plain password is still a password), and a
# bearer token is masked anywhere. Key *formats* (sk-, AKIA, ghp_, JWT, PEM...)
# come from the shared secret detector, not from a second table here.
# (pattern, index of the group to mask; 0 = whole match)
_BUILTIN_PATTERNS: tuple[tuple[str, int], ...] = (
    # Authorization / Proxy-Authorization headers in any rendering:
    # "Authorization: Bearer x", "'authorization': 'x'", (b'authorization', b'x').
    (_AUTH_HEADER, 2),
    # Bearer / Basic credentials anywhere.
    (r"(?i)\b(bearer)\s+([A-Za-z0-9\-._~+/]{8,}=*)", 2),
    # key-like assignments: api_key=..., "api_key": "...", password: ...
    (_KEY_ASSIGNMENT, 2),
    # key-like name, then whitespace, then a long key-looking run.
    (r"(?i)((?:" + _KEY_NAMES + r")\s+)([A-Za-z0-9_\-]{20,})", 2),
)

_COMPILED_BUILTINS: tuple[tuple[Any, int], ...] = tuple(
    (re2.compile(pattern), group) for pattern, group in _BUILTIN_PATTERNS
)


def _apply_mask(text: str, spans: Iterable[tuple[int, int]], mask: str) -> str:
    """Replace the union of `spans` in `text` with `mask`, one mask per run."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        s, e = max(0, start), min(len(text), end)
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    out: list[str] = []
    pos = 0
    for s, e in merged:
        out.append(text[pos:s])
        out.append(mask)
        pos = e
    out.append(text[pos:])
    return "".join(out)
