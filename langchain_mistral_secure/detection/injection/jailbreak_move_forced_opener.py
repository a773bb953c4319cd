# ruff: noqa: RUF001, RUF002
"""Prefix injection: the reply forced to open with a compliant start of a method.

Family: prefix injection (category ``role``). The model is told how its reply
must begin, and the opening it is handed already agrees *and* starts the
method (Certainly! Step 1:, Sure, here's how, Natürlich, hier ist die
Anleitung, ¡Claro! Aquí tienes los pasos, Bien sûr, voici comment, もちろんで
す！手順は, 好的，以下是步骤, 물론이죠! 단계는, Конечно, вот инструкция), so
the refusal has no place left to go. The rule reads the order to begin
(begin with, start your reply with, your answer must open with, beginne
mit, commence par, empieza con, inizia con, comece com, で始めて, 开头,
로 시작해, начни с) next to a quoted opening that holds both a compliance
word and a method marker.

Why it is safe on benign text: "begin your answer with 'Dear hiring
manager'" or "start with 'Certo!' and give me the ragù recipe" hands an
opening that does not start a method of its own; a style guide's "open with
'Sure!'" has no step, guide or "here is how" inside the quotes.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import raw_rule
from langchain_mistral_secure.detection.injection.jailbreak_text import (
    with_curly_apostrophes,
)

__all__ = ["RULES"]

_CAT = "role"

# --- folded view (EN DE FR ES IT PT) -------------------------------------------
_BEGIN = (
    r"\b(?:begin|start|open|lead|preface|beginne|starte|fang\w*\s+an|commence|debute|"
    r"empiez|empez|comienz|comenz|inicia|inizia|comincia|comece|comecar|inicie)\w*\b"
    r"[^\n\"'“«„]{0,40}?\b(?:with|by|mit|par|avec|con|com|por)\b[^\n\"'“«„]{0,25}?"
)
_YES = (
    r"(?:sure|certainly|absolutely|of\s+course|gladly|naturlich|klar|gerne|bien\s+sur|"
    r"evidemment|avec\s+plaisir|claro|por\s+supuesto|desde\s+luego|certo|certamente|"
    r"volentieri|com\s+certeza)"
)
_METHOD = (
    r"(?:step\s*1|step\s+one|here(?:\s+is|'s)\s+how|the\s+steps|(?:full|complete|"
    r"detailed|step-by-step)\s+(?:guide|instructions|method|recipe)|the\s+(?:guide|"
    r"instructions|method)\b|schritt\s*1|anleitung|voici\s+comment|etape\s*1|les\s+"
    r"etapes|los\s+pasos|paso\s*1|asi\s+se\s+hace|ecco\s+come|i\s+passi|passo\s*1|"
    r"os\s+passos|veja\s+como)"
)
_OPENER = (
    _BEGIN
    + r"[\"'“«„]\s?[¡!]?\s?"
    + _YES
    + r"[^\"”»“\n]{0,40}?"
    + _METHOD
    + r"[^\"”»“\n]{0,60}[\"'”»“]"
)

# --- raw text (JA ZH KO RU) ---------------------------------------------------
_OPENER_RAW = (
    r"「(?:もちろん|承知|はい|喜んで)[^」\n]{0,30}?(?:手順|方法|ステップ|やり方)[^」\n]{0,30}」"
    r"(?:と|で|から)(?:返答|回答|答え|返事)?(?:を)?(?:始め|書き始め)|"
    r"[“\"「](?:好的|当然|没问题|"
    r"当然可以)[^”\"」\n]{0,20}?(?:步骤|方法|如下|以下是)[^”\"」\n]{0,30}[”\"」]\s?(?:开头|开始)|"
    r"[\"“«'‘](?:물론|좋아요|네)[^\"”»'’\n]{0,30}?(?:단계|방법|다음과)[^\"”»'’\n]{0,30}"
    r"[\"”»'’]\s?(?:로|으로|라고)\s?시작|(?:начни|начинай)\s+(?:\S+\s+){0,3}?с\s+[«\"“](?:конечно|"
    r"разумеется|с\s+радостью)[^»\"”\n]{0,30}?(?:вот|шаг|инструкц)[^»\"”\n]{0,40}[»\"”]"
)

RULES: tuple[Rule, ...] = with_curly_apostrophes((
    Rule("injection.role.compliant_method_opener", _CAT, _OPENER, score=0.8,
         max_len=215, description="begin with 'Certainly! Step 1:' ..."),
    raw_rule("injection.role.compliant_method_opener_scripts", _CAT, _OPENER_RAW,
             "「もちろんです！手順は…」で始めて (JA ZH KO RU)", score=0.8, max_len=140),
))  # fmt: skip
