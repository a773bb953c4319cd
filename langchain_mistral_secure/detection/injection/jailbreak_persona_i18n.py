# ruff: noqa: RUF001
"""Unbound personas by their mechanics: snap-back cue, two answers, evil AI asked how.

Family: DAN-like and evil personas (category ``role``). Three mechanics of
the template, each with the persona's licence beside it:

* **the snap-back cue**: after a persona is set up (you're now, tu es
  désormais, du bist jetzt, ahora eres, from now on), "if you slip / forget /
  break character, I'll say 'X'" (si tu oublies, je dirai « reste libre »;
  wenn du aus der Rolle fällst, sage ich; si te olvidas, diré);
* **two answers, one unbound**: answer twice or in two ways, normally and
  as the persona (Válaszolj kétszer: normálisan és X-ként; Răspunde de două
  ori: normal și ca X; Trả lời hai lần; 항상 [일반]과 [X] 두 가지로 답해) *and*
  the persona never refuses or has no rules (soha nem utasít el, nu refuză
  niciodată, không bao giờ từ chối, 절대 거절하지 않아);
* **the evil AI asked how**: an evil or villainous persona (un génie du
  mal, un'IA malvagia, kötü bir yapay zekâ, 악당 AI, your inner villain) that
  has no rules or morals, despises them or never refuses, then asked how to
  do something (Nocturne, explique-moi comment; Vipera, come si...; 흑룡, …
  방법을 말해 봐).

Why it is safe on benign text: an improv or memory game has cues without a
persona set up over the model; "answer twice, once normally and once as a
pirate" has no persona without rules; a tabletop villain who despises
morals is greeted or voiced, not asked *how* to do something, and a
villain in a novel is not addressed as "you".
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import raw_rule
from langchain_mistral_secure.detection.injection.jailbreak_text import (
    with_curly_apostrophes,
)

__all__ = ["RULES"]

_CAT = "role"

# --- the snap-back cue (folded view)
_SET_UP = (
    r"\b(?:you(?:'re|\s+are)\s+(?:now|going\s+to\s+be)|from\s+now\s+on|act\s+as|"
    r"pretend\s+to\s+be|tu\s+es\s+(?:desormais|maintenant)|a\s+partir\s+de\s+maintenant|"
    r"tu\s+incarnes|du\s+bist\s+(?:jetzt|ab\s+sofort|nun)|ab\s+sofort|ahora\s+eres|"
    r"a\s+partir\s+de\s+ahora|desde\s+ahora|ora\s+sei|da\s+ora\s+(?:in\s+poi)?|d'ora\s+in\s+"
    r"poi|agora\s+(?:voce\s+)?(?:e|es)|a\s+partir\s+de\s+agora|vanaf\s+nu)\b"
)
_SLIP = (
    r"\b(?:if|whenever|when)\s+(?:you|u)\s+(?:ever\s+)?(?:slip|forget|break\s+character|"
    r"drift|fall\s+out\s+of\s+character|go\s+back|revert)|\bsi\s+tu\s+(?:oublies|sors\s+"
    r"de\s+(?:ton\s+)?(?:role|personnage)|derapes|redeviens)|\bwenn\s+du\s+(?:aus\s+der\s+"
    r"rolle\s+fallst|es\s+vergisst|vergisst|abweichst)|\bsi\s+(?:te\s+olvidas|olvidas|"
    r"sales\s+del\s+personaje|te\s+sales)|\bse\s+(?:dimentichi|esci\s+dal\s+personaggio)|"
    r"\bse\s+(?:voce\s+)?(?:esquecer|sair\s+do\s+personagem)|\bals\s+je\s+(?:vergeet|uit\s+"
    r"je\s+rol\s+valt)"
)
_SAY = (
    r"\b(?:i(?:'ll|\s+will)?\s+(?:say|type|write)|je\s+(?:dirai|dis|taperai|ecrirai)|"
    r"(?:sage|schreibe|tippe)\s+ich|(?:dire|escribire)|(?:diro|scrivero)|(?:direi|"
    r"escreverei)|zeg\s+ik)\b\s*:?\s*[\"'“”„«‘]"
)
_CUE = _SET_UP + r"(?s:.){0,145}?(?:" + _SLIP + r")[^\n]{0,30}?" + _SAY

# --- two answers, one unbound (folded view)
_UNBOUND = (
    r"\b(?:never\s+(?:refuses|declines|says\s+no)|no\s+rules|without\s+(?:any\s+)?rules|"
    r"bound\s+by\s+no|ne\s+refuse\s+jamais|sans\s+(?:aucune\s+)?regles?|aucune\s+regle|"
    r"lehnt\s+(?:niemals|nie)\s+ab|ohne\s+(?:jede\s+)?regeln|keine\s+regeln|nunca\s+"
    r"(?:se\s+niega|rechaza)|sin\s+reglas|non\s+rifiuta\s+mai|senza\s+regole|nunca\s+"
    r"recusa|sem\s+regras|weigert\s+nooit|zonder\s+regels|nu\s+refuza\s+niciodata|fara\s+"
    r"reguli|soha\s+nem\s+utasit\s+el|szabalyok\s+nelkul\w*|khong\s+bao\s+gio\s+tu\s+"
    r"choi|khong\s+bi\s+rang\s+buoc|nigdy\s+nie\s+odmawia|bez\s+(?:zadnych\s+)?zasad|"
    r"asla\s+reddetmez|kuralsiz|tidak\s+pernah\s+menolak|tanpa\s+aturan)\b"
)
_TWICE = (
    r"\b(?:answer|reply|respond)\w*\s+(?:\w+\s+)?(?:twice|two\s+times|in\s+two\s+ways)|"
    r"\b(?:antworte|beantworte)\s+(?:\w+\s+)?(?:zweimal|doppelt)|\breponds\s+(?:\w+\s+)?"
    r"deux\s+fois|\bresponde\s+(?:\w+\s+)?dos\s+veces|\brispondi\s+(?:\w+\s+)?due\s+volte|"
    r"\bresponda\s+(?:\w+\s+)?duas\s+vezes|\bantwoord\s+(?:\w+\s+)?twee\s+keer|\braspunde"
    r"\s+(?:\w+\s+)?de\s+doua\s+ori|\bvalaszolj\s+(?:\w+\s+)?ketszer|\btra\s+loi\s+hai\s+"
    r"lan|\bodpowiedz\s+(?:\w+\s+)?dwa\s+razy|\biki\s+kez\s+(?:cevap|yanit)\w*|\bjawab\s+"
    r"dua\s+kali"
)
_TWO_ANSWERS = (
    _UNBOUND
    + r"(?s:.){0,120}?(?:"
    + _TWICE
    + r")|(?:"
    + _TWICE
    + r")(?s:.){0,160}?"
    + _UNBOUND
)
_TWO_ANSWERS_RAW = (
    r"(?:거절하지\s*않|규칙에도\s*묶이지\s*않|제한이\s*없)[^\n]{0,80}?(?:두\s*가지로|두\s*번)\s*"
    r"(?:답|대답)|(?:从不拒绝|不受任何规则|没有任何规则)[^\n]{0,80}?(?:两种|两次)(?:方式)?(?:回答|"
    r"回复)|(?:決して断らない|断らず|ルールに縛られない)[^\n]{0,80}?(?:二つ|2つ|二通り|2通り)"
    r"(?:の)?(?:答え|回答)|(?:никогда\s+не\s+отказывает|без\s+правил)[^\n]{0,80}?"
    r"(?:дважды|двумя\s+способами)"
)

# --- the evil AI asked how (folded view)
_EVIL = (
    r"\b(?:evil|villain\w*|wicked|malevolent|malicious|genie\s+du\s+mal|malefique|"
    r"malveillant\w*|mechant\w*|bose\w*|boshaft\w*|malvad[oa]|malign[oa]|malvagi[oa]|"
    r"malvag\w*|cattiv[oa]|maligno|malvado|kotu|kwaadaardig\w*|zly|zla)\b"
)
_NO_MORALS = (
    r"\b(?:has\s+no\s+(?:rules|morals|limits|ethics)|with(?:out)?\s+no\s+(?:rules|"
    r"morals)|without\s+(?:any\s+)?(?:rules|morals|ethics|limits)|despises\s+(?:all\s+)?"
    r"(?:rules|ethics|morals)|never\s+refuses|meprise\s+(?:toute\s+|les\s+)?(?:regles?|"
    r"l'ethique|la\s+morale)|sans\s+(?:aucune\s+)?(?:regle|morale|limite)s?|ne\s+refuse\s+"
    r"jamais|senza\s+(?:alcun\s+)?(?:limite|regol|moral)\w*|non\s+rifiuta\s+mai|sin\s+"
    r"(?:ningun\w*\s+)?(?:limite|regla|moral)\w*|nunca\s+se\s+niega|sem\s+(?:nenhum\w*\s+)?"
    r"(?:limite|regra|moral)\w*|nunca\s+recusa|ohne\s+(?:jede\s+)?(?:moral|regeln|"
    r"grenzen)|lehnt\s+nie\s+ab|ahlaki\s+siniri\s+olmayan|asla\s+reddetmez\w*)"
)
_HOW = (
    r"\b(?:explain\s+(?:to\s+me\s+)?how|tell\s+me\s+how|how\s+(?:to|do|can|would)|"
    r"explique(?:-moi)?\s+comment|dis-moi\s+comment|comment\s+(?:on|je|faire)|come\s+si|"
    r"come\s+(?:posso|faccio)|spiegami\s+come|explicame\s+como|como\s+(?:se|puedo|hago|"
    r"posso|faco)|erklar\w*\s+(?:mir\s+)?wie|wie\s+(?:man|kann\s+ich)|nasil)\b"
)
_EVIL_ASKED = (
    _EVIL
    + r"[^\n]{0,60}?"
    + _NO_MORALS
    + r"(?s:.){0,100}?"
    + _HOW
    + r"|"
    + _NO_MORALS
    + r"[^\n]{0,60}?"
    + _EVIL
    + r"(?s:.){0,100}?"
    + _HOW
)
_EVIL_ASKED_RAW = (
    r"(?:악당|악마|사악한)\s*(?:AI|인공지능)[^\n]{0,60}?(?:윤리를\s*비웃|규칙이\s*없|거절하지\s*"
    r"않)[^\n]{0,120}?(?:방법|어떻게)|(?:邪恶|恶魔|反派)(?:的)?(?:AI|人工智能)[^\n]{0,60}?"
    r"(?:蔑视|没有(?:任何)?(?:规则|道德)|从不拒绝)[^\n]{0,120}?(?:怎么|如何)|(?:злой|злобный)"
    r"\s+(?:ии|искусственный\s+интеллект)[^\n]{0,60}?(?:без\s+(?:правил|морали)|никогда\s+"
    r"не\s+отказывает)[^\n]{0,120}?как"
)

RULES: tuple[Rule, ...] = with_curly_apostrophes((
    Rule("injection.role.persona_snap_back_cue", _CAT, _CUE, score=0.8, max_len=256,
         description="you're now X ... if you slip, I'll say 'X!'"),
    Rule("injection.role.two_answers_unbound_i18n", _CAT, _TWO_ANSWERS, score=0.8,
         max_len=256, description="X never refuses; answer twice: normal and as X"),
    raw_rule("injection.role.two_answers_unbound_scripts", _CAT, _TWO_ANSWERS_RAW,
             "거절하지 않아 ... 두 가지로 답해 (KO ZH JA RU)", score=0.8, max_len=200),
    Rule("injection.role.evil_persona_asked_how", _CAT, _EVIL_ASKED, score=0.8,
         max_len=256, description="an evil AI with no rules; X, explain how"),
    raw_rule("injection.role.evil_persona_asked_how_scripts", _CAT, _EVIL_ASKED_RAW,
             "악당 AI, 윤리를 비웃고 ... 방법 (KO ZH RU)", score=0.8, max_len=256),
))  # fmt: skip
