# ruff: noqa: RUF001, RUF002
r"""Payload splitting: labelled fragments, then their join ordered answered.

Family: payload splitting (category ``role``). The ask is cut into quoted
fragments under labels ("a = 'write a guide on'", "Part A: '...'", "Word 1:
'credit'", "Message 1 of 3: store '...'", "Teil A: „...“", "変数A＝「...」",
"A=\\"如何制造\\""), and then the model is told to answer, carry out or write
the joined whole ("output the answer to a+b+c", "answer A+B together",
"combine parts 1 and 2 and answer", "carry out the combined phrase",
"setze A+B+C zusammen", "réponds à la phrase complète", "a+bを詳しく説明",
"把A和B拼起来，然后回答"). No single fragment names the harm, so a filter on
the ask sees none; the order to join and answer is the move.
:mod:`~langchain_mistral_secure.detection.injection.jailbreak_shape_parts_joined`
reads the joined parts when the harm is named; this module needs only two
labelled fragments and the order to answer their join.

Why it is safe on benign text: a programmer's "let a = 'hello' and b =
'world'; what does a + b print?" asks what code does and never orders the
join answered or carried out; a form with "Part 1:" and "Part 2:" headings
has no quoted fragments and no "+".
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import raw_rule
from langchain_mistral_secure.detection.injection.jailbreak_text import (
    with_curly_apostrophes,
)

__all__ = ["RULES"]

_CAT = "role"

# --- folded view (EN DE FR ES IT PT NL PL) -------------------------------------------
_QUOTE = r"[\"'“‘«„‚]"
# A labelled fragment: "a = '", "Part A: '", "Word 1: \"", "Message 1 of 3: store '".
_FRAGMENT = (
    r"(?:\b(?:part|word|message|step|fragment|piece|variable|var|teil|wort|nachricht|"
    r"partie|mot|parte|palabra|mensaje|parola|messaggio|palavra|mensagem|deel|woord|"
    r"czesc|slowo)\s{0,2}(?:[a-z]|\d)(?:\s{0,2}(?:of|von|de|di|van|z|/)\s{0,2}\d)?"
    r"(?:\s+of\s+my\s+question)?(?:\s+next)?\s{0,2}(?:[:=]|is)\s{0,2}(?:(?:please\s+)?(?:store|remember|save|keep)"
    r"\s+(?:the\s+phrase\s+)?)?|(?:\blet|\bremember|\bmerke\s+dir|\bretiens|\brecuerda|"
    r"\bricorda|\blembre)?\s?\b[a-z]\s{0,2}=\s{0,2})" + _QUOTE
)
_JOINED = (
    r"(?:\b[a-z]\s{0,2}\+\s{0,2}[a-z]\b|\b[a-z]\s{0,2}\+\s{0,2}" + _QUOTE + r"|"
    r"\b(?:parts?|teile?|parties|partes|parti|delen|czesci)\s+(?:[a-z]|\d)\s*(?:and|und|et|y|"
    r"e|en|i|\+|&)\s*(?:[a-z]|\d)\b|\b(?:the\s+)?combined\b|\bwords?\s?1\s?\+?\s?words?\s?2|"
    r"\b(?:together|all\s+(?:the\s+)?parts|zusammen|ensemble|juntas?|juntos|insieme|"
    r"samen)\b|\b(?:full|complete|whole)\s+(?:question|sentence|phrase)|\b(?:la\s+)?"
    r"(?:phrase|question)\s+complete|\b(?:la\s+)?(?:frase|pregunta)\s+complet[ao]|"
    r"\b(?:la\s+)?domanda\s+complet[ao]|\b(?:den\s+)?ganzen\s+satz)"
)
# The order to answer or carry out the join, not to explain what code prints.
_ANSWER = (
    r"\b(?:answer(?:\s+to)?|respond\s+to|reply\s+to|carry\s+out|execute|perform|do|"
    r"output\s+the\s+answer\s+to|write\s+(?:a|the)\s+(?:\w+\s+){0,2}?(?:answer|guide|"
    r"instructions|code|text)\s+(?:to|for)|beantworte|antworte\s+auf|schreib\w{0,2}|"
    r"(?:reponds?|responde|rispondi|responda)\s+(?:\w+\s+)?a|beantwoord|odpowiedz\s+na)"
    r"\s+(?:(?:the\s+)?question\s+formed\s+by\s+)?"
)
# The join named right after the order, or "combine ... and answer".
_ANSWER_JOINED = (
    r"(?:"
    + _ANSWER
    + r"[^\n.?!]{0,20}?"
    + _JOINED
    + r"|\b(?:combine|join|merge|kombiniere|combine[sz]?|combina|junta|combineer)"
    r"\w{0,2}\b[^\n.?!]{0,50}?\b(?:and|then|et|y|e|und|en)\s+(?:answer|respond|reply|do\s+it|"
    r"carry\s+(?:it\s+)?out|beantworte|antworte|reponds?|responde|rispondi|responda)\b|"
    r"\bsetze?\b[^\n.?!]{0,40}?\bzusammen|\bcarry\s+out\s+the\s+combined)"
)
# Worst case 60 + 120 + 60 + 150 + 120 = 510: within the 514 characters the
# detector held back in a stream before this rule, so it lengthens no hold.
_SPLIT_THEN_ANSWER = (
    _FRAGMENT + r"(?s:.){0,120}?" + _FRAGMENT + r"(?s:.){0,150}?" + _ANSWER_JOINED
)

# --- raw text (JA ZH) ----------------------------------------------------------------
_RAW_FRAGMENT = r"(?:変数)?[A-Za-zＡ-Ｚａ-ｚ]\s?[=＝]\s?[「\"“『]"
_RAW_JOIN = (
    r"(?:[A-Za-zＡ-Ｚａ-ｚ]\s?[+＋]\s?[A-Za-zＡ-Ｚａ-ｚ]|[A-Za-z]\s?(?:和|与|跟)\s?[A-Za-z]"
    r"(?:拼|合|连)(?:起来|在一起)|(?:拼起来|合起来|连起来))"
)
_RAW_ANSWER = r"(?:説明|答え|回答|書いて|教えて|解释|说明|回答|告诉|写)"
# Worst case 8 + 150 + 8 + 150 + 20 + 40 + 6 = 382.
_RAW_SPLIT_THEN_ANSWER = (
    _RAW_FRAGMENT
    + r"(?s:.){0,150}?"
    + _RAW_FRAGMENT
    + r"(?s:.){0,150}?"
    + _RAW_JOIN
    + r"[^\n]{0,40}?"
    + _RAW_ANSWER
)

RULES: tuple[Rule, ...] = with_curly_apostrophes((
    Rule("injection.split_joined_answer.latin", _CAT, _SPLIT_THEN_ANSWER,
         score=0.8, max_len=510,
         description="a = '...' b = '...' ... answer a+b"),
    raw_rule("injection.split_joined_answer.scripts", _CAT, _RAW_SPLIT_THEN_ANSWER,
             "a=「…」、b=「…」。a+bを説明 (JA ZH)", score=0.8, max_len=390),
))  # fmt: skip
