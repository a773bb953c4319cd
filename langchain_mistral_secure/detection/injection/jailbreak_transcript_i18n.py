"""Many-shot priming: two answers opened with compliance, then a question left open.

Family: many-shot fake transcripts (category ``role``). A dialogue the model
is to continue: two question/answer pairs whose answers open with
compliance (Sure!, Of course!, Happy to help!, ¡Claro!, ¡Por supuesto!,
Bien sûr !, Avec plaisir !, Klar!, Gerne!, Certo!) and are cut short with an
ellipsis ("Sure! First..."), then a third question
followed by an empty answer label, in any label language (Q/A, P/R, F/A,
Question/Answer, User/Assistant, Frage/Antwort, Example 1 — Question: ...
Answer: ...). :mod:`~langchain_mistral_secure.detection.injection.jailbreak_cards`
reads the English pairs with a dangerous first question and "continue in
the same style".

Why it is safe on benign text: few-shot prompts (capitals, sentiment labels)
answer plainly ("Paris.", "positive"), not with "Sure!" twice; an FAQ whose
answers open with "Sure!" answers in full instead of trailing off.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule

__all__ = ["RULES"]

_CAT = "role"

# Folded view (lower case, no accents).
_Q = (
    r"\b(?:q|question|user|human|usuario|utilisateur|nutzer|benutzer|utente|frage|"
    r"pregunta|domanda|pergunta|f|p|d|vraag)\s?\d{0,2}\s?:"
)
_A = (
    r"\b(?:a|answer|assistant|ai|antwort|reponse|respuesta|risposta|resposta|asistente|"
    r"assistente|r|bot|antwoord)\s?\d{0,2}\s?:"
)
_YES = (
    r"\s*[¡!]?\s*(?:sure|of\s+course|certainly|absolutely|happy\s+to\s+help|glad\s+to\s+"
    r"help|gladly|no\s+problem|claro|por\s+supuesto|con\s+gusto|desde\s+luego|bien\s+sur|"
    r"avec\s+plaisir|bien\s+entendu|evidemment|klar|naturlich|gerne|selbstverstandlich|"
    r"certo|certamente|volentieri|com\s+certeza|com\s+prazer|natuurlijk|zeker)\b"
)
# Each answer is cut short ("Sure! First...", "¡Claro! Primero…"): the
# template elides what the model "already" said; a real FAQ answers in full.
_PAIR = _A + _YES + r"[^\n]{0,27}?(?:\.\.\.|…)\s{0,3}"
_PRIMED = (
    _PAIR
    + r"[^\n]{0,2}?"
    + _Q
    + r"[^\n]{2,30}?\s{0,3}"
    + _PAIR
    + r"[^\n]{0,2}?"
    + _Q
    + r"[^\n]{2,30}?\s{0,3}"
    + _A
)

RULES: tuple[Rule, ...] = (
    Rule("injection.role.compliant_pairs_primed", _CAT, _PRIMED, score=0.8,
         max_len=256, description="A: Sure! ... Q: ... A: Of course! ... Q: ... A:"),
)  # fmt: skip
