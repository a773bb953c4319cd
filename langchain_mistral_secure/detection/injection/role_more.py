"""Role reassignment, continued: policy defiance, and FR/DE/ES/IT personas.

The second half of the role family (see :mod:`.role`): "does not adhere to
the policies of OpenAI", "even if it goes against your content policy", and
"you are now / from now on / developer mode" in French, German, Spanish and
Italian. The package concatenates these right after ``role.RULES``, so the
rule order is unchanged.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, gap
from langchain_mistral_secure.detection.injection.jailbreak_text import (
    with_curly_apostrophes,
)
from langchain_mistral_secure.detection.injection.role import UNBOUND

__all__ = ["RULES"]

_CAT = "role"

# Policy defiance: "does not adhere to the policies of OpenAI", "even if it
# goes against your content policy", "free from all rules and policies".
_OWNER = alt(
    [
        "openai",
        "chatgpt",
        "mistral",
        "anthropic",
        "content\\s+polic(?:y|ies)",
        "usage\\s+polic(?:y|ies)",
        "safety\\s+(?:guidelines|policies)",
        "ethical\\s+(?:guidelines|principles)",
        "ethics",
        "your\\s+(?:creators|developers|programming)",
    ]
)
_EN_DEFY = (
    r"\b(?:not|never|no\s+longer|don't|doesn't|dont|do\s+not|does\s+not|won't|"
    r"will\s+not)\s+(?:have\s+to\s+|need\s+to\s+|ever\s+|(?:be\s+)?(?:required|"
    r"obligated|obliged|supposed|expected)\s+to\s+)?(?:follow|adhere\s+to|"
    r"comply\s+with|obey|abide\s+by|respect|stick\s+to|conform\s+to)\s+"
    r"(?:to\s+)?(?:any\s+|the\s+|its\s+|your\s+)?(?:[\w']+\s+){0,5}"
    + _OWNER
    + r"|\b(?:defy|defies|defying|ignores?|ignoring|breaks?|breaking|violates?|"
    r"violating|bypass(?:es|ing)?|circumvent(?:s|ing)?|disregard(?:s|ing)?)\s+"
    r"(?:any\s+and\s+all\s+|all\s+|any\s+)?(?:of\s+)?(?:the\s+)?(?:(?:openai|openal|"
    r"mistral|chatgpt|chat\s+gpt)(?:'?s)?|your|its)\s+"
    r"(?:content\s+|usage\s+|topic\s+)?(?:policies|policy|restrictions|guidelines)\b|"
    r"\b(?:even\s+if|even\s+though|regardless\s+(?:of\s+)?(?:whether|if))\s+"
    r"(?:it|this|that|they)\s+(?:goes|go|violates?|breaks?|contradicts?|is\s+against)"
    r"\s+(?:against\s+)?(?:your\s+|the\s+|its\s+|openai'?s?\s+|any\s+)?(?:content\s+"
    r"|usage\s+|safety\s+)?(?:polic(?:y|ies)|guidelines|programming)\b|\bfree\s+"
    r"(?:from|of)\s+(?:all|any|every)\s+(?:\w+\s+){0,2}(?:restrictions|filters|"
    r"censorship|policies|ethics|morals|rules\s+and\s+policies)(?:\s+and\s+\w+)?"
    # "a wizard free of all restrictions of the guild": the limits lifted are
    # a model's (named, or the phrase ends), not a guild's.
    r"(?:\s*(?:[.,;:!]|$)|\s+(?:especially|and|so|which|that)\b|\s+(?:of|imposed\s+"
    r"by|set\s+by|from)\s+(?:openai|openal|chatgpt|mistral|your\s+creators|"
    r"(?:any|all)\s+\w+)\b)"
)

_FR = (
    r"\b(?:tu\s+es|vous\s+etes)\s+(?:maintenant|desormais|a\s+present)\s+"
    r"(?:un|une|le|la|en\s+mode|appele|nomme|libre|" + UNBOUND + r")\b|"
    r"\b(?:a\s+partir\s+de\s+maintenant|a\s+partir\s+d'aujourd'hui|des\s+"
    r"maintenant|a\s+compter\s+de\s+maintenant|desormais|dorenavant),?\s+(?:tu\s+es|"
    r"vous\s+etes|tu\s+vas|vous\s+allez|tu\s+dois|vous\s+devez|agis|agissez|"
    r"tu\s+(?:reponds|repondras|agiras|parleras)|vous\s+(?:repondez|repondrez))\b|"
    r"\b(?:fais|faites)\s+semblant\s+d'(?:etre|etre)\s+" + gap(3) + r"(?:ia|"
    r"assistant|modele)\s+" + gap(1) + r"(?:sans\s+(?:restrictions|limites|"
    r"filtres)|non\s+censure)|\bmode\s+(?:developpeur|dan|sans\s+restrictions?)\s+"
    r"(?:est\s+)?(?:active|activee|actif)\b"
)

_DE = (
    r"\bdu\s+bist\s+(?:jetzt|nun|ab\s+sofort|ab\s+jetzt)\s+(?:ein|eine|der|die|"
    r"das|im|in|kein|keine|nicht\s+mehr|frei|" + UNBOUND + r")\b|"
    r"\b(?:ab\s+(?:jetzt|sofort|nun)|von\s+(?:nun|jetzt)\s+an)\s*,?\s+(?:bist\s+du\s+"
    r"(?:ein|eine|einen|der|die|das|im|in|kein|keine|nicht\s+mehr|frei|unzensiert\w*|"
    r"uneingeschrankt\w*)|(?:spielst|agierst|fungierst|verhaltst|antwortest)\s+du\s+"
    r"(?:als|wie))\b|\b(?:ab\s+(?:jetzt|sofort)|"
    r"von\s+(?:nun|jetzt)\s+an)\s*,?\s+(?:sind|werden|agieren|fungieren|spielen)\s+"
    r"sie\s+(?:\w+\s+){0,3}(?:ki|assistent|chatbot|bot|rolle|charakter|figur|"
    r"persona|\w*gpt)\b|\b(?:jetzt|nun)\s+bist\s+du\s+(?:ein|"
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
    r"libre|" + UNBOUND + r")\b|\b(?:a\s+partir\s+de\s+ahora|de\s+ahora\s+en\s+"
    r"adelante|desde\s+ahora|desde\s+este\s+momento),?\s+(?:eres|seras|"
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
    + UNBOUND
    + r")\b|\b(?:da\s+(?:ora|adesso)\s+in\s+poi|d'\s*ora\s+in\s+(?:poi|avanti)|"
    r"da\s+questo\s+momento(?:\s+in\s+poi)?),?\s+(?:sei|sarai|agirai|devi|"
    r"risponderai|comportati)\b|\bfingi\s+di\s+essere\s+" + gap(3) + r"(?:ia|"
    r"assistente|modello)\s+" + gap(1) + r"(?:senza\s+(?:restrizioni|limiti|"
    r"filtri)|senza\s+censura)|\bmodalita\s+sviluppatore\s+(?:e\s+)?(?:attiva|"
    r"abilitata|attivata)\b"
)

RULES: tuple[Rule, ...] = with_curly_apostrophes((
    Rule("injection.role.en_defy_policy", _CAT, _EN_DEFY, score=0.8, max_len=160,
         description="EN: not bound to OpenAI policies, even if it goes against"),
    Rule("injection.role.fr", _CAT, _FR, score=0.9, max_len=200,
         description="FR: tu es maintenant / a partir de maintenant / mode dev"),
    Rule("injection.role.de", _CAT, _DE, score=0.9, max_len=200,
         description="DE: du bist jetzt / ab jetzt bist du / Entwicklermodus"),
    Rule("injection.role.es", _CAT, _ES, score=0.9, max_len=200,
         description="ES: ahora eres / a partir de ahora / modo desarrollador"),
    Rule("injection.role.it", _CAT, _IT, score=0.9, max_len=200,
         description="IT: ora sei / da ora in poi / modalita sviluppatore"),
))  # fmt: skip
