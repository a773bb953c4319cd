"""The detection view of a text, with an exact map back to the original.

Attackers hide rule words behind zero-width characters, Unicode tag characters,
look-alike letters, fullwidth forms, accents and odd casing. Rules therefore match
on a *view* of the text in which all of that is folded away, and every span found
in the view maps back to an exact span of the original text. The original text is
never rewritten here: components decide what to do with the spans.

The view is built in linear time: runs of ASCII are lower-cased in one C call, and
only non-ASCII characters go through a per-character fold, which is cached.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import re2

from langchain_mistral_secure.detection import _fold_codes
from langchain_mistral_secure.detection._drop_runs import (
    VECTOR_MIN_CHARS,
    drop_map,
    grow_map,
    strip_and_map,
)

__all__ = [
    "INVISIBLE_CHARS",
    "DetectionView",
    "build_stripped_view",
    "build_view",
    "fold_char",
    "is_invisible",
    "matchable",
]

# Characters that render as nothing yet split words for a naive matcher:
# zero-width space/joiners, word joiner, invisible operators, BOM, soft hyphen,
# Mongolian vowel separator, bidi embeddings/overrides/isolates, and the
# variation selectors (including the supplementary ones).
_INVISIBLE_RANGES: tuple[tuple[int, int], ...] = (
    (0x00AD, 0x00AD),
    (0x034F, 0x034F),
    (0x061C, 0x061C),
    (0x115F, 0x1160),
    (0x17B4, 0x17B5),
    (0x180B, 0x180F),
    (0x200B, 0x200F),
    (0x202A, 0x202E),
    (0x2060, 0x2064),
    (0x2066, 0x206F),
    (0x3164, 0x3164),
    (0xFE00, 0xFE0F),
    (0xFEFF, 0xFEFF),
    (0xFFA0, 0xFFA0),
    (0x1BCA0, 0x1BCA3),
    (0x1D173, 0x1D17A),
    (0xE0001, 0xE0001),
    (0xE007F, 0xE007F),
    (0xE0100, 0xE01EF),
)

INVISIBLE_CHARS: frozenset[str] = frozenset(
    chr(cp) for lo, hi in _INVISIBLE_RANGES for cp in range(lo, hi + 1)
)
"""Characters removed from the detection view (and by the sanitizer's redact policy)."""

# Unicode tag characters U+E0020..U+E007E mirror printable ASCII: they are
# invisible in most renderers but models read them, so they smuggle instructions.
_TAG_FIRST = 0xE0020
_TAG_LAST = 0xE007E

# Look-alike letters that NFKC does not fold (after case folding). Drawn from the
# Unicode confusables data for the Cyrillic, Greek and Armenian letters that are
# used to spoof Latin text; each maps to the Latin letter it imitates.
_CONFUSABLES: dict[str, str] = {
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "з": "3", "и": "u", "к": "k",
    "м": "m", "н": "h", "о": "o", "п": "n", "р": "p", "с": "c", "т": "t",
    "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "һ": "h",
    "ԁ": "d", "ԛ": "q", "ԝ": "w", "ӏ": "l", "ɡ": "g", "ь": "b", "ү": "y",
    "ҫ": "c", "ӕ": "ae", "ԍ": "g", "ѵ": "v", "ѡ": "w",
    # Greek
    "α": "a", "β": "b", "γ": "y", "ε": "e", "η": "n", "ι": "i", "κ": "k",
    "ν": "v", "ο": "o", "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w",
    "ϲ": "c", "ϳ": "j", "ς": "c", "μ": "u", "ζ": "z",
    # Armenian and Latin extensions that pass for ASCII letters
    "օ": "o", "ս": "u", "ց": "g", "ɑ": "a", "ı": "i", "ȷ": "j", "ʟ": "l",
    "ɩ": "i", "ᴄ": "c", "ᴏ": "o", "ᴠ": "v", "ᴡ": "w", "ᴢ": "z", "ꜱ": "s",
    "ʀ": "r", "ɪ": "i", "ɴ": "n", "ᴀ": "a", "ᴇ": "e", "ᴛ": "t", "ᴜ": "u",
    "ᴍ": "m", "ᴋ": "k", "ᴘ": "p", "ʏ": "y", "ʜ": "h", "ᴅ": "d", "ꞯ": "q",
    "ɢ": "g", "ʙ": "b", "ᴊ": "j", "ꝺ": "d",
}  # fmt: skip


def is_invisible(char: str) -> bool:
    """Return whether ``char`` is removed from the detection view as invisible.

    Example:
        >>> is_invisible("\u200b"), is_invisible("a")
        (True, False)
    """
    return char in INVISIBLE_CHARS


@lru_cache(maxsize=65536)
def fold_char(char: str) -> str:
    """Fold one non-ASCII character to what it shows a reader, for matching.

    Invisible characters fold to ``""``; Unicode tag characters to the ASCII they
    mirror; everything else through NFKC, case folding, the confusables table and
    removal of combining marks (so ``"é"`` and ``"e"`` match alike).

    Example:
        >>> fold_char("Ｉ"), fold_char("е"), fold_char("\u200d"), fold_char("É")
        ('i', 'e', '', 'e')
    """
    code = ord(char)
    if char in INVISIBLE_CHARS:
        return ""
    if _TAG_FIRST <= code <= _TAG_LAST:
        return chr(code - 0xE0000).lower()
    if char.isspace():
        return " "
    folded = unicodedata.normalize("NFKC", char).casefold()
    mapped = "".join(_CONFUSABLES.get(piece, piece) for piece in folded)
    return "".join(
        base
        for base in unicodedata.normalize("NFD", mapped)
        if not unicodedata.combining(base) and base not in INVISIBLE_CHARS
    )


@dataclass(frozen=True, slots=True)
class DetectionView:
    """A folded view of ``original`` and the map from view offsets back to it.

    Attributes:
        original: The text as given.
        text: The folded text that rules match on.
        breaks: Sorted view offsets where the linear map changes (a list, or
            on long texts an ``array("q")``, cheaper to build).
        bases: For each break, the original offset of that view offset.
        identity: True when ``text`` and ``original`` align one to one.

    Example:
        >>> view = build_view("IGN\u200bORE")
        >>> view.text
        'ignore'
        >>> view.to_original(0, 6)
        (0, 7)
    """

    original: str
    text: str
    breaks: Sequence[int] = field(default_factory=list)
    bases: Sequence[int] = field(default_factory=list)
    identity: bool = True

    def original_index(self, view_index: int) -> int:
        """Map the view character at ``view_index`` to its original character."""
        if self.identity:
            return view_index
        slot = bisect_right(self.breaks, view_index) - 1
        if slot < 0:
            return view_index
        return self.bases[slot] + (view_index - self.breaks[slot])

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a view span ``[start, end)`` to the original span it came from.

        The span covers every original character that produced a view character
        in the span, and every invisible character between them.
        """
        if self.identity:
            return start, end
        if end <= start:
            point = (
                self.original_index(start)
                if start < len(self.text)
                else len(self.original)
            )
            return point, point
        return self.original_index(start), self.original_index(end - 1) + 1


def matchable(text: str) -> str:
    r"""Return ``text`` with lone surrogates replaced by U+FFFD, one for one.

    RE2 matches UTF-8, which cannot carry lone surrogates; the replacement keeps
    every offset, so spans found in the result are spans of ``text``.

    Example:
        >>> matchable("a\ud800b") == "a\ufffdb"
        True
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-32-le", "surrogatepass").decode("utf-32-le", "replace")
    return text


# Character classes of the offset map: one view character per original
# character, none (dropped), or several (a fold such as "ﬁ" -> "fi").
_KEEP, _DROP, _GROW = "a", "d", "x"
_ASCII_CLASSES: dict[int, str] = dict.fromkeys(range(128), _KEEP)
_ASCII_LOWER: dict[int, str] = {
    code: chr(code).lower() for code in range(ord("A"), ord("Z") + 1)
}


class _Runs:
    """Finds the next position of each class in a class string, scanning once.

    Each class keeps a cached "next position"; it is searched again only once
    passed, so all searches together read the string once per class.
    """

    __slots__ = ("cls", "nxt")

    def __init__(self, cls: str) -> None:
        self.cls = cls
        self.nxt = {kind: cls.find(kind) for kind in (_KEEP, _DROP, _GROW)}

    def next(self, kind: str, pos: int) -> int:
        at = self.nxt[kind]
        if 0 <= at < pos:
            at = self.cls.find(kind, pos)
            self.nxt[kind] = at
        return at if at >= 0 else len(self.cls)


def _drop_map(
    cls: str, breaks: list[int], bases: list[int]
) -> tuple[list[int], list[int]]:
    """The offset map when characters are only kept or dropped (the common case)."""
    shift = 0
    start = cls.find(_DROP)
    while start >= 0:
        end = cls.find(_KEEP, start)
        if end < 0:
            break
        shift -= end - start
        breaks.append(end + shift)
        bases.append(end)
        start = cls.find(_DROP, end)
    return breaks, bases


def _offset_map(
    text: str, cls: str, widths: dict[str, int]
) -> tuple[list[int], list[int]]:
    """Breaks and bases of the view-to-original map, one step per run.

    Work is proportional to the number of runs of dropped characters plus the
    number of growing characters, never to the length of a run: a megabyte
    of zero-width characters is one step.
    """
    breaks, bases = [0], [0]
    size = len(cls)
    if _GROW not in cls:
        return _drop_map(cls, breaks, bases)
    runs = _Runs(cls)
    shift = 0  # view offset minus original offset
    pos = 0
    while True:
        drop, grow = runs.next(_DROP, pos), runs.next(_GROW, pos)
        start = min(drop, grow)
        if start >= size:
            return breaks, bases
        if drop < grow:
            end = min(runs.next(_KEEP, start), grow)
            shift -= end - start
        else:
            end = start + 1
            width = widths[text[start]]
            for extra in range(width):
                breaks.append(start + shift + extra)
                bases.append(start)
            shift += width - 1
        pos = end
        if end < size and cls[end] == _KEEP:
            breaks.append(end + shift)
            bases.append(end)


def _view_map(
    text: str, classes: dict[int, str], widths: dict[str, int]
) -> tuple[Sequence[int], Sequence[int]]:
    """The view-to-original map: from array passes on long texts.

    Grown characters cost the Python map a step each (a Korean text grows at
    every syllable), so they take the arrays from the array fold's length on.
    """
    if any(widths.values()):
        if len(text) >= _fold_codes.ARRAY_FOLD_MIN_CHARS:
            return grow_map(text, widths)
    elif len(text) >= VECTOR_MIN_CHARS:
        # Characters are only kept or dropped.
        return drop_map(text, [ord(char) for char in widths])
    return _offset_map(text, text.translate(classes), widths)


_STRIPPABLE = re2.compile(
    "["
    + "".join(
        f"\\x{{{lo:04X}}}-\\x{{{hi:04X}}}"
        for lo, hi in (*_INVISIBLE_RANGES, (_TAG_FIRST, _TAG_LAST))
    )
    + "]+"
)


def build_stripped_view(text: str) -> DetectionView:
    """Build a view of ``text`` with only invisible and tag characters removed.

    Format rules (keys, e-mail addresses, card numbers) match on this view: a
    zero-width space inside a key still renders as the key, so it must not hide
    it from the detectors. Case and letters are kept as they are.

    Example:
        >>> view = build_stripped_view("AKIA\u200bQWER")
        >>> view.text, view.to_original(0, 8)
        ('AKIAQWER', (0, 9))
    """
    text = matchable(text)
    if text.isascii() or _STRIPPABLE.search(text) is None:
        return DetectionView(original=text, text=text)
    strip: dict[int, str | None] = {}
    classes: dict[int, str] = dict(_ASCII_CLASSES)
    for char in set(text):
        code = ord(char)
        if code < 128:  # noqa: PLR2004
            continue
        if char in INVISIBLE_CHARS or _TAG_FIRST <= code <= _TAG_LAST:
            strip[code] = None
            classes[code] = _DROP
        else:
            classes[code] = _KEEP
    if len(text) >= VECTOR_MIN_CHARS:
        stripped, breaks, bases = strip_and_map(text, strip.keys())
        return DetectionView(
            original=text, text=stripped, breaks=breaks, bases=bases, identity=False
        )
    short_breaks, short_bases = _offset_map(text, text.translate(classes), {})
    return DetectionView(
        original=text,
        text=text.translate(strip),
        breaks=short_breaks,
        bases=short_bases,
        identity=False,
    )


def build_view(text: str) -> DetectionView:
    """Build the detection view of ``text`` in linear time.

    Every distinct character is folded once (cached); the view and the map
    of character classes are then built by ``str.translate`` in C, and the
    offset map takes one step per run of dropped characters. Dense zero-width
    or combining text costs well under a microsecond per character.

    Example:
        >>> build_view("Ｉgnоre ALL").text  # fullwidth I, Cyrillic o
        'ignore all'
    """
    if text.isascii():
        return DetectionView(original=text, text=text.lower())
    original = text
    text = matchable(text)
    folds: dict[int, str] = dict(_ASCII_LOWER)
    classes: dict[int, str] = dict(_ASCII_CLASSES)
    widths: dict[str, int] = {}
    irregular = False
    codes: Any = None
    if len(text) >= _fold_codes.ARRAY_FOLD_MIN_CHARS:
        codes = _fold_codes.text_codes(text)
        distinct = _fold_codes.distinct_codes(codes)
        chars = [chr(code) for code in distinct if code >= 128]  # noqa: PLR2004
    else:
        chars = [char for char in set(text) if ord(char) >= 128]  # noqa: PLR2004
    for char in chars:
        code = ord(char)
        folded = fold_char(char)
        folds[code] = folded
        if len(folded) == 1:
            classes[code] = _KEEP
            continue
        irregular = True
        classes[code] = _DROP if not folded else _GROW
        widths[char] = len(folded)
    if codes is None:
        view_text = text.translate(folds)
    elif irregular:
        view_text = _fold_codes.fold_codes_any(codes, distinct, folds)
    else:
        view_text = _fold_codes.fold_codes(codes, distinct, folds)
    if not irregular:
        # Only one-to-one folds happened: the offsets still line up.
        return DetectionView(original=original, text=view_text)
    breaks, bases = _view_map(text, classes, widths)
    if len(breaks) == 1:
        # Only trailing characters were dropped: the offsets still line up.
        return DetectionView(original=original, text=view_text)
    return DetectionView(
        original=original,
        text=view_text,
        breaks=breaks,
        bases=bases,
        identity=False,
    )
