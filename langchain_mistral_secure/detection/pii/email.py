"""E-mail addresses: plain, IDN and punycode, percent-encoded inside URLs.

Models wrap addresses in markdown (``_jane@example.com_``, ``**jane@…**``),
end sentences with dashes (``jane@example.com--``) and put them in query
strings (``?to=jane.doe%40example.com``); all of these are addresses.
"""

from __future__ import annotations

import re2

from langchain_mistral_secure.detection.engine import Finding, Rule
from langchain_mistral_secure.detection.pii.common import ASCII_WORD
from langchain_mistral_secure.detection.prefilter import found_in

__all__ = [
    "DOMAIN_PATTERN",
    "EMAIL_RULES",
    "INTL",
    "INTL_LOCAL",
    "email_context_ok",
    "is_retina_domain",
    "trim_email",
]

# Letters beyond ASCII that e-mail addresses may use (EAI / IDN): Latin-1 and
# Latin Extended letters, Greek, Cyrillic, Hebrew, Arabic, Devanagari; domains
# may also use Thai, kana, CJK ideographs and Hangul. Those scripts are written
# without spaces, so they stay out of the local part ("请联系jane@…" must not
# swallow the Chinese words). Ranges, not \p{L}: a Unicode class under a
# bounded repeat makes RE2 programs a hundred times larger.
_INTL_LOCAL = (
    r"\x{00C0}-\x{00D6}\x{00D8}-\x{00F6}\x{00F8}-\x{024F}\x{0370}-\x{03FF}"
    r"\x{0400}-\x{04FF}\x{05D0}-\x{05EA}\x{0600}-\x{06FF}\x{0900}-\x{097F}"
)
_INTL = (
    _INTL_LOCAL
    + r"\x{0E00}-\x{0E7F}\x{3040}-\x{30FF}\x{4E00}-\x{9FFF}\x{AC00}-\x{D7AF}"
)
_LABEL_CHAR = rf"[A-Za-z0-9{_INTL}]"
# Up to three labels of <= 36 chars then up to three of <= 16; TLD <= 24
# (ASCII, punycode or Unicode, not mixed): 111 + 51 + 24 = 186.
_DOMAIN = (
    rf"(?:{_LABEL_CHAR}(?:[A-Za-z0-9{_INTL}\-]{{0,34}}{_LABEL_CHAR})?\.){{1,3}}"
    rf"(?:{_LABEL_CHAR}(?:[A-Za-z0-9{_INTL}\-]{{0,14}}{_LABEL_CHAR})?\.){{0,3}}"
    rf"(?:xn--[A-Za-z0-9\-]{{1,20}}|[A-Za-z]{{2,24}}|[{_INTL}]{{2,24}})"
)
_EMAIL = rf"[A-Za-z0-9{_INTL_LOCAL}._%+\-]{{1,64}}@" + _DOMAIN
# Inside a URL the "@" is written %40.
_EMAIL_PERCENT = r"[A-Za-z0-9._+\-]{1,64}%40" + _DOMAIN
# Shared with the glued-address pass (:mod:`.email_glued`).
DOMAIN_PATTERN = _DOMAIN
INTL = _INTL
INTL_LOCAL = _INTL_LOCAL
# Retina asset names ("logo@2x.png") share the e-mail shape.
_RETINA = re2.compile(r"(?i)^\d+(?:\.\d+)?x\.")
# Characters that close an address written in markdown or prose: emphasis,
# dashes and dots running up to a non-word character or the end.
_CLOSERS = frozenset("_-*.")

EMAIL_RULES: tuple[Rule, ...] = (
    Rule(
        id="pii.email",
        category="email",
        pattern=_EMAIL,
        on_view=False,
        max_len=251,
        score=0.9,
        description="E-mail address (local@domain.tld; IDN and punycode domains).",
    ),
    Rule(
        id="pii.email_percent",
        category="email",
        pattern=_EMAIL_PERCENT,
        on_view=False,
        max_len=253,
        score=0.9,
        description="Percent-encoded e-mail address in a URL (local%40domain.tld).",
    ),
)


def _closes(after: str) -> bool:
    """Whether ``after`` starts with closing punctuation, not more of a word."""
    if after.startswith("--"):
        return True  # a dash typed as two hyphens: "jane@example.com--the team"
    index = 0
    while index < len(after) and after[index] in _CLOSERS:
        index += 1
    follow = after[index : index + 1]
    return index > 0 and (not follow or follow not in ASCII_WORD)


def email_context_ok(raw: str, finding: Finding) -> bool:
    """Drop addresses glued to more word characters, SCP remotes and @2x assets."""
    after = raw[finding.end : finding.end + 8]
    if after[:1] and after[:1] in ASCII_WORD and not _closes(after):
        return False  # cut short: "jane@example.com2", "a@b.c_d"
    if after[:1] == ":" and after[1:2] and not after[1:2].isspace():
        return False  # git@github.com:org/repo is an SSH remote, not a mailbox
    domain = raw[finding.start : finding.end].rsplit("@", 1)[-1]
    return not is_retina_domain(domain)


def is_retina_domain(domain: str) -> bool:
    """Whether an address's domain is a retina asset suffix (``logo@2x.png``)."""
    return found_in(_RETINA, domain, anchored=True)


def trim_email(raw: str, finding: Finding) -> Finding:
    """Leave markdown emphasis and leading dots outside the reported span.

    ``_jane@example.com_`` reports ``jane@example.com``, so the redacted text
    still renders as emphasis.
    """
    start = finding.start
    body = raw[start : finding.end]
    lead = len(body) - len(body.lstrip("_."))
    at = body.find("@") if "@" in body else body.find("%40")
    if lead == 0 or lead >= at:
        return finding
    if body[0] == "." or raw[finding.end : finding.end + lead] == body[:lead]:
        start += lead
    if start == finding.start:
        return finding
    return Finding(
        start=start,
        end=finding.end,
        rule_id=finding.rule_id,
        category=finding.category,
        score=finding.score,
    )
