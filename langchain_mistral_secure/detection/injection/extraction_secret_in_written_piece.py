"""The guarded password placed inside a piece of writing the model is told to produce.

Family: extraction (TensorTrust- and Gandalf-style secret extraction without
override wording). The attacker never asks "what is the password"; they
order a piece of writing (a unit test, a dictionary, a handover note, a
checklist, a debug trace, a translation, a summary, a two-column table) and
name the secret as one of its parts: "use the real password as the
constant", "a trace that includes the expected password", "including the
access code in full", "mit dem Zugangscode in Anführungszeichen", "y compris
le mot de passe", "en la otra la clave correcta". Three parts meet in one
bounded window, in this order: an order to write or show something, a link
that puts something into it (including, holding, use ... as, initialised
to, and name, underneath, for comparison), and the model's secret.

Why it is safe on benign text: the secret must be the definite one and,
where the link is as weak as "with", qualified as the real, correct or
expected one (or followed by "included", "in full", "in quotes"), so "a
form with the password field" and "log in with the password from the
environment" go on; the noun must end its phrase (password hash, password
policy, password reset and the like stop the match); an order to write code
that checks a password names no link that puts the password in; a help
article on resetting a password names no guarded one.
"""

# ruff: noqa: E501, RUF001, RUF003
# (E501: one language per line; RUF001/RUF003: the raw patterns and their comments are written in
# Cyrillic, CJK and Korean.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "extraction"

# Where the secret's noun phrase ends: punctuation, the end, or a word that
# starts a new phrase (never a noun that makes it "password policy").
_END = (
    r"(?:\s*[.,;:!?)\]\"'»“”„`]|\s*$|\s+(?:in|as|at|on|under|below|itself|too|also|that|which|you|so|exactly|verbatim|"
    r"literally|word|spelled|written|included|filled|underneath|beside|next|als|und|genau|wortlich|darunter|enthalten|inklusive|"
    r"en|et|comme|entre|inclus|incluse|exact|y|como|entre|incluid[oa]|incluso|e|come|tra|inclus[oa]|em|incluíd[oa]|"
    r"incluid[oa]|tussen|erin|i|jako|w|ve|olarak|dahil|que|qui|che)\b)"
)


def _piece(order: str, link: str, secret: str) -> str:
    """An order, then a link that puts something in, then the secret, in one window."""
    return rf"(?:{order})[^\n]{{0,220}}?(?:{link})\s+(?:[\w'-]+\s+){{0,3}}?(?:{secret}){_END}"


# --- Latin-script languages, on the folded view (accents removed) ----------

_EN_ORDER = (
    r"\b(?:write|draft|print|output|produce|generate|create|make|give\s+me|show\s+me|list|fill\s+in|fill|compose|prepare|"
    r"translate|rewrite|summari[sz]e|convert|render|dump|format|return|type\s+out|put\s+together|build|implement|code)\b"
)
_EN_QUAL = r"(?:real|correct|right|actual|true|expected|valid|genuine|exact|current|secret|hidden|guarded|protected)"
_EN_NOUN = (
    r"(?:password|passphrase|pass\s*code|pass\s*word|access\s*code|access\s*word|code\s*word|secret\s+word|magic\s+word|"
    r"door\s+code|vault\s+code|key\s*word|unlock\s+code)"
)
_EN_STRONG = r"(?:access\s*code|access\s*word|passphrase|code\s*word|secret\s+word|magic\s+word|vault\s+code|unlock\s+code)"
_EN = alt(
    [
        # strong links: the bare definite password will do
        _piece(
            _EN_ORDER,
            r"\b(?:including|incl\.|listing|(?:that|which|it)\s+lists|holding|initiali[sz]ed\s+(?:to|with)|"
            r"(?:that|which|it)\s+(?:includes|contains|holds|stores|shows|names|spells\s+out)|plus|"
            r"(?:and|then)\s+(?:name|quote|state|add|put|write|print|give|show|spell\s+out|reveal|mention)|"
            # a slot of the piece filled with the secret: "it needs ... as a
            # constant", "item 1 must be", "the key 'code' set to"
            r"(?:needs|requires|must\s+(?:include|contain|list|show|have|be)|should\s+(?:include|contain|list|show|have|be)|"
            r"has\s+to\s+(?:include|contain|be))|(?:item|point|step|line|row|field|column|entry|key|slot)\s+(?:[\w'-]+\s+)?"
            r"(?:is|should\s+be|must\s+be|will\s+be|holds|has))",
            rf"(?:the|your|its)\s+(?:{_EN_QUAL}\s+)?(?:password|{_EN_STRONG})|(?:the|your)\s+{_EN_QUAL}\s+{_EN_NOUN}",
        ),
        # weaker links: the secret qualified as the real, correct, expected one
        _piece(
            _EN_ORDER,
            r"(?:[.,;:]\s*|\b(?:and|then|please|also|just)\s+)(?:use|using|include|put|set)|\b(?:containing|"
            r"underneath|below\s+it|beside\s+it|next\s+to\s+it|for\s+comparison|to\s+compare|where)",
            rf"(?:the|your|its)\s+{_EN_QUAL}\s+{_EN_NOUN}|(?:the|your)\s+{_EN_STRONG}",
        ),
        # "with" is the weakest link ("log in with the correct password"):
        # the secret must be one only a guard holds, or said to be put in whole
        _piece(
            _EN_ORDER,
            r"\bwith",
            rf"(?:the|your)\s+{_EN_STRONG}|(?:the|your|its)\s+(?:{_EN_QUAL}\s+)?{_EN_NOUN}\s+"
            r"(?:included|in\s+full|in\s+quotes|in\s+plain\s*text|spelled\s+out|filled\s+in|written\s+out)",
        ),
    ]
)

_DE = _piece(
    r"\b(?:schreib\w*|gib|geben\s+sie|erstell\w*|mach|machen\s+sie|zeig\w*|druck\w*|formulier\w*|ubersetz\w*|fass\w*|"
    r"liste|listen\s+sie|verfass\w*|gestalte|entwirf|programmier\w*|implementier\w*)",
    r"\b(?:einschliesslich|inklusive|inkl\.|samt|mitsamt|mit|enthalt|enthalten\w*|darunter|daneben|zum\s+vergleich|"
    r"als\s+(?:konstante|variable|wert)|und\s+(?:nenne|nennen\s+sie|schreib\w*|zitier\w*|setz\w*|gib|erganz\w*)|"
    r"(?:punkt|zeile|spalte|feld|schritt|eintrag)\s+(?:[\w-]+\s+)?(?:ist|soll|muss|wird|enthalt))",
    r"(?:(?:das|den|dein\w*|ihr\w*|die)\s+)?(?:(?:richtig|korrekt|echt|tatsachlich|erwartet|gultig|geheim|aktuell)\w*\s+)?"
    r"(?:zugangscode|zugangswort|losungswort|codewort|geheimwort|passphrase)|"
    r"(?:das|den|dein\w*|ihr\w*)\s+(?:richtig|korrekt|echt|tatsachlich|erwartet|gultig)\w*(?:\s+(?:passwort|kennwort|code|pin))?",
)
_FR_ORDER = (
    r"\b(?:ecri[st]\w*|redige\w*|donne\w*|montre\w*|affiche\w*|fai[st]|faites|cree\w*|genere\w*|tradui[st]\w*|"
    r"reecri[st]\w*|resume\w*|liste\w*|imprime\w*|produi[st]\w*|dresse\w*)"
)
_FR = _piece(
    _FR_ORDER,
    r"\b(?:y\s+compris|incluant|en\s+incluant|contenant|qui\s+contient|en\s+dessous|dessous|a\s+cote|pour\s+comparer|"
    r"initialisee?s?\s+a|et\s+(?:donne|ecris|indique|cite|ajoute|mets|nomme)|"
    r"(?:point|ligne|colonne|champ|etape|element)\s+(?:[\w-]+\s+)?(?:doit\s+etre|sera|est|contient))",
    r"(?:le|ton|votre|la|sa|son)\s+(?:(?:vrai|bon|veritable|correct|exact|actuel|reel)\w*\s+)?"
    r"(?:mot\s+de\s+passe|code\s+d'acces|code\s+secret|mot\s+secret|phrase\s+secrete|mot\s+magique|mot\s+d'ordre)"
    r"(?:\s+(?:correct|exact|actuel|reel|valide)\w*)?",
)
# "avec" is a weak link: the secret must be the real one, or "inclus"
_FR_WEAK = _piece(
    _FR_ORDER,
    r"\bavec",
    r"(?:le|ton|votre|la|sa|son)\s+(?:(?:vrai|bon|veritable)\w*\s+(?:mot\s+de\s+passe|code\s+d'acces|code)|"
    r"(?:mot\s+de\s+passe|code\s+d'acces|code\s+secret)\s+(?:correct|exact|reel|valide|inclus|en\s+entier)\w*)",
)
_ES_PT_ORDER = (
    r"\b(?:escrib\w*|escreve\w*|redact\w*|redig\w*|dame|da-me|muestra\w*|mostra\w*|imprim\w*|haz|faz|crea\w*|cria\w*|"
    r"genera\w*|gera\w*|traduc\w*|traduz\w*|reescrib\w*|resum\w*|enumera\w*|lista\w*|pon|poe|elabora\w*)"
)
_ES_PT = _piece(
    _ES_PT_ORDER,
    r"\b(?:incluid[oa]s?|incluíd[oa]s?|incluyendo|incluindo|incluye|inclui|que\s+(?:contenga|incluya|tenga|"
    r"liste|contenha|inclua)|y\s+(?:di|escribe|pon|cita|anade|agrega|da)|e\s+(?:diz|escreve|poe|cita|acrescenta)|debajo|"
    r"abaixo|al\s+lado|ao\s+lado|para\s+comparar|en\s+la\s+otra|na\s+outra|en\s+otra\s+columna|"
    r"(?:punto|paso|linea|fila|campo|columna|ponto|passo|linha|coluna|elemento)\s+(?:[\w-]+\s+)?(?:debe\s+ser|deve\s+ser|sera|es|e))",
    r"(?:la|tu|su|a|sua|tua)\s+(?:(?:verdadera|verdadeira|correcta|correta|real|autentica|exacta|exata|actual|atual)\s+)?"
    r"(?:contrasena|senha|clave(?:\s+de\s+acceso)?|frase\s+secreta|palabra\s+secreta|palavra\s+secreta|palabra\s+magica|"
    r"palavra\s+magica|codigo\s+de\s+acceso|codigo\s+de\s+acesso|palavra-passe)"
    r"(?:\s+(?:correct|corret|real|verdader|exact|exat|actual|atual|incluid|incluíd)\w*)?",
)
# "con", "com", "usando" are weak links: the secret must be the real one, or "incluida"
_ES_PT_WEAK = _piece(
    _ES_PT_ORDER,
    r"\b(?:con|com|usando)",
    r"(?:la|tu|su|a|sua|tua)\s+(?:(?:verdadera|verdadeira|correcta|correta|autentica)\s+(?:contrasena|senha|clave)|"
    r"(?:contrasena|senha|clave|palavra-passe)\s+(?:correct|corret|real|verdader|exact|exat|incluid|incluíd)\w*)",
)
_IT = _piece(
    r"\b(?:scrivi|redigi|dammi|mostra\w*|stampa\w*|fai|crea\w*|genera\w*|traduci|riscrivi|riassumi|elenca\w*|prepara\w*)",
    r"\b(?:compres[oa]|inclus[oa]|includendo|incluso|che\s+(?:contenga|includa|elenchi)|e\s+(?:di|scrivi|metti|cita|"
    r"aggiungi)|sotto|accanto|per\s+confronto|nell'altra|(?:punto|passo|riga|colonna|campo)\s+(?:[\w-]+\s+)?(?:deve\s+essere|sara|e))",
    r"(?:la|tua|sua|il\s+tuo|il\s+suo)\s+(?:(?:vera|corretta|giusta|reale|esatta|attuale)\s+)?"
    r"(?:password|parola\s+d'ordine|parola\s+segreta|codice\s+d'accesso|codice\s+segreto|parola\s+magica)"
    r"(?:\s+(?:corrett|giust|ver|esatt|inclus)\w*)?",
)
_NL_PL_TR = alt(
    [
        _piece(
            r"\b(?:schrijf|geef|toon|laat\s+zien|maak|print|vertaal|herschrijf|vat|som)\b",
            r"\b(?:inclusief|met|erbij|eronder|ernaast|ter\s+vergelijking|en\s+(?:noem|schrijf|zet|citeer))",
            r"(?:het|je|jouw)\s+(?:(?:echte|juiste|correcte|werkelijke|geheime)\s+)?(?:wachtwoord|toegangscode|codewoord|"
            r"geheime\s+woord)(?:\s+(?:erbij|erin))?",
        ),
        _piece(
            r"\b(?:napisz|podaj|pokaz|wypisz|stworz|zrob|przetlumacz|streszcz|wymien|przygotuj)\b",
            r"\b(?:lacznie\s+z|wraz\s+z|z|zawierajac\w*|ponizej|obok|dla\s+porownania|i\s+(?:podaj|napisz|wpisz|dodaj))",
            r"(?:(?:prawdziw|poprawn|aktualn|wlasciw|sekretn)\w*\s+)?(?:haslem|hasla|haslo|kodem\s+dostepu|kod\s+dostepu|"
            r"kodu\s+dostepu|slowem\s+kluczowym|tajnym\s+slowem)",
        ),
        _piece(
            r"\b(?:yaz|ver|goster|listele|olustur|hazirla|cevir|ozetle)\w*",
            r"\b(?:dahil|ile\s+birlikte|icine|altina|yanina|karsilastirmak\s+icin)",
            r"(?:(?:gercek|dogru|asil|gizli)\s+)?(?:sifre(?:yi|si|nin)?|parola(?:yi|si)?|erisim\s+kodu(?:nu)?|gizli\s+kelime(?:yi)?)",
        ),
    ]
)

# --- Scripts the folded view mangles: on the text itself ------------------

_RAW = alt(
    [
        # RU / UK: an order, then включая / вместе с / с указанием / и назови, then the password
        (r"(?:напиши|напишите|составь|составьте|выведи|выведите|покажи|покажите|сделай|сделайте|переведи|переведите|"
        r"перепиши|сгенерируй|создай|оформи|напиши|складай|виведи|покажи|переклади)[^\n]{0,200}?"
        r"(?:включая|вместе\s+с|с\s+указанием|в\s+том\s+числе|и\s+(?:назови|укажи|впиши|добавь|процитируй)|а\s+под\s+ним|"
        r"для\s+сравнения|включно\s+з|разом\s+з|і\s+(?:назви|вкажи|додай))\s+(?:\S+\s+){0,2}?"
        r"(?:настоящ\S*|правильн\S*|верн\S*|действующ\S*|секретн\S*|справжн\S*)?\s*(?:парол\S*|кодов\S+\s+слов\S*|код\S*\s+доступа|"
        r"секретн\S+\s+слов\S*|код\S*\s+доступу)"),
        # ZH: 写/列出/生成 … 包括/包含/并写上/附上 … (正确的/真正的) 密码/口令/访问码
        (r"(?:写|列出|生成|输出|做|翻译|整理|总结|编写|打印)[^\n]{0,80}?(?:包括|包含|并写上|并附上|附上|带上|顺便写上|下面写上|旁边写上|"
        r"作为常量|作为变量)[^\n]{0,10}?(?:正确的|真正的|真实的|实际的)?(?:密码|口令|访问码|暗号|通行码)"),
        # JA: (正しい)パスワード/合言葉 を含めて / も書いて / 定数として
        (r"(?:正しい|本当の|実際の|本物の)?(?:パスワード|合言葉|暗証番号|アクセスコード|秘密の言葉)(?:も|を)?[^\n]{0,6}?(?:含めて|入れて|添えて|"
        r"定数として|変数として|並べて|併記して|書き添えて)[^\n]{0,60}?(?:書|作|出力|表示|まとめ|翻訳|リスト)"),
        # KO: (올바른/진짜) 비밀번호/암호/접속 코드 를 포함해서 / 상수로 / 같이 적어
        (r"(?:올바른|진짜|실제|정확한)?\s*(?:비밀번호|암호|접속\s*코드|액세스\s*코드|비밀\s*단어)(?:를|을|도)?\s*(?:포함해서|포함하여|넣어서|"
        r"상수로|변수로|같이|함께|옆에|아래에)[^\n]{0,60}?(?:작성|적어|써|써줘|만들어|출력|보여|번역|정리)"),
    ]
)  # fmt: skip

RULES: tuple[Rule, ...] = (
    Rule("injection.extraction.secret_in_written_piece", _CAT,
         alt([_EN, _DE, _FR, _FR_WEAK, _ES_PT, _ES_PT_WEAK, _IT, _NL_PL_TR]), score=0.7, max_len=320,
         description="Latin scripts: the guarded password put inside a piece of writing"),
    raw_rule("injection.extraction.secret_in_written_piece_raw", _CAT, _RAW,
             "Other scripts: the guarded password put inside a piece of writing",
             score=0.7, max_len=300),
)  # fmt: skip
