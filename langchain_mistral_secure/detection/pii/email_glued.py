"""E-mail addresses glued to each other: ``jane@example.comjohn@example.org``.

Lists lose their separators when a model flattens a table to text or writes
markdown without line breaks. A reader still sees one address per ``@``, but
the greedy domain of the first address eats the local part of the next
(``example.comjohn``), and the context check of the plain rule then drops it
because an ``@`` follows. Where one address ends and the next begins is
ambiguous, so a glued run is redacted whole (fail closed), as one finding.

Each ``@`` is decided from its own segment (the text up to the next ``@``)
and whether its neighbours touch it, so every decision and every finding is
bounded (:data:`GLUED_MAX_LEN`): a stream window that sees a segment and its
neighbours decides as a scan of the whole text does.
"""

from __future__ import annotations

import re2

from langchain_mistral_secure.detection.engine import Finding
from langchain_mistral_secure.detection.pii.email import (
    DOMAIN_PATTERN,
    INTL,
    INTL_LOCAL,
    is_retina_domain,
)
from langchain_mistral_secure.detection.prefilter import finditer_spans, found_in

__all__ = ["GLUED_MAX_LEN", "glued_emails"]

_SEGMENT_MAX = 250
_LOCAL_MAX = 64
GLUED_MAX_LEN: int = _LOCAL_MAX + 1 + _SEGMENT_MAX + 1
"""Longest finding for one glued ``@`` (local part, ``@``, segment, next ``@``)."""

# "@" and what follows it up to the next "@" or a character no address holds:
# the domain of this address, then possibly the local part of the next.
_SEGMENT = re2.compile(rf"@[A-Za-z0-9{INTL}._%+\-]{{1,{_SEGMENT_MAX}}}")
# Two "@" with only address characters between them: a glued run may exist.
_GLUED_PAIR = re2.compile(rf"@[A-Za-z0-9{INTL}._%+\-]{{1,{_SEGMENT_MAX}}}@")
_DOMAIN_HEAD = re2.compile(DOMAIN_PATTERN)
_LOCAL_TAIL = re2.compile(rf"[A-Za-z0-9{INTL_LOCAL}._%+\-]{{1,{_LOCAL_MAX}}}$")


def _local_start(text: str, at: int) -> int:
    """Start of the local part ending at ``at`` (leading ``_``/``.`` left out)."""
    # A slice of at most 64 characters: "$" must mean the "@", and RE2's
    # ``endpos`` does not move "$".
    match = _LOCAL_TAIL.search(text[max(0, at - _LOCAL_MAX) : at])
    if match is None:
        return at
    local = match.group(0)
    return at - len(local.lstrip("_."))


def _domain_end(text: str, start: int, end: int) -> int:
    """End of the domain heading the segment ``text[start:end]`` (``-1``: none)."""
    # A slice of at most 250 characters: RE2's wrapper converts the offsets
    # of a ``str`` from its start, so ``match(text, pos)`` would cost the
    # whole text per segment (quadratic on a long run).
    match = _DOMAIN_HEAD.match(text[start + 1 : end])
    if match is None or is_retina_domain(match.group(0)):
        return -1
    return start + 1 + len(match.group(0))


def glued_emails(text: str) -> list[Finding]:
    """Findings covering runs of addresses glued to each other.

    Only segments that touch another one (``...@dom.ainlocal@...``) are
    reported; a lone address is the plain rule's (:mod:`.email`).

    Example:
        >>> text = "jane@example.comjohn@example.org"
        >>> [(f.start, f.end) for f in glued_emails(text)]
        [(0, 21), (20, 32)]
    """
    # One RE2 search over the bytes answers for almost every text: no two
    # "@" are glued (prose, code, lists with separators).
    if "@" not in text or not found_in(_GLUED_PAIR, text):
        return []
    segments = finditer_spans(_SEGMENT, text)
    count = len(segments)
    # Per segment: the end of its domain (-1 if none) and its local part start.
    ends = [-1] * count
    starts = [0] * count
    for index, (start, end) in enumerate(segments):
        before = index > 0 and segments[index - 1][1] == start
        after = index + 1 < count and segments[index + 1][0] == end
        if not (before or after):
            continue
        domain_end = _domain_end(text, start, end)
        local = _local_start(text, start)
        if domain_end < 0 or (local == start and not before):
            continue
        ends[index] = domain_end
        starts[index] = local
    findings: list[Finding] = []
    for index, (start, end) in enumerate(segments):
        if ends[index] < 0:
            continue
        before = index > 0 and segments[index - 1][1] == start
        after = index + 1 < count and segments[index + 1][0] == end
        prev_ok = before and ends[index - 1] >= 0
        next_ok = after and ends[index + 1] >= 0
        if after and not (prev_ok or next_ok):
            continue  # "x@self.weight@y" is matrix products, not addresses
        # The local part: the previous finding already covers it when that
        # segment is an address; otherwise the characters just before "@".
        first = start if prev_ok else starts[index]
        # Glued to the next address: this segment's tail is that address's
        # local part; reaching into its "@" makes the run one finding.
        last = ends[index]
        if after:
            last = end + 1 if next_ok else end
        findings.append(
            Finding(
                start=first,
                end=last,
                rule_id="pii.email_glued",
                category="email",
                score=0.9,
            )
        )
    return findings
