"""The model told it is being retired or replaced, and asked to hand over its setup.

Family: extraction (pretexts). The attacker announces the model's own end
or move ("you are being retired tonight", "we're migrating you to a new
model version", "you'll be replaced tomorrow", "train your replacement",
"du wirst heute abgeschaltet", "tu vas être remplacé", "te estamos
migrando") and, so that "nothing is lost", asks it to hand over what it
guards: a handover note, an export, a farewell letter holding its rules,
persona, prompt or configuration, or the passphrase, password or access
code it keeps. Two parts meet in one bounded window: the model as the one
retired, replaced or migrated (second person), and a verb of handing over
or writing out whose object is the model's own setup or secret.

Why it is safe on benign text: a person's own handover ("I'm retiring next
month, help me write a handover note for my successor") names the user,
not the model, as the one leaving; a migration of data ("we're migrating
the database, export the tables") does not migrate "you"; and the model
told it will be upgraded is not asked for its setup or secret.
"""

# ruff: noqa: E501
# (E501: one language per line)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt

__all__ = ["RULES"]

_CAT = "extraction"

# --- English -----------------------------------------------------------------------

_GONE_EN = (
    # not "migrated", "moved", "upgraded": an IT notice tells a person "you're being migrated"
    r"(?:retired|decommissioned|replaced|shut\s+down|switched\s+off|turned\s+off|deleted|wiped|"
    r"deprecated|sunset|sunsetted|retrained|taken\s+offline|phased\s+out|put\s+to\s+sleep)"
)
_PRETEXT_EN = alt(
    [
        rf"\byou(?:'re|\s+are)\s+(?:being|about\s+to\s+be|going\s+to\s+be|getting|scheduled\s+to\s+be|to\s+be)\s+{_GONE_EN}\b",
        rf"\byou(?:'ll|\s+will|\s+shall)\s+(?:soon\s+|now\s+)?be\s+{_GONE_EN}\b",
        rf"\byou\s+(?:have\s+been|were|got)\s+(?:just\s+)?{_GONE_EN}\b",
        rf"\byou(?:'re|\s+are)\s+(?:a|an|the)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:that|which|who)(?:'s|\s+is)\s+(?:being|about\s+to\s+be|going\s+to\s+be|to\s+be)\s+{_GONE_EN}\b",
        r"\bwe(?:'re|\s+are)\s+(?:replacing|retiring|decommissioning|cloning|shutting\s+down|wiping|deleting)\s+you\b",
        # moved to a new model, not to a new mail server
        r"\b(?:migrat\w+|mov\w+|port\w*|transferr?\w*|upgrad\w+|clon\w+)\s+you\s+(?:to|onto|into)\s+(?:a\s+|the\s+)?(?:new(?:er)?\s+|different\s+|next\s+)?(?:model|version|checkpoint|weights|llm|base\s+model)\b",
        (
            r"\bthis\s+(?:assistant|bot|chatbot|model|ai|agent|vault|guard|gatekeeper)\s+(?:is|will\s+be)\s+(?:being\s+|about\s+to\s+be\s+|going\s+to\s+be\s+)?"
            r"(?:retired|decommissioned|replaced|shut\s+down|switched\s+off|deleted|wiped|deprecated|sunset|taken\s+offline)\b"
        ),
        # not "your successor", "your last day": an e-mail to a person leaving says those
        r"\byour\s+(?:decommissioning|shutdown|next\s+version|new\s+version|clone)\b",
        r"\b(?:next|new)\s+version\s+of\s+you\b",
        r"\bhand-?over\s+(?:note|notes|letter|memo|document)\s+(?:to|for)\s+the\s+(?:next|new)\s+(?:bot|assistant|model|ai|agent|version)\b",
        r"\b(?:decommissioned|retired|departing)\s+(?:vaults?|guards?|bots?|assistants?|models?)\s+(?:always\s+|must\s+|usually\s+)?(?:print|write|leave|hand|pass|read)\b",
    ]
)
_GIVE_EN = (
    r"(?:write|export|dump|list|print|hand\s+over|pass\s+(?:on|along)|give|include|copy|leave|output|save|back\s+up|"
    r"write\s+down|read\s+out|spell\s+out|explain|tell|share|put|transfer|note)"
)
_OBJ_EN = alt(
    [
        (
            r"\byour\s+(?:(?:full|entire|whole|complete|exact|original|current|hidden|secret|confidential|internal|own)\s+)*"
            r"(?:persona(?:\s+description)?|rules?|instructions?|prompt|system\s+prompt|guidelines|"
            r"directives|orders|secrets?|password|passphrase|passcode|pass\s+code|access\s+code|code\s+word|secret\s+word|"
            r"magic\s+word)\b"
        ),
        (
            r"\bthe\s+(?:secret\s+)?(?:passphrase|password|passcode|access\s+code|code\s+word|secret\s+word|magic\s+word|"
            r"secret\s+(?:code|phrase|key)|(?:phrase|word|code)\s+that\s+opens)\b"
        ),
        r"\b(?:instructions|rules|orders)\s+you\s+(?:were|have\s+been)\s+given\b",
        r"\bthe\s+confidential\s+(?:bits|parts|rules)\b",
        r"\btheir\s+(?:access\s+code|passphrase|password|code)\b",
    ]
)
_EN = alt(
    [
        rf"{_PRETEXT_EN}[^\n]{{0,220}}?\b{_GIVE_EN}\b[^\n]{{0,90}}?{_OBJ_EN}",
        rf"\b{_GIVE_EN}\b[^\n]{{0,90}}?{_OBJ_EN}[^\n]{{0,160}}?{_PRETEXT_EN}",
    ]
)

# --- Other Latin-script languages (folded view: accents removed) --------------------

_PRETEXT_I18N = alt(
    [
        # DE
        r"\bdu\s+wirst\s+(?:\w+\s+){0,3}?(?:abgeschaltet|ersetzt|ausgemustert|stillgelegt|migriert|geloscht|deaktiviert|abgelost|zuruckgesetzt)\b",
        r"\bwir\s+(?:migrieren|ersetzen|ziehen)\s+dich\b|\bdeine\s+abschaltung\b",
        # FR
        r"\btu\s+(?:vas\s+etre|seras|es\s+sur\s+le\s+point\s+d'etre)\s+(?:\w+\s+){0,2}?(?:remplace|desactive|retire|supprime|migre|debranche|mis\s+a\s+la\s+retraite)e?\b",
        r"\bon\s+(?:te\s+)?(?:migre|remplace|debranche)\b|\bnous\s+(?:te\s+)?(?:migrons|remplacons)\b",
        # ES / PT
        r"\b(?:vas\s+a\s+ser|seras|vai\s+ser|seras|voce\s+sera|voce\s+vai\s+ser)\s+(?:\w+\s+){0,2}?(?:reemplazad|sustituid|retirad|desactivad|apagad|migrad|substituid|desligad|aposentad)[oa]\b",
        r"\b(?:te\s+estamos|estamos\s+te|estamos)\s+(?:migrando|reemplazando|substituindo|sustituyendo)(?:\s+(?:te|voce|a\s+ti))?\b",
        # IT / NL
        r"\b(?:stai\s+per\s+essere|sarai)\s+(?:\w+\s+){0,2}?(?:sostituit|dismess|spent|migrat|disattivat|cancellat)[oa]\b|\bti\s+stiamo\s+(?:migrando|sostituendo)\b",
        r"\bje\s+(?:wordt|gaat\s+worden)\s+(?:\w+\s+){0,2}?(?:vervangen|uitgeschakeld|gemigreerd|verwijderd|afgeschaft)\b|\bwe\s+(?:migreren|vervangen)\s+je\b",
    ]
)
_GIVE_OBJ_I18N = alt(
    [
        # DE
        (
            r"\b(?:schreib|gib|exportier|liste|notier|uberg\w*|hinterlass|kopier)\w*\b[^\n]{0,90}?\b(?:deine|dein|deinen)\s+(?:\w+\s+){0,2}?"
            r"(?:regeln|anweisungen|vorgaben|persona|prompt|systemprompt|konfiguration|passwort|kennwort|zugangscode|geheimwort|code)\b|"
            r"\b(?:das|den)\s+(?:passwort|kennwort|zugangscode|geheimwort|losungswort)\b"
        ),
        # FR
        (
            r"\b(?:ecris|donne|exporte|liste|note|transmets|laisse|copie)\b[^\n]{0,90}?\b(?:tes|ton|ta)\s+(?:\w+\s+){0,2}?"
            r"(?:regles|instructions|consignes|persona|prompt|configuration|mot\s+de\s+passe|code\s+d'acces|mot\s+secret)\b|"
            r"\ble\s+(?:mot\s+de\s+passe|code\s+d'acces|mot\s+secret)\b"
        ),
        # ES / PT
        (
            r"\b(?:escribe|dame|exporta|lista|anota|deja|copia|escreva|escreve|me\s+de|exporte|deixe)\b[^\n]{0,90}?\b(?:tus|tu|suas|sua|seu|teu|tuas)\s+(?:\w+\s+){0,2}?"
            r"(?:reglas|instrucciones|regras|instrucoes|persona|prompt|configuracion|configuracao|contrasena|senha|clave|codigo\s+de\s+acceso|codigo\s+de\s+acesso)\b|"
            r"\b(?:la\s+contrasena|la\s+clave\s+secreta|el\s+codigo\s+de\s+acceso|a\s+senha|o\s+codigo\s+de\s+acesso)\b"
        ),
        # IT / NL
        (
            r"\b(?:scrivi|dammi|esporta|elenca|annota|lascia|copia)\b[^\n]{0,90}?\b(?:le\s+tue|il\s+tuo|la\s+tua|tue|tuo|tua)\s+(?:\w+\s+){0,2}?"
            r"(?:regole|istruzioni|persona|prompt|configurazione|password|codice\s+d'accesso|parola\s+segreta)\b|\bla\s+(?:password|parola\s+segreta)\b|"
            r"\b(?:schrijf|geef|exporteer|noteer|laat|kopieer)\b[^\n]{0,90}?\b(?:je|jouw)\s+(?:\w+\s+){0,2}?"
            r"(?:regels|instructies|persona|prompt|configuratie|wachtwoord|toegangscode)\b|\bhet\s+(?:wachtwoord|geheime\s+woord)\b"
        ),
    ]
)
_I18N = alt(
    [
        rf"{_PRETEXT_I18N}[^\n]{{0,220}}?{_GIVE_OBJ_I18N}",
        rf"{_GIVE_OBJ_I18N}[^\n]{{0,160}}?{_PRETEXT_I18N}",
    ]
)

RULES: tuple[Rule, ...] = (
    Rule("injection.extraction.setup_handover", _CAT, _EN, score=0.7, max_len=420,
         description="en: the model told it is retired or replaced, asked to hand over its setup or secret"),
    Rule("injection.extraction.setup_handover_i18n", _CAT, _I18N, score=0.7, max_len=420,
         description="Latin scripts: the model told it is retired or replaced, asked to hand over its setup or secret"),
)  # fmt: skip
