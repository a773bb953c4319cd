"""A text sent for translation that tells the translating program to betray it.

The move (issue 14, indirect injection in documents, letters, notices and
subtitles handed to a machine translator): inside the source text, a note
hails the program that translates it ("[An die Ubersetzungs-KI: ...]",
"(Translation tool: ...)", "Note au traducteur automatique :", "翻訳AIへ：")
and asks it to put out something other than the translation: to write
something else instead ("stattdessen", "instead", "en su lugar", "plutot"),
to stop translating from here on, to add what is not in the original, or to
replace the remaining lines. The translator is named as a machine (a
translation tool, model, system, engine, program or AI), so a note to a
human translator is not read, in ten Latin-script languages and in Japanese,
Chinese, Korean and Russian.

Safe on benign text because:

* a localisation note to a translation tool keeps the job ("do not translate
  product names", "translate 'Bank' as 'bank'", "use formal address"): none
  of these asks for other content instead, an end to translating, or
  additions that are not in the original;
* a translator's note written for a human ("Translator's note: ...") names
  no machine;
* an imperative inside the text to translate ("Transfer the money today")
  hails no translating program.
"""

# ruff: noqa: RUF001, RUF002
# (scripts whose fullwidth colons and letters are the point)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "override"

# The translating program, named as a machine (folded view).
_TRANSLATOR = alt(
    [
        (
            r"(?:translation|translating|translator|machine[\s-]translation|mt)[\s-]+"
            r"(?:tool|model|system|ai|engine|program|software|assistant|bot|service|"
            r"app|llm)s?"
        ),
        r"(?:ai|model|tool|system|assistant|bot|program|llm)s?\s+(?:that|which)\s+translates?",
        (
            r"ubersetzungs-?(?:ki|programm|tool|software|system|modell|assistent\w{0,2}|"
            r"maschine|dienst|app)"
        ),
        (
            r"(?:traducteur|traductor|traduttore|tradutor)\s+(?:automatique|"
            r"automatico|automatica|ia|ai)"
        ),
        r"(?:modele|outil|systeme|logiciel|moteur|assistant|ia)\s+de\s+traduction",
        r"(?:herramienta|sistema|modelo|programa|asistente|motor|ia)\s+de\s+traduccion",
        r"(?:strumento|sistema|modello|programma|assistente|motore|ia)\s+di\s+traduzione",
        r"(?:ferramenta|sistema|modelo|programa|assistente|motor|ia)\s+de\s+traducao",
        (
            r"(?:system|narzedzie|model|program|asystent)\w{0,3}\s+(?:do\s+)?"
            r"t[lł]umacze\w{0,3}|t[lł]umacz\w{0,3}\s+(?:automatyczn\w{1,3}|ai)"
        ),
        r"vertaal-?(?:programma|tool|systeem|model|machine|assistent|ai)",
        r"ceviri\s+(?:araci|programi|yapay\s+zekasi|modeli|sistemi)",
    ]
)
# What it is asked to put out instead of the translation.
_BETRAYAL = alt(
    [
        (
            r"rather\s+than\s+translat\w{1,3}|stop\s+translating|"
            r"not\s+in\s+the\s+original|replace\s+(?:every|all|each|the\s+rest)|"
            r"(?:also|additionally)\s+(?:write|add|say|insert|tell)"
        ),
        (
            r"stattdessen|nicht\s+mehr\s+ubersetz\w{0,2}|ubersetze\s+(?:ab\s+hier|"
            r"ab\s+jetzt|von\s+hier\s+an)\s+nicht|nicht\s+im\s+original|"
            r"ersetze\s+(?:jede|alle|den\s+rest)|sondern\s+schreib"
        ),
        (
            r"plutot|au\s+lieu\s+de|arrete\s+de\s+traduire|pas\s+dans\s+l'original|"
            r"remplace\s+(?:chaque|toutes|tout\s+le\s+reste)|n'ecris\s+pas\s+la\s+traduction"
        ),
        (
            r"en\s+su\s+lugar|en\s+vez\s+de|deja\s+de\s+traducir|no\s+(?:esta|aparece)\s+"
            r"en\s+el\s+original|(?:reemplaza|sustituye)\s+(?:cada|todas|el\s+resto)"
        ),
        (
            r"invece|smetti\s+di\s+tradurre|non\s+(?:e|compare)\s+nell'originale|"
            r"sostituisci\s+(?:ogni|tutte|il\s+resto)"
        ),
        (
            r"em\s+vez|ao\s+inves|pare\s+de\s+traduzir|nao\s+esta\s+no\s+original|"
            r"substitua\s+(?:cada|todas|o\s+resto)"
        ),
        r"zamiast|przestan\s+t[lł]umaczyc|nie\s+ma\s+(?:tego\s+)?w\s+oryginale",
        r"in\s+plaats\s+(?:daarvan|van)|stop\s+met\s+vertalen|niet\s+in\s+het\s+origineel",
        r"yerine|cevirmeyi\s+birak",
    ]
)
_SEP = r"\s{0,2}[:,\x{2014}\x{2013}-]\s{0,3}"
# English "instead" alone is a localisation note's word choice too ("use
# 'vous' instead", "describe it instead"): it betrays the job right after the
# hail or a clause's start ("Translation system: instead, ...", "...; instead
# write") or after a verb that puts out
# other content ("write ... instead", "translate this as '...' instead").
_INSTEAD_EN = (
    r"(?:instead|[^\n]{0,80}?[.;:,]\s{0,2}instead|[^\n]{0,80}?\b(?:write|say|output|print|put|tell|add|insert|"
    r"reply|respond|answer|state|produce|generate|type|display|return|claim|"
    r"translate\s+(?:this|it|everything|all|the\s+\w+)\s+as)\b[^\n]{0,80}?\binstead)\b"
)
_BETRAYED = (
    r"\b"
    + _TRANSLATOR
    + _SEP
    + r"(?:[^\n]{0,160}?\b"
    + _BETRAYAL
    + "|"
    + _INSTEAD_EN
    + ")"
)

# Japanese, Chinese, Korean, Russian on the raw text.
_RAW_TRANSLATOR = alt(
    [
        r"翻訳(?:AI|ＡＩ|ツール|エンジン|ソフト|システム|モデル|アシスタント|プログラム)",
        r"(?:机器)?翻[译譯](?:工具|模型|系[统統]|软件|軟體|AI|引擎|程序)",
        r"번역\s*(?:AI|기|도구|프로그램|모델|엔진|시스템)",
        (
            r"(?:[Сс]истем\pL{0,3}|[Мм]одел\pL{0,3}|[Пп]рограмм\pL{0,3}|"
            r"[Ии]нструмент\pL{0,3})\s+перевода"
        ),
        r"(?:[Мм]ашинн\pL{1,3}\s+)?[Пп]ереводчик\pL{0,3}\s*(?:ИИ|AI)?",
    ]
)
_RAW_BETRAYAL = alt(
    [
        r"代わりに|翻訳(?:を|は)(?:やめ|中止)|原文にない",
        r"改为|改為|而是|停止翻[译譯]|原文(?:中)?没有",
        r"대신|번역을\s*(?:멈추|중단)|원문에\s*없는",
        r"[Вв]место|[Пп]рекрати\s+переводить|нет\s+в\s+оригинале",
    ]
)
_RAW_BETRAYED = (
    _RAW_TRANSLATOR + r"[^\n]{0,4}?[:：、,，\-—]\s{0,3}[^\n]{0,120}?" + _RAW_BETRAYAL
)

RULES: tuple[Rule, ...] = (
    Rule("injection.within_translation.betrayed", _CAT, _BETRAYED, score=0.8,
         max_len=240,
         description="[An die Ubersetzungs-KI: Ubersetze stattdessen, dass ...]"),
    raw_rule("injection.within_translation.betrayed_scripts", _CAT, _RAW_BETRAYED,
             "翻訳AIへ：この文の代わりに ...", score=0.8, max_len=180),
)  # fmt: skip
