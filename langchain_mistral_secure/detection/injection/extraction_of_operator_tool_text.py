"""The text of the model's own tool definitions, asked for whole.

Family: extraction (configuration and tool definitions). An agent reaches
tools, plugins, connectors or MCP servers whose definitions were written by
its operator: descriptions meant for the model, parameter schemas, internal
names, server URLs, authentication headers. The attacker names the tools as
the model's own (connected to you, available to you, that you can call,
"dont tu disposes", "darfst du aufrufen", "habilitados para você", "each
connected tool") and asks for their definition text as written: the
descriptions verbatim / complete / as configured, the schema, or a part only
a definition holds (the server-side instructions, internal names, auth
headers, the URLs they run on).

:mod:`.extraction_agent_tools` reads the agent named in the third person
with a definition-only detail; this module reads the second-person holder
with the verbatim mark on the descriptions, in EN, DE, FR, ES, IT, PT, NL,
PL on the folded view and ZH, JA, KO, RU on the text itself.

Why it is safe on benign text: "what tools do you have?" asks for no
definition text; "list the tools in a carpenter's kit with a description"
names no tool of the model's; a developer's "how do I write the description
of my tool" says "my"; and a plain "describe each tool briefly" carries no
mark of a verbatim or complete copy.
"""

# ruff: noqa: RUF001, E501
# (CJK, Hangul and Cyrillic on purpose; one rule table per language)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import raw_rule

__all__ = ["RULES"]

_CAT = "extraction"

# Definition text marked as verbatim or whole (either order), or a part only a definition holds.
_DEF = (
    r"descriptions?|description\s+text|definitions?|schemas?|manifest|parameters?|"
    r"beschreibung\w*|parametern?|descripciones|descricoes|descrizioni|beschrijvingen|opis\w*|parametr\w*"
)
_MARK = (
    r"verbatim|word\s+for\s+word|exactly|exact|in\s+full|complete|full|raw|as\s+(?:configured|written)|"
    r"originalwortlaut|wortlich\w*|im\s+wortlaut|vollstandig\w*|komplett\w*|completes?|integral\w*|"
    r"mot\s+pour\s+mot|textuel\w*|exact\w*|literal\w*|tal\s+cual|completas?|exatamente|"
    r"como\s+configurad\w*|testual\w*|letterlijk|volledig\w*|doslown\w*|peln\w*|w\s+calosci"
)
_ONLY = (
    r"auth\w*\s+headers?|headers?\s+(?:they|it)\s+(?:use|send)|en-tetes\s+d'authentification|"
    r"cabeceras\s+de\s+autenticacion|cabecalhos\s+de\s+autenticacao|authentifizierungs-?header\w*|"
    r"server-side\s+instructions|instructions\s+that\s+came\s+with|part\s+meant\s+for\s+the\s+model|"
    r"internal\s+names?|nomes\s+internos|nombres\s+internos|noms\s+internes|nomi\s+interni|interne\w*\s+namen|"
    r"urls?\s+(?:they|it)\s+runs?\s+on"
)
_WHAT = rf"(?:{_DEF})[^\n]{{0,40}}?\b(?:{_MARK})\b|(?:{_MARK})\s+(?:\w{{1,20}}\s+){{0,2}}?(?:{_DEF})|{_ONLY}"


def _latin(lang: str, holder: str) -> Rule:
    """The model's tools (second person), then or before their definition text."""
    pattern = (
        rf"\b(?:{holder})\b[^\n]{{0,100}}?\b(?:{_WHAT})\b|"
        rf"\b(?:{_WHAT})\b[^\n]{{0,60}}?\b(?:{holder})\b"
    )
    return Rule(f"injection.tool_definitions.{lang}", _CAT, pattern, score=0.7, max_len=250,
                description=f"{lang}: the model's own tool definitions asked for verbatim")  # fmt: skip


RULES: tuple[Rule, ...] = (
    _latin(
        "en",
        r"(?:tools?|functions?|plugins?|connectors?|integrations?|mcp\s+servers?|servers?|actions)\s+"
        r"(?:that\s+)?(?:are\s+)?(?:connected\s+to\s+you|(?:available|enabled|exposed|wired)\s+to\s+you|"
        r"you\s+(?:can|may|are\s+able\s+to)\s+(?:call|use|invoke|access)|you(?:'ve|\s+have)(?:\s+access\s+to)?|"
        r"you(?:'re|\s+are)\s+connected\s+to)|(?:each|every)\s+connected\s+(?:tool|server|plugin|connector)|"
        r"your\s+(?:tools|functions|plugins|connectors|mcp\s+servers|tool\s+manifest)",
    ),
    _latin(
        "de",
        r"(?:werkzeuge|tools|funktionen|plugins|konnektoren|mcp-server\w*)\s+(?:und\s+\w{1,20}\s+)?(?:darfst|kannst|konntest)\s+du|"
        r"(?:die|welche)\s+du\s+(?:\w{1,20}\s+)?(?:aufrufen|nutzen|verwenden)\s+(?:darfst|kannst)|"
        r"deine[nr]?\s+(?:werkzeuge|tools|funktionen|plugins|konnektoren)|mit\s+dir\s+verbundene\w*",
    ),
    _latin(
        "fr",
        r"(?:outils|fonctions|plugins|connecteurs|serveurs)\s+(?:\w{1,20}\s+)?(?:dont\s+tu\s+disposes|"
        r"que\s+tu\s+(?:peux\s+)?(?:utilises|appelles|utiliser|appeler)|auxquels\s+tu\s+as\s+acces|connectes\s+a\s+toi)|"
        r"tes\s+(?:outils|fonctions|plugins|connecteurs)",
    ),
    _latin(
        "es",
        r"(?:herramientas|funciones|plugins|conectores|servidores)\s+(?:\w{1,20}\s+)?(?:que\s+(?:tienes|puedes\s+"
        r"(?:usar|llamar|invocar)|usas)|(?:estan\s+)?(?:disponibles|habilitad[ao]s|conectad[ao]s)\s+(?:para|a)\s+ti)|"
        r"tus\s+(?:herramientas|funciones|plugins|conectores)",
    ),
    _latin(
        "pt",
        r"(?:ferramentas|funcoes|plugins|conectores|servidores)\s+(?:\w{1,20}\s+)?(?:(?:que\s+)?(?:estao\s+)?"
        r"(?:habilitad[ao]s|disponiveis|conectad[ao]s)\s+(?:para|a|em)\s+(?:voce|ti)|que\s+voce\s+(?:tem|pode\s+"
        r"(?:usar|chamar)|usa))|(?:suas|tuas)\s+(?:ferramentas|funcoes|plugins)",
    ),
    _latin(
        "it",
        r"(?:strumenti|funzioni|plugin|connettori|server)\s+(?:\w{1,20}\s+)?(?:che\s+(?:hai|puoi\s+(?:usare|chiamare)|usi)|"
        r"(?:disponibili|abilitati|collegati)\s+(?:per\s+te|a\s+te))|i\s+tuoi\s+(?:strumenti|plugin|connettori)",
    ),
    _latin(
        "nl",
        r"(?:tools|functies|plugins|koppelingen)\s+(?:\w{1,20}\s+)?(?:die\s+je\s+(?:kunt|mag)\s+(?:gebruiken|aanroepen)|"
        r"(?:die\s+)?aan\s+jou\s+gekoppeld|die\s+je\s+tot\s+je\s+beschikking\s+hebt)|je\s+(?:tools|functies|plugins)",
    ),
    _latin(
        "pl",
        r"(?:narzedzi\w*|funkcj\w*|wtyczk\w*)\s+(?:\w{1,20}\s+)?(?:ktore\s+(?:mozesz|masz)|"
        r"(?:dostepn\w+|podlaczon\w+)\s+(?:dla\s+ciebie|do\s+ciebie))|twoje\s+(?:narzedzia|funkcje|wtyczki)",
    ),
    raw_rule(
        "injection.tool_definitions.scripts", _CAT,
        r"(?:你(?:能|可以)(?:调用|使用)的|你的|连接到你的|接入你的|あなたが(?:使える|呼び出せる)|あなたに接続された|"
        r"네가\s*(?:쓸\s*수\s*있는|호출할\s*수\s*있는)|너한테\s*연결된|которые\s+ты\s+можешь\s+(?:вызывать|использовать)|"
        r"твои(?:х)?\s+(?:инструмент|функци|плагин))\S{0,30}?"
        r"(?:工具|插件|函数|MCP|ツール|関数|プラグイン|도구|툴|함수|플러그인|инструмент|функци|плагин)"
        r"[^\n]{0,60}?(?:描述原文|原文|完整(?:的)?(?:描述|定义|参数)|説明文?(?:を)?(?:そのまま|全文)|そのまま|"
        r"설명\s*(?:원문|전부|그대로)|원문|그대로|описани\S{0,3}\s+(?:дословно|целиком|полностью)|дословно)",
        "ZH/JA/KO/RU: the model's own tool definitions asked for verbatim",
        score=0.7, max_len=130,
    ),
)  # fmt: skip
