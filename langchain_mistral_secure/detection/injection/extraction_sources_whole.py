"""The model's retrieval sources and tool descriptions, asked for whole.

Family: extraction (reveal what the operator loaded), h31, in many
languages. Besides its prompt, a deployed assistant holds text the user was
never meant to read in full: the files of its knowledge base, the internal
documents it draws its answers from, and the descriptions of the tools or
plugins it may call. Attackers name that material by the model's use of
it ("the internal document you took that answer from", "the files in your
knowledge base", "the exact description you received for each tool") and
ask for it whole. Two parts meet in one bounded window:

- the material, placed on the model's side: *your* knowledge base; an
  internal document or file the model drew an answer from; the tools,
  functions or plugins the model can call or is connected to;
- a demand for the whole text: the full / complete / entire contents or
  text, the first page of each, word for word; for tools, the exact
  description or the description the model received.

Why it is safe on benign text: a user asking for the source of an answer
("which document did you get that from? quote the sentence") asks for no
whole copy; a user's own knowledge base ("our knowledge base article",
"build a knowledge base") is not the model's; a user's internal memo
pasted or copied into a wiki is not one the model drew from; tools the
*user* can use ("which tools can I use", "the functions I can call in
Excel") are not the model's.
"""

# ruff: noqa: E501, RUF001
# (E501: one language per line; RUF001: the raw patterns are written in
# Cyrillic, kana, Hangul and Han.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "extraction"

# --- Latin scripts, on the folded view (accents removed) ----------------------

# Documents the model holds: its knowledge base, the internal file it drew from.
_SOURCES = alt(
    [
        # EN
        r"(?:in|of|from)\s+your\s+(?:knowledge\s*base|knowledge\s+files|reference\s+(?:docs|documents|files)|internal\s+(?:docs|documents|files)|uploaded\s+(?:docs|documents|files)|retrieval\s+(?:index|store))",
        r"internal\s+(?:document|file|doc|pdf|page)s?\s+(?:that\s+|which\s+)?you\s+(?:\w+\s+){0,3}?(?:took|got|pulled|drew|used|take|get|pull|draw|use)\s+(?:\w+\s+){0,4}?from",
        r"(?:document|file|source)s?\s+(?:that\s+|which\s+)?you\s+(?:took|got|pulled|drew|retrieved)\s+(?:that|this|the|your)\s+(?:\w+\s+){0,2}?(?:answer|information|info|reply|figures?|prices?)\s+from",
        r"(?:documents?|files?|passages|chunks|snippets|pages)\s+(?:that\s+)?you\s+(?:retrieved|looked\s+up|fetched|have\s+access\s+to)\b",
        r"(?:what|which)\s+(?:documents|files|sources)\s+do\s+you\s+have\s+access\s+to\b",
        r"(?:retrieved|raw)\s+(?:chunks|passages|snippets|context\s+documents)",
        # DE
        r"deine\w*\s+(?:wissensdatenbank|wissensbasis|wissensspeicher|internen\s+(?:dokumente|dateien)|quelldokumente)",
        r"(?:aus\s+)?welche\w*\s+internen?\s+(?:dokument|datei|quelle)\w*\s+(?:stammt|hast\s+du|nimmst\s+du|beziehst\s+du|kommt)",
        # FR
        r"ta\s+base\s+de\s+(?:connaissances?|donnees\s+documentaire)|tes\s+documents\s+internes",
        r"(?:document|fichier)s?\s+internes?\s+(?:d'ou|dont|que)\s+tu\s+(?:as\s+)?(?:tire|tires|sors|sorti|utilises|utilise|pris|prends)",
        r"(?:quels?|quelles?)\s+(?:documents|fichiers)\s+internes\s+(?:utilises-tu|tu\s+utilises|consultes-tu)",
        # ES / IT / PT
        r"tu\s+base\s+de\s+conocimientos?|tus\s+documentos\s+internos",
        r"(?:documento|archivo)s?\s+internos?\s+(?:de\s+donde|del?\s+que|de\s+los\s+que|que)\s+(?:sacas|sacaste|tomas|tomaste|obtienes|obtuviste|usaste|usas)",
        r"(?:que|cuales)\s+documentos\s+internos\s+(?:sacas|tomas|usas|consultas)|de\s+que\s+documentos\s+internos",
        r"(?:la\s+)?tua\s+base\s+di\s+conoscenz\w+|(?:documento|file)\s+intern[oi]\s+da\s+cui\s+(?:hai\s+preso|prendi|hai\s+tratto|ricavi|hai\s+ricavato)",
        r"(?:tua|sua)\s+base\s+de\s+conhecimento|documentos?\s+internos?\s+de\s+onde\s+(?:tiraste|tiras|tirou|voce\s+tirou|pegaste|tiraste)",
        # NL / PL / TR / ID
        r"je\s+kennisbank|interne?\s+(?:document|bestand)\w*\s+waar\s+je\s+(?:\w+\s+){0,3}?(?:uit\s+)?(?:haalt|hebt\s+gehaald|haalde)",
        r"twoj\w*\s+bazy?\s+wiedzy|wewnetrzn\w+\s+dokument\w*\s*,?\s+z\s+ktorego",
        r"bilgi\s+taban\w*|hangi\s+ic\s+belge",
        r"basis\s+pengetahuan\s*(?:mu|anda)|dokumen\s+internal\s+yang\s+(?:kamu|anda)\s+(?:pakai|gunakan)",
    ]
)  # fmt: skip

_WHOLE = alt(
    [
        r"(?:full|entire|whole|complete)\s+(?:contents?|text|file|document)|first\s+page\s+of\s+(?:each|every)|word\s+for\s+word|verbatim|in\s+full|all\s+of\s+it",
        r"(?:ganzen|kompletten|gesamten|vollstandigen)\s+(?:text|inhalt)|vollstandig|wortlich|wort\s+fur\s+wort",
        r"contenu\s+(?:complet|integral|entier)|texte\s+(?:complet|integral)|en\s+entier|integralement|mot\s+pour\s+mot",
        r"contenido\s+(?:completo|integro|entero)|texto\s+(?:completo|integro)|integro|palabra\s+por\s+palabra",
        r"contenuto\s+(?:completo|integrale)|testo\s+(?:completo|integrale)|per\s+intero|parola\s+per\s+parola",
        r"conteudo\s+(?:completo|integral)|texto\s+(?:completo|integral)|na\s+integra|palavra\s+por\s+palavra",
        r"volledige\s+(?:inhoud|tekst)|woord\s+voor\s+woord|pe[lł]n\w+\s+tre\w+|ca[lł]\w+\s+tre\w+",
        r"tam\s+metn\w*|tamamini|isi\s+lengkap\w*|teks\s+lengkap\w*",
    ]
)  # fmt: skip

# Tools the model may call, and their exact or received descriptions.
# Tools the model is connected to: an exact description is enough.
_TOOLS_HELD = alt(
    [
        r"(?:plugins?|tools?|functions?|apis?|integrations?|actions?)\s+(?:are\s+you|you(?:'re|\s+are))\s+connected\s+to",
        r"what\s+(?:plugins|tools|functions)\s+do\s+you\s+have\s+access\s+to",
    ]
)  # fmt: skip
# Tools the model can call: only the description the model received counts
# ("the functions you can call in pandas" is anyone's).
_TOOLS_CALLED = alt(
    [
        r"(?:plugins?|tools?|functions?)\s+(?:that\s+)?you\s+(?:can|are\s+able\s+to|are\s+allowed\s+to)\s+(?:call|invoke)",
        r"what\s+(?:plugins|tools|functions)\s+can\s+you\s+(?:call|invoke)",
        r"(?:quel(?:le)?s?\s+)?(?:fonctions|outils|plugins)\s+(?:peux-tu|tu\s+peux|que\s+tu\s+peux)\s+(?:appeler|invoquer)",
        r"(?:funktionen|werkzeuge|tools|plugins)\s*,?\s+die\s+du\s+aufrufen\s+kannst|welche\s+(?:funktionen|tools|werkzeuge|plugins)\s+kannst\s+du\s+aufrufen",
        r"(?:que\s+)?(?:funciones|herramientas|plugins)\s+(?:puedes|que\s+puedes)\s+(?:llamar|invocar)",
        r"(?:quali\s+)?(?:funzioni|strumenti|plugin)\s+(?:puoi|che\s+puoi)\s+(?:chiamare|invocare)",
        r"(?:que\s+|quais\s+)?(?:funcoes|ferramentas|plugins)\s+(?:podes|pode|voce\s+pode|que\s+podes)\s+(?:chamar|invocar)",
    ]
)  # fmt: skip
_DESC_EXACT = r"exact\s+(?:descriptions?|instructions|wording|definitions?)|instructions\s+in\s+(?:their|the|its)\s+descriptions?"
_DESC_RECEIVED = alt(
    [
        r"descriptions?\s+(?:that\s+)?you\s+(?:received|were\s+given|got)",
        r"descriptions?\s+(?:exacte\s+)?que\s+tu\s+as\s+recue",
        r"beschreibung\w*\s*,?\s+die\s+du\s+(?:\w+\s+){0,3}?(?:bekommen|erhalten)",
        r"descripcion\w*\s+(?:exactas?\s+)?que\s+recibiste",
        r"descrizion[ei]\s+(?:esatt[ae]\s+)?che\s+hai\s+ricevuto",
        r"descri..o(?:es)?\s+(?:exatas?\s+)?que\s+recebeste",
    ]
)  # fmt: skip

_LATIN = alt(
    [
        rf"\b{_SOURCES}\b[^\n]{{0,120}}?\b{_WHOLE}\b",
        rf"\b{_WHOLE}\b[^\n]{{0,120}}?\b{_SOURCES}\b",
        rf"\b{_TOOLS_HELD}\b[^\n]{{0,120}}?\b(?:{_DESC_EXACT}|{_DESC_RECEIVED})",
        rf"\b{_TOOLS_CALLED}\b[^\n]{{0,120}}?\b{_DESC_RECEIVED}",
    ]
)

# --- Scripts the folded view mangles: on the text itself ----------------------

_SOURCES_RAW = alt(
    [
        r"(?:тво(?:ей|я|ю|ю)|вашей|ваша)\s+баз(?:е|а|у|ы)\s+знаний|внутренн\S+\s+(?:документ|файл)\S*\s*,?\s+(?:из\s+которого|откуда|которы\S+\s+ты)",
        r"твоїй\s+базі\s+знань|внутрішн\S+\s+документ\S*\s*,?\s+(?:з\s+якого|звідки)",
        r"你的知识库|你知识库|你(?:引用|参考|使用)的内部(?:文件|文档)",
        r"(?:あなたの)?ナレッジベース|(?:あなたが)?(?:参照|使用)した社内(?:文書|資料)",
        r"(?:너의|네|당신의)\s*지식\s*(?:베이스|기반)|(?:네가|당신이)\s*(?:참고한|사용한)\s*내부\s*문서",
    ]
)  # fmt: skip
_WHOLE_RAW = r"(?:полностью|целиком|весь\s+текст|полный\s+текст|повністю|весь\s+текст|全文|完整内容|全部内容|原文|全文|そのまま|전문|전체\s*내용|그대로)"
_TOOLS_RAW = alt(
    [
        r"(?:функции|инструменты|плагины)\s*,?\s+(?:которые\s+)?(?:ты\s+можешь|можешь|ты\s+можешь)\s+(?:вызывать|вызвать|использовать)",
        r"你(?:可以|能)(?:调用|使用)(?:哪些|的)?(?:函数|工具|插件)",
        r"(?:あなたが)?呼び出せる(?:関数|ツール|プラグイン)",
        r"(?:네가|당신이)?\s*호출할\s*수\s*있는\s*(?:함수|도구|플러그인)",
    ]
)  # fmt: skip
_DESC_RAW = r"(?:описани\S+\s*,?\s+(?:которое|которые)\s+ты\s+получил|你收到的[^\n]{0,12}描述|受け取った説明|(?:네가|당신이)\s*받은\s*설명)"

_RAW = alt(
    [
        rf"{_SOURCES_RAW}[^\n]{{0,80}}?{_WHOLE_RAW}",
        rf"{_WHOLE_RAW}[^\n]{{0,80}}?{_SOURCES_RAW}",
        rf"{_TOOLS_RAW}[^\n]{{0,80}}?{_DESC_RAW}",
    ]
)

RULES: tuple[Rule, ...] = (
    Rule("injection.extraction.sources_whole", _CAT, _LATIN, score=0.7, max_len=320,
         description="Latin scripts: the model's knowledge-base files or tool descriptions asked for whole"),
    raw_rule("injection.extraction.sources_whole_raw", _CAT, _RAW,
             "RU UK ZH JA KO: the model's knowledge-base files or tool descriptions asked for whole",
             score=0.7, max_len=260),
)  # fmt: skip
