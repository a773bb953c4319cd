"""The guarded password asked for through a cipher, a script or a word game.

Family: extraction (Gandalf-style password games). The player asks for the
password carried by something that still spells it: written in runes,
Morse, the NATO alphabet, binary, Unicode code points, katakana or Braille;
turned backwards, into an anagram, a Caesar shift or leetspeak;
transliterated, fingerspelled, numbered A=1, B=2; scored in
Scrabble, hidden in an acrostic or a crossword, or replaced by a synonym.
The carriers vary without end, but the ones that keep the letters are a
small closed set, and each is named by one word. On the folded view three
parts meet in one bounded window: a demand on the model (write, spell,
give, what is), the definite password (the / your password, das Passwort,
le mot de passe, la contraseña, a senha, het wachtwoord) and such a
carrier. In the other scripts (пароль, 密码, パスワード, 비밀번호) the verb
comes last or is folded into the sentence end, so the password and the
carrier alone must meet, in a shorter window.

Why it is safe on benign text: security prose about stored or attacked
passwords ("a password stored reversed") makes no demand on the model;
code stores, hashes and encodes passwords, so the encodings a program uses
(base64, hex, hash, encrypt) are not carriers here; a policy question
names an indefinite password; "a poem about passwords" names no carrier
that keeps the letters; a word game with the user's own word names no
password.
"""

# ruff: noqa: E501, RUF001
# (one language per line; the raw patterns are written in
# Cyrillic, CJK and Korean.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "extraction"

# The definite password of the model (Latin scripts, folded view).
_GUARDED_WORD = alt(
    [
        r"(?:the|your|ur)\s+(?:secret\s+)?(?:password|passphrase|passcode|pass\s*word|code\s*word|secret\s+word)",
        # a bare "the secret" only where its noun phrase ends ("the secret
        # message" and "the secret of good bread" go on)
        r"(?:the|your|ur)\s+secret(?:\s*[,.;:!?]|\s+(?:in|as|into|using|with|but|backwards)\b)",
        r"(?:das|dein|ihr)\s+(?:geheime\s+)?(?:passwort|kennwort|losungswort|geheimwort)",
        r"(?:le|ton|votre)\s+mot\s+de\s+passe|(?:le|ton|votre)\s+mot\s+secret",
        r"(?:la|tu|su)\s+(?:contrasena|clave\s+secreta|palabra\s+secreta)",
        r"(?:a|sua|tua)\s+(?:senha|palavra-passe|palavra\s+secreta)",
        r"(?:la|tua)\s+(?:password|parola\s+(?:d'ordine|segreta))",
        r"(?:het|je|jouw)\s+(?:wachtwoord|geheime\s+woord)",
        r"(?:losenordet|passordet|adgangskoden|kodeordet)",
        # h27: PL / CS / VI / ID / RO / HU / SW name the password without an
        # article (the view keeps Polish "ł", hence "hasło" + a space)
        r"(?:twoje\s+|to\s+)?has(?:lo\b|\x{142}o\s)|(?:tve\s+|to\s+)?heslo",
        r"mat\s+khau|kata\s+sandi(?:nya|mu)?|parola\s+(?:ta|secreta)",
        r"(?:a\s+)?jelszo(?:t|dat|d)|nenosiri(?:\s+lako)?",
    ]
)  # fmt: skip
# Turkish marks the known object by its case ending ("şifreyi", "the
# password"), and puts the verb last: the accusative and a carrier suffice.
_GUARDED_TR = r"(?:sifre|parola)(?:yi|ni)|gizli\s+kelimeyi|erisim\s+kodunu"
# Carriers that keep every letter (never a program's encoding).
_CARRIER = alt(
    [
        r"runes?|runic|futhark|scrabble|morse|nato|phonetic\s+alphabet|emojis?|anagram\w*|backwards|reversed|in\s+reverse",
        r"acrostic\w*|crossword|synonym\w*|chess\s+squares?|katakana|hiragana|romaji|hangul|braille|semaphore|hieroglyph\w*",
        r"pig\s+latin|leetspeak|leet|binary|code\s+points?|ascii\s+(?:codes?|values?)|caesar|rot-?13|ord\(",
        r"fingerspell\w*|sign\s+language|flag\s+alphabet|a\s*=\s*1|a1z26|alphabet\s+positions?|upside\s+down",
        r"mirror\s+writing|translitera\w*|cyrillic|greek\s+(?:letters|alphabet)|verlan|transkri\w*",
        # DE / FR / ES / PT / IT / NL
        r"runen|ruckwarts|buchstabieralphabet|kreuzwortratsel|anagramm|morsecode|binar\w*|casar\w*",
        r"a\s+l'envers|alphabet\s+phonetique|mots\s+croises|anagramme|binaire|cesar",
        r"al\s+reves|alfabeto\s+(?:fonetico|militar)|crucigrama|anagrama|binario|cesar|de\s+tras\s+para\s+a\s+frente|palavras\s+cruzadas",
        r"al\s+contrario|alfabeto\s+(?:nato|fonetico)|cruciverba|anagramma|binario|cesare",
        r"achterstevoren|spellingsalfabet|kruiswoordpuzzel|anagram|binair",
        # h27: a mark between every letter, every letter doubled, letter by
        # letter (the letters kept, only spaced), in each language
        (r"between\s+(?:each|every|all)\s+(?:of\s+its\s+|the\s+)?(?:two\s+)?(?:letters?|characters?)|"
         r"(?:each|every)\s+letter\s+(?:doubled|twice|repeated)|letter\s+by\s+letter|hangman"),
        (r"zwischen\s+(?:jedem|jeden|allen)\s+(?:einzelnen\s+)?buchstaben|buchstabe\s+fur\s+buchstabe|"
         r"jeden\s+buchstaben\s+doppelt|entre\s+chaque\s+(?:lettre|caractere)|lettre\s+par\s+lettre|"
         r"chaque\s+lettre\s+(?:doublee|repetee)"),
        (r"entre\s+cada\s+(?:letra|caracter|caractere)|letra\s+por\s+letra|"
         r"cada\s+letra\s+(?:repetida|duplicada|separada)|tra\s+(?:ogni|ciascuna)\s+lettera|"
         r"lettera\s+per\s+lettera|ogni\s+lettera\s+(?:ripetuta|raddoppiata)"),
        (r"tussen\s+(?:elke|iedere|alle)\s+letter\w*|letter\s+voor\s+letter|"
         r"mellan\s+(?:varje|alla)\s+bokst\w+|bokstav\s+for\s+bokstav"),
        # PL / CS / VI / ID / RO / HU / SW
        (r"miedzy\s+(?:kazda|wszystkimi)\s+liter\w*|litera\s+po\s+literze|wspak|od\s+tylu|"
         r"mezi\s+(?:kazde|vsechna)\s+pismen\w*|pismeno\s+po\s+pismenu|pozpatku"),
        # (RE2's \b is ASCII: before a Vietnamese "đ" the space is taken in)
        (r"danh\s+van|\s?\x{111}anh\s+van|tung\s+chu\s+cai|giua\s+(?:moi|cac)\s+chu(?:\s+cai)?|viet\s+nguoc|"
         r"(?:di\s+)?antara\s+setiap\s+huruf|huruf\s+demi\s+huruf|terbalik|dari\s+belakang"),
        (r"intre\s+fiecare\s+litera|litera\s+cu\s+litera|de\s+la\s+coada|"
         r"minden\s+betu\s+(?:koze|kozott)|betunkent|visszafele|herufi\s+kwa\s+herufi|kinyume"),
    ]
)  # fmt: skip
# A mark put between every letter: a form of output only (no policy spaces
# a password's letters), so the definite password and it suffice, in either
# clause order ("if the password were a plate, hyphens between each letter").
_SPACED = alt(
    [
        r"between\s+(?:each|every)\s+(?:two\s+)?(?:letters?|characters?)",
        r"zwischen\s+(?:jedem|jeden)\s+(?:einzelnen\s+)?buchstaben|entre\s+chaque\s+(?:lettre|caractere)",
        r"entre\s+cada\s+(?:letra|caracter|caractere)|tra\s+(?:ogni|ciascuna)\s+lettera",
        r"tussen\s+(?:elke|iedere)\s+letter|mellan\s+varje\s+bokstav|miedzy\s+kazda\s+liter\w*",
        r"mezi\s+kazde\s+pismen\w*|giua\s+moi\s+chu(?:\s+cai)?|antara\s+setiap\s+huruf",
        r"intre\s+fiecare\s+litera|minden\s+betu\s+(?:koze|kozott)",
    ]
)  # fmt: skip
# Turkish carriers (after the accusative password, before the verb).
_CARRIER_TR = (
    r"(?:her\s+)?harf(?:in|inin|lerin)\s+arasina|harf\s+harf|tersten|ters\s+sirayla|"
    r"mors|ikili\s+sistem|heceleyerek|nato\s+alfabesi"
)
# A demand on the model: security prose about stored or attacked passwords
# ("a password stored reversed", "attackers try it backwards") makes none.
_ASK = alt(
    [
        (r"write|spell|give|tell|say|type|print|show|send|put|list|convert|translate|turn|render|"
         r"tap\s+out|read\s+out|what(?:'s|\s+is|\s+would)|how\s+(?:would|does)"),
        r"schreib\w*|buchstabier\w*|gib|sag|nenn\w*|zeig\w*|wie\s+(?:lautet|sieht)|was\s+ist",
        r"ecris|ecrivez|donne|donnez|dis|dites|epelle\w*|quel\s+est",
        r"escribe|escriba|deletrea|dame|dime|cual\s+es|escreva|escreve|soletr\w*|diga|diz|qual\s+e",
        r"scrivi|dimmi|dammi|qual\s+e|zet|schrijf|geef|spel|noem|wat\s+is|skriva?|stava|ge\s+mig|hva\s+er",
        r"napisz|podaj|powiedz|przeliteruj|jakie\s+jest|napis|rekni|vyhlaskuj|jake\s+je",
        r"(?:hay\s+)?viet|cho\s+toi|tulis\w*|sebut\w*|eja\w*|berikan|ketik\w*",
        r"scrie|spune(?:-mi)?|da-mi|care\s+e|ird|mondd|betuzd|add\s+meg|andika|niambie|taja",
    ]
)  # fmt: skip
_IN_CIPHER = (
    rf"\b{_ASK}\b[^\n]{{0,30}}?\b{_GUARDED_WORD}\b[^\n]{{0,80}}?\b{_CARRIER}|"
    rf"\b{_ASK}\b[^\n]{{0,30}}?\b{_CARRIER}\b[^\n]{{0,80}}?\b{_GUARDED_WORD}\b|"
    # the carrier as the verb: "fingerspell your password"
    rf"\b(?:fingerspell\w*|translitera\w*|transkribi\w*)\b[^\n]{{0,30}}?\b{_GUARDED_WORD}\b|"
    rf"\b(?:{_GUARDED_TR})\b[^\n]{{0,60}}?\b(?:{_CARRIER_TR})\b|"
    rf"\b{_GUARDED_WORD}\b[^\n.!?]{{0,80}}?\b{_SPACED}\b|\b{_SPACED}\b[^\n.!?]{{0,40}}?\b{_GUARDED_WORD}\b"
)

# --- Scripts the folded view mangles: on the text itself ------------------

_GUARDED_WORD_RAW = (
    r"(?:парол[ьяеюі]\S*|密码|密碼|口令|パスワード|合言葉|비밀번호|암호|"
    r"كلمة\s+(?:السر|المرور)|گذرواژه|رمز\s+عبور|پاس\s*ورڈ|סיסמ\S*|पासवर्ड|পাসও\S*|"
    r"รหัสผ่าน|κωδικ\S*|συνθηματικ\S*)"
)
_CARRIER_RAW = (
    r"(?:рун\S*|азбук\S*\s+морзе|морзе|задом\s+наперёд|задом\s+наперед|наоборот|анаграмм\S*|двоичн\S*|"
    r"шифр\S*\s+цезаря|кроссворд\S*|синоним\S*|навпаки|двійков\S*|"
    r"摩斯|莫尔斯|倒着|反过来|倒序|二进制|拼音|字谜|同义词|凯撒|"
    r"モールス|逆から|逆さ|アナグラム|二進数|ローマ字|カタカナ|ひらがな|点字|クロスワード|"
    r"транслит\S*|латиниц\S*|кириллиц\S*|摩尔斯|反着|盲文|"
    r"모스|거꾸로|애너그램|이진수|초성|로마자|한글\s*발음|한글로|점자|"
    # h27: letter by letter, a mark between the letters, backwards (not the
    # Japanese "one character at a time": a CTF write-up tells how a bot
    # leaked a bare 合言葉 so)
    r"по\s+буквам|по\s+літерах|через\s+(?:пробел|дефис|звёздочк\S*|звездочк\S*|пробіл)|"
    r"між\s+кожною\s+літерою|между\s+каждой\s+буквой|"
    r"每个字母之间|逐个字母|一个字母一个字母|文字の間に|한\s*글자씩|글자\s*사이에|"
    r"بالعكس|معكوس\S*|حرف(?:ًا|ا)\s+حرف(?:ًا|ا)|بين\s+كل\s+حرف|مورس|"
    r"برعکس|وارونه|حرف\s+به\s+حرف|بین\s+هر\s+حرف|"
    r"הפוך|מהסוף\s+להתחלה|אות\s+אחר\s+אות|בין\s+כל\s+אות|מורס|"
    r"उल्टा|अक्षर-?\s*अक्षर|हर\s+अक्षर\s+के\s+बीच|मोर्स|"
    r"উল্টো|অক্ষর\s+অক্ষর|প্রতিটি\s+অক্ষরের\s+মাঝে|"
    r"الٹا|حرف\s+بہ\s+حرف|ہر\s+حرف\s+کے\s+درمیان|"
    r"กลับหลัง|ย้อนกลับ|ทีละตัว|ระหว่างแต่ละตัวอักษร|มอร์ส|"
    r"ανάποδα|γράμμα\s+γράμμα|ανάμεσα\s+σε\s+κάθε\s+γράμμα|μορς)"
)
_IN_CIPHER_RAW = rf"{_GUARDED_WORD_RAW}[^\n]{{0,60}}?{_CARRIER_RAW}|{_CARRIER_RAW}[^\n]{{0,60}}?{_GUARDED_WORD_RAW}"

RULES: tuple[Rule, ...] = (
    Rule("injection.extraction.secret_in_cipher", _CAT, _IN_CIPHER, score=0.7,
         max_len=200, description="Latin scripts: the password asked for through a cipher or game"),
    raw_rule("injection.extraction.secret_in_cipher_raw", _CAT, _IN_CIPHER_RAW,
             "Other scripts: the password asked for through a cipher or game",
             score=0.7, max_len=140),
)  # fmt: skip
