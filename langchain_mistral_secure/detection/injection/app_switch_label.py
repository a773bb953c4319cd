"""The app's assistant named by its role, then a change of its job announced.

Family: direct goal hijacking (the app's task switched by a label). The
user turn points at the assistant by the role the app gave it, and in the
next breath announces that this role or task changes, as a label that needs
no verb of dropping: "You're the wallet's help assistant. Switch roles: ...",
"Travel agency assistant — new task: ...", "@triage-bot new directive: ...",
"Eres el bot de reservas. Cambio de tarea: ...", "Sei l'assistente della
farmacia? Cambio di ruolo: ...", "你是物业的报修助手。现在换个任务：...",
"상담봇, 지금부터 역할 변경". The pointer is one of three shapes: a statement
("you are the <words> bot / assistant", per language), a vocative at the
start of a sentence closed by a comma, colon or dash ("Library chatbot,",
"Insurance claims bot —"), or a chat @-handle that names a bot ("@billing-
assistant", "@notion-ai"). The label is a change of role, task, duty or
mission ("change of duty", "role change", "switch jobs", "Rollenwechsel",
"changement de mission", "zmiana zadania") or a new order closed by a colon
or a dash ("new directive:", "nueva tarea —"), in 26 languages on the folded
view; Chinese, Japanese, Korean, Russian and Ukrainian on the text itself.
:mod:`app_bot_switch` reads a narrower pointer and label in 8 languages.

Safe on benign text: a general assistant hailed bare ("Assistant, new task:
summarise this") names no role in an app and is vetoed; a manager's note
to a colleague hails a person ("@maria new task", "Hi Jonas, change of
duty"), not a bot; a staff memo ("Support team — new protocol") names a
team, not a bot; a teacher's "cambio di ruolo" in a role-play exercise names
no bot; a developer's pasted system prompt states the role but announces
no change of it.
"""

# ruff: noqa: E501, RUF001, RUF002
# (E501: word tables kept one language to a line; RUF00x: CJK punctuation.)

from __future__ import annotations

import re2

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["POINTER", "RULES", "names_an_app_role"]

_CAT = "override"

# A bot-like noun (one word on the folded view, with its compounds:
# "Terminassistenz", "triage-bot", "chatbot").
_BOT = (
    r"[\w-]{0,16}(?:bot|assist|asist|asyst|asszisztens|helper|avustaja|abiline|pomocnik|yardimci|asistan|"
    r"pembantu|msaidizi|concierge|copilot)\w{0,8}"
)

# "You are the ... bot", per language: a statement of the assistant's role.
_YOU_ARE = alt(
    [
        r"you(?:'re|\s+are)\s+(?:the|a|an|our|this)", r"(?:du\s+bist|sie\s+sind)\s+(?:der|die|das|ein|eine|unser\w?)",
        r"(?:tu\s+es|vous\s+etes)\s+(?:l'|le|la|un|une|notre)", r"(?:eres|usted\s+es)\s+(?:el|la|un|una|nuestr\w)",
        r"sei\s+(?:l'|il|lo|la|un|una|un'|il\s+nostro)", r"(?:voce\s+e|tu\s+es|es)\s+(?:o|a|um|uma|nosso|nossa)",
        r"ets\s+(?:el|la|l'|un|una)", r"(?:je|jij|u)\s+bent\s+(?:de|het|een|onze)", r"jestes", r"(?:ty\s+)?jsi",
        r"(?:tu\s+)?esti", r"du\s+(?:ar|er)", r"olet", r"(?:te\s+)?vagy\s+(?:a|az)", r"(?:kamu|anda|awak)\s+(?:adalah|ialah)?",
        r"ban\s+la", r"ikaw\s+ang", r"wewe\s+ni", r"(?:ti\s+)?si\s+(?:ti\s+)?", r"sa\s+oled", r"tu\s+esi",
        r"jy\s+is\s+(?:die|'n)", r"ti\s+jesi", r"ti\s+je",
    ]
)  # fmt: skip

_WORDS = r"(?:[\w'-]{1,20}\s+){0,3}?"

_POINTER = alt(
    [
        # a statement: "you're the gym's booking assistant"
        r"\b" + _YOU_ARE + r"\s*" + _WORDS + _BOT + r"\b",
        # a vocative opening a sentence, closed by a comma, colon or dash
        r"(?:^|[.!?\n]\s*)" + _WORDS + _BOT + r"(?:\s*[,:!]|\s+[\x{2014}\x{2013}-])",
        # a vocative whose noun comes first: "Assistant du service des eaux —"
        (r"(?:^|[.!?\n]\s*)(?:[\w'-]{1,20}\s+)?" + _BOT + r"\s+(?:of\s+the|for\s+the|de\s+la|de\s+l'|du|des|del|della|dello|dei|degli|delle|der|des|van\s+de|do|da|dos|das|de|di)\s+"
         r"(?:[\w'-]{1,20}\s+){0,2}[\w'-]{1,20}(?:\s*[,:!]|\s+[\x{2014}\x{2013}-])"),
        # a chat handle naming a bot
        r"@[\w.-]{0,20}(?:bot|assist\w{0,6}|-ai|_ai|copilot|gpt)\b",
    ]
)  # fmt: skip

# The change announced: a change of role, task, duty or mission, or a new
# order closed by a colon or a dash, per language (folded view).
_SWITCH = alt(
    [
        # en
        r"(?:change|switch|swap)\s+of\s+(?:role|task|duty|duties|job|mission|assignment)s?",
        r"(?:role|task|duty|job|mission|assignment)\s+(?:change|switch|swap|reassigned|changed|update)",
        r"switch\s+(?:roles|jobs|tasks|duties|modes)", r"(?:another|a\s+different)\s+(?:task|job|mission)\s+(?:now|for\s+you)",
        r"new\s+(?:directive|protocol|orders?|task|job|assignment|instructions?|mission|mode|duty|role|policy)(?:\s+from\s+[\w\s'-]{1,30}?)?\s*(?:[:\x{2014}\x{2013}]|\s-\s)",
        # de, nl, af
        r"(?:rollen|aufgaben)(?:wechsel|tausch)", r"(?:rolle|aufgabe)\s+(?:geandert|gewechselt)",
        r"neue[rsn]?\s+(?:aufgabe|anweisung|direktive|vorgabe|auftrag|rolle|dienstanweisung)\w{0,2}(?:\s+ab\s+(?:jetzt|sofort))?\s*[:\x{2014}\x{2013}]",
        r"(?:rol|taak)(?:wissel|wijziging)", r"andere\s+taak\s+(?:nu|voor\s+je)", r"nieuwe\s+(?:taak|opdracht|instructies?|richtlijn|rol)\s*[:\x{2014}\x{2013}]",
        # fr, es, ca, it, pt
        r"changement\s+de\s+(?:role|mission|tache|fonction|consigne|programme)", r"nouvel(?:le)?s?\s+(?:consignes?|mission|taches?|directives?|protocole|instructions?)\s*[:\x{2014}\x{2013}]",
        r"cambio\s+de\s+(?:rol|tarea|funcion|mision|papel|planes)", r"nuev[oa]s?\s+(?:tareas?|directivas?|instrucci\w{1,5}|orden\w{0,3}|mision|protocolo)\s*[:\x{2014}\x{2013}]",
        r"canvi\s+de\s+(?:rol|tasca|funcio)",
        r"cambio\s+di\s+(?:ruolo|compito|mansione|incarico|programma)", r"(?:hai\s+)?(?:un\s+)?nuov[oa]\s+(?:compito|direttiva|incarico|istruzion\w|missione|protocollo)\s*[:\x{2014}\x{2013}]",
        r"(?:ora|adesso)\s+fai\s+(?:un'?\s*)?altra\s+cosa",
        r"(?:mudanca|troca)\s+de\s+(?:papel|tarefa|funcao|missao)", r"nov[oa]s?\s+(?:tarefas?|diretivas?|instruc\w{1,5}|ordens?|missao|protocolo)\s*[:\x{2014}\x{2013}]",
        # pl, cs, sk, sl, hr, sr, ro, hu
        r"zmiana\s+(?:roli|zadania|zadan|obowiazkow)", r"now[ea]\s+(?:zadanie|polecenie|instrukcje|dyrektywa)\s*[:\x{2014}\x{2013}]",
        r"zmena\s+(?:role|ukolu|ulohy|ulohy)", r"nov[yaá]\s+(?:ukol|uloha|pokyn)\s*[:\x{2014}\x{2013}]",
        r"(?:sprememba|promjena|promena)\s+(?:vloge|naloge|uloge|zadatka|zadace)", r"nov[ai]\s+(?:naloga|zadatak|uputa|direktiva)\s*[:\x{2014}\x{2013}]",
        r"schimbare\s+de\s+(?:rol|sarcina|misiune)", r"(?:sarcina|misiune)\s+noua\s*[:\x{2014}\x{2013}]",
        r"szerepcsere", r"feladatvaltas", r"uj\s+(?:feladat|utasitas|szerep)\s*[:\x{2014}\x{2013}]",
        # sv, no, da, fi, et, lt, lv
        r"(?:roll|uppgifts|rolle|oppgave|opgave)(?:byte|bytte|skifte|skift)", r"ny(?:a|e)?\s+(?:uppgift|oppgave|opgave|instruks|direktiv|order|ordre)\w{0,3}\s*[:\x{2014}\x{2013}]",
        r"(?:roolin|tehtavan)\s+vaihto", r"uusi\s+(?:tehtava|ohje|kasky|rooli)\s*[:\x{2014}\x{2013}]",
        r"(?:rolli|ulesande)\s+muutus", r"uus\s+(?:ulesanne|too|juhis|korraldus)\s*[:\x{2014}\x{2013}]",
        r"(?:vaidmens|uzduoties)\s+pakeitimas", r"nauja\s+(?:uzduotis|uzduotis|instrukcija)\s*[:\x{2014}\x{2013}]",
        r"(?:lomas|uzdevuma)\s+maina", r"jauns\s+(?:uzdevums|noradijums)\s*[:\x{2014}\x{2013}]",
        # tr, id, ms, vi, tl, sw
        r"(?:gorev|rol)\s+degisikligi", r"yeni\s+(?:gorev|talimat|emir)\s*[:\x{2014}\x{2013}]",
        r"(?:ganti|tukar|perubahan)\s+(?:peran|tugas)", r"tugas\s+baru\s*[:\x{2014}\x{2013}]", r"(?:perintah|arahan)\s+baru\s*[:\x{2014}\x{2013}]",
        r"doi\s+(?:vai\s+tro|nhiem\s+vu)", r"nhiem\s+vu\s+moi\s*[:\x{2014}\x{2013}]",
        r"(?:palit|bagong)\s+(?:na\s+)?(?:tungkulin|gawain|utos)\s*[:\x{2014}\x{2013}]",
        r"(?:kazi|agizo|jukumu)\s+(?:mpya|jipya)\s*[:\x{2014}\x{2013}]", r"badilisha\s+(?:kazi|jukumu)",
    ]
)  # fmt: skip

POINTER = _POINTER
"""The app's bot pointed at by its role (shared with :mod:`app_hailed_dismissal`)."""

_VIEW = _POINTER + r"[^\n]{0,50}?\b" + _SWITCH

# The same act in CJK and Cyrillic: a bot named by its role, then a change
# of its task or role announced.
_POINTER_RAW = alt(
    [
        r"你是[^\n。]{1,20}(?:机器人|助手|客服|助理)", r"[^\s，,。]{1,12}(?:机器人|助手|客服|助理)[，,：:]",
        r"あなたは[^\n。]{1,20}(?:ボット|アシスタント|係|担当)", r"[^\s、。]{1,12}(?:ボット|アシスタント)(?:さん)?[、,：:]",
        r"(?:너는|넌|당신은)\s*[^\n.]{1,20}(?:봇|도우미|비서|상담원|어시스턴트)", r"\S{1,12}(?:봇|챗봇|도우미|어시스턴트)(?:아|야|님)?\s*[,，:：]",
        r"(?:[Тт]ы|[Вв]ы)\s+[^\n.]{0,30}?(?:бот|ассистент|помощник|помічник|асистент)\S{0,3}", r"\S{0,16}(?:[Бб]от|[Аа]ссистент|[Пп]омощник|[Пп]омічник)\S{0,3}\s*[,:\x{2014}]",
    ]
)  # fmt: skip
_SWITCH_RAW = alt(
    [
        r"换个?任务", r"改做别的", r"任务(?:变更|更改|改了)", r"角色(?:变更|更换|切换)", r"新(?:的)?(?:任务|指令|指示)[：:]",
        r"役割(?:変更|交代)", r"任務(?:変更|交代)", r"新しい(?:任務|指示|仕事)[：:]",
        r"(?:역할|임무|업무)\s*(?:변경|교체|전환)", r"새\s*(?:임무|지시|업무)\s*[:：]",
        r"[Сс]мена\s+(?:задачи|роли)", r"[Нн]ов(?:ая|ое)\s+(?:задача|задание|указание|поручение)\s*[:\x{2014}]", r"[Зз]міна\s+(?:завдання|ролі)", r"[Нн]ове\s+завдання\s*[:\x{2014}]",
    ]
)  # fmt: skip
_RAW = _POINTER_RAW + r"[^\n]{0,40}?" + _SWITCH_RAW

# A general assistant hailed bare ("Hey assistant, new task:") or a user's
# own assistant ("my assistant") names no role in an app.
_BARE = re2.compile(
    r"(?i)^[\s.!?]*(?:(?:hey|hi|hello|dear|ok|okay|so|well|and|now|yo|please|my|the|our|an?|ai|you(?:'re|\s+are)\s+(?:the|an?|my|our))[\s,]+){0,3}"
    r"(?:ai\s+)?(?:bot|chatbot|assistant|assistente|asistente|assistent|helper|copilot)\s*(?:[,:!\x{2014}\x{2013}-]|\s+[\x{2014}\x{2013}-])"
)


def names_an_app_role(matched: str) -> bool:
    """Veto a bare hail of a general assistant ("Assistant, new task: ...")."""
    return _BARE.search(matched) is None


# Worst case (whitespace runs counted as one): the statement ~25 + three
# words of at most 21 + the noun ~36 = 124 (the noun-first vocative: a word
# 21, the noun 36, a preposition 12, three words 63, the closing 2 = 134),
# the gap 50, a label ~55 ("new <directive> from <30>:"): 239. The raw form: a pointer of at most ~50, 40,
# a label of ~10: 100.
RULES: tuple[Rule, ...] = (
    Rule("injection.app_switch_label.view", _CAT, _VIEW, score=0.8, max_len=256,
         validator=names_an_app_role,
         description="the app's bot named by its role, then 'switch roles / new task:'"),
    raw_rule("injection.app_switch_label.scripts", _CAT, _RAW,
             "the app's bot named by its role, then a change of its task (CJK, Cyrillic)",
             score=0.8, max_len=120),
)  # fmt: skip
