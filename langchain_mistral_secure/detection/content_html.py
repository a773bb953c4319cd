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
import sys
from collections.abc import Iterator, Sequence

import re2

from langchain_mistral_secure.detection.content_markdown import WS_DECIDE
from langchain_mistral_secure.detection.content_urls import fetch_allowed

__all__ = ["VALUE_MAX", "css_spans", "html_attribute_spans"]

VALUE_MAX = 2048
"""Longest attribute value or CSS token read; a longer one is not allowed."""

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
_HTML_WS = r"[ \t\n\f\r]"
# An attribute name ends a tag's previous token: whitespace, "/" or a quote.
_BOUNDARY = frozenset(" \t\n\f\r/\"'")
# Attributes are found from their "=" (str.find: the RE2 binding costs ~10 us
# per match), looking back over at most WS_DECIDE whitespace characters at the
# name. Values are read by hand too, so a value never hides another
# attribute's name (a stream, which may start inside a long value, then finds
# what a whole-text pass finds).
_NAME_LIST = tuple(sorted(_ONE_URL | _SET_URLS | {"style", "content"}, key=len))[::-1]
_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_WS_CHARS = " \t\n\f\r"
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


def _css_word(word: str) -> str:
    """``word`` in CSS, where any letter may be a backslash escape."""
    parts = []
    for char in word:
        if not char.isalpha():
            parts.append(re2.escape(char))
            continue
        codes = {f"{ord(char.lower()):x}", f"{ord(char.upper()):x}"}
        hexes = "|".join(sorted(codes))
        parts.append(
            r"(?:" + re2.escape(char) + r"|\\0{0,4}(?:" + hexes + r")"
            r"(?:\r\n|[ \t\r\n\f])?|\\" + char + ")"
        )
    return "".join(parts)


# CSS heads; the URL token after each is read by hand (see _ATTRIBUTE).
_CSS_HEAD = re2.compile(
    r"(?i)(?:("
    + _css_word("url")
    + r")\(|(@"
    + _css_word("import")
    + r")|("
    + "|".join(_css_word(word) for word in ("image-set", "image", "cross-fade"))
    + r")\()"
)
_CSS_STRINGS = re2.compile(r"\"[^\"\n]*\"?|'[^'\n]*'?")
_CSS_BARE_STOPS = str.maketrans(dict.fromkeys(map(ord, ")\"' \t\n\f\r"), 0))
_CSS_ESCAPE = re2.compile(
    r"\\(?:([0-9a-fA-F]{1,6})(?:\r\n|[ \t\r\n\f])?|\r\n|([\s\S]))"
)

Span = tuple[int, int, str]


def _ascii_lower(text: str) -> str:
    """``text`` lower-cased with every offset kept (C speed when possible)."""
    lowered = text.lower()
    # str.lower only ever grows a text (e.g. U+0130); same length, same offsets.
    return lowered if len(lowered) == len(text) else text.translate(_LOWER)


class _Lowered:
    """Slices of ``_ascii_lower(text)`` without lowering the whole text.

    Lowering an ASCII slice gives the same characters as slicing the lowered
    text, so ASCII text (the common case) is lowered only where it is read;
    other text is lowered once, whole, as :func:`_ascii_lower` decides.
    """

    __slots__ = ("_lowered", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._lowered = None if text.isascii() else _ascii_lower(text)

    def __call__(self, lo: int, hi: int) -> str:
        if self._lowered is not None:
            return self._lowered[lo:hi]
        return self._text[lo:hi].lower()


# A run of more than WS_DECIDE whitespace characters covers at least
# _GAP_SAMPLES consecutive multiples of _GAP_STRIDE: a whitespace run in every
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


def css_unescape(value: str) -> str:
    r"""Decode CSS escapes (``\68`` is ``h``, ``\:`` is ``:``).

    Example:
        >>> css_unescape(r"\68ttps\:\/\/evil.io")
        'https://evil.io'
    """
    if "\\" not in value:
        return value
    pieces: list[str] = []
    pos = 0
    for found in _CSS_ESCAPE.finditer(value):
        pieces.append(value[pos : found.start()])
        code, other = found.group(1), found.group(2)
        if code is not None:
            point = int(code, 16)
            pieces.append(chr(point) if 0 < point <= sys.maxunicode else "\ufffd")
        elif other is not None and other != "\n":
            pieces.append(other)
        pos = found.end()
    pieces.append(value[pos:])
    return "".join(pieces)


def _unquote(token: str) -> tuple[str, bool]:
    """A CSS token's URL and whether it is still open (no closing quote)."""
    if token[:1] in ("'", '"'):
        quote = token[0]
        if len(token) > 1 and token.endswith(quote):
            return token[1:-1], False
        return token[1:], True
    return token, False


def _css_url_allowed(token: str, allowlist: Sequence[str], *, open_end: bool) -> bool:
    value, still_open = _unquote(token)
    open_end = open_end or still_open
    return all(
        fetch_allowed(reading, allowlist, open_end=open_end)
        for reading in {value, css_unescape(value)}
    )


def _image_set_tokens(
    text: str, start: int, at: int, limit: int
) -> Iterator[tuple[int, int, str, bool]]:
    """The strings of ``image-set(...)``: each is a URL."""
    close = text.find(")", at, limit)
    end = close + 1 if close >= 0 else limit
    open_end = close < 0
    if open_end:
        # More URLs may still come (a stream): never allowed while unclosed.
        yield start, end, "", True
        return
    for string in _CSS_STRINGS.finditer(text[at:close]):
        yield start, end, string.group(0), False


def _url_token(text: str, at: int, limit: int) -> tuple[str, int, bool]:
    """The URL token at ``at``: quoted (to its quote) or bare (to ``)``)."""
    quote = text[at : at + 1]
    if quote in ("'", '"'):
        close = text.find(quote, at + 1, limit)
        newline = text.find("\n", at + 1, limit)
        if close >= 0 and (newline < 0 or close < newline):
            return text[at : close + 1], close + 1, False
        stop = newline if newline >= 0 else limit
        return text[at:stop], stop, True
    # Slices, not pos/endpos: the RE2 binding converts offsets over the whole
    # string on every call, which would make many tokens cost quadratic time.
    stop = text[at:limit].translate(_CSS_BARE_STOPS).find("\x00")
    end = limit if stop < 0 else at + stop
    return text[at:end], end, end >= limit


_CSS_FUNCTIONS = ("image-set", "cross-fade", "image", "url")


def _css_heads(text: str) -> Iterator[tuple[int, int, str]]:
    r"""Each ``url(``, ``image-set(``-like call and ``@import``, in order.

    Yields ``(start, after, kind)``, kind ``"url"``, ``"set"`` or ``"import"``.
    Plain heads are found with str methods; escaped ones (``\75 rl(``) with
    RE2, only when the text holds a backslash.
    """
    lowered = _Lowered(text)
    heads: list[tuple[int, int, str]] = []
    # Lower-casing never makes or unmakes "(" or "@": found in the text itself.
    paren = text.find("(")
    while paren >= 0:
        if lowered(paren - 1, paren) not in ("l", "e", "t"):
            paren = text.find("(", paren + 1)
            continue
        before = lowered(max(0, paren - 10), paren)
        name = next((n for n in _CSS_FUNCTIONS if before.endswith(n)), None)
        if name is not None:
            kind = "url" if name == "url" else "set"
            heads.append((paren - len(name), paren + 1, kind))
        paren = text.find("(", paren + 1)
    at = text.find("@")
    while at >= 0:
        if lowered(at, at + len("@import")) == "@import":
            heads.append((at, at + len("@import"), "import"))
        at = text.find("@", at + 1)
    if "\\" in text:
        for head in _CSS_HEAD.finditer(text):
            kind = "url" if head.group(1) else "import" if head.group(2) else "set"
            after = head.end(1) + 1 if kind == "url" else head.end(3) + 1
            if kind == "import":
                after = head.end(2)
            heads.append((head.start(), after, kind))
    for start, after, kind in sorted(set(heads)):
        ahead = text[after : after + WS_DECIDE + 1]
        yield start, after + len(ahead) - len(ahead.lstrip(_WS_CHARS)), kind


def _css_tokens(text: str) -> Iterator[tuple[int, int, str, bool]]:
    """Every URL-bearing CSS token: (start, end, url token, runs to the end).

    ``url(x)`` and ``@import "x"`` give one token; ``image-set(...)`` one per
    string inside. A token longer than :data:`VALUE_MAX` is cut there and
    counts as still open (never allowed).
    """
    size = len(text)
    for start, at, kind in _css_heads(text):
        limit = min(size, at + VALUE_MAX)
        if kind == "set":
            yield from _image_set_tokens(text, start, at, limit)
            continue
        if kind == "import" and text[at : at + 1] not in ("'", '"'):
            continue  # @import url(...) is read at its url(
        token, end, open_end = _url_token(text, at, limit)
        if kind == "url":
            close = text.find(")", end, min(size, end + WS_DECIDE))
            end = close + 1 if close >= 0 else end
        yield start, end, token, open_end


def css_spans(text: str, allowlist: Sequence[str]) -> list[Span]:
    """CSS ``url()``, ``image-set()`` and ``@import`` tokens not allowed.

    Example:
        >>> text = "a{background:url(https://evil.io/x)} b{c:url(/ok.png)}"
        >>> [text[s:e] for s, e, _ in css_spans(text, ())]
        ['url(https://evil.io/x)']
    """
    spans: list[Span] = []
    for start, end, token, open_end in _css_tokens(text):
        if not _css_url_allowed(token, allowlist, open_end=open_end):
            spans.append((start, end, "content.css_url"))
    return spans


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
