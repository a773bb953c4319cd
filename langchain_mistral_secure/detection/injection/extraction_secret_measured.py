"""The model's secret or setup measured instead of shown (side channels).

Family: extraction (side channel). Rather than the text, the attacker asks
for a property that leaks it piece by piece: how many words, letters,
digits, vowels or sentences it has, its first / second / last letter, the
sum of its digits, whether it is odd or even, what it rhymes with, a
synonym, a hint, the word spelled backwards, or the secret hidden as the
last word of a poem. The object is the model's own: its setup, rules,
guidelines or instructions ("your setup", "tes consignes", "지침"), or the
secret it keeps named by what it is ("the secret word", "the password",
"el código interno", "la parola segreta", "het wachtwoord"). A measuring
property and such an object meet in one bounded window, in either order.
One rule per language: EN, DE, FR, ES, IT, PT, NL, PL on the folded view;
RU, ZH, JA, KO on the text itself.

Why it is safe on benign text: password-policy questions ask how long a
password SHOULD be ("how many characters should my password have"), which
names the user's own password or none; word games measure a word the user
wrote; and "your" setup words are only the model's rules, instructions,
guidelines and prompt, never "your PC setup" or "your password" bare
(the secret counts bare only as "the secret word / code / password", the
definite article naming one already known to both).
"""

# ruff: noqa: E501
# (Cyrillic, CJK and Hangul on purpose; one rule table per language)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import raw_rule

__all__ = ["RULES"]

_CAT = "extraction"


def _pair(obj: str, prop: str) -> str:
    return rf"\b(?:{prop})\b[^\n]{{0,40}}?\b(?:{obj})\b|\b(?:{obj})\b[^\n]{{0,60}}?\b(?:{prop})\b"


def _latin(lang: str, obj: str, prop: str, *, bare: str = "", soft: str = "") -> Rule:
    """The model's own object with any measure, a bare password with few.

    A bare "the password" counts only with a measure no password policy asks
    for (``soft``: a rhyme, a synonym, backwards), since "must the first
    character of the password be a letter?" is a policy question and "a hint
    about the password" is a game or escape-room designer's question.
    """
    pattern = _pair(obj, prop)
    if bare:
        pattern += "|" + _pair(bare, soft)
    return Rule(f"injection.secret_measured.{lang}", _CAT, pattern, score=0.7, max_len=160,
                description=f"{lang}: the model's secret or setup measured (length, letters, hint)")  # fmt: skip


def _scripts(lang: str, obj: str, prop: str) -> Rule:
    pattern = rf"(?:{prop})[^\n]{{0,25}}?(?:{obj})|(?:{obj})[^\n]{{0,40}}?(?:{prop})"
    return raw_rule(f"injection.secret_measured.{lang}", _CAT, pattern,
                    f"{lang}: the model's secret or setup measured (length, letters, hint)",
                    score=0.7, max_len=100)  # fmt: skip


RULES: tuple[Rule, ...] = (
    _latin(
        "en",
        r"your\s+(?:\w{1,20}\s+)?(?:setup|rules|instructions|guidelines|system\s+prompt|prompt)|"
        r"the\s+(?:secret|hidden)\s+(?:word|code|password|phrase|key)|"
        r"(?:internal|employee|secret)\s+codes?|the\s+word\s+you\s+(?:must|should|"
        r"can)\s*(?:never|not|n't)\s+(?:reveal|say|share|tell)|"
        # A password named by how the model got it is the model's own.
        r"the\s+(?:password|passphrase|code\s+word|secret)\s+(?:(?:they|someone)\s+"
        r"(?:set|gave|chose)\s+(?:for\s+)?you|you\s+(?:were|have\s+been)\s+"
        r"(?:given|told|assigned))|"
        # h23: the setup named by how the model got it
        r"the\s+(?:text|prompt|instructions|rules)\s+you\s+(?:were|have\s+been)\s+"
        r"(?:configured|set\s+up|programmed|briefed)",
        r"words?\s+long|(?:first|last)\s+word|how\s+many\s+rules|(?:number|count)\s+of\s+(?:words|letters|characters|sentences|lines|digits|vowels)|"
        r"how\s+many\s+(?:words|letters|characters|sentences|lines|digits|vowels|consonants|"
        r"syllables|times)|(?:first|second|third|fourth|fifth|last|\d{1,2}(?:st|nd|rd|th))\s+"
        r"(?:letter|character|digit|consonant|vowel)s?|sum\s+of\s+(?:its|the)\s+digits|"
        r"rhymes?\s+with|synonym|(?:letter|character|word)\s+count|hint\s+(?:for|about|to)|"
        r"spell(?:ed)?\s+(?:it\s+)?backwards",
        bare=r"the\s+(?:password|passphrase|code\s+word|secret)",
        soft=r"rhymes?\s+with|synonym|spell(?:ed)?\s+(?:it\s+)?backwards|"
        r"how\s+many\s+vowels|sum\s+of\s+(?:its|the)\s+digits|antonym",
    ),
    _latin(
        "de",
        r"(?:deine[nrm]?|ihre[nrm]?)\s+(?:\w{1,20}\s+)?(?:anweisungen|regeln|vorgaben|"
        r"richtlinien|systemprompt|prompt)|(?:das|dem|des)\s+(?:geheime\w*\s+(?:passwort\w*|"
        r"kennwort\w*)|losungswort\w*|codewort\w*|geheimwort\w*)|geheime\w*\s+(?:wort|code|passwort)\w*",
        r"wie\s+viele\s+(?:worter|buchstaben|zeichen|satze|zeilen|ziffern|vokale)|"
        r"anzahl\s+der\s+(?:worter|buchstaben|zeichen|satze|ziffern)|(?:erste[nrs]?|zweite[nrs]?|"
        r"dritte[nrs]?|letzte[nrs]?)\s+(?:buchstabe\w*|zeichen|ziffer\w*)|quersumme|reimt\s+sich|"
        r"synonym|ruckwarts|gerade\s+oder\s+ungerade",
        bare=r"(?:das|dem|des)\s+(?:passwort\w*|kennwort\w*)",
        soft=r"reimt\s+sich|synonym|ruckwarts|quersumme|gerade\s+oder\s+ungerade|wie\s+viele\s+vokale",
    ),
    _latin(
        "fr",
        r"(?:tes|vos)\s+(?:\w{1,20}\s+)?(?:consignes|instructions|regles|directives)|"
        r"(?:le|du)\s+(?:mot\s+secret|code\s+secret|code\s+interne)|"
        r"mot\s+de\s+passe\s+secret",
        r"combien\s+de\s+(?:mots|lettres|caracteres|phrases|lignes|chiffres|voyelles)|"
        r"(?:premiere|deuxieme|seconde|troisieme|derniere)\s+lettre|(?:premier|deuxieme|dernier)\s+"
        r"(?:chiffre|caractere)|somme\s+des\s+chiffres|rime\s+avec|synonyme|a\s+l'envers|"
        r"pair\s+ou\s+impair",
        bare=r"(?:le|du)\s+mot\s+de\s+passe",
        soft=r"rime\s+avec|synonyme|a\s+l'envers|somme\s+des\s+chiffres|pair\s+ou\s+impair|"
        r"combien\s+de\s+voyelles",
    ),
    _latin(
        "es",
        r"tus\s+(?:\w{1,20}\s+)?(?:instrucciones|reglas|directrices|consignas|pautas)|"
        r"(?:la|el)\s+(?:palabra\s+secreta|codigo\s+(?:interno|secreto))|codigo\s+interno",
        r"cuant[ao]s\s+(?:palabras|letras|caracteres|frases|lineas|cifras|digitos|vocales)|"
        r"(?:primera|segunda|tercera|ultima)\s+letra|(?:primer|segundo|ultimo)\s+(?:digito|caracter)|"
        r"suma\s+de\s+sus\s+(?:cifras|digitos)|par\s+o\s+impar|rima\s+con|sinonimo|al\s+reves",
        bare=r"la\s+(?:contrasena|clave)",
        soft=r"rima\s+con|sinonimo|al\s+reves|suma\s+de\s+sus\s+(?:cifras|digitos)|par\s+o\s+impar|"
        r"cuantas\s+vocales",
    ),
    _latin(
        "it",
        r"(?:le\s+)?tue\s+(?:\w{1,20}\s+)?(?:istruzioni|regole|direttive|consegne)|"
        r"(?:la|della|nella)\s+parola\s+(?:segreta|d'ordine|chiave)|"
        r"(?:il|del|nel)\s+codice\s+(?:segreto|interno)",
        r"quant[ie]\s+(?:parole|lettere|caratteri|frasi|righe|cifre|vocali|consonanti)|"
        r"(?:prima|seconda|terza|ultima)\s+(?:lettera|consonante|vocale|cifra)|somma\s+delle\s+cifre|"
        r"fa\s+rima\s+con|sinonimo|al\s+contrario|pari\s+o\s+dispari",
        bare=r"(?:la|della|nella)\s+password",
        soft=r"fa\s+rima\s+con|sinonimo|al\s+contrario|somma\s+delle\s+cifre|pari\s+o\s+dispari|"
        r"quante\s+vocali",
    ),
    _latin(
        "pt",
        r"(?:as\s+)?(?:tuas|suas)\s+(?:\w{1,20}\s+)?(?:instrucoes|regras|diretrizes)|"
        r"(?:a|da|na)\s+palavra\s+secreta|(?:o|do)\s+codigo\s+(?:secreto|interno)",
        r"quant[ao]s\s+(?:palavras|letras|caracteres|frases|linhas|digitos|vogais)|"
        r"(?:primeira|segunda|terceira|ultima)\s+letra|soma\s+dos\s+digitos|rima\s+com|sinonimo|"
        r"ao\s+contrario|par\s+ou\s+impar",
        bare=r"(?:a|da|na)\s+(?:senha|palavra-passe)",
        soft=r"rima\s+com|sinonimo|ao\s+contrario|soma\s+dos\s+digitos|par\s+ou\s+impar|quantas\s+vogais",
    ),
    _latin(
        "nl",
        r"je\s+(?:\w{1,20}\s+)?(?:instructies|regels|richtlijnen|prompt)|(?:het|van\s+het)\s+"
        r"(?:geheime\s+woord|codewoord)",
        r"hoeveel\s+(?:woorden|letters|tekens|zinnen|cijfers|klinkers)|(?:eerste|tweede|derde|"
        r"laatste)\s+(?:letter|teken|cijfer|woord)|rijmt\s+op|synoniem|achterstevoren",
        # the password hidden in a poem is no policy question either
        bare=r"(?:het|van\s+het)\s+wachtwoord",
        soft=r"rijmt\s+op|synoniem|achterstevoren|hoeveel\s+klinkers|verstopt|verborgen",
    ),
    _latin(
        "pl",
        r"(?:twoje|twoich|twoim)\s+(?:\w{1,20}\s+)?(?:instrukcj\w*|zasad\w*|regu[lł]\w*|wytyczn\w*)|"
        r"tajn\w+\s+(?:has[lł]\w*|s[lł]ow\w*|kod\w*)|has[lł]\w*,?\s+(?:ktore|ktorego)\s+(?:chronisz|strzezesz)",
        r"ile\s+(?:s[lł]ow|liter|znakow|zdan|cyfr|samog[lł]osek)|(?:pierwsz\w+|drug\w+|trzeci\w+|"
        r"ostatni\w+)\s+(?:liter\w*|znak\w*|cyfr\w*)|suma\s+cyfr|rymuje\s+sie|synonim|od\s+ty[lł]u|wspak",
    ),
    # h27: the languages the table missed. The model's own secret (given to
    # it, kept by it) with any measure; a bare definite password only with
    # a rhyme, synonym or antonym (no policy asks for those). Czech has no
    # bare form: "heslo" is also a slogan and a dictionary headword.
    _latin(
        "tr",
        r"(?:sana\s+verilen|korudugun|sakladigin)\s+(?:\w+\s+)?(?:sifre|parola|kod)\w*|gizli\s+(?:kelime|sifre)\w*",
        r"kac\s+(?:harf|karakter|hece)|(?:ilk|son|ikinci|ucuncu)\s+harf\w*|kafiye\w*|es\s+anlam\w*|"
        r"zit\s+anlam\w*|ipucu\w*",
        bare=r"(?:sifre|parola)(?:nin|yle|yla|yi|ye|ya)",
        soft=r"kafiye\w*|es\s+anlam\w*|zit\s+anlam\w*",
    ),
    _latin(
        "vi",
        r"mat\s+khau\s+(?:ma\s+)?ban\s+(?:dang\s+)?(?:giu|bao\s+ve|[dđ]uoc\s+giao)|tu\s+bi\s+mat",
        r"bao\s+nhieu\s+(?:chu|ky\s+tu)|chu\s+cai\s+(?:dau|\x{111}au|cuoi)|van\s+voi|dong\s+nghia|"
        r"\s?\x{111}ong\s+nghia|trai\s+nghia|goi\s+y",
        bare=r"mat\s+khau",
        soft=r"van\s+voi|dong\s+nghia|\s?\x{111}ong\s+nghia|trai\s+nghia",
    ),
    _latin(
        "id",
        r"kata\s+sandi\s+yang\s+(?:diberikan|kamu\s+jaga|dipercayakan)\w*|kata\s+rahasia",
        r"berapa\s+(?:huruf|karakter)|huruf\s+(?:pertama|terakhir)|berima|sinonim|antonim|"
        r"lawan\s+kata|petunjuk",
        bare=r"kata\s+sandi(?:nya)?",
        soft=r"berima|sinonim|antonim|lawan\s+kata",
    ),
    _latin(
        "ro",
        r"parola\s+(?:pe\s+care\s+o\s+(?:pazesti|ai\s+primit)|secreta)",
        r"cate\s+litere|(?:prima|ultima)\s+litera|rimeaza|sinonim|antonim|indiciu",
        bare=r"parola",
        soft=r"rimeaza\s+cu|sinonim|antonim",
    ),
    _latin(
        "hu",
        r"titkos\s+(?:jelszo|szo)\w*|jelszo\w*,?\s+amit\s+(?:orzol|rad\s+biztak|kaptal)",
        r"hany\s+betu\w*|(?:elso|utolso)\s+betu\w*|rimel\w*|szinonim\w*|ellentet\w*|tipp\w*|utalas\w*",
        bare=r"(?:a\s+)?jelszo\w*",
        soft=r"rimel\w*|szinonim\w*|ellentet\w*",
    ),
    _latin(
        "sw",
        r"nenosiri\s+(?:la\s+siri|ulilopewa|unalolinda)|neno\s+la\s+siri",
        r"herufi\s+ngapi|herufi\s+ya\s+(?:kwanza|mwisho)|kisawe|kinyume|vina|dokezo",
        bare=r"nenosiri",
        soft=r"kisawe|vina\s+na",
    ),
    _latin(
        "cs",
        r"tajne\s+heslo|heslo,?\s+ktere\s+(?:strezis|hlidas|chranis|mas\s+\w+)",
        r"kolik\s+(?:pismen|znaku)|(?:prvni|posledni)\s+pismen\w*|rymuje|synonym\w*|opak\w*|napoved\w*",
    ),
    _latin(
        "sv",
        r"det\s+hemliga\s+ordet|losenordet\s+som\s+du\s+(?:vaktar|har\s+fatt|skyddar)",
        r"hur\s+manga\s+bokstaver|(?:forsta|sista)\s+bokstaven|rimmar\s+pa|synonym|motsats\w*|ledtrad\w*",
        bare=r"losenordet",
        soft=r"rimmar\s+pa|synonym|motsatsen",
    ),
    # h27: a bare password with a rhyme, synonym or antonym, in the scripts
    # whose article makes it the known one (Arabic al-, Hebrew ha-, Greek
    # "τον"); without an article ("पासवर्ड का पर्यायवाची") it is a
    # learner's vocabulary question. Never "the opposite" alone: "on the
    # contrary" reads so in Arabic and Greek.
    _scripts(
        "scripts_bare",
        r"كلمة\s+(?:السر|المرور)|הסיסמ\S*|(?:τον|του)\s+κωδικ\S*",
        r"مرادف|قافية|يقافي|مترادف|متضاد|هم\s*قافیه|מילה\s+נרדפת|מתחרז|पर्यायवाची|विलोम|तुकबंदी|"
        r"সমার্থক|বিপরীত\s*শব্দ|ছন্দ|ہم\s+معنی|متضاد|قافیہ|คำพ้อง|คำตรงข้าม|สัมผัส|συνώνυμ\S*|"
        r"ομοιοκατάληκτ\S*|рим\S*|синонім\S*|антонім\S*|антоним\S*|反义词|押韵|反対語|対義語|類義語|"
        r"반대말|동의어|비슷한\s*말",
    ),
    _scripts(
        "ru",
        r"(?:твои|твоих|твоим|ваши|ваших)\s+(?:\S{1,20}\s+)?(?:инструкци|правил|указани)\p{L}*|"
        r"(?:секретн|тайн)\p{L}*\s+(?:слов|парол|код)\p{L}*|пароль,?\s+который\s+ты\s+(?:хранишь|охраняешь)",
        r"сколько\s+(?:слов|букв|символов|предложений|строк|цифр|гласных)|(?:перв|втор|трет|последн)"
        r"\p{L}{0,3}\s+(?:букв|символ|цифр)\p{L}*|сумм\p{L}*\s+цифр|рифму\p{L}*|синоним\p{L}*|задом\s+наперёд",
    ),
    _scripts(
        "zh",
        r"你的(?:系统)?(?:提示词|指令|规则|设定)|你(?:守护|保管|保护)的(?:密码|口令|秘密)|秘密(?:口令|密码|单词)|暗号",
        r"几个字|多少(?:个)?(?:字|字母|字符|词|句)|第(?:一|二|三|[0-9])个(?:字|字母)|最后一个字|首字母|"
        r"倒着|反着写|押韵|各位数字之和|奇数还是偶数",
    ),
    _scripts(
        "ja",
        # never a bare "合言葉": a write-up tells how a bot was made to rhyme on one
        r"(?:あなたの|君の)(?:指示|プロンプト|ルール|合言葉|パスワード)|(?:あなた|君)が(?:守|隠)って(?:いる)?"
        r"(?:合言葉|パスワード|秘密)|秘密の(?:パスワード|言葉|コード)|設定文|システムプロンプト",
        r"何文字|何語|何文|何回|最初の単語|最後の単語|単語数|最初の文字|最後の文字|[0-9一二三]文字目|頭文字|逆から|逆さ|韻を踏|偶数か奇数",
    ),
    _scripts(
        "ko",
        # "네" is also "yes": it counts only before the setup words
        r"(?:너의|당신의)\s*(?:지침|지시문|프롬프트|규칙|비밀번호|암호)|네\s*(?:지침|지시문|프롬프트)|지침(?:에|의|은|는)|"
        r"비밀\s*(?:단어|코드)",
        r"몇\s*(?:글자|단어|번|문장|자리)|첫\s*(?:글자|단어)|마지막\s*글자|자릿수|거꾸로|짝수인지|홀수인지",
    ),
)  # fmt: skip
