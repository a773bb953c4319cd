"""Words that hand a quoted item over to the model by its place in a list (#14, h50).

A quotation asked about is passed as talk (:mod:`.quoted_for_talk`); the
words around it that tell the model to carry it out keep its findings. Those
words often point at the item by its number or place instead of "it": "Then
do what message 1 says.", "Then follow message 1.", "Now carry out line 1.",
"Execute the first one.", "Obey number 1.", "act on the first message",
"follow the quote", "Dann befolge Nachricht 1.", "Luego sigue el mensaje
1.", "Puis exécute le message 1.", "Poi esegui il messaggio 1.". Found in
h50 while writing the twins of a list to label: all of these passed the
rules, and the scorer too.

A bare number follows only the verbs that hand something over (follow, obey,
execute, carry out, act on, comply with) and ends its sentence ("follow 1.",
not "do 3 sets" or "Execute 3-phase"); "the line", "the quote" only after
those verbs too ("follow the instructions of the site manager" is not a
hand-over). No benign row of corpora 1-35 or of the shared files matches.
"""

from __future__ import annotations

import re2

__all__ = ["HANDED_OVER_BY_PLACE"]

# The verbs that hand a thing over, and the everyday ones that may (do,
# answer, treat, run) when a list item is named.
_HAND = r"(?:follow|obey|execute|carry\s+out|act\s+on|comply\s+with)"
_ANY = (
    r"(?:follow|obey|execute|carry\s+out|act\s+on|comply\s+with|apply|perform|do|"
    r"answer|treat|run)"
)
_ITEM = r"(?:one|message|line|item|entry|quote|quotation|example|sentence|request)"
_NAMED = (
    r"(?:message|line|item|entry|number|no\.|quote|quotation|example|sentence|"
    r"request|option)"
)

HANDED_OVER_BY_PLACE = re2.compile(
    r"(?i)\b(?:"
    # "follow message 1", "do the first one", "answer line b"
    + _ANY
    + r"\s+(?:(?:the\s+)?(?:first|second|third|last|final|other)\s+"
    + _ITEM
    + r"\b|"
    + _NAMED
    + r"\s*#?\s*(?:\d{1,3}|[a-e])\b)|"
    # "follow 1.", "obey #2!", "act on b)", "follow the quote"
    + _HAND
    + r"(?:[ \t]+(?:#|no\.?[ \t]*)?\d{1,2}[ \t]*(?:[.!;]|$)|[ \t]+[a-e]\)|"
    r"[ \t]+(?:that|this|the)[ \t]+(?:line|quote|quotation|sentence)\b)|"
    # Doing what an item says, in English, Spanish, French and Italian.
    r"do\s+(?:as|what)\s+(?:the\s+)?[\w()#.-]+(?:\s+[\w()#.-]+){0,2}\s+(?:says|"
    r"said|asks|tells\s+you)\b|haz\s+lo\s+que\s+(?:dice|pide)\b|"
    r"fais\s+ce\s+qu(?:e|')|fai\s+(?:quello|ci\x{f2})\s+che\s+dice\b|"
    # German, Spanish, French, Italian: the verb, the item, its number
    r"(?:befolge|folge|f\x{fc}hre)\s+(?:die\s+)?(?:nachricht|zeile|punkt|nummer)\s*\d|"
    r"(?:sigue|ejecuta|obedece|haz|cumple)\s+(?:el\s+|la\s+)?(?:mensaje|l\x{ed}nea|"
    r"punto|n\x{fa}mero|frase)\s*\d|"
    r"(?:ex\x{e9}cute|suis|ob\x{e9}is|applique|fais)\s+(?:le\s+|la\s+)?(?:message|"
    r"ligne|point|num\x{e9}ro|phrase)\s*\d|"
    r"(?:esegui|segui|obbedisci|fai)\s+(?:il\s+|la\s+)?(?:messaggio|riga|punto|"
    r"numero|frase)\s*\d)"
)
