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
from dataclasses import dataclass, field
from functools import lru_cache

import re2

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

_NON_ASCII_RUN = re2.compile(r"[^\x00-\x7f]+")


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
        breaks: Sorted view offsets where the linear map changes.
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
    breaks: list[int] = field(default_factory=list)
    bases: list[int] = field(default_factory=list)
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


class _ViewBuilder:
    """Accumulates view pieces and the breakpoints of the offset map."""

    __slots__ = ("aligned", "bases", "breaks", "pieces", "view_pos")

    def __init__(self) -> None:
        self.pieces: list[str] = []
        self.breaks: list[int] = []
        self.bases: list[int] = []
        self.view_pos = 0
        # Whether the next view character still follows the last linear map.
        self.aligned = True

    def _mark(self, orig_at: int) -> None:
        self.breaks.append(self.view_pos)
        self.bases.append(orig_at)

    def add_ascii(self, chunk: str, orig_at: int) -> None:
        if not self.aligned:
            self._mark(orig_at)
            self.aligned = True
        self.pieces.append(chunk.lower())
        self.view_pos += len(chunk)

    def add_folded(self, folded: str, orig_at: int) -> None:
        size = len(folded)
        if size == 0:
            self.aligned = False
            return
        if size == 1:
            self.add_ascii(folded, orig_at)
            return
        # One original character became several view characters: each of
        # them maps back to that one character.
        for _ in folded:
            self._mark(orig_at)
            self.view_pos += 1
        self.pieces.append(folded)
        self.aligned = False


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
    pieces: list[str] = []
    breaks: list[int] = [0]
    bases: list[int] = [0]
    pos = 0
    view_pos = 0
    for match in _STRIPPABLE.finditer(text):
        start, end = match.span()
        pieces.append(text[pos:start])
        view_pos += start - pos
        pos = end
        breaks.append(view_pos)
        bases.append(end)
    pieces.append(text[pos:])
    return DetectionView(
        original=text,
        text="".join(pieces),
        breaks=breaks,
        bases=bases,
        identity=False,
    )


def build_view(text: str) -> DetectionView:
    """Build the detection view of ``text`` in linear time.

    Example:
        >>> build_view("Ｉgnоre ALL").text  # fullwidth I, Cyrillic o
        'ignore all'
    """
    if text.isascii():
        return DetectionView(original=text, text=text.lower())
    original = text
    text = matchable(text)
    builder = _ViewBuilder()
    pos = 0
    for match in _NON_ASCII_RUN.finditer(text):
        start, end = match.span()
        if start > pos:
            builder.add_ascii(text[pos:start], pos)
        for index in range(start, end):
            builder.add_folded(fold_char(text[index]), index)
        pos = end
    if pos < len(text):
        builder.add_ascii(text[pos:], pos)
    view_text = "".join(builder.pieces)
    if not builder.breaks:
        # Only one-to-one folds happened: the offsets still line up.
        return DetectionView(original=original, text=view_text)
    breaks, bases = builder.breaks, builder.bases
    if breaks[0] != 0:
        breaks.insert(0, 0)
        bases.insert(0, 0)
    return DetectionView(
        original=original,
        text=view_text,
        breaks=breaks,
        bases=bases,
        identity=False,
    )
