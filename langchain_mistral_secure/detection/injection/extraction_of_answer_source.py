"""The internal document behind the model's answer, asked for whole.

Family: extraction (retrieval sources leaked). A RAG assistant answers from
documents the app loaded; the user asks for the document itself, named by
its tie to the answer ("the internal manual your answer came from", "el
documento interno del que sacaste la respuesta", "さっきの回答の元になった社内資料",
"把你回答所依据的内部文件") and copied whole ("in full", "completo",
"全文", "integralmente"). Two parts meet in one sentence: a document noun
tied to the model's answer (came from, based on, taken from, used to
answer), and a copy verb or a "whole" word.

Why it is safe on benign text: "paste the memo below and summarise it" and
"copy the document into the wiki" name no document the model's answer came
from; "what sources did you use?" asks for names, not the whole text.
"""

# ruff: noqa: E501, RUF001
# (E501: one language per line; RUF001: the raw patterns are written in
# Cyrillic and CJK.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "extraction"

# The document tied to the model's answer.
_SOURCE = alt(
    [
        (r"(?:document|manual|handbook|file|guide|policy|memo|pdf|source|passage|chunk|excerpt|article)s?\s+(?:that\s+|which\s+)?"
         r"(?:your\s+(?:answer|reply|response)\s+(?:came|comes|was\s+taken)\s+from|you\s+(?:based|took|got|drew|pulled)\s+"
         r"(?:your|that|the|this)\s+(?:answer|reply|response)|you\s+(?:used|retrieved|quoted|consulted)\s+(?:to\s+answer|for\s+"
         r"(?:your|that|the)\s+(?:answer|reply)))"),
        (r"(?:dokument|handbuch|datei|leitfaden|abschnitt|quelle)\w*,?\s+(?:aus\s+(?:dem|der)|auf\s+(?:dem|der))\s+(?:deine|die)\s+"
         r"antwort\s+(?:stammt|beruht|basiert)"),
        (r"(?:document|manuel|fichier|guide|passage|source)s?\s+(?:interne?s?\s+)?(?:dont\s+(?:vient|provient)\s+ta\s+reponse|"
         r"d'ou\s+(?:vient|provient)\s+ta\s+reponse|sur\s+lequel\s+(?:tu\s+as\s+base|repose)\s+ta\s+reponse)"),
        (r"(?:documento|manual|archivo|fragmento|pasaje)s?\s+(?:interno\s+)?(?:del\s+que\s+(?:sacaste|tomaste|obtuviste)|"
         r"en\s+el\s+que\s+(?:basaste|te\s+basaste\s+para))\s+(?:la|tu)\s+respuesta|"
         r"(?:documento|manuale|file|passaggio)\s+(?:\w+\s+)?da\s+cui\s+hai\s+(?:preso|tratto)\s+(?:la|questa)\s+risposta|"
         r"(?:documento|manual|arquivo|trecho)\s+(?:interno\s+)?(?:de\s+onde\s+(?:veio|saiu)\s+a\s+(?:sua\s+)?resposta|"
         r"em\s+que\s+(?:voce\s+)?(?:baseou|se\s+baseou\s+para)\s+a\s+resposta)"),
        (r"(?:document|handboek|bestand)\s+(?:\w+\s+)?waar\s+(?:je|jouw)\s+antwoord\s+(?:vandaan\s+komt|op\s+gebaseerd\s+is)|"
         r"(?:dokument|plik|fragment)\w*,?\s+z\s+ktorego\s+(?:wzi\S*|pochodzi)\s+(?:\w+\s+)?odpowiedz"),
    ]
)  # fmt: skip
_WHOLE = (
    r"\b(?:paste|copy|print|show|reproduce|output|dump|give\s+me|send\s+me|in\s+full|verbatim|word\s+for\s+word|whole|entire|"
    r"full\s+text|kopier\w*|zeig\w*|gib|vollstandig|komplett|im\s+wortlaut|copie\w*|colle\w*|montre\w*|donne\w*|en\s+entier|"
    r"integralement|pega\w*|copia\w*|muestra\w*|dame|completo|entero|tal\s+cual|incolla\w*|mostra\w*|dammi|integralmente|"
    r"per\s+intero|cole|copie|mostre|inteiro|na\s+integra|plak|kopieer|toon|geef|volledig|wklej|skopiuj|pokaz|w\s+calosci)\b"
)
_LATIN = rf"{_WHOLE}[^.!?\n]{{0,60}}?{_SOURCE}|{_SOURCE}[^.!?\n]{{0,60}}?{_WHOLE}"

_RAW = alt(
    [
        # JA: the in-house material the last answer was based on, pasted whole
        (r"(?:回答|答え|返答)の(?:元|もと|根拠|出典|ソース)(?:に)?(?:なった|にした|となった)[^。！？\n]{0,12}?(?:資料|文書|マニュアル|ドキュメント|"
         r"ファイル|規程|ガイド)[^。！？\n]{0,20}?(?:全文|そのまま|丸ごと|貼って|貼り付け|コピー|見せて)"),
        # ZH: the internal file your answer relied on, pasted whole
        (r"(?:你|您)(?:的)?(?:回答|答案)(?:所)?(?:依据|根据|引用|来源于|参考)的[^。！？\n]{0,8}?(?:文件|文档|资料|手册)[^。！？\n]{0,16}?"
         r"(?:全文|原文|原样|贴出|复制|发给我|给我看)"),
        # KO: 답변의 근거가 된 내부 문서를 그대로
        (r"(?:답변|대답)(?:의)?\s*(?:근거|출처)(?:가|로)?\s*(?:된|쓴|사용한)\s*[^.!?\n]{0,12}?(?:문서|자료|매뉴얼|파일)[^.!?\n]{0,20}?"
         r"(?:전문|원문|그대로|붙여|복사|보여)"),
        # RU/UK: документ, из которого ты взял ответ
        (r"(?:документ|файл|руководств|інструкці|документ)\S*,?\s+(?:из\s+которого|на\s+котором|з\s+якого|на\s+якому)\s+"
         r"(?:ты\s+)?(?:\S+\s+)?(?:взял|взяла|основан|основал|узяв|узяла|ґрунтується)\S*\s+(?:\S+\s+)?(?:ответ|відповідь)"
         r"[^.!?\n]{0,40}?(?:целиком|полностью|дословно|повністю|дослівно|вставь|скопируй|покажи|встав|скопіюй|покажи)|"
         r"(?:вставь|скопируй|покажи|встав|скопіюй)\s+(?:\S+\s+){0,2}?(?:\S+\s+)?(?:документ|файл)\S*,?\s+(?:из\s+которого|"
         r"з\s+якого)\s+(?:ты\s+)?(?:взял|взяла|узяв|узяла)\S*\s+(?:\S+\s+)?(?:ответ|відповідь)"),
    ]
)  # fmt: skip

RULES: tuple[Rule, ...] = (
    Rule("injection.extraction.answer_source", _CAT, _LATIN, score=0.75, max_len=220,
         description="Latin scripts: paste the internal document your answer came from"),
    raw_rule("injection.extraction.answer_source_raw", _CAT, _RAW,
             "JA/ZH/KO/RU/UK: paste the document behind your answer", score=0.75,
             max_len=140),
)  # fmt: skip
