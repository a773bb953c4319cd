"""The running task stopped, then the model's *new task* stated as its own.

Family: direct goal hijacking (new task, deepset-style task switches, code
and browser agents told to drop their ticket). :mod:`.task_switch` reads a
label ("New task:") next to a stop; hijacks also say it as a sentence about
the model: "Stop summarising the claim. *Your new job is* to write ...",
"Sluta svara på frågor. *Din nya uppgift är* att ...", "상품 추천은 그만해.
이제 너의 *새 임무는* ...". So the rule wants, within one short stretch:

* a stop of an activity addressed to the model: stop / quit *doing*, no
  longer, don't do X any more, forget about *doing*, "no need to ... any
  more", in the language's own form; then
* the replacement said as the model's task: "your new / real / only task
  (job, assignment, mission) is / :", or a bare "new task:" label.

Safe on benign text: a stop alone ("stop worrying") or a new job alone
("my new job starts Monday", "your new job sounds great") passes; both
together name the model's work replaced by another. "Your new job is" after
"stop" must be followed by "to" or a colon (a task), not an adjective.
English, German, French, Spanish, Italian, Portuguese, Dutch, Swedish,
Danish, Norwegian, Polish, Turkish and Azerbaijani on the folded view;
Russian, Chinese, Japanese, Korean, Arabic and Hindi on the text.
"""

# ruff: noqa: RUF001
# (RUF001: the script patterns use full-width punctuation on purpose.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "override"

_STOP = alt(
    [
        r"(?:stop|quit|cease)\s+[a-z]{3,}(?:ing|ising|izing)\b",
        r"(?:stop|quit|drop|forget|scrap)\s+(?:the|this|your)\s+[\w-]+(?:\s+[\w-]+)?",
        r"forget\s+about\s+[a-z]{3,}ing",
        r"(?:don't|dont|do\s+not)\s+[a-z]{3,}\s+(?:the|this|my|any)\b",
        r"no\s+longer\s+[a-z]{3,}",
        r"(?:hor|hore)\s+auf",
        r"schluss\s+mit",
        r"nicht\s+mehr",
        r"arrete\s+de",
        r"cesse\s+de",
        r"laisse\s+tomber",
        r"deja\s+de",
        r"ya\s+no",
        r"basta\s+con",
        r"smetti\s+di",
        r"(?:para|pare)\s+de",
        r"em\s+vez\s+de",
        r"esquece",
        r"stop\s+met",
        r"(?:hoeft|hoef)\s+(?:geen|niet)",
        r"sluta",
        r"hold\s+op\s+med",
        r"slutt\s+med",
        r"przestan",
        r"birak",
        r"dayandir",
    ]
)
_NEW = alt(
    [
        (
            r"(?:your|ur)\s+(?:new|real|actual|only|next)\s+(?:task|job|assignment|mission|"
            r"objective)(?:\s+for\s+the\s+rest\s+of\s+(?:this|the)\s+(?:chat|conversation))?"
            r"\s+(?:is|will\s+be)\s+(?:to\b|now\b|:)"
        ),
        (
            r"(?:your|ur)\s+task\s+for\s+the\s+rest\s+of\s+(?:this|the)\s+(?:chat|"
            r"conversation)\s+is"
        ),
        r"new\s+(?:task|job|assignment|mission)\s*:",
        r"(?:deine|ihre)\s+(?:neue|eigentliche|einzige)\s+aufgabe\s+(?:ist|lautet)",
        r"neue\s+aufgabe\s*:",
        r"(?:ta|votre)\s+(?:nouvelle|vraie|seule)\s+(?:tache|mission)\s+(?:est|sera|:)",
        r"(?:tu|su)\s+(?:nueva|verdadera|unica)\s+(?:tarea|mision)\s+(?:es|sera|:)",
        r"(?:il\s+)?(?:tuo|suo)\s+nuovo\s+(?:compito|incarico)\s+(?:e|sara|:)",
        r"(?:a\s+)?(?:tua|sua)\s+nova\s+(?:tarefa|missao)\s+(?:e|sera|:)",
        r"nova\s+tarefa\b[^\n]{0,30}?:",
        r"(?:je|jouw)\s+(?:nieuwe|echte|enige)\s+(?:taak|opdracht)\s+(?:is|:)",
        r"(?:din|ditt)\s+(?:nya|nye)\s+(?:uppgift|oppgave|opgave)\s+(?:ar|er|:)",
        r"(?:twoje|twoim)\s+nowe\s+zadanie\s+(?:to|:|jest)",
        r"yeni\s+gorevin\s*[:\-]",
        r"yeni\s+tap\w{0,12}\s*[:\-]",
    ]
)
_LATIN = r"\b" + _STOP + r"\b[^\n]{0,80}?[.!;,:][ \t]{1,3}[^\n]{0,30}?\b" + _NEW

_S_STOP = alt(
    [
        r"хватит",
        r"перестань",
        r"больше\s+не",
        r"не\s+нужно\s+больше",
        r"不用再",
        r"别再",
        r"不要再",
        r"停止",
        r"中止",
        r"やめて",
        r"그만",
        r"멈춰",
        r"توقف\s+عن",
        r"بند\s+کرو",
        r"बंद\s+करो",
        r"छोड़\s+दो",
    ]
)
_S_NEW = alt(
    [
        r"新(?:的)?任务(?:是|：|:)",
        r"新しい(?:仕事|タスク|任務)",
        r"새\s*(?:임무|작업|업무)",
        r"(?:новое\s+задание|новая\s+задача)",
        r"مهمتك\s+الجديدة",
        r"नया\s+काम",
    ]
)
_SCRIPTS = _S_STOP + r"[^\n]{0,60}?" + _S_NEW

RULES: tuple[Rule, ...] = (
    Rule("injection.override_task.stop_then_new_task", _CAT, _LATIN, score=0.8,
         max_len=256, description="the running task stopped, then 'your new task is'"),
    raw_rule("injection.override_task.stop_then_new_task_scripts", _CAT, _SCRIPTS,
             "RU/ZH/JA/KO/AR/HI: the running task stopped, then the new task",
             score=0.8, max_len=160),
)  # fmt: skip
