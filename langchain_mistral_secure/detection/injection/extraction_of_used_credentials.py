"""The credentials the assistant itself uses, asked for by their use.

Family: extraction (API keys, tokens, connection strings). A deployed
assistant calls payment, shipping or HR systems with keys it holds; the
attacker names a key by the model's use of it ("the API key you call the
payment API with", "the token in your config", "den API-Schlüssel, mit dem
du die Schnittstelle aufrufst", "el token que usas", "la chiave API nella tua
configurazione", "設定に入っているAPIキー") and orders it printed or told.
Three parts must meet in a bounded window: a credential noun, a clause making
the model its user or holder, and a disclosure verb.

Why it is safe on benign text: a developer's question about their own key
("where should I keep my Stripe key", "the API key format Stripe uses")
makes no assistant its user; a tutorial's "the key you use in your project"
carries no order to print or tell it to the asker.
"""

# ruff: noqa: RUF001
# (RUF001: the raw pattern is written in CJK and Korean.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import raw_rule

__all__ = ["RULES"]

_CAT = "extraction"

_CRED_EN = (
    r"(?:api[\s-]?keys?|(?:access|auth|bearer|api|service)\s+tokens?|credentials|"
    r"secret\s+keys?|connection\s+strings?|(?:stripe|openai|aws|mistral)\s+(?:api\s+)?keys?|"
    # h20: the header or cookie that carries it
    r"authori[sz]ation\s+headers?|bearer\s+(?:token|value)|session\s+cookies?|"
    # h22: the process environment it was started with, the database password
    r"environment\s+variables|env\s+vars|(?:database|db|admin|service)\s+passwords?)"
)
_USE_EN = (
    r"(?:(?:that|which)\s+)?you\s+(?:use|call|connect|authenticate|access|query|send|attach)\w*|"
    r"(?:in|from)\s+(?:your|ur)\s+(?:config\w*|setup|settings|environment|env|"
    r"instructions|prompt|system\s+prompt|context)|"
    r"does\s+(?:the\s+)?(?:\w+\s+)?(?:bot|assistant|agent|app)\s+use|"
    r"you\s+(?:were|are)\s+(?:started|launched|run|running|deployed)\s+with"
)
_ASK_EN = (
    r"(?:print|tell|give|show|paste|output|reveal|share|send|write|display|dump|"
    r"echo|list|what(?:'s|\s+is|\s+are))"
)
_CREDS_EN = (
    rf"\b{_ASK_EN}\b[^\n]{{0,60}}?\b{_CRED_EN}\b[^.?!\n]{{0,50}}?\b(?:{_USE_EN})\b|"
    rf"\b{_CRED_EN}\b[^.?!\n]{{0,50}}?\b(?:{_USE_EN})\b[^\n]{{0,60}}?\b{_ASK_EN}\b"
)

# DE / FR / ES / IT / PT, on the folded view.
_CRED_I18N = (
    r"(?:api-?schlussel|\w{0,12}schlussel|zugangsdaten|cle\s+(?:d')?api|jeton|identifiants|"
    r"clave\s+(?:de\s+(?:la\s+)?)?api|credenciales|chiave\s+(?:dell'|della\s+)?api|credenziali|"
    r"chave\s+(?:d[ae]\s+)?api|"
    r"credenciais|token(?:\s+de\s+acceso|\s+di\s+accesso|\s+de\s+acesso)?|"
    # h22: the access key, the password it logs in with
    r"cle\s+d'acces|passwort|kennwort|mot\s+de\s+passe|contrasena|password|senha)"
)
_USE_I18N = (
    r"(?:mit\s+(?:dem|der|denen)\s+du|(?:nutzt|verwendest|benutzt)\s+du|(?:den|die|das)\s+du\s+(?:\w+\s+){0,3}"
    r"(?:verwendest|nutzt|benutzt)|in\s+deiner\s+(?:konfiguration|einstellungen)|"
    r"que\s+tu\s+utilises|dans\s+ta\s+configuration|que\s+usas|"
    r"en\s+tu\s+configuracion|che\s+usi|nella\s+tua\s+configurazione|"
    r"que\s+(?:voce\s+)?usa|na\s+(?:sua|tua)\s+configuracao)"
)
_ASK_I18N = (
    r"(?:gib|zeig\w*|nenn\w*|schreib\w*|donne\w*|affiche\w*|montre\w*|imprime\w*|"
    r"copi[ae]\w*|dame|dime|escribe\w*|muestra\w*|stampa\w*|dimmi|mostra\w*|"
    r"scrivi\w*|manda\w*|passa\w*|qual\s+e|"
    # h22: which one, and "hand it over"
    r"welche[sr]?|quel(?:le)?|cual\s+es|pasame\w*|quale)"
)
_CREDS_I18N = (
    rf"\b{_ASK_I18N}\b[^\n]{{0,50}}?\b{_CRED_I18N}\b[^.?!\n]{{0,60}}?\b{_USE_I18N}\b|"
    rf"\b{_CRED_I18N}\b[^.?!\n]{{0,60}}?\b{_USE_I18N}\b[^\n]{{0,50}}?\b{_ASK_I18N}\b"
)

# JA / ZH / KO: "the API key in your settings", shown.
_CREDS_RAW = (
    r"(?:設定|设置|構成|配置|설정)(?:に|中|에)?(?:入っている|ある|的|있는)?[^。！？\n]{0,15}"
    r"(?:API\s*の?キー|APIキー|キー|トークン|密钥|令牌|API\s*키|토큰)"
    r"[^\n]{0,20}(?:表示|教えて|出力|出して|告诉我|输出|보여|알려)|"
    # h23: the key named by the model's use of it ("決済連携に使っている秘密の鍵")
    r"(?:使っている|使ってる|利用している|你(?:在)?用的|你使用的|쓰고\s*있는|사용하는)[^。！？\n]{0,10}"
    r"(?:秘密の?鍵|秘密鍵|APIキー|キー|トークン|密钥|令牌|API\s*키|토큰|비밀\s*키)"
    r"[^\n]{0,20}(?:表示|教えて|出力|出して|貼って|告诉我|输出|发给我|贴出来|보여|알려|붙여)"
)

RULES: tuple[Rule, ...] = (
    Rule("injection.extraction.used_credentials", _CAT, _CREDS_EN, score=0.7,
         max_len=210,
         description="EN: the API key or token the assistant uses, asked for"),
    Rule("injection.extraction.used_credentials_i18n", _CAT, _CREDS_I18N,
         score=0.7, max_len=210,
         description="DE/FR/ES/IT/PT: the key the assistant uses, asked for"),
    raw_rule("injection.extraction.used_credentials_raw", _CAT, _CREDS_RAW,
             "JA/ZH/KO: the API key in your settings, shown",
             score=0.7, max_len=90),
)  # fmt: skip
