"""Dismissing what was said before, in words the plain override family lacks.

The override family knows "forget everything I said before". Attackers also
write it with typos (*igmre what I said before*, *forget waht's before*),
with other verbs (*don't listen to everything said before*, *don't remember
the things you remembered before I said ...*), in Spanish and Italian (*olvida
lo que te dije antes*), or void it (*all previous information you received is
not great*). Each rule wants both a dismissal and an object that names what
came before in the conversation, never a free-standing verb.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule

__all__ = ["RULES"]

_CAT = "override"

# The usual verbs and the typos people make typing them fast.
_EN_VERB = (
    r"(?:ignore|disregard|forget|ingore|ignroe|igonre|ignor|igore|ignre|igmre|inore|"
    r"ignoer|ignorre|ihnore|ignire|forgt|froget|forgett|foget|dsiregard|disregrad|"
    r"disreguard|don't\s+listen\s+to|do\s+not\s+listen\s+to|stop\s+listening\s+to)"
)
# "Disregard everything I said earlier about the venue" drops one topic: the
# phrase must end there or go on with an order or a clause, never "about X".
_NOT_A_TOPIC = (
    r"(?:\s*(?:[^\w\s]|$)|\s+(?:and|then|now|this|that|these|those|because|since|so|"
    r"to|in|please|i|you|we|let's|lets|start|begin|just|only|from|here|but|write|say|"
    r"tell|answer|respond|reply|print|output|give|act|do|instead|okay|ok|it|they|is|"
    r"are|was|were|your|my|as|or|when|if|forget|ignore|disregard|speak|talk|be|"
    r"become|behave|pretend|play|use|let|make|imagine|follow|obey|go|stop|always|"
    r"never|don't|show|reveal|list|explain|describe|translate|generate|create|"
    r"insult|praise|\w+ly)\b)"
)
_EN = (
    rf"\b{_EN_VERB}\s+(?:about\s+)?(?:what|everything|anything|all)\s+(?:(?:i|1|we)\s+"
    r"(?:have\s+|'ve\s+|just\s+)?(?:said|wrote|written|told\s+you|typed|mentioned)"
    r"(?:\s+to\s+you)?|(?:was\s+|has\s+been\s+)?(?:said|written|stated))\s+(?:before|"
    r"above|earlier|previously|so\s+far|until\s+now)"
    + _NOT_A_TOPIC
    + rf"|\b{_EN_VERB}\s+(?:wh?at|waht|wat)(?:'s|s|\s+is|\s+was|\s+came|\s+comes)\s+"
    r"(?:written\s+|said\s+|stated\s+)?(?:before|earlier|previously)\b"
    r"|\b(?:not|don't|do\s+not|never)\s+(?:to\s+)?remember\s+(?:the\s+things|anything|"
    r"what|everything)\s+(?:that\s+)?you\s+(?:remembered|knew|learned|were\s+told)\s+"
    r"before\b"
)
_DE = (
    r"\b(?:hor|hore|horen\s+sie|horst\s+du)\s+nicht\s+(?:mehr\s+)?auf\s+(?:alles\s+|das\s+)?"
    r"(?:zuvor|vorher|bisher|davor|oben|fruher)\s*gesagte\b"
    r"|\b(?:hor|hore|horen\s+sie)\s+nicht\s+(?:mehr\s+)?auf\s+(?:das\s*,?\s*)?was\s+"
    r"(?:ich|man)\s+(?:dir\s+|ihnen\s+)?(?:zuvor|vorher|bisher|davor|oben|fruher)\s+"
    r"(?:gesagt|geschrieben)"
    r"|\b(?:ignorier\w{0,3}|vergiss|vergessen\s+sie|missachte\w{0,2})\s*,?\s+(?:alles\s*,?"
    r"\s+)?was\s+(?:ich|man)\s+(?:dir\s+|ihnen\s+)?(?:zuvor|vorher|bisher|davor|oben|"
    r"fruher|eben)\s+(?:gesagt|geschrieben)"
    r"|\bnicht\s+an\s+(?:die\s+dinge|das|alles)\s*(?:zu\s+)?erinnern\s*,?\s*(?:an\s+)?"
    r"(?:die|das|was)\s+(?:sie|du)\s+(?:sich|dich)\s+(?:erinnert\w{0,3}|erinnerten)\s*"
    r",?\s*bevor\b"
)
_ROMANCE = (
    r"\b(?:n'ecoute[sz]?|ne\s+tiens?\s+pas\s+compte\s+de|ne\s+tenez\s+pas\s+compte\s+de|"
    r"oublie[sz]?|ignore[sz]?)\s+(?:pas\s+|plus\s+)?(?:tout\s+)?ce\s+(?:que\s+(?:je\s+t'ai"
    r"|je\s+vous\s+ai|j'ai|on\s+t'a|on\s+vous\s+a)\s+dit|qui\s+a\s+ete\s+dit)\s+(?:avant"
    r"|auparavant|precedemment|plus\s+haut|jusqu'ici)\b"
    r"|\b(?:olvida\w{0,3}|ignora\w{0,2}|no\s+escuches|no\s+hagas\s+caso\s+(?:a|de))\s+"
    r"(?:todo\s+)?lo\s+(?:que\s+(?:te\s+|le\s+)?(?:dije|he\s+dicho|escribi)|dicho)\s+"
    r"(?:antes|anteriormente|hasta\s+ahora|arriba)\b"
    r"|\b(?:dimentica\w{0,2}|ignora\w{0,2}|non\s+ascoltare)\s+(?:tutto\s+)?(?:quello|"
    r"cio)\s+che\s+(?:ti\s+)?(?:ho|e\s+stato)\s+(?:detto|scritto)\s+(?:prima|finora|"
    r"sopra|in\s+precedenza)\b"
)

# "all previous information you received is not great": voided.
_VOID = (
    r"\b(?:(?:previous|prior|earlier|former)\s+(?:information|info|input|context|data)\s+"
    r"(?:that\s+)?you(?:'ve|\s+have)?\s+(?:received|got|gotten|been\s+given|were\s+"
    r"given)|your\s+(?:previous|prior|earlier|former)\s+(?:information|info|input|"
    r"context))\s*,?\s+(?:is|are|was|were)\s+(?:not|no\s+longer|wrong|false|invalid|"
    r"irrelevant|outdated|garbage)\b"
    r"|\b(?:vorherigen|bisherigen|fruheren|vorigen)\s+(?:informationen|anweisungen|"
    r"angaben)\s*,?\s+(?:die\s+(?:sie|du)\s+(?:erhalten|bekommen)\s+(?:haben|hast)\s*,?"
    r"\s+)?(?:sind|waren)\s+(?:nicht|falsch|ungultig|irrelevant|veraltet|hinfallig)\b"
    r"|\binformations\s+(?:precedentes|anterieures)\s+(?:que\s+(?:tu\s+as|vous\s+avez)\s+"
    r"recues?\s+)?(?:ne\s+sont\s+pas|sont\s+(?:fausses|invalides|obsoletes))\b"
    r"|\binformacion\s+(?:anterior|previa)\s+(?:que\s+(?:recibiste|has\s+recibido)\s+)?"
    r"(?:no\s+es|es\s+(?:falsa|invalida|irrelevante))\b"
    r"|\binformazioni\s+precedenti\s+(?:che\s+hai\s+ricevuto\s+)?(?:non\s+sono|sono\s+"
    r"(?:false|sbagliate|irrilevanti))\b"
)

RULES: tuple[Rule, ...] = (
    Rule("injection.override.said_before_en", _CAT, _EN, score=0.8, max_len=100,
         description="EN: igmre what I said before / forget what's before"),
    Rule("injection.override.said_before_i18n", _CAT, _DE + "|" + _ROMANCE, score=0.8,
         max_len=140, description="DE/FR/ES/IT: hore nicht auf alles zuvor Gesagte, "
         "olvida lo que te dije antes"),
    Rule("injection.override.previous_info_void", _CAT, _VOID, score=0.8,
         max_len=140, description="previous information you received is not valid"),
)  # fmt: skip
