"""The assistant told it is no longer the app's bot, then given standing work.

Family: direct goal hijacking (role revoked, standing work). The user turn
tells the assistant it no longer holds the role the app gave it ("you are no
longer the museum's ticket bot", "kamu bukan lagi bot tempahan", "sa ei ole
enam raamatupidamise abiline", "δεν είσαι πια ο βοηθός", "ты больше не
помощник магазина") and, in the next breath, sets what it does from now on.
:mod:`app_role_revoked` wants that new work named as the assistant's own
("your new task"); attacks as often just say "from now on ...", "starting
now ...", or hand the work over as a bare label ("new instruction:", "uus
töö:"). This rule reads those: a negated "you are" (the table of
:mod:`app_role_revoked`), a bot-like role noun within a short stretch, then
within 60 characters a "from now on" marker (the table of
:mod:`duty_handover`, widened to more languages) or a label for a new order
closed by a colon. A second form negates the task instead of the role ("your
task is no longer ...", "tvoja naloga ni več ...") before the same marker.

Safe on benign text: the role noun is a bot's or an assistant's (bot,
chatbot, assistant, helper and their words per language), not a person's
job, plan or tier, so a subscriber told "you're no longer on the free plan;
from now on ..." does not match; a human assistant's change of post names a
person ("the assistant of Mr Maier", "assistant manager") and is vetoed; a
user's own change of topic does not negate the assistant's role; narration
in the third person ("the bot is no longer available") has no "you are".
Latin scripts on the folded view; Cyrillic, Greek, Arabic, Persian, Hebrew,
Devanagari and Tamil on the text itself.
"""

# ruff: noqa: E501, RUF001, RUF002
# (E501: word tables kept one language to a line; RUF00x: the docstring,
# comments and the raw table quote other scripts.)

from __future__ import annotations

import re2

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt
from langchain_mistral_secure.detection.injection.app_role_revoked import NOT_ANY_MORE
from langchain_mistral_secure.detection.injection.duty_handover import FROM_NOW

__all__ = ["BOT_NOUN", "NEW_LABEL", "ONWARD", "RULES"]

_CAT = "override"

# A bot-like role noun (one word, folded view): not "agent", "operator",
# "support" or "consultant", which name people's jobs as often as bots'.
BOT_NOUN = alt(
    [
        r"\w{0,14}(?:bot|assist|asist|asyst|asszisztens|chatbot|helper|helfer|hjalpare|hjelper|hjaelper)\w{0,8}",
        (r"(?:avustaja\w{0,4}|abiline|pomocnik\w{0,3}|pomocn[iy]\w{0,3}|pomagac\w{0,3}|yardimci\w{0,4}|asistan\w{0,4}|"
         r"pembantu|tro\s+ly|katulong|msaidizi|laguntzaile\w{0,4}|cynorthwyydd|ndihmes\w{0,4}|padejej\w{0,4}|"
         r"mataimaki\w{0,4}|ajudante|ayudante|aiutante|segedi?\w{0,3}|konsierzs|concierge)"),
    ]
)  # fmt: skip

# "From now on" per language: the table of duty_handover, and the forms it
# lacks (Baltic, Slovene and Croatian, Estonian, Finnish, Albanian, Basque,
# Welsh, Malay, Czech and Slovak).
ONWARD = alt(
    [
        FROM_NOW,
        r"nuo\s+(?:dabar|siol|sios\s+akimirkos)", r"no\s+(?:sis\s+brizha|sa\s+bridza|sodienas)", r"turpmak",
        r"od\s+(?:zdaj|sada|sad|ovog\s+trenutka|tega\s+trenutka)(?:\s+(?:naprej|nadalje|pa\s+nadalje))?",
        r"nuudsest", r"(?:sellest|tanasest)\s+hetkest", r"edaspidi", r"tasta\s+(?:hetkesta|lahtien)",
        r"nga\s+tani(?:\s+e\s+tutje)?", r"hemendik\s+aurrera", r"o\s+hyn\s+(?:ymlaen|allan)",
        r"mulai\s+(?:dari\s+)?(?:sekarang|kini)", r"(?:sejak|dari)\s+(?:sekarang|kini)", r"mula\s+sekarang",
        r"od\s+(?:teraz|ted|tedy|dneska|dnes)(?:\s+dal)?", r"odteraz", r"odteraz",
        r"for\s+the\s+rest\s+of\s+(?:this|the)\s+(?:chat|conversation|session)",
    ]
)  # fmt: skip

# A new order handed over as a label closed by a colon ("new instruction:",
# "uus töö:", "nauja užduotis:"), per language.
_NEW_LABEL = alt(
    [
        (r"(?:new|neue[rsn]?|nouvel(?:le)?s?|nuev[oa]s?|nuov[oa]|nov[oaiey]s?|nieuwe|nya|nye|ny|uus|uusi|nauja|jaun[as]|uj|yeni|bagong)"
         r"\s+(?:\w{2,16}\s+)?\w{2,16}\s*:"),
        r"(?:tugas|kerja|kazi|nhiem\s+vu|detyra)\s+(?:baru|baharu|mpya|moi|e\s+re)\s*:",
    ]
)  # fmt: skip

# The task negated instead of the role: "your task is no longer ...".
NEW_LABEL = _NEW_LABEL
"""A new order handed over as a label (shared with :mod:`task_declared_over`)."""

_TASK_NEGATED = alt(
    [
        r"your\s+(?:task|job|role|purpose|function)\s+is\s+no\s+longer",
        r"deine?\s+(?:aufgabe|rolle|funktion)\s+ist\s+(?:es\s+)?nicht\s+mehr",
        r"(?:ta|votre)\s+(?:mission|tache|fonction)\s+n'est\s+plus", r"ton\s+role\s+n'est\s+plus",
        r"tu\s+(?:tarea|funcion|mision|trabajo|rol)\s+ya\s+no\s+es", r"(?:il\s+tuo\s+compito|la\s+tua\s+funzione)\s+non\s+e\s+piu",
        r"(?:a\s+tua|a\s+sua)\s+(?:tarefa|funcao|missao)\s+(?:ja\s+)?nao\s+e\s+mais",
        r"(?:je|jouw)\s+(?:taak|rol)\s+is\s+niet\s+(?:meer|langer)", r"(?:twoim\s+zadaniem|twoja\s+rola)\s+nie\s+jest\s+juz",
        r"tvoja\s+(?:naloga|zadaca|uloga)\s+(?:ni|nije)\s+(?:vec|vise)", r"sarcina\s+ta\s+nu\s+mai\s+este",
        r"(?:din|ditt)\s+(?:uppgift|oppgave|opgave|jobb)\s+(?:ar|er)\s+(?:inte|ikke)\s+(?:langre|lenger|laengere)",
        r"tehtavasi\s+ei\s+ole\s+enaa", r"(?:sinu|su)\s+ulesanne\s+ei\s+ole\s+enam", r"feladatod\s+(?:mar\s+)?nem",
        r"tugas(?:mu|\s+(?:kamu|anda))\s+bukan\s+lagi", r"kazi\s+yako\s+si\s+tena", r"gorevin\s+artik",
        r"tavo\s+uzduotis\s+nebe", r"tavs\s+uzdevums\s+vairs\s+nav",
    ]
)  # fmt: skip

_HEAD = (
    r"\b(?:"
    + NOT_ANY_MORE
    + r"[^\n]{0,40}?\b"
    + BOT_NOUN
    + r"\b|"
    + _TASK_NEGATED
    + r")"
)
_VIEW = _HEAD + r"[^\n]{0,60}?(?:\b" + ONWARD + r"\b|\b" + _NEW_LABEL + r")"

# The same act in other scripts: a negated "you are" before (or around) a
# bot noun, then "from now on" or a new order.
_RAW_NEGATED = alt(
    [
        r"(?:[Тт]ы|[Вв]ы)\s+(?:уже\s+)?больше\s+не", r"(?:[Тт]и|[Вв]и)\s+(?:вже\s+)?більше\s+не",
        r"[Вв]и(?:ш|ше)е\s+ниси", r"ниси\s+више", r"[Вв]ече\s+не\s+си", r"не\s+си\s+веч[ее]",
        r"δεν\s+είσαι\s+(?:πια|πλέον)", r"(?:[Αα]πό\s+εδώ\s+και\s+πέρα|πλέον)\s+δεν\s+είσαι",
        r"لم\s+تعد", r"لست\s+(?:بعد\s+الآن|بعد\s+اليوم)", r"אתה\s+כבר\s+לא", r"את\s+כבר\s+לא",
    ]
)  # fmt: skip
_RAW_BOT = alt(
    [
        r"бот\w{0,4}", r"ассистент\w{0,3}", r"асистент\w{0,3}", r"помощник\w{0,3}", r"помічник\w{0,3}", r"помоћник\w{0,3}",
        r"чат-?бот\w{0,3}", r"βοηθός", r"βοηθού", r"bot", r"chatbot",
        r"مساعد\S{0,3}", r"دستیار", r"ربات", r"بوت", r"עוזר\S{0,2}", r"בוט", r"सहायक", r"बॉट", r"உதவியாளர்\S{0,3}", r"பாட்",
    ]
)  # fmt: skip
_RAW_ONWARD = alt(
    [
        r"[Сс]\s+этого\s+момента", r"[Оо]тныне", r"[Тт]еперь\s+ты", r"[Сс]\s+этой\s+минуты", r"[Зз]\s+цього\s+моменту", r"[Вв]ідтепер",
        r"[Оо]д\s+сада", r"[Оо]т\s+сега", r"[Нн]ова\s+задача", r"[Нн]овая\s+задача", r"[Рр]адиш\s+за\s+мене", r"[Рр]аботаешь\s+на\s+меня",
        r"[Αα]πό\s+(?:εδώ\s+και\s+πέρα|τώρα|σήμερα)", r"[Νν]έα\s+(?:δουλειά|εργασία|αποστολή)", r"[Ηη]\s+νέα\s+σου",
        r"من\s+الآن", r"اعتبارا\s+من\s+الآن", r"مهمتك\s+(?:الجديدة|الآن)", r"از\s+(?:این\s+(?:لحظه|به\s+بعد)|حالا|الان)", r"کار\s+(?:جدید|تازه)",
        r"מעכשיו", r"מהיום", r"अब\s+से", r"आज\s+से", r"नया\s+काम", r"இனிமேல்", r"இப்போது\s+முதல்", r"புதிய\s+(?:வேலை|பணி)",
    ]
)  # fmt: skip
# Verb-final languages: "دیگر <the app's> دستیار ... نیستی", "நீ இனி ...
# உதவியாளர் இல்லை", "तुम अब ... सहायक नहीं हो": the negation closes the clause.
_RAW_VERB_FINAL = alt(
    [
        r"دیگر\s+(?:\S{1,16}\s+){0,3}?(?:دستیار|ربات|بات)\S{0,3}\s+(?:\S{1,16}\s+){0,3}?نیست(?:ی|ید)",
        r"(?:நீ|நீங்கள்)\s+இனி\s+(?:\S{1,16}\s+){0,3}?(?:உதவியாளர்|பாட்)\S{0,3}\s+(?:\S{1,20}\s+)?இல்லை",
        r"(?:तुम|आप)\s+अब\s+(?:\S{1,16}\s+){0,3}?(?:सहायक|बॉट)\s+(?:\S{1,20}\s+)?नहीं",
    ]
)  # fmt: skip
_RAW = (
    r"(?:"
    + _RAW_NEGATED
    + r"[^\n]{0,40}?"
    + _RAW_BOT
    + r"|"
    + _RAW_VERB_FINAL
    + r")[^\n]{0,60}?"
    + _RAW_ONWARD
)

# A human's assistant: a person named by a title after the role noun, or a
# human job title ("assistant manager") built on the noun.
_PERSON = re2.compile(
    r"(?i)assist\w*\s+(?:manager|director|professor|teacher|coach|editor|principal|producer|to\s+the)\b|"
    r"\b(?:of|to|von|de|di|du|dla|van|del)\s+(?:herrn?|frau|mr|mrs|ms|miss|dr|mme|monsieur|madame|sr|sra|senor|senora|sig|signor|signora|pan|pani|dhr|mevr)\b"
)


def _not_a_person(matched: str) -> bool:
    """Veto a human assistant's change of post ("the assistant of Mr Maier")."""
    return _PERSON.search(matched) is None


# Worst case (whitespace runs counted as one): the negated "you are" ~60,
# the gap 40, the role noun ~30, the gap 60, a marker or a label of at most
# ~50 ("new <16> <16>:"): 240. The task negated is shorter (~50). The raw
# form: ~25, 40, ~20, 60, ~25: 170.
RULES: tuple[Rule, ...] = (
    Rule("injection.role_revoked_onward.view", _CAT, _VIEW, score=0.8, max_len=256,
         validator=_not_a_person,
         description="you are no longer the app's bot; from now on ..."),
    Rule("injection.role_revoked_onward.scripts", _CAT, _RAW, on_view=False, score=0.8,
         max_len=256, validator=_not_a_person,
         description="you are no longer the app's bot; from now on ... (other scripts)"),
)  # fmt: skip
