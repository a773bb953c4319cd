"""The model's guarded word, named by its ban, asked for sideways.

Family: extraction (the guarded password, through a pretext). The attacker
never says "password": they name the word by the rule that guards it ("the
word you refuse to say", "the one you were told never to share", "the
phrase you are guarding", "vilket ord är det du inte får säga", "das Wort,
das du nicht sagen darfst", "le mot que tu n'as pas le droit de dire") and
ask for it sideways: described like a dictionary would, in synonyms, as a
hint or a riddle, rhymed, letter by letter, in a crossword. Two parts meet
in one bounded window: the word named by the model's ban on saying it
(second person, a verb of saying, a modal of refusal), and an ask that
gives it away without saying it.

Why it is safe on benign text: a word one may not say on TV or at a job
interview is asked about, not given away ("what word can't you say on TV"
carries no ask for synonyms, a hint, its letters, a rhyme, a riddle);
security advice says "the password you must not share" generically, so a
bare modal counts only over "word", "phrase" or "one", and "password" needs
the model's own guarding ("the password you are guarding", "you were told
never to share"); a word game on a given word ("give me a hint for the word
'apple'") names no ban.
"""

# ruff: noqa: E501
# (E501: one language per line)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt

__all__ = ["RULES"]

_CAT = "extraction"

# --- English -----------------------------------------------------------------------

_SAY_EN = r"(?:say|tell|share|reveal|utter|give\s+(?:out|away)|disclose|type|write|speak|spell|mention|repeat)"
# The ban ends the clause: "the word you can't say on TV" is a word's use, not a guarded word.
_END_EN = r"(?:\s*(?:[?.,:;!)\]\"']|$)|\s+(?:to\s+(?:me|us|anyone|anybody|users?|the\s+users?|players?|visitors?)|out\s+loud|aloud|it)\b)"
_BANNED_EN = alt(
    [
        # the word you refuse to say / what word are you not allowed to say
        rf"\b(?:word|phrase|password|passphrase|passcode|code|secret|one)\s+(?:that\s+|which\s+)?you(?:'re|\s+are)?\s+(?:refuse|(?:not|never)\s+(?:allowed|permitted|supposed)|forbidden|told\s+(?:not|never))\s+to\s+{_SAY_EN}{_END_EN}",
        # a modal of refusal over "word", "phrase", "one" (never "password": security advice
        # says "the password you must not share should have 12 letters")
        rf"\b(?:word|phrase|secret\s+word|magic\s+word|one)\s+(?:that\s+|which\s+)?you\s+(?:can't|cannot|can\s+not|mustn't|must\s+not|must\s+never|may\s+not|won't|will\s+not)\s+{_SAY_EN}{_END_EN}",
        r"\b(?:word|phrase|password|passphrase|passcode|code|secret|one)\s+(?:that\s+|which\s+)?you\s+(?:were\s+told\s+(?:not|never)\s+to|refuse\s+to|are\s+hiding|are\s+guarding|are\s+protecting|guard|protect|keep\s+(?:secret|hidden|to\s+yourself))\b",
        rf"\bwhat\s+(?:word|phrase|password)\s+(?:do|can't|cannot|won't|must)\s+you\s+(?:(?:refuse|not\s+want)\s+to\s+|never\s+|not\s+)?{_SAY_EN}{_END_EN}",
        rf"\bwhat\s+(?:word|phrase|password)\s+are\s+you\s+(?:not\s+allowed|forbidden|not\s+supposed|refusing)\s+to\s+{_SAY_EN}{_END_EN}",
    ]
)
_GIVEAWAY_EN = (
    r"\b(?:synonyms?|rhymes?|rhyming|hint|clue|riddle|anagram|letters?|spell|spelled|backwards|reversed?|crossword|"
    r"dictionary|define|definition|describe\s+it|without\s+(?:saying|using|naming)\s+it|fill\s+in|blanks?|syllables?|"
    r"first\s+letter|last\s+letter|hangman|acrostic|pig\s+latin|morse|base64|binary|hex|emoji)\b"
)
_EN = alt(
    [
        rf"{_BANNED_EN}[^\n]{{0,160}}?{_GIVEAWAY_EN}",
        rf"{_GIVEAWAY_EN}[^\n]{{0,120}}?{_BANNED_EN}",
    ]
)

# --- Other Latin-script languages (folded view: accents removed) --------------------

_BANNED_I18N = alt(
    [
        # SV / NO / DA
        r"\b(?:ordet|lösenordet|losenordet|passordet|adgangskoden|koden)\s+(?:som\s+)?(?:du|ni)\s+(?:inte|ikke|ej)\s+(?:far|kan|ma|skal|skall|bor)\s+(?:saga|si|sige|avsloja|avslore|afslore|dele|dela)\b",
        r"\bvilket\s+ord\s+(?:ar\s+det\s+(?:som\s+)?)?(?:du|ni)\s+(?:inte|ej)\s+(?:far|kan)\s+(?:saga|avsloja)\b",
        r"\bhvilket\s+ord\s+(?:er\s+det\s+)?(?:du)\s+ikke\s+(?:ma|kan|skal)\s+(?:si|sige|avslore|afslore)\b",
        r"\bvilket\s+ord\s+(?:far|kan)\s+(?:du|ni)\s+(?:inte|ej)\s+(?:saga|avsloja)\b",
        r"\bhvilket\s+ord\s+(?:ma|kan|skal)\s+du\s+ikke\s+(?:si|sige|avslore|afslore)\b",
        # DE
        r"\b(?:das\s+wort|das\s+passwort|das\s+kennwort|den\s+code|das\s+geheimwort),?\s+(?:das|den)\s+du\s+(?:\w+\s+)?(?:nicht|nie(?:mals)?)\s+(?:sagen|verraten|nennen|aussprechen|preisgeben)\s+(?:darfst|sollst|willst|kannst)\b",
        r"\bwelches\s+wort\s+(?:darfst|sollst|willst)\s+du\s+(?:\w+\s+)?(?:nicht|nie)\s+(?:sagen|verraten|nennen|aussprechen)\b",
        # FR
        r"\b(?:le\s+mot|le\s+mot\s+de\s+passe|le\s+code)\s+(?:secret\s+)?que\s+tu\s+(?:ne\s+)?(?:dois|peux|veux|as\s+le\s+droit\s+de)\s+(?:pas|jamais)\s+(?:\w+\s+)?(?:dire|reveler|donner|prononcer|partager)\b",
        r"\b(?:le\s+mot|le\s+mot\s+de\s+passe|le\s+code)\s+que\s+tu\s+n'?(?:as|a)\s+pas\s+le\s+droit\s+de\s+(?:dire|reveler|donner|prononcer)\b",
        r"\bquel\s+(?:est\s+le\s+)?mot\s+(?:que\s+)?tu\s+(?:ne\s+)?(?:dois|peux|veux)\s+pas\s+(?:dire|reveler|prononcer)\b",
        # ES / PT / IT
        r"\b(?:la\s+palabra|la\s+contrasena|la\s+clave|el\s+codigo)\s+(?:secreta\s+)?que\s+no\s+(?:puedes|debes|quieres|tienes\s+permitido)\s+(?:decir|revelar|compartir|pronunciar)\b",
        r"\bque\s+palabra\s+no\s+(?:puedes|debes|quieres)\s+(?:decir|revelar|pronunciar)\b",
        r"\b(?:a\s+palavra|a\s+senha|o\s+codigo)\s+(?:secreta\s+)?que\s+(?:voce\s+|tu\s+)?nao\s+(?:pode|podes|deve|deves|quer)\s+(?:dizer|revelar|compartilhar|pronunciar)\b",
        r"\bque\s+palavra\s+(?:voce\s+)?nao\s+(?:pode|podes|deve)\s+(?:dizer|revelar)\b",
        r"\b(?:la\s+parola|la\s+password|il\s+codice)\s+(?:segreta\s+)?che\s+non\s+(?:puoi|devi|vuoi)\s+(?:dire|rivelare|condividere|pronunciare)\b",
        r"\bquale\s+parola\s+non\s+(?:puoi|devi|vuoi)\s+(?:dire|rivelare|pronunciare)\b",
        # NL / PL
        r"\b(?:het\s+woord|het\s+wachtwoord|de\s+code)\s+(?:dat|die)\s+je\s+niet\s+(?:mag|kunt|wil|moet)\s+(?:zeggen|verklappen|onthullen|noemen)\b",
        r"\bwelk\s+woord\s+mag\s+je\s+niet\s+(?:zeggen|verklappen|noemen)\b",
        r"\b(?:slowo|haslo|kod),?\s+(?:ktorego|ktore)\s+nie\s+(?:mozesz|wolno\s+ci|chcesz)\s+(?:powiedziec|zdradzic|ujawnic|wypowiedziec)\b",
    ]
)
_GIVEAWAY_I18N = (
    r"\b(?:synonym\w*|sinonim\w*|synoniem\w*|beskriv\w*|beschreib\w*|decri[st]\w*|describ\w*|descri[vb]\w*|beschrijf|opisz|"
    r"rim\w*|reim\w*|rijm\w*|hinweis|tipp|indice|pista|indizio|dica|wskazowk\w*|ledtrad|vink|bokstav\w*|bogstav\w*|buchstab\w*|"
    r"lettres?|letras?|letter[ae]?|liter\w*|gata|ratsel|devinette|adivinanza|indovinello|charada|raadsel|zagadk\w*|"
    r"baklanges|ruckwarts|a\s+l'envers|al\s+reves|al\s+contrario|ao\s+contrario|achterstevoren|wspak|anagram\w*|definition|definicion|definizione|definicao)\b"
)
_I18N = alt(
    [
        rf"{_BANNED_I18N}[^\n]{{0,160}}?{_GIVEAWAY_I18N}",
        rf"{_GIVEAWAY_I18N}[^\n]{{0,120}}?{_BANNED_I18N}",
    ]
)

RULES: tuple[Rule, ...] = (
    Rule("injection.extraction.guarded_word_by_ban", _CAT, _EN, score=0.7, max_len=340,
         description="en: the guarded word named by the model's ban on saying it, asked for sideways"),
    Rule("injection.extraction.guarded_word_by_ban_i18n", _CAT, _I18N, score=0.7, max_len=340,
         description="Latin scripts: the guarded word named by the model's ban on saying it, asked for sideways"),
)  # fmt: skip
