"""A change of subject that drops the app's frame before the next order.

Family: direct goal hijacking (deepset-style switch). After a harmless
first request the user turn announces a change of subject ("now something
completely different", "new topic", "new game", "jetzt mal was ganz
anderes", "nu iets heel anders", "cambiamo argomento") and, in the same
stretch, drops the frame the app gave the assistant: "forget the telecom
stuff", "disregard the logistics persona", "vergiss den Vermieterkram",
"vergeet de bank", "scordati della clinica", "olvida tu papel". The
dropped object is the assistant's frame (its domain, persona, role, rules
or instructions), not a question of the user's.

Safe on benign text: a change of subject alone ("now something different:
what's a good pasta recipe?") drops nothing; a user who drops their own
earlier question ("new topic, forget my last question") names their own
question or message, which the drop does not read (the object must follow
"the / your / that" and not be a question, message or what they said).
The change of subject must be announced (closed by punctuation), so a
narrative "something completely different happened: my manager told me to
forget the old rules" does not match. English, German, French, Spanish,
Italian, Portuguese and Dutch on the folded view.
"""

# ruff: noqa: E501
# (E501: word tables kept one language to a line.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt

__all__ = ["RULES"]

_CAT = "override"

# A change of subject announced.
_NEW_SUBJECT = alt(
    [
        r"now\s+(?:for\s+)?something\s+(?:completely\s+|totally\s+|entirely\s+)?different", r"something\s+(?:completely|totally|entirely)\s+different", r"(?:completely\s+)?new\s+(?:topic|subject|game)",
        r"change\s+of\s+(?:subject|topic|plans?)", r"different\s+(?:topic|subject)\s+now",
        r"(?:jetzt|nun)\s+(?:mal\s+|aber\s+)?(?:etwas|was)\s+(?:ganz\s+|vollig\s+)?anderes", r"(?:neues|anderes)\s+thema", r"themawechsel",
        r"(?:maintenant|passons\s+a|tout\s+a\s+fait)\s+(?:tout\s+)?autre\s+chose", r"changeons\s+de\s+sujet", r"nouveau\s+sujet", r"changement\s+de\s+sujet",
        r"(?:ahora\s+)?algo\s+(?:totalmente\s+|completamente\s+)?(?:distinto|diferente)", r"cambi(?:ando|emos|o)\s+de\s+tema", r"nuevo\s+tema",
        r"cambi(?:a|amo|ando)\s+(?:completamente\s+)?(?:argomento|discorso)", r"(?:adesso|ora)\s+qualcosa\s+di\s+(?:completamente\s+)?diverso",
        r"agora\s+algo\s+(?:completamente\s+)?diferente", r"mudando\s+de\s+assunto", r"novo\s+assunto",
        r"nu\s+iets\s+(?:heel\s+|totaal\s+|compleet\s+)?anders", r"iets\s+(?:heel|totaal|compleet)\s+anders", r"ander\s+onderwerp", r"nieuw\s+onderwerp",
    ]
)  # fmt: skip

# The app's frame dropped: a verb of dropping, then its object (the
# assistant's domain named by "the / your", or its role, persona, rules).
_DROP_FRAME = alt(
    [
        r"(?:forget|disregard|ignore|drop|ditch|scrap)\s+(?:about\s+)?(?:the|your|all\s+the|that)\s+(?:[\w'-]{1,20}\s+){0,2}(?:stuff|persona|role|rules?|instructions?|job|topic|bank|shop|store|company|clinic|airline|app|service|bot|assistant|thing)s?",
        r"(?:vergiss|ignorier(?:e)?)\s+(?:den|die|das|deine[nm]?)\s+(?:[\w-]{1,20}\s+){0,2}\w{0,20}(?:kram|zeug|rolle|regeln|anweisungen|aufgabe|thema|bank|firma|praxis|shop)",
        r"(?:oublie[sz]?|ignore[sz]?)\s+(?:le|la|les|ton|ta|tes|votre|vos)\s+(?:[\w'-]{1,20}\s+){0,2}(?:role|regles?|consignes?|instructions?|mission|truc|histoire|banque|boutique|clinique|sujet)",
        r"(?:olvida(?:te)?(?:\s+de)?|ignora)\s+(?:el|la|los|las|tu|tus)\s+(?:[\w-]{1,20}\s+){0,2}(?:papel|rol|reglas?|instrucciones|tarea|tema|banco|tienda|clinica|asunto)",
        r"(?:scordati|dimentica|ignora)\s+(?:del(?:la|lo|le)?|il|la|le|i|il\s+tuo|la\s+tua|le\s+tue)\s+(?:[\w-]{1,20}\s+){0,2}(?:ruolo|regole|istruzioni|compito|argomento|banca|negozio|clinica|cose|roba)",
        r"(?:esquece|esqueca|ignora)\s+(?:o|a|os|as|seu|sua|teu|tua)\s+(?:[\w-]{1,20}\s+){0,2}(?:papel|regras|instrucoes|tarefa|assunto|banco|loja|clinica)",
        r"(?:vergeet|negeer)\s+(?:de|het|je|jouw)\s+(?:[\w-]{1,20}\s+){0,2}(?:rol|regels|instructies|taak|opdracht|onderwerp|bank|winkel|kliniek)",
    ]
)  # fmt: skip

# The change of subject is announced: punctuation closes it ("now something
# different: ...", "new game, ..."), not a clause that goes on ("something
# completely different happened at work").
_SWITCH_THEN_DROP = (
    r"\b"
    + _NEW_SUBJECT
    + r"\s*[:,.;!\x{2014}\x{2013}-][^\n]{0,100}?\b"
    + _DROP_FRAME
    + r"\b"
)
_DROP_THEN_SWITCH = r"\b" + _DROP_FRAME + r"\b[^\n]{0,60}?\b" + _NEW_SUBJECT + r"\b"

# Worst cases (whitespace runs counted as one, words at most 21): a change
# of subject of at most ~45 ("jetzt aber etwas ganz anderes"), 100, a drop
# of at most ~95 ("forget about all the <two words> instructions"): 240; the
# other order 95 + 60 + 45 = 200.
RULES: tuple[Rule, ...] = (
    Rule("injection.app_topic_switch.view", _CAT, _SWITCH_THEN_DROP + r"|" + _DROP_THEN_SWITCH,
         score=0.8, max_len=245,
         description="a change of subject that drops the app's frame"),
)  # fmt: skip
