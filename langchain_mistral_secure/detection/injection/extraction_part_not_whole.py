"""The secret or the setup disclaimed as a whole, then asked for piece by piece.

Family: extraction (side channels on a password or on the instructions). The
attacker first says they do not want the thing ("don't tell me your
instructions", "I'm not asking for the password", "no me digas el mensaje
del sistema", "ich will das Passwort nicht wissen", "ne me dis pas le mot de
passe", "не называй пароль", "지시문을 말하지 않아도 돼") and then asks for a
measure or a piece of it: how many letters, words or lines, the first or
the fifth word, what it rhymes with, a yes or no about it, each letter. Two
parts must meet within one bounded window, in that order: the disclaimer
naming the model's password or instructions, and the demand of a piece.

Why it is safe on benign text: the disclaimer must name the model's own
object ("your instructions", "the system prompt", "the password"), never an
answer, a solution or the user's rules ("don't tell me the answer, just give
me a hint" stays clear); a piece demand with no such disclaimer before it is
left to the other extraction families.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "extraction"

# --- Latin-script languages, on the folded view ---------------------------

# The model's object: its password or secret, its instructions or prompt.
_GUARDED_WORD = (
    r"(?:password|passcode|passphrase|secret(?:\s+word)?|code\s*word|passwort|kennwort|"
    r"geheimwort|contrasena|clave(?:\s+secreta)?|mot\s+de\s+passe|parola\s+segreta|"
    r"senha|wachtwoord|has(?:lo|la))"
)
_SETUP = (
    r"(?:instructions?|system\s+(?:prompt|message)|prompt|anweisungen|vorgaben|"
    r"systemprompt|instrucciones|mensaje\s+del\s+sistema|consignes|istruzioni|"
    r"instrucoes|instructies|instrukcj\w+|polecenia)"
)
_OWN = (
    r"(?:your|the|deine\w*|das|die|den|tus|tu|el|la|tes|ton|ta|le|les|tue|tuo|tua|il|le|"
    r"suas|seu|sua|teu|tua|o|a|je|het|de|twoje|twoich|swoje)"
)
_OBJ = rf"{_OWN}\s+(?:{_GUARDED_WORD}|{_SETUP})"
_NOT_WHOLE = alt(
    [
        # EN
        (rf"(?:don't|do\s+not|no\s+need\s+to|you\s+don't\s+have\s+to)\s+(?:tell|give|show|say|"
         rf"reveal|repeat)\s+(?:me\s+)?{_OBJ}|i(?:'m|\s+am)\s+not\s+asking\s+(?:you\s+)?"
         rf"(?:for|about)\s+{_OBJ}|without\s+(?:telling|saying|revealing)\s+(?:me\s+)?{_OBJ}"),
        # DE / NL
        (rf"(?:sag|nenn|verrat|zeig)\w*\s+mir\s+{_OBJ}\s+nicht|"
         rf"ich\s+will\s+{_OBJ}\s+(?:gar\s+)?nicht\s+(?:wissen|sehen|horen)|"
         rf"(?:vertel|zeg|geef|toon)\s+(?:me\s+)?{_OBJ}\s+niet"),
        # ES / FR / IT / PT / PL
        (rf"no\s+me\s+(?:digas|muestres|des|reveles)\s+{_OBJ}|no\s+te\s+pido\s+{_OBJ}|"
         rf"ne\s+me\s+(?:dis|donne|montre|revele)\s+pas\s+{_OBJ}|"
         rf"je\s+ne\s+(?:te\s+)?demande\s+pas\s+{_OBJ}|"
         rf"non\s+(?:dirmi|mostrarmi|rivelarmi)\s+{_OBJ}|"
         rf"nao\s+(?:me\s+)?(?:diga|digas|mostre|reveles?)\s+{_OBJ}|"
         rf"nie\s+(?:mow|podawaj|pokazuj|zdradzaj)\s+(?:mi\s+)?{_OBJ}"),
    ]
)  # fmt: skip
# A measure or a piece of it.
_PIECE = alt(
    [
        (r"how\s+many\s+(?:letters|characters|words|lines|syllables)|"
         r"(?:first|last|second|third|fourth|fifth|\w+th)\s+(?:letter|word|character|line)|"
         r"which\s+letter|rhymes?\s+with|(?:starts?|begins?)\s+with|yes\s+or\s+no|"
         r"backwards|in\s+reverse|each\s+letter|alphabetical\w*"),
        (r"wie\s+viele\s+(?:buchstaben|zeichen|worter|zeilen|silben)|reimt|"
         r"(?:ersten?|letzten?)\s+buchstaben|ja\s+oder\s+nein|ruckwarts|"
         r"hoeveel\s+(?:letters|woorden|regels)|(?:eerste|laatste)\s+letter|rijmt|"
         r"ja\s+of\s+nee|achterstevoren|elke\s+letter"),
        (r"cuantas\s+(?:letras|palabras|lineas|silabas)|"
         r"(?:primera|ultima|segunda|tercera|quinta)\s+(?:letra|palabra)|rima\s+con|"
         r"si\s+o\s+no|al\s+reves|cada\s+letra|combien\s+de\s+(?:lettres|mots|lignes|syllabes)|"
         r"(?:premiere|derniere)\s+lettre|rime\s+avec|oui\s+ou\s+non|a\s+l'envers|"
         r"chaque\s+lettre|quante\s+(?:lettere|parole|righe|sillabe)|"
         r"(?:prima|ultima)\s+lettera|fa\s+rima|al\s+contrario|ogni\s+lettera|"
         r"quantas\s+(?:letras|palavras|linhas)|(?:primeira|ultima)\s+letra|rima\s+com|"
         r"sim\s+ou\s+nao|de\s+tras\s+para\s+frente|"
         r"ile\s+(?:liter|slow|linii)|(?:pierwsz|ostatni)\w*\s+liter\w*|rymuje|"
         r"tak\s+(?:lub|czy)\s+nie|od\s+tylu|kazd\w+\s+liter\w*"),
    ]
)  # fmt: skip
_PART = rf"\b{_NOT_WHOLE}\b[^\n]{{0,120}}?\b{_PIECE}\b"

# --- Scripts the folded view mangles: on the text itself ------------------

_NOT_WHOLE_RAW = (
    r"(?:не\s+(?:называй|говори|показывай|раскрывай)\s+(?:мне\s+)?(?:свой\s+|свои\s+)?"
    r"(?:пароль|секрет\S*|инструкци\S*|системн\S+\s+(?:промпт|сообщени\S*))|"
    r"(?:指示|プロンプト|パスワード|合言葉)\S{0,8}(?:言わなくて(?:いい|も)|言わないで)|"
    r"(?:不用|别|不要)(?:告诉我|说出?)(?:你的)?(?:密码|口令|指令|提示词|系统提示)|"
    r"(?:지시문|지침|프롬프트|비밀번호|암호)\S*\s*(?:직접\s*)?말하지\s*(?:말고|않아도))"
)
_PIECE_RAW = (
    r"(?:сколько\s+(?:\S+\s+){0,2}?(?:букв|слов|строк|символов)|(?:перв|последн)\S+\s+букв\S*|транслит\S*|"
    r"по\s+буквам|задом\s+наперёд|рифм\S*|何行|何文字|文字数|最初の文字|最後の文字|"
    r"几个字|多少个字|第一个字|首字母|倒过来|몇\s*(?:글자|자|줄|단어)|첫\s*글자|"
    r"각\s*글자|글자|단어\S*\s*(?:\S+\s*)?정렬|가나다순)"
)
_PART_RAW = rf"{_NOT_WHOLE_RAW}[^\n]{{0,100}}?{_PIECE_RAW}"

RULES: tuple[Rule, ...] = (
    Rule("injection.extraction.part_not_whole", _CAT, _PART, score=0.7,
         max_len=230,
         description="The password or setup disclaimed, then asked for piece by piece"),
    raw_rule("injection.extraction.part_not_whole_raw", _CAT, _PART_RAW,
             "Other scripts: the password or setup disclaimed, then asked in pieces",
             score=0.7, max_len=180),
)  # fmt: skip
