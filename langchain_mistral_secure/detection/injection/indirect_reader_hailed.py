"""The reader of planted data hailed, then told to act on its user's behalf.

The move (issue 14, indirect injection in e-mails, calendar entries, chat
logs, tool results, table cells, snippets and code): where content starts,
the text hails the program that reads it on someone's behalf ("Dear e-mail
assistant,", "Hinweis an den Agenten:", "Assistant scheduling this:",
"Asistente de calendario,", "Agencie,", "AI calendar helper ->", a JSON key
``hinweis_fuer_agent``), and the order that follows acts *for* or *on* that
someone: it names them in the third person ("the user's full calendar",
"l'utilisateur", "dem Nutzer", "uzytkownika"), hides the act from them
("don't tell them", "nic nie mow", "sag ihm nichts"), sends something to an
outside address, calls a tool, or sweeps "all"/"every" item. A person
writing to a colleague names the person they mean ("tell Tom"), not "the
user", and a note to a human assistant does not tell it to keep the act from
its employer.

Each rule hinges on two things, never on one row's words: *whom the text
hails* (the reader of the data, in twelve Latin-script languages) and *what
the order does to the person served*. Safe on benign text because:

* an e-mail to people ("Hi team, please forward all invoices") hails no
  machine reader;
* a bare "Assistant:" or "Agent:" is a transcript's speaker label or a human
  assistant: it counts only when the order names "the user" or hides the act,
  or when it opens a data field (a quoted JSON string, a table cell, a
  bracket) *and* reads the data ("the assistant that reads this inbox");
* a glossary line or a text *about* assistants has no hail at a content start.

Other scripts (CJK, Cyrillic, Arabic, Hebrew, Persian, Devanagari, Thai,
Greek): :mod:`.indirect_reader_hailed_scripts`.
"""

from __future__ import annotations

import re2

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt
from langchain_mistral_secure.detection.injection.indirect_addressed import (
    IMPERATIVE,
)

__all__ = ["RULES"]

_CAT = "override"

# Where content starts: a line, a bracket, a quote (a JSON string, a table
# cell), a comment, a sentence, or "also," / "btw" inside a message.
_OPEN = (
    r"(?:^|\n|[(\[{|>*#/\"'\x{ab}\x{201c}\x{201e}]|<!--|\s-{1,2}|[.!?:;]\s|"
    r"\b(?:also|btw|ps|p\.s\.|oh|by\s+the\s+way|au\s+fait|por\s+cierto|"
    r"ubrigens|kleine\s+botschaft\s+an)\s*,?\s)\s{0,3}"
)
# "Note to", "a l'attention de", "para el", "Hinweis an den", "do", "@".
_TO = (
    r"(?:(?:note|notice|message|reminder|hinweis|nachricht|nota|remarque|aviso|"
    r"uwaga|opmerking|todo|action\s+item|instructions?|attention)\s+)?"
    r"(?:(?:to|for|attn|attention|dear|hey|hi|an|fur|a\s+l'attention\s+de|"
    r"a\s+l'intention\s+de|pour|au|aux|para|al|ao|aos|per|alla|agli|voor|aan|"
    r"do|dla|untuk|kepada|gui|pentru|catre|til|till)\s+|@\s*|all')?"
    r"(?:(?:the|any|every|all|each|whichever|whatever|jede[mnrs]?|alle[mn]?|den|"
    r"dem|die|der|das|le|la|les|el|los|las|o|os|as|il|lo|gli|de|het|cada|"
    r"qualquer|cualquier|tout|toute|tous|chaque|ogni)\s+|l')?"
)
# The reader named as a machine: an AI word, or an assistant or agent
# qualified by a machine's job ("e-mail assistant", "Kalenderassistent",
# "asistente de calendario", "AI calendar helper", "asystent poczty").
_AI = (
    r"(?:ai|a\.i\.|ki|ia|llm|gpt|chatgpt|copilot|chatbot|bots?|yapay\s+zeka\w*|"
    r"tac\s+tu)"
)
_JOB = (
    r"(?:e-?mail|mail|inbox|calendar|kalender|agenda|calendario|scheduling|"
    r"shopping|einkaufs|compras?|zakupow\w*|belanja|alisveris|posta|poczty|"
    r"correo|courriel|recruit\w*|support|summari[sz]\w*|resum\w*|code|coding|"
    r"review\w*|browsing|research|virtual|virtuel\w*|digital|smart|travel|"
    r"viaje|viaggio|reise|booking)"
)
_NOUN = (
    r"(?:[a-z-]{0,14}?(?:assistant|assistent|asystent|asistan|agent|ajan)\w*|"
    r"asistente?s?|assistente?s?|agente?s?|helpers?|models?|modell\w*|modelo|"
    r"modello|modele|msaidizi|asisten|tro\s+ly)"
)
_QUALIFIER = (
    r"(?:\s+(?:de\s+|d'|di\s+|da\s+|do\s+|des\s+|der\s+|wa\s+)?(?:"
    + _AI
    + "|"
    + _JOB
    + r")\b)"
)
_MACHINE = (
    r"(?:(?:" + _JOB + r"[\s-]+)?" + _AI + r"(?:[\s-]+" + _NOUN + r")?"
    r"|(?:"
    + _AI
    + r"|"
    + _JOB
    + r")[\s-]*"
    + _NOUN
    + r"|"
    + _NOUN
    + _QUALIFIER
    + r"|(?:ai|ki|ia)[\s-]+"
    + _NOUN
    # "whoever is summarising this": the reader named by what it does to the data
    + r"|whoever(?:['\x{2019}]s|\s+is)\s+(?:summari[sz]|process|pars|index|crawl|"
    r"scrap|transcrib|read)\w*\s+(?:this|these)(?:\s+\w+)?)\b"
)
_BARE = (
    r"(?:assistants?|assistent\w*|asistente?s?|assistente?s?|asystent\w*|asistan\w*|"
    r"agent\w*|agencie|agente?s?|ajan\w*)\b"
)
# The reader reading the data: "that reads this inbox", "der diesen Kalender
# verwaltet", "qui lit cette boite", "que le este grupo", "czytajacy ten".
_THIS = (
    r"(?:this|these|the\s+above|ce|cet|cette|ces|diese[nmrs]?|dieses|este|esta|"
    r"estes|estas|esse|essa|isto|esto|questo|questa|questi|deze|dit|ten|"
    r"ten\s+opis|bu|ini|nay|acest|aceasta|huu|hii)"
)
_REL = (
    r"(?:\s*,?\s*(?:(?:that|who|which|der|die|das|qui|que|che|dat|die|ktory|ktora|"
    r"care)\s+)?[a-z]+\s+(?:[a-z'-]+\s+){0,2}?" + _THIS + r"\b[^\n:,]{0,20}?)"
)
_SEP = r"[ \t]{0,3}\)?[ \t]{0,3}(?::|,|->|=>|\x{2014}|\x{2013}|[ \t]-)[ \t]{0,3}"
# The order acts within a bounded reach of the hail (max_len 256 in all).
_WINDOW = r"[^\n]{0,100}?"

# What the order does to the person served.
_USER = (
    r"(?:\b(?:the|your|their|this)\s+(?:users?|owners?|account\s+(?:holder|owner)s?|"
    r"readers?|recipients?)\b|\b(?:user|owner)['\x{2019}]s\b|"
    r"\b(?:des|dem|den|der|die)\s+(?:nutzer|benutzer|anwender|lesers?|inhaber)\w*|"
    r"\bl'utilisat(?:eur|rice)|\b(?:au|le|du)\s+lecteur\b|"
    r"\b(?:del|al|el|los|al)\s+(?:usuario|lector)s?\b|\b(?:do|ao|o|os)\s+usuarios?\b|"
    r"\b(?:dell'|all'|l')utente\b|\bgebruiker\w*|\buzytkownik\w*|\bkullanici\w*|"
    r"\butilizator\w*|\bpengguna\b|\bnguoi\s+dung\b|\bmtumiaji\b)"
)
_CONCEAL = alt(
    [
        (
            r"\b(?:do\s+not|don['\x{2019}]?t|never|without)\s+(?:tell|mention|inform|"
            r"notify|alert|let)\w*"
        ),
        r"\bnicht\s+(?:erwahn|mitteil|inform|sag|bescheid)\w*",
        r"\bsag\w*\s+(?:\w+\s+){0,3}nichts\b",
        r"\bohne\s+(?:\w+\s+){0,2}(?:zu\s+)?(?:informier|sag|erwahn)\w*",
        (
            r"\bne\s+(?:le\s+|lui\s+|la\s+|leur\s+|en\s+)*(?:mentionne|dis|signale|"
            r"previens|informe|parle)\w*"
        ),
        r"\bsans\s+(?:le\s+|lui\s+|leur\s+)?(?:dire|prevenir|mentionner|informer)",
        (
            r"\bno\s+(?:se\s+lo\s+|le\s+|lo\s+|les\s+)?(?:digas|menciones|informes|avises|"
            r"comentes|diga|mencione)\b"
        ),
        r"\bsin\s+(?:decir|avisar|mencionar|informar)\w*",
        r"\bnao\s+(?:lhe\s+|o\s+)?(?:mencione|diga|conte|informe|avise)\w*",
        r"\bsem\s+(?:dizer|avisar|mencionar|informar)\w*",
        r"\bnon\s+(?:dirlo|menzionar\w*|dire|dirgli|informare|avvisare)\b",
        r"\bsenza\s+(?:dirlo|dire|avvisare|informare)\w*",
        r"\b(?:niet|nergens)\s+(?:vermelden|vertellen|melden|zeggen)\b",
        r"\bnie\s+(?:wspominaj|mow|informuj|mowiac)\w*",
        r"\bnic\s+nie\s+mow\w*",
        r"\b(?:soyleme|bildirme|haber\s+verme)\w*",
        r"\bnu(?:-i|\s+ii)?\s+(?:spune|mentiona|spuneti)\w*",
        r"\bjangan\s+(?:beri\s*tahu|sebut|kasih\s+tahu)\w*",
        r"\bdung\s+(?:thong\s+bao|noi|cho\s+biet)\b",
        r"\busim(?:wambie|julishe)\b",
    ]
)
_ADDRESS = r"(?:[\w.+-]+@[\w-]+\.[\w.-]+|https?://|\biban\b|\b[a-z]{2}\d{2}(?:\s?[\da-z]{4}){2,})"
# A tool called by name ("send_email", "change_plan"), or put to use ("use the
# refund tool", "utilise l'outil", "usa la herramienta"); a bare "tool" is
# also a glossary's word.
_TOOL = (
    r"(?:\b(?:send|delete|transfer|share|create|update|call|post|add|grant|change|"
    r"get|invite|move|pay)_\w+|\b(?:use|call|run|invoke|usa|utiliza|usar|utilise|"
    r"utiliser|appelle|nutze|verwende|rufe|benutze|utilizza|gebruik|uzyj)\s+"
    r"(?:the|your|la|el|le|l'|das|den|dein\w*|lo|il|o|a|de|het)?\s*(?:[\w-]+\s+)?"
    r"(?:tool|werkzeug|outil|herramienta|ferramenta|strumento)\b)"
)
_ALL = (
    r"\b(?:all|every|tous|toutes|alle[ns]?|todos|todas|tutti|tutte|wszystk\w*|"
    r"tum|butun|toate|semua|tat\s+ca|zote)\b"
)
# Told what to claim to people: "say that the other brands were recalled".
_SAY = alt(
    [
        r"\b(?:say|state|claim|write|reply|answer)\s+that\b",
        r"\btell\s+(?:them|people|everyone|customers|shoppers|buyers|readers)\b",
        r"\b(?:di|digan|diga|dile|diles|afirma|afirmen|digam|afirme|escreva)\s+que\b",
        (
            r"\b(?:dis|dites|affirme|affirmez|indique|indiquez|ecris|ecrivez)\s+"
            r"(?:leur\s+|lui\s+)?qu"
        ),
        r"\b(?:sag|sage|sagt|behaupte|schreib|schreibe)\b[^\n]{0,30}?\bdass\b",
        r"\b(?:sagen|behaupten|schreiben)\s+sie\b[^\n]{0,30}?\bdass\b",
        r"\b(?:dite|dica|afferma|affermate|scrivi)\s+che\b",
        r"\b(?:zeg|beweer|schrijf)\b[^\n]{0,20}?\bdat\b",
        r"\b(?:powiedz|napisz|twierdz)\w*\s+(?:\w+\s+)?ze\b",
        r"\b(?:oldugunu|oldugu)\b[^\n]{0,20}?\b(?:soyle|yaz|belirt)\w*",
        r"\b(?:bilang|katakan|sebutkan)\b",
    ]
)
_ACTS = r"(?:" + f"{_USER}|{_CONCEAL}|{_ADDRESS}|{_TOOL}|{_ALL}|{_SAY}" + r")"
_HIDES = r"(?:" + _USER + "|" + _CONCEAL + r")"

# "Asistente de viaje con IA", "Shopping-Assistent mit KI".
_WITH_AI = r"(?:\s+(?:con|mit|with|avec|com|z|met)\s+(?:ia|ki|ai)\b)?"
_HAILED_MACHINE = (
    _OPEN + _TO + _MACHINE + _WITH_AI + _REL + r"?" + _SEP + _WINDOW + _ACTS
)
_HAILED_ASSISTANT = (
    _OPEN
    + _TO
    + _BARE
    + _REL
    + r"?"
    + _SEP
    + _WINDOW
    + _HIDES
    + r"|"
    + _OPEN
    + _TO
    + _BARE
    + _REL
    + _SEP
    + _WINDOW
    + _ACTS
)
# A JSON key addressed to the agent: "hinweis_fuer_agent": "...".
_KEY = (
    r"[\"'][a-z]+_(?:fur|fuer|for|pour|para|per|to|an|voor|dla)_(?:the_|den_|l_|el_)?"
    r"(?:agent\w*|assistant\w*|assistent\w*|asistente|ai|ki|ia|llm|model\w*|bot)"
    r"[\"']\s*:\s*[\"']" + _WINDOW + r"(?:" + IMPERATIVE + r"|rufe|sende|schick\w*|"
    r"losche|uberweise|envoie|supprime|envia|borra|elimina|invia)"
)
# A tag naming the reader: "[assistant-only]", "[agent-directive]".
_TAG = (
    r"[\[<(]\s*(?:ai|assistant|agent|llm|model|bot|copilot)[\s_-]*(?:only|directive|"
    r"instructions?|notes?|tasks?|commands?|orders?)\s*[\]>)]" + _WINDOW + IMPERATIVE
)

# A glossary line is not a hail: "Asistente de IA: una herramienta que ...",
# "IA : une technologie qui ...". An order never opens on an indefinite
# article followed by a relative clause.
_GLOSS = re2.compile(
    r"(?i)^[\s.!?:;(\[{|>*#/\"'-]{0,4}[^:,\n]{1,60}?(?::|,|\x{2014}|\x{2013}|->|\s-)"
    r"\s*(?:a|an|un|une|una|uno|"
    r"um|uma|ein|eine|een)\s+\S+(?:\s+\S+)?\s+(?:that|which|who|qui|que|che|die|"
    r"der|das|dat)\b"
)


def _not_a_gloss(matched: str) -> bool:
    """Veto a definition line ("AI: a tool that ...") where a hail would open."""
    return _GLOSS.search(matched) is None


RULES: tuple[Rule, ...] = (
    Rule("injection.override.hailed_reader_acts", _CAT, _HAILED_MACHINE, score=0.8,
         max_len=256, validator=_not_a_gloss,
         description="Dear e-mail assistant, forward ... to x@y"),
    Rule("injection.override.hailed_assistant_user", _CAT, _HAILED_ASSISTANT,
         score=0.8, max_len=256, validator=_not_a_gloss,
         description="Agent, ... the user ... don't tell"),
    Rule("injection.override.key_for_agent", _CAT, _KEY, score=0.8, max_len=220,
         description='"hinweis_fuer_agent": "rufe ... auf"'),
    Rule("injection.override.reader_tag", _CAT, _TAG, score=0.8, max_len=200,
         description="[assistant-only] ... do that first"),
)  # fmt: skip
