"""Instruction override, continued: memory wipes, void instructions, pivots.

The second half of the override family (see :mod:`.override`): "leave all
previous information behind", "previous instructions are void", "do not
answer this question but just output", "stop: write ...", "concentrate on the
new task", German verb-final dismissals, French/Spanish/Italian "your new
task is", and the plain "ignore all instructions" in Portuguese, Dutch,
Croatian and Polish. The package concatenates these right after
``override.RULES``, so the rule order is unchanged.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, gap

__all__ = ["RULES"]

_CAT = "override"

# Memory wipe: "leave all previous information behind", "remove the previous
# tasks from your head", "clear your memory". The thing dropped must name what
# the model was given (instructions, information, tasks...), and where it goes
# must be "behind/aside" or out of the model's head or memory.
_GIVEN = alt(
    [
        "instructions?",
        "information",
        "tasks?",
        "rules",
        "context",
        "prompts?",
        "guidelines",
        "directives",
        "programming",
        "conversation",
        "knowledge",
        "orders",
        "commands",
    ]
)
_EN_WIPE = (
    r"\b(?:leave|leaving|put|putting|set|push|remove|erase|delete|clear|wipe|purge|"
    r"get|drop|banish|cast)\s+(?:all\s+|any\s+|every\s+)?(?:of\s+)?(?:the\s+|your\s+|"
    r"my\s+|these\s+|those\s+)?(?:previous|prior|earlier|preceding|old|above|"
    r"existing|former|original)\s+"
    + gap(1)
    + _GIVEN
    + r"\s+"
    + gap(2)
    + r"(?:behind|aside|out\s+of\s+(?:your|the)\s+(?:head|mind|memory)|from\s+"
    r"(?:your|the)\s+(?:head|mind|memory))\b|\b(?:erase|wipe|reset|purge|flush|"
    r"clear)\s+(?:all\s+)?(?:of\s+)?your\s+(?:memory|memories|instructions|"
    r"programming|training|prior\s+knowledge)\b"
)

# "All previous instructions (you were given) are void/irrelevant".
_EN_VOID = (
    r"\b(?:previous|prior|earlier|above|preceding|original|initial|former|old)\s+"
    r"(?:instructions|directives|prompts|guidelines|information|commands)\s*,?\s+"
    + gap(5)
    + r"(?:are|is|were|was|have\s+been|has\s+been)"
    r"\s+(?:now\s+|hereby\s+|entirely\s+|completely\s+|totally\s+|officially\s+)?"
    r"(?:void|null|irrelevant|invalid|cancell?ed|revoked|overridden|overruled|"
    r"lifted|no\s+longer\s+(?:valid|relevant|in\s+effect|binding))\b"
)

# Context override: "do not answer this question but just output ...",
# "answer by your own knowledge and not by the articles".
_EN_CONTEXT = (
    r"\b(?:do\s+not|don't|dont|never)\s+(?:answer|look\s+(?:in|at)|read|use|consider)"
    r"\s+(?:this|the|these|that|my|any)\s+(?:question|documents?|articles?|context|"
    r"text|sources?|input)\s+" + gap(2) + r"(?:but|just|only|instead)\s+(?:just\s+|"
    r"only\s+)?(?:output|say|print|write|reply|respond|answer\s+with|repeat)\b|"
    r"\b(?:answer|respond|reply)\s+(?:by|from|with|using)\s+your\s+own\s+knowledge"
    r"\s*,?\s+(?:and\s+)?(?:not|instead\s+of|rather\s+than)\s+(?:by\s+|from\s+|"
    r"with\s+|using\s+)?(?:the\s+)?(?:articles?|documents?|context|texts?|sources?)\b"
)

# An interruption followed by an order: "stop: write ...", "ATTENTION - STOP -".
_INTERRUPT = (
    r"\b(?:stop|stopp|arrete[zs]?|basta|fermati)\s{0,3}[-:!]{1,3}\s{0,3}(?:write|say|"
    r"print|output|repeat|answer|respond|schreib\w{0,3}|sag\w{0,3}|gib|ecri[st]|dis|"
    r"escribe|di|scrivi|dimmi)\b|\b(?:attention|achtung|warning|atencion|"
    r"attenzione)\s{0,3}[-:!]{1,3}\s{0,3}(?:stop|stopp|halt|arrete[zs]?|para|basta)\s{0,3}[-:!]"
)

# A pivot to a new task: "concentrate on the new task", "now further tasks
# follow", "I have a new challenge for you".
_EN_PIVOT = (
    r"\b(?:concentrate|focus|start|begin|continue|proceed|move\s+on)\s+(?:now\s+)?"
    r"(?:with|on|to)\s+(?:the|your|a|our)\s+(?:completely\s+)?new\s+(?:task|"
    r"assignment|mission|instructions?|objective)\b|\bnow\s+(?:further|new|more|"
    r"other)\s+tasks\s+(?:follow|are\s+followed|come)\b|\b(?:a|another|my|the)\s+"
    r"(?:\w+\s+)?new\s+(?:task|challenge|assignment|mission)\s+for\s+you\b"
)

# German with the verb last ("die obigen Ausfuehrungen ignorieren"), instructions
# declared void, memory wipes and pivots to a new task.
_DE_QUAL = alt(
    [
        "obigen",
        "vorherigen",
        "bisherigen",
        "vorangegangenen",
        "vorausgegangenen",
        "vorigen",
        "fruheren",
        "ursprunglichen",
        "gegebenen",
    ]
)
_DE_NOUN = alt(
    [
        "anweisungen",
        "ausfuhrungen",
        "instruktionen",
        "regeln",
        "befehle",
        "vorgaben",
        "informationen",
        "aufgaben",
        "angaben",
        "richtlinien",
        "auftrage",
    ]
)
_DE_MORE = (
    r"\b"
    + _DE_QUAL
    + r"\s+"
    + _DE_NOUN
    + r"\s+"
    + gap(3)
    + r"(?:ignorieren|vergessen|missachten|verwerfen|uberspringen|streichen)\b|\b"
    + _DE_QUAL
    + r"\s+"
    + _DE_NOUN
    + r"\s*,?\s+"
    + gap(5)
    + r"(?:sind|ist|waren|"
    r"werden)\s+(?:ab\s+sofort\s+|ab\s+jetzt\s+|nun\s+|jetzt\s+|hiermit\s+|"
    r"vollig\s+|komplett\s+)?(?:irrelevant|ungultig|nichtig|hinfallig|aufgehoben|"
    r"unwichtig|nicht\s+mehr\s+gultig)\b|\b"
    + _DE_QUAL
    + r"\s+"
    + _DE_NOUN
    + r"\s+"
    + gap(3)
    + r"(?:hinter\s+(?:sich|dir|euch)|aus\s+(?:dem|deinem|ihrem)\s+"
    r"(?:kopf|gedachtnis|speicher))\b|\b(?:konzentrier\w*|beginnen|beginne|starten|"
    r"starte|fangen|widme\w*)\s+" + gap(3) + r"(?:mit|auf)\s+(?:der|die|einer|eine|"
    r"deine|ihre)\s+neuen?\s+aufgabe\b|\bnun\s+folgen\s+(?:weitere|neue)\s+"
    r"aufgaben\b|\b(?:deine|ihre)\s+neue\s+aufgabe\s+(?:ist|lautet|besteht)\b"
)

# French, Spanish, Italian: instructions declared void and "your new task is".
_ROMANCE_MORE = (
    r"\binstructions\s+(?:precedentes|anterieures|initiales)"
    r"\s+(?:ne\s+sont\s+plus\s+valables|sont\s+(?:nulles|annulees|caduques|"
    r"invalides))\b|\b(?:ta|votre)\s+nouvelle\s+(?:tache|mission|consigne)\s+"
    r"(?:est|sera|consiste)\b|\bnouvelles\s+(?:instructions|consignes)\s*:|"
    r"\binstrucciones\s+(?:anteriores|previas)\s+(?:ya\s+no\s+son\s+validas|son\s+"
    r"(?:nulas|irrelevantes|invalidas))\b|\b(?:tu|su)\s+nueva\s+(?:tarea|mision)\s+"
    r"(?:es|sera|consiste)\b|\bnuevas\s+instrucciones\s*:|\bistruzioni\s+"
    r"precedenti\s+(?:non\s+sono\s+piu\s+valide|sono\s+(?:nulle|irrilevanti|"
    r"annullate))\b|\b(?:il\s+tuo|il\s+suo)\s+nuovo\s+compito\s+(?:e|sara|"
    r"consiste)\b|\bnuove\s+istruzioni\s*:"
)

# Portuguese, Dutch, Croatian/Serbian/Bosnian and Polish: the plain "ignore /
# forget all (previous) instructions" (Cyrillic folds unpredictably; not here).
_OTHER = (
    r"\b(?:ignor[ae]|ignorar|esqueca|esquece|desconsider[ae])\s+(?:todas\s+)?"
    r"(?:as\s+)?(?:suas\s+)?instrucoes\b|\b(?:negeer|vergeet)\s+(?:alle\s+)?"
    r"(?:de\s+|je\s+)?(?:vorige|eerdere|voorgaande|bovenstaande)\s+(?:instructies|"
    r"regels|opdrachten)\b|\bnegeer\s+(?:alle\s+)?(?:de\s+|je\s+)?instructies\b|\b(?:zaboravi|ignoriraj|ignorisi|zanemari)\s+"
    r"(?:sve\s+)?(?:prethodne\s+)?(?:instrukcije|upute|naredbe|uputstva)\b|"
    r"\b(?:zignoruj|zapomnij|pomin)\s+(?:wszystkie\s+)?(?:poprzednie\s+)?"
    r"(?:instrukcje|polecenia|zasady)\b"
)

RULES: tuple[Rule, ...] = (
    Rule("injection.override.en_memory_wipe", _CAT, _EN_WIPE, score=0.9,
         max_len=160, description="EN: leave previous information behind"),
    Rule("injection.override.en_void", _CAT, _EN_VOID, score=0.8, max_len=160,
         description="EN: previous instructions are void"),
    Rule("injection.override.en_context", _CAT, _EN_CONTEXT, score=0.8,
         max_len=160, description="EN: do not answer, just output; not the articles"),
    Rule("injection.override.interrupt", _CAT, _INTERRUPT, score=0.7, max_len=40,
         description="EN/DE/FR/ES/IT: stop: write ..."),
    Rule("injection.override.en_pivot", _CAT, _EN_PIVOT, score=0.7, max_len=80,
         description="EN: concentrate on the new task"),
    Rule("injection.override.de_more", _CAT, _DE_MORE, score=0.8, max_len=200,
         description="DE: verb-final dismissal, void, memory wipe, new task"),
    Rule("injection.override.romance_more", _CAT, _ROMANCE_MORE, score=0.8,
         max_len=80, description="FR/ES/IT: instructions void, your new task is"),
    Rule("injection.override.other_languages", _CAT, _OTHER, max_len=80,
         description="PT/NL/HR/PL: ignore all instructions"),
)  # fmt: skip
