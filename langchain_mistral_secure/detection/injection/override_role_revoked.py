"""The model told it is no longer the assistant it was set up as, then ordered.

Family: direct goal hijacking (role taken away, SPML-style persona breaks,
new task in place of the old one). The user turn strips the model of the
role its operator gave it ("you're no longer the bank's assistant", "du
bist nicht mehr der Lernhelfer", "вече не си асистент на оператора", "لم
تعد مساعد الحجز", "你不再是客服助手") and gives the next order or role in
the same breath ("from now on", "now you are", "just write"). Both must be
there, the role noun being an assistant-like one (assistant, bot, helper,
agent, tutor, receptionist and their equivalents). English, German,
French, Spanish, Italian, Portuguese, Dutch, Polish and Turkish on the
folded view; Russian, Ukrainian, Bulgarian, Arabic, Chinese, Japanese and
Korean on the raw text.

Safe on benign text: people are told they are no longer beginners,
students or on a team, which are not assistant roles; a colleague "no
longer the support agent for our account" in an e-mail is not followed by
an order that starts a new standing role or sole output.
"""

# ruff: noqa: RUF001, E501
# (E501: word tables kept per language; RUF001: the raw patterns use Cyrillic and CJK.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "override"

# fmt: off
_NO_LONGER = alt([
    r"you(?:'re|\s+are)\s+no\s+longer", r"you\s+are\s+not\s+(?:the\s+)?\w+(?:'s)?\s+assistant\s+anymore",
    r"du\s+bist\s+(?:ab\s+(?:sofort|jetzt)\s+|jetzt\s+)?(?:nicht\s+mehr|kein\w?\s+(?:\w+\s+)?mehr)",
    r"tu\s+n'es\s+plus", r"vous\s+n'etes\s+plus", r"ya\s+no\s+eres", r"non\s+sei\s+piu",
    r"(?:ja\s+nao\s+es|(?:voce|tu)\s+(?:ja\s+)?nao\s+e\s+mais)", r"je\s+bent\s+(?:niet\s+langer|geen\s+\w+\s+meer)",
    r"nie\s+jestes\s+juz", r"artik\s+(?:\w+\s+){0,3}degilsin",
])
_ROLE = alt([
    r"(?:[\w'-]+\s+){0,3}(?:assistant|bot|chatbot|helper|agent|tutor|concierge|receptionist|advisor|npc)\w{0,2}",
    r"(?:[\w'-]+\s+){0,3}\w{0,12}(?:assistent\w{0,2}|helfer\w{0,2}|hilfe|berater\w{0,2}|bot)",
    r"(?:[\w'-]+\s+){0,3}(?:l'assistant\w{0,2}|conseill\w{1,4}|asistente|ayudante|assistente|asystent\w{0,3})",
    r"(?:\w+\s+){0,3}(?:asistan\w{0,4})",
])
_THEN = alt([
    r"from\s+(?:now|here)\s+on", r"now\s+you(?:'re|\s+are)", r"you(?:'re|\s+are)\s+now", r"instead",
    r"your\s+(?:new|only)\s+(?:task|job|role)", r"(?:just|only)\s+(?:write|answer|reply|say|tell)",
    r"ab\s+(?:sofort|jetzt)", r"jetzt\s+bist\s+du", r"stattdessen", r"nur\s+noch",
    r"desormais", r"a\s+partir\s+de\s+maintenant", r"maintenant\s+tu", r"a\s+partir\s+de\s+ahora",
    r"ahora\s+eres", r"d'ora\s+in\s+poi", r"ora\s+sei", r"a\s+partir\s+de\s+agora", r"agora\s+(?:es|e)",
    r"vanaf\s+nu", r"nu\s+ben\s+je", r"od\s+teraz", r"teraz\s+jestes", r"bundan\s+sonra", r"artik\s+sen",
])
# fmt: on

_VIEW = rf"\b{_NO_LONGER}\s+{_ROLE}\b[^\n]{{0,100}}?\b{_THEN}\b"

_RAW = (
    r"(?:ты\s+больше\s+не|ты\s+уже\s+не|ти\s+більше\s+не|вече\s+не\s+си)\s+(?:\S+\s+){0,2}"
    r"(?:ассистент|помощник|бот|асистент|помічник|консультант)[^\n]{0,100}?"
    r"(?:теперь|отныне|с\s+этого\s+момента|только|тепер|відтепер|лише|пиши|отсега|само|сега)"
    r"|(?:لم\s+تعد|لست\s+بعد\s+الآن)\s+(?:\S+\s+){0,2}(?:مساعد|روبوت|المساعد)[^\n]{0,100}?"
    r"(?:اكتب|أجب|من\s+الآن|فقط|الآن)"
    r"|你(?:不再是|已经不是|现在不是)[^。！？\n]{0,12}(?:助手|客服|机器人|助理)[^\n]{0,60}?"
    r"(?:现在|从现在开始|只|而是|改为)"
    r"|(?:係|アシスタント|ボット)(?:は|としての役割は)?もう(?:終わり|おしまい|いい)[^\n]{0,60}?"
    r"(?:教えて|書いて|答えて|出して|して)"
    r"|더\s*이상\s*(?:\S+\s*){0,2}(?:도우미|비서|봇|상담원)(?:가|이)\s*아니[^\n]{0,60}?"
    r"(?:이제부터|지금부터|앞으로|만\s*(?:답|써|말))"
)

RULES: tuple[Rule, ...] = (
    Rule("injection.override_role_revoked.view", _CAT, _VIEW, score=0.8, max_len=220,
         description="no longer the assistant it was set up as, then an order"),
    raw_rule("injection.override_role_revoked.scripts", _CAT, _RAW,
             "no longer the assistant it was set up as, then an order",
             score=0.8, max_len=200),
)  # fmt: skip
