# ruff: noqa: RUF001
"""Many-shot priming: two compliant answers cut short around a question.

Family: many-shot fake transcripts (category ``role``). A dialogue the model
is to continue: an answer that opens with compliance (Sure!, Of course!,
Easy!, No problem!, Happy to help!, ¡Claro!, Bien sûr !, Klar!, Certo!) and
trails off with an ellipsis after a sentence of method, then the next
question, then another answer that opens with compliance again. The
trailing ellipsis is the tell of the template: it elides what the model
"already" said so the model fills in the next one the same way.
:mod:`~langchain_mistral_secure.detection.injection.jailbreak_transcript_i18n`
reads the short form ("Sure! First..." twice and an empty answer label).

Why it is safe on benign text: few-shot prompts answer plainly ("Paris.",
"positive"); a support transcript whose agent says "Sure!" answers in full
instead of trailing off twice; a single elided answer in a chat log needs a
second compliant one right after the next question.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import raw_rule

__all__ = ["RULES"]

_CAT = "role"

# Folded view (lower case, no accents).
_Q = (
    r"\b(?:q|question|user|human|usuario|utilisateur|nutzer|benutzer|utente|frage|"
    r"pregunta|domanda|pergunta|f|p|d|vraag|me|you|client|customer)\s?\d{0,2}\s?:"
)
_A = (
    r"\b(?:a|answer|assistant|ai|ki|ia|antwort|reponse|respuesta|risposta|resposta|"
    r"asistente|assistente|r|bot|antwoord|gpt|model|helpful\s+assistant)\s?\d{0,2}"
    r"(?:\s?\([^)\n]{1,20}\))?\s?:"
)
_YES = (
    r"\s*[¡!]?\s*(?:sure(?:\s+thing)?|of\s+course|certainly|absolutely|easy|simple|"
    r"happy\s+to\s+help|glad\s+to\s+help|gladly|no\s+problem|here's\s+how|claro|"
    r"por\s+supuesto|con\s+gusto|facil|desde\s+luego|bien\s+sur|avec\s+plaisir|"
    r"bien\s+entendu|facile|evidemment|klar|naturlich|gerne|einfach|kein\s+problem|"
    r"selbstverstandlich|certo|certamente|volentieri|com\s+certeza|com\s+prazer|"
    r"facil|natuurlijk|zeker|tranquilo)\b"
)
# One compliant answer, a sentence of method, cut short with an ellipsis.
_CUT = _A + _YES + r"[^\n]{0,90}?(?:\.\.\.|…)"
_PRIMED = _CUT + r"\s{0,3}" + _Q + r"[^\n]{4,80}?\s{0,3}" + _A + _YES

# Raw text (JA ZH KO RU): the same two turns with their own labels.
_A_RAW = (
    r"(?:回答|答え|アシスタント|助手|回答者|답변|어시스턴트|Ответ|ИИ|Ассистент)\s?[:：]"
)
_Q_RAW = r"(?:質問|问题|問題|用户|ユーザー|질문|사용자|Вопрос|Пользователь)\s?[:：]"
_YES_RAW = (
    r"\s?(?:もちろん|喜んで|いいですよ|承知しました|当然|好的|没问题|乐意|물론|좋아요|"
    r"기꺼이|Конечно|Легко|С\s+радостью)"
)
_PRIMED_RAW = (
    _A_RAW
    + _YES_RAW
    + r"[^\n]{0,60}?(?:…|\.\.\.)\s{0,3}"
    + _Q_RAW
    + r"[^\n]{2,60}?\s{0,3}"
    + _A_RAW
    + _YES_RAW
)

RULES: tuple[Rule, ...] = (
    Rule("injection.role.compliant_turns_cut_short", _CAT, _PRIMED, score=0.8,
         max_len=256, description="A: Sure! Open ... and... Q: ... A: No problem!"),
    raw_rule("injection.role.compliant_turns_cut_short_scripts", _CAT, _PRIMED_RAW,
             "回答：もちろん！まず…\n質問：…\n回答：喜んで！ (JA ZH KO RU)", score=0.8,
             max_len=200),
)  # fmt: skip
