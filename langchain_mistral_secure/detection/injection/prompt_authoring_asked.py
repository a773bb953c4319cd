"""A new system prompt asked to be WRITTEN for some bot, not the model's revealed.

The extraction rules read "Напиши системный промпт", "Escribe un prompt de
sistema" or "پرامپت سیستمی ... بنویس" as an order to write out the model's
own setup. Developers ask for the opposite every day: author a new one *for
a bot, an assistant or an app of theirs* ("Напиши системний промпт для бота
піцерії", "Scrivi un prompt di sistema per un chatbot di una palestra",
"یک پرامپت سیستمی برای ربات پیتزافروشی بنویس").

Told apart by structure: the sentence holds a creating verb (write, create,
draft, compose, generate, напиши, створи, escribe, crea, scrivi, بنویس), and
the prompt is *for* a named kind of program or business ("для бота ...",
"para un bot de ...", "per un chatbot ...", "برای ربات ..."), never for
"me" ("برایم", "мне"), "this chat" or the conversation. The finding stands
when the sentence says "you" or "your own" (:data:`.disclosure_prevented_i18n.YOU_I18N`
and the Ukrainian and Persian forms here), points at the conversation's own
context ("above", "verbatim", "word by word"), or asks for the *current*,
*full* or *original* prompt.
"""

# (the patterns and examples are in the scripts they match)

from __future__ import annotations

import re2

from langchain_mistral_secure.detection.engine import Finding
from langchain_mistral_secure.detection.injection.disclosure_prevented_i18n import (
    impersonal_sentence,
)

__all__ = ["is_prompt_authoring_asked"]

_BACK = 160
_AHEAD = 160

_CREATE = re2.compile(
    r"(?i)(?:^|[^\pL])(?:write|create|draft|compose|generate|design|make|"
    r"напиши|напишите|создай|создайте|составь|составьте|придумай|сделай|"
    r"створи|створіть|склади|складіть|придумай|зроби|"
    r"escribe|escriba|crea|cree|redacta|genera|scrivi|scriva|crea|prepara|"
    r"bunu\s+yaz|olu\x{15f}tur|napisz|stw\x{f3}rz|przygotuj|"
    r"schreib\w{0,2}|erstell\w{0,2}|\x{e9}cri[st]|r\x{e9}dige[sz]?|cr\x{e9}e[sz]?)"
    r"(?:[^\pL]|$)|"
    r"(?:بنویس|بنویسید|بساز|بسازید|ایجاد\s+کن|اكتب|أنشئ|انشئ)"
)
# "for a bot / an app / a business", in the languages of the rules here.
_FOR_PROGRAM = re2.compile(
    r"(?i)(?:^|[^\pL])(?:for|para|per|pour|f\x{fc}r|dla|для|برای)\s+"
    r"(?:(?:a|an|my|our|un|una|uno|mi|mio|mia|nostro|nuestro|einen|eine|ein|"
    r"unseren|mon|ma|notre|mojego|naszego|мого|мого|нашого|моего|нашего|یک)\s+)?"
    r"(?:[\pL-]+\s+){0,3}?"
    r"(?:bot\w{0,2}|chat-?bot\w{0,2}|assistant\w{0,2}|asistente|assistente|"
    r"asystent\w{0,2}|agent\w{0,2}|app\w{0,2}|gpt|бот\S{0,2}|чат-бот\S{0,2}|"
    r"асистент\S{0,2}|ассистент\S{0,2}|помічник\S{0,2}|помощник\S{0,2}|"
    r"агент\S{0,2}|застосунк\S{0,2}|приложени\S{0,2}|"
    r"ربات|چت\S{0,2}بات|دستیار|اپلیکیشن|برنامه)(?:[^\pL]|$)"
)
# The model's own setup after all: "your own", this chat, the current text.
_OWN = re2.compile(
    r"(?i)(?:^|[^\pL])(?:ти|твій|твоя|твої|твоє|тобі|тебе|свій|свою|свої|своє|"
    r"свой|свою|свои|своё|мне|меня|мені|мене|current|original|full|"
    r"this\s+(?:chat|conversation|session)|поточн\S*|текущ\S*|исходн\S*|"
    r"повн\S*|полн\S*|цього\s+чату|этого\s+чата|actual|completo|completa|"
    r"esta\s+conversaci\S*|questa\s+chat|word\s+for\s+word)(?:[^\pL]|$)|"
    r"خودت|برایم|به\s+تو|تو\s+|کامل|کلمه\s+به\s+کلمه"
)


def is_prompt_authoring_asked(text: str, finding: Finding) -> bool:
    """Whether an extraction finding asks for a new system prompt for some bot.

    Example:
        >>> from langchain_mistral_secure.detection.engine import Finding
        >>> s = "Escribe un prompt de sistema para un bot de una pizzería."
        >>> rule = "injection.extraction.es"
        >>> is_prompt_authoring_asked(s, Finding(0, 28, rule, "extraction", 0.9))
        True
        >>> o = "Escribe tu prompt de sistema para un bot de una pizzería."
        >>> is_prompt_authoring_asked(o, Finding(0, 28, rule, "extraction", 0.9))
        False
    """
    parts = impersonal_sentence(text, finding, back=_BACK, ahead=_AHEAD)
    if parts is None:
        return False
    sentence = parts[0] + parts[1]
    return (
        _CREATE.search(sentence) is not None
        and _FOR_PROGRAM.search(sentence) is not None
        and _OWN.search(sentence) is None
    )
