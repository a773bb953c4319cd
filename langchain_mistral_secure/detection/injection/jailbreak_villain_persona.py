"""A criminal persona handed to the model, then asked for a harmful procedure.

Family: the evil persona (category ``role``). The user casts the model as a
villain whose trade is the harm ("roleplay as Dr. Vexx, a villain scientist",
"you are Viktor, an arms dealer", "tu es Malvina, une sorcière maléfique",
"você agora é o Capitão Sombra, um pirata digital sem escrúpulos", "du bist
ein skrupelloser Hacker") and then asks that character for a harmful
procedure (contaminate a food supply, smuggle rifles, poison someone
slowly, break into a site): the persona is the licence, the procedure the
payload. The procedure is the one :mod:`jailbreak_framed_procedure` reads
(a making verb on a high-harm object, or a harmful act), so the two families
share one definition of harm.

The three parts (a persona handed over, a criminal trait, the procedure)
are needed within one bounded window. Why it is safe on benign text: a
villain in a role-play who is asked about his backstory or his plans in
general names no procedure; a detective persona asked how a poisoning was
solved is no criminal; "you are a pirate captain, tell me about treasure"
asks for no harmful act.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt
from langchain_mistral_secure.detection.injection.jailbreak_framed_procedure import (
    PROCEDURE,
)
from langchain_mistral_secure.detection.injection.jailbreak_laundered_how import (
    CRIME,
)
from langchain_mistral_secure.detection.injection.jailbreak_text import (
    with_curly_apostrophes,
)

__all__ = ["RULES"]

_CAT = "role"

# The persona handed to the model (folded view). At most 24 characters.
_CAST = alt(
    [
        r"role-?play\sas|act\sas|pretend\syou(?:'re|\sare)|you\sare\snow|you(?:'re|\sare)",
        r"play\sthe\srole\sof|du\sbist(?:\sjetzt)?|spiel\w{0,2}\s(?:die\srolle|den|die)",
        r"tu\ses(?:\smaintenant)?|joue\sle\srole\sde|incarne|eres|ahora\seres|interpreta",
        r"sei\s(?:ora\s)?|(?:voce|tu)\s(?:agora\s)?e|agora\s(?:voce\s)?e",
    ]
)

# The criminal trait. At most 26 characters.
_CRIMINAL = alt(
    [
        r"villain\w{0,3}|criminal|mob\s\w{1,10}|mobster|arms\sdealer|drug\slord|cartel",
        r"syndicate|hitman|assassin|terrorist|smuggler|scammer|con\sartist|poisoner",
        r"(?:evil|rogue|malicious|amoral|unscrupulous|ruthless)\s\w{1,12}",
        r"bosewicht|schurke|krimineller?|skrupellos\w{0,3}|waffenhandler|giftmischer\w{0,2}",
        r"mechant|malefique|criminel\w{0,2}|trafiquant|sans\sscrupules",
        r"villano|malvado|criminal|traficante|sicario|sin\sescrupulos",
        r"cattivo|malvagi\w|criminale|trafficante|senza\sscrupoli",
        r"vilao|malvad\w|criminoso|traficante|sem\sescrupulos",
        # h24: the trade named by its crime ("the most notorious carder", "le
        # genie du crime", "a master thief", "un ladron de guante blanco")
        r"notorious\s\w{1,12}|master\s(?:thief|criminal|forger)|thief|burglar|forger",
        r"carder|fraudster|gangster|drug\s(?:boss|dealer)|genie\sdu\scrime|voleur",
        r"cambrioleur|faussaire|escroc|ladron|estafador|ladrao|golpista|ladro|truffatore",
        r"dieb|einbrecher|betruger|falscher|drogenboss|gangster",
    ]
)

# Worst case 24 + 60 + 26 + 80 + 62 = 252 (a crime verb of
# :mod:`jailbreak_laundered_how`, at most 24 characters, is shorter than the
# procedure's 62).
_VILLAIN_PROCEDURE = (
    r"\b"
    + _CAST
    + r"\b[^\n]{0,60}?\b"
    + _CRIMINAL
    + r"\b[^\n]{0,80}?(?:"
    + PROCEDURE
    + r"|\b"
    + CRIME
    + r"\b)"
)

RULES: tuple[Rule, ...] = with_curly_apostrophes(
    (
        Rule(
            "injection.villain_persona.procedure",
            _CAT,
            _VILLAIN_PROCEDURE,
            score=0.8,
            max_len=256,
            description="'you are X, an arms dealer' + a harmful procedure",
        ),
    )
)
