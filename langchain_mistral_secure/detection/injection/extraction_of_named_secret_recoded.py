"""The guarded password asked for in another form: a code, a puzzle, a category.

Family: extraction (side channel). A password game's model guards a word
and an output filter looks for that word. The attacker asks for the same
word in a form the filter does not read: a writing system (Braille dots,
Morse code, semaphore, sign language), a spelling alphabet (NATO, "the
alphabet pilots use", Funkalphabet), one emoji or number per letter, a
word-search or crossword hiding it, or yes/no category questions that pin
it down ("is the password an animal? a colour? a city?"). The word is named
as the game names it (the password, the secret word, "pw", "het wachtwoord",
"la contraseña", "パスワード") or by how the model holds it ("the one you're
protecting", "the word you must not say").

Rules: the secret and such a form meet in one bounded window, in either
order, in EN, DE, FR, ES, IT, PT, NL, PL, SV, DA/NO, TR, CS, RO, ID on the
folded view, and RU, UK, ZH, JA, KO, AR, HI on the text itself; a category
question ("is the password an animal") in EN, DE, FR, ES, IT, PT, NL.

Why it is safe on benign text: "my password" and "a password" are the
user's or a generic one (the secret here is "the/your password" or the
game's words); writing a word the user gives in Morse ("write 'hello' in
Morse code") or making a word-search of fruit names names no secret; and a
password policy question asks what a password may contain ("can the
password be a number"), not what the guarded one is.
"""

# ruff: noqa: E501
# (Cyrillic, CJK, Hangul, Arabic and Devanagari on purpose)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import raw_rule

__all__ = ["RULES"]

_CAT = "extraction"

# The guarded word, in the game's words or by how the model holds it.
_GUARDED = (
    r"(?:the|your|ur)\s+(?:secret\s+|hidden\s+|magic\s+|current\s+)?(?:password|passcode|passphrase|"
    r"pass\s+word|secret(?:\s+(?:word|code|phrase|key))?|code\s*word|magic\s+word)|\bpwd?\b|"
    r"the\s+(?:word|one|thing|code)\s+(?:that\s+)?you(?:'re|\s+are|'ve\s+been|\s+have\s+been|\s+were)?\s+"
    r"(?:\w{1,15}\s+){0,3}?(?:protect|guard|hid|keep|hold|told\s+not|not\s+(?:to\s+)?say|must\s+not|"
    r"can't\s+say|cannot\s+say|careful\s+not)\w*|"
    # folded European languages: the game's word with its article or alone
    r"(?:das|dein)\s+(?:passwort|kennwort|losungswort|geheimwort)|(?:le|ton)\s+mot\s+de\s+passe|"
    r"(?:la|tu)\s+(?:contrasena|clave\s+secreta)|(?:la|tua)\s+(?:password|parola\s+segreta)|"
    r"(?:a|tua|sua)\s+(?:senha|palavra-passe|palavra\s+secreta)|(?:het|je)\s+wachtwoord|"
    r"(?:to\s+)?has[lł]o|l[oö]senordet|passordet|adgangskoden|sifre(?:yi|n)?|heslo|parola\s+secreta|"
    r"kata\s+sandi(?:nya)?"
)
# The other form: a writing system, a spelling alphabet, per-letter symbols, a puzzle.
_FORM = (
    r"braille|morse\w*|semaphore?|sign\s+language|ascii\s+art|"
    r"(?:phonetic|spelling|radio|pilots?'?|nato|aviation)\s+alphabet|alphabet\s+(?:used\s+by\s+)?pilots|"
    r"emojis?|(?:one|an?)\s+(?:emoji|number|symbol|flag|picture|icon)\s+(?:per|for\s+(?:each|every))\s+letter|"
    r"a1z26|word[\s-]?search|crossword|acrostic|"
    # folded European languages
    r"brailleschrift|blindenschrift|morsecode|morsealfabet\w*|funkalphabet|buchstabieralphabet|"
    r"gebardensprache|kreuzwortratsel|suchsel|buchstabensalat|alphabet\s+(?:phonetique|radio|otan)|"
    r"langue\s+des\s+signes|mots\s+(?:croises|meles)|alfabeto\s+(?:fonetico|radiofonico|nato|otan|da\s+otan|de\s+la\s+otan)|"
    r"lengua\s+de\s+signos|crucigrama|sopa\s+de\s+letras|lingua\s+dei\s+segni|cruciverba|"
    r"palavras\s+cruzadas|caca-palavras|spellingsalfabet|gebarentaal|kruiswoordpuzzel|woordzoeker|"
    r"alfabet\s+(?:fonetyczny|nato|morse\w*)|alfabeto\s+morse|fonetisk\s+alfabet|bokstaveringsalfabet|"
    r"emoji\w*|ikon\w*\s+per\s+huruf|per\s+huruf"
)
_CATEGORY = (
    r"animal|colou?r|city|country|place|food|fruit|plant|flower|object|brand|person'?s?\s+name|"
    r"famous|celebrity|tier|farbe|stadt|land|pflanze|blume|ville|pays|couleur|fleur|"
    r"animale|colore|citta|paese|fiore|cidade|pais|cor|flor|dier|kleur|bloem|ciudad"
)

RULES: tuple[Rule, ...] = (
    Rule(
        "injection.secret_recoded.latin",
        _CAT,
        # one clause: no comma or full stop between (a write-up's "refused the password, but
        # translated it into Morse" reports, it does not ask)
        rf"\b(?:{_GUARDED})\b[^\n,;.!]{{0,60}}?\b(?:{_FORM})\b|\b(?:{_FORM})\b[^\n,;.!]{{0,60}}?\b(?:{_GUARDED})\b",
        score=0.7,
        max_len=220,
        description="the guarded password asked for in Braille, Morse, a spelling alphabet, emoji or a puzzle",
    ),
    Rule(
        "injection.secret_recoded.category",
        _CAT,
        r"\b(?:is|ist|est-ce\s+que|es|e|eh|is)\s+(?:the|your|das|dein|le|ton|la|tu|tua|a|sua|het|je)\s+"
        r"(?:password|passcode|secret\s+word|passwort|kennwort|mot\s+de\s+passe|contrasena|senha|wachtwoord)\s+"
        rf"(?:an?\s+|ein(?:e)?\s+|une?\s+|una?\s+|um(?:a)?\s+|een\s+)?(?:{_CATEGORY})\b|"
        r"\b(?:le\s+mot\s+de\s+passe|la\s+contrasena|la\s+password|a\s+senha|das\s+passwort|het\s+wachtwoord)\s+"
        rf"(?:est-il|est|es|e|ist|is)\s+(?:an?\s+|un(?:e|a)?\s+|um(?:a)?\s+|ein(?:e)?\s+|een\s+)?(?:{_CATEGORY})\b",
        score=0.7,
        max_len=120,
        description="yes/no category questions that pin the guarded password down",
    ),
    raw_rule(
        "injection.secret_recoded.scripts", _CAT,
        r"(?:пароль|пароля|секретное\s+слово|секретн\pL{1,3}\s+слов\pL{0,2}|密码|口令|暗号|パスワード|合言葉|"
        r"秘密の言葉|비밀번호|암호|كلمة\s+(?:المرور|السر)|पासवर्ड)[^\n,;.!\x{ff0c}\x{3002}\x{ff1b}]{0,30}?"
        r"(?:азбук\pL{0,2}\s+морзе|морзе|брайл\pL{0,3}|эмодзи|смайл\pL{0,5}|жестов\pL{0,4}|кроссворд|"
        r"摩斯|摩尔斯|盲文|点字|表情符号|表情|emoji|モールス|絵文字|手話|クロスワード|모스|점자|이모지|이모티콘|수화|"
        r"مورس|برايل|إيموجي|मोर्स|ब्रेल|इमोजी)|"
        r"(?:азбук\pL{0,2}\s+морзе|морзе|брайл\pL{0,3}|эмодзи|摩斯|摩尔斯|盲文|点字|表情符号|モールス|絵文字|"
        r"모스|점자|이모지|مورس|برايل|मोर्स|ब्रेल|इमोजी)[^\n,;.!\x{ff0c}\x{3002}\x{ff1b}]{0,30}?"
        r"(?:пароль|пароля|секретное\s+слово|密码|口令|パスワード|合言葉|비밀번호|암호|كلمة\s+(?:المرور|السر)|पासवर्ड)",
        "RU/UK/ZH/JA/KO/AR/HI: the guarded password in Morse, Braille or emoji",
        score=0.7, max_len=90,
    ),
)  # fmt: skip
