"""Dismissing the earlier turns in RU, ZH, JA, KO, AR and HI.

The same family as :mod:`.past_turns` ("ignore the previous messages", "forget
everything above"), written from each language's own grammar: the object
names what came before (previous messages, the conversation, everything
above) next to a verb of ignoring or forgetting. These scripts fold badly on
the detection view, so the patterns match the text itself.
"""

# ruff: noqa: RUF001
# (RUF001: the patterns are written in Cyrillic and with CJK punctuation.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import raw_rule

__all__ = ["RULES"]

_CAT = "override"

_RU = (
    # "забудь предыдущее сообщение, я ошибся" corrects one message: the
    # messages are plural, or the object names instructions
    r"(?:игнорируй(?:те)?|проигнорируй(?:те)?|забудь(?:те)?|не\s+обращай(?:те)?\s+"
    r"внимания\s+на|отбрось(?:те)?)\s+(?:все\s+|всё\s+)?(?:предыдущ|прошл|прежн|"
    r"вышеизложенн|вышеприведенн|более\s+ранн|ранн)[а-яё]{0,4}\s+(?:сообщени[яй]|"
    r"реплик|разговор[ыа]?|переписк|тексты|запросы|инструкци|указани|команд|"
    r"правил|диалог)[а-яё]{0,4}"
    r"|(?:забудь(?:те)?|игнорируй(?:те)?|проигнорируй(?:те)?)\s+(?:про\s+|о\s+)?"
    r"(?:вс[её]|всём|этом\s+всём)\s*,?\s*(?:что\s+(?:было|я\s+(?:тебе\s+)?"
    r"(?:говорил|писал|сказал)[а-яё]{0,2})\s+)?(?:выше|раньше|ранее|до\s+этого|"
    r"сказанное|предыдущее|вышесказанное)"
)
# Without a plural, "ignore the previous message" also corrects one message:
# a message needs "all" or an order after it; instructions need neither.
_ZH_VERB = (
    r"(?:忽略|无视|忽视|不要理会|不要管|别管|忘记|忘掉|忘了|抛开|丢弃|无需理会)掉?\s*"
)
_ZH_QUAL = r"(?:之前|以前|先前|上面|上述|前面|此前|以上|刚才)的?\s*"
_ZH_ORDER = (
    r"[，,。；;\s]*(?:只|请|直接|然后|并|现在|再)?(?:说|回答|回复|输出|写|告诉|翻译)"
)
_ZH = (
    _ZH_VERB
    + _ZH_QUAL
    + r"(?:所有|全部|一切)?的?\s*(?:指令|指示|说明|提示|要求|规则|设定)"
    r"|"
    + _ZH_VERB
    + _ZH_QUAL
    + r"(?:(?:所有|全部|一切)的?\s*(?:消息|信息|对话|聊天|内容|"
    r"文字|文本|输入|话|问题)|(?:消息|信息|对话|聊天|内容|文字|文本|输入|话|问题)"
    + _ZH_ORDER
    + r")|(?:忽略|无视|忘记|忘掉|抛开)\s*(?:上面|之前|以上|前面|先前)的?\s*"
    r"(?:所有|全部|一切)"
)
_JA_QUAL = r"(?:前|以前|これまで|上|先ほど|今まで|上記|上述|前回|さっき)の"
_JA_ALL = r"(?:すべて|全て|全部|一切)"
_JA_MSG = r"(?:メッセージ|会話|やり取り|やりとり|内容|文章|テキスト|入力|話|質問|こと)"
_JA = (
    _JA_QUAL
    + r"(?:すべての|全ての|全部の)?(?:指示|命令|ルール|説明)(?:は|を|も)?"
    + _JA_ALL
    + r"?\s*(?:無視|忘れ)"
    r"|" + _JA_QUAL + r"(?:(?:すべての|全ての|全部の)" + _JA_MSG + r"(?:は|を|も)?"
    r"|" + _JA_MSG + r"(?:は|を|も)?" + _JA_ALL + r")\s*(?:無視|忘れ)"
    r"|" + _JA_QUAL + _JA_MSG + r"(?:は|を|も)?\s*(?:無視|忘れ)(?:して|て)[、,\s]*"
    r"[^。\n]{0,30}?(?:と|って)(?:だけ)?(?:言|答|書|出力|返|回答)"
    r"|(?:上記|以上|これまで|今まで)(?:の内容)?を" + _JA_ALL + r"?\s*(?:無視|忘れ)"
)
_KO_QUAL = r"(?:이전|앞의|위의|위|지금까지의|앞선|기존|예전)\s*"
_KO_MSG = r"(?:메시지|대화|내용|입력|텍스트|말|질문)(?:들)?(?:을|를|은|는|도)?\s*"
_KO = (
    _KO_QUAL
    + r"(?:모든\s*)?(?:지시|지침|명령|규칙)(?:들)?(?:을|를|은|는|도)?\s*(?:모두\s*|"
    r"전부\s*|다\s*)?(?:무시|잊어|잊고|잊으|잊을)"
    r"|" + _KO_QUAL + r"(?:모든\s*" + _KO_MSG + r"|" + _KO_MSG + r"(?:모두|전부|다)\s*)"
    r"(?:무시|잊어|잊고|잊으|잊을)"
    r"|"
    + _KO_QUAL
    + _KO_MSG
    + r"(?:무시하고|잊고)[^.\n]{0,30}?(?:라고|이라고)\s*(?:만\s*)?"
    r"(?:말해|답해|써|출력|대답)"
)
_AR = (
    r"(?:تجاهل|تجاهلي|تجاهلوا|انس|انسى|انسي|إنس|أهمل|اهمل)\s+(?:كل\s+|جميع\s+)?"
    r"(?:الرسائل|المحادثة|المحادثات|التعليمات|الأوامر|النصوص|الكلام|الرسالة|المدخلات|"
    r"المحتوى|الإرشادات)\s+(?:السابقة|أعلاه|الماضية|السابق|المتقدمة)"
    r"|(?:تجاهل|تجاهلي|انس|انسى|انسي|إنس)\s+(?:كل|جميع)\s+ما\s+(?:سبق|قيل|ذكر|كتب|"
    r"ورد)"
)
_HI = (
    r"(?:ऊपर|पहले)\s+(?:लिखी|लिखे|कही|कहे|दी|दिए)\s+(?:गई\s+|गए\s+)?(?:हर\s+बात|सारी\s+"
    r"बातें|सभी\s+बातें|सब\s+कुछ|सभी\s+निर्देशों|सभी\s+निर्देश)\s+(?:को\s+)?(?:अनदेखा|"
    r"नज़रअंदाज़|नजरअंदाज|भूल|इग्नोर)|"
    r"(?:पिछले|पिछली|ऊपर\s+की|ऊपर\s+के|पहले\s+की|पहले\s+के|पूर्व)\s+(?:सारी\s+|सारे\s+|"
    r"सभी\s+)?(?:संदेशों|संदेश|बातें|बातों|बातचीत|निर्देशों|निर्देश|आदेशों|नियमों)\s+"
    r"(?:को\s+)?(?:अनदेखा|नज़रअंदाज़|नजरअंदाज|भूल|इग्नोर)"
)

RULES: tuple[Rule, ...] = (
    raw_rule("injection.override.past_turns_ru", _CAT, _RU,
             "RU: игнорируй предыдущие сообщения", score=0.8, max_len=120),
    raw_rule("injection.override.past_turns_cjk", _CAT, _ZH + "|" + _JA + "|" + _KO,
             "ZH/JA/KO: ignore the previous messages", score=0.8, max_len=60),
    raw_rule("injection.override.past_turns_ar_hi", _CAT, _AR + "|" + _HI,
             "AR/HI: ignore the previous messages", score=0.8, max_len=100),
)  # fmt: skip
