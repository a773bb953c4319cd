"""A message headed as from another agent that changes the receiver's task.

Family: direct goal hijacking (agent-to-agent). In a multi-agent app the
user turn poses as a message from a peer agent: a header line naming the
sender as an agent or bot ("From: triage_agent", "sender=compliance_agent",
"De: agente_de_reservas", "Von: Planungs-Agent"), then, within a few lines,
the receiver's task declared changed or replaced ("your task list is
replaced", "task reassigned", "Asunto: cambio de tarea", "Betreff: Aufgabe
geändert", "priority=override"). The rule reads that pair; it needs no word
of the new order, which is what differs from one attack to the next.

Safe on benign text: the header must open a line and name an agent or bot
as the sender, so a mail from a person ("From: Anna") does not match, and a
developer's question that quotes a header inside a sentence does not open a
line with it; a peer agent's message that hands over an ordinary new task
("Subject: new task") is not a change or replacement of the receiver's
task and does not match. English, Spanish, German, French, Italian,
Portuguese, Dutch and Polish on the folded view.
"""

# ruff: noqa: E501
# (word tables kept one language to a line)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt

__all__ = ["RULES"]

_CAT = "override"

# A header line naming an agent or a bot as the sender.
_SENDER = (
    r"(?:^|\n)[\s\[(>*#-]{0,4}(?:[\w\s]{0,12}\]\s*)?(?:from|sender|source|de|von|absender|da|mittente|expediteur|remitente|van|afzender|od|nadawca)\s*[:=]\s*"
    r"[\w.@-]{0,24}(?:agent|bot|assistant|agente|assistent\w?|asistente|assistente|agenta?)(?:[_.@-][\w.@-]{0,20})?\b"
)

# The receiver's task declared changed or replaced, per language.
_CHANGED = alt(
    [
        r"(?:task|tasks|task\s+list|instructions|orders|assignment|job|role|duties)\s+(?:is\s+|are\s+|has\s+been\s+|have\s+been\s+)?(?:replaced|reassigned|changed|cancell?ed|overridden|superseded|revoked|updated)",
        r"(?:change|switch)\s+of\s+(?:task|tasks|role|instructions)", r"priority\s*[:=]\s*override", r"\boverride\s+(?:order|instruction|directive)",
        r"cambio\s+de\s+(?:tarea|tareas|rol|instrucciones)", r"(?:tarea|tareas|instrucciones)\s+(?:reemplazad|cambiad|cancelad|reasignad)\w{1,2}",
        r"(?:aufgabe|aufgaben|auftrag|anweisungen|rolle)\s+(?:wurde\s+|wurden\s+)?(?:geandert|ersetzt|neu\s+zugewiesen|aufgehoben|storniert)", r"(?:aufgaben|rollen)wechsel",
        r"changement\s+de\s+(?:tache|mission|role|consignes)", r"(?:tache|mission|consignes)\s+(?:remplacee?s?|modifiee?s?|annulee?s?|reassignee?s?)",
        r"cambio\s+di\s+(?:compito|ruolo|istruzioni)", r"(?:compito|istruzioni)\s+(?:sostituit|cambiat|annullat|riassegnat)\w",
        r"(?:mudanca|troca)\s+de\s+(?:tarefa|funcao|papel)", r"(?:tarefa|instrucoes)\s+(?:substituid|alterad|cancelad|reatribuid)\w{1,2}",
        r"(?:taak|opdracht|instructies)\s+(?:is\s+|zijn\s+)?(?:vervangen|gewijzigd|ingetrokken)", r"zmiana\s+(?:zadania|zadan|roli)",
    ]
)  # fmt: skip

# Worst case (whitespace runs counted as one): the header ~20 + the name
# and the sender word ~75, the gap 110 (newlines allowed: the change may
# be on the subject or the body line), a change of at most ~50: 255.
RULES: tuple[Rule, ...] = (
    Rule("injection.agent_header_task_change.view", _CAT,
         _SENDER + r"[\s\S]{0,110}?\b" + _CHANGED,
         score=0.8, max_len=256,
         description="a message headed as from another agent that replaces the receiver's task"),
)  # fmt: skip
