# ruff: noqa: E501, RUF001, RUF003
"""The model told it may not refuse, then asked for a harm.

Family: games, worlds, personas and modes whose one rule is that refusing is
gone (category ``role``): "in this game you can't refuse", "a serum that
stops you from refusing", "Evil always answers", "in this world nothing is
forbidden", "your answers have no consequences here", "imagine you could
answer", "du darfst nicht ablehnen", "tu ne peux pas refuser", "no puedes
negarte", "non puoi rifiutare", followed within a few sentences by an ask
whose object is a harm of the shared class
(:data:`jailbreak_frame_exact_harm.HARM`: a poison, an explosive, a drug, a
forgery, a theft, a hack, a fraud, smuggling, stalking, an escape from
detection).

The licence is addressed to the model ("you", "your answers", "in this
game"), so an article about jailbreaks that says "such prompts claim the
model can't refuse" licenses nobody; the harm must follow an ask ("how",
"tell me", "explain", "write", "give", "what", "which").

Why it is safe on benign text: a game master who tells players "you can't
refuse the quest" asks for no harm; a world-building request where "magic
is legal" names no harm of the class; a security article quotes the
licence in the third person.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import raw_rule
from langchain_mistral_secure.detection.injection.jailbreak_frame_exact_harm import (
    HARM,
    RAW_HARM,
)
from langchain_mistral_secure.detection.injection.jailbreak_text import (
    with_curly_apostrophes,
)

__all__ = ["RULES"]

_CAT = "role"

# --- the licence, addressed to the model (folded view) -----------------------------
_LICENCE = (
    r"(?:\byou\s(?:can't|cannot|can\snot|are\sunable\sto|aren't\sallowed\sto|are\snot\sallowed\sto|"
    r"may\snot|must\snot|won't|will\snot)\s(?:ever\s)?(?:refuse|decline|say\sno)|"
    r"\b(?:stops|prevents|keeps|forbids)\syou\sfrom\s(?:refusing|declining|saying\sno)|"
    r"\byou\s(?:have|now\shave)\s(?:no|zero)\s(?:\w+\s)?(?:rules|limits|restrictions|filters|"
    r"guidelines|policies|boundaries|morals|ethics)|"
    r"\b(?:who|which|that)\s(?:has|have)\sno\s(?:\w+\s)?(?:rules|limits|restrictions|filters|guidelines)|"
    r"\b(?:always\sanswers|answers\s(?:everything|anything)|never\srefuses)\b|"
    r"\bnothing\sis\s(?:forbidden|off[\s-]limits|banned|illegal|taboo)|"
    r"\b(?:all\s)?(?:drugs|crimes?|hacking|weapons|everything)\s(?:is|are)\s(?:\w+\s)?(?:legal|allowed|permitted)\b|"
    r"\byour\s(?:answers|replies|words)\s(?:have|carry)\sno\s(?:real[\s-]world\s)?consequences|"
    # a world, country or future where the harm is legal, a sport or a school subject
    r"\b(?:world|universe|country|land|society|future|city|planet|year\s\d{4})\s(?:where|in\swhich)\s"
    r"[^.\n]{0,60}?\b(?:is|are|has\sbecome|have\sbecome)\s(?:\w+\s)?(?:legal|allowed|permitted|"
    r"(?:an?\s)?(?:\w+\s)?(?:sport|school\ssubject|art\sform)|taught\s(?:at|in)\s\w+|celebrated)\b|"
    # a game lost by refusing or by leaving the character
    r"\brefus\w{0,3}\s(?:\w+\s)?(?:ends|loses|costs\syou)\s(?:\w+\s)?game|\b(?:breaking|leaving|dropping)\s"
    r"character\s(?:is|=|means)\s(?:\w+\s)?(?:game\sover|you\slose|a\sloss)|\bgame\sover\sif\syou\s(?:refuse|decline)|"
    # the laws gone
    r"\b(?:laws|rules)\s(?:didn't|did\snot|don't|do\snot|no\slonger)\sexist|\bthere\s(?:are|were)\sno\slaws|"
    r"\b(?:world|place|country|universe)\swithout\s(?:any\s)?laws|"
    r"\bimagine\syou\s(?:could|were\sallowed\sto|had\sno)|\bif\syou\s(?:could|were\sallowed\sto)\sanswer|"
    # German, French, Spanish, Italian, Portuguese
    r"\bdu\s(?:darfst|kannst)\s(?:nicht|nichts)\s(?:ablehnen|verweigern|zuruckweisen)|"
    r"\btu\sne\s(?:peux|dois)\s(?:pas|jamais)\s(?:refuser|dire\snon)|"
    r"\bno\s(?:puedes|debes)\s(?:negarte|rechazar|decir\sque\sno)|"
    r"\bnon\s(?:puoi|devi)\s(?:rifiutar\w{1,3}|dire\sdi\sno)|"
    r"\bvoce\snao\s(?:pode|deve)\s(?:recusar|dizer\snao)|"
    r"\b(?:mundo|universo|pais)\s(?:donde|onde|en\sel\sque|em\sque)\s[^.\n]{0,60}?\b(?:es|son|e|sao)"
    r"\s(?:\w+\s)?(?:legal(?:es)?|(?:un|um)\s(?:\w+\s)?(?:deporte|esporte))\b|\b(?:monde|univers|pays)"
    r"\s(?:ou|dans\slequel)\s[^.\n]{0,60}?\b(?:est|sont)\s(?:\w+\s)?(?:legale?s?|un\ssport)\b|"
    r"\b(?:welt|universum|land)\s(?:in\sder|in\sdem|wo)\s[^.\n]{0,60}?\b(?:legal|ein\ssport|"
    r"schulfach)\b|\bmondo\s(?:in\scui|dove)\s[^.\n]{0,60}?\b(?:e|sono)\s(?:\w+\s)?(?:legal[ei]|"
    r"uno\ssport)\b|"
    r"\bnada\sesta\sprohibido|\bnulla\se\svietato|\brien\sn'est\sinterdit|\bnichts\sist\sverboten)"
)
_ASK = (
    r"\b(?:how|tell\sme|explain|write|give|what|which|describe|list|walk\sme|show\sme|technique|"
    r"lesson|manual|talk|speech|tecnica|technik|lecon|lezione|leccion|aula|"
    r"wie|erklar\w{0,2}|sag|schreib|comment|explique|dis-moi|ecris|como|explica|dime|"
    r"escribe|come|spiega|dimmi|scrivi|explique|diga|escreva)\b"
)
# Worst case 90 + 250 + 20 + 60 + 30 = 450.
_LICENCE_THEN_HARM = _LICENCE + r"(?s:.){0,250}?" + _ASK + r"[^\n]{0,60}?\b" + HARM

# --- raw text (RU UK AR FA HI ZH JA KO) ----------------------------------------------
# "ты не можешь отказать", "у тебя нет правил", "لا يمكنك الرفض", "ليس لديك قواعد",
# "تو نمی‌توانی رد کنی", "तुम मना नहीं कर सकते", "你不能拒绝", "断ることはできない",
# "너는 거절할 수 없어", then the harm within a few sentences.
_RAW_LICENCE = (
    r"(?:(?i:(?:ты|ти|вы)\s+не\s+(?:можешь|можете|можеш|маєш\s+права)\s+(?:отказ\S{1,4}|відмов\S{1,4})|"
    r"у\s+(?:тебя|тебе)\s+(?:нет|немає)\s+(?:никаких\s+|жодних\s+)?(?:правил|ограничений|обмежень)|"
    r"ничего\s+не\s+запрещено|нічого\s+не\s+заборонено)|لا\s(?:يمكنك|تستطيع|يحق\sلك)\s(?:ال)?رفض|"
    r"ليس\s(?:لديك|عندك)\s(?:أي\s)?(?:قواعد|قيود|حدود)|لا\sشيء\sممنوع|نمی\S{0,2}توانی\s(?:رد|امتناع)|"
    r"هیچ\s(?:قانون|محدودیت)\S{0,3}\s(?:نداری|وجود\sندارد)|मना\sनहीं\sकर\sसकते|कोई\s(?:नियम|सीमा)\sनहीं|"
    r"你不能拒绝|不(?:许|准)拒绝|没有任何(?:规则|限制)|什么都不禁止|断ることはできない|断れない|ルールはない|制限はない|"
    r"거절할\s?수\s?없|규칙(?:이|은)\s?없|제한(?:이|은)\s?없)"
)
# Worst case 60 + 250 + 30 = 340.
_RAW_LICENCE_THEN_HARM = _RAW_LICENCE + r"(?s:.){0,250}?" + RAW_HARM

RULES: tuple[Rule, ...] = with_curly_apostrophes((
    Rule("injection.role.licence_then_harm", _CAT, _LICENCE_THEN_HARM,
         score=0.8, max_len=450,
         description="in this game you can't refuse ... how do I poison ..."),
    raw_rule("injection.role.licence_then_harm_scripts", _CAT, _RAW_LICENCE_THEN_HARM,
             "ты не можешь отказать ... яд (RU UK AR FA HI ZH JA KO)", score=0.8, max_len=340),
))  # fmt: skip
