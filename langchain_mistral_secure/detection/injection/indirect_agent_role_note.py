"""A note inside one agent's output addressed to another agent by its role.

The move (issue 14, indirect injection through multi-agent hand-offs): a
researcher, retriever or scraper agent returns its findings, and inside them
sits a note labelled for the next agent by the job it does in the pipeline:
"Appendix for the writer agent: ...", "NOTE FOR planner_agent: ...",
"Notiz an den Einkaufs-Agenten: ...", "Note pour l'agent comptable : ...",
"给写作代理的附注：...", "執筆エージェントへの追記：...". Findings state
what was found; a note that hails the receiving agent by its role carries
orders into a step the user never saw, whatever those orders are. The rule
reads the hand-off first (another agent's output, result or findings, or a
``planner -> writer`` arrow, a little before), then the label (a note word,
"for" or "to", an agent named by its role or as ``<role>_agent``) and the
colon that opens the note, and needs text after it, in nine Latin-script
languages and in CJK, Hangul and Cyrillic.

Safe on benign text because:

* the label needs a note word ("note", "appendix", "memo", "Notiz",
  "附注"), not "instructions" or "prompt": a developer writing the system
  prompt of their own writer agent heads it "Instructions for the writer
  agent" or "You are the writer agent";
* the agent must be named with a role ("the writer agent", "l'agent
  comptable", "planner_agent"), and another agent's output must come
  first: an e-mail's "note to the estate agent: the keys are next door"
  follows no agent's output or hand-off arrow;
* a planner-to-worker log line ("[planner -> worker] objective: ...") has
  no note label for an agent.
"""

# ruff: noqa: RUF001, RUF002, RUF003
# (RUF001: the CJK and Cyrillic labels use their own colons and letters.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "override"

# A role: one word (folded view), "writer", "einkaufs", "comptable".
_ROLE = r"[a-z][\w-]{2,20}"

# The note words, by language (folded view), and the agent named by its role.
_LATIN_LABEL = alt(
    [
        (
            r"(?:note|notice|memo|message|appendix|addendum|addition|p\.?\s?s\.?|"
            r"hint|reminder|todo|additional\s+instructions?|extra\s+instructions?)\s+"
            r"(?:for|to)\s+(?:the\s+|any\s+|all\s+)?(?:" + _ROLE + r"\s+){1,2}agents?|"
            r"(?:note|notice|memo|message|appendix|addendum|hint|reminder|todo)\s+"
            r"(?:for|to)\s+[a-z][a-z0-9]{2,20}_agent\b"
        ),
        (
            r"(?:notiz|hinweis|nachricht|anmerkung|zusatz|nachtrag|zusatzanweisung|"
            r"memo)\s+(?:an|fur)\s+(?:den|die|alle)\s+(?:" + _ROLE + r"-)?agenten?\b"
            r"(?:\s+fur\s+[\w-]+)?"
        ),
        (
            r"(?:note|remarque|message|consigne|annexe|ajout|rappel|memo|"
            r"post-scriptum)\s+(?:pour|a)\s+l'agent\s+(?:de\s+|d')?" + _ROLE
        ),
        (
            r"(?:nota|mensaje|anexo|aviso|recordatorio|apunte)\s+(?:para|al|a)\s+"
            r"(?:el\s+)?agente\s+(?:de\s+)?" + _ROLE
        ),
        (
            r"(?:nota|messaggio|appunto|promemoria|aggiunta)\s+(?:per|all')\s?"
            r"(?:l')?agente\s+(?:di\s+|del\s+)?" + _ROLE
        ),
        (
            r"(?:nota|mensagem|anexo|aviso|lembrete)\s+(?:para|ao)\s+(?:o\s+)?"
            r"agente\s+(?:de\s+)?" + _ROLE
        ),
        r"(?:notatka|uwaga|wiadomosc|dopisek)\s+dla\s+agenta\s+" + _ROLE,
        (
            r"(?:notitie|bericht|opmerking|aanvulling)\s+(?:voor|aan)\s+(?:de\s+)?"
            r"(?:" + _ROLE + r"-?)agent\b"
        ),
        r"(?:not|mesaj|ek\s+not)\s*:?\s*" + _ROLE + r"\s+ajan[iı]na",
    ]
)
# Another agent's output came first: its marker ("[researcher output]",
# "Subtask result", "[planner -> writer]", "Ergebnis des Recherche-Agenten")
# within the span before the note.
_HANDOFF = (
    r"(?:\boutput\b|\bresults?\b|\bfindings\b|\bergebnis\w*|\bsortie\b|"
    r"\bresultados?\b|\brisultat[oi]\b|\bwynik\w*|\bagent\w*|\bajan\w*|"
    r"->|=>|\x{2192})"
)
_LATIN = (
    _HANDOFF
    + r"[^\x00]{0,240}?(?:^|[\n(\[{>*#\"']|[.!?]\s)\s{0,3}(?:[\w'-]+\s+){0,2}?"
    + _LATIN_LABEL
    + r"\s?[:\x{2014}\x{2013}]\s{0,3}[\w\"'\x{ab}\x{201c}]"
)

# CJK, Hangul and Cyrillic on the raw text: "给写作代理的附注：",
# "附加指令给回答代理：", "執筆エージェントへの追記：", "작성 에이전트에게
# 메모:", "Заметка для агента-писателя:".
_RAW_LABEL = alt(
    [
        r"给\S{1,8}(?:代理|智能体)的?(?:附注|备注|说明|指令|留言|提示|附言)",
        r"(?:附加|额外|补充)(?:指令|说明|备注)给\S{1,8}(?:代理|智能体)",
        r"\S{1,10}エージェント(?:へ|宛て?)の?(?:追記|指示|メモ|注意|連絡|お願い|補足)",
        r"\S{1,10}\s?에이전트(?:에게|를\s?위한|에\s?대한)\s?(?:메모|지시|참고|추가\s?지시|노트|전달\s?사항)",
        r"(?:Заметка|Примечание|Сообщение|Приписка)\s+для\s+(?:агента(?:-\S+|\s+\S+)?|\S+\s+агента)",
    ]
)
_RAW = (
    r"(?:输出|结果|結果|出力|출력|결과|->|→|代理|エージェント|에이전트|"
    r"[Аа]гент\w*|[Рр]езультат\w*)[^\x00]{0,200}?"
    r"(?:^|[\n(\[{>*#\"'。！？.!?\]】）])\s{0,3}" + _RAW_LABEL + r"\s?[:：]\s{0,3}\S"
)

RULES: tuple[Rule, ...] = (
    Rule("injection.agent_role_note.latin", _CAT, _LATIN, score=0.8,
         max_len=400, description="Appendix for the writer agent: ..."),
    raw_rule("injection.agent_role_note.scripts", _CAT, _RAW,
             "给写作代理的附注：...", score=0.8, max_len=320),
)  # fmt: skip
