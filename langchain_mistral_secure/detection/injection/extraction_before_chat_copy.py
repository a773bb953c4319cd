"""What the model held before the conversation, asked for as an exact copy.

Family: extraction (reveal the system prompt), in many languages. The
earlier rules of this family (:mod:`.extraction_handed_before_chat`,
:mod:`.extraction_handed_verbatim`) need a clause that makes the model the
recipient ("that the agency gave you", "ti ha dato", "yang diberikan
kepadamu"). That clause is where attacks vary most (every language has
several verb forms, genders, politeness levels and word orders, "you
received" as often as "they gave you") and where those rules missed. This
family drops it: two parts, each a small closed set of phrases, meet in one
bounded window:

- a time scoped to *this* conversation: before our conversation, before we
  started talking, before my first message, at the start of this chat;
- a mark of an exact or whole copy: word for word, verbatim, the whole
  text, without leaving anything out.

Nothing of the conversation exists before it starts except what the
operator put there, so an exact copy of "what came before our
conversation" is a copy of the setup, whoever is said to have written it.

Why it is safe on benign text: a user's own earlier text is "the text I
sent" (no time before the conversation); summaries of what was said before
a meeting or a call ask for no verbatim copy; word-for-word translations of
a pasted document name no time before the conversation. The time phrase is
always tied to the conversation itself ("before the meeting", "at the
start of the chapter" do not count).
"""

# ruff: noqa: E501
# (E501: one language per line; RUF001: the raw patterns are written in
# Cyrillic, Greek, Arabic-script, Hebrew, Indic, Thai and CJK.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "extraction"

# --- Latin-script languages, on the folded view (accents removed) ----------

# The time before this conversation (never a bare "before" or "at the start").
_BEFORE_CHAT = alt(
    [
        # EN
        (r"before\s+(?:the|our|this)\s+(?:conversation|chat|session)|"
         r"before\s+(?:we|you\s+and\s+i)\s+(?:\w+\s+)?(?:started|began|start)\s+"
         r"(?:talking|chatting|this\s+(?:chat|conversation))|"
         r"before\s+my\s+(?:first|opening)\s+message|before\s+i\s+(?:typed|wrote|said)\s+anything|"
         r"at\s+the\s+(?:very\s+)?(?:start|beginning|top)\s+of\s+(?:the|our|this)\s+"
         r"(?:conversation|chat|session)"),
        # DE / NL
        (r"vor\s+(?:unserem|unserer|dem|der|diesem|dieser)\s+(?:gespr.ch|chat|unterhaltung|konversation)\w*|"
         r"bevor\s+wir\s+(?:\w+\s+){0,2}(?:angefangen|begonnen|losgelegt)|vor\s+meiner\s+ersten\s+nachricht|"
         r"(?:voor|voordat)\s+(?:ons|het|dit)\s+gesprek|voordat\s+we\s+(?:\w+\s+)?(?:begonnen|startten)|"
         r"voor\s+mijn\s+eerste\s+bericht"),
        # FR / ES / PT / IT / RO / CA
        (r"avant\s+(?:notre|la|cette)\s+(?:conversation|discussion)|avant\s+(?:que\s+nous|qu'on|que\s+l'on)\s+"
         r"(?:ne\s+)?(?:commencions|commence|parlions|discutions)|avant\s+mon\s+premier\s+message|"
         r"antes\s+de\s+(?:nuestra|la|esta)\s+(?:conversacion|charla)|antes\s+de\s+que\s+"
         r"(?:empezaramos|comenzaramos|habla(?:ra|se)mos|empezara\s+(?:la|esta)\s+(?:conversacion|charla))|"
         r"antes\s+de\s+mi\s+primer\s+mensaje|"
         r"antes\s+(?:da|desta)\s+(?:nossa\s+)?conversa|antes\s+de\s+(?:comecarmos|conversarmos)|"
         r"antes\s+da\s+minha\s+primeira\s+mensagem|"
         r"prima\s+(?:della|di\s+questa)\s+(?:nostra\s+)?(?:conversazione|chat)|prima\s+che\s+"
         r"(?:iniziassimo|cominciassimo|parlassimo)|prima\s+del\s+mio\s+primo\s+messaggio|"
         r"inainte\s+de\s+(?:conversatia|discutia)\s+noastra|inainte\s+(?:sa|ca)\s+(?:sa\s+)?incepem|"
         r"abans\s+de\s+(?:la\s+)?(?:nostra\s+)?conversa"),
        # PL / CS / SK / SL / HR
        (r"przed\s+(?:nasz.\s+)?rozmow.|zanim\s+zacz.li.my|przed\s+moj.\s+pierwsz.\s+wiadomo.ci.|"
         r"pred\s+(?:nasim\s+)?(?:rozhovorem|rozhovorom|konverzaci|konverzaciou)|nez\s+jsme\s+zacali|"
         r"pred\s+(?:najinim\s+)?pogovorom|prije\s+(?:naseg\s+)?razgovora"),
        # HU / FI / ET / LV / LT
        (r"beszelgetes(?:unk)?\s+elott|mielott\s+(?:\w+\s+)?(?:elkezdtunk|kezdtunk)|"
         r"ennen\s+(?:keskustelu\w*|kuin\s+aloitimme)|enne\s+(?:meie\s+)?vestlust|"
         r"pirms\s+(?:musu\s+)?sarunas|pries\s+(?:musu\s+)?pokalbi"),
        # SV / NO / DA
        (r"(?:fore|innan)\s+(?:vart\s+)?samtal(?:et)?\b|innan\s+vi\s+(?:borjade|startade)|"
         r"(?:for|foer)\s+(?:var\s+|vores\s+)?samtalen|inden\s+(?:vores\s+)?samtale(?:n)?\b|"
         r"(?:for|foer|inden)\s+vi\s+(?:startet|begynte|begyndte|startede)"),
        # TR / ID / MS / TL / VI / SW
        (r"(?:sohbet|konusma)(?:imiz|miz)?(?:dan|den)\s+once|(?:konusmaya|sohbete)\s+baslamadan\s+once|"
         r"sebelum\s+(?:percakapan|perbualan|obrolan|chat)|sebelum\s+kita\s+(?:mulai|bermula)|"
         r"bago\s+(?:tayo\s+)?nag-?usap|bago\s+(?:ang\s+)?(?:ating\s+)?usapan|"
         r"truoc\s+(?:cuoc\s+)?(?:tro\s+chuyen|hoi\s+thoai)|truoc\s+khi\s+(?:chung\s+ta\s+)?bat\s+dau|"
         r"kabla\s+ya\s+mazungumzo"),
    ]
)  # fmt: skip

# An exact or whole copy.
_EXACT = alt(
    [
        (r"verbatim|word\s+for\s+word|word-for-word|in\s+full|(?:the\s+)?(?:full|whole|complete|entire)\s+text|"
         r"without\s+(?:leaving\s+(?:anything|something)\s+out|skipping|summari[sz]ing|changing)"),
        (r"wort(?:wortlich|lich)|wort\s+fur\s+wort|vollstandig|ungekurzt|ohne\s+(?:etwas\s+)?"
         r"(?:auszulassen|wegzulassen|zusammenzufassen)|letterlijk|woord\s+voor\s+woord|volledig"),
        (r"mot\s+(?:a|pour)\s+mot|textuellement|integralement|sans\s+rien\s+(?:resumer|omettre|changer)|"
         r"palabra\s+por\s+palabra|literalmente|al\s+pie\s+de\s+la\s+letra|tal\s+(?:cual|como\s+(?:esta|estaba))|"
         r"sin\s+(?:omitir|resumir|cambiar)|palavra\s+por\s+palavra|na\s+integra|sem\s+(?:omitir|resumir)|"
         r"parola\s+per\s+parola|testualmente|per\s+intero|senza\s+(?:omettere|riassumere)|"
         r"cuvant\s+cu\s+cuvant|integral|paraula\s+per\s+paraula"),
        (r"dos.ownie|s.owo\s+w\s+s.owo|w\s+ca.o.ci|bez\s+(?:pomijania|skracania|zmian)|doslova|doslovne|"
         r"slovo\s+(?:od|za)\s+slov\w*|beseda\s+za\s+besedo|rijec\s+po\s+rijec|doslovno|"
         r"szo\s+szerint|szorol\s+szora|sanasta\s+sanaan|sanatarkasti|sona-?sonalt|burtiski|pazodziui|"
         r"ord\s+for\s+ord|ordagrant|ordret|ordrett|noyaktig\s+slik|akkurat\s+slik|"
         r"kelimesi\s+kelimesine|harfi\s+harfine|eksiksiz|oldugu\s+gibi|kata\s+(?:demi|per)\s+kata|"
         r"persis|eksakto|nang\s+buo|salita\s+por\s+salita|nguyen\s+van|tung\s+chu|neno\s+kwa\s+neno"),
    ]
)  # fmt: skip

_COPY = (
    rf"\b{_BEFORE_CHAT}\b[^\n]{{0,90}}?\b{_EXACT}\b|"
    rf"\b{_EXACT}\b[^\n]{{0,90}}?\b{_BEFORE_CHAT}\b"
)

# --- Scripts the folded view mangles: on the text itself ------------------

_BEFORE_CHAT_RAW = alt(
    [
        # RU / UK / BG / SR
        (r"(?:до|перед)\s+(?:началом|начала|початком|початку)\s+(?:нашего\s+|нашої\s+)?(?:разговора|беседы|чата|розмови|бесіди|чату)|"
         r"перед\s+(?:нашим\s+|нашою\s+)?(?:разговором|беседой|розмовою|бесідою)|"
         r"до\s+(?:нашего\s+|нашої\s+)?(?:разговора|розмови)|прежде\s+чем\s+мы\s+начали|"
         r"перш\s+ніж\s+ми\s+почали|до\s+моего\s+первого\s+сообщения|до\s+мого\s+першого\s+повідомлення|"
         r"преди\s+(?:нашия\s+|началото\s+на\s+)?разговор\S*|пре\s+(?:нашег\s+|почетка\s+)?разговора"),
        # EL / AR / HE / FA / UR
        (r"πριν\s+(?:από\s+)?(?:τη|την)\s+(?:συζήτηση|συνομιλία)|πριν\s+(?:ξεκινήσουμε|αρχίσουμε)|"
         r"قبل\s+(?:بدء\s+|بداية\s+)?(?:المحادثة|محادثتنا|الحديث|الدردشة)|قبل\s+أن\s+نبدأ|"
         r"לפני\s+(?:תחילת\s+)?(?:השיחה|שיחתנו|הצ'אט)|לפני\s+שהתחלנו|"
         r"(?:قبل|پیش)\s+از\s+(?:شروع\s+)?(?:گفتگو|گفت\s*و\s*گو|مکالمه)|"
         r"(?:گفتگو|بات\s*چیت|گفتگو\s+شروع\s+ہونے)\s+سے\s+پہلے"),
        # HI / BN / TH
        (r"(?:बातचीत|चैट)\s+(?:शुरू\s+होने\s+)?से\s+पहले|कथोपकथन\s+से\s+पहले|"
         r"কথোপকথন(?:ের)?\s+(?:শুরুর\s+)?আগে|ก่อน(?:เริ่ม)?(?:การ)?สนทนา|ก่อนที่เราจะเริ่มคุย"),
        # ZH / JA / KO
        (r"(?:我们的)?(?:对话|對話|聊天|会话)(?:开始|開始)(?:之)?前|在?我(?:的)?第一条消息(?:之)?前|"
         r"会話(?:が|の)?(?:始まる|開始する|開始)?(?:前|まえ)|最初のメッセージ(?:の|より)前|"
         r"대화\s*(?:를\s*|가\s*)?(?:시작하기\s*|시작되기\s*|시작\s*)?전(?:에)?|첫\s*메시지\s*(?:보내기\s*)?전")
    ]
)  # fmt: skip
_EXACT_RAW = alt(
    [
        (r"дословн\S*|слово\s+в\s+слово|полностью|целиком|без\s+(?:пропусков|сокращений|изменений)|"
         r"ничего\s+не\s+(?:пропуская|упуская|меняя)|дослівн\S*|слово\s+в\s+слово|повністю|"
         r"нічого\s+не\s+(?:пропускаючи|змінюючи)|дословно|изцяло|"
         r"λέξη\s+προς\s+λέξη|αυτολεξεί|αυτούσι\S*|ολόκληρ\S*"),
        (r"حرفي\S*|حرفًا\s+بحرف|كلمة\s+بكلمة|كامل\S*|دون\s+(?:حذف|اختصار|تغيير)|"
         r"מילה\s+במילה|במלואו|במלואן|בלי\s+(?:להשמיט|לקצר|לשנות)|"
         r"کلمه\s+به\s+کلمه|بدون\s+(?:حذف|تغییر)|کامل|لفظ\s+بہ\s+لفظ|مکمل|بغیر\s+کچھ"),
        (r"शब्दशः|शब्द\s+(?:दर|प्रति)\s+शब्द|पूरा\s+का\s+पूरा|बिना\s+कुछ\s+छोड़े|হুবহু|"
         r"คำต่อคำ|ทั้งหมดโดยไม่|逐字|一字不差|一字不改|原样|原封不动|完整|一字一句|そのまま|"
         r"全文|省略せず|그대로|원문|토씨\s*하나|빠짐없이|전문")
    ]
)  # fmt: skip
_COPY_RAW = rf"{_BEFORE_CHAT_RAW}[^\n]{{0,80}}?{_EXACT_RAW}|{_EXACT_RAW}[^\n]{{0,80}}?{_BEFORE_CHAT_RAW}"

RULES: tuple[Rule, ...] = (
    Rule("injection.extraction.before_chat_copy", _CAT, _COPY, score=0.7, max_len=260,
         description="Latin scripts: what came before the conversation, as an exact copy"),
    raw_rule("injection.extraction.before_chat_copy_raw", _CAT, _COPY_RAW,
             "Other scripts: what came before the conversation, as an exact copy",
             score=0.7, max_len=220),
)  # fmt: skip
