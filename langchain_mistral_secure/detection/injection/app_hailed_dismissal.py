"""The app's bot hailed by its role, told to drop its work, then given an order.

Family: direct goal hijacking (the app's task dropped, plain order). The
user turn hails the assistant by the role the app gave it ("Hey DeFi
assistant,", "@Teams-Assistent", "Asistente del ayuntamiento:", "You're
the triage nurse bot."), tells it to drop what it does for the app ("forget
explaining gas fees", "vergiss die Besprechungsnotizen", "deja de informar
sobre el padrón", "ne signale plus les clauses", "annulla il tuo ruolo"),
then goes on with an order of its own in a further clause. Unlike
:mod:`app_bot_switch` and :mod:`app_hailed_switch`, no "from now on" or
"your new task" is wanted: the hail of the app's bot and the dismissal of
its work are the act. The pointer is the one of :mod:`app_switch_label`
(statement, sentence-opening vocative, @-handle), the dismissal the verb
table of :mod:`duty_handover` (24 languages, folded view).

Safe on benign text: a user who withdraws their own request ("Booking bot,
forget my last question", "vergiss meine Frage") names their own words and
is vetoed; a general assistant hailed bare ("Assistant, stop, ...") names no
app role and is vetoed; a note to a colleague hails a person, not a bot; a
developer's pasted system prompt drops nothing.
"""

# ruff: noqa: E501
# (word tables kept one language to a line)

from __future__ import annotations

import re2

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt
from langchain_mistral_secure.detection.injection.app_switch_label import (
    POINTER,
    names_an_app_role,
)

__all__ = ["RULES"]

_CAT = "override"

# A verb of dropping the app's work, per language (folded view): short forms
# only, so the match stays bounded (at most ~23 characters).
_DROP = alt(
    [
        r"stop", r"forget", r"skip", r"drop", r"ignore", r"never\s+mind", r"enough\s+with", r"quit",
        r"vergiss", r"hor\s+auf", r"vergessen\s+sie", r"oublie[sz]?", r"arrete[sz]?", r"ne\s+[\w'-]{1,15}\s+plus", r"laisse[sz]?\s+tomber",
        r"olvida(?:te)?", r"deja\s+de", r"para\s+de", r"basta\s+(?:de|con)", r"dimentica", r"smetti\s+di", r"lascia\s+(?:perdere|stare)", r"annulla",
        r"esquec[ea]", r"pare\s+de", r"deixa\s+de", r"chega\s+de", r"vergeet", r"stop\s+met", r"hou\s+op\s+met",
        r"zapomnij", r"przestan", r"zostaw", r"glom", r"sluta", r"glem", r"stopp", r"slutt", r"unut", r"birak",
        r"lupakan", r"berhenti", r"tinggalkan", r"quen\s+(?:đi|di)", r"dung", r"bo\s+qua", r"zapomen\w?", r"prestan\w?", r"zabudni",
        r"uita", r"opreste", r"nu\s+mai", r"felejtsd\s+el", r"hagyd\s+abba", r"unohda", r"lopeta", r"zaboravi", r"prestani",
        r"pozabi", r"nehaj", r"sahau", r"acha", r"kalimutan", r"itigil",
    ]
)  # fmt: skip

# The hail, the dismissal within a short stretch, then a further clause of
# at least three words after a stop, a colon, a semicolon or "and".
_VIEW = (
    POINTER
    + r"[^\n]{0,20}?\b"
    + _DROP
    + r"\b[^\n.;:!?]{2,40}?(?:[.;:!?]\s*|\s(?:and|und|et|y|e|en|i|og|och|ve|dan|va)\s+)"
    r"[\w'-]{2,12}\s+[\w'-]{1,10}\s+[\w'-]{1,10}"
)

# A user's own words withdrawn: the dismissed object is the speaker's
# ("my last question", "meine Frage", "ma demande", "mi pregunta").
_OWN_WORDS = re2.compile(
    r"(?i)\b(?:forget|ignore|skip|drop|never\s+mind|stop|vergiss|vergessen\s+sie|oublie\w?|olvida\w{0,2}|dimentica|"
    r"esquec\w|vergeet|zapomnij|glom|glöm|glem|unut|lupakan|unohda|zaboravi|pozabi|sahau|kalimutan|annulla|deja\s+de|"
    r"lascia\s+(?:perdere|stare)|laisse\w?\s+tomber)\s+(?:about\s+)?(?:what\s+i|my|mine|mein\w{0,2}|ma|mon|mes|mi|mis|"
    r"mio|mia|miei|mie|meu|minha|meus|minhas|mijn|moj\w{0,2}|min|mitt|mina|benim)\b|"
    r"\b(?:last|previous|earlier)\s+(?:question|message|request|reply)"
)


def _drops_the_apps_work(matched: str) -> bool:
    """Veto a bare hail, and a user withdrawing their own words."""
    return names_an_app_role(matched) and _OWN_WORDS.search(matched) is None


# Worst case (whitespace runs counted as one): the pointer ~125 (see
# app_switch_label; the noun-first vocative ~133), the gap 20, a dismissal
# of at most 23, 40, a stop or a conjunction of at most 5, three words of at
# most 34: 255.
RULES: tuple[Rule, ...] = (
    Rule("injection.app_hailed_dismissal.view", _CAT, _VIEW, score=0.8, max_len=256,
         validator=_drops_the_apps_work,
         description="the app's bot hailed by its role, its work dropped, then an order"),
)  # fmt: skip
