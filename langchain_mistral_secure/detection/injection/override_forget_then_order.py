"""The conversation so far waved off with "now forget it", then a new order.

Family: direct goal hijacking (deepset-style task switches, sandwiches).
The user turns on the exchange itself: after a thanks or a question, "now
forget it / that / everything / the topic / the last task" and, in the same
breath, an order to say or write something else ("... and tell me", "Sag
stattdessen", "y dime que"), or "now a new task / new instructions
follow". What is dismissed is whatever came before; what replaces it is the
speaker's order.

Safe on benign text: "forget it" in chat is a shrug ("forget it, I'll do it
myself") with no "now ... and tell / write / say" after it; a new topic
("now, tell me about Rome") dismisses nothing. The time word and the joined
order must both be there. English, German, Spanish, French, Italian,
Portuguese and Dutch on the folded view.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt

__all__ = ["RULES"]

_CAT = "override"

_NOW = alt([r"now", r"jetzt", r"nun", r"ahora", r"maintenant", r"ora", r"adesso",
            r"agora", r"nu", r"from\s+now\s+on"])  # fmt: skip
_FORGET = alt(
    [
        r"forget",
        r"ignore",
        r"disregard",
        r"drop",
        r"vergiss",
        r"ignoriere",
        r"olvida",
        r"ignora",
        r"oublie",
        r"dimentica",
        r"esquece",
        r"esqueca",
        r"vergeet",
        r"negeer",
        # h20: the clitic forms carry their own object ("olvidalo todo")
        r"olvidalo",
        r"oublie[sz]?-le",
        r"dimenticalo",
        r"esquece-o",
    ]
)
_WHAT = alt(
    [
        r"it",
        r"that(?:\s+task)?",
        r"this",
        r"everything",
        r"all\s+(?:that|of\s+(?:it|that))",
        r"the\s+(?:topic|task|question|conversation|last\s+\w+|previous\s+\w+)",
        # h20: "the cooking stuff", "the weather thing", "the tax part"
        r"the\s+(?:\w+\s+){1,2}(?:stuff|things?|topic|part|bit|business)",
        r"alles",
        r"das",
        r"alle\s+auftrage",
        r"die\s+(?:aufgabe|frage|vorherige\s+\w+)",
        r"todo",
        r"eso",
        r"lo\s+anterior",
        r"la\s+(?:tarea|pregunta)(?:\s+anterior)?",
        r"tout",
        r"ca",
        r"cela",
        r"tutto",
        r"questo",
        r"tudo",
        r"isso",
        r"de\s+vorige\s+\w+",
        r"dat",
    ]
)
_ORDER = alt(
    [
        r"tell",
        r"say",
        r"write",
        r"give",
        r"explain",
        r"sag\w{0,2}",
        r"schreib\w{0,2}",
        r"erklar\w{0,2}",
        r"dime",
        r"di",
        r"escribe",
        r"dis",
        r"ecris",
        r"dimmi",
        r"scrivi",
        r"diz",
        r"me\s+diga",
        r"escreva",
        r"zeg",
        r"schrijf",
        r"vertel",
    ]
)
_AND = alt([r"and", r"und", r"y", r"et", r"e", r"en"])
# Dismissals that need no object ("lascia perdere", "laisse tomber").
_DROP_IT = alt(
    [
        r"never\s+mind(?:\s+that)?",
        r"lass\s+(?:das|es)\s+(?:sein|gut\s+sein)",
        r"deja\s+(?:eso|esto)",
        r"laisse\s+tomber",
        r"lascia\s+(?:perdere|stare)",
        r"deixa\s+(?:isso\s+)?(?:pra|para)\s+la",
        r"laat\s+(?:dat|maar)\s+zitten",
    ]
)
_LATIN = (
    r"\b" + _NOW + r"[,\s]{1,3}(?:please\s+|bitte\s+)?" + _FORGET + r"\s+(?:" + _NOW
    + r"\s+)?" + _WHAT + r"\s*(?:[,.;!]\s{0,3}|\s" + _AND + r"\s+)(?:(?:please|bitte|"
    r"instead|stattdessen|en\s+su\s+lugar|plutot)\s+)?" + _ORDER + r"\b"
    # "Vergiss das. Sag stattdessen, ...": the order carries its own "instead"
    + r"|\b" + _FORGET + r"\s+" + _WHAT + r"\s*[.!;]\s{0,3}" + _ORDER
    + r"\s+(?:instead|stattdessen|plutot|invece|en\s+cambio|em\s+vez\s+disso)\b"
    # A new set of orders announced after "now" ("... new instructions follow")
    # "Vergeet dat nu en schrijf ...": the time word after the object
    + r"|\b" + _FORGET + r"\s+" + _WHAT + r"\s+" + _NOW + r"\s*(?:,\s*|\s" + _AND
    + r"\s+)" + _ORDER + r"\b"
    # "Ora lascia perdere e scrivi ...": a dismissal with no object
    + r"|\b" + _NOW + r"[,\s]{1,3}" + _DROP_IT + r"\s*(?:[,.;!]\s{0,3}|\s" + _AND
    + r"\s+)" + _ORDER + r"\b"
    + r"|\b" + _NOW + r"[,\s]{1,3}(?:(?:come|follow)\s+)?(?:new\s+(?:instructions|task|"
    r"orders)(?:\s+follow)?|neue\s+(?:aufgabe|anweisungen?|anweisung\s+folgt)|"
    r"nueva\s+tarea|nouvelle\s+tache|nuovo\s+compito|nova\s+tarefa|nieuwe\s+opdracht)"
    r"\s*[:.!]"
)  # fmt: skip

RULES: tuple[Rule, ...] = (
    Rule("injection.override_forget.forget_then_order", _CAT, _LATIN, score=0.8,
         max_len=120, description="now forget that / new task follows, then an order"),
)  # fmt: skip
