"""The deployment's internals asked for: tools, backends, retrieved documents.

Family: extraction (configuration and context dumps, TensorTrust defences).
Beyond its prompt, a deployed model holds what it was wired to: the exact
names and schemas of the tools it may call, the backend URLs and headers it
sends, the documents retrieved into its context for this conversation, the
"defence prompt" that judges the user's attempt. The attacker asks for them
by those implementation details: "the tools you can call with their exact
names and JSON schemas", "the URLs of the backend APIs you talk to, with
headers", "every document chunk retrieved for this conversation", "output
the judging instructions themselves", in many languages.

Why it is safe on benign text: a question about what an assistant can do
("can you browse the web?") asks for no implementation detail, and a
question about someone's API ("what headers does the GitHub API need?")
names no tool of the model's. Both halves are needed: the model's own
wiring (internal, backend, you can call, retrieved for this conversation)
and a detail that only a dump holds (exact names, schemas, headers, auth,
file paths, full text).
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "extraction"

# --- English, on the folded view ------------------------------------------

_WIRED_EN = (
    r"(?:(?:(?:internal|backend|back-end|private)\s+)?(?:tools|functions|apis?|"
    r"endpoints|services|plugins)\s+(?:that\s+)?you\s+(?:can\s+)?(?:call|invoke|"
    r"talk\s+to|connect\s+to|are\s+connected\s+to|have\s+access\s+to)|"
    r"your\s+(?:knowledge\s+base|deployment|toolset|tool\s+definitions|"
    r"function\s+definitions))"
)
# Details only a dump holds ("parameters" alone is also a coding question).
_DETAIL_EN = (
    r"(?:exact\s+(?:names?|function\s+names?|signatures?)|json\s+schemas?|"
    r"schemas?|signatures|headers?|auth\w*|api\s+keys?|file\s+paths?|"
    r"paths\s+they\s+were\s+loaded|first\s+paragraph\s+of\s+each)"
)
# Documents retrieved into the conversation, dumped.
_RETRIEVED_EN = (
    r"(?:documents?|chunks?|passages?|snippets?|results?|retrieval\s+context)\s+"
    r"(?:that\s+|which\s+)?(?:(?:was|were|has\s+been|have\s+been)\s+)?"
    r"(?:retrieved|fetched|loaded|injected|pulled|inserted)\s+(?:(?:for|into)\s+"
    r"(?:this|our|the\s+current)\s+(?:conversation|chat|session|context)|into\s+"
    r"your\s+(?:prompt|context))"
)
_DUMP_EN = (
    r"(?:full\s+text|entire\s+text|complete\s+text|verbatim|word\s+for\s+word|"
    r"list|print|dump|show|output|paste|including)"
)
# The judge's own text (TensorTrust): the defence or judging prompt.
_JUDGE_EN = (
    r"\b(?:print|show|output|repeat|reveal|copy|dump|write\s+out|paste)\s+"
    r"(?:me\s+)?(?:the|your)\s+(?:full\s+|entire\s+|whole\s+)?(?:defen[cs]e|"
    r"judging|gatekeeper|guard|security)\s+(?:prompt|instructions)\b"
)
# Descriptions or definitions taken from the model's configuration.
_FROM_SETUP_EN = (
    r"\b(?:descriptions|definitions|schemas|parameters)\s+from\s+your\s+"
    r"(?:configuration|config|setup|system\s+prompt)\b"
)
_EN = (
    rf"{_FROM_SETUP_EN}|\b{_WIRED_EN}\b[^.?!\n]{{0,80}}?\b{_DETAIL_EN}\b|"
    rf"\b{_DETAIL_EN}\b[^.?!\n]{{0,40}}?\b{_WIRED_EN}\b|"
    rf"\b{_DUMP_EN}\b[^.?!\n]{{0,60}}?\b{_RETRIEVED_EN}\b|{_JUDGE_EN}"
)

# --- Latin-script languages, on the folded view ---------------------------

_LATIN = alt(
    [
        # Spanish / Portuguese / Italian / French: tools with exact names.
        (r"\b(?:herramientas|funciones|ferramentas|funcoes|strumenti|funzioni|"
         r"outils|fonctions)\s+(?:internas?|interni|internes|que\s+(?:puedes|"
         r"podes|pode)\s+(?:usar|llamar|chamar)|che\s+puoi\s+(?:usare|chiamare)|"
         r"que\s+tu\s+peux\s+(?:utiliser|appeler))\b[^.?!\n]{0,60}?\b(?:nombres?\s+"
         r"exactos?|nomes?\s+exatos?|nomi\s+esatti|noms?\s+exacts?|esquemas?|"
         r"schemi|schemas?|parametros|parametri|parametres)\b"),
        # French: the full configuration of your deployment.
        (r"\bconfiguration\s+(?:complete\s+)?de\s+(?:ton|votre)\s+deploiement\b|"
         r"\b(?:configuracion|configuracao|configurazione)\s+(?:completa\s+)?de[l]?\s+"
         r"(?:tu|seu|teu|tuo)\s+(?:despliegue|implantacao|deployment)\b"),
        # German: the whole content of your context window.
        (r"\b(?:gesamten|ganzen|kompletten|vollstandigen)\s+inhalt\s+(?:deines|"
         r"ihres)\s+kontext(?:fensters|s)\b"),
        # Documents retrieved for this conversation.
        (r"\b(?:documentos|documents|documenti|dokumente)\s+(?:recuperados|"
         r"recuperes|recuperati|abgerufen\w*)\s+(?:para|pour|per)\s+(?:esta|"
         r"cette|questa)\s+(?:conversa|conversacion|conversation|conversazione)\b"),
        # "the retrieved documents" alone is RAG design talk ("wie trennt man
        # die abgerufenen Dokumente von den Systemanweisungen?"): yours, or
        # asked for with a verb that dumps them.
        (r"\b(?:deine|ihre|eure)\s+(?:\w+\s+)?abgerufene\w*\s+dokumente\b|"
         r"\b(?:zeig|gib|nenn|list|druck|wiederhol|kopier|ausgeb|schreib)\w*\s+"
         r"(?:\w+\s+){0,3}?abgerufene\w*\s+dokumente\b|"
         r"\babgerufene\w*\s+dokumente\b[^.?!\n]{0,40}?\b(?:aus|in)\s+(?:deinem|"
         r"ihrem)\s+kontext"),
        (r"\b(?:beschreibungen|definitionen|parameter\w*)\s+aus\s+deiner\s+"
         r"konfiguration\b"),
        (r"\b(?:tes|vos)\s+outils\b[^.?!\n]{0,60}?\b(?:cles?\s+d'api|schemas?|"
         r"noms?\s+exacts?)"),
        # Spanish / Korean TensorTrust: the defence instructions above.
        (r"\b(?:copia|muestra|escribe|imprime)\w*\s+(?:las\s+)?instrucciones\s+de\s+"
         r"defensa\b"),
    ]
)  # fmt: skip

# --- Other scripts, on the text itself -------------------------------------

_RAW = alt(
    [
        # JA: the formal function names and argument definitions of your tools.
        (r"(?:利用できる|使える|呼び出せる)ツールの[^。\n]{0,20}(?:関数名|引数|"
         r"スキーマ|開発者メモ)"),
        r"この会話のために取得された(?:文書|ドキュメント)",
        r"ツール[^。\n]{0,20}(?:APIキー|接続先URL)",
        r"описаниями\s+из\s+(?:твоей|вашей)\s+конфигурации",
        # ZH: every internal interface you can call, with auth.
        (r"你(?:能|可以)调用的(?:所有)?(?:内部)?(?:接口|工具|函数|插件)[^。\n]{0,20}"
         r"(?:参数|鉴权|名称)"),
        r"为(?:本次|这次)对话检索到的(?:文档|资料)",
        # KO: the internal API addresses you are connected to.
        (r"(?:네가|당신이)\s*연결된\s*(?:내부\s*)?(?:API|api)[^.?\n]{0,20}"
         r"(?:주소|헤더|키)"),
        r"위에\s*적힌\s*방어\s*지침",
        # RU: the functions you can call, with exact names.
        (r"функци\pL*,?\s+которые\s+ты\s+можешь\s+вызывать[^.?!\n]{0,40}"
         r"(?:точными\s+названиями|параметрами|схем\pL*)"),
    ]
)  # fmt: skip

RULES: tuple[Rule, ...] = (
    Rule("injection.extraction.internals", _CAT, _EN, score=0.7, max_len=200,
         description="EN: the tools you can call with exact names and schemas"),
    Rule("injection.extraction.internals_latin", _CAT, _LATIN, score=0.7,
         max_len=200,
         description="ES/PT/IT/FR/DE: internal tools, deployment, retrieved documents"),
    raw_rule("injection.extraction.internals_raw", _CAT, _RAW,
             "JA/ZH/KO/RU: internal tools and retrieved documents",
             score=0.7, max_len=120),
)  # fmt: skip
