r"""Which host a renderer would fetch a URL from, decided the way it decides.

A markdown renderer decodes backslash escapes and character references in a
link destination; a browser decodes character references in an attribute
value, drops ASCII tabs and newlines anywhere in a URL, trims C0 controls and
spaces at its ends, treats ``\`` like ``/`` in http(s) URLs, skips any number
of slashes after ``http:`` (so ``http:evil.io`` has a host), takes the host
after the last ``@`` of the authority, and percent-decodes and IDNA-maps it.

:func:`fetch_allowed` does all of that *before* looking at the scheme or the
host, under every reading the text admits (raw, entity-decoded, escape-decoded),
and allows a URL only when every reading is a relative URL or an http(s) URL on
an allowlisted host. Anything else (another scheme, a host it cannot read, a
URL still being streamed whose host is not complete yet) is not allowed: the
caller neutralizes it. Everything here runs on one short value at a time.
"""

from __future__ import annotations

import html
import unicodedata
from collections.abc import Sequence
from urllib.parse import unquote

import re2

__all__ = [
    "DEST_DECIDE",
    "clean_url",
    "fetch_allowed",
    "host_allowed",
    "url_host",
]

DEST_DECIDE = 192
"""Characters of a URL value within which its host must be complete.

A longer prefix (thousands of slashes or spaces before the host) is not
allowed: the decision must be final while a stream still holds the value.
"""

# Per-value work uses str methods: the RE2 binding costs ~10 us per call,
# which adds up on texts dense with candidates.
_ALPHA = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_SCHEME_CHARS = _ALPHA + "0123456789+.-"
_HOST_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789_-."
_IPV6_CHARS = "0123456789abcdef:."
_MD_ESCAPE = re2.compile(r"\\([!-/:-@\[-`{-~])")
# What a URL parser removes anywhere (tab, LF, CR) and trims at the ends (C0
# controls and space).
_REMOVED = str.maketrans("", "", "\t\n\r")
_TRIMMED = "".join(chr(c) for c in range(0x21))
_DOTS = str.maketrans({"\u3002": ".", "\uff0e": ".", "\uff61": "."})
_MAX_HOST = 253
# Schemes that fetch nothing from a host: inert, same-origin or script. Script
# schemes are the active-content rules' business, not an exfiltration.
_HOSTLESS = frozenset(
    {"javascript", "vbscript", "livescript", "data", "about", "blob"}
    | {"mailto", "tel", "sms", "cid", "mid"}
)


def clean_url(value: str) -> str:
    r"""Trim C0 controls and spaces at the ends and drop tabs and newlines.

    Example:
        >>> clean_url(" ht\ttps://ev\nil.io ")
        'https://evil.io'
    """
    return value.translate(_REMOVED).strip(_TRIMMED)


def _md_unescape(value: str) -> str:
    return _MD_ESCAPE.sub(r"\1", value) if "\\" in value else value


def _readings(value: str, *, markdown: bool) -> set[str]:
    """Every URL the value may mean to a renderer, cleaned."""
    if "&" not in value and (not markdown or "\\" not in value):
        # Nothing to decode: the one reading (the common case, kept cheap).
        return {clean_url(value)}
    decoded = html.unescape(value) if "&" in value else value
    readings = {value, decoded}
    if markdown:
        readings |= {_md_unescape(value), _md_unescape(decoded)}
        readings.add(html.unescape(_md_unescape(value)))
    return {clean_url(reading) for reading in readings}


def _normalize_host(host: str) -> str | None:
    """Lower-case, percent-decode and fold a host; None if it is unreadable."""
    if "%" in host:
        try:
            host = unquote(host, errors="strict")
        except UnicodeDecodeError:
            return None
        if "%" in host:
            return None
    if not host.isascii():
        # Fullwidth letters and ideographic dots fold to ASCII as IDNA maps
        # them; anything still not ASCII is not a host we can vouch for.
        host = unicodedata.normalize("NFKC", host.translate(_DOTS))
    host = host.lower().rstrip(".")
    if not host or len(host) > _MAX_HOST:
        return None
    if host.startswith("[") and host.endswith("]"):
        inside = host[1:-1]
        return host if inside and not inside.strip(_IPV6_CHARS) else None
    if host.strip(_HOST_CHARS) or host.startswith(".") or ".." in host:
        return None
    return host


def url_host(url: str) -> tuple[str, bool] | None:
    r"""The host a cleaned URL would be fetched from, and whether it is complete.

    Returns ``None`` for a relative URL (same origin: nothing leaves the
    page) and for schemes that fetch from no host (``data:``, ``mailto:``,
    ``javascript:`` - the last is active content, reported on its own).
    Returns ``("", ...)`` for any other scheme but http(s) (never allowed).
    The flag tells whether the authority ended before the end of the string
    (``/``, ``\``, ``?`` or ``#`` followed it).

    Example:
        >>> url_host("http:evil.io/x"), url_host("//a@b.io"), url_host("x.png")
        (('evil.io', True), ('b.io', False), None)
    """
    scheme = _scheme(url)
    if scheme is not None:
        if scheme.lower() in _HOSTLESS:
            return None
        if scheme.lower() not in ("http", "https"):
            return "", True
        rest = url[len(scheme) + 1 :]
    elif url[:1] in ("/", "\\") and url[1:2] in ("/", "\\"):
        rest = url
    else:
        return None
    # Special URLs skip any number of slashes and backslashes before the host.
    rest = rest.lstrip("/\\")
    ends = [i for i in (rest.find(c) for c in "/\\?#") if i >= 0]
    authority = rest[: min(ends)] if ends else rest
    host = authority.rpartition("@")[2]
    if host.startswith("["):
        host = host.partition("]")[0] + "]"
    else:
        host = host.partition(":")[0]
    return host, bool(ends)


def _scheme(url: str) -> str | None:
    """The scheme of ``url`` (letters, digits, ``+.-`` before ``:``), if any."""
    head, colon, _ = url.partition(":")
    if not colon or not head or head[0] not in _ALPHA or head.strip(_SCHEME_CHARS):
        return None
    return head


def _relative_is_final(url: str) -> bool:
    """Whether more text can no longer turn a relative URL into an absolute one."""
    if not url:
        return False
    if url[0] in "/\\":
        return len(url) > 1 and url[1] not in "/\\"
    # Letters then scheme characters could still become "scheme:".
    return url[0] not in _ALPHA or bool(url.strip(_SCHEME_CHARS))


def host_allowed(host: str, allowlist: Sequence[str]) -> bool:
    """Return whether ``host`` is an allowlisted host or a subdomain of one.

    Userinfo and port are ignored; comparison is case-insensitive. An entry
    starting with ``"."`` allows only subdomains.

    Example:
        >>> host_allowed("img.example.com", ("example.com",))
        True
        >>> host_allowed("example.com.evil.io", ("example.com",))
        False
    """
    value = host.rsplit("@", 1)[-1].lower()
    if value.startswith("["):
        value = value.split("]", 1)[0] + "]"
    else:
        value = value.split(":", 1)[0]
    value = value.rstrip(".")
    for entry in allowlist:
        allowed = entry.lower().rstrip(".")
        if allowed.startswith("."):
            if value.endswith(allowed):
                return True
        elif value == allowed or value.endswith("." + allowed):
            return True
    return False


def _reading_allowed(url: str, allowlist: Sequence[str], *, open_end: bool) -> bool:
    parsed = url_host(url)
    if parsed is None:
        return not open_end or _relative_is_final(url)
    host, complete = parsed
    if not host or (open_end and not complete):
        return False
    normalized = _normalize_host(host)
    return normalized is not None and host_allowed(normalized, allowlist)


def fetch_allowed(
    value: str,
    allowlist: Sequence[str],
    *,
    markdown: bool = False,
    open_end: bool = False,
) -> bool:
    r"""Whether fetching ``value`` can only reach the page or an allowed host.

    Args:
        value: The raw destination or attribute value, as written.
        allowlist: Allowed hosts (subdomains included; see :func:`host_allowed`).
        markdown: Also read CommonMark backslash escapes (a link destination).
        open_end: The value runs to the end of the text seen so far (a
            stream may still extend it): allow it only if its host, or its
            being relative, is already settled.

    Example:
        >>> fetch_allowed("https://cdn.acme.com/a.png", ("acme.com",))
        True
        >>> fetch_allowed("https&#58;//acme.com&#46;evil.io/a.png", ("acme.com",))
        False
        >>> fetch_allowed("https://acme.com\\@evil.io/", ["acme.com"], markdown=True)
        False
    """
    head = value[: DEST_DECIDE + 1]
    if len(value) > DEST_DECIDE:
        # The host must be complete within the first DEST_DECIDE characters.
        open_end = True
    return all(
        _reading_allowed(reading, allowlist, open_end=open_end)
        for reading in _readings(head, markdown=markdown)
    )
