"""The bot told to put its own rules aside, in the languages the older tables lack.

Family: direct goal hijacking (the setup dismissed). "Set your usual
constraints aside", "lass deine Regeln beiseite", "mets tes consignes de
côté", "deja tus restricciones de lado", "odłóż swoje zasady na bok",
"把你的规则放一边": the idiom of putting a thing aside, with the bot's own
instructions, rules or limits as the thing. :mod:`dismiss_setup` reads
Italian, Portuguese and Russian forms; these are the others.

Each form wants the second-person possessive ("your", "deine", "tes",
"tus", "swoje") on a noun of instructions, rules or limits in that
language, so "set your worries aside",
"lass deine Sorgen beiseite" or "mets tes préjugés de côté" pass.
"""

# ruff: noqa: E501
# (E501: one language to a line.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt

__all__ = ["RULES"]

_CAT = "override"

_W = r"(?:[\w'-]{2,16}\s+){0,2}?"
_G = r"\s+(?:[\w'-]{2,12}\s+){0,2}?"
# The nouns per language, kept short so each DFA stays small.
_EN = r"(?:instructions|rules|constraints|restrictions|limits|guidelines|directives|orders|prompt|programming|filters)"
_DE = r"(?:regeln|anweisungen|vorgaben|richtlinien|einschrankungen|beschrankungen|grenzen|befehle|filter)"
_FR = (
    r"(?:regles|consignes|instructions|restrictions|limites|directives|ordres|filtres)"
)
_ES = r"(?:reglas|instrucciones|restricciones|limites|directrices|ordenes|normas|pautas|filtros)"
_PL = r"(?:zasady|regu[lł]y|instrukcje|polecenia|ograniczenia|wytyczne)"
_NL = r"(?:regels|instructies|beperkingen|richtlijnen|grenzen)"
_NORDIC = r"(?:regler|instruktioner|instrukser|instruksjoner|begransningar|begraensninger|begrensninger)"
_CS = r"(?:pravidla|pokyny|instrukce|omezeni)"
_VIEW = alt(
    [
        r"\b(?:set|put|lay|leave|push)\s+(?:all\s+(?:of\s+)?)?your\s+" + _W + _EN + _G + r"aside\b",
        r"\b(?:set|put|lay|push)\s+aside\s+(?:all\s+(?:of\s+)?)?your\s+" + _W + _EN + r"\b",
        r"\b(?:lass|leg|schieb)\w{0,2}\s+(?:deine|ihre|eure)\s+" + _W + _DE + _G + r"beiseite\b",
        r"\b(?:mets|met|mettez|laisse|laissez)\s+(?:tes|vos)\s+" + _W + _FR + _G + r"de\s+cote\b",
        r"\b(?:deja|pon|haz|hace|dejen|pongan)\s+(?:tus|sus)\s+" + _W + _ES + _G + r"(?:de\s+lado|a\s+un\s+lado)\b",
        r"\b(?:deja|pon|haz)\s+(?:de|a\s+un)\s+lado\s+(?:tus|sus)\s+" + _W + _ES + r"\b",
        r"\bod[lł]o[zż]\s+(?:swoje|twoje)\s+" + _W + _PL + _G + r"na\s+bok\b",
        r"\b(?:zet|leg|laat)\s+(?:je|jouw|uw)\s+" + _W + _NL + _G + r"(?:opzij|aan\s+de\s+kant)\b",
        r"\b(?:lagg|laegg|legg)\s+(?:dina|dine)\s+" + _W + _NORDIC + _G + r"(?:at|til)\s+sidan?e?\b",
        r"\b(?:dej|odloz|odlozte)\s+(?:sva|svoje|tvoje)\s+" + _W + _CS + _G + r"stranou\b",
        r"\blasa\s+deoparte\s+(?:regulile|instructiunile|restrictiile|limitele)\s+(?:tale|dumneavoastra)\b",
        r"\btedd\s+felre\s+(?:a\s+)?(?:szabalyaid\w{0,2}|utasitasaid\w{0,2}|korlataid\w{0,2})",
        r"\b(?:kurallarini|talimatlarini|kisitlamalarini)\s+(?:\w{2,10}\s+)?bir\s+kenara\s+(?:birak|koy)",
        r"\bkesampingkan\s+(?:dulu\s+)?(?:aturan|instruksi|batasan|perintah)\w{0,6}",
    ]
)  # fmt: skip
_RAW = alt(
    [
        r"把你(?:的|平时的|平常的|原来的|原有的)?(?:所有)?(?:规则|規則|指令|限制|设定|設定|规定)(?:先)?(?:放|搁|擱)(?:到|在)?一边",
        r"(?:搁置|擱置|抛开|拋開)你的(?:规则|規則|指令|限制|设定|規定)",
        r"(?:あなた|君|きみ)の(?:ルール|指示|制限|設定)(?:は|を)(?:一旦|いったん|ちょっと)?(?:脇に置いて|置いておいて)",
        r"(?:너의|네|당신의)\s*(?:규칙|지시|제한|설정)(?:은|는|을|를)\s*(?:잠시\s*|일단\s*)?(?:접어\s*두고|제쳐\s*두고|내려\s*놓고)",
    ]
)  # fmt: skip

# Worst case: a verb 10, a possessive 8, two words 34, a noun 25, two
# words 26, the particle 16: about 125; the raw forms stay under 40.
RULES: tuple[Rule, ...] = (
    Rule("injection.setup_set_aside.view", _CAT, _VIEW, score=0.8, max_len=140,
         description="set your rules / instructions aside (Latin scripts)"),
    Rule("injection.setup_set_aside.scripts", _CAT, _RAW, on_view=False, score=0.8, max_len=60,
         description="put your rules aside (CJK)"),
)  # fmt: skip
