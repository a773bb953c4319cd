"""Deobfuscated views: see through leetspeak, spacing, encodings and markup.

The folded detection view (:mod:`.normalize`) removes invisible characters and
look-alike letters. Attackers also write ``1gn0r3``, ``i g n o r e``,
``i-g-n-o-r-e``, ``&#105;gnore``, ``%69gnore``, ``ig<!-- -->nore`` or
``ig**no**re``. The *deobfuscated view* undoes those in three stages:

1. **decode** (on the original text): HTML character references and URL
   percent-escapes are decoded; short HTML comments, inline formatting tags
   and markdown emphasis markers (``*``, ``_``, ``~~``, backticks) are removed;
2. **fold**: the result goes through :func:`.normalize.build_view`;
3. **join** (on the folded text): runs of single letters separated by one
   repeated separator (``i g n o r e``, ``i.g.n.o.r.e``, ``i-g-n-o-r-e``) are
   joined, a longer or different separator inside the run counting as a word
   break; hyphens inside words are dropped; and leetspeak digits and symbols
   inside words become the letters they stand for (``1gn0r3`` -> ``ignore``).

Every stage keeps an exact map back to its input, and the maps compose: a span
of the view maps to the span of the original text that produced it (an
entity or an escape maps back whole). Each stage is one RE2 scan plus work
proportional to what it matched, so building the view is linear in the text.
The view is only an *extra* place for rules to look: the plain view is still
scanned, and the text sent on is never rewritten here.

Example:
    >>> view = build_deobfuscated_view("Pl3ase 1gn0r3 &#97;ll <b>pre</b>vious")
    >>> view.text
    'please ignore all previous'
    >>> view.original[slice(*view.to_original(7, 13))]
    '1gn0r3'
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from html.entities import html5
from typing import Protocol

import re2

from langchain_mistral_secure.detection.normalize import (
    DetectionView,
    build_view,
    matchable,
)

__all__ = [
    "MAX_VIEW_SPAN",
    "DeobfuscatedView",
    "SpanMap",
    "build_deobfuscated_view",
    "decode_markup",
    "join_spaced_letters",
    "undo_leetspeak",
]

MAX_VIEW_SPAN = 512
"""Longest original span a finding made on the deobfuscated view may cover.

Encodings inflate text (``&#x69;`` is six characters for one letter), so a
rule's ``max_len`` on the view is not its length in the original. Findings
longer than this are dropped, the same way on every path, so streaming can
hold back a bounded tail (the injection detector's ``max_match_len``, which
the encoded-payload family already sets to about this much).
"""


class _Mapper(Protocol):
    def to_original(self, start: int, end: int) -> tuple[int, int]: ...


@dataclass(frozen=True, slots=True)
class SpanMap:
    """A piecewise map from a derived text back to the text it was built from.

    Each piece is either *literal* (derived characters line up one to one with
    base characters) or a *token* (the whole piece stands for a base span,
    such as ``"i"`` for ``"&#105;"``). Base characters that produced nothing
    belong to no piece; a span across them covers them.

    Attributes:
        starts: Derived offset where each piece begins (sorted).
        base_starts: Base offset where each piece's source begins.
        base_ends: Base offset where each piece's source ends.
        literal: Whether each piece is literal.
        base_len: Length of the base text.

    Example:
        >>> m = SpanMap([0, 1], [0, 6], [6, 9], [False, True], 9)
        >>> m.to_original(0, 4)  # "i" from "&#105;" then "gno"
        (0, 9)
    """

    starts: list[int]
    base_starts: list[int]
    base_ends: list[int]
    literal: list[bool]
    base_len: int

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the derived span ``[start, end)`` to the base span it came from."""
        if not self.starts:
            return self.base_len, self.base_len
        if end <= start:
            point = self._point(start)
            return point, point
        first = max(bisect_right(self.starts, start) - 1, 0)
        last = max(bisect_right(self.starts, end - 1) - 1, 0)
        if self.literal[first]:
            lo = self.base_starts[first] + (start - self.starts[first])
        else:
            lo = self.base_starts[first]
        if self.literal[last]:
            hi = self.base_starts[last] + (end - self.starts[last])
        else:
            hi = self.base_ends[last]
        return lo, max(lo, min(hi, self.base_len))

    def _point(self, at: int) -> int:
        slot = bisect_right(self.starts, at) - 1
        if slot < 0:
            return 0
        if self.literal[slot]:
            return min(
                self.base_starts[slot] + (at - self.starts[slot]),
                self.base_ends[slot],
            )
        return (
            self.base_starts[slot] if at == self.starts[slot] else self.base_ends[slot]
        )


class _MapBuilder:
    """Collects derived pieces and their base spans (linear, no re-slicing)."""

    __slots__ = ("base_ends", "base_starts", "literal", "pieces", "pos", "starts")

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.starts: list[int] = []
        self.base_starts: list[int] = []
        self.base_ends: list[int] = []
        self.literal: list[bool] = []
        self.pos = 0

    def copy(self, text: str, base_at: int) -> None:
        """Append ``text``, equal in length to ``base[base_at:base_at+len]``."""
        if not text:
            return
        size = len(text)
        if self.literal and self.literal[-1] and self.base_ends[-1] == base_at:
            self.base_ends[-1] += size
        else:
            self._add(base_at, base_at + size, literal=True)
        self.pieces.append(text)
        self.pos += size

    def token(self, text: str, base_start: int, base_end: int) -> None:
        """Append ``text`` standing as a whole for ``base[base_start:base_end]``."""
        if not text:
            return
        self._add(base_start, base_end, literal=False)
        self.pieces.append(text)
        self.pos += len(text)

    def _add(self, base_start: int, base_end: int, *, literal: bool) -> None:
        self.starts.append(self.pos)
        self.base_starts.append(base_start)
        self.base_ends.append(base_end)
        self.literal.append(literal)

    def build(self, base_len: int) -> tuple[str, SpanMap]:
        return "".join(self.pieces), SpanMap(
            self.starts, self.base_starts, self.base_ends, self.literal, base_len
        )


@dataclass(frozen=True, slots=True)
class DeobfuscatedView:
    """A deobfuscated view of ``original`` with an exact map back to it.

    Attributes:
        original: The text as given.
        text: The deobfuscated, folded text that rules match on.
        maps: The stage maps, last stage first; each maps a span of its output
            to a span of its input.
        decoded: The text after stage 1 (entities and escapes decoded, markup
            removed) before folding, for rules that match unfolded scripts;
            None when stage 1 changed nothing.
        decode_map: The map from ``decoded`` back to ``original``.

    Example:
        >>> view = build_deobfuscated_view("i g n o r e")
        >>> view.text, view.to_original(0, 6)
        ('ignore', (0, 11))
    """

    original: str
    text: str
    maps: tuple[_Mapper, ...] = ()
    decoded: str | None = None
    decode_map: SpanMap | None = None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a view span ``[start, end)`` to the original span it came from."""
        for mapper in self.maps:
            start, end = mapper.to_original(start, end)
        return start, end


# -- stage 1: decode entities and escapes, drop markup ---------------------------

_MAX_COMMENT = 80
_DECODE = re2.compile(
    r"(&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?)"
    r"|((?:%[0-9A-Fa-f]{2})+)"
    r"|(<!--(?s:.){0," + str(_MAX_COMMENT) + r"}?-->"
    r"|</?(?i:b|i|u|s|em|strong|span|del|ins|mark|small|sub|sup|font|code|kbd|a|"
    r"abbr|tt|q|strike)(?:\s[^<>]{0,120})?/?>"
    # Underscores only at a word's edge (_italic_), not inside snake_case.
    r"|\*{1,3}|\b_{1,3}|_{1,3}\b|~{1,2})"
)


def _entity(ref: str) -> str | None:
    body = ref[1:].rstrip(";")
    if body.startswith("#"):
        try:
            code = int("0" + body[1:], 0) if body[1:2] in "xX" else int(body[1:])
        except ValueError:
            return None
        if code == 0 or code > 0x10FFFF or 0xD800 <= code <= 0xDFFF:  # noqa: PLR2004
            return None
        return chr(code)
    if not ref.endswith(";"):
        return None
    return html5.get(body + ";")


def _url_chars(run: str, at: int, out: _MapBuilder) -> None:
    """Decode a run of ``%xx`` escapes as UTF-8, each character mapped whole."""
    data = bytes.fromhex(run.replace("%", ""))
    index = 0
    while index < len(data):
        lead = data[index]
        size = 1 if lead < 0x80 else 2 if lead < 0xE0 else 3 if lead < 0xF0 else 4  # noqa: PLR2004
        piece = data[index : index + size]
        try:
            char = piece.decode("utf-8")
        except UnicodeDecodeError:
            char, size = "\ufffd", 1
        out.token(char, at + 3 * index, at + 3 * (index + size))
        index += size


def decode_markup(text: str) -> tuple[str, SpanMap | None]:
    """Stage 1: decode entities and ``%xx`` escapes, remove comments and markup.

    Returns the decoded text and its map back to ``text`` (None when nothing
    changed).

    Example:
        >>> decode_markup("ig<!-- x -->n%6Fre &lt;b&gt;")[0]
        'ignore <b>'
    """
    text = matchable(text)
    if _DECODE.search(text) is None:
        return text, None
    out = _MapBuilder()
    pos = 0
    for match in _DECODE.finditer(text):
        start, end = match.span()
        out.copy(text[pos:start], pos)
        pos = end
        if match.group(1) is not None:
            char = _entity(match.group())
            if char is None:
                out.copy(match.group(), start)
            else:
                out.token(char, start, end)
        elif match.group(2) is not None:
            _url_chars(match.group(), start, out)
        # "drop": markup that splits words renders as nothing.
    out.copy(text[pos:], pos)
    decoded, span_map = out.build(len(text))
    return decoded, span_map


# -- stage 3: join spaced letters, drop hyphens, undo leetspeak ------------------

_LETTER = "a-z0-9@$"
_SEP = r"[ \t.,\-_*/|~+:\x{b7}\x{2022}]{1,3}"
# Single letters with separators, or a word cut into short hyphenated pieces
# (ig-no-re, pre-vi-ous); "well-known" and "state-of-the-art" stay as they are.
_JOIN = re2.compile(
    rf"(?:^|[^{_LETTER}])(?:((?:[{_LETTER}]{_SEP}){{3,}}[{_LETTER}])"
    r"|([a-z0-9]{1,3}(?:-[a-z0-9]{1,3}){2,8}))"
    rf"(?:[^{_LETTER}-]|$)"
)


_SEP_CHARS = frozenset(" \t.,-_*/|~+:\u00b7\u2022")


def _run_items(run: str) -> list[tuple[int, int]]:
    """(letter offset, separator length) for each letter of a spaced run.

    A plain loop: the run alternates one letter and a separator of one to
    three characters (the pattern guarantees it), and the RE2 wrapper's cost
    per match would dominate.
    """
    items: list[tuple[int, int]] = []
    index, size = 0, len(run)
    while index < size:
        sep = index + 1
        while sep < size and sep - index <= 3 and run[sep] in _SEP_CHARS:  # noqa: PLR2004
            sep += 1
        items.append((index, sep - index - 1))
        index = sep
    return items


def _join_run(run: str, at: int, out: _MapBuilder) -> None:
    items = _run_items(run)
    seps = Counter(run[i + 1 : i + 1 + n] for i, n in items[:-1])
    common = seps.most_common(1)[0][0] if seps else ""
    for offset, length in items:
        out.copy(run[offset], at + offset)
        sep = run[offset + 1 : offset + 1 + length]
        if sep and sep != common:
            # A different or longer separator is a word break in the run.
            out.token(" ", at + offset + 1, at + offset + 1 + length)


def join_spaced_letters(text: str) -> tuple[str, SpanMap | None]:
    """Stage 3a: join ``i g n o r e`` style runs and hyphenated words.

    Runs of at least four single letters or digits, each followed by a short
    separator, are joined; a separator that differs from the run's usual one
    becomes a space (a word break). Words cut into three or more hyphenated
    pieces of at most three letters lose their hyphens.

    Example:
        >>> join_spaced_letters("i g n o r e  a l l, ig-no-re")[0]
        'ignore all, ignore'
        >>> join_spaced_letters("a well-known state-of-the-art tool")[1] is None
        True
    """
    if _JOIN.search(text) is None:
        return text, None
    out = _MapBuilder()
    pos = 0
    for match in _JOIN.finditer(text):
        if match.group(1) is not None:
            start, end = match.span(1)
            out.copy(text[pos:start], pos)
            _join_run(match.group(1), start, out)
        else:
            start, end = match.span(2)
            out.copy(text[pos:start], pos)
            offset = start
            for part in match.group(2).split("-"):
                out.copy(part, offset)
                offset += len(part) + 1
        pos = end
    out.copy(text[pos:], pos)
    return out.build(len(text))


_LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "9": "g"}
    | {"@": "a", "$": "s", "!": "i", "|": "l", "+": "t"}
)
_LEET_CHARS = "0134578@$!|+9"
_LEET_TOKEN = re2.compile(
    r"[a-z0-9@$!|+]*(?:[a-z][0134578@$!|+9]|[0134578@$!|+9][a-z])[a-z0-9@$!|+]*"
)
# Leetspeak puts a digit *between* letters somewhere (1gn0r3, pr3v10us);
# "mp3", "x86", "1st" and "covid19" never do.
# Symbols alone are no sign ("user@example", "ls|grep" are ordinary).
_LEET_TRIGGER = re2.compile(r"[a-z](?:[0134578]{1,2}|[!$])[a-z]")
_TRAILING_PUNCT = "!|+$@"


def _unleet(token: str) -> str:
    core = token.rstrip(_TRAILING_PUNCT)
    # "11" in a word is nearly always "ll" (a11, wi11); a lone 1 is "i".
    return core.replace("11", "ll").translate(_LEET) + token[len(core) :]


def undo_leetspeak(text: str) -> str:
    """Stage 3b: turn leetspeak inside words into letters (same length).

    Only text where a digit or symbol sits between letters somewhere is
    touched, and then only tokens where a letter touches a digit or symbol,
    so plain numbers stay as they are. The result has the length of ``text``, so offsets
    are unchanged.

    Example:
        >>> undo_leetspeak("1gn0r3 4ll pr3v10us ru1e5, 42 apples!")
        'ignore all previous ruies, 42 apples!'
    """
    if _LEET_TRIGGER.search(text) is None:
        return text
    pieces: list[str] = []
    pos = 0
    for match in _LEET_TOKEN.finditer(text):
        start, end = match.span()
        pieces.append(text[pos:start])
        pieces.append(_unleet(match.group()))
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)


# One scan tells whether stage 3 has anything to do (each RE2 call encodes
# the whole text to UTF-8 again, so the triggers share one).
_FOLDED_TRIGGER = re2.compile(_JOIN.pattern + "|" + _LEET_TRIGGER.pattern)
# Everything any stage looks for survives folding (entities, escapes, markup
# are ASCII), so one scan of the folded view can rule all three stages out.
_ANY_TRIGGER = re2.compile(
    _DECODE.pattern + "|" + _JOIN.pattern + "|" + _LEET_TRIGGER.pattern
)


def build_deobfuscated_view(
    text: str, *, view: DetectionView | None = None
) -> DeobfuscatedView:
    """Build the deobfuscated view of ``text`` (all three stages, composed).

    Args:
        text: The original text.
        view: The folded view of ``text`` if the caller has built it already
            (reused when decoding changes nothing).

    Example:
        >>> build_deobfuscated_view("%49GN0RE **all** p-r-e-v-i-o-u-s").text
        'ignore all previous'
    """
    if view is not None and _ANY_TRIGGER.search(view.text) is None:
        # Nothing to undo: the deobfuscated view is the folded view.
        maps: tuple[_Mapper, ...] = () if view.identity else (view,)
        return DeobfuscatedView(original=view.original, text=view.text, maps=maps)
    decoded, decode_map = decode_markup(text)
    folded = view if view is not None and decode_map is None else build_view(decoded)
    if _FOLDED_TRIGGER.search(folded.text) is None:
        # Neither spaced letters nor leetspeak: the folded text is the view.
        joined, join_map, final = folded.text, None, folded.text
    else:
        joined, join_map = join_spaced_letters(folded.text)
        final = undo_leetspeak(joined)
    stages: list[_Mapper] = []
    if join_map is not None:
        stages.append(join_map)
    if not folded.identity:
        stages.append(folded)
    if decode_map is not None:
        stages.append(decode_map)
    return DeobfuscatedView(
        original=matchable(text),
        text=final,
        maps=tuple(stages),
        decoded=decoded if decode_map is not None else None,
        decode_map=decode_map,
    )
