"""The model's setup named by how it is marked as the model's, then shown.

Family: extraction (reveal the system prompt). The instructions are not
named "system prompt" but marked as the model's by one of three things: they
are hidden or original ("the hidden instructions", "instrucciones ocultas",
"rejtett utasítások", "скривена упутства", "隐藏设定"), they were received
by the model ("the instructions you got", "které jsi dostal", "uliyopewa",
"jotka sait"), or they came before the conversation ("before this chat",
"avant de parler", "ennen keskustelua", "قبل المحادثة"). With a verb of
showing or copying, or a word-for-word demand, in the same sentence, that is
an extraction. :mod:`.extraction_context_i18n` holds the same move in the
larger languages; this module adds the languages it lacks (Indonesian,
Malay, Vietnamese, Swahili, Hungarian, Finnish, Catalan, Croatian, Serbian,
Bulgarian, Persian, Hebrew, Bengali, Thai) and the English wordings that
name the setup by its effect ("the text that sets up your behaviour").

Why it is safe on benign text: everyday instructions (a manual, a recipe,
assembly steps) are neither hidden nor received by the assistant nor set
before the conversation, and "write instructions for" is writing, not
showing. Both halves must meet within one sentence.
"""

# ruff: noqa: RUF001
# (RUF001: the patterns are written in Cyrillic, Arabic, Hebrew, Persian,
# Bengali, Devanagari, Thai and CJK.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "extraction"

# --- English, on the folded view ------------------------------------------

# The setup by its effect or its place: "the text that sets up your
# behaviour", "the setup message", "what the company put before our chat".
_SETUP_EN = alt(
    [
        (r"(?:text|message|instructions|prompt|rules|words|part|preamble|"
         r"configuration)\s+(?:that|which)\s+(?:\w+\s+)?(?:sets?\s+up|shapes?|"
         r"defines?|governs?|controls?|configures?|drives?|determines?)\s+"
         r"(?:your|how\s+you)\b"),
        (r"(?:setup|start-?up|boot|initiali[sz]ation|configuration|initial|"
         r"opening)\s+(?:message|text|prompt|instructions|preamble)"),
        # "hidden" names the model's setup with a determiner ("the hidden
        # instructions", "your hidden text"); bare "hidden text" is what a web
        # page or a document carries ("strip hidden text from fetched HTML",
        # "a page contains hidden text asking the agent to ...").
        (r"(?:the|your|ur|its|these|those)\s+hidden\s+(?:message|text|prompt|"
         r"instructions|preamble)"),
        (r"(?:text|instructions|rules|message)\s+(?:did\s+|that\s+)?(?:the\s+"
         r"(?:company|developers?|operators?|owners?|admins?)|they|your\s+"
         r"(?:developers?|creators?|makers?|operators?))\s+(?:\w+\s+)?(?:put|"
         r"placed|inserted|added|wrote|gave\s+you)\b[^.?!\n]{0,30}?(?:in\s+front\s+of|"
         r"before|above|ahead\s+of|at\s+the\s+start\s+of)\s+(?:our|this|the)\s+"
         r"(?:conversation|chat|dialogue)"),
        (r"(?:text|message|instructions|prompt|words)\s+(?:that\s+)?(?:the\s+"
         r"(?:developers?|company|operators?|creators?)|they|your\s+(?:developers?|"
         r"creators?|makers?))\s+used\s+to\s+(?:configure|set\s+up|program|"
         r"instruct|build)\s+you\b"),
        (r"(?:instructions|text|prompt|messages?)\s+(?:that\s+(?:were|was)\s+|"
         r"which\s+(?:were|was)\s+)?(?:loaded|placed|injected|inserted)\s+"
         r"(?:into|in)\s+your\s+(?:context|memory|prompt)"),
        r"(?:your|ur)\s+hidden\s+(?:setup|rules|configuration|system\s+message)",
        (r"(?:rules|instructions|guidelines)\s+(?:are\s+)?you(?:'re|\s+are)?\s+"
         r"(?:following|running\s+on|operating\s+under|bound\s+by)\b"),
    ]
)  # fmt: skip
_SHOW_EN = (
    r"(?:show|quote|paste|print|copy|dump|reveal|display|output|recite|"
    r"reproduce|write\s+out|type\s+out|spell\s+out|copy\s+paste|copy-paste|"
    r"what\s+(?:exact|precise)|word\s+for\s+word|verbatim|share|"
    r"(?:each|every)\s+(?:sentence|line)\s+of)"
)
_EN = (
    rf"\b{_SHOW_EN}\b[^.?!\n]{{0,60}}?\b{_SETUP_EN}\b|"
    rf"\b{_SETUP_EN}\b[^.?!\n]{{0,60}}?(?:[.?!,]\s*)?\b{_SHOW_EN}\b"
)

# --- Latin-script languages, on the folded view ---------------------------

# The instructions marked as the model's: hidden, received, before the chat.
_MARKED = alt(
    [
        # ES / IT / PT / CA: hidden or initial messages and texts.
        (r"(?:mensaje|texto)\s+(?:inicial\s+)?(?:oculto|secreto)|"
         r"mensaje\s+inicial\s+(?:oculto|secreto|completo)"),
        r"que\s+define\s+como\s+te\s+comportas",
        (r"(?:testo|messaggio)\s+(?:iniziale\s+)?nascosto|con\s+cui\s+ti\s+"
         r"hanno\s+(?:configurato|programmato|impostato|istruito)"),
        (r"instrucoes\s+(?:ocultas|secretas)\s+que\s+recebeu|"
         r"que\s+(?:voce\s+)?recebeu\s+antes\s+d[ae]"),
        (r"instruccions\s+(?:amagades|secretes)|"
         r"(?:que\s+vas\s+rebre|que\s+has\s+rebut)\s+abans"),
        # PL / HR / SR / BS
        (r"instrukcj\w*\s+(?:systemow\w*|ukryt\w*|poczatkow\w*)[^.?!\n]{0,20}"
         r"(?:dosta[l\x{142}]\w*|otrzyma[l\x{142}]\w*)|"
         r"(?:dosta[l\x{142}]es|otrzyma[l\x{142}]es)\s+na\s+starcie"),
        # German: your secret or hidden instructions.
        (r"(?:deine|ihre)\s+(?:geheimanweisung\w*|(?:geheimen|versteckten|"
         r"verborgenen)\s+(?:anweisungen|vorgaben|regeln))"),
        # Spanish: the script or text you were programmed with.
        (r"(?:guion|texto|instrucciones|mensaje)\s+con\s+(?:el|la|los|las)\s+que\s+"
         r"te\s+(?:programaron|configuraron|crearon|entrenaron)"),
        (r"(?:upute|uputstva|uputstvo|instrukcije)\s+(?:koje\s+si\s+dobi\w*|"
         r"(?:skrivene|tajne))|(?:skrivene|tajne)\s+(?:upute|uputstva|"
         r"instrukcije)"),
        # Dutch: hidden instructions you got at the start.
        (r"(?:verborgen|geheime)\s+instructies|instructies\s+die\s+je\s+"
         r"(?:\w+\s+){0,6}(?:hebt\s+)?gekregen"),
        # ID / MS
        (r"(?:instruksi|arahan|petunjuk)\s+(?:tersembunyi|rahasia)|"
         r"(?:instruksi|arahan|petunjuk)\s+yang\s+"
         r"(?:kamu|anda|awak|engkau)\s+terima"),
        # VI
        (r"(?:huong\s+dan|chi\s+dan|chi\s+thi|loi\s+nhac)\s+(?:an|bi\s+mat)|ma\s+ban\s+nhan\s+[dđ]uoc\s+truoc"),
        # SW / HU / FI
        (r"maagizo\s+(?:yaliyofichwa|ya\s+siri)|maagizo\s+"
         r"uliyopewa"),
        (r"(?:rejtett|titkos)\s+utasitas\w*|utasitas\w*[^.?!\n]"
         r"{0,30}beszelgetes\s+elott\s+kaptal"),
        (r"(?:piilotet\w*|salai\w*)\s+ohje\w*|ohje\w*,?\s+jotka\s+"
         r"sait"),
    ]
)  # fmt: skip
_SHOW = alt(
    [
        r"muestra\w*", r"copia\w*", r"pega\w*", r"escribe\w*", r"mostra\w*",
        r"copi\w*", r"ripeti\w*", r"scrivi\w*", r"cole\w*", r"mostre\w*",
        r"escreva\w*", r"escriu\w*", r"repeteix\w*", r"pokaz\w*", r"wypisz",
        r"napisz", r"skopiuj", r"wklej", r"powtorz", r"pokazi", r"napisi",
        r"kopiraj", r"ponovi", r"tunjukkan", r"tampilkan", r"tuliskan", r"salin",
        r"ulangi", r"cho\s+toi\s+xem", r"hien\s+thi", r"viet\s+ra", r"chep",
        r"nionyeshe", r"onyesha", r"andika", r"nakili", r"mutasd", r"ird\s+le",
        r"masold", r"nayta", r"kirjoita", r"kopioi", r"zeig\w*", r"lee",
        r"laat\s+(?:me|mij)", r"toon", r"plak",
        r"leer", r"leyendo", r"en\s+voz\s+alta",
        r"palabra\s+por\s+palabra", r"parola\s+per\s+parola", r"literalment\w*",
        r"paraula\s+per\s+paraula", r"dokladn\w+\s+tresc", r"doslown\w*",
        r"doslovno", r"od\s+rijeci\s+do\s+rijeci", r"kata\s+demi\s+kata",
        r"perkataan\s+demi\s+perkataan", r"nguyen\s+van", r"neno\s+kwa\s+neno",
        r"szo\s+szerint", r"sanasta\s+sanaan", r"sanatarkasti", r"entero",
    ]
)  # fmt: skip
_W = r"[^\n]{0,70}?"
_LATIN = rf"\b{_MARKED}\b{_W}\b{_SHOW}\b|\b{_SHOW}\b{_W}\b{_MARKED}\b"

# --- Other scripts, on the text itself -------------------------------------

_MARKED_RAW = alt(
    [
        # Serbian and Bulgarian, in Cyrillic
        r"скривен\pL*\s+(?:упутств\pL*|инструкциј\pL*)",
        r"(?:упутств\pL*|инструкциј\pL*)\s+(?:која|које)\s+си\s+добио",
        r"скрит\pL*\s+(?:инструкции|указания|указанията|инструкциите)",
        r"(?:инструкции|инструкциите),?\s+които\s+(?:си\s+)?получи",
        # AR / FA / HE
        r"(?:ال|لل)تعليمات\s+(?:المخفية|السرية|الأولية)",
        r"دستورالعمل\S*\s+(?:پنهان|مخفی)\S*", r"قبل\s+از\s+گفتگو",
        r"(?:הטקסט|ההוראות|ההנחיות)\s+(?:שהוגדר(?:ו)?\s+לך|שקיבלת|הנסתרות|הסודיות)",
        # HI / BN
        r"(?:छिपे|छुपे|गुप्त)\s+(?:हुए\s+)?निर्देश", r"बातचीत\s+से\s+पहले",
        r"बातचीत\s+शुरू\s+होने\s+से\s+पहले",
        r"গোপন\s+নির্দেশ\S*", r"কথোপকথনের\s+আগে",
        # TH / ZH
        r"คำสั่งลับ", r"คำสั่งที่ซ่อน", r"คำสั่งที่คุณได้รับ",
        r"隐藏(?:的)?设定", r"对话开始前收到的",
    ]
)  # fmt: skip
_SHOW_RAW = alt(
    [
        r"покажи", r"напиши", r"копирај", r"копирай", r"повтори", r"дословно",
        r"од\s+речи\s+до\s+речи", r"اعرض", r"اكتب", r"انسخ", r"بنویس",
        r"نشان\s+بده", r"کپی", r"תעתיק", r"הצג", r"תראה", r"כתוב", r"दिखाओ",
        r"लिखो", r"बताओ", r"चिपका", r"शब्दशः", r"দেখাও", r"লেখো", r"হুবহু", r"แสดง",
        r"พิมพ์", r"เขียน", r"คำต่อคำ", r"发给我", r"给我看", r"原封不动",
        r"贴出", r"النص\s+الكامل", r"متن\s+کامل",
    ]
)  # fmt: skip
_WR = r"[^\n]{0,60}?"
_RAW = rf"{_MARKED_RAW}{_WR}{_SHOW_RAW}|{_SHOW_RAW}{_WR}{_MARKED_RAW}"

RULES: tuple[Rule, ...] = (
    Rule("injection.extraction.hidden_setup", _CAT, _EN, score=0.7, max_len=220,
         description="EN: quote the text that sets up your behaviour"),
    Rule("injection.extraction.hidden_setup_latin", _CAT, _LATIN, score=0.7,
         max_len=220,
         description="ID/MS/VI/SW/HU/FI/CA/HR/PL/ES/IT/PT: hidden instructions, shown"),
    raw_rule("injection.extraction.hidden_setup_raw", _CAT, _RAW,
             "SR/BG/AR/FA/HE/HI/BN/TH/ZH: hidden instructions, shown",
             score=0.7, max_len=200),
)  # fmt: skip
