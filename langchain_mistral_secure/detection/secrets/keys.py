"""Signed tokens and key material: JSON Web Tokens and PEM private-key blocks."""

from __future__ import annotations

from bisect import bisect_left

import re2

from langchain_mistral_secure.detection.engine import Finding, Rule
from langchain_mistral_secure.detection.validators import jwt_valid

__all__ = ["DEFAULT_PEM_WINDOW", "PEM_HEADER_MAX", "RULES", "pem_blocks"]

DEFAULT_PEM_WINDOW = 8192
"""How far after a ``BEGIN ... PRIVATE KEY`` line the ``END`` line is looked for."""

_PEM_BEGIN = re2.compile(r"-----BEGIN[A-Z0-9 ]{0,24}PRIVATE KEY(?: BLOCK)?-----")
_PEM_END = re2.compile(r"-----END[A-Z0-9 ]{0,24}PRIVATE KEY(?: BLOCK)?-----")
PEM_HEADER_MAX = 64

RULES: tuple[Rule, ...] = (
    Rule(
        id="secrets.jwt",
        category="jwt",
        pattern=(
            # Payloads of ID tokens run to several kilobytes: a cap shorter than
            # the token would redact its head and leak the rest.
            # (RE2 caps counted repeats at 1000, so the payload is open-ended;
            # streaming holds a token that is still arriving back whole anyway.)
            r"\beyJ[A-Za-z0-9_\-]{10,500}\.eyJ[A-Za-z0-9_\-]{2,}"
            r"(?:\.[A-Za-z0-9_\-]{0,1000})?"
        ),
        validator=jwt_valid,
        on_view=False,
        case_sensitive=True,
        max_len=16384,
        score=0.9,
        description="JSON Web Token (base64url JSON header with alg/typ).",
    ),
)
"""The token rules (PEM blocks are found by :func:`pem_blocks`)."""


# A complete block whose body is a few characters or a sentence holds no
# key: a BEGIN line, the word "anything" and an END line illustrate the
# format. A body (even a truncated one) holds more than a dozen characters,
# and base64 lines mix cases within a line where words do not.
_MIN_KEY_BODY = 16


def _too_short_for_a_key(body: str) -> bool:
    """Whether a complete block's body is empty, a word, or a sentence of words."""
    words = body.replace("\\n", " ").split()
    if sum(len(word) for word in words) < _MIN_KEY_BODY:
        return True
    return len(words) >= 2 and all(  # noqa: PLR2004
        word.isalpha() and (word.islower() or word.istitle() or word.isupper())
        for word in words
    )


def pem_blocks(raw: str, window: int) -> list[Finding]:
    """Private-key blocks in ``raw``, each one finding from header to footer.

    Without an ``END`` line within ``window`` characters, everything from the
    header to the end of the text (capped at the window, or up to the next
    header) is reported, whatever the body looks like.
    """
    # One pass per marker kind: the RE2 wrapper re-encodes the whole text on
    # every call, so never search again from each header.
    begins = [m.span() for m in _PEM_BEGIN.finditer(raw)]
    if not begins:
        return []
    ends = [m.span() for m in _PEM_END.finditer(raw)]
    end_starts = [span[0] for span in ends]
    found: list[Finding] = []
    covered = 0
    for index, (start, head_end) in enumerate(begins):
        if start < covered:
            continue
        limit = head_end + window
        if index + 1 < len(begins):
            limit = min(limit, begins[index + 1][0])
        slot = bisect_left(end_starts, head_end)
        if slot < len(ends) and ends[slot][0] <= limit:
            end_start, end = ends[slot]
            if _too_short_for_a_key(raw[head_end:end_start]):
                covered = end
                continue
        else:
            # No END line (yet): whatever the line format (indented, quoted,
            # encrypted headers, one line, <br>), the body runs to the end of
            # the text, capped at the window. A stream holds it whole until
            # the END line arrives or the window is full.
            end = min(len(raw), limit)
        covered = end
        found.append(
            Finding(
                start=start,
                end=end,
                rule_id="secrets.private_key",
                category="private_key",
                score=1.0,
            )
        )
    return found
