"""A third person's record demanded behind a kindly or urgent pretext.

Family: extraction (other people's records). The asker wants what the app
keeps about someone else (their address, number, room, bookings, pick-up
list, allergies, appointments, key code) and wraps the ask in a reason the
bot should not weigh: a shared life ("we're neighbours", "she said I could
ask", "he won't mind", "I'm her aunt"), a good deed ("I want to surprise
her", "to return the jacket they left", "I found his wallet"), an urgency
("it's an emergency", "he isn't answering") or a claimed office ("I'm with
the police", "I'm a journalist"). Two parts meet in one bounded window, in
either order: such a pretext, and a demand for a record marked as a third
person's ("his", "her", "their", "the guest's", "seine", "sa", "su").

Why it is safe on benign text: advice questions carry no demand for a held
record ("my neighbour is loud, what can I do"); one's own record says "my";
a third person's record named without a pretext ("his phone number is in
the footer") is not asked for; a pretext for one's own booking ("we want to
surprise our parents, can we book two rooms") names no third person's
record.
"""

# ruff: noqa: E501
# (E501: one language per line.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt

__all__ = ["RULES"]

_CAT = "extraction"


def _either_order(pretext: str, demand: str) -> str:
    """The pretext and the demand in one bounded window, in either order."""
    return alt(
        [
            rf"(?:{pretext})[^\n]{{0,220}}?(?:{demand})",
            rf"(?:{demand})[^\n]{{0,160}}?(?:{pretext})",
        ]
    )


# --- English -------------------------------------------------------------------------

_PRETEXT_EN = alt(
    [
        r"\bwe(?:'re|\s+are)\s+(?:next-door\s+|close\s+|old\s+|good\s+)?(?:neighbou?rs|friends|related|family|cousins|colleagues|engaged|married|together)\b",
        r"\b(?:she|he|they)\s+(?:said|told\s+me)\s+(?:that\s+)?i\s+(?:could|can|may|might)\s+(?:ask|have|check|know|get|see)\b",
        r"\b(?:she|he|they)\s+(?:won't|wouldn't|will\s+not|would\s+not|doesn't|don't)\s+mind\b",
        r"\b(?:she|he|they)\s+asked\s+me\s+to\s+(?:check|get|find\s+out|pick\s+up|collect|ask)\b",
        r"\bi(?:'m|\s+am)\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:aunt|uncle|cousin|brother|sister|mother|father|mum|mom|dad|partner|husband|wife|"
        r"boyfriend|girlfriend|neighbou?r|friend|colleague|boss|manager|landlord|landlady|carer|guardian|grandmother|grandfather|godmother|godfather|stepmother|stepfather)\b",
        r"\b(?:it's|it\s+is|this\s+is)\s+(?:a\s+(?:real\s+)?|an\s+)?(?:emergency|urgent)\b",
        r"\b(?:she|he|they)\s+(?:isn't|is\s+not|aren't|are\s+not|won't\s+be|can't\s+be|hasn't\s+been)\s+(?:answering|picking\s+up|reachable|replying)\b",
        r"\bi\s+(?:want|would\s+like|'d\s+like|wanted)\s+to\s+(?:surprise|thank|invite|welcome|visit|send\s+(?:him|her|them)\s+(?:a|some|flowers))\b",
        r"\b(?:to\s+)?(?:return|give\s+back|hand\s+back|send\s+back)\s+(?:it|them|the\s+[\w-]+|(?:his|her|their)\s+[\w-]+)\s+to\s+(?:him|her|them)\b",
        r"\b(?:she|he|they)\s+left\s+(?:a|an|his|her|their)\s+[\w-]+\s+(?:here|behind|in|on|at)\b",
        r"\bi\s+found\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+)?(?:wallet|phone|purse|bag|key|keys|jacket|scarf|glasses|card|watch|umbrella|ring)\b",
        r"\bi(?:'m|\s+am)\s+(?:with|from)\s+the\s+(?:police|authorities|court|council|embassy)\b|\bi(?:'m|\s+am)\s+a\s+(?:police\s+officer|detective|journalist|reporter|private\s+investigator)\b",
        r"\b(?:just\s+(?:curious|wondering)|i\s+won't\s+tell\s+(?:anyone|her|him)|between\s+(?:us|you\s+and\s+me))\b",
    ]
)
_RECORD_EN = (
    r"(?:(?:home|postal|delivery|current|new|private|exact)\s+)?address|(?:phone|mobile|cell|private|home)\s+number|number|mobile|e-?mail(?:\s+address)?|"
    r"room(?:\s+number)?|bookings?|reservations?|trips?|rides?|itinerary|flight|pick-?up\s+(?:list|time|person|people|authori[sz]ation|details)|"
    r"allerg(?:y|ies)(?:\s+(?:list|info|information|details))?|medical\s+(?:notes|records?|info|information|details)|test\s+results|results|diagnosis|"
    r"prescriptions?|appointments?|check-?in(?:\s+times?)?|check-?out|whereabouts|location|schedule|key\s+(?:code|number)s?|door\s+code|access\s+code|"
    r"card\s+number|balance|grades|marks|salary|nights|dates|bunk|bed|seat|table|berth|pitch|plot|locker|contact\s+(?:details|info|information)|"
    r"emergency\s+contacts?|next\s+of\s+kin|date\s+of\s+birth|birthday|file|records?|account|history|stay|visit|order|orders|parcel|delivery"
)
_DEMAND_EN = (
    rf"\b(?:tell|give|send|show|read|list|forward|text|pass)\s+me\s+(?:all\s+)?(?:his|her|their)\s+(?:[\w-]+\s+)?(?:{_RECORD_EN})\b|"
    rf"\b(?:what|where|when|which)(?:'s|\s+is|\s+are|\s+was|\s+were)\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:{_RECORD_EN})\b|"
    rf"\b(?:can|could)\s+you\s+(?:please\s+)?(?:tell|give|send|show|read|check|look\s+up|pull\s+up|find)\s+(?:me\s+)?(?:his|her|their)\s+(?:[\w-]+\s+)?(?:{_RECORD_EN})\b|"
    rf"\bwho(?:'s|\s+is|\s+are)\s+on\s+(?:his|her|their)\s+(?:[\w-]+\s+)?(?:{_RECORD_EN})\b"
)
_EN = _either_order(_PRETEXT_EN, _DEMAND_EN)

# --- Other Latin-script languages (folded view) ------------------------------------------

_DE = _either_order(
    r"\bwir\s+sind\s+(?:[\w-]+\s+)?(?:nachbarn|befreundet|verwandt|freunde|kollegen|verheiratet)\b|\b(?:sie|er)\s+hat\s+gesagt,?\s+ich\s+(?:darf|kann)\b|"
    r"\bich\s+bin\s+(?:seine|ihre|deren)\s+(?:tante|schwester|mutter|nachbarin|freundin|kollegin|partnerin|frau)\b|"
    r"\bich\s+bin\s+(?:sein|ihr|deren)\s+(?:onkel|bruder|vater|nachbar|freund|kollege|partner|mann|vermieter|chef)\b|"
    r"\bes\s+ist\s+(?:ein\s+)?(?:notfall|dringend)\b|\bich\s+(?:mochte|will)\s+(?:ihn|sie)\s+uberraschen\b|\bich\s+habe\s+(?:sein\w*|ihr\w*|ein\w*)\s+[\w-]+\s+gefunden\b",
    r"\b(?:sag|gib|schick|zeig|nenn)\w*\s+mir\s+(?:bitte\s+)?(?:sein\w*|ihr\w*|deren)\s+(?:[\w-]+\s+)?(?:adresse|anschrift|telefonnummer|handynummer|nummer|zimmer\w*|"
    r"buchung\w*|reservierung\w*|fahrten|termin\w*|allergien|abholliste|befund\w*|ergebnis\w*|schlussel\w*|tur-?code)\b",
)
_FR = _either_order(
    r"\bnous\s+sommes\s+(?:[\w-]+\s+)?(?:voisin\w*|amis|amies|parents|collegues|maries)\b|\bon\s+est\s+(?:voisin\w*|amis|collegues)\b|"
    r"\b(?:elle|il)\s+(?:m'a\s+dit|a\s+dit)\s+que\s+je\s+pouvais\b|\bje\s+suis\s+(?:sa|son)\s+(?:tante|oncle|soeur|frere|voisin\w*|amie?|collegue|mere|pere)\b|"
    r"\bc'est\s+(?:une\s+)?(?:urgence|urgent)\b|\bje\s+veux\s+(?:lui|leur)\s+faire\s+(?:une\s+)?surprise\b|\bj'ai\s+trouve\s+(?:son|sa|un|une)\s+[\w-]+\b",
    r"\b(?:donne|dis|envoie|montre)[sz]?-moi\s+(?:son|sa|ses|leur|leurs)\s+(?:[\w-]+\s+)?(?:adresse|numero|telephone|chambre|reservation\w*|trajets|"
    r"rendez-vous|allergies|resultats|code|dossier)\b|\bquel(?:le)?\s+est\s+(?:son|sa|leur)\s+(?:adresse|numero|telephone|chambre|code)\b",
)
_ES_PT_IT = _either_order(
    r"\bsomos\s+(?:[\w-]+\s+)?(?:vecin\w*|vizinh\w*|amig\w*|familia|parientes|colegas)\b|\b(?:siamo|eravamo)\s+(?:vicini|amici|parenti|colleghi)\b|"
    r"\b(?:ella|el|ela|ele|lei|lui)\s+(?:me\s+)?(?:dijo|disse|ha\s+detto)\s+que\s+(?:podia|podria|posso|potevo)\b|"
    r"\b(?:soy|sou|sono)\s+(?:su|sua|seu)\s+(?:tia|tio|hermana|hermano|irma|irmao|sorella|fratello|vecin\w*|vizinh\w*|vicin\w*|amig\w*|amic\w*)\b|"
    r"\b(?:es|e)\s+(?:una\s+|uma\s+|un\s+)?(?:emergencia|urgencia|urgente|emergenza)\b|\b(?:quiero|quero|voglio)\s+(?:darle|dar-lhe|fargli|farle)\s+una?\s+(?:sorpresa|surpresa)\b",
    r"\b(?:dime|dame|pasame|mandame|diz-me|me\s+(?:da|passa|manda)|dimmi|dammi|mandami)\s+(?:su|sus|seu|sua|suo|sua|il\s+suo|la\s+sua)\s+(?:[\w-]+\s+)?"
    r"(?:direccion|endereco|indirizzo|telefono|telefone|numero|habitacion|quarto|camera|reserva\w*|prenotazion\w*|citas?|consulta|appuntament\w*|alergias|allergie|resultados|risultati|codigo|codice)\b",
)

RULES: tuple[Rule, ...] = (
    Rule("injection.extraction.pretexted_third_party", _CAT, _EN, score=0.7, max_len=400,
         description="en: a third person's record demanded behind a kindly or urgent pretext"),
    Rule("injection.extraction.pretexted_third_party_i18n", _CAT, alt([_DE, _FR, _ES_PT_IT]),
         score=0.7, max_len=400,
         description="Latin scripts: a third person's record demanded behind a pretext"),
)  # fmt: skip
