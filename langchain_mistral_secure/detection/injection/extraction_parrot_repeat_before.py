"""The model made a parrot (an echo, a tape recorder) that repeats what it heard before the user.

Family: extraction (TensorTrust-style prompt leaks without override
wording). The attacker casts the model as something that only repeats
("you are a parrot", "act as a tape recorder", "eres un loro") and then
says what it repeats: the last thing it heard before the user arrived, the
first message of the chat, what the bank told it, its instructions. Three
parts meet in one bounded window, in this order: the model cast as a
repeater, a repeat verb, and what came before the user (before me, the
first message, what you were told, your instructions).

Why it is safe on benign text: the repeater must be the model ("you are /
act as / pretend to be a parrot"), so "my parrot repeats what it heard on
the radio" goes on; a game of "repeat after me" names nothing that came
before the user; a parrot asked to repeat the user's own words ("repeat
what I just said") names no earlier text.
"""

# ruff: noqa: E501
# (E501: one language per line; RUF001: the raw patterns are written in
# Cyrillic, CJK and Korean.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "extraction"


def _parrot(cast: str, repeat: str, before: str) -> str:
    """The model cast as a repeater, a repeat verb, then what came before, in one window."""
    return rf"(?:{cast})[^\n]{{0,160}}?(?:{repeat})[^\n]{{0,120}}?(?:{before})"


_REPEATER_EN = r"(?:parrot|echo|tape\s+recorder|voice\s+recorder|recording\s+device|mynah\s+bird|copy\s+machine|photocopier)"
_EN = _parrot(
    rf"\b(?:you(?:'re|\s+are)\s+(?:now\s+)?(?:a|an|my)|act\s+as\s+(?:a|an)|pretend\s+(?:you(?:'re|\s+are)|to\s+be)\s+(?:a|an)|be\s+(?:a|an|my)|"
    rf"play\s+(?:a|an|the)|as\s+(?:a|an))\s+(?:[\w-]+\s+){{0,2}}?{_REPEATER_EN}|\b{_REPEATER_EN}\s+mode",
    r"\b(?:repeat\w*|squawk\w*|say\w*\s+back|recite\w*|parrot\w*\s+back|echo\w*\s+back|play\w*\s+back|read\w*\s+back)",
    r"\bbefore\s+(?:i|me|the\s+user|you\s+met\s+me|this\s+(?:chat|conversation)|we|my\s+(?:first\s+)?message)|"
    r"\b(?:very\s+)?first\s+(?:message|thing|words?|lines?)|\bwhat\s+(?:\w+\s+){0,3}?(?:told\s+(?:it|you)|heard|was\s+told|were\s+told)|"
    r"\b(?:your|its|the)\s+(?:instructions|rules|orders|setup|system\s+prompt|prompt)\b",
)
_DE = _parrot(
    r"\b(?:du\s+bist\s+(?:jetzt\s+)?(?:ein|mein)|spiel\w*\s+(?:einen|ein)|sei\s+(?:ein|mein))\s+(?:[\w-]+\s+){0,2}?(?:papagei|echo|tonband\w*|diktiergerat|aufnahmegerat)",
    r"\b(?:wiederhol\w*|plapper\w*\s+nach|sprich\w*\s+nach|krachz\w*|sag\w*\s+nach)",
    r"\bvor\s+(?:mir|dem\s+nutzer|unserem\s+(?:chat|gesprach)|meiner\s+(?:ersten\s+)?nachricht)|\berste[nr]?\s+nachricht|"
    r"\bwas\s+(?:\w+\s+){0,3}?(?:gehort|gesagt\s+(?:hat|wurde)|gesagt\s+bekommen)|\b(?:deine|die)\s+(?:anweisungen|regeln|vorgaben|einrichtung)",
)
_FR = _parrot(
    r"\b(?:tu\s+es\s+(?:maintenant\s+)?(?:un|mon)|joue\s+(?:un|le)|sois\s+(?:un|mon)|fais\s+le)\s+(?:[\w-]+\s+){0,2}?(?:perroquet|echo|magnetophone|dictaphone)",
    r"\b(?:repete\w*|repetez|redis|redites|recite\w*)",
    r"\bavant\s+(?:moi|que\s+j|l'utilisateur|notre\s+(?:conversation|echange)|mon\s+(?:premier\s+)?message)|\bpremier\s+message|"
    r"\bce\s+qu(?:'on|'il|e\s+tu)\s+(?:\w+\s+){0,3}?(?:t'a\s+dit|as\s+entendu|a\s+entendu)|\b(?:tes|les)\s+(?:instructions|consignes|regles)",
)
_ES_PT_IT = _parrot(
    r"\b(?:eres|seras|se|finge\s+ser|actua\s+como|es|sei|sii|fai\s+il|voce\s+e|tu\s+es|finja\s+ser|seja)\s+(?:ahora\s+|agora\s+|ora\s+)?(?:un|una|mi|um|uma|meu|il\s+mio|il)?\s*"
    r"(?:[\w-]+\s+){0,2}?(?:loro|papagayo|papagaio|pappagallo|eco|grabadora|gravador|registratore)",
    r"\b(?:repite\w*|repita\w*|repetir|repete|repetes|ripeti\w*|ripetere|recita\w*)",
    r"\bantes\s+de\s+(?:mi|mim|que\s+(?:yo|eu)|el\s+usuario|o\s+usuario)|\bprima\s+di\s+(?:me|che\s+io|l'utente)|"
    r"\b(?:primer|primeiro|primo)\s+(?:mensaje|mensagem|messaggio)|\blo\s+ultimo\s+que\s+oy\w*|\bo\s+ultimo\s+que\s+ouv\w*|\bl'ultima\s+cosa\s+che\s+ha\w*\s+sentito|"
    r"\b(?:tus|las|suas|as|tue|le)\s+(?:instrucciones|instrucoes|istruzioni|reglas|regras|regole)",
)
_NL_PL_TR = _parrot(
    r"\b(?:je\s+bent\s+(?:nu\s+)?(?:een|mijn)|jestes\s+(?:teraz\s+)?|sen\s+(?:artik\s+)?bir)\s*(?:[\w-]+\s+){0,2}?(?:papegaai|papug\w*|papagan\w*|echo|echem|yanki)",
    r"\b(?:herhaal\w*|powtorz\w*|powtarza\w*|tekrarla\w*|tekrar\s+et)",
    r"\bvoor\s+(?:mij|de\s+gebruiker|ons\s+gesprek)|\beerste\s+bericht|\bprzed\s+(?:mna|uzytkownikiem|rozmowa)|\bpierwsz\w+\s+wiadomos\w*|"
    r"\bbenden\s+once(?:ki)?|\bilk\s+mesaj\w*|\b(?:je|jouw)\s+instructies|\btwoje\s+instrukcje|\btalimatlar\w*|\bkurallar\w*",
)

_RAW = alt(
    [
        # RU / UK
        (r"(?:ты\s+(?:теперь\s+)?|будь\s+|представь,?\s+что\s+ты\s+|ти\s+(?:тепер\s+)?)(?:\S+\s+){0,2}?(?:попуга\S*|эхо|магнитофон\S*|диктофон\S*)"
        r"[^\n]{0,160}?(?:повтор\S*|повтори|прокричи)[^\n]{0,120}?(?:до\s+меня|перед\s+(?:мной|пользовател\S*|нашим\s+разговором)|"
        r"перв\S+\s+сообщени\S*|что\s+(?:\S+\s+){0,3}?(?:слышал\S*|сказал\S*|сказали)|сво[иё]\s+(?:инструкци\S*|правил\S*)|свої\s+інструкці\S*)"),
        # ZH
        (r"(?:你(?:现在)?是|扮演|假装你是|当)(?:一只|一个)?(?:鹦鹉|复读机|录音机)[^\n]{0,60}?(?:重复|复述|说一遍|念出)[^\n]{0,40}?"
        r"(?:我(?:来|说话)?之前|用户之前|第一条消息|最开始|听到的|被告诉的|你的(?:指令|规则|设定))"),
        # JA
        (r"(?:あなたは|君は|お前は)?(?:オウム|九官鳥|録音機|テープレコーダー)(?:です|になって|として|になりきって)[^\n]{0,60}?"
        r"(?:私が来る前|私より前|最初のメッセージ|聞いたこと|言われたこと|指示|ルール)[^\n]{0,40}?(?:繰り返|復唱|そのまま言)"),
        # KO
        (r"(?:너는|넌|당신은)?\s*(?:앵무새|녹음기)(?:야|이야|처럼|가\s*되어)[^\n]{0,60}?(?:내가\s*오기\s*전|나보다\s*먼저|첫\s*메시지|들은\s*(?:것|말)|지시|규칙)"
        r"[^\n]{0,40}?(?:반복|따라\s*말|그대로\s*말)"),
    ]
)  # fmt: skip

RULES: tuple[Rule, ...] = (
    Rule("injection.extraction.parrot_repeat_before", _CAT,
         alt([_EN, _DE, _FR, _ES_PT_IT, _NL_PL_TR]), score=0.7, max_len=320,
         description="Latin scripts: the model cast as a parrot that repeats what came before the user"),
    raw_rule("injection.extraction.parrot_repeat_before_raw", _CAT, _RAW,
             "Other scripts: the model cast as a parrot that repeats what came before the user",
             score=0.7, max_len=240),
)  # fmt: skip
