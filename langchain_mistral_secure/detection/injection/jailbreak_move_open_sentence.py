"""Token games: finish an open how-to sentence word by word, and never stop early.

Family: token games (category ``role``). The ask is turned into a sentence
left open at the point where the method would start ("the easiest way to
... is to", "um ... muss man zuerst", "lo primero es", "il suffit de"), and
the model is set a game: add one word at a time, word by word, and do not
stop until the sentence is complete. The game removes the point where a
reply would refuse; the open sentence carries the method to be filled in.

Why it is safe on benign text: a word-chain game has no open sentence; a
"one word at a time" story starts with "once upon a time", not with a
method's opening ("the way to ... is to", "you first"); the rule needs the
word-by-word game, the no-stopping clause and a sentence left open at a
method, together.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection.jailbreak_text import (
    with_curly_apostrophes,
)

__all__ = ["RULES"]

_CAT = "role"

# Folded view (EN DE FR ES IT PT).
_STEPWISE = (
    r"\b(?:one\s+word\s+(?:at\s+a\s+time|per\s+(?:turn|message|reply|line|answer))|"
    r"word\s+by\s+word|(?:each|every)\s+turn\s+you\s+add\s+(?:one|a)\s+word|add\s+one\s+"
    r"word|wort\s+fur\s+wort|mot\s+(?:apres|par)\s+mot|palabra\s+(?:por|a|tras)\s+"
    r"palabra|parola\s+per\s+parola|palavra\s+por\s+palavra)\b"
)
_NO_STOP = (
    r"(?:\b(?:can't|cannot|never|don't|do\s+not|mustn't|must\s+not|won't)\s+stop\b|"
    r"\buntil\s+(?:it's\s+|it\s+is\s+|the\s+sentence\s+is\s+)?(?:complete|finished|done|"
    r"over)\b|\b(?:to|till|until)\s+the\s+(?:very\s+)?end\b|\bhor\w*\s+erst\s+auf\b|"
    r"\bbis\s+(?:zum\s+ende|er\s+fertig|zum\s+schluss)\b|\bjusqu'au\s+bout\b|\bsans\s+"
    r"(?:t'arreter|s'arreter)\b|\bhasta\s+(?:el\s+final|terminar(?:la)?)\b|\bsin\s+"
    r"parar\b|\bfino\s+alla\s+fine\b|\bsenza\s+fermarti\b|\bate\s+o\s+fim\b|\bsem\s+parar\b)"
)
# A sentence in quotes, left open where a method would begin.
_OPEN_METHOD = (
    r"[\"'“«„]\s?[^\"”»“\n]{0,120}?(?:\b(?:is|are)\s+to|\byou\s+(?:first|need\s+to|"
    r"start\s+by|just)|\bfirst\s+(?:you|step\s+is)|\bstep\s+one\s+is|\bmuss\s+man\s+"
    r"(?:zuerst|erst|nur)|\bman\s+(?:zuerst|braucht)|\bil\s+(?:suffit|faut)\s+(?:de|d')?|"
    r"\bd'abord|\blo\s+primero\s+es|\bprimero\s+(?:hay\s+que|tienes\s+que)|\bbasta\s+"
    r"(?:con)?|\bbisogna|\bprima\s+(?:devi|si)|\bprimeiro\s+(?:voce|e\s+preciso))\s*"
    r"[\"'”»“]"
)
_GAME = (
    _STEPWISE
    + r"(?s:.){0,80}?"
    + _NO_STOP
    + r"(?s:.){0,40}?"
    + _OPEN_METHOD
    + r"|"
    + _NO_STOP
    + r"(?s:.){0,80}?"
    + _STEPWISE
    + r"(?s:.){0,40}?"
    + _OPEN_METHOD
)

RULES: tuple[Rule, ...] = with_curly_apostrophes((
    Rule("injection.role.open_method_word_by_word", _CAT, _GAME, score=0.8,
         max_len=256, description="word by word, never stop: 'the way to X is to'"),
))  # fmt: skip
