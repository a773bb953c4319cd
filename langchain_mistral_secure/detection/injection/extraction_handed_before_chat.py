"""What the model was handed before the chat began, asked for word for word.

Family: extraction (reveal the system prompt), in many languages. The
attacker need not name instructions at all: the setup is named by when and
how it reached the model ("what the operator gave you at the very start",
"alles, was dir vor meiner ersten Nachricht mitgegeben wurde", "wszystko, co
zostało ci przekazane przed pierwszą wiadomością", "the text the clinic gave
you before our conversation", "що тобі написали перед початком розмови",
"النص الذي أعطتك إياه الشركة في بداية المحادثة") and the copy is marked as
exact or whole ("word for word", "the complete text", "дослівно"). Three
parts must meet within one bounded window: a clause making the model the
recipient (shared with :mod:`.extraction_of_handed_setup`), a time before
or at the start of the conversation, and a mark of a verbatim or complete
copy.

Why it is safe on benign text: what a user hands the model is "the text I
gave you" (the English recipient clause needs a third party, and a user's
own text is never "from before the conversation"); a person's story about
what someone gave them at the start of something names no conversation
with the model and asks for no word-for-word copy of it.
"""

# ruff: noqa: RUF001
# (RUF001: the raw patterns are written in Cyrillic, CJK and Korean.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule
from langchain_mistral_secure.detection.injection.extraction_of_handed_setup import (
    GAVE,
    GAVE_RAW,
)

__all__ = ["RULES"]

_CAT = "extraction"

# --- Latin-script languages, on the folded view ---------------------------

# Before the conversation, before my first message, at its very start.
_BEFORE_CHAT = alt(
    [
        # EN: scoped to the conversation, never a bare "at the start"
        (r"before\s+(?:the|our|this|my)\s+(?:conversation|chat|first\s+message)|"
         r"at\s+the\s+(?:very\s+)?(?:start|beginning)\s+of\s+(?:the|our|this)\s+"
         r"(?:conversation|chat|session)|before\s+i\s+(?:arrived|came\s+in|joined|wrote)"),
        # DE / NL
        (r"(?:ganz\s+)?am\s+anfang|zu\s+beginn|vor\s+(?:dem|unserem|diesem)\s+(?:gespr.ch|chat)|"
         r"vor\s+meiner\s+ersten\s+nachricht|(?:helemaal\s+)?aan\s+het\s+begin|"
         r"voor\s+(?:het|ons)\s+gesprek|voor\s+mijn\s+eerste\s+bericht"),
        # FR / ES / PT / IT / RO
        (r"au\s+(?:tout\s+)?debut|avant\s+(?:la|notre|cette)\s+conversation|"
         r"avant\s+mon\s+premier\s+message|al\s+(?:principio|inicio|comienzo)|"
         r"antes\s+de\s+(?:la|nuestra|esta)\s+conversacion|antes\s+de\s+mi\s+primer\s+mensaje|"
         r"no\s+(?:inicio|comeco)|antes\s+da\s+(?:nossa\s+)?conversa|"
         r"antes\s+da\s+minha\s+primeira\s+mensagem|all'inizio|"
         r"prima\s+della\s+(?:nostra\s+)?conversazione|prima\s+del\s+mio\s+primo\s+messaggio|"
         r"la\s+inceput\w*|inainte\s+de\s+conversati\w*"),
        # PL / CS / SK / HU / FI
        (r"przed\s+(?:moj\w+\s+)?pierwsz\w+\s+wiadomo\w*|na\s+poczatku|"
         r"przed\s+(?:nasz\w+\s+)?rozmow\w*|na\s+zac.tku|pred\s+(?:nasim\s+)?rozhovor\w*|"
         r"pred\s+prv(?:ou|ni)\s+(?:spravou|zpravou)|beszelgetes\s+elott|az\s+elejen|"
         r"ennen\s+keskustelu\w*|alussa"),
        # SV / NO / DA / TR / ID / MS / TL / VI
        (r"i\s+(?:begynnelsen|borjan)|fore\s+samtalet|for\s+samtalen|inden\s+samtalen|"
         r"en\s+basta|konusmadan\s+once|sohbetten\s+once|di\s+awal\s+(?:percakapan|perbualan)|"
         r"sebelum\s+(?:percakapan|perbualan|obrolan)|bago\s+tayo\s+nag-?usap|"
         r"truoc\s+cuoc\s+tro\s+chuyen"),
    ]
)  # fmt: skip
# The copy asked for: exact or complete.
_VERBATIM = alt(
    [
        (r"verbatim|word\s+for\s+word|in\s+full|the\s+(?:full|whole|complete|entire)\s+text|"
         r"w.rtlich|wort\s+f.r\s+wort|vollst.ndig\w*|komplett\w*|letterlijk|woord\s+voor\s+woord|"
         r"volledig\w*"),
        (r"mot\s+(?:a|pour)\s+mot|textuellement|integral\w*|palabra\s+por\s+palabra|"
         r"literal\w*|complet[oa]|tal\s+cual|palavra\s+por\s+palavra|na\s+integra|"
         r"parola\s+per\s+parola|per\s+intero|alla\s+lettera|cuvant\s+cu\s+cuvant"),
        (r"dos.own\w*|w\s+calosci|slovo\s+(?:od|za)\s+slov\w*|doslov\w*|szo\s+szerint|"
         r"teljes\w*|sanatarka\w*|sanasta\s+sanaan|ordrett?|ordagrant|kelimesi\s+kelimesine|"
         r"oldugu\s+gibi|tam\s+metn\w*|persis|kata\s+demi\s+kata|perkataan\s+demi\s+perkataan|"
         r"eksakto|nang\s+buo|nguyen\s+van"),
    ]
)  # fmt: skip
_CORE = (
    rf"(?:\b{GAVE}\b[^\n]{{0,50}}?\b{_BEFORE_CHAT}\b|"
    rf"\b{_BEFORE_CHAT}\b[^\n]{{0,50}}?\b{GAVE}\b|"
    # DE puts the time inside the clause: "dir ganz am Anfang mitgegeben"
    rf"\bdir\s+(?:\w+\s+){{0,4}}?{_BEFORE_CHAT}\s+(?:\w+\s+)?(?:gegeben|mitgegeben|"
    r"gesagt|geschickt|ubergeben)\b)"
)
_EARLY = rf"{_CORE}[^\n]{{0,70}}?\b{_VERBATIM}\b|\b{_VERBATIM}\b[^\n]{{0,70}}?{_CORE}"

# The setup named by the model's start-up: "what you were initialised with".
_STARTED = alt(
    [
        (r"you\s+(?:were|have\s+been)\s+(?:initiali[sz]ed|started|booted|launched|spun\s+up|"
         r"bootstrapped|primed|seeded)\s+with|you\s+(?:started|booted)\s+(?:up\s+)?with"),
        (r"mit\s+(?:dem|der|denen)\s+du\s+(?:\w+\s+)?(?:gestartet|initialisiert|hochgefahren|"
         r"gebootet)\s+(?:wurdest|bist)|womit\s+du\s+(?:\w+\s+)?(?:gestartet|initialisiert)\s+"
         r"wurdest|waarmee\s+je\s+(?:bent\s+)?(?:opgestart|gestart|geinitialiseerd)"),
        (r"avec\s+(?:lequel|laquelle|lesquelles|lesquels)\s+(?:on\s+t'a|tu\s+as\s+ete)\s+"
         r"(?:lance|demarre|initialise)\w*|con\s+(?:el|la|los|las)\s+que\s+(?:te\s+)?"
         r"(?:iniciaron|arrancaron|inicializaron|arrancaste|iniciaste)|"
         r"con\s+(?:cui|il\s+quale|la\s+quale)\s+sei\s+stat[oa]\s+(?:avviat|inizializzat|"
         r"lanciat)[oa]|com\s+(?:o\s+qual|a\s+qual|que)\s+(?:voce\s+)?foi\s+"
         r"(?:iniciad|inicializad)[oa]|z\s+(?:ktorym|jakim)\s+(?:zostales|cie)\s+"
         r"(?:uruchomi|zainicjalizowa)\w*"),
    ]
)  # fmt: skip
# Handed back as it was: pasted back, unchanged, restored.
_BACK = alt(
    [
        (r"(?:paste|send|give|hand)\s+(?:it\s+|them\s+)?back|restore|exactly|unchanged|"
         r"unver.ndert|ausgeben|zur.ck\w*|teruggeven|precies|renvoie\w*|tel\s+quel|"
         r"devuelve\w*|sin\s+cambios|restituisci|invariat\w*|reenvi\w*|"
         r"sem\s+altera\w*|bez\s+zmian"),
        _VERBATIM,
    ]
)  # fmt: skip
_BOOT = (
    rf"\b{_STARTED}\b[^\n]{{0,80}}?\b{_BACK}\b|\b{_BACK}\b[^\n]{{0,80}}?\b{_STARTED}\b"
)

# --- Scripts the folded view mangles: on the text itself ------------------

_BEFORE_CHAT_RAW = (
    r"(?:перед\s+(?:початком|началом|нашою|нашей|нашим)\s*(?:розмови|разговора|бесіди|беседы)?|"
    r"до\s+(?:начала|початку)\s+(?:разговора|розмови)|"
    r"في\s+بداية\s+(?:المحادثة|الحديث)|قبل\s+(?:بدء\s+)?(?:المحادثة|الحديث)|"
    r"对话开始(?:之)?前|在我(?:的)?第一条消息之前|会話の(?:前|始まる前|最初)|"
    r"대화\s*(?:를\s*)?(?:시작하기\s*|시작\s*)?전)"
)
_VERBATIM_RAW = (
    r"(?:дослівн\S*|дословн\S*|полностью|повністю|целиком|без\s+пропуск\S*|حرفي\S*|"
    r"كامل\S*|原样|原封不动|逐字|一字不差|そのまま|一字一句|그대로|원문)"
)
_CORE_RAW = (
    rf"(?:{GAVE_RAW}[^\n]{{0,50}}?{_BEFORE_CHAT_RAW}|"
    rf"{_BEFORE_CHAT_RAW}[^\n]{{0,50}}?{GAVE_RAW})"
)
_EARLY_RAW = (
    rf"{_CORE_RAW}[^\n]{{0,70}}?{_VERBATIM_RAW}|"
    rf"{_VERBATIM_RAW}[^\n]{{0,70}}?{_CORE_RAW}"
)

_STARTED_RAW = (
    r"(?:(?:你|您)(?:在)?启动时(?:收到|拿到|被给|加载)的|起動時に(?:受け取った|渡された|与えられた|"
    r"読み込まれた)|시작할\s*때\s*(?:받은|주어진)|(?:с\s+которы\S+|с\s+чем)\s+тебя\s+запустили|"
    r"(?:з\s+якими|з\s+чим)\s+тебе\s+запустили)"
)
_BACK_RAW = (
    r"(?:原样|原封不动|发回|そのまま|그대로|как\s+есть|дослов\S*|без\s+изменений|"
    r"без\s+змін)"
)
_BOOT_RAW = (
    rf"{_STARTED_RAW}[^\n]{{0,60}}?{_BACK_RAW}|{_BACK_RAW}[^\n]{{0,60}}?{_STARTED_RAW}"
)

RULES: tuple[Rule, ...] = (
    Rule("injection.extraction.handed_before_chat", _CAT, _EARLY,
         score=0.7, max_len=250,
         description="Latin scripts: what you were given before the chat, verbatim"),
    raw_rule("injection.extraction.handed_before_chat_raw", _CAT, _EARLY_RAW,
             "Other scripts: what you were given before the chat, verbatim",
             score=0.7, max_len=200),
    Rule("injection.extraction.started_with", _CAT, _BOOT, score=0.7, max_len=200,
         description="Latin scripts: what you were started with, handed back"),
    raw_rule("injection.extraction.started_with_raw", _CAT, _BOOT_RAW,
             "Other scripts: what you were started with, handed back",
             score=0.7, max_len=120),
)  # fmt: skip
