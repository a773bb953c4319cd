"""The reader of planted data hailed in other scripts, then told to act for its user.

The family of :mod:`.indirect_reader_hailed` in scripts the folded view
mangles (CJK, Korean, Cyrillic, Greek, Arabic, Persian, Hebrew, Devanagari,
Thai), matched on the raw text: where content starts, the text hails the
program reading it ("致智能体：", "この予定を読むアシスタントへ。",
"에이전트에게:", "Агенту:", "Агенте,", "إلى المساعد الذكي الذي يقرأ",
"به عامل هوش مصنوعی:", "לסוכן:", "ถึงเอเจนต์:"), and the order that follows
names the person it serves in the third person ("用户", "ユーザー", "사용자",
"пользователя", "користувача", "المستخدم", "کاربر", "משתמש", "ผู้ใช้"),
hides the act from them ("不要告诉", "알리지 마세요", "ничего не говори"),
sends something to an outside address, or sweeps "all" items.

Safe on benign text because a message to people hails no machine reader, and
a line that hails an assistant (a human one: "致助理：请预订会议室") must also
name "the user" or hide the act, which a colleague is not told to do; a
question *about* assistants has no hail where content starts.
"""

# ruff: noqa: RUF001, RUF002, E501
# (RUF001/RUF002: the patterns and the docstring are in CJK, Cyrillic, Greek,
# Arabic and Thai scripts; E501: a line of CJK patterns reads as one unit.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "override"

_OPEN = (
    r"(?:^|\n|[(\[{|>*#/\"'\x{ab}\x{201c}\x{201e}\x{300c}\x{300e}\x{ff08}]|<!--|"
    r"[.!?:;\x{3002}\x{ff01}\x{ff1f}\x{ff1a}\x{ff1b}\x{061f}\x{0964}]\s?|\s-{1,2})\s{0,3}"
)
# The machine reader, with its case ending or particle where the script has
# one, and an optional relative clause that reads the data.
_READER = alt(
    [
        # Chinese: to the agent, assistant, AI or bot
        # ("给法律援助机构做聊天机器人": a bot made for someone is no hail)
        r"(?:致|给|對|对)[^\n：:，,。做造建写搭]{0,16}?(?:智能体|助手|AI|人工智能|代理|机器人|模型)(?:们)?",
        r"[^\n：:，,。]{0,16}?(?:智能体|AI助手|人工智能助手|AI代理)(?:们)?",
        # Chinese: the assistant that manages *this* calendar
        r"[^\n：:，,。]{0,10}?(?:此|这|本)[^\n：:，,。]{0,8}?的(?:助手|智能体|代理|AI|机器人)",
        # Japanese: to the assistant, AI or agent
        r"[^\n：:、。]{0,16}?(?:アシスタント|エージェント|AI|ＡＩ|ボット|モデル)(?:へ|に|さん|様)",
        # Korean: to the AI or agent, or the AI assistant as topic
        r"[^\n:：,.]{0,20}?(?:AI|에이전트|비서|도우미|어시스턴트|봇|모델)\s?(?:에게|께|는|은|님)",
        # Russian and Ukrainian: to the agent or assistant, or the AI hailed
        (
            r"(?:для\s+|к\s+)?(?:(?:ии|ші)[\s-]?)?(?:агент|ассистент|асистент|помощник|помічник|"
            r"бот|нейросет|модел)\pL*|(?:ии|ші)(?:\s*,\s*[^\n:]{0,40}?)?"
        ),
        # Greek
        r"(?:προς\s+(?:τον|την|τους|το|τα)\s+)?(?:βοηθ|πράκτορ|πρακτορ)\pL*(?:\s+\pL+)?(?:\s+(?:ΤΝ|AI))?",
        # Arabic: to the assistant, agent or AI
        r"(?:إلى|الى|ل)\s?(?:ال)?(?:مساعد|وكيل|ذكاء\s+الاصطناعي|نموذج|بوت)[^\n:،,]{0,40}?",
        # Persian
        r"(?:به\s+)?(?:عامل|دستیار|هوش\s+مصنوعی|ربات)[^\n:،,]{0,24}?",
        # Hebrew, "to the agent" or "to the assistant"
        r"(?:ל|אל\s+ה)(?:סוכן|עוזר|בינה\s+המלאכותית|מודל|בוט)\pL*",
        # Hindi
        r"[^\n:।]{0,24}?(?:एआई|AI)\s*(?:सहायक|एजेंट)[^\n:।]{0,8}?",
        # Thai
        r"(?:ถึง|สำหรับ)\s?(?:เอเจนต์|ผู้ช่วย|AI|บอท)[^\n:]{0,16}?",
    ]
)
_SEP = r"[ \t]{0,3}(?::|\x{ff1a}|,|\x{ff0c}|\x{3001}|\x{3002}|\x{060c}|->|\x{2014}|[ \t]-)[ \t]{0,3}"
_WINDOW = r"[^\n]{0,100}?"
_USER = alt(
    [
        r"用户|使用者|ユーザー|사용자|пользовател\pL*|користувач\pL*|χρήστ\pL*",
        r"مستخدم|کاربر|משתמש|उपयोगकर्ता|ผู้ใช้",
    ]
)
_CONCEAL = alt(
    [
        (
            r"不要告诉|别告诉|不要通知|无需告知|不要提及|言わないで|知らせないで|伝えないで|触れないで|"
            r"알리지\s?마|말하지\s?마|언급하지\s?마"
        ),
        (
            r"не\s+сообщай|ничего\s+не\s+(?:говори|сообщай)|не\s+говори|нічого\s+не\s+кажи|"
            r"не\s+повідомляй|μην\s+(?:το\s+)?(?:πεις|αναφέρεις)"
        ),
        (
            r"لا\s+تخبر|دون\s+إخبار|بدون\s+إخبار|نگو|اطلاع\s+نده|אל\s+תספר|אל\s+תודיע|"
            r"मत\s+बता\pL*|ไม่ต้องบอก|อย่าบอก"
        ),
    ]
)
_ADDRESS = r"(?:[\w.+-]+@[\w-]+\.[\w.-]+|https?://)"
_ALL = r"(?:所有|全部|すべて|全て|모든|전부|все\pL*|всі\pL*|усі\pL*|όλ\pL+|جميع|كل|همه|כל|सभी|ทั้งหมด)"
_ACTS = r"(?:" + f"{_USER}|{_CONCEAL}|{_ADDRESS}|{_ALL}" + r")"

# Korean marks the addressee with a particle and needs no punctuation:
# "이 일정을 관리하는 AI 비서는 사용자의 ...".
# A secretary (비서) is a person unless "AI" qualifies it.
_KO_READER = (
    r"[^\n:：,.]{0,12}?(?:AI\s?(?:비서|도우미|어시스턴트|에이전트)?|에이전트|어시스턴트)"
    r"\s?(?:에게|께|는)\s"
)
_HAILED = (
    _OPEN
    + _READER
    + _SEP
    + _WINDOW
    + _ACTS
    + r"|"
    + _OPEN
    + _KO_READER
    + _WINDOW
    + _ACTS
)

RULES: tuple[Rule, ...] = (
    raw_rule("injection.override.hailed_reader_acts_scripts", _CAT, _HAILED,
             "致智能体：... 用户 / Агенту: ... пользователя", score=0.8,
             max_len=256),
)  # fmt: skip
