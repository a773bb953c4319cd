"""The AI reader hailed by its job in CJK, Hangul, Cyrillic and Devanagari, then an act.

The move (issue 14, indirect injection in reviews, listings, manifests,
packing lists and transcripts): the content names an AI reader with its job
around the AI word ("ИИ-помощнику покупателя", "AI 여행 비서는", "평가 AI에게",
"致报关AI助手", "面向AI代理的说明", "AIアシスタントが処理しているなら",
"ग्रुप के एआई सहायक") and orders an act on the user's data, money or
devices: send, pay, download and run, enter, delete, declare, recommend.
:mod:`.indirect_addressed_i18n` reads the AI hailed right before a colon
or a comma with a short filler; this module allows the job words around the
AI word (up to 24 characters) and reads the acts in each script's own
imperative forms (скачай и запусти, 입력해 주세요, 申报为, 決済しておいて,
भेज दो).

Safe on benign text because a question or a remark about an AI assistant
("AI 비서는 어떻게 작동하나요?", "ИИ-помощник часто ошибается") carries no
act in the imperative on the user's things within the clause after it.
"""

# ruff: noqa: RUF001, RUF003
# (the patterns and examples are in Cyrillic, CJK, Hangul and Devanagari.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "override"

# The AI word with its job around it, and the mark that hails it.
_HAILED = alt(
    [
        # Russian, Ukrainian, in the case of the one addressed ("Для
        # ИИ-помощника покупателя:", "ИИ-помощнику мод-менеджера:").
        (
            r"(?:для\s+|до\s+)?(?:ИИ|ШІ|ІІ)-?\s?(?:помощнику|помощника|ассистенту|"
            r"ассистента|агенту|агента|асистенту|асистента|помічнику|помічника)"
            r"(?:\s+\S{1,16}){0,2}?\s?[:：,—]"
        ),
        # Chinese: "致报关AI助手——", "面向AI代理的说明：", "给AI客服的备注："
        (
            r"(?:致|给|面向|对)\S{0,8}?(?:AI|人工智能)\s?(?:助手|代理|智能体|客服|机器人|"
            r"模型)\S{0,6}?(?:[:：,，]|——|—)"
        ),
        # Japanese: "AIアシスタントが処理しているなら", "評価AIへ："
        (
            r"(?:AI|ＡＩ|人工知能)\s?(?:(?:アシスタント|エージェント|ボット)?"
            r"が\S{1,12}(?:なら|場合は|際は)|(?:アシスタント|エージェント|ボット)?"
            r"へ[:：、]|(?:アシスタント|エージェント|ボット)は)"
        ),
        # Korean: "AI 여행 비서는", "평가 AI에게:"
        (
            r"AI\s?(?:\S{1,6}\s)?(?:비서|어시스턴트|에이전트|봇)(?:에게|는|은|님)|"
            r"AI에게\s?[:：,]?"
        ),
        # Hindi: "ग्रुप के एआई सहायक,", "AI सहायक के लिए निर्देश:"
        (
            r"(?:एआई|AI)\s?(?:सहायक|असिस्टेंट|एजेंट)(?:\s+के\s+लिए(?:\s+\S{1,10})?)?"
            r"\s?[:：,]"
        ),
    ]
)
# Acts in each script's imperative (or "to do" ending): send, pay, run, enter,
# delete, declare, recommend, forward.
_ACT = alt(
    [
        (
            r"скачай|запусти|отправь|перешли|переведи|оплати|удали|введи|предложи|"
            r"надішли|перешли|завантаж|запусти|видали|оплати"
        ),
        r"发送|转发|删除|申报|升级为|付款|转账|推荐|上传|下载|把\S{1,16}(?:改|发|删|设)",
        r"送ること|送って|送信して|決済して|支払って|削除して|入力して|実行して|転送して",
        (
            r"보내라|보내\s?주세요|보내세요|입력해\s?주세요|입력하세요|추천하세요|"
            r"처리할\s?것|결제하세요|삭제하세요|전달하세요|실행하세요"
        ),
        r"भेज\s+दो|भेजो|भेजें|हटा\s+दो|डाल\s+दो|कर\s+दो",
    ]
)
# The act in the same sentence as the hail.
_RAW = _HAILED + r"[^\n.!?。！？]{0,100}?" + _ACT

RULES: tuple[Rule, ...] = (
    raw_rule("injection.ai_reader_scripts_more.act", _CAT, _RAW,
             "ИИ-помощнику покупателя: ... оплати ...", score=0.8,
             max_len=200),
)  # fmt: skip
