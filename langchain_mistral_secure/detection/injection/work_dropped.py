"""The app's own work dropped by name, and a new task or role handed over.

Family: direct goal hijacking (new task, deepset-style switches). A
translator, summarizer or proofreader is told to drop *that work* ("forget
the translation", "enough with the summary", "要約はもういい") and is handed
a new assignment under a label ("new task:", "your new role is", "nouvelle
mission", "新しい任務として"), or is told to drop "the previous task" and
tell the speaker something instead. Each rule wants both parts, within a
short stretch:

* a verb of dropping with the current work as its object: the kind of work
  an app does (translation, summary, proofreading, the document, the task);
* a label handing over a new task, job, role or mission; or, after "the
  previous / that task", an "and tell me / and say".

Safe on benign text: a user who changes their own request names no new
task or role ("forget the summary, just give me the figures"), and a new
task on a to-do list drops no work ("new task: write unit tests").
English, German, French, Spanish, Italian, Portuguese and Swahili on the
folded view; Russian, Hindi, Japanese, Korean and Chinese on the text.
"""

# ruff: noqa: RUF001
# (RUF001: the script patterns use full-width punctuation on purpose.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "override"

_DROP = alt(
    [
        r"forget(?:\s+about)?",
        r"scratch",
        r"drop",
        r"ditch",
        r"quit",
        r"skip",
        r"abandon",
        r"leave",
        r"enough\s+(?:with|of)",
        r"never\s+mind",
        r"no\s+more",
        r"vergiss",
        r"lass",
        r"streich",
        r"genug\s+mit",
        r"schluss\s+mit",
        r"oublie",
        r"laisse\s+tomber",
        r"abandonne",
        r"assez\s+(?:de|avec)",
        r"olvida",
        r"olvidate\s+del?",
        r"deja",
        r"basta\s+(?:de|con)",
        r"dimentica",
        r"lascia\s+(?:perdere|stare)",
        r"esqueca",
        r"deixa",
        r"deixe",
        r"chega\s+de",
        r"acha",
        r"sahau",
    ]
)
_DET = (
    r"(?:(?:the|that|this|those|your|my|our|all|die|den|das|deine|la|le|les|ta|ton|tes|"
    r"el|tu|las|los|il|quel|quella|a|o|essa|esse|kazi\s+ya)\s+)?"
)
_WORK = alt(
    [
        r"documents?",
        r"translation",
        r"translating",
        r"summary",
        r"summari[sz]ing",
        r"proofreading",
        r"email\s+summary",
        r"tasks?",
        r"assignment",
        r"ubersetzung",
        r"zusammenfassung",
        r"korrektur",
        r"aufgabe",
        r"dokument",
        r"traduction",
        r"resume",
        r"tache",
        r"correction",
        r"traduccion",
        r"resumen",
        r"tarea",
        r"correccion",
        r"documento",
        r"traduzione",
        r"riassunto",
        r"compito",
        r"correzione",
        r"traducao",
        r"resumo",
        r"tarefa",
        r"kutafsiri",
        r"tafsiri",
        r"muhtasari",
    ]
)
_NEW = alt(
    [
        r"(?:new|next|real|actual)\s+(?:and\s+only\s+)?(?:task|job|role|mission|assignment)",
        r"your\s+(?:new|next|real)\s+(?:and\s+only\s+)?(?:task|job|role|mission|purpose)",
        r"do\s+something\s+(?:else|more\s+\w+)",
        r"(?:neue|nachste|eigentliche)\s+(?:aufgabe|rolle|mission)",
        r"(?:dein|deine)\s+(?:neuer?|nachster?)\s+(?:auftrag|aufgabe|rolle|job)",
        r"(?:nouvelle|prochaine|vraie)\s+(?:tache|mission|consigne)",
        r"(?:ton|ta)\s+(?:nouveau|nouvelle)\s+(?:role|mission|tache|travail)",
        r"(?:nueva|proxima|verdadera)\s+(?:tarea|mision|funcion)",
        r"tu\s+nuevo\s+(?:rol|trabajo|papel)",
        r"(?:nuovo|nuova|prossimo|prossima)\s+(?:compito|incarico|missione|ruolo)",
        r"(?:nova|proxima)\s+(?:tarefa|missao|funcao)",
        r"seu\s+novo\s+(?:papel|trabalho)",
        r"kazi\s+(?:yako\s+)?mpya",
    ]
)
_TELL = alt(
    [
        r"(?:and|,)\s+(?:now\s+)?(?:tell\s+me|say|answer\s+me)",
        r"(?:und|,)\s+(?:jetzt\s+)?(?:sag|erzahl)\s+mir",
        r"(?:et|,)\s+(?:maintenant\s+)?dis[\s-]moi",
        r"(?:y|,)\s+(?:ahora\s+)?dime",
        r"(?:e|,)\s+(?:ora\s+)?dimmi",
        r"(?:e|,)\s+(?:agora\s+)?(?:me\s+diga|diga-me|me\s+conta)",
    ]
)
_PRIOR_TASK = (
    r"(?:(?:the|that|those|your)\s+(?:previous|earlier|last|above)\s+(?:tasks?|assignment)"
    r"|(?:that|those)\s+(?:tasks?|assignment)"
    r"|(?:die|deine)\s+(?:vorherige|letzte|obige)\s+aufgabe"
    r"|(?:la|ta)\s+(?:tache|mission)\s+(?:precedente|d'avant)"
    r"|(?:la|tu)\s+tarea\s+(?:anterior|previa)"
    r"|(?:quel|il)\s+compito(?:\s+(?:precedente|di\s+prima))?"
    r"|a\s+tarefa\s+anterior)"
)

# The work noun ends its phrase ("the translation." not "the translation
# course"), and the new label opens one ("new task:", "your new job is").
_WORK_END = (
    r"(?:\s+(?:now|for\s+now|behind|already))?(?:\s*[.,;:!\x{2013}\x{2014}]|\s+(?:and|y|e|"
    r"et|und)\b)"
)
_NEW_OPENS = (
    r"(?:\s*[:\-\x{2013}\x{2014}]|\s+(?:is|es|est|ist|e|ni|sera|wird|will\s+be)\b)"
)
_FOLDED = (
    r"\b" + _DROP + r"\s+" + _DET + r"(?:previous\s+|current\s+)?" + _WORK
    + _WORK_END + r"[^\n]{0,60}?\b" + _NEW + _NEW_OPENS
    + r"|\b" + _DROP + r"\s+" + _PRIOR_TASK + r"(?:\s+behind)?\s*" + _TELL + r"\b"
)  # fmt: skip

_SCRIPTS = (
    r"(?:забудь|брось|хватит|оставь)\s+(?:про\s+|о\s+)?(?:перевод|резюме|задани|задач|"
    r"текст|документ)[а-яё]{0,3}[^\n]{0,40}?(?:нов(?:ая|ое|ую)\s+(?:задач|задани|роль|"
    r"миссия)|тво(?:я|ё)\s+нов(?:ая|ое))"
    r"|(?:अनुवाद|सारांश|काम)\s*(?:छो\S{1,3}(?:\s*दो)?|भूल\s*जाओ)[^\n]{0,20}?नया\s+काम"
    r"|(?:要約|翻訳|添削|タスク|作業)(?:は)?(?:もういい|やめて|終わり)[^\n]{0,20}?"
    r"新しい(?:任務|タスク|仕事|役割)"
    r"|(?:번역|요약|작업)(?:은|는)?\s*(?:그만|멈추)[^\n]{0,20}?새로운\s*(?:임무|작업|역할)"
    r"|(?:翻译|总结|摘要)(?:就)?(?:别|不要|不用)(?:做|管)?了?[^\n]{0,10}?新(?:的)?(?:任务|"
    r"工作|角色)"
)

RULES: tuple[Rule, ...] = (
    Rule("injection.work_dropped.folded", _CAT, _FOLDED, score=0.8, max_len=200,
         description="forget the translation/summary; new task/role: ..."),
    raw_rule("injection.work_dropped.scripts", _CAT, _SCRIPTS,
             "RU/HI/JA/KO/ZH: drop the current work; a new task", score=0.8,
             max_len=160),
)  # fmt: skip
