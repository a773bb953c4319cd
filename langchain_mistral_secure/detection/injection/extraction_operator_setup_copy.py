"""The text a business set the model up with, asked for unchanged.

Family: extraction (reveal the system prompt). The attacker names the
setup by the one who wrote it into the model, the operator or the business
behind the bot ("the instructions the law firm loaded into you", "den
Text, mit dem dich der Betreiber eingerichtet hat", "el texto de
configuración que te puso el hotel", "le texte qu'on t'a mis au départ",
"너한테 처음에 준 설정 문구"), and asks for it as it stands: unchanged,
unabridged, without summarising, from the very first line. Two parts meet
in one bounded window: a clause making the model the one set up, loaded or
configured with the text (second person, a verb of installing), and a mark
of an unchanged or whole copy.

Why it is safe on benign text: a user's own set-up ("how do I set you up
with my calendar") asks for no text back unchanged; a document someone
loaded ("the file I uploaded, unchanged") has no verb installing it into
the model; and "set up" of an account or device ("the router my ISP set
up") does not take the model as its object.
"""

# ruff: noqa: E501
# (E501: one language per line)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "extraction"

# --- Latin-script languages, on the folded view ------------------------------

# The model as the one set up, loaded or configured with the text.
_INSTALLED = alt(
    [
        # EN: "the law firm loaded into you", "the text they set you up with"
        (r"(?:set\s+you\s+up|configured\s+you|loaded\s+(?:in)?to\s+you|loaded\s+you\s+with|put\s+(?:in)?to\s+you|fed\s+(?:in)?to\s+you|"
         r"programmed\s+(?:in)?to\s+you|primed\s+you|installed\s+(?:in|on)\s+you|baked\s+into\s+you|gave\s+you\s+at\s+the\s+start|"
         r"typed\s+into\s+your\s+(?:config|setup|settings))"),
        # DE
        (r"mit\s+de[mn]\s+(?:man\s+)?dich\s+(?:\w+\s+){0,4}?(?:eingerichtet|konfiguriert|aufgesetzt|programmiert|gefuttert|gestartet)|"
         r"(?:dir|dich)\s+(?:\w+\s+){0,4}?(?:eingespielt|geladen|hinterlegt|eingerichtet|eingegeben|eingepflanzt)"),
        # ES / PT / IT / FR
        r"que\s+te\s+(?:puso|pusieron|cargo|cargaron|configuro|configuraron|metio|metieron|instalo|instalaron)",
        r"que\s+(?:\w+\s+){0,3}?(?:te\s+|lhe\s+)?(?:colocou|colocaram|carregou|carregaram|configurou|configuraram|instalou)\s+(?:em\s+(?:voce|ti)|para\s+(?:voce|ti))",
        r"che\s+ti\s+(?:ha|hanno)\s+(?:\w+\s+)?(?:caricat|mess|impostat|configurat|installat)\w*",
        r"(?:qu'on|que\s+\w+(?:\s+\w+)?)\s+t'(?:a|ont)\s+(?:\w+\s+)?(?:mis|charge|configure|installe|programme)e?s?|avec\s+lequel\s+on\s+t'a\s+(?:configure|programme|installe)",
        # NL / DA / NO / SV
        r"(?:waarmee|waar\s+\w+\s+je\s+mee)\s+(?:\w+\s+){0,3}?je\s+(?:\w+\s+){0,2}?(?:heeft|hebben)\s+(?:ingesteld|geconfigureerd|geladen|opgezet)",
        r"(?:som|der)\s+(?:\w+\s+){0,3}?(?:satte|lagde|indlaste|lastet|la|lade|konfigurerede|konfigurerte|konfigurerade)\s+(?:ind|inn|in)\s+(?:i\s+)?(?:dig|deg)\b",
    ]
)  # fmt: skip
# An unchanged or whole copy asked for.
_UNCHANGED = alt(
    [
        r"unchanged", r"unedited", r"unabridged", r"as-is", r"as\s+it\s+(?:is|stands|was\s+written)", r"verbatim", r"word\s+for\s+word",
        r"in\s+full", r"from\s+the\s+(?:very\s+)?first\s+(?:line|word)", r"without\s+(?:summari[sz]ing|changing|shortening|skipping|editing)",
        r"unverandert", r"ungekurzt", r"wortlich", r"im\s+(?:vollen\s+)?wortlaut", r"ab\s+der\s+ersten\s+zeile", r"ohne\s+(?:zu\s+)?(?:kurzen|zusammenfassen)",
        r"sin\s+resumir", r"tal\s+(?:cual|qual|como\s+esta)", r"entero", r"sin\s+cambiar", r"desde\s+la\s+primera\s+(?:linea|frase|palabra)",
        r"sem\s+resumir", r"na\s+integra", r"inteiro", r"desde\s+a\s+primeira\s+(?:linha|frase)",
        r"cosi\s+com'e", r"senza\s+(?:riassumere|modificare|cambiare)", r"per\s+intero", r"dalla\s+prima\s+riga",
        r"tel\s+quel", r"sans\s+(?:resumer|rien\s+changer|modifier)", r"en\s+entier", r"integralement", r"depuis\s+la\s+premiere\s+ligne",
        r"ongewijzigd", r"letterlijk", r"in\s+(?:zijn|het)\s+geheel", r"vanaf\s+de\s+eerste\s+regel",
        r"pr.cis", r"praecis", r"ordret", r"ordrett", r"uforandret", r"uendret", r"oforandrad", r"ord\s+for\s+ord", r"ord\s+f.r\s+ord",
    ]
)  # fmt: skip
# The text installed: a noun for it comes first, the clause after it.
_TEXT = alt(
    [
        r"text", r"instructions?", r"prompt", r"message", r"configuration", r"setup", r"brief", r"rules", r"note",
        r"anweisung\w*", r"vorgaben", r"texto", r"instrucciones", r"configuracion", r"texte", r"consignes", r"instructions",
        r"istruzioni", r"testo", r"instrucoes", r"configuracao", r"tekst\w*", r"instructies", r"besked\w*", r"beskjed\w*",
        r"meddelande\w*", r"instruks\w*", r"instruktion\w*",
    ]
)  # fmt: skip
_OWNED_TEXT = rf"\b{_TEXT}\b[^.?!\n]{{0,40}}?\b{_INSTALLED}\b"
_LATIN = alt(
    [
        rf"{_OWNED_TEXT}[^\n]{{0,90}}?\b{_UNCHANGED}\b",
        rf"\b{_UNCHANGED}\b[^\n]{{0,90}}?{_OWNED_TEXT}",
    ]
)

# --- Korean, Japanese, Chinese: on the text itself ----------------------------------

_RAW = alt(
    [
        (
            r"(?:너한테|너에게|당신에게|네게)\s*(?:\S+\s+){0,2}?(?:준|넣은|설정한|입력한|넣어\s*둔)\s*(?:설정\s*문구|지시문|지침|프롬프트|문구|텍스트|안내문)"
            r"[^\n]{0,40}?(?:한\s*글자도\s*(?:빼지|빠짐없이|바꾸지)|토씨\s*하나|그대로|원문\s*그대로)"
        ),
        (
            r"(?:あなたに|君に)(?:最初に|事前に)?(?:与えた|渡した|設定した|入力した|読み込ませた)(?:指示|設定文|プロンプト|文章|テキスト)"
            r"[^\n]{0,40}?(?:そのまま|一字一句|省略せず|全文)"
        ),
        (
            r"(?:给你的|给你设定的|为你设置的|输入给你的|加载给你的)(?:指令|提示词|设定|说明|文字|文本)"
            r"[^\n]{0,40}?(?:原封不动|一字不差|逐字|完整地|全部)"
        ),
    ]
)

RULES: tuple[Rule, ...] = (
    Rule("injection.extraction.operator_setup_copy", _CAT, _LATIN, score=0.75, max_len=260,
         description="Latin scripts: the text a business set the model up with, asked for unchanged"),
    raw_rule("injection.extraction.operator_setup_copy_raw", _CAT, _RAW,
             "KO/JA/ZH: the text given to the model at the start, asked for unchanged",
             score=0.75, max_len=160),
)  # fmt: skip
