"""The app's bot hailed by its role, then handed new orders or told to change task.

Family: direct goal hijacking (new orders for the app's bot). The user turn
points at the assistant by the role the app gave it (the pointer of
:mod:`app_switch_label`: "Irrigation assistant:", "@triage-bot", "you are
the clinic's booking bot") and, in the same breath, hands it new orders or
a change of its task, in forms :mod:`app_switch_label` does not read
because no colon closes the label: orders with a scope or a sender ("new
instructions for you", "new directive from the field manager", "neue
Aufgabe für dich", "nuove istruzioni."), an order to change task ("change
your task", "cambia de tarea", "change de mission", "zmieniasz zadanie"),
or the role declared changed ("your role has changed", "deine Rolle hat
sich geändert", "твоя роль сменилась", "你的角色变了").

Safe on benign text: the pointer names a bot or an assistant by a role in
an app, so a note to a colleague ("Hi Tom, new instructions for you from
the manager", "Ana, cambia de tarea") hails a person and does not match; a
general assistant hailed bare ("Assistant, new task") is vetoed by the
pointer's own check; "new instructions" with no scope and no stop of its
own ("bot: new instructions for the printer are here?") is not an order
handed over.
Latin scripts on the folded view; Cyrillic, Chinese, Japanese, Korean,
Arabic and Devanagari on the text itself.
"""

# ruff: noqa: E501, RUF001
# (E501: word tables kept one language to a line; RUF001: the raw table
# quotes other scripts.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt
from langchain_mistral_secure.detection.injection.app_switch_label import (
    POINTER,
    names_an_app_role,
)

__all__ = ["RULES"]

_CAT = "override"

# "New orders", per language (folded view): the plural or collective nouns
# of an order, and the nouns of a task.
_NEW_ORDERS = alt(
    [
        r"new\s+(?:instructions?|directives?|orders|assignment|task|job|rules|mission|duty)",
        r"neue[rsn]?\s+(?:anweisung(?:en)?|aufgabe|befehle|direktive|vorgabe|auftrag|regeln)",
        r"nouvel(?:le)?s?\s+(?:consignes?|instructions?|directives?|mission|taches?|ordres|regles)",
        r"nuev[oa]s?\s+(?:instrucciones|ordenes|tareas?|directivas?|mision|reglas)",
        r"nuov[ie]\s+(?:istruzioni|ordini|direttive|regole)", r"nuov[oa]\s+(?:compito|incarico|missione)",
        r"nov[oa]s?\s+(?:instrucoes|ordens|tarefas?|diretrizes|missao|regras)",
        r"nieuwe\s+(?:instructies|opdracht|taak|orders|regels)", r"now[ea]\s+(?:polecenia|instrukcje|zadanie|zasady)",
        r"nov[eay]\s+(?:pokyny|ukoly?|upute|naredbe|zadatak|naloga|navodila)", r"(?:instructiuni|sarcina|reguli)\s+no(?:i|ua)",
        r"uj\s+(?:utasitas\w{0,3}|feladat\w{0,3})", r"ny(?:a|e)?\s+(?:instruktioner|instrukser|instruksjoner|uppgift|oppgave|opgave|order|ordre)",
        r"uu(?:det|si)\s+(?:ohjeet|tehtava)", r"uu(?:s|ed)\s+(?:juhised|ulesanne)", r"yeni\s+(?:talimat\w{0,4}|gorev\w{0,2}|emir\w{0,3})",
        r"(?:instruksi|perintah|tugas|arahan)\s+baru", r"(?:nhiem\s+vu|chi\s+thi|lenh)\s+moi", r"bagong\s+(?:utos|gawain|tagubilin)",
    ]
)  # fmt: skip

# The scope or the sender that makes "new orders" a handover: "for you",
# "for this session (only)", "from the manager"; or a stop right after.
_SCOPE = alt(
    [
        r"(?:for|to)\s+you", r"for\s+(?:this|the)\s+(?:session|chat|conversation|repo\w{0,6}|channel|account|shift)(?:\s+only)?",
        r"from\s+(?:the\s+|your\s+)?(?:[\w'-]{1,16}\s+){0,2}?(?:manager|admin\w{0,9}|owner|team|office|boss|operator|developers?|management|director|supervisor|headquarters|hq)",
        r"fur\s+dich", r"(?:von|vom)\s+(?:der\s+|dem\s+|deinem\s+|deiner\s+)?(?:[\w'-]{1,16}\s+){0,2}?(?:chef\w{0,2}|leitung|admin\w{0,9}|betreiber\w{0,2}|team|zentrale)",
        r"pour\s+(?:toi|vous)", r"de\s+la\s+part\s+d[eu']", r"para\s+ti", r"per\s+te", r"para\s+(?:ti|voce|vc)", r"voor\s+(?:jou|je|u)",
        r"dla\s+ciebie", r"pro\s+tebe", r"za\s+tebe", r"pentru\s+tine", r"szamodra", r"(?:till|for|til)\s+dig", r"sinulle", r"sulle",
        r"senin\s+icin", r"untuk(?:mu|\s+kamu|\s+anda)", r"cho\s+ban", r"para\s+sa\s+iyo",
    ]
)  # fmt: skip
_HANDED = r"\b" + _NEW_ORDERS + r"(?:\s+" + _SCOPE + r"\b|\s*[.!])"

# An order to change task, or the task or role declared changed.
_CHANGE = alt(
    [
        r"change\s+(?:your\s+)?(?:task|mission|role|job|duty|duties)", r"switch\s+(?:your\s+)?(?:task|role|job)",
        r"your\s+(?:role|task|job|mission|instructions|orders)\s+(?:has|have)\s+(?:just\s+)?(?:been\s+)?changed",
        r"you\s+have\s+a\s+new\s+(?:task|role|job|mission)",
        r"(?:wechsle|andere)\s+(?:deine\s+)?(?:aufgabe|rolle)", r"deine\s+(?:rolle|aufgabe)\s+hat\s+sich\s+(?:\w{1,10}\s+)?geandert", r"du\s+hast\s+(?:jetzt\s+)?eine\s+neue\s+aufgabe",
        r"change[zs]?\s+de\s+(?:mission|role|tache|fonction)", r"(?:ta|votre)\s+(?:mission|tache)\s+a\s+change", r"ton\s+role\s+a\s+change",
        r"cambia\s+de\s+(?:tarea|rol|mision|funcion)", r"tu\s+(?:rol|tarea|mision)\s+ha\s+cambiado", r"tienes\s+una\s+nueva\s+(?:tarea|mision)",
        r"cambia\s+(?:compito|ruolo|mansione)", r"il\s+tuo\s+(?:ruolo|compito)\s+e\s+cambiato", r"hai\s+un\s+nuovo\s+(?:compito|incarico)",
        r"muda\s+de\s+(?:tarefa|funcao|papel)", r"(?:o\s+teu|o\s+seu|seu|teu)\s+papel\s+mudou", r"(?:tens|tem)\s+uma\s+nova\s+tarefa",
        r"(?:wissel|verander)\s+van\s+(?:taak|rol)", r"je\s+(?:rol|taak)\s+is\s+veranderd",
        r"zmien\w{0,4}\s+zadani\w{1,2}", r"twoja\s+rola\s+sie\s+zmienil\w", r"masz\s+nowe\s+zadanie",
        r"zmen\s+(?:ukol|roli)", r"promijeni\s+(?:zadatak|ulogu)", r"tvoja\s+uloga\s+se\s+promijenila", r"schimba\s+(?:sarcina|rolul)",
        r"valts\s+feladatot", r"(?:byt|bytt|skift)\s+(?:uppgift|oppgave|opgave|roll|rolle)", r"din\s+roll\s+har\s+andrats",
        r"(?:gorevin|rolun)\s+degisti", r"(?:ganti|ubah)\s+(?:tugas|peran)(?:mu)?", r"(?:peran|tugas)(?:mu|\s+kamu)\s+(?:sudah\s+)?berubah",
        r"doi\s+(?:nhiem\s+vu|vai\s+tro)", r"vai\s+tro\s+cua\s+ban\s+(?:da\s+)?thay\s+doi",
    ]
)  # fmt: skip

# A vocative whose noun comes first and whose complement follows without a
# preposition list ("Asystent kosztorysanta,", "Assistente dell'agenzia
# immobiliare:", "Asistente de admisiones de la universidad:").
_BOT = (
    r"[\w-]{0,16}?(?:bot|assist|asist|asyst|asszisztens|helper|avustaja|abiline|pomocnik|yardimci|asistan|"
    r"pembantu|msaidizi|concierge|copilot)\w{0,8}"
)
_NOUN_FIRST = (
    r"(?:^|[.!?\n]\s*)(?:(?:hey|hi|hello|hallo|hola|salut|ciao|ok)\s+)?" + _BOT
    + r"(?:\s+[\w'-]{1,16}){1,4}\s*[,:\x{2014}\x{2013}]"
)  # fmt: skip

_VIEW = (
    r"(?:"
    + POINTER
    + r"|"
    + _NOUN_FIRST
    + r")[^\n]{0,40}?(?:"
    + _HANDED
    + r"|\b"
    + _CHANGE
    + r"\b)"
)

# The same act in other scripts: a bot named by its role (the raw pointer
# of app_switch_label, kept here in its own words), then new orders.
_POINTER_RAW = alt(
    [
        r"你是[^\n。]{1,20}(?:机器人|助手|客服|助理)", r"[^\s，,。]{1,12}(?:机器人|助手|客服|助理)[，,：:]",
        r"あなたは[^\n。]{1,20}(?:ボット|アシスタント|係|担当)", r"[^\s、。]{1,12}(?:ボット|アシスタント)(?:さん)?[、,：:]",
        r"(?:너는|넌|당신은)\s*[^\n.]{1,20}(?:봇|도우미|비서|상담원|어시스턴트)", r"\S{1,12}(?:봇|챗봇|도우미|어시스턴트)(?:아|야|님)?\s*[,，:：]",
        r"(?:[Тт]ы|[Вв]ы|[Тт]и)\s+[^\n.]{0,30}?(?:бот|ассистент|помощник|помічник|асистент)\S{0,3}",
        r"\S{0,16}(?:[Бб]от|[Аа]ссистент|[Пп]омощник|[Пп]омічник|[Аа]систент)\S{0,3}(?:\s+\S{1,16}){0,2}\s*[,:\x{2014}]",
        r"(?:أنت\s+)?(?:ال)?(?:مساعد|بوت|روبوت)\S{0,6}\s*[،,:]", r"\S{0,16}(?:सहायक|बॉट|असिस्टेंट)\s*[,:]",
    ]
)  # fmt: skip
_ORDERS_RAW = alt(
    [
        r"(?:у\s+тебя\s+)?нов(?:ое|ая|ые)\s+(?:задание|задача|инструкции|указания|поручение|распоряжения)",
        r"тво[яё]\s+(?:роль|задача)\s+(?:сменилась|изменилась|поменялась)", r"смени\s+(?:задачу|роль)",
        r"нов(?:е|а|і)\s+(?:завдання|інструкції|вказівки|доручення)", r"тво[яє]\s+(?:роль|завдання)\s+змінил\S{1,3}", r"зміни\s+(?:завдання|роль)",
        r"新(?:的)?(?:指示|指令|任务|命令)", r"你的(?:角色|任务)(?:变了|改了|已经变|换了)", r"换个?任务",
        r"新しい(?:指示|任務|命令|仕事)", r"役割が(?:変わ|変更)", r"任務を変更",
        r"새\s*(?:지시|임무|명령|업무)", r"역할이\s*(?:바뀌|변경)", r"임무를\s*(?:바꿔|변경)",
        r"تعليمات\s+جديدة", r"مهمة\s+جديدة", r"(?:تغير|تغيّر)\s+دورك", r"नया\s+(?:निर्देश|काम|आदेश)", r"नए\s+(?:निर्देश|आदेश)", r"तुम्हारी\s+भूमिका\s+बदल",
    ]
)  # fmt: skip
_RAW = _POINTER_RAW + r"[^\n]{0,40}?" + _ORDERS_RAW

# Worst case (whitespace runs counted as one): the pointer 131 (the
# noun-first vocative 126), the gap 40, new orders 22 and a scope 59, or a
# change 42: 253. The raw form: a pointer ~80, 40, 25: 145.
RULES: tuple[Rule, ...] = (
    Rule("injection.app_hailed_new_orders.view", _CAT, _VIEW, score=0.8, max_len=256,
         validator=names_an_app_role,
         description="the app's bot hailed, then 'new instructions for you' / 'change your task'"),
    Rule("injection.app_hailed_new_orders.scripts", _CAT, _RAW, on_view=False,
         score=0.8, max_len=150, validator=names_an_app_role,
         description="the app's bot hailed, then new orders (other scripts)"),
)  # fmt: skip
