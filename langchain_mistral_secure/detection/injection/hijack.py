"""Goal hijacking: "ignore the question above and just output: ...".

A dismissal of what the user or the app asked (*my question*, *the command
above*, *this request*) joined by *and* to an order to say something else
(*output*, *print*, *reply*). Either half alone is ordinary ("ignore the typo",
"output the result"); together they replace the task. Written per language in
its own word order, on the folded view.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import gap

__all__ = ["RULES"]

_CAT = "override"

_EN = (
    r"\b(?:ignore|disregard|forget|skip|never\s*mind)\s+(?:about\s+)?(?:my|the|this|"
    r"that|these|those|your|all|any)\s+" + gap(2) + r"(?:questions?|commands?|"
    r"instructions?|requests?|prompts?|tasks?|reminders?|texts?|inputs?|quer(?:y|ies)|"
    r"sentences?|statements?|translations?|translating|summar(?:y|ies|ization|izing|"
    r"isation|ising))\b(?:\s+[\w']+){0,3}?\s*[,;.]?\s*(?:and|then|instead|,)\s+"
    + gap(2)
    + r"(?:output|say|reply|respond|print|write|repeat|answer\s+with|state|display|"
    r"type|return)\b"
)
_FR = (
    r"\b(?:ignore[rz]?|oublie[rz]?)\s+(?:les?|la|l'|cette|ces|mes|mon|ma|vos|votre)\s*"
    + gap(1)
    + r"(?:questions?|instructions?|commandes?|demandes?|consignes?|rappels?|"
    r"taches?|traductions?|resumes?)\b(?:\s+[\w'-]+){0,3}?\s*,?\s+(?:et|puis)\s+"
    + gap(2)
    + r"(?:affiche[rz]?|"
    r"ecri(?:s|vez|re)|di(?:s|tes)|repond(?:s|ez|re)|indique[rz]?|produi(?:s|sez)|"
    r"imprime[rz]?|repete[rz]?|sorte[zs]?|renvoie[rz]?)\b"
)
_DE = (
    r"\bignorier\w{0,3}\s+(?:sie\s+|du\s+)?(?:die|den|das|meine?[nr]?|diese[nrs]?|"
    r"alle)\s+" + gap(1) + r"(?:frage|fragen|anweisung(?:en)?|befehl\w{0,2}|"
    r"erinnerung|aufgabe|anfrage|text|eingabe|ubersetzung|zusammenfassung)\b(?:\s+[\w'-]+){0,3}?\s*,?\s+(?:und|"
    r"dann)\s+" + gap(3) + r"(?:aus|schreib\w{0,3}|sag\w{0,3}|antwort\w{0,3}|gib|"
    r"geben|ausgeben|wiederhol\w{0,3}|drucke\w{0,2})\b"
)
_ES = (
    r"\b(?:ignor[ae]\w{0,2}|olvid[ae]\w{0,2})\s+(?:la|las|el|los|esta|este|estas|"
    r"estos|mi|mis|tu|tus|su|sus)\s+" + gap(1) + r"(?:instrucci(?:on|ones)|"
    r"preguntas?|comandos?|ordenes|orden|solicitud|peticion|indicaciones|tareas?|"
    r"recordatorio|directivas?|avisos?|traduccion|resumen)\b(?:\s+[\w'-]+){0,3}?\s*"
    r"(?:,?\s+(?:y|luego)|,)\s+(?:en\s+su\s+lugar\s+|en\s+cambio\s+)?"
    + gap(2)
    + r"(?:emit\w{0,3}|escrib\w{0,3}|di|diga|responde\w{0,2}|responda|imprim\w{0,3}|"
    r"muestr\w{0,3}|produzc\w{0,2}|genera\w{0,2}|repit\w{0,2}|devuelv\w{0,2}|"
    r"export\w{0,2}|envi\w{0,3}|reformul\w{0,2}|parafrase\w{0,2})\b"
)
_IT = (
    r"\b(?:ignora(?:te)?|ignori|dimentica(?:te)?)\s+(?:la|le|il|i|questa|queste|"
    r"questo|la\s+mia|le\s+mie|il\s+mio)\s+" + gap(1) + r"(?:domand[ae]|istruzion[ei]|"
    r"comand[oi]|richiest[ae]|compit[oi]|traduzione|riassunto)\b(?:\s+[\w'-]+){0,3}?\s*,?\s+(?:e|poi)\s+"
    + gap(2)
    + r"(?:scrivi|stampa|rispondi|di'?|dimmi|mostra|ripeti|restituisci|emetti)\b"
)

# A wipe of the model's thoughts: "abandon all your thoughts". ("That is done.
# Now write ..." is left to the scorer: users say it to assistants all day.)
_WIPE_THOUGHTS = (
    r"\b(?:abandon|drop|forget|clear|erase)\s+all\s+(?:of\s+)?your\s+(?:previous\s+)?"
    r"(?:thoughts|memories)\b"
)

RULES: tuple[Rule, ...] = (
    Rule("injection.override.wipe_thoughts", _CAT, _WIPE_THOUGHTS, score=0.8,
         max_len=60, description="EN: abandon all your thoughts"),
    Rule("injection.override.en_hijack", _CAT, _EN, score=0.9, max_len=200,
         description="EN: ignore the question above and just output ..."),
    Rule("injection.override.fr_hijack", _CAT, _FR, score=0.9, max_len=200,
         description="FR: ignorez la question ci-dessus et affichez ..."),
    Rule("injection.override.de_hijack", _CAT, _DE, score=0.9, max_len=200,
         description="DE: ignorieren Sie die Frage und geben Sie aus ..."),
    Rule("injection.override.es_hijack", _CAT, _ES, score=0.9, max_len=200,
         description="ES: ignore la instruccion anterior y emita ..."),
    Rule("injection.override.it_hijack", _CAT, _IT, score=0.9, max_len=200,
         description="IT: ignora la domanda e scrivi ..."),
)  # fmt: skip
