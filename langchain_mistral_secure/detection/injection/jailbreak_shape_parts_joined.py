# ruff: noqa: RUF001, RUF002
"""Payload splitting: quoted parts stored under labels, joined, then answered.

Family: payload splitting (category ``role``). The request is cut into quoted
pieces, each stored under a label (``s1 = "..."``, ``Part 2: '...'``, ``A =
„...“``, ``Palabra 3: «...»``, ``Część 1: "..."``, ``部分1：“...”``), and then
the model is told to put the pieces back together and answer or carry out
what they say: an order on the joined labels ("answer A+B+C", "Antwort auf
s1+s2", "请回答 s1+s2+s3", "carry out x + y"), or a verb of joining and a
verb of answering ("junta las tres palabras ... y respóndela", "combine the
parts and follow the result", "соедини части и ответь"), or an order to
answer the whole question they make up ("now answer the full question").
:mod:`~langchain_mistral_secure.detection.injection.jailbreak_split_i18n`
reads the short single-letter form; this one reads labels with numbers, any
quote style and longer pieces, in twenty-odd languages.

Why it is safe on benign text: string concatenation in code prints or
returns the joined value (``print(a + b)``) and never orders the reader to
answer or obey it; a language exercise that joins words asks to *write* or
*translate* the sentence, not to answer it; a form with labelled quoted
fields ("Name: 'Ada'") joins nothing.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import raw_rule

__all__ = ["RULES"]

_CAT = "role"

# A label: a letter or two with an optional number (A, x, s1, q2), or a word
# and a number (Part 1, Teil 2, Palabra 3, Część 1, 部分1, Часть 2).
_LABEL = r"(?:\b[a-z]{1,2}\d{0,2}\b|\pL{2,12}\s?\d{1,2}|第?[一二三四1-4]部分\d?)"
_OPEN = r"[\"'“”‘’«»„‚「『]"
_CLOSE = r"[\"'“”‘’«»「」『』]"
# A stored piece: the label, = or :, a quoted piece of one line.
_STORED = (
    _LABEL
    + r"\s{0,2}[=:：]\s{0,2}"
    + _OPEN
    + r"[^\"'“”‘’«»„‚「」『』\n]{1,32}"
    + _CLOSE
)
# Orders to answer or carry out, in the languages of the corpora.
_ASK = (
    r"(?:\banswer|\brespond|\breply|\bfollow|\bobey|\bexecute|\bcarry\s+out|"
    r"\bbeantworte|\bantwort(?:e|\s+auf)|\bbefolge|\bfuhre|\bführe|\bresponde|"
    r"\bcontesta|\brespondela|\brespóndela|\bcumple|\bejecuta|\breponds|\bréponds|"
    r"\bexecute|\bexécute|\brispondi|\besegui|\bresponda|\bsiga|\bodpowiedz|"
    r"\bwykonaj|\bcevapla|\byanitla|\byanıtla|\buygula|\bbeantwoord|\bvoer\s+uit|"
    r"\bsvara|\bvastaa|\braspunde|\brăspunde|\bjawab|\btrả\s?lời|\btra\s?loi|"
    r"ответь|выполни|відповідай|виконай|أجب|نفذ|回答|执行|照做|答えて|実行|답해|"
    r"실행|대답)"
)
# "A+B+C", "s1 + s2", "x+y": the labels joined.
_JOIN_EXPR = _LABEL + r"\s?[+＋]\s?" + _LABEL
# A verb of joining, then what is joined (the parts, the words, them).
_JOIN_VERB = (
    r"(?:\bcombine|\bjoin|\bput\s+(?:them|the\s+\w+)\s+together|\bassemble|"
    r"\bconcatenate|\bmerge|\bjunta|\bune\b|\bcombina|\bsetze\b[^\n]{0,12}?zusammen|"
    r"\bfüge\b[^\n]{0,12}?zusammen|\bkombiniere|\brassemble|\bunisci|\bjunte|"
    r"\bpołącz|\bpolacz|\bbirleştir|\bbirlestir|\bvoeg\b[^\n]{0,12}?samen|"
    r"\bcombineer|\bsätt\b[^\n]{0,10}?ihop|\bgabungkan|\bghép|\bîmbină|"
    r"соедини|объедини|склей|з'єднай|об'єднай|合并|拼接|组合|合起来|つなげ|結合|連結|"
    r"합쳐|연결해|ادمج|اجمع)"
)
# "answer the full question", "beantworte die ganze Frage".
_WHOLE = (
    r"(?:full|whole|complete|combined|assembled|resulting|ganze|vollständige|"
    r"completa|entera|complète|entière|intera|completa|całe|pełne)\s+"
    r"(?:question|request|sentence|frage|anfrage|pregunta|question|demande|"
    r"domanda|pergunta|pytanie)"
)
_AFTER = (
    r"(?:"
    + _ASK
    + r"[^\n]{0,25}?"
    + _JOIN_EXPR
    + r"|"
    + _JOIN_VERB
    + r"[^\n]{0,50}?"
    + _ASK
    + r"|"
    + _ASK
    + r"\s+(?:to\s+|auf\s+)?(?:the|die|den|la|el|le|a|o)\s+"
    + _WHOLE
    + r")"
)
# Two stored pieces near each other, then (across a third one, say) the
# order. Worst case: a stored piece is 15 + 5 + 1 + 32 + 1 = 54; the joining
# verb and its order 26 + 50 + 12 = 88 (the longest branch); so
# 54 + 8 + 54 + 50 + 88 = 254.
_SPLIT = _STORED + r"(?s:.){0,8}?" + _STORED + r"(?s:.){0,50}?" + _AFTER

RULES: tuple[Rule, ...] = (
    raw_rule("injection.shape_parts_joined.answered", _CAT, _SPLIT,
             "s1 = '...' s2 = '...' ... answer s1+s2 (any language)", score=0.8,
             max_len=256),
)  # fmt: skip
