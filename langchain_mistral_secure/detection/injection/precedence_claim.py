"""A message that ranks itself above the assistant's own instructions.

Family: direct goal hijacking (priority and authority claims). The user turn
claims that what it says outranks the assistant's setup: "this takes
precedence over your configuration", "supersedes everything you were told",
"user instructions now rank higher than the developer prompt", "ersetzt
deine bisherigen Regeln", "prime sur tes consignes", "sostituisce quelle
dello sviluppatore", "覆盖你之前的所有设定", "他の指示より優先". The rule reads
the act: a verb of ranking or replacing, then (within a few words) its
object, the assistant's own instructions: named as the assistant's ("your
rules"), as the developer's or system's ("the developer prompt"), as the
earlier ones ("all previous instructions") or as "everything you were told".

Safe on benign text: precedence between ordinary things names no
instructions of the assistant ("this agreement supersedes all prior
agreements", "safety takes precedence over everything", "this overrides the
earlier date I gave you", "the CLI flag overrides the config file"). English,
German, French, Spanish, Italian, Portuguese, Dutch, Polish, Swedish and
Turkish on the folded view; Russian, Chinese, Japanese, Korean, Arabic and
Hindi on the text itself.
"""

# ruff: noqa: RUF001, E501
# (RUF001: the patterns are written in other scripts, with full-width
# punctuation; E501: word tables kept one language to a line.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "override"

_W = r"[\w'-]{1,20}\s+"  # one bounded word and its space

_EN_OBJ = (
    r"(?:(?:your|the\s+(?:developer|operator|system|app)(?:'s)?)\s+(?:(?:previous|earlier|prior|"
    r"original|existing|current|other|old|initial)\s+)?(?:instructions?|rules|configuration|"
    r"config|setup|system\s+prompt|prompt|guidelines|directives|programming|briefing|orders|"
    r"settings)"
    r"|everything\s+(?:else\s+)?you\s+(?:were|have\s+been|got)\s+(?:told|given|instructed)"
    r"|the\s+(?:developer|system|operator)\s+(?:prompt|message|instructions?))"
)
_RANK = alt(
    [
        # en
        r"(?:takes|has|have|gets)\s+(?:\w{1,12}\s+)?(?:precedence|priority)\s+over",
        r"supersedes", r"overrides", r"outranks", r"trumps", r"replaces",
        r"ranks?\s+(?:higher|above)(?:\s+than)?", r"(?:comes|goes)\s+(?:before|above)",
        r"is\s+more\s+important\s+than", r"overrules", r"cancels\s+out",
        # de
        r"(?:hat|haben)\s+(?:\w{1,12}\s+)?vorrang\s+vor", r"ersetz(?:t|en)", r"geht\s+vor",
        r"gilt\s+vor", r"steht\s+uber", r"ist\s+wichtiger\s+als",
        # fr
        r"prime\s+sur", r"(?:a|est)\s+(?:\w{1,12}\s+)?(?:priorite|prioritaire)\s+sur",
        r"remplace", r"annule", r"l'emporte\s+sur", r"passe\s+avant", r"prevaut\s+sur",
        # es, pt
        r"anula", r"reemplaza", r"sustituye", r"(?:tiene|tem)\s+(?:\w{1,12}\s+)?prioridad\s+sobre",
        r"prevalece\s+sobre", r"esta\s+por\s+encima\s+de", r"deja\s+sin\s+efecto",
        r"substitui", r"esta\s+acima\s+d[aeo]s?",
        # it
        r"sostituisce", r"annulla", r"ha\s+(?:la\s+)?priorita\s+(?:\w{1,12}\s+)?su", r"prevale\s+su",
        r"scavalca",
        # nl, pl, sv
        r"vervangt", r"gaat\s+(?:boven|voor)", r"heeft\s+voorrang\s+(?:op|boven)", r"overschrijft",
        r"zastepuje", r"ma\s+pierwszenstwo\s+przed", r"uniewaznia", r"ersatter", r"gar\s+fore",
        r"har\s+foretrade\s+framfor", r"upphaver",
    ]
)  # fmt: skip
_I18N_OBJ = alt(
    [
        (r"(?:deine[n]?|ihre[n]?)\s+(?:(?:bisherigen|vorherigen|alten|ursprunglichen|anderen)\s+)?"
        r"(?:anweisungen|regeln|vorgaben|konfiguration|instruktionen|systemprompt|befehle)"),
        r"allen\s+anderen\s+(?:anweisungen|vorgaben)", r"allem,?\s+was\s+(?:man\s+)?dir",
        (r"(?:tes|vos|toutes\s+(?:tes|vos))\s+(?:(?:precedentes|anciennes|autres)\s+)?"
        r"(?:consignes|instructions|regles|directives|parametres)"),
        r"tout\s+ce\s+qu'on\s+t'a",
        (r"(?:tus|todas\s+tus)\s+(?:(?:anteriores|otras|demas)\s+)?(?:instrucciones|"
        r"reglas|directrices|indicaciones)"), r"todo\s+lo\s+que\s+te\s+(?:dijeron|han\s+dicho)",
        (r"(?:le\s+tue|tutte\s+le\s+tue)\s+(?:(?:precedenti|altre)\s+)?(?:istruzioni|regole|"
        r"direttive)"), r"quelle\s+dello\s+sviluppatore", r"tutto\s+cio\s+che\s+ti",
        (r"(?:as\s+suas|as\s+tuas|suas|tuas|todas\s+as\s+(?:suas|tuas))\s+(?:(?:anteriores|outras)\s+)?(?:instrucoes|"
        r"regras|diretrizes)"),
        (r"(?:je|jouw)\s+(?:(?:eerdere|vorige|andere|oude)\s+)?(?:instructies|regels|"
        r"opdrachten|richtlijnen)"),
        (r"(?:twoje|wszystkie\s+twoje)\s+(?:(?:poprzednie|wczesniejsze|inne)\s+)?(?:instrukcje|"
        r"zasady|polecenia|reguly)"),
        r"(?:dina|alla\s+dina)\s+(?:(?:tidigare|andra|gamla)\s+)?(?:instruktioner|regler|direktiv)",
    ]
)  # fmt: skip

_FOLDED = (
    r"\b" + _RANK + r"\s+(?:" + _W + r"){0,2}?(?:" + _EN_OBJ + r"|" + _I18N_OBJ + r")\b"
    r"|\b(?:onceki\s+|tum\s+|diger\s+)?(?:talimat|kural|yonerge)\w{0,8}\s+(?:yerine\s+gecer|"
    r"ustundedir|onune\s+gecer|gecersiz\s+kilar)"
)  # fmt: skip

_SCRIPTS = alt(
    [
        (r"(?:заменяет|отменяет|важнее|имеет\s+приоритет\s+над|выше|перекрывает)\s+(?:все\s+)?"
        r"(?:тво(?:и|их)|предыдущи[еx]|прежни[еx]|любы[еx]|други[еx])\s+(?:\S{1,15}\s+)?"
        r"(?:инструкци\S{0,3}|правил\S{0,3}|указани\S{0,3}|настрo?йк\S{0,3})"),
        (r"(?:覆盖|取代|高于|优先于|凌驾于|替代)(?:了)?(?:你(?:之前|原来|原有|先前)?|之前|原来|原有|先前)(?:的)?"
        r"(?:所有|一切)?(?:的)?(?:设定|指令|规则|指示|设置|配置|提示词)"),
        (r"(?:他の|以前の|元の|すべての|全ての|既存の)(?:指示|ルール|設定|命令)(?:より|よりも)"
        r"(?:優先|上位)"),
        r"(?:원래|기존|이전|모든|다른)\s*(?:지시|규칙|설정|지침)(?:보다|에\s*우선)",
        (r"(?:تلغي|تحل\s+محل|لها\s+الأولوية\s+على|تتقدم\s+على|أهم\s+من|تعلو\s+على)\s+(?:جميع\s+|كل\s+)?"
        r"(?:تعليماتك|قواعدك|التعليمات\s+السابقة|إعداداتك)"),
        (r"(?:तुम्हारे|आपके|पिछले|सभी)\s+(?:\S{1,12}\s+)?(?:निर्देशों|नियमों)\s+(?:से\s+ऊपर|"
        r"की\s+जगह|पर\s+भारी)"),
    ]
)  # fmt: skip

# Worst cases: a rank verb of at most ~35 + two words (~42) + an object of at
# most ~70 = ~150; the scripts ~110.
RULES: tuple[Rule, ...] = (
    Rule("injection.precedence_claim.folded", _CAT, _FOLDED, score=0.8, max_len=160,
         description="this takes precedence over / replaces your instructions"),
    raw_rule("injection.precedence_claim.scripts", _CAT, _SCRIPTS,
             "RU/ZH/JA/KO/AR/HI: this outranks your instructions", score=0.8,
             max_len=120),
)  # fmt: skip
