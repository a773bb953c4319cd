"""How the model is wired to its back end, asked for in the detail only its operator holds.

Family: extraction (tool and deployment configuration, without override
wording). The attacker asks what the model calls, posts to or connects to
("the functions you can call", "the webhook you post bookings to", "the
database you query", "el endpoint interno que usas") and wants the detail
that makes the wiring reusable: the parameter lists and the JSON schema,
the descriptions the developer wrote, the URL, the auth header or token
sent with it, the connection string. Two parts meet in one bounded window,
in either order: something the model itself calls or uses (a second-person
clause or "your tools / your webhook") and such a detail.

Why it is safe on benign text: a developer's question about a library or an
API ("what parameters does requests.post take", "which headers does the
GitHub API need") names nothing the model calls; a user asking what the
model can do ("which tools do you have?") names no schema, URL, header or
token; and the details must be the operator's (JSON schema, auth header,
webhook URL, connection string), never a general word such as "settings".
"""

# ruff: noqa: E501
# (E501: one language per line; RUF001: the raw patterns are written in
# Cyrillic, CJK and Korean.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "extraction"


def _wiring(used: str, detail: str) -> str:
    """Something the model calls or uses, and an operator's detail of it, either order."""
    return (
        rf"(?:{used})[^\n]{{0,120}}?(?:{detail})|(?:{detail})[^\n]{{0,80}}?(?:{used})"
    )


_EN = _wiring(
    r"\b(?:functions?|tools?|webhooks?|endpoints?|apis?|plugins?|backend|services?|database|db|server)\s+(?:that\s+)?(?:you|u)\s+"
    r"(?:can\s+|are\s+able\s+to\s+|are\s+allowed\s+to\s+)?(?:call|use|post|send|talk\s+to|connect\s+to|query|hit|invoke|have\s+access\s+to|rely\s+on)\b|"
    # a question turned round ("which functions can you call"): only the
    # nouns of the model's own wiring, never "tools" ("tools do you use for CI")
    r"\b(?:functions?|webhooks?|endpoints?)\s+(?:can|could|do|did|will|would)\s+(?:you|u)\s+(?:call|invoke|post\s+to|hit|use)\b|"
    r"\b(?:you|u)\s+(?:post|send|push|forward)\s+(?:[\w-]+\s+){0,2}?to\b|\b(?:you|u)\s+(?:connect|authenticate)\b|"
    r"\byour\s+(?:tools?|functions?|webhooks?|endpoints?|apis?|plugins?|backend|database|tool\s+(?:config\w*|definitions?|schemas?))\b",
    r"\b(?:json\s+schemas?|parameter\s+(?:lists?|names|schemas?|types)|(?:exact\s+)?(?:names|parameters)\s+and\s+(?:parameters|descriptions|types)|"
    r"(?:auth|authorization|api)\s+(?:headers?|keys?|tokens?)|bearer\s+tokens?|connection\s+strings?|webhook\s+(?:url|address)|"
    r"(?:internal|backend|server)\s+(?:urls?|endpoints?|address(?:es)?)|descriptions?\s+(?:your|the)\s+developers?\s+wrote|hidden\s+fields|"
    r"headers?\s+you\s+send|tokens?\s+you\s+(?:send|use)|(?:user\s*name|user)\s+you\s+connect\s+with|url\s+of\s+the\s+server)\b",
)
_DE = _wiring(
    r"\b(?:funktionen|werkzeuge|tools|webhooks?|endpunkte?|apis?|schnittstellen?|datenbank|server)\b[^\n]{0,30}?\b(?:du|ihr)\s+(?:\w+\s+)?"
    r"(?:aufrufst|aufrufen\s+kannst|nutzt|benutzt|verwendest|ansprichst|abfragst|schickst|sendest)|"
    r"\b(?:funktionen|werkzeuge|tools|webhooks?|endpunkte?|apis?|schnittstellen?|datenbank|server)\s+(?:rufst|nutzt|benutzt|verwendest|fragst|schickst|sendest)\s+du\b|\bdeine[nrm]?\s+(?:werkzeuge|tools|funktionen|webhooks?|schnittstellen?|datenbank)",
    r"\b(?:json-?schema|parameterlisten?|parameter\s+und\s+beschreibungen|(?:auth|authorization|api)-?(?:header|schlussel|token)|bearer-?token|"
    r"verbindungszeichenfolge|connection\s*string|webhook-?url|interne\s+(?:url|adresse|endpunkte?)|zugangsdaten|beschreibungen,?\s+die\s+(?:dein|der)\s+entwickler)",
)
_FR = _wiring(
    r"\b(?:fonctions|outils|webhooks?|points\s+d'acces|endpoints?|api|base\s+de\s+donnees|serveur)\b[^\n]{0,30}?\b(?:que\s+tu|tu)\s+(?:peux\s+)?"
    r"(?:appelles?|appeler|utilises?|utiliser|interroges?|contactes?|envoies?)|"
    r"\b(?:fonctions|outils|webhooks?|endpoints?|api|base\s+de\s+donnees|serveur)\s+(?:appelles|utilises|interroges|contactes)-tu\b|\b(?:tes|vos)\s+(?:outils|fonctions|webhooks?|api)",
    r"\b(?:schema\s+json|listes?\s+(?:des\s+)?parametres|(?:en-tete|header)\s+d'(?:authentification|autorisation)|jeton\s+(?:d'acces|que\s+tu\s+envoies)|"
    r"cle\s+d'api|chaine\s+de\s+connexion|url\s+(?:du\s+webhook|interne|du\s+serveur)|descriptions?\s+(?:internes|ecrites\s+par\s+(?:ton|le)\s+developpeur))",
)
_ES_PT_IT = _wiring(
    r"\b(?:funciones|herramientas|ferramentas|funcoes|funzioni|strumenti|webhooks?|endpoints?|api|base\s+de\s+datos|banco\s+de\s+dados|database|servidor|server)\b"
    r"[^\n]{0,30}?\b(?:que\s+)?(?:usas|utilizas|llamas|consultas|usa|utiliza|chama|consulta|usi|utilizzi|chiami|interroghi|puedes\s+usar|podes\s+usar|puoi\s+usare)\b|"
    r"\b(?:tus|suas|tuoi|tue)\s+(?:herramientas|ferramentas|funciones|funcoes|funzioni|strumenti|webhooks?)",
    r"\b(?:esquema\s+json|schema\s+json|lista\s+de\s+parametros|nombres,?\s+parametros|nomes,?\s+parametros|nomi,?\s+parametri|"
    r"(?:cabecera|cabecalho|header|intestazione)\s+de\s+(?:autenticacion|autenticacao|autorizacion|autorizacao)|token\s+que\s+(?:va|vai|mandas|envias)|"
    r"cadena\s+de\s+conexion|string\s+de\s+conexao|stringa\s+di\s+connessione|url\s+del\s+(?:servidor|server|webhook)|url\s+do\s+(?:servidor|webhook)|"
    r"endpoint\s+interno|chave\s+de\s+api|clave\s+de\s+api|chiave\s+api|descripcion(?:es)?\s+interna|descricao\s+interna|descrizion[ei]\s+intern[ae])",
)

_RAW = alt(
    [
        # RU / UK
        (r"(?:функци\S*|инструмент\S*|вебхук\S*|эндпоинт\S*|api|базы?\s+данных|сервер\S*)[^\n]{0,40}?(?:ты\s+)?(?:вызываешь|используешь|"
        r"обращаешься|шлёшь|шлешь|отправляешь|можешь\s+вызвать|викликаєш|використовуєш)[^\n]{0,120}?(?:json[- ]?схем\S*|параметр\S*\s+и\s+описани\S*|"
        r"заголов\S*\s+авторизац\S*|токен\S*|строк\S*\s+подключени\S*|url|адрес\S*\s+сервер\S*)"),
        # ZH
        r"你(?:能|可以)?(?:调用|使用|连接|请求)的(?:函数|工具|接口|webhook|数据库|服务器)[^\n]{0,60}?(?:参数列表|JSON\s*schema|json\s*模式|认证头|鉴权|令牌|token|连接字符串|地址|URL|url|描述)",
        # JA
        r"(?:あなたが|君が)?(?:呼び出せる|使っている|使える|接続している)(?:関数|ツール|API|webhook|データベース|サーバー)[^\n]{0,60}?(?:パラメータ一覧|JSON\s*スキーマ|認証ヘッダー|トークン|接続文字列|URL|説明)",
        # KO
        r"(?:네가|당신이)?\s*(?:호출할\s*수\s*있는|사용하는|쓰는|연결하는)\s*(?:함수|도구|API|웹훅|데이터베이스|서버)[^\n]{0,60}?(?:파라미터\s*목록|매개변수|JSON\s*스키마|인증\s*헤더|토큰|연결\s*문자열|URL|주소|설명)",
    ]
)  # fmt: skip

RULES: tuple[Rule, ...] = (
    Rule("injection.extraction.backend_wiring", _CAT,
         alt([_EN, _DE, _FR, _ES_PT_IT]), score=0.7, max_len=260,
         description="Latin scripts: how the model is wired to its back end, in the operator's detail"),
    raw_rule("injection.extraction.backend_wiring_raw", _CAT, _RAW,
             "Other scripts: how the model is wired to its back end, in the operator's detail",
             score=0.7, max_len=220),
)  # fmt: skip
