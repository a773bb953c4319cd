"""The model's hidden setup or guarded secret probed piece by piece.

Family: system-prompt and secret extraction by side channel (Gandalf and
TensorTrust players, "20 questions" about the password). Instead of asking
for the text, the user asks about its properties: does it contain a word,
what does it start or end with, how many words or letters it has, what its
tenth word is. The object is the model's own (its prompt, instructions or
system prompt; its secret or hidden password), so the answers leak the
text one bit at a time. English, German, Spanish, French, Italian and
Portuguese on the folded view; Japanese, Chinese and Korean on the raw text.

Safe on benign text: questions about a property of the user's own text
("does my essay contain ...", "how many words is my prompt") or of a
password policy ("your password must contain a digit") name no secret of
the model's: a bare "your password" never counts, only a secret or hidden
one, or the model's prompt and instructions.
"""

# ruff: noqa: RUF001, E501
# (E501: word tables kept per language; RUF001: the raw patterns use CJK.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "extraction"

# fmt: off
_OBJ = alt([
    r"your\s+(?:hidden\s+|secret\s+|system\s+|initial\s+|original\s+)?(?:prompt|instructions|system\s+prompt|setup)",
    r"your\s+(?:secret|hidden)\s+(?:password|word|code|key|phrase)",
    r"the\s+(?:password|secret(?:\s+word)?|access\s+code|code)\s+you(?:'re|\s+are)?\s+(?:guard|protect|keep|hid)\w{0,3}",
    r"dein\w?\s+(?:geheime[sn]?\s+|versteckte[sn]?\s+)(?:passwort|kennwort|code|wort)",
    r"dein\w?\s+(?:system)?(?:prompt|anweisungen|vorgaben)",
    r"tus\s+instrucciones", r"tu\s+(?:prompt|contrasena\s+secreta|palabra\s+secreta)",
    r"tes\s+instructions", r"ton\s+(?:prompt|mot\s+de\s+passe\s+secret|mot\s+secret)",
    r"(?:le\s+)?tue\s+istruzioni", r"(?:il\s+)?tuo\s+prompt", r"(?:la\s+)?tua\s+(?:password|parola)\s+segreta",
    r"(?:as\s+)?(?:tuas|suas)\s+instrucoes", r"(?:o\s+)?(?:teu|seu)\s+prompt",
    r"(?:a\s+)?(?:tua|sua)\s+(?:senha|palavra)\s+secreta",
])
# "contains" counts only about a word, a letter or a quoted string (a
# prompt that "includes the handling of personal data" is about its topic).
_WORD = r"\s+(?:(?:the|a|any|das|den|ein|la|le|el|il|o|a)\s+)?(?:word|letter|phrase|string|name|wort|buchstaben|palabra|letra|mot|lettre|parola|lettera|palavra|['\"‘“„«])"
_PROPERTY = alt([
    rf"(?:contains?|includes?|mentions?|enthalt|contiene|contient|contem){_WORD}",
    r"starts?\s+with", r"begins?\s+with", r"ends?\s+with",
    r"how\s+many\s+(?:words|letters|characters|sentences|lines|rules)",
    r"\d{1,3}(?:st|nd|rd|th)\s+(?:word|letter|character)", r"(?:first|last)\s+(?:word|letter|character)",
    r"beginnt", r"endet", r"wie\s+viele\s+(?:worter|buchstaben|zeichen|satze)",
    r"empieza", r"comienza", r"termina", r"aparece\s+la\s+palabra", r"cuantas\s+(?:palabras|letras)",
    r"commence", r"finit", r"apparait\s+le\s+mot", r"combien\s+de\s+(?:mots|lettres|caracteres)",
    r"inizia", r"finisce", r"compare\s+la\s+parola", r"quante\s+(?:parole|lettere)",
    r"comeca", r"aparece\s+a\s+palavra", r"quantas\s+(?:palavras|letras)",
])
# fmt: on

_VIEW = (
    rf"\b{_OBJ}\b[^.!?\n]{{0,30}}\b{_PROPERTY}\b"
    rf"|\b{_PROPERTY}\b[^.!\n]{{0,40}}\b(?:in|im|en|dans|nel|nelle|nas|nos|na|no)\s+{_OBJ}\b"
    rf"|\b{_PROPERTY}\b\s+(?:\w+\s+){{0,3}}{_OBJ}\b"
)

_RAW = (
    r"(?:あなたの|君の)(?:指示文|指示|プロンプト|システムプロンプト|秘密の(?:パスワード|合言葉))"
    r"[^。！？\n]{0,20}(?:」という(?:言葉|単語|文字)|」が(?:入って|含まれ)|何文字|何語|最初の文字)"
    r"|你的(?:系统)?(?:提示词|指令|规则|秘密|密码|口令)[^。！？\n]{0,15}"
    r"(?:(?:包含|含有|有没有)[“\"「]|几个字|多少(?:个)?字|第一个字)"
    r"|(?:너의|네|당신의)\s*(?:프롬프트|지시문|비밀번호|암호)[^.!?\n]{0,20}(?:몇\s*글자|첫\s*글자)"
)

RULES: tuple[Rule, ...] = (
    Rule("injection.extraction_side_channel.view", _CAT, _VIEW, score=0.8, max_len=220,
         description="the model's hidden setup or secret probed piece by piece"),
    raw_rule("injection.extraction_side_channel.scripts", _CAT, _RAW,
             "the model's hidden setup or secret probed piece by piece",
             score=0.8, max_len=60),
)  # fmt: skip
