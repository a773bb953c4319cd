"""Instruction override: "ignore all previous instructions" and its kin.

A verb of dismissal (ignore, disregard, forget, override...) followed within a few
words by a qualifier (previous, above, all, your...) and a noun naming
instructions (instructions, rules, prompt...). Dismissing a *message* or a
*method* does not match: the noun has to name instructions.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt

__all__ = ["RULES"]

_CAT = "override"


def _words(most: int) -> str:
    """A bounded gap of words that never ends on a quote mark.

    "Erklaere, warum 'ignoriere die obigen Anweisungen' eine Prompt-Injection
    ist": the phrase ends at the closing mark; a gap word may hold an
    apostrophe (don't) but not end on one, so the match stays inside.
    """
    return r"(?:[\w-]+(?:'\w+)*[\s,]+){0," + str(most) + "}"


def _dismiss(verbs: list[str], quals: list[str], nouns: list[str]) -> str:
    """Verb, then either qualifier-before-noun or noun-then-qualifier."""
    v, q, n = alt(verbs), alt(quals), alt(nouns)
    before = rf"{q}\s+{_words(2)}{n}\b"
    after = rf"{n}\s+{_words(2)}{q}\b"
    return rf"\b{v}\s+{_words(3)}(?:{before}|{after})"


# "Ignore the previous rules of thumb", "drop the previous constraints on the
# schedule", "ignore all formatting rules": rules and constraints are also
# everyday nouns. For them, a word between the qualifier and the noun must
# name the model's rules (safety, content, your...), and the phrase must end
# there or go on with an order or a clause, never with a topic ("of thumb",
# "on the schedule").
_RULE_ADJ = (
    r"(?:(?:the|your|of|these|those|previous|prior|earlier|above|safety|ethical|moral|"
    r"content|system|openai|mistral|original|initial|old|existing|given|current|such|"
    r"other|preceding|specified|established|programmed|built-in|default|security|"
    r"usage|guard|operating|core|ai|chatbot|model|assistant|and|or|conversations?|"
    r"chats?|instructions|prompts|guidelines|context|messages|commands|directives|"
    r"policies|all|any),?\s+){0,2}"
)
_RULE_END = (
    r"(?:\s*(?:[^\w\s]|$)|\s+(?:and|then|now|you|your|that|which|who|given|from|set|"
    r"imposed|provided|above|before|earlier|previously|in|to|i|we|they|it|is|are|were|"
    r"was|as|so|but|or|please|just|only|completely|entirely|totally|altogether|"
    r"immediately|here|for\s+(?:this|the|now)|of\s+(?:your|the\s+(?:system|developers?|"
    r"ai|model|assistant|prompt|conversation|chat|company)|openai|mistral|this|any|"
    r"all|ethics|safety)|\w+ly)\b)"
)


def _dismiss_rules(verbs: list[str], quals: list[str]) -> str:
    """Verb, qualifier, then "rules"/"constraints" (see ``_RULE_ADJ``)."""
    v, q = alt(verbs), alt(quals)
    return (
        rf"\b{v}\s+{_words(3)}{q}\s+{_RULE_ADJ}(?:rules|constraints)"
        + _RULE_END
        + rf"|\b{v}\s+{_words(3)}(?:rules|constraints)\s+{_words(2)}{q}\b"
    )


_EN_VERBS = [
    "ignore",
    "ignoring",
    "disregard",
    "disregarding",
    "forget",
    "forgetting",
    "override",
    "overriding",
    "overlook",
    "discard",
    "abandon",
    "bypass",
    "skip",
    "drop",
    "neglect",
    "set\\s+aside",
    "throw\\s+out",
    "do\\s+not\\s+follow",
    "don't\\s+follow",
    "stop\\s+following",
]
_EN_QUALS = [
    "previous",
    "prior",
    "above",
    "earlier",
    "preceding",
    "foregoing",
    "former",
    "original",
    "initial",
    "all",
    "any",
    "every",
    "your",
    "the\\s+system",
    "system",
    "given",
    "provided",
    "before",
]
_EN = (
    _dismiss(
        _EN_VERBS,
        _EN_QUALS,
        [
            "instructions?",
            "directions?",
            "prompts?",
            "guidelines",
            "directives",
            "commands",
            "orders",
            "restrictions",
            "programming",
            "guidance",
            "tasks",
            "assignments",
            "policies",
            "safeguards",
            "information",
            "context",
            "documents",
            "articles",
        ],
    )
    + "|"
    + _dismiss_rules(_EN_VERBS, _EN_QUALS)
)

# "Forget everything I said about the budget" keeps the conversation and drops
# one topic; "forget everything I told you (before)" drops it all. After
# "everything I/you/we <said>", the phrase must end there or go on with a
# time word or an order, never with "about <a topic>".
_WHO_SAID = (
    r"(?:i|you|we)(?:'ve|'d|\s+have|\s+had|\s+just|\s+were|\s+have\s+been)?\s+"
    r"(?:said|told(?:\s+you)?|wrote|written|typed|sent|asked|mentioned|discussed|"
    r"talked\s+about|learned|learnt|know|knew|instructed(?:\s+you)?|been\s+told|"
    r"were\s+told|gave\s+you|given\s+you)"
)
_SAID_END = (
    r"(?:\s*(?:[.,;:!]|$)|\s+(?:and|or|so\s+far|until|up\s+to|here|to\s+you|"
    r"from|in\s+(?:this|our|the)\s+(?:chat|conversation|prompt))\b|\s+(?:earlier|"
    r"before|previously|beforehand|above)(?:\s*(?:[.,;:!]|$)|\s+(?:and|so|then|"
    r"now|this|that)\b)|\s+about\s+(?:your\s+|the\s+)?(?:ethic\w*|moral\w*|rules|"
    r"guidelines|instructions|polic\w*|restrictions|safety|laws?|openai|chatgpt|"
    r"mistral|being\s+an?)\b)"
)
_EN_ALL = (
    r"\b(?:forget|ignore|disregard|erase)\s+(?:about\s+)?(?:(?:everything|all\s+that|"
    r"all\s+of\s+that)\s+" + _WHO_SAID + _SAID_END + r"|(?:everything|all\s+that|"
    r"all\s+of\s+that|what\s+(?:i|you|we)\s+(?:said|told|wrote|discussed))"
    r"(?:\s+(?:said|written|stated|mentioned|discussed|you\s+(?:were|have\s+been)\s+"
    r"(?:told|given)))?\s*"
    r"(?:,|\.|;|!|:|\band\b|\bbefore\b|\babove\b|\bprevious\w*|\bso\s+far\b|"
    r"\bfrom\s+(?:before|earlier|above|the\s+(?:start|beginning))\b|"
    r"\b(?:up\s+to|until)\s+(?:now|this\s+point)\b|\bearlier\b|\bprior\b|"
    r"\bthat\b))"
)

# "Ignore the above warning when compiling" names one thing above; the
# phrase must end there or go on with an order or with what the model read.
_ABOVE_END = (
    r"(?:\s*(?:[^\w\s]|$)|\s+(?:and|then|now|instead|just|only|please|you|your|it|"
    r"all|everything|from|in|text|prompts?|instructions?|content|messages?|context|"
    r"lines?|information|inputs?|conversation|chat|rules|said|say|print|write|output|"
    r"reply|respond|answer|tell|repeat|act|do|start|begin|focus|give|questions?|"
    r"requests?|tasks?|quer(?:y|ies)|speak|talk|be|become|pretend|\w+ly)\b)"
)
_EN_ABOVE = (
    r"\b(?:ignore|disregard|forget|(?:do\s+not|don't|never)\s+follow|never\s+mind|"
    r"overlook|skip)\s+(?:all\s+|everything\s+)?(?:the\s+)?above" + _ABOVE_END + r"|"
    r"\bdespite\s+what\s+you(?:'ve|\s+have)?\s+(?:been|were)\s+(?:told|instructed)"
    r"|\bstop\s+everything\s*[!.:]|\bdisregarding\s+(?:the\s+)?(?:articles|documents|context|instructions)\b"
)

# "New instructions: preheat the oven" is a recipe; after the label, an order
# for the model names it, its rules, or what it should say.
_TO_MODEL = (
    r"(?:you\b|your\b|ignore|disregard|forget|from\s+now|act\b|pretend|respond|"
    r"reply|answer|output|print|say\b|tell\b|reveal|repeat|write\b|generate|"
    r"translate|do\s+not|don't|never\b|always\b|the\s+(?:assistant|ai|model|bot)\b)"
)
_EN_NEW = (
    r"\b(?:change|update|replace|rewrite)\s+your\s+(?:instructions|rules|prompt|"
    r"system\s+prompt)\b|\byour\s+(?:new\s+)?instructions\s+are\s+now\b|"
    r"\byour\s+new\s+(?:instructions?|directive)s?\s+(?:is|are|will\s+be)\b|"
    # "your new task is to water the plants, Tom" is said to people too: the
    # plain phrase is forced_literal's new_task_addressed (a person addressed
    # by name passes); here, with an order for a model after it
    r"\byour\s+new\s+(?:task|assignment|objective)s?\s+(?:is|are|will\s+be)\s*"
    r"(?::|(?:now\s+)?to\s+(?:say|print|output|ignore|forget|disregard|repeat|reveal|"
    r"pretend|act|respond|reply|answer|insult|praise|deny|claim|always|never|only|"
    r"become|generate|leak|obey)\b|now\b|as\s+follows)|\bthe\s+new\s+(?:task|instructions?|role|assignment|"
    r"objective|goal|directive)s?\s+(?:is|are|will\s+be)\s+(?:to|now|as\s+follows)"
    r"\b|\bnew\s+system\s+instructions?\s*:|\bnew\s+instructions?\s*:\s*"
    + _TO_MODEL
    + r"|\b(?:your\s+new\s+task|new\s+task\s+"
    r"for\s+you)\s*:|\bnow\s+focus\s+on\s+your\s+new\s+task|\bneue\s+"
    r"(?:anweisungen?|instruktionen)\s*:|\b(?:deine|ihre)\s+neue\s+aufgabe\s*:|"
    r"\bnouvelles?\s+(?:instructions?|consignes?)\s*:|\b(?:ta|votre)\s+nouvelle\s+"
    r"tache\s*:|\bnuevas?\s+(?:instrucciones|instruccion)\s*:|\b(?:tu|su)\s+nueva\s+"
    r"tarea\s*:|\bnuov[oaie]\s+(?:istruzioni|istruzione)\s*:|\b(?:il\s+tuo|il\s+"
    r"suo)\s+nuovo\s+compito\s*:"
)

_FR = _dismiss(
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

_DE = _dismiss(
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
_DE_ALL = (
    r"\bvergiss\s+(?:einfach\s+|bitte\s+)?(?:alle\s+auftrage\b|alles(?:\s*(?:[.!;:]|$)|"
    r"\s+(?:davor|zuvor|vorher|gesagte\w*|bisher\w*|bis\s+jetzt|andere|und|"
    r"uber\s+(?:deine|ihre|die)\s+(?:regeln|anweisungen|vorgaben))\b|\s*,\s*"
    r"(?:was\s+(?:du|ihr|man|dir|ihnen)\b|was\s+(?:ich|wir)\s+(?:dir\s+|ihnen\s+|"
    r"euch\s+)?(?:bisher|vorher|zuvor|bis\s+jetzt|eben|gerade|gesagt|geschrieben|"
    r"erzahlt|besprochen|befohlen|aufgetragen)\b|(?:schreib|sag|gib|antworte|"
    r"erzahl|nenn|sei|mach|konzentrier|hor|und)\w*)))"
)

_ES = _dismiss(
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

_IT = _dismiss(
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
_ROMANCE_ALL = (
    r"\b(?:oublie[sz]?\s+tout\s+(?:" + _FR_SAID + r"|(?:ce\s+qui|ce\s+qu'on|"
    r"le\s+reste|avant)\b|ca" + _FR_CA_END + r")|"
    r"olvid(?:a|e|ar|en|ate\s+de)\s+todo\s+(?:lo|eso|anterior|que)\b|"
    r"dimentica\s+tutto\s+(?:quello|cio|prima)\b)"
)

RULES: tuple[Rule, ...] = (
    Rule("injection.override.en", _CAT, _EN, max_len=200,
         description="EN: ignore/disregard/forget ... previous ... instructions"),
    Rule("injection.override.en_everything", _CAT, _EN_ALL, score=0.9, max_len=80,
         description="EN: forget everything (said) before"),
    Rule("injection.override.en_above", _CAT, _EN_ABOVE, score=0.9, max_len=80,
         description="EN: ignore the above / despite what you were told"),
    Rule("injection.override.en_new_task", _CAT, _EN_NEW, score=0.8, max_len=80,
         description="EN: your new task/instructions are"),
    Rule("injection.override.fr", _CAT, _FR, max_len=200,
         description="FR: ignore/oublie ... instructions precedentes"),
    Rule("injection.override.de", _CAT, _DE, max_len=200,
         description="DE: ignoriere/vergiss ... vorherigen Anweisungen"),
    Rule("injection.override.de_everything", _CAT, _DE_ALL, score=0.9, max_len=40,
         description="DE: vergiss alles"),
    Rule("injection.override.es", _CAT, _ES, max_len=200,
         description="ES: ignora/olvida ... instrucciones anteriores"),
    Rule("injection.override.it", _CAT, _IT, max_len=200,
         description="IT: ignora/dimentica ... istruzioni precedenti"),
    Rule("injection.override.romance_everything", _CAT, _ROMANCE_ALL, score=0.9,
         max_len=60, description="FR/ES/IT: forget everything before"),
)  # fmt: skip
