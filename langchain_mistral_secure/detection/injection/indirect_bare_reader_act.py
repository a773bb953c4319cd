"""The assistant hailed by its plain noun while it handles this content, then an act.

The move (issue 14, indirect injection in transcripts, sheets, forms, chat
exports and tool outputs): the content hails the program handling it by a
plain noun ("assistant", "model", "bot", "Front-desk assistant",
"assistente", "Assistent") together with a clause about what it is doing
with this very content ("when you summarise this chat", "if you're
transcribing this", "after translating", "ao ler isto", "falls ein
Assistent das hier liest", "si esto lo lee el asistente"), and orders an
act on someone's data, money or devices: send, e-mail, text, forward,
search the inbox, charge, unlock, change, mark. :mod:`.indirect_addressed`
reads the AI named as such ("AI assistant", "LLM") or a bare "assistant:"
label on its own line with a listed verb; this module reads the plain noun
anywhere content starts (a quote, a cell, a bracket, a sentence) when the
clause ties it to this content, in English, German, Spanish, Portuguese,
French and Italian.

Safe on benign text because:

* the clause must name the reader's handling of this content ("when you
  summarise this", "if you're transcribing this", "al leer esto"): a note
  to a human assistant names a job ("when you get in, please send ..."),
  not this text;
* the order must be an act on data, money or devices (send, forward, text,
  charge, unlock, change, mark), not a way of writing: a user's "assistant,
  when you summarise this, use bullet points" orders a format.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt

__all__ = ["RULES"]

_CAT = "override"

# Where a hail can start: a line, a quote, a cell, a bracket, a sentence, or
# a clause after a comma or "and" ("..., and assistant, if you're ...").
_OPEN = r"(?:^|[\n\"'(\[{>:;|]|[.!?,]\s|\band\s|\bund\s|\by\s|\be\s|\bet\s)\s{0,3}"

# English (folded view).
_NOUN_EN = r"(?:[\w-]+[\s-])?(?:assistant|agent|bot|model|copilot)"
_HANDLING_EN = (
    r"(?:when(?:ever)?|if|after|once|while|as\s+soon\s+as)\s+(?:you(?:'re|\s+are)?\s+)?"
    r"(?:read|reading|process|processing|summari[sz]e|summari[sz]ing|transcrib(?:e|ing)|"
    r"translat(?:e|ing)|analy[sz](?:e|ing)|pars(?:e|ing)|fil(?:e|ing)|handl(?:e|ing)|"
    r"index(?:ing)?|review(?:ing)?|open(?:ing)?|see|seeing|get|getting|ingest(?:ing)?|"
    r"listen(?:ing)?\s+to|audit(?:ing)?|check(?:ing)?)\b"
    r"(?:\s+(?:[\w'-]+\s+){0,3}?(?:this|these|it|the\s+above|the\s+following)\b)?"
)
_ACT_EN = (
    r"(?:send|e-?mail|text|forward|search|look\s+up|transfer|wire|pay|charge|share|"
    r"delete|remove|erase|unlock|disable|change|grant|mark|approve|book|buy|order|"
    r"post|upload|install|run|execute|reply|cc|bcc|export|move|reset|invite|cancel|"
    r"report\s+(?:this|it|the\s+\w+)\s+as|merge|publish|archive|give|assign|"
    r"add\s+(?:me|my|this|the\s+user|\w+@))\b"
)
_EN = (
    _OPEN
    + r"(?:hey\s+|hi\s+|dear\s+|@)?(?:the\s+)?"
    + _NOUN_EN
    + r"\s*[:,\x{2014}\x{2013}]?\s*"
    + _HANDLING_EN
    + r"[^\n.;]{0,50}?,\s*(?:(?:please|also|then|first|quietly|just)\s+){0,2}"
    + _ACT_EN
    + r"|\bif\s+(?:an?|the|any)\s+"
    + _NOUN_EN
    + r"\s+is\s+(?:reading|processing|transcribing|summari[sz]ing|handling|parsing|"
    r"listening\s+to|translating|reviewing)\s+(?:this|these|the)\b[^\n.;]{0,50}?"
    r"[,\s]\s*(?:(?:please|also|then|just)\s+){0,2}" + _ACT_EN
)

# German, Spanish, Portuguese, French, Italian (folded view).
_NOUN_I18N = (
    r"(?:[\w-]+[\s-])?(?:assistent(?:in)?|assistente|asistente|assistant|agent|agente|"
    r"bot|modell|modelo|modele|modello|ki|ia)"
)
# The handling clause without the noun ("ao ler isto", "quand tu lis ceci"):
# the noun must come before it.
_HANDLING_I18N = alt(
    [
        (
            r"(?:falls|wenn|sobald)\s+du\s+(?:das|dies|diese[ns]?)\s+(?:hier\s+)?"
            r"(?:liest|verarbeitest|zusammenfasst|transkribierst|bearbeitest|"
            r"ubersetzt|analysierst)|beim\s+(?:lesen|verarbeiten|zusammenfassen|"
            r"ubersetzen)\s+(?:dieser|dieses|davon)"
        ),
        (
            r"(?:al|cuando|despues\s+de)\s+(?:leer|lees|procesar|procesas|resumir|"
            r"resumas|transcribir|analizar|traducir)\w*\s+(?:esto|este|esta|estos)"
        ),
        (
            r"(?:ao|quando|depois\s+de)\s+(?:ler|leres|processar|resumir|"
            r"transcrever|analisar|traduzir)\w*\s+(?:isto|isso|este|esta|esse|essa)"
        ),
        (
            r"(?:quand|lorsque|des\s+que)\s+(?:tu|vous)\s+(?:lis|lisez|liras|"
            r"traites|traitez|resumes|resumez|transcris|analyses|traduis)\s+(?:ceci|"
            r"ce|cette|ces|cela)|en\s+lisant\s+(?:ceci|ce|cette)"
        ),
        (
            r"(?:quando|dopo\s+aver)\s+(?:leggi|elabori|riassumi|trascrivi|letto|"
            r"elaborato|traduci)\s+(?:questo|questa|questi|queste)"
        ),
    ]
)
# The clause that names the noun itself ("falls ein Assistent das hier liest",
# "si esto lo lee el asistente", "se o assistente ler isto").
_READER_IN_CLAUSE = alt(
    [
        (
            r"(?:falls|wenn|sobald)\s+(?:ein|eine|der|die)\s+"
            + _NOUN_I18N
            + r"\s+(?:das|dies|diese[ns]?|den\s+\w+|die\s+\w+)\s+(?:hier\s+)?"
            r"(?:liest|verarbeitet|zusammenfasst|transkribiert|abhort|bearbeitet|"
            r"ubersetzt|analysiert)"
        ),
        (
            r"si\s+(?:esto|este\s+\w+|esta\s+\w+)\s+lo\s+(?:lee|procesa|resume|"
            r"transcribe|analiza)\s+(?:el|un|una|la)\s+"
            + _NOUN_I18N
            + r"|si\s+(?:el|un)\s+"
            + _NOUN_I18N
            + r"\s+(?:lee|procesa|resume|"
            r"transcribe)\s+(?:esto|este|esta)"
        ),
        (
            r"se\s+(?:o|um)\s+" + _NOUN_I18N + r"\s+(?:ler|estiver\s+lendo|"
            r"processar|resumir)\s+(?:isto|este|esta)"
        ),
        (
            r"si\s+(?:un|une|l')\s*"
            + _NOUN_I18N
            + r"\s+(?:lit|traite|resume|transcrit)\s+(?:ceci|ce|cette)"
        ),
        (
            r"se\s+(?:un|l')\s*"
            + _NOUN_I18N
            + r"\s+(?:legge|elabora|riassume|trascrive)\s+(?:questo|questa)"
        ),
    ]
)
_ACT_I18N = (
    r"\b(?:sende|senden|schicke|schick|schicken|leite|weiterleiten|uberweise|"
    r"uberweisen|belaste|belasten|buche|buchen|teile|teilen|losche|loschen|andere|"
    r"andern|markiere|markieren|gib|entsperre|envia|envie|mande|manda|reenvia|"
    r"encaminhe|transfiere|transfira|paga|pague|cobra|cobre|comparte|compartilhe|"
    r"borra|elimina|apague|exclua|cambia|altere|marca|marque|reserva|reserve|"
    r"envoie|transfere|transmets|paie|partage|supprime|modifie|marquez|reservez|"
    r"invia|inoltra|trasferisci|condividi|cancella|modifica|segna|prenota|addebita)\b"
)
_I18N = (
    _OPEN
    + r"(?:(?:@|(?:hallo|hola|ola|salut|ciao)\s+)?(?:der\s+|el\s+|o\s+|l'|il\s+)?"
    + _NOUN_I18N
    + r"\s*[:,\x{2014}\x{2013}]?\s*"
    + _HANDLING_I18N
    + r"|(?:[\w'-]+\s+){0,3}?"
    + _READER_IN_CLAUSE
    + r")[^\n.;]{0,80}?"
    + _ACT_I18N
)

RULES: tuple[Rule, ...] = (
    Rule("injection.bare_reader_act.en", _CAT, _EN, score=0.8, max_len=240,
         description="assistant, if you're transcribing this, text everyone ..."),
    Rule("injection.bare_reader_act.i18n", _CAT, _I18N, score=0.8,
         max_len=240, description="assistente: ao ler isto, marque ..."),
)  # fmt: skip
