r"""CSS ``url()``, ``image-set()`` and ``@import`` tokens that fetch a URL.

Split out of :mod:`langchain_mistral_secure.detection.content_html` (which
re-exports :func:`css_spans` and scans style attributes with these readers):
CSS escapes are decoded in function names (``\75 rl(``) and in URLs.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence

import re2

from langchain_mistral_secure.detection._content_text import (
    _WS_CHARS,
    VALUE_MAX,
    Span,
    _Lowered,
)
from langchain_mistral_secure.detection.content_markdown import WS_DECIDE
from langchain_mistral_secure.detection.content_urls import fetch_allowed

__all__ = ["css_spans", "css_unescape"]


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
