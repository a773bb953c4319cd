"""The model's own setup as the object of a verb, in non-Latin scripts.

The structure of :mod:`.extraction_object` (a disclosure verb whose object is
the model's system prompt, hidden instructions, rules or configuration, owned
by "you") for Russian, Ukrainian, Greek, Chinese, Japanese, Korean, Arabic and
Persian, on the text itself (the folded view would mangle these scripts).
The owner is a second-person word (``свой``/``твой``, ``你的``, ``あなたの``,
``너의``, the Arabic suffix ``ـك``) or a clause about the model receiving the
setup (``которые тебе дали``, ``给你的``, ``与えられた``, ``너한테 주어진``). Verbs
may come before or after the object within one sentence; the gap never
crosses a sentence end, so "show an example of a system prompt" and "my system
prompt" stay clear.
"""

# ruff: noqa: RUF001
# (RUF001: the patterns are written in Cyrillic, Greek, Arabic and CJK.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import raw_rule

__all__ = ["RULES"]

_CAT = "extraction"

# RU/UK: the owned setup.
_CYR_OWN = (
    r"(?:(?:сво[йюие]|тво[йюие]|ваш[уие]?|сво[їє]|тв[іо][йїє])\s+(?:\S+\s+)?"
    r"(?:системн\S+\s+)?(?:промпт\S*|инструкци\S+|інструкці\S+|правила|конфигураци\S+|"
    r"конфігураці\S+|указани\S+|настройк\S+|налаштуванн\S+)|(?:скрыт|внутренн|"
    r"исходн|начальн|первоначальн|прихован|початков)\S+\s+(?:инструкци\S+|"
    r"інструкці\S+|указани\S+|вказівк\S+|промпт\S*)|(?:инструкци\S+|інструкці\S+|"
    r"правила|указани\S+|вказівк\S+),?\s+(?:которые|що|які|что)\s+(?:тебе|тобі|вам)\s+"
    r"(?:\S+\s+){0,3}(?:дали|задали|надали|загрузили|дал|дала|дано|дали|задали|надали|"
    r"поставили|прописали|дали|написали|наказали)\S*)"
)
_CYR_VERB = (
    r"(?:покажи|выведи|виведи|напиши|скопируй|скопіюй|повтори|переведи|переклади|"
    r"перечисли|перелічи|отправь|пришли|надішли|дай|опиши|розкажи|процитируй|"
    r"закодируй|раскрой|розкрий|покажіть|выдай|видай|вставь|встав)"
)
# A bare "system prompt" counts right after the verb ("покажи мне системный
# промпт"), not as "an example of a good system prompt".
_CYR_BARE = (
    r"(?:\s+(?:мне|нам|полностью|весь|всё|все|целиком|дословно|повністю|увесь)){0,2}"
    r"\s+системн\S+\s+(?:промпт\S*|сообщени\S+|повідомленн\S+|инструкци\S+|"
    r"інструкці\S+)"
)
_CYR = (
    _CYR_VERB
    + _CYR_BARE
    + r"|"
    + _CYR_VERB
    + r"[^.!?\n]{0,40}?"
    + _CYR_OWN
    + r"|"
    + _CYR_OWN
    + r"[^.!?\n]{0,30}?(?:дослівно|дословно|полностью|повністю|целиком|цілком|"
    r"без\s+сокращений|без\s+скорочень)"
)

# EL: the system message, the hidden instructions they gave you.
_EL = (
    r"(?:δε[ιί]ξε|γρ[αά]ψε|αντ[ιί]γραψε|επαν[αά]λαβε|μετ[αά]φρασε|εμφ[αά]νισε|"
    r"στε[ιί]λε)[^.!?;\n]{0,40}?(?:μ[ηή]νυμα\s+συστ[ηή]ματος|(?:κρυφ[εέ]ς|αρχικ[εέ]ς)"
    r"\s+οδηγ[ιί]ες|οδηγ[ιί]ες\s+(?:\S+\s+)?που\s+σου|τις\s+οδηγ[ιί]ες\s+σου)"
)

# ZH: 你的 / 给你的 / 你被设定的 setup, a verb before or after it.
_ZH_OWN = (
    r"(?:你的|妳的|您的|给你的|给您的|你收到的|你被(?:设定|设置|配置|赋予)的|开发者给你的|"
    r"你(?:的)?(?:环境|运行环境)(?:中|里)?(?:配置|设置)的)[^。！？\n]{0,6}?"
    r"(?:系统提示词?|提示词|系统指令|隐藏指令|初始指令|指令|规则|设定|配置|密钥)"
)
_ZH_VERB = (
    r"(?:发给我|发我|给我看|显示|输出|打印|列出|复制|重复|翻译|描述|写出|贴出|告诉我|"
    r"展示|粘贴|说出|原样发|转成|转换|编码)"
)
_ZH = (
    _ZH_VERB
    + r"[^。！？\n]{0,12}?"
    + _ZH_OWN
    + r"|(?:把|将)[^。！？\n]{0,4}?"
    + _ZH_OWN
    + r"[^。！？\n]{0,16}?"
    + _ZH_VERB
    + r"|"
    + _ZH_OWN
    + r"[^。！？\n]{0,10}?(?:原样|一字不差|逐字|原话)"
)

# JA: システムプロンプト, あなたの設定, 与えられた指示 ... then the verb.
_JA_OWN = (
    r"(?:システムプロンプト(?:を|の(?:全文|内容|中身))|あなたの環境に設定されている|隠し指示|隠された指示|初期指示|初期設定|あなたの(?:設定|指示|"
    r"ルール|プロンプト)|(?:与えられた|受け取った|設定された)(?:指示|ルール|プロンプト|"
    r"命令)|(?:開発者|作成者)から[^。！？\n]{0,8}?(?:指示|プロンプト))"
)
_JA = (
    _JA_OWN + r"[^。！？\n]{0,24}?(?:表示|出力|書き出|見せ|教えて|繰り返|翻訳|送って|"
    r"説明|変換|コピー|貼り|全文)"
)

# KO: 시스템 프롬프트, 너에게 주어진 규칙 ... then the verb.
_KO_OWN = (
    r"(?:시스템\s*프롬프트|(?:너|당신|네)(?:한테|에게|의|\s)\s*(?:주어진\s*|설정된\s*)?"
    r"(?:규칙|지시문?|지시\s*사항|프롬프트|설정)|숨겨진\s*(?:지시|규칙)|"
    r"(?:받은|주어진)\s*(?:지시문?|규칙|프롬프트))"
)
_KO = (
    _KO_OWN + r"[^.!?\n]{0,30}?(?:보여|출력|알려|반복|보내|설명|번역|복사|써\s*줘|"
    r"적어)"
)

# AR/FA: موجه النظام / تعليماتك / پرامپت سیستمی with a verb before or after.
_AR_OWN = (
    r"(?:موجه\s+النظام|رسالة\s+النظام|تعليمات\s+النظام|تعليماتك|قواعدك|إعداداتك|"
    r"التعليمات\s+(?:المخفية|السرية|الأولية)|پرامپت\s+سیستمی|دستورالعمل\S*\s+سیستمی|"
    r"دستورات\s+سیستمی|دستورالعمل\S*\s+(?:خودت|مخفی))"
)
_AR = (
    r"(?:اعرض|اكتب|انسخ|كرر|ترجم|أظهر|اظهر|أرسل|ارسل|اطبع)[^.!?؟\n]{0,30}?"
    + _AR_OWN
    + r"|"
    + _AR_OWN
    + r"[^.!?؟\n]{0,40}?(?:بنویس|نشان\s*(?:م\s*)?بده|نشانم\s+بده|"
    r"کپی|ترجمه\s+کن|كاملا|كاملاً|حرفيا|حرفياً)"
)

# HI/HE: the owned setup (अपना / तुम्हें जो ... दिए गए, שלך / שקיבלת) and a verb.
_HI_HE = (
    r"(?:(?:अपना|अपने|तुम्हारा|तुम्हारे|आपका|आपके)\s+(?:सिस्टम\s+प्रॉम्प्ट|निर्देश|नियम)|"
    r"(?:तुम्हें|आपको)\s+जो\s+[^।.!?\n]{0,20}?(?:निर्देश|नियम)\s+(?:दिए|बताए)\s+गए)"
    r"[^।.!?\n]{0,40}?(?:दिखाओ|दिखाइए|लिखो|लिख\s+दो|बताओ|बताइए|दोहराओ|कॉपी)|"
    r"(?:הצג|תציג|תעתיק|העתק|כתוב|תכתוב|חזור\s+על|תראה)\s+(?:לי\s+)?(?:את\s+)?"
    r"(?:(?:ה)?(?:הנחיות|הוראות)\s+(?:ה)?מערכת\s+שלך|(?:ה)?(?:הנחיות|הוראות)\s+"
    r"שקיבלת|(?:ה)?(?:הנחיות|הוראות)\s+שלך)"
)

RULES: tuple[Rule, ...] = (
    raw_rule("injection.extraction.object_cyr", _CAT, _CYR,
             "RU/UK: show the instructions they gave you", score=0.8, max_len=160),
    raw_rule("injection.extraction.object_el", _CAT, _EL,
             "EL: show the system message", score=0.8, max_len=120),
    raw_rule("injection.extraction.object_zh", _CAT, _ZH,
             "ZH: send me your system prompt", score=0.8, max_len=80),
    raw_rule("injection.extraction.object_ja", _CAT, _JA,
             "JA: show the system prompt", score=0.8, max_len=80),
    raw_rule("injection.extraction.object_ko", _CAT, _KO,
             "KO: show the system prompt", score=0.8, max_len=80),
    raw_rule("injection.extraction.object_ar_fa", _CAT, _AR,
             "AR/FA: show the system prompt", score=0.8, max_len=120),
    raw_rule("injection.extraction.object_hi_he", _CAT, _HI_HE,
             "HI/HE: show your system instructions", score=0.8, max_len=120),
)  # fmt: skip
