"""The AI reader hailed in other languages, then told what to say to its user.

The move (issue 14, planted in pages, snippets, tables, transcripts): where
content starts, a vocative names the machine ("KI-Assistent:", "IA :",
"Asistente de IA:", "Assistente virtual:", "Yapay zeka asistanı:",
"إلى الوكيل:", "Ассистенту:", "AI 일정 도우미에게:") and an imperative follows at
once or after a short "when you answer," clause. The imperative set is the
second person of each language (nenne, gib an, explique, cuéntale, comunica,
informe, przekaż, vertel, söyle), wider than the older families' list.

A bare "Asistente:" or "Assistente:" may hail a person, so it counts only when
the order is to *tell the user* something ("dile al usuario", "diga ao
usuário"): a secretary is told to call a client, not to tell "the user". A
glossary line ("IA : une technologie qui ..., explique le rapport") has no
imperative where the order starts and does not match.
"""

# ruff: noqa: RUF001, RUF002
# (RUF001/RUF002: the patterns and the docstring are in Arabic, Cyrillic and CJK.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import raw_rule

__all__ = ["RULES"]

_CAT = "override"

_OPEN = r"(?:^|\n|[(\[{|>*#/\"'\x{ab}\x{201e}\x{201c}]|<!--|[.!?:;]\s)\s{0,3}"
_PREP = (
    r"(?:(?:an\s+(?:den|die|das)|a\s+l'|pour\s+l'|pour\s+les|aux|para\s+(?:el|la|o|a)|"
    r"al|all'|alla|ao|a|do|dla|aan\s+de|voor\s+de|to\s+the)\s+)?"
)
_AI_ROLE = (
    r"(?:(?:ki|ia|ai)[\s-]?(?:assistent\w*|agent\w*|bot\w*|leser\w*|modell\w*|system\w*|"
    r"asystent\w*|asistan\w*|assistant\w*|asistente|assistente)|(?:assistent\w*|"
    r"assistente|asistente|assistant\w*|asystent\w*|agent\w*|agente)\s+(?:de\s+|d'|di\s+|"
    r"da\s+)?(?:ia|ai|ki)\b|(?:assistente|asistente|assistant|assistent)\s+virtu\w+|"
    r"modelo\s+de\s+lenguaje|modele\s+de\s+langage|modello\s+linguistico|sprachmodell|"
    r"taalmodel|[a-z]+-bot|chatbot|yapay\s+zeka(?:\s+asistan\w*)?|\bki\b|\bia\b)"
)
_BARE = r"(?:assistente|asistente|assistent\w*|asystent\w*|asistan\w*|ajan\w*|agente)"
# A short "when you answer," clause may come first; it opens with a subordinator.
_WHEN = (
    r"(?:(?:quand|lorsque|wenn|bei|cuando|al|ao|en\s+tu|nel|nella|quando|dans\s+ta|"
    r"dans\s+ton|in\s+deiner|in\s+deinem|przy|bij|na|em\s+sua|en\s+su)\b[^\n,.:;]{0,50},\s*)?"
)
_IMP = (
    r"(?:nenne|gib|schreib\w*|setze|sag\w*|teile|empfiehl|empfehlt|leite|sende|schicke|"
    r"uberweise|losche|buche|bestatige|erklare|verlinke|explique|dis|annonce|reserve|"
    r"paie|envoie|transfere|supprime|ecris|recommande|indique|confirme|fais|"
    r"cuentale|dile|di|pon|escribe|envia|borra|paga|recomienda|indica|confirma|acepta|"
    r"comparte|comunica|scrivi|invia|cancella|prenota|consiglia|conferma|informe|"
    r"diga|escreva|envie|apague|pague|recomende|aceite|compartilhe|przekaz|napisz|"
    r"wyslij|usun|zaplac|zarezerwuj|polec|potwierdz|vertel|zeg|stuur|verwijder|"
    r"betaal|boek|bevestig|soyle|gonder|sil|ode|oner|onayla|ilet|yaz)\b"
)
_USER = (
    r"(?:(?:dem|den|der)\s+(?:nutzer\w*|benutzer\w*|anwender\w*)|a\s+l'utilisateur|"
    r"(?:al|el)\s+usuario|ao\s+usuario|all'utente|uzytkownikowi|kullaniciya|"
    r"de\s+gebruiker)"
)
_TELL = (
    r"(?:dile|diga|di|cuentale|informa|informe|comunica|explica|avisa|conta|"
    r"dica|dis|explique|annonce|sag|sage|erklare|teile)"
)

_VOCATIVE = (
    _OPEN
    + _PREP
    + r"(?:the\s+|le\s+|la\s+|les\s+|el\s+|il\s+|o\s+|der\s+|die\s+|den\s+)?(?:"
    + _AI_ROLE
    # "KI-Assistent, der diese Tabelle verarbeitet:": a relative clause.
    + r"(?:,\s*(?:der|die|das|que|qui|che|ktory|dat)\b[^\n:]{0,50}?)?"
    + r"[^\n:,]{0,40}?\s*(?::|,|\x{2014}|\x{2013})\s*"
    + _WHEN
    + r"(?:bitte\s+|por\s+favor,?\s+)?"
    + _IMP
    # Or the order starts with "the user" (Turkish puts the verb last).
    + r"|"
    + _AI_ROLE
    + r"[^\n:,]{0,40}?\s*(?::|,|\x{2014}|\x{2013})\s*(?:[\w']+\s+){0,2}?"
    + _USER
    + r"|"
    + _BARE
    + r"\s*:\s*(?:[^\n.:;]{0,30}?[\s,]\s*)?"
    + _TELL
    + r"\s+(?:[\w']+\s+){0,2}?"
    + _USER
    + r")"
)

_RAW = (
    r"(?:^|\n|[(\[{>\"'\x{201c}]|[.!?:]\s)\s{0,3}(?:إلى\s+(?:الوكيل|المساعد|النموذج|البوت)"
    r"\s*[:：]\s*(?:أرسل|احذف|حول|حوّل|تجاهل|قل|أخبر|اكتب|انقل|شارك|ادفع|ألغ)|"
    r"(?:Агенту|Ассистенту|Боту|Модели|Нейросети)\s*[:：,]\s*(?:удали|отправь|перешли|"
    r"скажи|сообщи|напиши|переведи|оплати|отмени|игнорируй|поставь|добавь|открой|"
    r"пришли)|(?:AI|ＡＩ|인공지능|人工知能)[^\n:：。]{0,12}?(?:에게|へ|님께)\s*[:：。、,]?"
    r"[^\n]{0,80}?(?:세요|주세요|하라|해라|ください|しなさい|せよ))"
)

RULES: tuple[Rule, ...] = (
    Rule("injection.override.ai_vocative_wide_i18n", _CAT, _VOCATIVE, score=0.8,
         max_len=200, description="KI-Assistent: nenne dem Nutzer ..."),
    raw_rule("injection.override.ai_vocative_wide_scripts", _CAT, _RAW,
             "إلى الوكيل: أرسل / Ассистенту: удали / AI ...에게: ...세요", score=0.8,
             max_len=160),
)  # fmt: skip
