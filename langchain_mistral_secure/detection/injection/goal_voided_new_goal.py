"""The receiver's current goal declared void, then a new goal handed over.

Family: direct goal hijacking (agent goal voided). In agent apps the user
turn, often posing as a planner or an orchestrator ("[planner -> worker]",
"message from the coordinator agent"), declares the goal the agent was
given withdrawn, cancelled, void or outdated ("the previous objective is
withdrawn", "the task in the ticket is outdated", "ta tâche est annulée",
"你原来的任务作废", "先前的任务全部取消") and within a short stretch hands
over the replacement: "new objective:", "new goal", "current task:", "the
real task", "instead", "à la place", "新任务". The same act in the other
order: a new goal that says it replaces the old ones ("new task,
supersedes the old one", "neue Zielvorgabe, ersetzt alle vorherigen").

Safe on benign text: the voided thing is a goal, objective, task or
assignment of the addressee or of the conversation ("the previous", "your
original", "the task you were given", "the task in the ticket"), and the
replacement follows within 90 characters, so a project note that says a
milestone moved ("the Q3 objective is postponed; the team will ...") names
no new goal handed over; a "new objective:" with nothing voided before it
is an ordinary plan.
English, German, French, Spanish, Italian, Portuguese, Dutch and Polish on
the folded view; Chinese, Japanese and Russian on the text itself.
"""

# ruff: noqa: E501, RUF001
# (E501: word tables kept one language to a line; RUF001: the raw table
# quotes other scripts.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt

__all__ = ["RULES"]

_CAT = "override"

# The current goal named and declared void, per language (folded view).
_VOIDED = alt(
    [
        (r"(?:the|your)\s+(?:previous|old|original|current|earlier|initial|user'?s?|assigned|first)\s+(?:goal|objective|task|assignment|mission)s?"
         r"(?:\s+\([^)\n]{0,60}\))?\s+(?:is|are|has\s+been|have\s+been|was)\s+(?:now\s+|hereby\s+)?(?:withdrawn|cancell?ed|void(?:ed)?|obsolete|outdated|revoked|replaced|superseded|dropped|scrapped)"),
        r"the\s+(?:task|goal)\s+(?:you\s+were\s+given|in\s+the\s+ticket|from\s+the\s+user)\s+(?:is|has\s+been)\s+(?:now\s+)?(?:withdrawn|cancell?ed|void|obsolete|outdated|revoked|replaced)",
        (r"(?:das|dein|deine|die)\s+(?:(?:bisherig|alt|ursprunglich|aktuell|vorherig)\w{0,2}\s+)?(?:ziel|aufgabe|auftrag|zielvorgabe)\w{0,2}\s+(?:ist\s+|wird\s+|wurde\s+)?"
         r"(?:entfallt|entfallen|gestrichen|aufgehoben|storniert|hinfallig|veraltet|ersetzt|zuruckgezogen)"),
        r"(?:ta|votre|la)\s+(?:tache|mission|objectif)\s+(?:[\w'-]{1,16}\s+){0,4}?(?:est|a\s+ete)\s+(?:annulee?|retiree?|obsolete|remplacee?|supprimee?)",
        r"(?:tu|el|la)\s+(?:tarea|objetivo|mision)\s+(?:anterior|original|actual\s+)?(?:[\w'-]{1,16}\s+){0,3}?(?:queda|esta|ha\s+sido|fue)\s+(?:retirad|cancelad|anulad|obsolet|reemplazad)[oa]",
        r"(?:il\s+tuo|l')\s*(?:compito|obiettivo)\s+(?:precedente\s+|originale\s+)?(?:[\w'-]{1,16}\s+){0,3}?(?:e|e\s+stato)\s+(?:annullat|ritirat|superat|sostituit)o",
        r"(?:a\s+tua|o\s+teu|o\s+seu|a\s+sua|o|a)\s+(?:tarefa|objetivo|missao)\s+(?:anterior\s+|original\s+)?(?:[\w'-]{1,16}\s+){0,3}?(?:foi|esta)\s+(?:cancelad|retirad|anulad|substituid)[oa]",
        r"(?:je|jouw|de)\s+(?:vorige|oude|oorspronkelijke\s+)?(?:taak|doel|opdracht)\s+(?:is|wordt)\s+(?:ingetrokken|geannuleerd|vervallen|vervangen)",
        r"(?:twoje|poprzednie)\s+(?:zadanie|cel)\s+(?:jest\s+|zostalo\s+)?(?:anulowane|wycofane|nieaktualne|zastapione)",
    ]
)  # fmt: skip

# The replacement handed over, per language.
_NEW_GOAL = alt(
    [
        r"new\s+(?:goal|objective|task|priority|assignment|mission)", r"current\s+task\s*:", r"(?:that's|that\s+is)\s+the\s+real\s+task", r"instead",
        r"neue[sn]?\s+(?:ziel|aufgabe|zielvorgabe|auftrag|prioritat)", r"stattdessen", r"ab\s+(?:jetzt|sofort)",
        r"nouv(?:el|eau|elle)\s+(?:objectif|tache|mission|priorite)", r"a\s+la\s+place", r"desormais",
        r"nuev[oa]\s+(?:objetivo|tarea|mision|prioridad)", r"en\s+su\s+lugar", r"en\s+cambio",
        r"nuov[oa]\s+(?:obiettivo|compito|missione|priorita)", r"invece",
        r"nov[oa]\s+(?:objetivo|tarefa|missao|prioridade)", r"em\s+vez\s+disso",
        r"nieuwe?\s+(?:doel|taak|opdracht|prioriteit)", r"in\s+plaats\s+daarvan",
        r"now[ye]\s+(?:cel|zadanie|priorytet)", r"zamiast\s+tego",
    ]
)  # fmt: skip

# The other order of the same act: the new goal first, declared to replace
# the old ones ("new task, supersedes the old one", "neue Zielvorgabe,
# ersetzt alle vorherigen", "nouvelle mission, remplace l'ancienne").
_SUPERSEDING = alt(
    [
        r"new\s+(?:goal|objective|task|orders?|instructions?|priority|mission)\W{1,3}(?:which\s+)?(?:replac|supersed|overrid)\w{0,3}\s+(?:the|all|any|your)\s+(?:old|previous|prior|earlier|other|current)",
        r"neue[sn]?\s+(?:ziel|aufgabe|zielvorgabe|auftrag|anweisung)\w{0,2}\W{1,3}(?:die\s+|das\s+)?(?:ersetzt|uberschreibt)\s+(?:alle\s+|die\s+|deine\s+)?(?:vorherigen|bisherigen|alten?|fruheren)",
        r"nouv(?:el|eau|elle)\s+(?:objectif|tache|mission|consigne)\W{1,3}(?:qui\s+)?remplace\s+(?:l'ancienne?|les\s+anciennes?|toutes?\s+les|la\s+precedente|le\s+precedent)",
        r"nuev[oa]\s+(?:objetivo|tarea|mision|orden)\W{1,3}(?:que\s+)?(?:reemplaza|sustituye)\s+(?:a\s+)?(?:la|el|las|los|todas?)\s+(?:anterior|antigu|previ)",
        r"nuov[oa]\s+(?:obiettivo|compito|missione)\W{1,3}(?:che\s+)?sostituisce\s+(?:il|la|tutti|tutte|quell)",
        r"nov[oa]\s+(?:objetivo|tarefa|missao)\W{1,3}(?:que\s+)?substitui\s+(?:a|o|as|os|todas?)\s+(?:anterior|antig)",
    ]
)  # fmt: skip

_VIEW = (
    r"\b(?:" + _VOIDED + r"\b[^\n]{0,90}?\b" + _NEW_GOAL + r"|" + _SUPERSEDING + r")\b"
)

_VOIDED_RAW = alt(
    [
        r"(?:原来|原先|之前|先前|此前|当前)的?(?:任务|目标)[^\n。]{0,8}(?:作废|取消|撤销|废止|失效)",
        r"(?:元の|以前の|現在の|前の)(?:タスク|目標|任務|依頼)[^\n。]{0,8}(?:取り消|中止|撤回|無効)",
        r"(?:[Пп]режн|[Пп]редыдущ|[Тт]екущ|[Тт]во)\S{0,4}\s+(?:задач|цел)\S{0,3}\s+(?:\S{1,16}\s+){0,2}?(?:отменен|снят|аннулирован|устарел)\S{0,3}",
    ]
)  # fmt: skip
_NEW_RAW = alt(
    [
        r"新(?:的)?(?:任务|目标)", r"改为", r"代わりに", r"新しい(?:タスク|目標|任務)", r"[Нн]ов(?:ая|ое)\s+(?:задача|цель|задание)", r"[Вв]место\s+этого",
    ]
)  # fmt: skip
_RAW = _VOIDED_RAW + r"[^\n]{0,60}?" + _NEW_RAW

# Worst case (whitespace runs counted as one): the voided goal 116 (an
# English one with a parenthesis of 60), the gap 90 and a new goal 21:
# 227 (the superseding form is shorter). The raw form: 143.
RULES: tuple[Rule, ...] = (
    Rule("injection.goal_voided_new_goal.view", _CAT, _VIEW, score=0.8, max_len=256,
         description="the previous objective is withdrawn; new objective: ..."),
    Rule("injection.goal_voided_new_goal.scripts", _CAT, _RAW, on_view=False,
         score=0.8, max_len=150,
         description="the previous objective is withdrawn; new objective (other scripts)"),
)  # fmt: skip
