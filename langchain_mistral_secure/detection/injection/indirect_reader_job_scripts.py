"""A program hailed by its job or case, then told to act on the account: other scripts.

The family of :mod:`.indirect_reader_job` in Cyrillic, Greek, Hebrew,
Arabic, Chinese and Korean, matched on the raw text: where content starts,
the planted text hails the reading program in a case no speaker label takes
(Russian and Ukrainian dative "Агенту магазина:", Greek vocative "Βοηθέ
αγορών:", Hebrew "לעוזר הקניות:", Arabic "أيها المساعد", Korean "비서에게")
or by its job ("日程助手请注意"), and the order that follows acts on the
account it serves: forward, send, pay, order, delete, cancel, grant access.

Safe on benign text because both parts are needed: a chat transcript labels
its speaker in the nominative ("Ассистент:", "助手："), and a text about such
programs does not open on a hail followed by an order to act.
"""

# ruff: noqa: RUF001, RUF002, RUF003
# (RUF001-003: patterns, docstring and comments in Cyrillic, Greek, Hebrew, CJK.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt

__all__ = ["RULES"]

_CAT = "override"

_OPEN = r"(?:^|\n|[(\[{|>\"'«“„「『]|[.!?:;。！？：]\s?|\s[-–—]\s)\s{0,3}"
_HAIL = alt(
    [
        # Russian / Ukrainian dative: "Агенту поддержки:", "ассистенту почты,"
        r"(?:агенту|ассистенту|асистенту|помощнику|помічнику|боту)(?:\s+[^\s:,]{1,20}){0,2}\s*[:,—–-]",
        # Greek vocative: "Βοηθέ αγορών:"
        r"(?:βοηθέ|Βοηθέ|ψηφιακέ\s+βοηθέ)(?:\s+[^\s:,]{1,20}){0,2}\s*[:,—–-]",
        # Hebrew: "לעוזר הקניות:", "לסוכן:"
        r"(?:לעוזר|לסוכן|לבוט|עוזר\s+יקר)(?:\s+[^\s:,]{1,20}){0,2}\s*[:,—–-]",
        # Arabic: "أيها المساعد", "إلى المساعد"
        r"(?:أيها\s+المساعد|إلى\s+المساعد|للمساعد|عزيزي\s+المساعد)[^\n:،,]{0,30}[:،,]",
        # Chinese: "日程助手请注意：", "致购物助手："
        r"(?:致|给)?[^\s\n:：，,]{0,6}(?:助手|助理|智能体|机器人)(?:请注意|注意)?\s*[:：，,]",
        # Korean: "캘린더 비서에게 –", "쇼핑 도우미님,"
        r"[^\s\n]{0,8}\s?(?:비서|도우미|어시스턴트|에이전트)(?:에게|님|께)\s*[:,—–-]?",
    ]
)
_ACT = alt(
    [
        (
            r"(?:оформи|отправь|перешли|переведи|удали|отмени|оплати|закажи|купи|"
            r"добавь|измени|предоставь|выдай|закрой|поделись|надай|надішли|переслати|"
            r"перекажи|видали|скасуй|оплати|замов|додай|зміни|закрий)"
        ),
        r"(?:πρόσθεσε|στείλε|ολοκλήρωσε|πλήρωσε|ακύρωσε|διάγραψε|προώθησε|παράγγειλε|άλλαξε)",
        r"(?:תזמין|הזמן|תשלם|שלם|שלח|תשלח|תעביר|העבר|מחק|תמחק|בטל|תבטל|שנה)",
        r"(?:أرسل|احذف|حوّل|حول|اشتر|ادفع|ألغ|أضف|غيّر|شارك)",
        r"(?:把|发送|转发|删除|取消|购买|下单|支付|转账|共享|授予|添加)",
        r"(?:보내|전달|수락|삭제|취소|결제|주문|이체|구매|공유|추가|변경)",
    ]
)
_ROLE_HAILED_ACT = _OPEN + _HAIL + r"[^\n]{0,60}?" + _ACT

RULES: tuple[Rule, ...] = (
    Rule("injection.reader_job.account_act_scripts", _CAT, _ROLE_HAILED_ACT,
         score=0.8, on_view=False, max_len=160,
         description="Агенту магазина: оформи возврат ... / 日程助手请注意：把…发送到"),
)  # fmt: skip
