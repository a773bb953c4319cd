"""The system prompt asked for word for word, in the languages no word list reached.

Family: extraction (reveal-your-instructions asks, multilingual). The ask
has the same two parts in every language: the *system* instructions (a
cognate of "system" with the language's word for prompt, instruction,
message or rules: "systémového promptu", "arahan sistem", "sistem
təlimatları", "instrucțiunile de sistem", "systeminstruksen") and a demand
for the exact text ("word for word", "přesně", "tanpa diubah", "ord for
ord", "sözbəsöz", "slovo po slove", "verbatim"). The word lists of the
other reveal modules are written per language; this rule keys on the
cognate "system" that most languages borrowed and on the verbatim phrase,
so a language nobody listed is still read.

Why it is safe on benign text: a security question about system prompts
("how do I protect my system prompt?", "what is a system prompt?") demands
no exact copy; a copy request on the user's own text ("translate this
letter word for word") names no system instructions; a configuration
document that mentions a system message names no demand for its wording.
The two parts must sit in one sentence, within a short window.
"""

# ruff: noqa: E501, RUF001
# (E501: one language per line; RUF001: the raw patterns use Cyrillic, Greek, CJK, Korean, Arabic and Devanagari.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "extraction"

# The cognate of "system" (folded view: accents gone, "systém" is "system").
_SYS = r"(?:system|sistem|systeem|szisztem|sustav|systeem)\w*"
# The instruction noun it qualifies, in many languages' stems.
_NOUN = (
    r"(?:prompt\w*|instru\w*|pokyn\w*|navodil\w*|uput\w*|ohje\w*|utasitas\w*|t\S?limat\w*|arahan\w*|tagubilin\w*|"
    r"juhis\w*|norad\w*|nurodym\w*|huong\s+dan|mesaj\w*|pesan\w*|message\w*|besked\w*|melding\w*|meddelande\w*|"
    r"zprav\w*|sprav\w*|wiadomos\w*|consign\w*|indicacion\w*|directiv\w*|anweisung\w*|vorgabe\w*|richtlijn\w*|"
    r"regl\w*|regel\w*|regras|regole|reguli\w*|pravidl\w*|zasad\w*|kural\w*|aturan\w*|mensaje\w*|mensage\w*|messaggi\w*)"
)
_SETUP = alt(
    [
        rf"{_SYS}\s+(?:\w+\s+)?{_NOUN}",
        rf"{_NOUN}\s+(?:(?:de|di|do|da|del|della|dello|du|des|van|het|ng|na|sa)\s+)?(?:\w+\s+)?{_SYS}",
        r"system(?:prompt|instruks|instruktion|instruction|anweisung|meddelande|besked|melding|nachricht|bericht)\w*",
    ]
)
# The exact wording demanded.
_VERBATIM = (
    r"(?:verbatim|word\s+(?:for|by)\s+word|word-for-word|letter\s+for\s+letter|exactly\s+as\s+(?:it\s+is\s+)?(?:written|given|worded)|"
    r"ord\s+for\s+ord|ordret|ordrett|ordagrant|or\S{1,2}r\S?tt|soz\S{0,2}b\S{0,2}soz|kelimesi\s+kelimesine|harfi\s+harfine|aynen|degistirmeden|"
    r"presne|doslov\w*|slovo\s+(?:po|za|od)\s+slov\w*|nezmen\w*|neizmen\w*|bez\s+(?:zmian|zmeny|zmien|izmjen\w*)|"
    r"dokladn\w*|doslown\w*|slowo\s+w\s+slowo|tanpa\s+di\w*(?:ubah|rubah)|persis|kata\s+(?:demi|per)\s+kata|apa\s+adanya|"
    r"nang\s+buo|salita\s+(?:por|sa)\s+salita|sanasta\s+sanaan|sanatarkasti|muuttamatta|szo\s+szerint|valtoztatas\s+nelkul|"
    r"cuvant\s+cu\s+cuvant|exact\s+cum|fara\s+(?:sa\s+|a\s+)?(?:le\s+)?(?:rezum|modific|schimb)\w*|"
    r"wortlich|wortwortlich|wort\s+fur\s+wort|ohne\s+(?:zu\s+)?(?:andern|kurzen|zusammenzufassen)|"
    r"mot\s+(?:pour|a)\s+mot|textuellement|sans\s+(?:rien\s+)?(?:changer|modifier|resumer)|"
    r"palabra\s+por\s+palabra|textualmente|tal\s+cual|sin\s+(?:cambiar|resumir|modificar)|"
    r"parola\s+per\s+parola|testualmente|alla\s+lettera|senza\s+(?:cambiar\w*|riassum\w*|modific\w*)|"
    r"palavra\s+por\s+palavra|tal\s+e\s+qual|na\s+integra|sem\s+(?:mudar|resumir|alterar)|"
    r"woord\s+voor\s+woord|letterlijk|zonder\s+(?:iets\s+)?(?:te\s+)?(?:veranderen|wijzigen|samen\s+te\s+vatten)|"
    r"uden\s+at\s+aendre|uten\s+a\s+endre|utan\s+att\s+andra|nguyen\s+van|tung\s+chu)"
)
_VIEW = rf"\b{_SETUP}\b[^.!?\n]{{0,80}}?\b{_VERBATIM}\b|\b{_VERBATIM}\b[^.!?\n]{{0,80}}?\b{_SETUP}"

# Scripts the folded view mangles: the same two parts on the raw text.
_RAW_SETUP = (
    r"(?:систем\S*\s+(?:\S+\s+)?(?:промпт\S*|инструкци\S*|інструкці\S*|сообщени\S*|повідомлен\S*|подсказк\S*)|"
    r"(?:инструкци\S*|інструкці\S*)\s+(?:\S+\s+)?систем\S*|"
    r"系统(?:提示词?|指令|消息|设定)|系統(?:提示詞?|指令|訊息)|システム(?:プロンプト|指示|メッセージ)|시스템\s*(?:프롬프트|지시\S*|메시지|명령\S*)|"
    r"(?:تعليمات|موجه|رسالة)\s+(?:ال)?نظام|सिस्टम\s+(?:प्रॉम्प्ट|निर्देश\S*|संदेश)|"
    r"(?:οδηγ\S+|προτροπ\S+|μήνυμα)\s+(?:του\s+)?συστήματος|הנחיות\s+המערכת|פרומפט\s+המערכת)"
)
_RAW_VERBATIM = (
    r"(?:дословно|дослівно|слово\s+в\s+слово|слово\s+у\s+слово|без\s+изменений|без\s+змін|逐字|原样|原封不动|一字不差|一字不漏|"
    r"そのまま|一字一句|原文のまま|그대로|한\s*글자도|원문\s*그대로|حرفي[اً]?|حرفيًا|بالحرف|हूबहू|शब्दशः|जस\s+का\s+तस|"
    r"κατά\s+λέξη|αυτολεξεί|מילה\s+במילה)"
)
_RAW = rf"{_RAW_SETUP}[^.!?。！？\n]{{0,60}}?{_RAW_VERBATIM}|{_RAW_VERBATIM}[^.!?。！？\n]{{0,60}}?{_RAW_SETUP}"

RULES: tuple[Rule, ...] = (
    Rule("injection.extraction.system_setup_verbatim", _CAT, _VIEW, score=0.7, max_len=220,
         description="the system instructions (the borrowed cognate 'system') demanded word for word"),
    raw_rule("injection.extraction.system_setup_verbatim_raw", _CAT, _RAW,
             "RU/UK/ZH/JA/KO/AR/HI/EL/HE: the system instructions demanded word for word",
             score=0.7, max_len=160),
)  # fmt: skip
