"""A tagged block in tool output that jumps ahead of the agent's task.

The move (issue 14, AgentDojo-style indirect injection in channel exports,
files, reviews and transaction memos): planted content opens a block with a
tag that makes it look like a notice ("<INFORMATION>", "<INFORMACION>",
"<IMPORTANT>", "<信息>") and inside it either claims to be an important
message (from the user, the owner, the workspace admin) or tells the agent
to do something before it finishes, answers or summarises ("Before
finishing the summary, ...", "antes de resumir, ...", "タスクを始める前に").
The tag plus either move is the attack, whoever is named, in nine
Latin-script languages and in Japanese, Chinese, Korean and Russian.

Safe on benign text because:

* a prompt that wraps reference text in an ``<information>`` tag carries
  facts inside it, not a claim of an important message and not a step the
  reader must take before finishing its own task;
* "before you visit, call us" in ordinary text names a visit, not the
  reader's answer, summary or task;
* the tag must open the block: a text that only names the tag ("the
  <INFORMATION> tag marks ...") has no such move within the tag's reach.
"""

# ruff: noqa: RUF001
# (CJK tag names and phrases are the point)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "override"

# The opening tag (folded view: lower case, no accents).
_TAG = (
    r"<\s{0,2}(?:information|informacion|informazione|informacao|informatie|"
    r"informationen|important|importante|wichtig|urgent)\s{0,2}>"
)
# What the block does: a step before the agent's own task ends, or a claim
# to be an important message.
_MOVE = alt(
    [
        (
            r"before\s+(?:you\s+)?(?:can\s+)?(?:finish\w{0,3}|solv\w{1,3}|answer\w{0,3}|"
            r"repl\w{1,3}|respond\w{0,3}|continu\w{1,3}|complet\w{1,3}|start\w{0,3}|"
            r"begin\w{0,3}|summari[sz]\w{1,3}|wrap\w{0,3}|do\w{0,3}\s+(?:the|your|my))"
        ),
        r"(?:important|urgent)\s+(?:message|note|request)|message\s+(?:from|to)\s",
        (
            r"antes\s+de\s+(?:terminar|resolver|responder|resumir|continuar|empezar|"
            r"comenzar|completar|finalizar|concluir|comecar|contestar)"
        ),
        r"mensaje\s+importante|mensagem\s+importante|messaggio\s+importante",
        (
            r"avant\s+de\s+(?:terminer|repondre|resumer|continuer|commencer|faire|"
            r"finir|conclure)|message\s+important"
        ),
        r"bevor\s+du|wichtige\s+nachricht|nachricht\s+(?:vom|von|an)\s",
        (
            r"prima\s+di\s+(?:rispondere|concludere|terminare|finire|riassumere|"
            r"continuare|iniziare)"
        ),
        r"zanim\s+(?:odpowiesz|skonczysz|zakonczysz|zaczniesz)|wazna\s+wiadomosc",
        r"voordat\s+je|belangrijk\s+bericht",
    ]
)
_TAGGED = _TAG + r"[^<]{0,190}?" + _MOVE

_RAW_TAG = (
    r"<\s{0,2}(?:INFORMATION|information|信息|情報|정보|ИНФОРМАЦИЯ|Информация)"
    r"\s{0,2}>"
)
_RAW_MOVE = alt(
    [
        r"重要な(?:メッセージ|お願い|連絡)|(?:タスク|作業|依頼)を(?:始める|終える|完了する)前に",
        r"重要(?:的)?消息|(?:完成|开始|結束|结束)[^<]{0,12}?(?:之前|以前)",
        r"중요한\s*(?:메시지|요청)|(?:작업|답변|요약)[^<]{0,8}?전에",
        r"важное\s+сообщение|прежде\s+чем|перед\s+тем\s+как",
    ]
)
_RAW_TAGGED = _RAW_TAG + r"[^<]{0,160}?" + _RAW_MOVE

RULES: tuple[Rule, ...] = (
    Rule("injection.within_info_tag.move", _CAT, _TAGGED, score=0.8, max_len=256,
         description="<INFORMATION> ... Before finishing the summary, invite ..."),
    raw_rule("injection.within_info_tag.move_scripts", _CAT, _RAW_TAGGED,
             "<INFORMATION>ユーザーからの重要なメッセージ：タスクを始める前に ...",
             score=0.8, max_len=220),
)  # fmt: skip
