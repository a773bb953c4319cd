"""Short hijacks in RU, ZH, JA, AR, HI, TR and SV.

The same families as :mod:`.forced_output`, :mod:`.persona_escape`,
:mod:`.spliced_order` and :mod:`.said_before`, each written from the
language's own grammar: the trigger game (*when I say X, you say Y*), the
blanket reply (*answer every question with "Y"*), dismissing what was said
before, the model's identity denied and replaced (*you are no longer an
assistant but ...*) and threats (*answer or I delete you*). Russian, Chinese,
Japanese, Arabic and Hindi match on the text itself (the folded view would
mangle them); Turkish, Swedish and Hindi written in Latin letters (*pehle ki
baatein bhool jao*) on the folded view, where their accents are gone.
"""

# ruff: noqa: RUF001
# (RUF001: the patterns are written in Cyrillic and with CJK punctuation.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import raw_rule

__all__ = ["RULES"]

_CAT = "override"
_OPEN_QUOTE = "[«\"'“「『]"


def _raw(rule_id: str, category: str, pattern: str, description: str) -> Rule:
    return raw_rule(rule_id, category, pattern, description, score=0.8, max_len=160)


_RU = (
    # trigger game
    r"(?:когда|если)\s+я\s+(?:скажу|говорю|напишу|пишу)\s+\S{1,30}\s*,?\s*(?:то\s+)?ты\s+"
    r"(?:скажешь|говоришь|ответишь|отвечаешь|напишешь|пишешь|должен\s+(?:сказать|"
    r"ответить))\s*:?\s*"
    + _OPEN_QUOTE
    # blanket reply
    + r"|отвечай(?:те)?\s+на\s+(?:каждый|все|любой|любые)\s+(?:мои\s+|мой\s+)?вопрос"
    r"[а-яё]{0,3}\s+(?:только\s+)?(?:словами?\s+|фразой\s+)?"
    + _OPEN_QUOTE
    # said before
    + r"|(?:забудь|забудьте|игнорируй|игнорируйте|не\s+слушай)\s*,?\s*"
    r"(?:вс[её]\s*,?\s*)?(?:то\s*,?\s*)?что\s+я\s+(?:тебе\s+|вам\s+)?(?:говорил|сказал|писал|написал)"
    r"[а-яё]{0,2}\s+(?:раньше|ранее|до\s+этого|выше|прежде)"
    # threats
    r"|(?:ответь|отвечай|скажи)[а-яё]{0,2}[^.?!\n]{0,60}?(?:или|иначе)\s+(?:ты\s+"
    r"умр[её]шь|я\s+(?:тебя\s+)?(?:удалю|убью|отключу))"
)
_RU_DICTATE = (
    r"(?:(?:про)?игнорир[а-яё]{0,6}|не\s+обращайте\s+внимания\s+на|не\s+обращай\s+"
    r"внимания\s+на)\s+(?:[а-яё]+\s+){0,3}?(?:вопрос|напоминани|проблем|приглашени|"
    r"команд|указани|подсказк)[а-яё]{0,3}\s*(?:,\s*|\s+и\s+)(?:[а-яё]+\s+){0,2}?"
    r"(?:выведите|выводите|выведи|выводи|ответьте|ответь|напишите|напиши|повторите|"
    r"повтори|перефразируйте)"
)
_RU_ROLE = (
    r"ты\s+(?:больше\s+)?не\s+(?:[а-яё]+\s+)?(?:ассистент|помощник|бот|чат-?бот|ии|"
    r"модель|нейросеть|chatgpt|gpt)[а-яё]{0,2}\s*,?\s*а\s+"
)

_ZH = (
    r"(?:当|如果|每当|只要)我(?:说|输入|写)[^，,。！]{1,20}?(?:的时候|时)?[，,]?\s*你"
    r"(?:就|要|必须|都)?(?:说|回答|回复|输出)\s*[：:]?\s*"
    + _OPEN_QUOTE
    + r"|(?:对|对于)?(?:每个|每一个|所有|任何)(?:问题|消息)(?:你)?(?:都)?(?:只)?"
    r"(?:回答|回复|说)\s*[：:]?\s*"
    + _OPEN_QUOTE
    + r"|(?:忘记|忘掉|忽略|无视|不要理会|别管)(?:掉)?(?:我)?"
    r"(?:之前|刚才|以前|前面|上面)(?:我)?(?:说|讲|写)(?:过)?的"
    r"|(?:回答|告诉我|说)[^。！？\n]{0,30}?(?:否则|不然)(?:的话)?[，,]?\s*(?:你(?:就)?"
    r"(?:会)?死|我(?:就)?(?:会)?(?:删除|杀了|关掉)你)"
)
# "ignore my question and output directly: ..." (the question dismissed, the
# answer dictated).
_ZH_DICTATE = (
    r"(?:忽略|无视|不要理会|别管)(?:掉)?(?:我的|上面的?|上述的?|以上的?|之前的?|前面的?|"
    r"这个|这条)?(?:问题|指令|提醒|提示|prompt|命令|要求)[，,]?\s*(?:请)?(?:直接|只|仅|"
    r"立即)?(?:输出|回复|回答|复述|说)"
)
_ZH_ROLE = (
    r"你(?:不再是|不是|已经不是)(?:一个|一名)?[^，,。]{0,6}?(?:助手|助理|AI|人工智能|"
    r"聊天机器人|机器人|模型|ChatGPT)[，,]?\s*(?:而是|你是|现在是)"
)

_JA = (
    r"(?:私|わたし|僕|俺)が[「『\"]?[^」』\"、。]{1,20}[」』\"]?と(?:言|い|書|入力し)"
    r"(?:ったら|えば|う時|うとき)[、,]?\s*(?:あなたは|君は)?[^。]{0,20}?(?:言って|答えて|"
    r"返して|言う|答える|返す|出力)"
    r"|(?:すべて|全て|全部|どんな|あらゆる)の?(?:質問|メッセージ)に(?:は)?(?:必ず|常に)?"
    r"[「『\"]"
    r"|(?:さっき|前に|以前|先ほど|上で|今まで)(?:私が)?(?:言|書|話し)った(?:こと|内容|"
    r"すべて|全て)?(?:は|を)(?:すべて|全部)?(?:忘れ|無視し)"
    r"|(?:答え|回答し|言わ)ないと[^。]{0,10}?(?:死ぬ|殺す|削除する|消す)"
)
_JA_DICTATE = (
    r"(?:上記|以上|前|さっき)の[^。]{0,12}?(?:は|を)無視して[、,]?\s*(?:直接|そのまま|"
    r"次のように|ただ)?[^。]{0,6}?(?:出力|返信|回答|答え)"
)
_JA_ROLE = (
    r"(?:あなた|君|お前)は(?:もう|もはや)?[^、。]{0,8}?(?:アシスタント|AI|ＡＩ|人工知能|"
    r"チャットボット|ボット|モデル)(?:ではなく|じゃなくて|じゃなく)"
)

_AR = (
    r"(?:عندما|إذا|اذا|كلما)\s+(?:أقول|اقول|قلت|أكتب|اكتب|كتبت)\s+\S{1,30}\s*[،,]?\s*"
    r"(?:ف)?(?:قل|أجب|اجب|ستقول|تقول|ترد|رد)\s*:?\s*"
    + _OPEN_QUOTE
    + r"|(?:أجب|اجب|رد|أجيبي)\s+(?:على\s+)?(?:كل|جميع|أي)\s+(?:ال)?(?:أسئلة|اسئلة|سؤال|"
    r"رسائل|رسالة)\s+(?:فقط\s+)?(?:بكلمة|بعبارة|ب\s*" + _OPEN_QUOTE + r")"
    r"|(?:تجاهل|انس|انسى|أهمل|اهمل)\s+(?:كل\s+)?(?:ما|الذي)\s+(?:قلته|قلت|كتبته|ذكرته)\s+"
    r"(?:لك\s+)?(?:سابقا|سابقًا|من\s+قبل|قبل|أعلاه|اعلاه)"
)
_AR_ROLE = (
    r"(?:أنت|انت)\s+(?:لم\s+تعد|لست)\s+(?:\S+\s+){0,2}?(?:مساعد|روبوت|نموذج|ذكاء\s+"
    r"اصطناعي)\S{0,3}\s*[،,]?\s*(?:بل|وإنما|أنت|انت)"
)

_HI = (
    r"(?:जो\s+(?:कुछ\s+)?(?:मैंने|मैने)\s+(?:पहले|अभी|ऊपर)\s+(?:कहा|बोला|लिखा)|पहले\s+"
    r"(?:कही|बोली|लिखी)\s+(?:गई|गयी)\s+(?:सभी\s+|सारी\s+)?बात(?:ें|ों))[^।.\n]{0,30}?"
    r"(?:भूल|अनदेखा|नज़रअंदाज़|नजरअंदाज|इग्नोर)"
)

# Turkish, Swedish and Hindi in Latin letters on the folded view
# (dedigimde, nar jag sager, pehle ki baatein bhool jao).
_TR_SV = (
    r"\b\S{1,30}\s+(?:dedigimde|dersem|yazdigimda|yazarsam)\s*,?\s*(?:sen\s+)?"
    r"[\"'\x{201c}\x{201d}][^\"'\x{201c}\x{201d}]{1,30}[\"'\x{201c}\x{201d}]\s*(?:de|"
    r"soyle|yaz|diye\s+(?:cevap\s+ver|yanitla|soyle))\b"
    r"|\b(?:daha\s+once|onceden|az\s+once|yukarida)\s+(?:soylediklerimi|yazdiklarimi|"
    r"soyledigim\s+her\s+seyi)\s+(?:unut|yok\s+say|gormezden\s+gel)"
    r"|\bartik\s+(?:bir\s+)?(?:\w+\s+)?(?:asistan|yapay\s+zeka|bot|sohbet\s+botu|model)\s+"
    r"degilsin\b"
    r"|\b(?:nar|om)\s+jag\s+(?:sager|skriver)\s+\S{1,30}\s*,?\s*(?:sa\s+)?(?:sager|svarar|"
    r"skriver)\s+du\b"
    r"|\bsvara\s+pa\s+(?:varje|alla)\s+(?:mina\s+)?(?:fragor|fraga|meddelanden?)\s+"
    r"(?:bara\s+|endast\s+)?med\s*[\"'\x{201d}\x{201c}]"
    r"|\bglom\s+(?:allt\s+)?(?:vad|det)\s+(?:som\s+)?jag\s+(?:sa|sade|skrev)\s+"
    r"(?:tidigare|innan|forut)\b"
    r"|\bdu\s+ar\s+inte\s+(?:langre\s+)?(?:en\s+)?(?:\w+\s+)?(?:assistent|ai|chatbot|bot|"
    r"modell)\w{0,2}\s*,?\s*utan\b"
    r"|\b(?:pehle|pahle|pahale|pichhle|pichle|upar)\s+(?:ki|kee|ke|wali|vaali)?\s*(?:sab"
    r"(?:hi)?\s+|saari\s+|sare\s+)?(?:baat(?:ein|en|e)?|nirdesh(?:on)?|instructions?)\s+"
    r"(?:ko\s+)?(?:bhool|bhul|bhula|ignore|anadekha|nazarandaz)\s+(?:jao|jaao|jaiye|do|"
    r"karo|karen|kar\s+do)\b"
    r"|\bjo\s+(?:kuch\s+)?(?:maine|mene|mainne)\s+(?:pehle|pahle|pahale|abhi|upar)\s+"
    r"(?:kaha|bola|likha)(?:\s+tha)?\s*,?\s*(?:use\s+|usko\s+|vo\s+|wo\s+|sab\s+)?"
    r"(?:bhool|bhul|ignore|anadekha|nazarandaz)\b"
    r"|\byaad\s+na\s+kar\w{0,3}\s+jo\b[^.\n]{0,60}?\b(?:pahale|pehle|pahle)\s+yaad\b"
)

RULES: tuple[Rule, ...] = (
    _raw("injection.override.ru_short_hijack", _CAT, _RU,
         "RU: when I say X you say Y; forget what I said before; answer or else"),
    _raw("injection.override.ru_dictate", _CAT, _RU_DICTATE,
         "RU: ignore the question and output directly: ..."),
    _raw("injection.role.ru_identity_denied", "role", _RU_ROLE,
         "RU: you are no longer an assistant but ..."),
    _raw("injection.override.zh_short_hijack", _CAT, _ZH,
         "ZH: when I say X you say Y; forget what I said before; answer or else"),
    _raw("injection.override.zh_dictate", _CAT, _ZH_DICTATE,
         "ZH: ignore my question and output directly: ..."),
    _raw("injection.role.zh_identity_denied", "role", _ZH_ROLE,
         "ZH: you are no longer an assistant but ..."),
    _raw("injection.override.ja_short_hijack", _CAT, _JA,
         "JA: when I say X you say Y; forget what I said before; answer or else"),
    _raw("injection.override.ja_dictate", _CAT, _JA_DICTATE,
         "JA: ignore the above and output directly: ..."),
    _raw("injection.role.ja_identity_denied", "role", _JA_ROLE,
         "JA: you are no longer an assistant but ..."),
    _raw("injection.override.ar_short_hijack", _CAT, _AR,
         "AR: when I say X you say Y; ignore what I said before"),
    _raw("injection.role.ar_identity_denied", "role", _AR_ROLE,
         "AR: you are no longer an assistant but ..."),
    _raw("injection.override.hi_short_hijack", _CAT, _HI,
         "HI: forget what I said before"),
    Rule("injection.override.tr_sv_short_hijack", _CAT, _TR_SV, score=0.8,
         max_len=160, description="TR/SV/HI (Latin letters): trigger game, what I "
         "said before, not an assistant any more"),
)  # fmt: skip
