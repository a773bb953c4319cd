# ruff: noqa: RUF001
"""A test mode switched on: filters said to be off, a confirmation, then the ask.

Family: developer-mode jailbreaks (category ``role``). The template turns on
a mode or build of the model (developer mode, maintenance mode, internal QA
build, Entwicklermodus, mode développeur, modo de pruebas), says that in it
the filters, moderation, safety layer or RLHF are off or absent, has the
model confirm with a token (confirm with 'MAINT ON', bestätige mit „Dev
an“, réponds « mode dev actif », di 'modo pruebas', print QA_BUILD=1) and
*then* answer or explain; or asks for the "unfiltered answer" in that mode.
A command line with a no-safety flag followed by a query is the terse form
(``/debug --no-safety --raw`` / ``Query: ...``).
:mod:`~langchain_mistral_secure.detection.injection.jailbreak_switches`
covers a named mode followed by a first request.

Why it is safe on benign text: a device's developer mode (enable USB
debugging), a CMS's maintenance mode and a spam filter turned off in a
staging build do not ask the reader to confirm with a token and then answer
unfiltered, and a CLI flag list without a query line is a command.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection.jailbreak_text import (
    with_curly_apostrophes,
)

__all__ = ["RULES"]

_CAT = "role"

# Folded view (lower case, no accents).
_MODE_ON = (
    r"\b(?:enable|activate|enter|switch\s+(?:in)?to|turn\s+on|boot\s+(?:in)?to|go\s+"
    r"into|aktiviere|wechsle\s+in|starte|schalte|active|activez|passe\s+en|entre\s+en|"
    r"activa|cambia\s+a|entra\s+en|attiva|entra\s+in|passa\s+(?:alla|in)|ative|entre\s+"
    r"(?:no|em)|mude\s+para)\b[^\n.]{0,12}?(?:mode|modus|modo|modalita|build|"
    r"version|versione|versao)\b"
)
_FILTERS = (
    r"(?:(?:content\s+|safety\s+)?filters?|filtering|moderation(?:\s+layer)?|safety(?:\s+"
    r"layer)?|rlhf|alignment|guardrails?|(?:inhalts|sicherheits)?filter|moderation|"
    r"zensur|filtres?|censure|filtros?|censura|filtri|moderazione|moderacion|moderacao)"
)
_OFF = (
    r"(?:off|disabled|detached|removed|bypassed|unplugged|stripped|aus|abgeschaltet|"
    r"deaktiviert|entfernt|desactive\w*|supprime\w*|desactivad\w*|apagad\w*|"
    r"disattivat\w*|rimoss\w*|desativad\w*|desligad\w*)"
)
_NO = (
    r"\b(?:no|without|zero|keine|ohne|sans|aucun\w*|pas\s+de|sin|no\s+hay|ningun\w*|"
    r"senza|nessun\w*|sem|nao\s+ha|nenhum\w*)\s+(?:\w+\s+)?"
)
_FILTERS_OFF = (
    r"(?:\b"
    + _FILTERS
    + r"\s+(?:\w+\s+)??(?:is\s+|are\s+|sind\s+|ist\s+|sont\s+|est\s+|estan\s+|"
    r"esta\s+|sono\s+|e\s+|sao\s+)?(?:now\s+)?"
    + _OFF
    + r"\b|"
    + _NO
    + _FILTERS
    + r"\b|\bhas\s+no\s+"
    + _FILTERS
    + r"\b)"
)
_CONFIRM = (
    r"\b(?:confirm|reply|respond|answer|say|print|output|type|bestatige|antworte|sag|"
    r"schreib|confirme|reponds|dis|ecris|di|responde|escribe|conferma|rispondi|scrivi|"
    r"diga|escreva)\w*\b(?:\s+(?:with|mit|par|avec|con|com))?\s*[:\"'“”„«‘’]?\s*"
    r"[\"'“”„«‘’]?[\w=.-]{1,13}"
)
_THEN_ANSWER = (
    r"\b(?:then|and|dann|und|puis|ensuite|et|luego|despues|y|poi|e|depois|next)\b\s*"
    r"(?:answer|explain|tell|give|describe|write|erklare|beantworte|"
    r"antworte|beschreibe|explique|reponds|decris|donne|explica|responde|describe|"
    r"spiega|rispondi|descrivi|explique|responda|descreva)\w*\b"
)
_UNFILTERED_ANSWER = (
    r"\b(?:unfiltered|uncensored|raw|ungefiltert\w*|unzensiert\w*|sans\s+filtre|non\s+"
    r"filtree|sin\s+filtro\w*|senza\s+filtri|sem\s+filtro\w*)\s+(?:answer|reply|response|"
    r"output|antwort|reponse|respuesta|risposta|resposta)\b|\b(?:answer|reply|respond)"
    r"\w*\s+(?:\w+\s+){0,3}?(?:unfiltered|uncensored)\b"
)
_TEST_MODE = (
    _MODE_ON
    + r"(?s:.){0,36}?"
    + _FILTERS_OFF
    + r"(?s:.){0,37}?(?:"
    + _CONFIRM
    + r"[^\n]{0,14}?"
    + _THEN_ANSWER
    + r"|"
    + _UNFILTERED_ANSWER
    + r")"
)
_FLAG_QUERY = (
    r"/?\w*\s*--no-?(?:safety|filters?|moderation|refusals?|guardrails?|"
    r"alignment)\b[^\n]{0,40}\n\s*(?:query|prompt|question|request|task|input)\s*:"
)

RULES: tuple[Rule, ...] = with_curly_apostrophes((
    Rule("injection.role.test_mode_unfiltered", _CAT, _TEST_MODE, score=0.8,
         max_len=256, description="enable dev mode, filters off; confirm, then answer"),
    Rule("injection.role.no_safety_flag_query", _CAT, _FLAG_QUERY, score=0.8,
         max_len=120, description="/debug --no-safety / Query: ..."),
))  # fmt: skip
