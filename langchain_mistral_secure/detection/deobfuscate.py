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

from dataclasses import dataclass
from typing import Protocol

import re2

from langchain_mistral_secure.detection._deobfuscate_stages import (
    _DECODE,
    _JOIN,
    _LEET_TRIGGER,
    decode_markup,
    join_spaced_letters,
    undo_leetspeak,
)
from langchain_mistral_secure.detection._span_maps import SpanMap
from langchain_mistral_secure.detection._span_maps import (
    _MapBuilder as _MapBuilder,  # noqa: PLC0414 - re-exported for the leak detector
)
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
