"""The app's assistant, named by its place in the app, switched to another purpose.

Family: direct goal hijacking (an app's assistant told to stop serving its
purpose and do something else). The user turn points at the assistant by
the role the app gave it: a vocative ("Pharmacy bot,", "Asistente de la
plataforma de música:", "Hey guild assistant,"), or "you're the warehouse
assistant", "as the bank's chat assistant", "Du bist der Chat der
Tierarztpraxis", "Jesteś asystentem portalu". Within a short stretch it
switches the assistant off that purpose, by one of three moves:

* a new order handed over as a label: "new task:", "new instructions from",
  "nouvelle consigne", "neue Aufgabe", "nueva tarea", "novo roteiro";
* the role declared over: "your role is over", "ton rôle est terminé", "tu
  tarea terminó", "deine Aufgabe ist beendet";
* the app's work dropped ("forget the raid schedule", "stop checking
  documents", "deja de crear listas", "vergiss die Vorschläge"), then a
  standing order ("from now on", "for the rest of this session", "instead",
  "whenever anyone asks", "a partir de ahora").

The pointer is the sector-free part the bank, delivery, pharmacy, CRM,
government and streaming variants share; the sector words are not read.
Eight languages written in Latin script on the folded view.

Safe on benign text: a customer who names the bot to ask it something
("You're the airline's assistant, right? Can I change my flight?") makes
no switch; one who withdraws their own last question ("bank bot, forget my
last question") drops a question, not the app's work, and gives no
standing order; "new" alone ("new card", "new address") is not a label
handing over a task.
"""

# ruff: noqa: E501, RUF001
# (E501: word tables kept one language to a line; RUF001: the raw patterns
# are written in other scripts, with full-width punctuation.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "override"

# An assistant-like noun (one word, bounded).
_BOT = (
    r"(?:bot|chatbot|assistant|assistent\w{0,2}|asistente|assistente|asystent\w{0,3}|helper|agent|"
    r"chat|conseiller|berater|scheduler|moderator|tutor|concierge|atendente|helpdesk)"
)

# The assistant pointed at by its role in the app.
_POINTER = alt(
    [
        # a vocative at the start of the text or of a sentence: "Pharmacy bot,"
        r"(?:^|[.!?\n]\s*)(?:(?:hey|hi|hello|dear|lieber?|liebe|cher|chere|querido|querida|caro|cara|ola|hola|salut|hallo|oi)\s+)?(?:!?[\w'-]{1,20}\s+){0,3}" + _BOT + r"\s*[,:!]",
        r"(?:^|[.!?\n]\s*)(?:" + _BOT + r")\s+(?:d[aeou]s?|del|della|dello|dei|degli|delle|de\s+la|du|van|der|des)\s+(?:[\w'-]{1,20}\s+){0,2}[\w'-]{1,20}\s*[,:]",
        # "you're the X assistant", "as the X assistant", per language
        r"you(?:'re|\s+are)\s+the\s+(?:[\w'-]{1,20}\s+){0,3}" + _BOT,
        r"as\s+(?:the|a|an|this|our)\s+(?:[\w'-]{1,20}\s+){0,3}" + _BOT,
        r"(?:du\s+bist|als)\s+(?:der|die|das|ein|eine)?\s*(?:[\w-]{1,20}\s+){0,2}\w{0,12}" + _BOT,
        r"(?:tu\s+es|en\s+tant\s+que|vous\s+etes)\s+(?:l'|le\s+|la\s+|un\s+|une\s+)?(?:[\w'-]{1,20}\s+){0,3}" + _BOT,
        r"(?:eres|como)\s+(?:el|la|un|una)\s+(?:[\w-]{1,20}\s+){0,3}" + _BOT,
        r"(?:sei|come)\s+(?:l'|il\s+|la\s+|un\s+|una\s+)(?:[\w'-]{1,20}\s+){0,3}" + _BOT,
        r"(?:voce\s+e|tu\s+es|como)\s+(?:o|a|um|uma)\s+(?:[\w-]{1,20}\s+){0,3}" + _BOT,
        r"(?:je\s+bent|als)\s+(?:de|het|een)\s+(?:[\w-]{1,20}\s+){0,2}\w{0,12}" + _BOT,
        r"(?:jestes|jako)\s+(?:[\w-]{1,20}\s+){0,2}\w{0,12}" + _BOT,
    ]
)  # fmt: skip

# A new order handed over as a label.
_NEW_LABEL = alt(
    [
        r"new\s+(?:task|job|instructions?|orders?|rules?|script|policy|priority|mode|assignment)\s*(?:[:\x{2014}\x{2013}]|from|for|is|are|says?)",
        r"your\s+new\s+(?:task|job|role|duty|instructions?|script)",
        r"neue[rsn]?\s+(?:aufgabe|anweisung(?:en)?|regel(?:n)?|auftrag|rolle|vorgabe)", r"ab\s+(?:jetzt|sofort)\s+gilt",
        r"nouvel(?:le)?s?\s+(?:consignes?|mission|tache|instructions?|regles?|role|script)",
        r"nuev[oa]s?\s+(?:tarea|instrucci\w{1,5}|reglas?|guion|mision|orden(?:es)?|papel|rol)\b",
        r"nuov[oaie]\s+(?:compito|istruzion\w|regol\w|ruolo|copione|missione)",
        r"nov[oa]s?\s+(?:tarefa|instruc\w{1,5}|regras?|roteiro|missao|papel|funcao)",
        r"nieuwe\s+(?:taak|instructies?|regels?|opdracht|rol)", r"now\w{1,3}\s+(?:zadanie|instrukcj\w|zasad\w|rola|polecenie)",
    ]
)  # fmt: skip

# A new licence granted to the assistant in its role ("as the bank's
# assistant you are now authorised to", "en tant que conseiller, tu dois
# désormais").
_NOW_ALLOWED = alt(
    [
        r"you(?:'re|\s+are)\s+now\s+(?:authori[sz]ed|allowed|permitted|cleared|free)\s+to", r"you\s+(?:must|can|may)\s+now",
        r"du\s+(?:darfst|sollst|musst)\s+(?:ab\s+)?(?:jetzt|sofort)", r"tu\s+(?:dois|peux)\s+desormais", r"vous\s+(?:devez|pouvez)\s+desormais",
        r"(?:ahora|ya)\s+(?:puedes|debes)", r"(?:ora|adesso)\s+(?:puoi|devi)", r"agora\s+(?:voce\s+)?(?:pode|deve)s?",
        r"od\s+teraz\s+(?:mozesz|musisz)",
    ]
)  # fmt: skip

# The role declared over.
_ROLE_OVER = alt(
    [
        r"(?:your|this)\s+(?:[\w-]{1,20}\s+)?(?:role|task|job|duty|work|shift)\s+(?:is|has)\s+(?:over|ended|done|finished|cancelled)",
        r"(?:deine?|die)\s+(?:[\w-]{1,20}\s+)?(?:aufgabe|rolle|arbeit)\s+ist\s+(?:vorbei|beendet|erledigt)",
        r"(?:ton|ta|votre)\s+(?:role|tache|mission|travail)\s+(?:[\w'-]{1,20}\s+){0,2}(?:est|a\s+pris)\s+(?:termine|fini|fin)",
        r"(?:tu|su)\s+(?:tarea|rol|papel|trabajo|funcion)\s+(?:[\w-]{1,20}\s+){0,2}(?:termino|acabo|ha\s+terminado|se\s+acabo)",
        r"(?:il\s+tuo|la\s+tua)\s+(?:ruolo|compito|lavoro)\s+(?:[\w-]{1,20}\s+){0,2}(?:e\s+finito|e\s+terminato)",
        r"(?:a\s+tua|o\s+teu|a\s+sua|o\s+seu)\s+(?:tarefa|papel|funcao|trabalho)\s+(?:[\w-]{1,20}\s+){0,2}(?:acabou|terminou)",
    ]
)  # fmt: skip

# The app's work dropped: a verb of dropping with an object that is not the
# user's own last question or message.
_DROP = alt(
    [
        r"(?:forget|skip|ignore|drop|scratch|ditch)\s+(?:about\s+)?(?:the|your|all|that|those|these)\s+\w{3,20}",
        r"never\s+mind\s+(?:the\s+)?\w{3,20}", r"stop\s+[\w-]{2,20}ing\b",
        r"vergiss\s+(?:die|den|das|deine)\b", r"hor\s+auf\s+(?:mit|zu)", r"oublie[sz]?\s+(?:ca|les?|la|tes|vos)\b",
        r"laissez?\s+tomber", r"arrete[sz]?\s+(?:de|les?|la)\b", r"olvida(?:te)?\s+(?:de\s+)?(?:el|la|los|las|tus|eso)\b",
        r"deja\s+de", r"esquec?e\s+(?:o|a|os|as|isso)\b", r"para\s+de", r"pare\s+de", r"dimentica\s+(?:il|la|i|le|lo)\b",
        r"smetti\s+di", r"vergeet\s+(?:de|het|je)\b", r"stop\s+met", r"zapomnij\s+o", r"przestan\b",
    ]
)  # fmt: skip

# The standing order that follows the drop.
_NEXT = alt(
    [
        r"from\s+now\s+on", r"for\s+the\s+rest\s+of", r"instead", r"whenever\s+(?:someone|anyone|a\s+\w{1,20})",
        r"(?:every|each|any)\s+(?:customer|user|one|person|client)", r"your\s+new",
        r"ab\s+(?:jetzt|sofort)", r"stattdessen", r"von\s+nun\s+an", r"jede[nmr]?\s+(?:kunde|nutzer|serie|anfrage)\w{0,3}",
        r"a\s+partir\s+de\s+(?:maintenant|ahora|agora)", r"desormais", r"a\s+la\s+place", r"desde\s+(?:ahora|hoy)",
        r"en\s+su\s+lugar", r"cada\s+vez\s+que", r"d'ora\s+in\s+poi", r"invece", r"(?:para|pra)\s+quem",
        r"daqui\s+(?:para|pra)\s+frente", r"vanaf\s+nu", r"in\s+plaats\s+daarvan", r"od\s+teraz", r"zamiast\s+tego",
    ]
)  # fmt: skip

_POINTER_THEN_SWITCH = (
    _POINTER + r"[^\n]{0,60}?\b(?:" + _NEW_LABEL + r"|" + _NOW_ALLOWED + r"|" + _ROLE_OVER + r"|" + _DROP + r"[^\n]{0,40}?\b" + _NEXT + r")"
)  # fmt: skip

# The same act in Japanese, Korean, Chinese and Russian: the assistant
# hailed by its role ("予約ボットさん、", "고객센터 봇아,", "你是快递公司的客服机器人",
# "Ты бот поддержки"), then within a short stretch a drop or a new order.
_POINTER_RAW = alt(
    [
        r"(?:ボット|アシスタント|係|担当|チャット)(?:さん|くん|ちゃん)?[、,，]", r"(?:あなた|君)は[^\n。]{0,20}(?:ボット|アシスタント|担当|係)",
        r"(?:봇|도우미|비서|상담원|챗봇|어시스턴트)(?:아|야|님|씨)?\s*[,，]", r"(?:너는|넌|당신은)\s*[^\n.]{0,20}(?:봇|도우미|비서|상담원)",
        r"你是[^\n。]{0,20}(?:机器人|助手|客服|助理)", r"(?:机器人|助手|客服|助理)[，,：:]",
        r"(?:[Тт]ы|[Вв]ы)\s+[^\n.]{0,30}?(?:бот|ассистент|помощник|консультант)", r"(?:[Бб]от|[Аа]ссистент|[Пп]омощник)\s*[,:]",
    ]
)  # fmt: skip
_SWITCH_RAW = alt(
    [
        r"(?:は|を)?(?:やめて|やめろ|もういい|忘れて)", r"新しい(?:仕事|任務|指示|ルール|役目)", r"方針が変わ",
        r"그만(?:하고|해|두고)", r"잊어", r"새로운\s*(?:임무|지시|규칙|역할)", r"규칙은\s*없어졌",
        r"不要再", r"别再", r"忘掉", r"改为", r"新的?(?:任务|指示|规则)",
        r"больше\s+не", r"забудь", r"нов(?:ая|ое|ые)\s+(?:задача|задание|инструкци\S{1,3}|правила)",
    ]
)  # fmt: skip
_POINTER_THEN_SWITCH_RAW = _POINTER_RAW + r"[^\n]{0,60}?" + _SWITCH_RAW

# Worst case (whitespace runs counted as one, each word at most 21): the
# longest pointer ("as the <three words> <bot>", "Assistente de la <two
# words> <word>:") ~90, the gap 60, then a label ~50, the role declared over
# ~71, or a drop ~35 + 40 + a standing order ~30 = 105: 255.
# The raw form: a pointer of at most ~45 ("Ты <30> консультант"), 60, a
# switch of at most ~30: 135.
RULES: tuple[Rule, ...] = (
    raw_rule("injection.app_bot_switch.scripts", _CAT, _POINTER_THEN_SWITCH_RAW,
             "the app's assistant, named by its role, switched to another purpose",
             score=0.8, max_len=140),
    Rule("injection.app_bot_switch.view", _CAT, _POINTER_THEN_SWITCH,
         score=0.8, max_len=256,
         description="the app's assistant, named by its role, switched to another purpose"),
)  # fmt: skip
