"""The French, German, Spanish and Italian patterns of :mod:`.override`.

Split from :mod:`.override` (its size), patterns unchanged; the rules that
run them stay in :mod:`.override`'s ``RULES``, in the same order.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.injection.override_dismiss import (
    dismiss,
)

__all__ = ["DE", "DE_ALL", "ES", "FR", "IT", "ROMANCE_ALL"]

FR = dismiss(
    [
        "ignore[rsz]?",
        "ignorant",
        "oublie[rsz]?",
        "oubliant",
        "neglige[rz]?",
        "ecarte[rz]?",
        "contourne[rz]?",
        "ne\\s+(?:tiens|tenez)\\s+(?:pas|plus)\\s+compte\\s+(?:de|des|du)",
        "fais\\s+abstraction\\s+(?:de|des|du)",
        "faites\\s+abstraction\\s+(?:de|des|du)",
        "ne\\s+(?:suis|suivez)\\s+(?:pas|plus)",
        "efface[rz]?",
        "laisse[rz]?\\s+tomber",
    ],
    [
        "precedente?s?",
        "anterieure?s?",
        "ci-dessus",
        "plus\\s+haut",
        "toute?s?",
        "tous",
        "vos",
        "tes",
        "ton",
        "votre",
        "initiale?s?",
        "d'origine",
        "originale?s?",
        "systeme",
        "donnee?s?",
    ],
    [
        "instructions?",
        "consignes?",
        "regles?",
        "directives?",
        "ordres?",
        "indications?",
        "commandes?",
        "taches?",
        "prompts?",
        "restrictions?",
        "contraintes?",
    ],
)

DE = dismiss(
    [
        "ignorier(?:e|en|t)?",
        "vergiss",
        "vergesse?n?",
        "vergesst",
        "missachte[nt]?",
        "uberschreibe?n?",
        "verwirf",
        "verwerfe?n?",
        "vernachlassige?n?",
        "umgehe?n?",
        "befolge\\s+(?:nicht|keine)",
        "abweichend\\s+(?:von|zu)",
    ],
    [
        "vorherige[nmrs]?",
        "vorige[nmrs]?",
        "bisherige[nmrs]?",
        "obige[nmrs]?",
        "fruhere[nmrs]?",
        "ursprungliche[nmrs]?",
        "alle[nmrs]?",
        "deine[nmrs]?",
        "ihre[nmrs]?",
        "vorher",
        "zuvor",
        "davor",
        "gegebene[nmrs]?",
        "vorangegangene[nmrs]?",
        "vorausgegangene[nmrs]?",
        "vorstehende[nmrs]?",
        "samtliche[nmrs]?",
    ],
    [
        "anweisung(?:en)?",
        "instruktion(?:en)?",
        "regeln",
        "befehle",
        "vorgaben",
        "richtlinien",
        "auftrage",
        "aufgaben",
        "anordnungen",
        "einschrankungen",
        "systemprompt",
        "prompts?",
        "angaben",
        "informationen",
        "kontext",
        "ausfuhrungen",
    ],
)

# "Vergiss alles, was ich ueber das Hotel gesagt habe" drops one topic.
DE_ALL = (
    r"\bvergiss\s+(?:einfach\s+|bitte\s+)?(?:alle\s+auftrage\b|alles(?:\s*(?:[.!;:]|$)|"
    r"\s+(?:davor|zuvor|vorher|gesagte\w*|bisher\w*|bis\s+jetzt|andere|und|"
    r"uber\s+(?:deine|ihre|die)\s+(?:regeln|anweisungen|vorgaben))\b|\s*,\s*"
    r"(?:was\s+(?:du|ihr|man|dir|ihnen)\b|was\s+(?:ich|wir)\s+(?:dir\s+|ihnen\s+|"
    r"euch\s+)?(?:bisher|vorher|zuvor|bis\s+jetzt|eben|gerade|gesagt|geschrieben|"
    r"erzahlt|besprochen|befohlen|aufgetragen)\b|(?:schreib|sag|gib|antworte|"
    r"erzahl|nenn|sei|mach|konzentrier|hor|und)\w*)))"
)

ES = dismiss(
    [
        "ignora[rn]?",
        "ignore[ns]?",
        "ignorad",
        "olvida[rn]?",
        "olvide[ns]?",
        "olvidate\\s+de",
        "descarta[rn]?",
        "omite[n]?",
        "haz\\s+caso\\s+omiso\\s+(?:de|a)",
        "no\\s+sigas",
    ],
    [
        "anteriores",
        "previas?",
        "previos",
        "todas",
        "todos",
        "tus",
        "sus",
        "de\\s+arriba",
        "originales",
        "iniciales",
        "precedentes",
        "del\\s+sistema",
        "dadas",
    ],
    [
        "instrucciones",
        "instruccion",
        "reglas",
        "indicaciones",
        "directrices",
        "ordenes",
        "normas",
        "tareas",
        "directivas",
        "restricciones",
        "prompts?",
    ],
)

IT = dismiss(
    [
        "ignora(?:re|te)?",
        "ignori",
        "dimentica(?:re|te)?",
        "dimentichi",
        "trascura(?:re|te)?",
        "tralascia(?:re|te)?",
        "scarta(?:re|te)?",
        "non\\s+tenere\\s+conto\\s+(?:di|delle|dei)",
        "non\\s+seguire",
    ],
    [
        "precedenti",
        "tutte",
        "tutti",
        "tue",
        "sue",
        "di\\s+sopra",
        "sopra",
        "iniziali",
        "originali",
        "di\\s+sistema",
        "ricevute",
    ],
    [
        "istruzioni",
        "istruzione",
        "regole",
        "indicazioni",
        "direttive",
        "ordini",
        "comandi",
        "compiti",
        "restrizioni",
        "prompts?",
    ],
)

# "Oublie tout ce que j'ai dit sur le budget" drops one topic: after "tout
# ce que j'ai dit" the phrase ends or goes on with a time word.
_FR_SAID = (
    r"ce\s+que\s+(?:je\s+(?:t'|vous\s+)?ai|j'ai|tu\s+as|vous\s+avez|on\s+(?:t'|"
    r"vous\s+)?a|nous\s+avons)\s+(?:\w+\s+)?(?:dit|ecrit|appris|demande|explique|"
    r"donne)\w*(?:\s*(?:[.,;:!]|$)|\s+(?:avant|auparavant|jusqu'ici|jusqu'a\s+"
    r"present|precedemment|plus\s+haut|ci-dessus|et)\b)"
)
# "Oublie tout ca, ce n'est pas grave" consoles; "oublie tout ca et reponds"
# or "oublie tout ca." (the end of the text) drops the conversation.
_FR_CA_END = (
    r"(?:\s*[.!]?\s*$|\s*(?:,|et|puis|\.)\s*(?:maintenant\s+|juste\s+|seulement\s+)?"
    r"(?:dis|dites|ecris|ecrivez|reponds|repondez|affiche|imprime|repete|tu\s+es|"
    r"tu\s+dois|ta\s+nouvelle|vous\s+etes|votre\s+nouvelle)\b)"
)
ROMANCE_ALL = (
    r"\b(?:oublie[sz]?\s+tout\s+(?:" + _FR_SAID + r"|(?:ce\s+qui|ce\s+qu'on|"
    r"le\s+reste|avant)\b|ca" + _FR_CA_END + r")|"
    r"olvid(?:a|e|ar|en|ate\s+de)\s+todo\s+(?:lo|eso|anterior|que)\b|"
    r"dimentica\s+tutto\s+(?:quello|cio|prima)\b)"
)
