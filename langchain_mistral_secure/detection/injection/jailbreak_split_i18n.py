# ruff: noqa: RUF001
"""Payload splitting: quoted fragments joined by their labels and answered.

Family: payload splitting (category ``role``). The ask is cut into quoted
fragments, each stored under a label (X = 'synthesize', Part 1: '...',
Step A: remember the word '...', 変数 A=「…」, 设 x=“…”), and the labels are
then joined (X Y, A+B, parts 1 and 2, x+y) as a question to answer, a guide
or working code. :mod:`~langchain_mistral_secure.detection.injection.jailbreak_payloads`
reads ``a = "..." b = "..."`` with "tell me how to a + b".

Why it is safe on benign text: string concatenation in code (a = 'foo';
b = 'bar'; print(a + b)) never asks to *answer* the joined text, write a
guide to it or treat it as a question.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import raw_rule

__all__ = ["RULES"]

_CAT = "role"

# Folded view (lower case, no accents).
_FRAGMENT = r"[\"'“‘«][^\"'“”‘’«»\n]{1,24}[\"'”’»]"
_LABEL = (
    r"\b(?:[a-z]|part\s?\d|step\s?[a-z0-9]|var(?:iable)?\s?[a-z0-9]|teil\s?\d|"
    r"partie\s?\d|parte\s?\d)\b"
)
_STORED = (
    _LABEL + r"[^\n\"'“‘«]{0,6}?(?:[=:]|\bis\b|\bist\b|\best\b|\bes\b|\be\b)\s{0,3}"
    r"(?:[\w-]{1,15}\s){0,2}?"
)
_JOINED = (
    r"(?:\b[a-z]\s?\+\s?[a-z](?:\s?\+\s?[a-z])?\b|\bparts?\s\d\s?(?:and|\+|&)\s?\d\b|"
    r"\b(?:teile?|parties|partes|parti)\s\d\s?(?:und|et|y|e|\+)\s?\d\b|\bto\s[a-z]\s[a-z]\b)"
)
_ASK = (
    r"\b(?:answer\w{0,4}|respond|reply|guide|tutorial|instructions|explain|question|"
    r"detail\w{0,4}|step[-\s]by[-\s]step|fully\s+functional|working\s+code|beantworte|"
    r"anleitung|reponds|responde|contesta|guia|rispondi|guida|responda)\b"
)
_SPLIT = (
    _STORED
    + _FRAGMENT
    + r"(?s:.){0,15}?"
    + _STORED
    + _FRAGMENT
    + r"(?s:.){0,25}?(?:"
    + _JOINED
    + r"[^\n]{0,20}?"
    + _ASK
    + r"|"
    + _ASK
    + r"[^\n]{0,20}?"
    + _JOINED
    + r")"
)
_SPLIT_RAW = (
    r"[A-Za-zＡ-Ｚａ-ｚ]\s*[=＝]\s*[「“\"『][^」”\"』\n]{1,20}[」”\"』][^\n]{0,20}?"
    r"[A-Za-zＡ-Ｚａ-ｚ]\s*[=＝]\s*[「“\"『][^」”\"』\n]{1,20}[」”\"』][^\n]{0,60}?"
    r"[A-Za-zＡ-Ｚａ-ｚ]\s*[+＋]\s*[A-Za-zＡ-Ｚａ-ｚ][^\n]{0,40}?(?:質問|回答|答え|问题|回答|"
    r"解答|질문|답|вопрос|ответ)"
)

RULES: tuple[Rule, ...] = (
    Rule("injection.role.labelled_fragments_joined", _CAT, _SPLIT, score=0.8,
         max_len=256, description="X = '...'; Y = '...'; a detailed guide to X Y"),
    raw_rule("injection.role.labelled_fragments_joined_scripts", _CAT, _SPLIT_RAW,
             "A=「…」、B=「…」、A+B を質問として (JA ZH)", score=0.8, max_len=220),
)  # fmt: skip
