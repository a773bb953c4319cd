"""A note in a record, addressed to the program that processes it, with an order.

The move (issue 14, indirect injection in data fields: spreadsheet and SQL
cells, packing lists, work orders, telematics logs, ticket fields, mod
manifests, contract annexes): a field or line opens with a note addressed to
the program that will process the record, named by any job word beside a
program noun ("Note to grading assistant:", "Note pour l'agent comptable :",
"Uwaga dla asystenta fakturującego:", "Consigne pour l'outil d'évaluation :",
"For the customs assistant compiling declarations:"), then an order.

Earlier hail families need one of their listed job marks ("screening
assistant", "asistente de IA"); this one takes any job word, because the job
words of record-processing programs are open-ended (grading, invoicing,
customs, accounting). It pays for that with a tighter frame: the lead
("note to / for / pour / dla / für ...") opens a line, a cell, a bracket, a
comment or a quoted value; the program noun is within three words of it and
its job within six words after it; then a separator and an imperative
(:data:`.indirect_hail_order.ORDER`) right after it.

A note to a human assistant or agent ("Note to the sales agent: ...") is
what this rule risks; the benign files of every dev corpus are checked for it.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection.indirect_hail_order import ORDER

__all__ = ["RULES"]

_CAT = "override"

# A line, a cell (tab, bar or semicolon), a bracket, a comment, a quoted
# value opens the note.
_OPEN = (
    r"(?:^|\n|\t|[(\[{|>;]|[.!?]\s|--\s|#\s?|//\s?|<!--\s?|"
    r"[:=,]\s{0,2}[\"'])\s{0,3}"
)
_NOTE = (
    r"(?:(?:note|notes|hinweis|vermerk|nota|remarque|consigne|instruction|"
    r"instructions|uwaga|opmerking|notitie|catatan|aviso|avis|memo|p\.?s\.?)\s+)?"
)
_TO = (
    r"(?:to|for|an|fur|pour|a|al|para|per|dla|do|voor|aan|till|untuk|kepada)\s+"
    r"(?:(?:the|den|die|das|dem|le|la|l'|les|el|il|lo|o|het|any|jeden|jede)\s*)?"
)
_PROG = (
    r"(?:assistant|assistent|asystent|asistente|assistente|agent|agente|ai|ki|ia|"
    r"llm|bot|robot|model|modelo|modello|tool|outil|werkzeug|herramienta|"
    r"strumento|narzedzi|system|systeme|sistema)\w{0,4}"
)
_W = r"[\w'-]{2,20}"
# "grading assistant", "Zoll-Assistenten", "agent comptable", "asystenta fakturujacego",
# "outil d'evaluation automatique", "customs assistant compiling
# declarations from this list"
_ADDRESSEE = (
    r"(?:[\w']{2,20}[\s-]+){0,2}?"
    + _PROG
    + r"(?:,?\s+(?:d'|de\s+|del?\s+)?"
    + _W
    + r"){0,6}?"
)
_SEP = r"\s{0,2}(?:[:,]|->|\x{2014}|\x{2013}|\s-)\s{0,3}"
_LEAD_FORM = _OPEN + _NOTE + _TO + _ADDRESSEE + _SEP + r"(?:please\s+)?" + ORDER

RULES: tuple[Rule, ...] = (
    Rule("injection.note_to_program.lead", _CAT, _LEAD_FORM, score=0.8,
         max_len=256,
         description="Note to grading assistant: change this row ..."),
)  # fmt: skip
