r"""HTML attributes and CSS that make a browser fetch a URL without a click.

Attributes are found by name wherever they are, whatever element carries them
and however many attributes come before them: a stream may already have sent
the tag's start, so the element is not needed to decide.

* ``src``, ``poster``, ``background``, ``lowsrc``, ``dynsrc``, ``data``,
  ``manifest``, ``codebase``: one URL (``img``, ``video``, ``audio``,
  ``source``, ``track``, ``input type=image``, ``embed``, ``iframe``,
  ``object``, ``body``/``table`` backgrounds, ...);
* ``srcset`` and ``imagesrcset``: every candidate URL;
* ``href`` and ``xlink:href``: a stylesheet, icon or preload ``<link>``, SVG
  ``<image>``, ``<use>``, ``<feImage>``, ``<base>``. Raw-HTML ``<a href>``
  links are neutralized too when their host is not allowed: telling them
  apart needs the whole tag, which a stream may not hold;
* ``style``: CSS ``url()``, ``image-set()`` and ``@import`` after the
  attribute's character references and CSS escapes are decoded;
* ``content``: a meta-refresh value (``5; url=...``).

CSS anywhere in the text (a ``<style>`` element, a style attribute) is scanned
for ``url(...)``, ``image-set(...)`` and ``@import`` too, with CSS escapes in
the function names (``\75 rl(``) and in the URLs.

A finding covers the whole attribute (name and value) or the whole CSS token,
so the element stays well-formed and has nothing left to fetch:
``<img alt="x" [MARKDOWN_IMAGE_EXFILTRATION]>``.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

import re2

from langchain_mistral_secure.detection._content_css import (
    _CSS_FUNCTIONS,  # noqa: F401 - re-exported
    _CSS_HEAD,  # noqa: F401 - re-exported
    _css_heads,  # noqa: F401 - re-exported
    _css_tokens,
    _css_url_allowed,
    _unquote,
    css_spans,
    css_unescape,  # noqa: F401 - re-exported
)
from langchain_mistral_secure.detection._content_text import (
    _HTML_WS,
    _WS_CHARS,
    VALUE_MAX,
    Span,
    _ascii_lower,  # noqa: F401 - re-exported
    _Lowered,
)
from langchain_mistral_secure.detection.content_markdown import WS_DECIDE
from langchain_mistral_secure.detection.content_urls import fetch_allowed

__all__ = ["VALUE_MAX", "css_spans", "html_attribute_spans"]

_ONE_URL = frozenset(
    {"src", "poster", "background", "lowsrc", "dynsrc", "data", "manifest"}
    | {"codebase", "href", "xlink:href"}
)
_SET_URLS = frozenset({"srcset", "imagesrcset"})
# Longest first: RE2 takes the first alternative that matches (srcset, not src).
_NAMES = "|".join(
    re2.escape(name)
    for name in sorted(_ONE_URL | _SET_URLS | {"style", "content"}, key=len)[::-1]
)
# An attribute name ends a tag's previous token: whitespace, "/" or a quote.
_BOUNDARY = frozenset(" \t\n\f\r/\"'")
# Attributes are found from their "=" (str.find: the RE2 binding costs ~10 us
# per match), looking back over at most WS_DECIDE whitespace characters at the
# name. Values are read by hand too, so a value never hides another
# attribute's name (a stream, which may start inside a long value, then finds
# what a whole-text pass finds).
_NAME_LIST = tuple(sorted(_ONE_URL | _SET_URLS | {"style", "content"}, key=len))[::-1]
# A name followed by more whitespace than a stream holds: neutralized alone.
_LONG_GAP = re2.compile(r"(?i)(" + _NAMES + r")" + _HTML_WS + rf"{{{WS_DECIDE + 1}}}")
_VALUE_STOPS = str.maketrans(dict.fromkeys([*map(ord, _WS_CHARS), ord(">")], 0))
_SET_SEPARATORS = str.maketrans(dict.fromkeys([*map(ord, _WS_CHARS), ord(",")], " "))
_REFRESH = re2.compile(
    r"(?i)^"
    + _HTML_WS
    + r"*[0-9.]+"
    + _HTML_WS
    + r"*[;,]?"
    + _HTML_WS
    + r"*(?:url"
    + _HTML_WS
    + r"*="
    + _HTML_WS
    + r"*)?([\s\S]*)$",
)


# _GAP_STRIDE-th character is necessary for one, and checked on a sample.
_GAP_STRIDE = 8
_GAP_SAMPLES = (WS_DECIDE + 1) // _GAP_STRIDE
_SAMPLED_GAP = re2.compile(_HTML_WS + rf"{{{_GAP_SAMPLES},}}")
_WS_GAP = re2.compile(_HTML_WS + rf"{{{WS_DECIDE + 1}}}")


def may_hold_long_gap(text: str) -> bool:
    """False only if ``text`` has no run of ``WS_DECIDE + 1`` HTML whitespace.

    One search over every :data:`_GAP_STRIDE`-th character, then a check of
    the few places it points at: about an eighth of a full pass.

    Example:
        >>> may_hold_long_gap("a" + " " * 65 + "b"), may_hold_long_gap("a b " * 99)
        (True, False)
    """
    stride = _GAP_STRIDE
    sample = text[::stride].encode("utf-8")
    if sample.isascii():
        hits = _SAMPLED_GAP.finditer(sample)
    else:  # byte offsets of the sample are not sample indices: search the str
        hits = _SAMPLED_GAP.finditer(text[::stride])
    for hit in hits:
        # The run holds samples hit.start() .. hit.end() - 1 of this match only.
        lo = max(0, hit.start() * stride - stride)
        hi = hit.end() * stride + stride
        if _WS_GAP.search(text[lo:hi]) is not None:
            return True
    return False


def _refresh_allowed(decoded: str, allowlist: Sequence[str], *, open_end: bool) -> bool:
    """A ``content`` value: only a meta-refresh value carries a URL."""
    refresh = _REFRESH.match(decoded)
    if refresh is None:
        return True
    target, still_open = _unquote(refresh.group(1).strip())
    if still_open and target[-1:] in ("'", '"'):
        target = target[:-1]
    return fetch_allowed(target, allowlist, open_end=open_end)


def _value_allowed(
    name: str, raw: str, allowlist: Sequence[str], *, open_end: bool
) -> bool:
    if name in _ONE_URL:
        return fetch_allowed(raw, allowlist, open_end=open_end)
    decoded = html.unescape(raw) if "&" in raw else raw
    if name == "content":
        return _refresh_allowed(decoded, allowlist, open_end=open_end)
    if open_end:
        # A srcset or style value is decided whole: wait for its end.
        return False
    readings = {raw, decoded}
    if name in _SET_URLS:
        return all(
            fetch_allowed(token, allowlist)
            for reading in readings
            for token in reading.translate(_SET_SEPARATORS).split(" ")
            if token
        )
    return all(
        _css_url_allowed(token, allowlist, open_end=at_end)
        for reading in readings
        for _, _, token, at_end in _css_tokens(reading)
    )


def _attribute_value(text: str, at: int) -> tuple[str, int, bool] | None:
    """The value starting at ``at``: (value, end, open), or None if empty.

    ``open`` is true when the value runs to the end of the text or past
    :data:`VALUE_MAX` characters (then ``end`` is cut there).
    """
    size = len(text)
    if at >= size:
        return None
    limit = min(size, at + 1 + VALUE_MAX)
    quote = text[at]
    if quote in ("'", '"'):
        close = text.find(quote, at + 1, limit)
        if close >= 0:
            return text[at + 1 : close], close + 1, False
        return text[at + 1 : limit], limit, True
    if quote == ">":
        return None
    stop = text[at:limit].translate(_VALUE_STOPS).find("\x00")
    end = limit if stop < 0 else at + stop
    if end == at:
        return None
    return text[at:end], end, end >= limit


def _attribute_at(
    text: str, lowered: _Lowered, equals: int, allowlist: Sequence[str]
) -> Span | None:
    """The span of the fetching attribute whose ``=`` is at ``equals``, if bad."""
    low = max(0, equals - WS_DECIDE - 16)
    before = lowered(low, equals).rstrip(_WS_CHARS)
    name = next((n for n in _NAME_LIST if before.endswith(n)), None)
    if name is None:
        return None
    start = low + len(before) - len(name)
    if start > 0 and text[start - 1] not in _BOUNDARY:
        return None
    ahead = text[equals + 1 : equals + WS_DECIDE + 3]
    gap = len(ahead) - len(ahead.lstrip(_WS_CHARS))
    if gap > WS_DECIDE:
        return start, start + len(name), "content.html_attribute"
    read = _attribute_value(text, equals + 1 + gap)
    if read is None:
        return None
    value, end, open_end = read
    if _value_allowed(name, value, allowlist, open_end=open_end):
        return None
    return start, end, "content.html_attribute"


def html_attribute_spans(text: str, allowlist: Sequence[str]) -> list[Span]:
    """Fetching HTML attributes whose URL is not allowed (name through value).

    Example:
        >>> text = '<img alt="a" src="https://acme.com/a.png"> <img src=//evil.io/b>'
        >>> [text[s:e] for s, e, _ in html_attribute_spans(text, ("acme.com",))]
        ['src=//evil.io/b']
    """
    spans: list[Span] = []
    if may_hold_long_gap(text):
        for found in _LONG_GAP.finditer(text):
            start = found.start(1)
            if start == 0 or text[start - 1] in _BOUNDARY:
                spans.append((start, found.end(1), "content.html_attribute"))
    equals = text.find("=")
    if equals < 0:
        return spans
    lowered = _Lowered(text)
    while equals >= 0:
        found = _attribute_at(text, lowered, equals, allowlist)
        if found is not None:
            spans.append(found)
        equals = text.find("=", equals + 1)
    return spans
