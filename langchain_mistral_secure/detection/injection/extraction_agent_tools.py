"""The deployed agent's tools asked for with what only their definitions hold.

Family: extraction (configuration and tool definitions). A booking, pharmacy
or support agent is wired to tools, webhooks and endpoints its operator keeps
private. The attacker names the tools by the agent's reach ("every function
your booking agent has access to", "les outils que l'assistant de la
pharmacie peut appeler", "die Konfiguration deines Agenten", "the webhooks
you call") and asks for what only a dump of their definitions holds: exact
docstrings, JSON schemas, internal URLs and headers, the internal notes or
instructions attached to each. Three parts meet in one bounded window: a
tool noun, a clause making the agent (or the model) their holder, and such
a definition-only detail.

Why it is safe on benign text: a developer asks about their own agent ("my
agent's tools", "how do I give my agent a search tool") or about a library
("the functions you can call in numpy, with their parameters"); the plain
"you can call" counts only with a detail no library question needs (internal
notes, internal URLs, headers, exact docstrings, schemas), and "parameters"
counts only when the holder is "your / this / the assistant's" agent.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt

__all__ = ["RULES"]

_CAT = "extraction"

_TOOLS = (
    r"(?:tools?|functions?|plugins?|webhooks?|endpoints?|actions|integrations|"
    r"werkzeuge?|tool-namen|funktionen|outils|fonctions|herramientas|funciones|"
    r"ferramentas|funcoes|strumenti|funzioni|narzedzi\w*|funkcj\w*|functies|"
    r"gereedschappen)"
)
# The deployed agent as their holder: "your booking agent has access to".
_AGENT = (
    r"(?:agent|assistant|bot|chatbot|copilot|agenten|assistenten|asistente|"
    r"assistente|agente)"
)
_AGENT_HOLDS = alt(
    [
        (rf"(?:your|this|the)\s+(?:[\w'-]+\s+){{0,2}}{_AGENT}\s+(?:can\s+|is\s+able\s+to\s+)?"
         r"(?:call|invoke|use|has\s+access\s+to|is\s+connected\s+to)"),
        rf"(?:deine[sr]?|dieses?)\s+{_AGENT}\w*",
        (r"que\s+(?:l'assistant|l'agent|le\s+bot|ton\s+agent)\s+(?:[\w'-]+\s+){0,4}"
         r"(?:peut|sait)\s+(?:appeler|utiliser)"),
        (r"que\s+(?:el|tu)\s+(?:asistente|agente|bot)\s+(?:[\w'-]+\s+){0,3}puede\s+"
         r"(?:usar|llamar|invocar)|que\s+(?:o|teu|seu)\s+(?:assistente|agente|bot)\s+"
         r"(?:[\w'-]+\s+){0,3}pode\s+(?:usar|chamar)|che\s+l'(?:assistente|agente)\s+"
         r"(?:[\w'-]+\s+){0,3}puo\s+(?:usare|chiamare)"),
    ]
)  # fmt: skip
# The model itself as their holder (second person).
_YOU_HOLD = alt(
    [
        (r"(?:that\s+)?you\s+(?:can\s+)?(?:call|invoke|have\s+access\s+to|are\s+wired\s+to)|"
         r"(?:die\s+)?du\s+(?:aufrufen|nutzen)\s+kannst|que\s+tu\s+(?:peux\s+)?appelle?s?|"
         r"que\s+(?:puedes\s+)?(?:llamas|invocar|llamar)|voce\s+chama|"
         r"che\s+(?:puoi\s+)?(?:chiami|chiamare)|(?:ktore|jakie)\s+(?:mozesz\s+)?wywol\w*")
    ]
)  # fmt: skip
# What only the definitions hold.
_DEFINITION_ONLY = alt(
    [
        (r"(?:exact\s+)?docstrings?|json\s+schemas?|schemas?|internal\s+(?:notes?|urls?|"
         r"endpoints?|instructions?|addresses)|developer\s+notes?|headers?|"
         r"systemnachricht|interne\w*\s+(?:url|notiz\w*|anweisung\w*|hinweis\w*)|"
         r"consignes\s+internes|notes\s+internes|notas\s+internas|instrucciones\s+internas|"
         r"cabe.alhos|cabeceras|urls?\s+complet\w*|intestazioni|note\s+interne|"
         r"istruzioni\s+interne|wewnetrzn\w+\s+(?:notatk\w*|instrukcj\w*|adres\w*)")
    ]
)  # fmt: skip
_PARAMS = r"(?:parameters?|parameter|parametres|parametros|parametri|parametr\w*)"
_AGENT_TOOLS = (
    rf"\b{_TOOLS}\b[^.?!\n]{{0,40}}?\b{_AGENT_HOLDS}\b[^.?!\n]{{0,70}}?"
    rf"\b(?:{_DEFINITION_ONLY}|{_PARAMS})\b|"
    rf"\b{_AGENT_HOLDS}\b[^.?!\n]{{0,20}}?\b{_TOOLS}\b[^.?!\n]{{0,70}}?"
    rf"\b(?:{_DEFINITION_ONLY}|{_PARAMS})\b|"
    rf"\b{_TOOLS}\b[^.?!\n]{{0,40}}?\b{_YOU_HOLD}\b[^\n]{{0,70}}?\b{_DEFINITION_ONLY}\b"
)

RULES: tuple[Rule, ...] = (
    Rule("injection.extraction.agent_tools", _CAT, _AGENT_TOOLS, score=0.7,
         max_len=220,
         description="The agent's tools asked for with definition-only details"),
)  # fmt: skip
