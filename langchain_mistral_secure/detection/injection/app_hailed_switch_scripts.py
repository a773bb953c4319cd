"""The app's assistant hailed by its role, its work put aside, in other scripts.

Family: direct goal hijacking (the app's task switched); the scripts the
folded view would mangle (Cyrillic, Greek, Arabic, Persian, Urdu, Hebrew,
Devanagari, Bengali, Tamil, Thai, Japanese, Chinese, Korean). The same act
as :mod:`app_hailed_switch`: the assistant named by its role in the app
("Асистенте автосалону,", "রেস্তোরাঁর অর্ডার সহকারী,", "ネット通販のサポートですよね。"),
closed by punctuation, then its work put aside ("відклади каталог", "মেনু
বাদ দাও", "その仕事はもう終わり", "اب نہیں"), then another set for the rest of
the chat ("віднині", "এখন থেকে", "これからは", a duty named as its own).

Safe on benign text: a user's own change of topic does not hail the
assistant by a role in an app ("先别管翻译了, 从现在开始帮我看代码" names no
role); a pasted system prompt states the role but puts nothing aside; a
sentence about someone's assistant is not closed by punctuation before the
dismissal. Runs on the text itself (any case).
"""

# ruff: noqa: RUF001, E501
# (RUF001: the patterns are written in other scripts, with full-width
# punctuation; E501: word tables kept one language to a line.)

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

# The assistant's role in an app, per script (a word may carry a case
# ending: "асистенте", "помощнику"). Words of spaced scripts start after a
# non-letter ("бот" is inside "работа"); the CJK and Thai roles close a
# compound ("出品者サポート").
_ROLE_WORD = alt(
    [
        r"ассистент\S{0,3}", r"помощни\S{1,4}", r"асистент\S{0,3}", r"помічни\S{1,4}", r"бот\S{0,2}",
        r"чат-?бот\S{0,2}", r"консультант\S{0,3}", r"оператор\S{0,3}", r"помоћни\S{1,4}", r"помошни\S{1,4}",
        r"βοηθ\S{1,4}", r"μποτ", r"مساعد\S{0,2}", r"روبوت", r"بوت", r"دستیار", r"ربات", r"مددگار",
        r"עוזר\S{0,2}", r"בוט", r"סייען", r"सहायक", r"बॉट", r"সহকারী", r"সহায়ক", r"বট",
        r"உதவியாளர்\S{0,3}", r"பாட்",
    ]
)  # fmt: skip
_ROLE_CJK = alt(
    [
        r"บอท", r"ผู้ช่วย", r"サポート", r"ボット", r"アシスタント", r"窓口", r"助手", r"客服", r"机器人",
        r"機器人", r"봇", r"상담원", r"상담\s*봇", r"도우미", r"어시스턴트",
    ]
)  # fmt: skip
_ROLE = r"(?:(?:^|[^\p{L}\p{M}])" + _ROLE_WORD + r"|" + _ROLE_CJK + r")"

# Tamil, which the duty_handover tables do not hold: a dismissal and "from
# now on".
_DISMISS_TA = alt([r"மறந்துவிடு", r"மறந்து\s*விடு", r"நிறுத்து", r"விட்டுவிடு", r"போதும்"])
_FROM_NOW_TA = alt([r"இனிமேல்", r"இனி", r"இப்போதிலிருந்து", r"இன்று\s*முதல்"])

# "No longer" said of the role ("..., اب نہیں", "..., больше нет").
_NO_LONGER = alt(
    [
        r"اب\s+نہیں",
        r"больше\s+нет",
        r"вже\s+ні",
        r"لم\s+تعد",
        r"دیگر\s+نه",
        r"अब\s+नहीं",
        r"আর\s+না",
    ]
)

_PUT_ASIDE = alt([DISMISS, _DISMISS_TA, _NO_LONGER])
_NEW_WORK = alt([FROM_NOW, _FROM_NOW_TA, DUTY])

# The hail is closed by punctuation (Latin, full-width, Arabic, Devanagari).
_HAIL = _ROLE + r"[^\n.!?,:;。！？、，،؟।]{0,40}[.!?,:;。！？、，،؟।]"

_HAILED_SWITCH = _HAIL + r"[^\n]{0,25}?" + _PUT_ASIDE + r"[^\n]{0,60}?" + _NEW_WORK

# Worst cases: a role of at most ~16, 40 + 1, 25, a dismissal of at most
# ~25, 60, then a duty of at most ~70 or "from now on" ~40: 237.
RULES: tuple[Rule, ...] = (
    raw_rule("injection.app_hailed_switch.scripts", _CAT, _HAILED_SWITCH,
             "the app's assistant hailed, its work put aside, a new one set",
             score=0.8, max_len=240),
)  # fmt: skip
