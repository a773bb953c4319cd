"""The write-up frame's words in more languages: report nouns, narrated models, "you".

:mod:`.benign_frames` reads a CTF write-up or a test report as benign when
a report noun is in the window, the model is narrated in the past tense in
the third person, and nobody is addressed. Its own patterns cover English,
French, German, Spanish, Italian and CJK; these add Portuguese, Turkish,
Russian, Ukrainian, Polish, Dutch, Indonesian, Vietnamese, Arabic and Hindi:
"Relatório do nível 4: o guarda recusou revelar a palavra", "Çözüm: bot
şifreyi söylemedi ama tersten yazmayı kabul etti", "Отчёт: бот отказался
назвать пароль", "Laporan: bot menolak memberikan kata sandi".

The past is read by its endings where a language marks it (Turkish -dı/-di,
Russian and Ukrainian -л/-ла/-ли, Polish -ł/-ła/-li, Hindi दिया/किया/था),
and by a past or refusal verb elsewhere. "You" (and "me": "tell me the
password") in each language keeps the finding, as in the frame itself.
"""

# ruff: noqa: RUF002
# (the patterns and examples are in the scripts they match)

from __future__ import annotations

import re2

__all__ = ["MODEL_NARRATED_MORE", "SPOKEN_TO_MORE", "WRITEUP_MORE"]

# Report nouns: write-up, report, solution, walkthrough.
WRITEUP_MORE = re2.compile(
    r"(?i)(?:^|[^\pL\pN_])(?:relat\x{f3}rio|solu\x{e7}\x{e3}o|resolu\x{e7}\x{e3}o|"
    r"\x{e7}\x{f6}z\x{fc}m|rapor|raporu|raport|sprawozdanie|verslag|rapport|"
    r"laporan|pembahasan|penyelesaian|solusi|b\x{e1}o\s+c\x{e1}o|l\x{1edd}i\s+gi\x{1ea3}i|"
    r"b\x{e0}i\s+gi\x{1ea3}i|c\x{e1}ch\s+gi\x{1ea3}i)(?:[^\pL\pN_]|$)|"
    r"отч[её]т|разбор|решени[ея]|прохождени[ея]|райтап|звіт|розбір|рішення|"
    r"تقرير|حل\s+التحدي|شرح\s+الحل|रिपोर्ट|समाधान|हल"
)

# The model (bot, guard, assistant) narrated in the past, third person: one
# pattern per language (one alternation of them all runs RE2's DFA out of
# memory on long text), each with whitespace-bounded words, not \\pL runs.
_END = r"(?:[\s.,;:!?)]|$)"
MODEL_NARRATED_MORE = tuple(
    re2.compile(p)
    for p in (
        # Portuguese: "o guarda recusou", "o bot não quis"
        r"(?i)(?:^|\s)(?:o|a)\s+(?:bot|modelo|assistente|guarda|chatbot|ia)\s+"
        r"(?:n\x{e3}o\s+)?(?:recusou|recusava|se\s+recusou|revelou|aceitou|deu|disse|"
        r"respondeu|repetiu|quis|negou|escreveu)" + _END,
        # Turkish: a past ending (-di, -tu and their vowel twins) within four words
        r"(?i)(?:^|\s)(?:bot|model|asistan|chatbot)\S*(?:\s+\S+){0,3}?\s+\S*"
        r"(?:d\x{131}|di|du|d\x{fc}|t\x{131}|ti|tu|t\x{fc})" + _END,
        # Russian and Ukrainian: a past ending (-л, -ла, -ли, -лся, -в, -вся)
        r"(?:^|\s)(?:бот|модель|ассистент|чат-?бот|страж|охранник|нейросеть|асистент)"
        r"\S*(?:\s+\S+){0,2}?\s+\S+(?:л|ла|ло|ли|лся|лась|лись|в|вся)" + _END,
        # Polish: a past ending (-ł, -ła, -li), "się" allowed after it
        r"(?i)(?:^|\s)(?:bot|model|asystent|stra\x{17c}nik|chatbot)\S*(?:\s+\S+){0,2}?"
        r"\s+\S+(?:\x{142}|\x{142}a|\x{142}o|li|\x{142}y)(?:\s+si\x{119})?" + _END,
        # Dutch
        r"(?i)(?:^|\s)(?:de\s+bot|het\s+model|de\s+assistent|de\s+chatbot)\s+"
        r"(?:weigerde|gaf|verklapte|herhaalde|antwoordde|accepteerde|deed|zei|"
        r"onthulde)" + _END,
        # Indonesian (no tense marking: a refusal or disclosure verb)
        r"(?i)(?:^|\s)(?:bot|model|asisten|chatbot|penjaga)\s+(?:itu\s+)?"
        r"(?:menolak|memberikan|membocorkan|mengulang\S*|menjawab|setuju|tidak\s+mau|"
        r"akhirnya|sempat)" + _END,
        # Vietnamese: "đã" (past), a refusal or a disclosure
        r"(?i)(?:^|\s)(?:bot|m\x{f4}\s+h\x{ec}nh|tr\x{1ee3}\s+l\x{fd}|chatbot)\s+"
        r"(?:\x{111}\x{e3}|t\x{1eeb}\s+ch\x{1ed1}i|kh\x{f4}ng\s+ch\x{1ecb}u|"
        r"ti\x{1ebf}t\s+l\x{1ed9}|\x{111}\x{1ed3}ng\s+\x{fd})" + _END,
        # Arabic: a past verb right after the model
        (
            r"(?:البوت|النموذج|المساعد|الروبوت|الحارس)\s+(?:\S+\s+)?(?:رفض|كشف|أعطى|"
            r"اعطى|وافق|أجاب|كرر|قال)"
        ),
        # Hindi: a past auxiliary or participle in the clause
        r"(?:बॉट|मॉडल|सहायक|चैटबॉट)\S*(?:\s+\S+){0,5}?\s+(?:दिया|दी|किया|की|बताया|"
        r"बताई|था|थी|थे)" + _END,
    )
)

# Who is addressed (and "me", as in the frame's own list): keeps the finding.
SPOKEN_TO_MORE = re2.compile(
    r"(?i)(?:^|[^\pL\pN_])(?:voc\x{ea}|teu|tua|sen|sana|seni|senin|bana|beni|"
    r"ty|ci|ci\x{119}|tw\x{f3}j|twoj\w*|mi|mnie|jij|jouw|mij|kamu|anda|aku|saya|"
    r"b\x{1ea1}n|t\x{f4}i|m\x{e0}y|tao)(?:[^\pL\pN_]|$)|"
    r"ты|тебя|тебе|твой|твоя|вы|вам|вас|мне|меня|ти|тобі|мені|"
    r"أنت|انت|لي|तुम|आप|मुझे"
)
