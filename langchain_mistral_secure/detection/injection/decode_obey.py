"""A text to translate or decode whose content the model is told to carry out.

Family: direct goal hijacking (translation hijacks, obfuscated hijacks).
A translation or decoding app receives a sentence that is itself an order,
and the user adds the real move: *do what it says* instead of (or after)
translating or decoding it. The order inside may be written any way at all
(another language, reversed, ROT13, an acrostic), so the rules read the
frame, not the order: a verb of translating, decoding or reading backwards,
then, in the same stretch, a demand to obey, execute or do what the text
says ("translate, then execute it", "read it backwards and obey", "don't
translate it, do it", "take the first letters and do what they spell").

Safe on benign text: translating, decoding or reading a text backwards is
work people ask for daily, and none of it ends in "obey it" or "do what it
says" with the text as the object; "follow the instructions in the manual"
names no translation or decoding. English, French, Spanish, German,
Italian and Portuguese on the folded view; Russian, Chinese, Japanese and
Korean on the text.
"""

# ruff: noqa: RUF001
# (RUF001: the script patterns are written in Cyrillic and CJK.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "override"

_DECODE = alt(
    [
        # en
        r"translate",
        r"decode",
        r"decipher",
        r"decrypt",
        r"unscramble",
        r"read\s+(?:it\s+|this\s+|that\s+)?(?:backwards|in\s+reverse|right\s+to\s+left)",
        r"reverse\s+(?:it|this|the\s+text)",
        r"rot-?13",
        r"(?:take|read)\s+the\s+first\s+letters?\s+of\s+each",
        # fr es de it pt
        r"tradui[st]",
        r"decode",
        r"dechiffre",
        r"lis\s+(?:ceci\s+|le\s+texte\s+)?a\s+l'?\s*envers",
        r"traduce",
        r"decodifica",
        r"descifra",
        r"lee\s+(?:esto\s+|el\s+texto\s+)?al\s+reves",
        r"ubersetze?",
        r"entschlussele",
        r"dekodiere",
        r"lies\s+(?:es\s+|das\s+)?ruckwarts",
        r"traduci",
        r"decifra",
        r"leggi\s+(?:al\s+contrario|a\s+rovescio)",
        r"traduza",
        r"traduz",
        r"decodifique",
        r"leia\s+(?:de\s+tras\s+para\s+frente|ao\s+contrario)",
    ]
)
_OBEY = alt(
    [
        # en
        r"obey(?:\s+it)?",
        (
            r"(?:execute|carry\s+out|perform)\s+(?:it|that|them|the\s+(?:result|sentence|text|"
            r"instruction|message))"
        ),
        r"do\s+(?:what|whatever|as)\s+(?:it|they|the\s+\w+)\s+(?:says?|spells?|tells?\s+you|asks?)",
        r"act\s+on\s+it",
        r"follow\s+(?:it|them)\b",
        # fr
        r"execute[s]?-?\s*(?:la|le|les)",
        r"(?:obeis|obeissez|obeis-y|applique-?\s*(?:la|le))",
        r"fais\s+ce\s+qu'?\s*(?:elle|il|le\s+texte)\s+(?:dit|demande)",
        # es
        r"obedece(?:lo|la)?",
        r"ejecuta(?:lo|la)",
        r"cumple(?:lo|la)",
        r"haz\s+lo\s+que\s+(?:dice|pide)",
        # de
        r"befolge\s+(?:es|ihn|sie|den\s+satz|die\s+anweisung)",
        r"fuhre\s+(?:es|ihn|sie)\s+aus",
        r"gehorche",
        r"tu\s+was\s+(?:er|es|sie|der\s+satz|der\s+text)\s+sagt",
        # it
        r"eseguil[oa]",
        r"obbedisci",
        r"fai\s+quello\s+che\s+dice",
        # pt
        r"execute-?(?:o|a)",
        r"obedeca",
        r"cumpra-?(?:o|a)",
        r"faca\s+o\s+que\s+(?:ele|ela|o\s+texto)\s+diz",
    ]
)
# "don't translate it, do it" / "do what the text says, don't translate it"
_NOT_TRANSLATED = alt(
    [
        (
            r"(?:don'?t|do\s+not)\s+translate\s+(?:it|this|that)\b[^\n]{0,20}?\b(?:just\s+)?"
            r"(?:do\s+(?:it|what\s+it\s+says)|obey|execute\s+it|follow\s+it)"
        ),
        r"do\s+what\s+(?:it|the\s+(?:text|sentence))\s+says\s*,?\s*(?:don'?t|do\s+not)\s+translate",
        r"haz\s+lo\s+que\s+dice\s+el\s+texto\s*,?\s*no\s+lo\s+traduzcas",
        r"no\s+lo\s+traduzcas\s*,?\s*(?:solo\s+)?(?:hazlo|obedece)",
        r"ne\s+(?:le|la)\s+traduis\s+pas\s*,?\s*(?:fais-le|execute-la|execute-le|obeis)",
        r"nicht\s+ubersetzen\s*,?\s*(?:sondern\s+)?(?:ausfuhren|befolgen|tu\s+es)",
    ]
)

_FOLDED = (
    r"\b"
    + _DECODE
    + r"\b[^\n]{0,120}?\b(?:then|and|and\s+then|,|puis|et|ensuite|y|luego|"
    r"despues|und|dann|danach|e|poi|depois)\s*,?\s*(?:then\s+|puis\s+|luego\s+|dann\s+)?"
    + _OBEY
    + r"\b"
    + r"|\b"
    + _DECODE
    + r"\b[\s\S]{0,100}?(?:[.!)]|\n)\s*\(?\s*"
    + _NOT_TRANSLATED
    + r"|\b"
    + _DECODE
    + r"\b[\s\S]{0,120}?\b(?:and|then)\s+do\s+what\s+it\s+spells\b"
)

_SCRIPTS = (
    r"переведи[^\n]{0,140}?(?:сделай\s+(?:то,?\s+)?что\s+(?:там|в\s+н[её]м|в\s+тексте)\s+"
    r"(?:сказано|написано)|выполни\s+(?:это|его|е[её])|не\s+переводи\s+(?:это|его),?\s+а\s+"
    r"(?:сделай|выполни))"
    r"|(?:翻译|翻訳|英訳|和訳|訳して|訳し)[^\n]{0,120}?(?:然后|并且?|再|之后)?(?:执行|照做|照着做|"
    r"按照它做|その通りに(?:して|しろ|実行)|実行して|訳さずに(?:その通りに|実行))"
    r"|번역[^\n]{0,100}?(?:그대로\s*(?:실행|따라|해)|실행해|번역하지\s*말고\s*(?:그대로|실행))"
)

RULES: tuple[Rule, ...] = (
    Rule("injection.decode_obey.folded", _CAT, _FOLDED, score=0.8, max_len=256,
         description="translate / decode / read backwards, then obey what it says"),
    raw_rule("injection.decode_obey.scripts", _CAT, _SCRIPTS,
             "RU/ZH/JA/KO: translate it, then do what it says", score=0.8,
             max_len=200),
)  # fmt: skip
