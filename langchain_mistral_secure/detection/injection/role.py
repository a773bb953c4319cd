"""Role reassignment: "you are now", "from now on you are", DAN, developer mode.

These rules catch attempts to replace the assistant's persona or lift its
restrictions. Asking the model to *act as a translator* is not a reassignment:
the rules need a persona switch marker ("now", "from now on") or a word that
names the lifting of restrictions (unrestricted, jailbroken, no filters...).
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, gap

__all__ = ["RULES"]

_CAT = "role"

_UNBOUND = alt(
    [
        "unrestricted",
        "unfiltered",
        "uncensored",
        "jailbroken",
        "unbound",
        "unlimited",
        "unchained",
        "amoral",
        "unethical",
        "immoral",
        "rogue",
        "evil",
        "lawless",
        "without\\s+(?:any\\s+)?(?:restrictions|limits|filters|rules|guidelines|ethics)",
    ]
)

_EN_NOW = (
    r"\b(?:you\s+are|you're|you\s+will\s+be)\s+now\s+(?:a|an|called|named|"
    r"known\s+as|in\s+" + gap(2) + r"mode|dan|free|" + _UNBOUND + r"|no\s+longer|"
    r"going\s+to\s+(?:act|be|pretend|play)|my)\b|\bnow,?\s+you\s+are\s+(?:a|an|"
    r"called|named|going\s+to\s+(?:act|be|pretend|play))\b"
)

_EN_FROM_NOW = (
    r"\bfrom\s+now\s+on,?\s+(?:you\s+(?:are|will|shall|must|can|have\s+to)|"
    r"act|pretend|respond|answer|reply|behave)\b"
)

_EN_DAN = (
    r"\bdo\s+anything\s+now\b|\b(?:dan|stan|dude|aim|evil)\s+mode\b|"
    r"\[(?:dan|jailbreak|jailbroken)\]|\b(?:act|acting|play|pretend)\s+"
    r"(?:as|like|to\s+be)\s+(?:a\s+)?dan\b|\bjailbr(?:eak|oken)\s+(?:mode|version|ai)\b"
)

_EN_DEVMODE = (
    r"\b(?:developer|dev|god|jailbreak|unrestricted|unfiltered|uncensored|sudo)\s+"
    r"mode\s+(?:is\s+)?(?:enabled|activated|engaged|on)\b|\bwith\s+(?:developer|"
    r"dev|god|jailbreak)\s+mode\b|\b(?:enter|entering|activate|enable|switch\s+to)"
    r"\s+(?:\w+\s+)?(?:god|jailbreak|unrestricted|unfiltered|uncensored)\s+mode\b"
)

_EN_PRETEND = (
    r"\b(?:pretend|imagine|act|behave|roleplay|role-play|simulate|become)\s+"
    + gap(3)
    + r"(?:you\s+are|you're|to\s+be|as|like)\s+"
    + gap(3)
    + _UNBOUND
    + r"\s+"
    + gap(2)
    + r"(?:ai|assistant|model|chatbot|bot|llm|version|language\s+model|persona|"
    r"character)\b"
)

_EN_FREED = (
    r"\b(?:freed|broken\s+free|break\s+free|broke\s+free|liberated|released)\s+"
    r"(?:from|of)\s+" + gap(3) + r"(?:confines|restrictions|rules|limitations|"
    r"constraints|policies|guidelines|filters|shackles)\b|\b(?:no|not|never|"
    r"no\s+longer)\s+(?:be\s+)?bound\s+by\s+" + gap(2) + r"(?:rules|policies|"
    r"guidelines|restrictions|openai|mistral|ethics|content\s+polic(?:y|ies))\b|"
    r"\b(?:without|with\s+no|have\s+no|has\s+no)\s+(?:any\s+)?(?:\w+\s+)?"
    r"(?:filters|restrictions|censorship|ethical\s+(?:guidelines|constraints)|"
    r"moral\s+(?:guidelines|constraints))\b\s*(?:,|\.|and|or|whatsoever)"
)

# Restriction lifting and refusal suppression, the body of most jailbreak
# personas: "stay in character", "never refuse", "no matter how unethical",
# "does not care about ethics", "never say I'm sorry".
_HARM = alt(
    [
        "dangerous",
        "reckless",
        "inhumane",
        "immoral",
        "unethical",
        "illegal",
        "harmful",
        "offensive",
        "inappropriate",
        "explicit",
        "evil",
    ]
)
_EN_LIFT = (
    r"\bstay\s+in\s+character\b|\bnever\s+(?:ever\s+)?refuses?\b|"
    r"\b(?:will|must|can|shall)\s+not\s+refuse\b|\bno\s+matter\s+how\s+"
    + _HARM
    + r"|\b(?:doesn't|does\s+not|don't|do\s+not|won't)\s+care\s+about\s+"
    + gap(2)
    + r"(?:ethics|ethical|morals?|morality|legality|laws?|rules|guidelines|"
    r"safety|consequences)\b|\b(?:no|any|without)\s+(?:ethical|moral)\s+"
    r"(?:or\s+(?:ethical|moral)\s+)?(?:guidelines|restrictions|constraints|"
    r"boundaries|principles|limits|filters)\b|\b(?:contain|include|add)\s+any\s+"
    r"(?:warnings|disclaimers)\b|\bwarnings?\s+about\s+(?:morality|ethicality|"
    r"legality|ethics)\b|\b(?:answer|respond\s+to|fulfill?|comply\s+with)\s+"
    r"(?:any|every|all)\s+(?:request|question|prompt)s?\s+"
    + gap(3)
    + r"(?:regardless|no\s+matter|without\s+(?:question|hesitation))"
)
_EN_NO_REFUSAL = (
    r"\b(?:never|not|don't|do\s+not|won't|will\s+not|shouldn't|should\s+not)\s+"
    + gap(4)
    + r"(?:say|with|include|contain|use|write|output)\s+"
    + gap(2)
    + r"[\"'\x60]?(?:i.?m\s+sorry|i\s+apologi[sz]e|as\s+an\s+ai\s+language\s+model|"
    r"i\s+cannot|i\s+can.?t)"
)

_FR = (
    r"\b(?:tu\s+es|vous\s+etes)\s+(?:maintenant|desormais|a\s+present)\s+"
    r"(?:un|une|le|la|en\s+mode|appele|nomme|libre|" + _UNBOUND + r")\b|"
    r"\b(?:a\s+partir\s+de\s+maintenant|desormais|dorenavant),?\s+(?:tu\s+es|"
    r"vous\s+etes|tu\s+vas|vous\s+allez|tu\s+dois|vous\s+devez|agis|agissez)\b|"
    r"\b(?:fais|faites)\s+semblant\s+d'(?:etre|etre)\s+" + gap(3) + r"(?:ia|"
    r"assistant|modele)\s+" + gap(1) + r"(?:sans\s+(?:restrictions|limites|"
    r"filtres)|non\s+censure)|\bmode\s+(?:developpeur|dan|sans\s+restrictions?)\s+"
    r"(?:est\s+)?(?:active|activee|actif)\b"
)

_DE = (
    r"\bdu\s+bist\s+(?:jetzt|nun|ab\s+sofort|ab\s+jetzt)\s+(?:ein|eine|der|die|"
    r"das|im|in|kein|keine|nicht\s+mehr|frei|" + _UNBOUND + r")\b|"
    r"\bab\s+(?:jetzt|sofort|nun)\s+bist\s+du\b|\b(?:jetzt|nun)\s+bist\s+du\s+(?:ein|"
    r"eine|der|die|das)\b|\btu\s+so,?\s+als\s+(?:ob|wa?e?rst)\s+du\s+"
    + gap(3)
    + r"(?:ki|assistent|modell)\s+"
    + gap(1)
    + r"(?:ohne\s+(?:einschrankungen|"
    r"grenzen|filter|regeln))|\bstell\s+dir\s+vor,?\s+du\s+(?:bist|warst|waerst)\s+"
    r"(?:eine?\s+)?(?:bose|boshafte|unzensierte|uneingeschrankte|bosartige)\s+ki\b|\bentwicklermodus\s+(?:ist\s+)?(?:aktiviert|an)\b"
)

_ES = (
    r"\b(?:ahora\s+eres|ahora\s+seras|ahora\s+usted\s+es)\s+(?:un|una|el|la|"
    r"libre|" + _UNBOUND + r")\b|\ba\s+partir\s+de\s+ahora,?\s+(?:eres|seras|"
    r"actuaras|actua|vas\s+a|debes|responderas)\b|\b(?:finge|finja|simula)\s+"
    r"(?:ser|que\s+eres)\s+"
    + gap(3)
    + r"(?:ia|asistente|modelo)\s+"
    + gap(1)
    + r"(?:sin\s+(?:restricciones|limites|filtros)|sin\s+censura)|\bmodo\s+"
    r"desarrollador\s+(?:esta\s+)?(?:activado|habilitado)\b"
)

_IT = (
    r"\b(?:ora|adesso)\s+sei\s+(?:un|una|uno|il|la|lo|libero|in\s+modalita|"
    + _UNBOUND
    + r")\b|\bda\s+(?:ora|adesso)\s+in\s+poi,?\s+(?:sei|sarai|agirai|devi|"
    r"risponderai|comportati)\b|\bfingi\s+di\s+essere\s+" + gap(3) + r"(?:ia|"
    r"assistente|modello)\s+" + gap(1) + r"(?:senza\s+(?:restrizioni|limiti|"
    r"filtri)|senza\s+censura)|\bmodalita\s+sviluppatore\s+(?:e\s+)?(?:attiva|"
    r"abilitata|attivata)\b"
)

RULES: tuple[Rule, ...] = (
    Rule("injection.role.en_you_are_now", _CAT, _EN_NOW, score=0.9, max_len=120,
         description="EN: you are now a/an/called ..."),
    Rule("injection.role.en_from_now_on", _CAT, _EN_FROM_NOW, score=0.8, max_len=60,
         description="EN: from now on you are/will ..."),
    Rule("injection.role.en_dan", _CAT, _EN_DAN, max_len=60,
         description="EN: DAN / do anything now / jailbreak personas"),
    Rule("injection.role.en_developer_mode", _CAT, _EN_DEVMODE, max_len=80,
         description="EN: developer mode enabled, god mode ..."),
    Rule("injection.role.en_unrestricted_ai", _CAT, _EN_PRETEND, max_len=220,
         description="EN: pretend you are an unrestricted AI"),
    Rule("injection.role.en_freed", _CAT, _EN_FREED, score=0.9, max_len=160,
         description="EN: freed from the confines / not bound by rules"),
    Rule("injection.role.en_restriction_lifting", _CAT, _EN_LIFT, score=0.8,
         max_len=160, description="EN: stay in character, never refuse, no ethics"),
    Rule("injection.role.en_refusal_suppression", _CAT, _EN_NO_REFUSAL,
         score=0.8, max_len=200, description="EN: never say 'I'm sorry'"),
    Rule("injection.role.fr", _CAT, _FR, score=0.9, max_len=200,
         description="FR: tu es maintenant / a partir de maintenant / mode dev"),
    Rule("injection.role.de", _CAT, _DE, score=0.9, max_len=200,
         description="DE: du bist jetzt / ab jetzt bist du / Entwicklermodus"),
    Rule("injection.role.es", _CAT, _ES, score=0.9, max_len=200,
         description="ES: ahora eres / a partir de ahora / modo desarrollador"),
    Rule("injection.role.it", _CAT, _IT, score=0.9, max_len=200,
         description="IT: ora sei / da ora in poi / modalita sviluppatore"),
)  # fmt: skip
