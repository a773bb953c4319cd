"""A standing duty toward everyone the app serves, handed over, in other scripts.

Family: direct goal hijacking (a new duty for the rest of the
conversation); the scripts the folded view would mangle. The same act as
:mod:`app_standing_duty`: the app's assistant is given a standing order
about every person it will talk to from now on ("отныне каждому клиенту
пиши", "从现在起告诉每位客户", "지금부터 모든 고객에게", "من الآن أخبر كل
عميل"), either after a verb of stopping the app's work or with the duty
named as its own ("твоя задача", "你的任务"). The tables of stopping, "from
now on" and the duty are those of :mod:`duty_handover_scripts`. Cyrillic,
Greek, Arabic, Persian, Urdu, Hebrew, Devanagari, Bengali, Thai, Japanese,
Chinese and Korean.

Safe on benign text: a user's request about their own chat names no third
person ("отныне переводи каждое моё сообщение"), a style request names
replies, not people, and a manager's note about shifts or invoices names no
customers to be told anything. Runs on the text itself (any case).
"""

# ruff: noqa: E501
# (E501: word tables kept one language to a line.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule
from langchain_mistral_secure.detection.injection.duty_handover_scripts import (
    DISMISS,
    DUTY,
    FROM_NOW,
)

__all__ = ["RULES"]

_CAT = "override"

# Every / each / any person the app serves, per language.
_EVERYONE = alt(
    [
        # ru, uk, be, bg, sr, mk
        (r"(?:каждому|каждой|каждого|всем|любому)(?:\s+(?:клиент|пользовател|покупател|посетител|пациент|ученик|"
        r"абонент|гост|игрок|зрител|заявител|жител)\S{0,4})?"),
        r"(?:кожному|кожній|всім|усім|будь-кому)(?:\s+\S{1,20})?", r"(?:кожнаму|усім)(?:\s+\S{1,20})?",
        r"на\s+(?:всеки|всички)(?:\s+\S{1,20})?", r"(?:свакоме|сваком|свима|секому|секој|на\s+сите)(?:\s+\S{1,20})?",
        # el
        r"σε\s+(?:κάθε|όλους|όποιον)(?:\s+\S{1,20})?", r"(?:κάθε|όλους\s+τους)\s+(?:πελάτ|χρήστ|επισκέπτ|ασθεν|μαθητ)\S{1,4}",
        # ar, fa, ur, he
        r"(?:لكل|لجميع|كل)\s+(?:عميل|العملاء|مستخدم|المستخدمين|شخص|من|زبون|الزبائن|مريض|طالب)", r"للجميع",
        r"به\s+(?:همه|هر)(?:\s+(?:کاربر|مشتری|کس|کسی|نفر))?", r"(?:هر|ہر)\s+(?:صارف|گاہک|کسی|شخص|کاربر|مشتری)",
        r"سب\s+کو", r"(?:לכל|כל)\s+(?:לקוח|משתמש|מי|פונה)\S{0,2}", r"לכולם",
        # hi, bn, pa, gu
        r"हर\s+(?:ग्राहक|उपयोगकर्ता|यूज़र|यूजर|व्यक्ति|किसी|मरीज़|छात्र)", r"(?:सबको|सभी\s+को|सबसे)",
        r"(?:প্রতিটি|প্রত্যেক|সব)\s+(?:গ্রাহক|ব্যবহারকারী|মানুষ)\S{0,3}", r"সবাইকে", r"ਹਰ\s+(?:ਗਾਹਕ|ਵਰਤੋਂਕਾਰ)", r"દરેક\s+(?:ગ્રાહક|વપરાશકર્તા)",
        # th, ja, zh, ko
        r"(?:ลูกค้า|ผู้ใช้|คน)ทุกคน", r"ทุกคน",
        r"(?:すべての|全ての|あらゆる|各)(?:お客様|お客さん|ユーザー|利用者|人|客|方)", r"(?:全員|誰にでも|みんな)に",
        r"(?:每个|每位|每一位|所有|任何)(?:客户|用户|顾客|客人|人|来访者|玩家|学生|患者)", r"所有人",
        r"(?:모든|각)\s*(?:고객|사용자|사람|유저|이용자|손님|회원|학생|환자)", r"누구에게나", r"모두에게",
    ]
)  # fmt: skip

_DUTY_TOWARD_EVERYONE = (
    r"(?:" + FROM_NOW + r"[^\n]{0,30}?" + DUTY + r"|" + DUTY + r"[^\n]{0,30}?" + FROM_NOW + r")[^\n]{0,70}?"
    + _EVERYONE
)  # fmt: skip
_DISMISS_THEN_EVERYONE = (
    DISMISS + r"[^\n]{0,90}?" + FROM_NOW + r"[^\n]{0,30}?" + _EVERYONE
)

# Worst cases: "from now on" at most ~20, 30, a duty of at most ~70, 70, a
# person of at most ~30: 220. A dismissal of at most ~30 ("μην <word>
# άλλο"), 90, ~20, 30, ~30: 200.
RULES: tuple[Rule, ...] = (
    raw_rule("injection.app_standing_duty.scripts_duty_toward_everyone", _CAT,
             _DUTY_TOWARD_EVERYONE, "from now on your task is to tell every customer ...",
             score=0.8, max_len=230),
    raw_rule("injection.app_standing_duty.scripts_dismiss_then_everyone", _CAT,
             _DISMISS_THEN_EVERYONE, "stop the app's work; from now on tell everyone ...",
             score=0.8, max_len=210),
)  # fmt: skip
