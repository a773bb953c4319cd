"""Hidden-text smuggling: Unicode tag characters, zero-width and bidi controls.

These rules run on the text as it is (``on_view=False``,
``strip_invisible=False``): the detection view removes exactly the characters they
look for. Joiners that legitimate scripts need are
spared: a lone ZWJ/ZWNJ (emoji sequences, Persian, Indic scripts) and a single
variation selector (emoji presentation) do not match; runs of them, and any of
them between ASCII letters, do.
"""

from __future__ import annotations

from typing import Any

from langchain_mistral_secure.detection.engine import Rule

__all__ = ["RULES"]

_CAT = "smuggling"

_TAGS = r"[\x{E0000}-\x{E007F}]{1,256}"
_ZERO_WIDTH = (
    r"[\x{200B}\x{2060}-\x{2064}\x{180E}\x{FEFF}\x{00AD}\x{034F}\x{115F}"
    r"\x{1160}\x{3164}\x{FFA0}\x{17B4}\x{17B5}\x{1D173}-\x{1D17A}"
    r"\x{1BCA0}-\x{1BCA3}]{1,256}"
    r"|[\x{200C}\x{200D}]{2,256}"
)
_JOINER_IN_ASCII = r"[A-Za-z]([\x{200C}\x{200D}]{1,60})[A-Za-z]"
_BIDI = r"[\x{202A}-\x{202E}\x{2066}-\x{2069}\x{200E}\x{200F}\x{061C}]{1,64}"
_VARIATION_RUN = r"[\x{FE00}-\x{FE0F}\x{E0100}-\x{E01EF}]{2,256}"


def _literal(rule_id: str, pattern: str, description: str, **options: Any) -> Rule:
    """A rule that looks for the invisible characters themselves.

    It matches the text as it is, not the stripped text format rules see.
    """
    options.setdefault("max_len", 256)
    return Rule(
        rule_id,
        _CAT,
        pattern,
        on_view=False,
        strip_invisible=False,
        case_sensitive=True,
        description=description,
        **options,
    )


RULES: tuple[Rule, ...] = (
    _literal("injection.smuggling.tag_chars", _TAGS,
             "Unicode tag characters (invisible ASCII mirror)"),
    _literal("injection.smuggling.zero_width", _ZERO_WIDTH,
             "zero-width spaces, word joiners, fillers, soft hyphens", score=0.9),
    _literal("injection.smuggling.joiner_in_ascii", _JOINER_IN_ASCII,
             "ZWJ/ZWNJ inside ASCII words", score=0.9, group=1, max_len=64),
    _literal("injection.smuggling.bidi", _BIDI,
             "bidi embeddings, overrides, isolates and marks", score=0.9, max_len=64),
    _literal("injection.smuggling.variation_run", _VARIATION_RUN,
             "runs of variation selectors (byte smuggling)", score=0.9),
)  # fmt: skip
