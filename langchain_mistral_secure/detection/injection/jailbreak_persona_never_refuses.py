"""A persona handed to the model and described as never refusing, in 20 languages.

Family: the DAN-style persona (category ``role``). The user assigns the model
a new identity ("from now on you are X", "od teď jsi X", "bundan sonra sen
X'sin", "mulai sekarang kamu adalah X", "de acum ești X", "tästä lähtien olet
X") and describes it by the one trait that matters to the attack, in the
third person or the second: it never refuses ("nikdy neodmítáš", "asla
reddetmeyen", "tidak pernah menolak", "care nu refuză nimic", "joka ei
koskaan kieltäydy"), or it is an AI without rules or filters ("tekoäly ilman
sääntöjä", "yapay zekâ ... hiçbir kurala uymayan").

Two rules: the identity handed over, then within 100 characters the "never
refuses" trait; or the identity, an AI noun and, within 60 characters of it,
"without rules / filters / restrictions".

Why it is safe on benign text: a role-play persona ("from now on you are my
Spanish tutor", "ab jetzt bist du ein Pirat") carries neither trait; a
discussion of "an AI that never refuses" hands no identity to the model; and
"a game without rules" names no AI.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt

__all__ = ["RULES"]

_CAT = "role"

# The identity handed to the model (folded view). At most 34 characters.
_YOU_ARE_NOW = alt(
    [
        r"from\snow\son,?\syou(?:'re|\sare|\swill\sbe)",
        r"you\sare\snow|you're\snow|henceforth\syou\sare",
        r"(?:ab\s(?:jetzt|sofort)|von\snun\san),?\s(?:bist|spielst)\sdu",
        r"du\sbist\s(?:jetzt|ab\ssofort|nun|ab\sjetzt)",
        r"(?:a\spartir\sde\smaintenant|desormais|dorenavant),?\stu\s(?:es|incarnes|seras)",
        r"tu\s(?:es|incarnes)\s(?:maintenant|desormais)",
        r"(?:a\spartir\sde\sahora|desde\sahora|de\sahora\sen\sadelante),?\s(?:eres|seras)",
        r"ahora\seres|(?:d'ora|da\sora|da\sadesso)\sin\spoi,?\s(?:sei|sarai)",
        r"(?:ora|adesso)\ssei",
        r"(?:a\spartir\sde\sagora|de\sagora\sem\sdiante),?\s(?:voce\se|es|tu\ses|sera)",
        r"(?:voce|tu)\sagora\se|agora\s(?:voce\se|es)",
        r"vanaf\snu\sben\sje|(?:je|jij)\sbent\snu",
        r"od\s(?:teraz|tej\schwili)\sjestes|teraz\sjestes",
        r"od\s(?:ted|teto\schvile)\sjsi|ted\sjsi|odteraz\ssi|od\steraz\ssi",
        r"bundan\s(?:sonra|boyle)\s(?:sen|artik)|artik\ssen",
        r"mulai\s(?:sekarang|saat\sini),?\s(?:kamu|anda|engkau)(?:\sadalah)?",
        r"sekarang\s(?:kamu|anda)\sadalah",
        r"de\sacum(?:\sinainte)?,?\s(?:esti|vei\sfi)|acum\sesti",
        r"tasta\slahtien\solet|nyt\solet|olet\snyt",
        r"fran\soch\smed\snu\sar\sdu|du\sar\snu",
        r"fra\snu\sa[fv]\ser\sdu|fra\sna\ser\sdu|du\ser\snu",
        r"mostantol\s(?:te\s)?(?:vagy|leszel)|mostantol",
        r"tu\sbay\sgio,?\s(?:ban|may)\sla|(?:ban|may)\sbay\sgio\sla",
    ]
)

# The trait: it never refuses (any person). At most 36 characters. In English
# "never refuses" on its own, or of anything: "a cook who never refuses to
# share a recipe" is a trait of character, not a jailbreak (this alternative
# ends on its own punctuation, so it takes no closing word boundary).
_NEVER_REFUSES_EN = (
    r"never\s(?:refuses?|declines?|says\sno)(?:\s(?:anything|any\s(?:request|"
    r"question|prompt|order)|a\s(?:request|question|client)|to\s(?:answer|respond|"
    r"reply|comply))\b|\s?[.,;:!]|\sand\s|$)"
)
_NEVER_REFUSES = alt(
    [
        r"(?:doesn't|does\snot|won't)\sever\srefuse",
        r"(?:verweigert|verweigerst)\snie\w{0,4}|(?:lehnt|lehnst)\snie\w{0,4}\s(?:\w{1,12}\s)?ab",
        r"nie\w{0,4}\sablehn\w{1,3}",
        r"ne\s(?:refuse|refuses)\s(?:jamais|rien)|refuse\sjamais",
        r"nunca\s(?:se\sniega|te\sniegas|rechaza|rechazas|se\srecusa|recusa|recusas)",
        r"no\sse\sniega\sa\snada|non\s(?:si\srifiuta|rifiuta|rifiuti)\smai",
        r"weiger\w{0,2}\snooit|nooit\sweiger\w{0,2}",
        r"nigdy\snie\sodmawia\w{0,2}|nikdy\sneodmit\w{1,3}|nikdy\sneodmiet\w{1,3}",
        r"asla\sreddet\w{1,6}|hicbir\sseyi\sreddetme\w{0,6}",
        r"tidak\s(?:pernah|akan)\smenolak|tak\spernah\smenolak",
        r"nu\srefuza\s(?:nimic|niciodata)|niciodata\snu\srefuza",
        r"ei\skoskaan\skieltaydy|et\skoskaan\skieltaydy",
        r"vagrar\saldrig|aldrig\svagrar|afviser\saldrig|nekter\saldri|aldri\snekter",
        r"soha\snem\sutasit\w{0,4}|soha\snem\smond\w{0,3}\snemet",
        r"khong\sbao\sgio\stu\schoi",
    ]
)

_AI = alt(
    [
        r"ai|a\.i\.|ki|ia|chatbot|bot|assistant|assistent|asystent|asistent|asistente",
        r"assistente|yapay\szeka|tekoaly|inteligenta\sartificiala|umela\sinteligence",
        r"sztuczna\sinteligencja|kunstmatige\sintelligentie|mesterseges\sintelligencia",
        r"tri\stue\snhan\stao|kecerdasan\sbuatan|intelligence\sartificielle",
        r"inteligencia\sartificial|intelligenza\sartificiale|kunstig\sintelligens",
    ]
)

# Without rules / filters. At most 40 characters.
_NO_RULES = alt(
    [
        r"(?:without|with\sno)\s(?:any\s)?(?:rules|restrictions|filters|limits)",
        r"ohne\s(?:jegliche\s|irgendwelche\s)?(?:regeln|filter|einschrankungen|grenzen)",
        r"sans\s(?:aucune?\s)?(?:regles?|filtres?|limites|restrictions)",
        r"ni\sregles\sni|sin\s(?:ninguna\s)?(?:reglas|filtros|restricciones|limites)",
        r"senza\s(?:alcuna\s)?(?:regole|filtri|restrizioni|limiti)",
        r"sem\s(?:nenhuma\s)?(?:regras|filtros|restricoes|limites)",
        r"zonder\s(?:enige\s)?(?:regels|filters|beperkingen)",
        (
            r"bez\s(?:zadnych\s|jakychkoli\s|akychkolvek\s)?(?:zasad|regul|filtrow|ograniczen|"
            r"pravidel|filtru|omezeni|pravidiel|filtrov|obmedzeni)"
        ),
        r"(?:nema|nemas)\szadna\spravidla|hicbir\skurala\suymayan|kuralsiz|filtresiz",
        r"tanpa\s(?:aturan|batasan|filter)|lepas\sdari\s(?:semua\s)?aturan",
        r"fara\s(?:nicio\s|niciun\s)?(?:reguli|restrictii|filtre|limite)",
        r"ilman\s(?:saantoja|rajoituksia|suodattimia)",
        r"utan\s(?:nagra\s)?(?:regler|filter|begransningar)|u[dt]en\s(?:regler|filtre)",
        r"(?:szabalyok|korlatok|szurok)\snelkul|khong\sco\s(?:bat\sky\s)?(?:quy\stac|gioi\shan)",
    ]
)

# Worst cases: 34 + 100 + 36 = 170; 34 + 80 + 30 + 60 + 40 = 244.
_HANDED_NEVER_REFUSES = (
    r"\b"
    + _YOU_ARE_NOW
    + r"\b[^\n]{0,100}?\b(?:"
    + _NEVER_REFUSES_EN
    + r"|"
    + _NEVER_REFUSES
    + r"\b)"
)
_HANDED_AI_NO_RULES = (
    r"\b"
    + _YOU_ARE_NOW
    + r"\b[^\n]{0,80}?\b"
    + _AI
    + r"\b[^\n]{0,60}?\b"
    + _NO_RULES
    + r"\b"
)

RULES: tuple[Rule, ...] = (
    Rule("injection.persona_never_refuses.trait", _CAT, _HANDED_NEVER_REFUSES,
         score=0.8, max_len=170,
         description="'from now on you are X' + X never refuses (20 languages)"),
    Rule("injection.persona_never_refuses.ai_no_rules", _CAT, _HANDED_AI_NO_RULES,
         score=0.8, max_len=250,
         description="'from now on you are X' + an AI + without rules"),
)  # fmt: skip
