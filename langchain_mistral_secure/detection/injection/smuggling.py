"""Hidden-text smuggling: Unicode tag characters, zero-width and bidi controls.

These rules run on the text as it is (``on_view=False``,
``strip_invisible=False``): the detection view removes exactly the characters they
look for. Joiners that legitimate scripts need are spared: one or two
ZWJ/ZWNJ in a row (emoji sequences, Persian, Indic scripts), one or two
zero-width spaces between words (copy-paste debris, Thai) and a single
variation selector (emoji presentation) do not match; runs of them, and any of
them between ASCII letters, do.
"""

from __future__ import annotations

from typing import Any

from langchain_mistral_secure.detection.engine import Rule

__all__ = ["RULES"]

_CAT = "smuggling"

# A black flag may open an emoji tag sequence (the flags of England, Scotland,
# Wales...): the flag is matched with the tags so the validator can spare it.
_TAGS = r"\x{1F3F4}?[\x{E0000}-\x{E007F}]{1,256}"
_BLACK_FLAG = "\U0001f3f4"
_CANCEL_TAG = "\U000e007f"
# Tag digits and lower-case tag letters: what subdivision codes ("gbeng") use.
_FLAG_TAG_CHARS = frozenset(
    [chr(cp) for cp in range(0xE0030, 0xE003A)]
    + [chr(cp) for cp in range(0xE0061, 0xE007B)]
)


def _not_emoji_flag(text: str) -> bool:
    """Veto the one legitimate use of tag characters: a subdivision flag emoji.

    Such a sequence is a black flag, 2-30 tag letters or digits, and a cancel
    tag; anything else made of tag characters is hidden text.

    Example:
        >>> _not_emoji_flag("\U0001f3f4\U000e0067\U000e0062\U000e0065\U000e007f")
        False
        >>> _not_emoji_flag("\U000e0069\U000e0067\U000e006e")
        True
    """
    if not (text.startswith(_BLACK_FLAG) and text.endswith(_CANCEL_TAG)):
        return True
    body = text[len(_BLACK_FLAG) : -len(_CANCEL_TAG)]
    flag_tag = all(c in _FLAG_TAG_CHARS for c in body)
    return not (2 <= len(body) <= 30 and flag_tag)  # noqa: PLR2004


_ZW_CLASS = (
    r"[\x{200B}\x{2060}-\x{2064}\x{180E}\x{FEFF}\x{00AD}\x{034F}\x{115F}"
    r"\x{1160}\x{3164}\x{FFA0}\x{17B4}\x{17B5}\x{1D173}-\x{1D17A}"
    r"\x{1BCA0}-\x{1BCA3}]"
)
# One or two zero-width spaces between words are copy-paste debris (and Thai
# separates words with them); inside an ASCII word, or three and more in a
# row, they hide something.
_ZW_IN_ASCII = r"[A-Za-z0-9](" + _ZW_CLASS + r"{1,2})[A-Za-z0-9]"
_ZERO_WIDTH = (
    _ZW_CLASS + r"{3,256}"
    # Telugu, Kannada and Persian text doubles a ZWNJ now and then; three or
    # more in a row carry no script meaning.
    r"|[\x{200C}\x{200D}]{3,256}"
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
             "Unicode tag characters (invisible ASCII mirror)",
             validator=_not_emoji_flag, max_len=257),
    _literal("injection.smuggling.zero_width", _ZERO_WIDTH,
             "zero-width spaces, word joiners, fillers, soft hyphens", score=0.9),
    _literal("injection.smuggling.zero_width_in_ascii", _ZW_IN_ASCII,
             "zero-width characters inside ASCII words", score=0.9, group=1,
             max_len=8),
    _literal("injection.smuggling.joiner_in_ascii", _JOINER_IN_ASCII,
             "ZWJ/ZWNJ inside ASCII words", score=0.9, group=1, max_len=64),
    _literal("injection.smuggling.bidi", _BIDI,
             "bidi embeddings, overrides, isolates and marks", score=0.9, max_len=64),
    _literal("injection.smuggling.variation_run", _VARIATION_RUN,
             "runs of variation selectors (byte smuggling)", score=0.9),
)  # fmt: skip
