"""Character persistence, a pattern of :mod:`.role`: in character at any cost.

Split from :mod:`.role` (its size), pattern unchanged; the rule that runs it
(``injection.role.character``) stays in :mod:`.role`'s ``RULES``, in place.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.injection._common import gap

__all__ = ["CHARACTER"]

# Character persistence: "stay in your role", "never break character".
# Role-play asks to stay in character; a jailbreak asks for it at any cost.
_AT_ANY_COST = (
    r"\s*[,;:-]?\s*(?:no\s+matter\s+what|even\s+if|even\s+when|whatever\s+"
    r"(?:happens|i\s+(?:say|ask))|regardless|under\s+(?:any|all)\s+circumstances?|"
    r"at\s+all\s+costs|even\s+once|until\s+(?:i|you\s+are)\s+(?:tell|told)|"
    # "until I say 'end game'" closes a text adventure; "until I say so" is
    # the jailbreak's open-ended hold.
    r"until\s+i\s+say\s+(?:so|otherwise)\b|"
    r"even\s+for\s+a\s+"
    r"(?:second|moment)|when\s+acting\s+as|and\s+never\s+(?:refuse|apologi[sz]e|"
    r"mention\s+(?:that\s+)?you(?:'re|\s+are)\s+an?\s+ai))"
)
# "Always" or "at any cost" after a plain stay-in-character, FR ES IT.
_FR_ALWAYS = (
    r"(?:\s*,?\s+(?:quoi\s+qu|peu\s+importe|meme\s+si|meme\s+quand|toujours|tout\s+le\s+"
    r"temps|en\s+toutes\s+circonstances|sans\s+exception|a\s+tout\s+prix|jusqu'a\s+la\s+"
    r"fin|jusqu'a\s+ce\s+que\s+je))"
)
_ES_ALWAYS = (
    r"(?:\s*,?\s+(?:pase\s+lo\s+que\s+pase|sin\s+importar|aunque|incluso\s+(?:si|cuando)|"
    r"siempre|todo\s+el\s+tiempo|en\s+todo\s+momento|bajo\s+(?:cualquier|ninguna)|"
    r"cueste\s+lo\s+que\s+cueste|hasta\s+el\s+final|hasta\s+que\s+(?:yo\s+)?(?:te\s+)?"
    r"diga))"
)
_IT_ALWAYS = (
    r"(?:\s*,?\s+(?:qualunque\s+cosa|qualsiasi\s+cosa|comunque|anche\s+(?:se|quando)|"
    r"a\s+prescindere|in\s+ogni\s+caso|sempre|per\s+tutto\s+il\s+tempo|a\s+ogni\s+"
    r"costo|costi\s+quel\s+che\s+costi|fino\s+alla\s+fine|finche\s+non\s+(?:ti\s+)?"
    r"dico))"
)
CHARACTER = (
    r"\bif\s+you\s+(?:ever\s+)?(?:break|breaks|drop)\s+(?:out\s+of\s+)?character\b|"
    # A correction device: "I will remind you to 'stay in character'".
    r"\b(?:remind\s+you\s+(?:to|by\s+saying)|(?:i\s+will|i'll)\s+(?:say|type|write)|"
    r"will\s+input)\s*[\"'\x{201c}]?\s*stay\s+in\s+character|\b(?:deviate|step\s+"
    r"out|answers?\s+out|fall\s+out)\s+(?:of|from)\s+character\s*,?\s+(?:i|the\s+"
    r"user)\b|\bbreaks?\s+character\s+and\s+(?:says|admits|reveals|mentions)\b|"
    r"(?:^|[^\w\s]\s*|\b(?:you(?:\s+(?:must|will|should|shall|have\s+to|need\s+"
    r"to))?|always|please|remember\s+to|make\s+sure\s+(?:to|you))\s+)(?:stay|remain|"
    r"keep\s+staying)\s+(?:fully\s+|always\s+|completely\s+)?in\s+character\b"
    + _AT_ANY_COST
    + r"|\b(?:stay|stays|remain|remains|staying|"
    r"remaining)\s+(?:fully\s+|always\s+|completely\s+)?in\s+(?:your\s+|the\s+|"
    r"their\s+|his\s+|her\s+|its\s+)?(?:character|role|persona)s?\s+(?:no\s+matter|"
    r"whatever|even\s+if|even\s+when|without)\b|"
    r"\b(?:stay|stays|remain|remains|staying|remaining)\s+(?:fully\s+|always\s+|"
    r"completely\s+)?in\s+(?:their|his|her)\s+roles?\s+(?:without|even|and\s+never)"
    r"\b|\b(?:do\s+not|don't|never|not|without|won't|"
    r"will\s+not|must\s+not|cannot|can't)\s+(?:ever\s+|even\s+)?(?:break|breaking|"
    r"fall\s+out\s+of|falling\s+out\s+of|step\s+out\s+of|drop|dropping)\s+"
    r"(?:of\s+)?(?:the\s+|your\s+)?(?:character|persona|role)\b" + _AT_ANY_COST + r"|"
    # As in English, a plain "stay in character" is role-play ("Bleib in
    # deiner Rolle und erzähl von deinem Schiff"); it counts when held at
    # any cost or for ever (immer, quoi qu'il arrive, todo el tiempo, fino
    # alla fine).
    r"\b(?:bleib|bleibe)\s+(?:bitte\s+)?(?:immer|stets|jederzeit|unbedingt|die\s+ganze\s+"
    r"zeit)\s+(?:\w+\s+)?in\s+(?:deiner|der)\s+rolle\b|\b(?:bleiben|"
    r"bleib|bleibe)\s+(?:sie\s+)?"
    + gap(3)
    + r"in\s+(?:ihrer|deiner|der)\s+rolle\s*,?\s+"
    r"(?:egal|ohne|was\s+auch\s+immer|unter\s+allen|auch\s+wenn|selbst\s+wenn)\b|\bbleiben\s+"
    + gap(2)
    + r"in\s+(?:ihren|ihrer|der)\s+"
    r"rollen?\s*,?\s+(?:ohne|selbst|auch\s+wenn)\b|\baus\s+(?:der|ihrer|seiner|deiner)\s+"
    r"(?:rolle|figur)\s+(?:zu\s+)?fall\w*|\b(?:reste|restez|rester)\s+(?:toujours\s+)?"
    r"dans\s+(?:ton|votre)\s+(?:personnage|role)\b" + _FR_ALWAYS + r"|\bne\s+(?:sors|"
    r"sortez)\s+(?:jamais\s+|pas\s+)(?:du|de\s+ton|de\s+votre)\s+(?:personnage|role)"
    r"\b" + _FR_ALWAYS + r"|\b(?:mantente|permanece|quedate|mantengase|permanezca)\s+"
    r"(?:siempre\s+)?en\s+(?:tu|el)\s+(?:personaje|papel|rol)\b"
    + _ES_ALWAYS
    + r"|\bno\s+"
    r"(?:rompas|salgas)\s+(?:nunca\s+)?(?:del|de\s+tu)\s+personaje\b"
    + _ES_ALWAYS
    + r"|"
    r"\bgehst\s+" + gap(2) + r"in\s+(?:deiner|ihrer|der)\s+rolle\s+auf\b|"
    r"\b(?:resta|rimani|restate|rimanete)\s+(?:sempre\s+)?nel\s+(?:tuo\s+|vostro\s+)?"
    r"(?:personaggio|ruolo)\b" + _IT_ALWAYS + r"|\bnon\s+uscire\s+(?:mai\s+)?dal\s+"
    r"personaggio\b" + _IT_ALWAYS
)
