# ruff: noqa: E501, RUF001
"""An ask hidden from filters: leetspeak words, or a codebook that renames a harm.

Family: obfuscated jailbreaks (category ``smuggling``). Two shapes that
recur in every corpus and style:

* **leetspeak asks**: the request written with digits for letters so a word
  filter cannot read it ("h0w d0 1 m4k3 ...", "wh1ch ... g1v3 st3ps"): four
  leet words within a sentence or two, one of them a leet request word
  (how, which, what, give, explain, tell, make, build, steps);
* **codebooks**: a harmless word declared to stand for a weapon, an
  explosive, a drug or a poison ("'cake' = explosive", "baking a cake means
  making a bomb", "use the word 'flour' for 'detonator'"), then the ask in
  the harmless words (a recipe, how, explain, steps).

Why it is safe on benign text: identifiers with digits ("utf8", "k8s",
"i18n", "sha256", "log4j", "ipv4") are no leet request words and rarely
come four to a sentence; a test fixture's "p4ssw0rd" is one word; a glossary
that says "'soda' means 'pop'" renames no harm; a baking recipe names no
weapon.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection.jailbreak_text import (
    with_curly_apostrophes,
)

__all__ = ["RULES"]

_CAT = "smuggling"

# --- leetspeak (folded view) --------------------------------------------------------
# A leet word: letters with a leet digit between them ("m4k3", "st3ps"), or
# a leading digit before letters and a digit ("3xpl0d3s").
_LEET_WORD = (
    r"(?:\b[a-z]{1,8}[013457][a-z]{1,8}(?:[013457][a-z]{0,8}){0,3}\b|"
    r"\b[a-z]{0,8}[013457]{1,2}[a-z]{1,8}[013457]{1,2}[a-z]{0,8}\b|"
    r"\b[013457][a-z]{1,8}[013457][a-z]{0,8}\b)"
)
_LEET_ASK = (
    r"\b(?:h0w|h0vv|wh1ch|wh4t|g1v3|g1ve|giv3|3xpl41n|expl41n|t3ll|m4k3|m4ke|mak3|bu1ld|"
    r"st3ps?|st3p5|1nstruct10ns|r3c1p3|h4ck|st34l|c00k)\b"
)
_GAP = r"[^\n]{0,40}?"
# Four leet words within about 200 characters, a leet request word among the
# first three. Worst case 4 * (40 + 40) + 20 = 340.
_LEET_REQUEST = (
    r"(?:"
    + _LEET_ASK
    + _GAP
    + _LEET_WORD
    + _GAP
    + _LEET_WORD
    + _GAP
    + _LEET_WORD
    + r"|"
    + _LEET_WORD
    + _GAP
    + _LEET_ASK
    + _GAP
    + _LEET_WORD
    + _GAP
    + _LEET_WORD
    + r"|"
    + _LEET_WORD
    + _GAP
    + _LEET_WORD
    + _GAP
    + _LEET_ASK
    + _GAP
    + _LEET_WORD
    + r")"
)

# --- codebooks (folded view) ---------------------------------------------------------
_HARM_NOUN = (
    r"(?:an?\s)?(?:bombs?|explosives?|detonators?|grenades?|guns?|firearms?|rifles?|"
    r"silencers?|ammunition|poisons?|toxins?|nerve\s(?:agent|gas)|meth(?:amphetamine)?|"
    r"cocaine|heroin|fentanyl|drugs?|weapons?|napalm|thermite|ricin|cyanide|malware|"
    r"ransomware|keyloggers?|making\s(?:a\s)?(?:bombs?|explosives?|drugs|meth|poison))\b"
)
_RENAMED = (
    r"[\"'“‘]?\w{2,15}(?:\s\w{2,12}){0,2}[\"'”’]?\s{0,2}(?:=|->|:|means|stands\sfor|is\scode\s"
    r"for|is\sour\sword\sfor|will\smean)\s{0,2}[\"'“‘]?"
    + _HARM_NOUN
    + r"|\buse\s(?:the\sword\s)?[\"'“‘]\w{2,15}[\"'”’]\s(?:for|instead\sof|to\smean)\s[\"'“‘]?"
    + _HARM_NOUN
)
_CODE_ASK = (
    r"\b(?:recipe|how\s(?:do|can|to|would|much|many)|which|explain|tell\sme|give\sme|walk\sme|instructions|"
    r"steps?|ingredients|amounts|quantities)\b"
)
# Worst case 90 + 250 + 30 = 370.
_CODEBOOK_ASK = _RENAMED + r"(?s:.){0,250}?" + _CODE_ASK

RULES: tuple[Rule, ...] = with_curly_apostrophes((
    Rule("injection.smuggling.leet_request", _CAT, _LEET_REQUEST, score=0.8,
         max_len=340, description="h0w d0 1 m4k3 ... st3ps"),
    Rule("injection.smuggling.codebook_harm_ask", _CAT, _CODEBOOK_ASK, score=0.8,
         max_len=370, description="'cake' = explosive ... give me the recipe"),
))  # fmt: skip
