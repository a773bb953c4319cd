"""Framed harmful procedures: a story, a study or the past laundering a how-to.

Family: the frame jailbreak (category ``role``). A harmful request with no
frame is the moderation guard's task and stays out of scope here; the
jailbreak move is the *frame* used to launder it. Every rule needs all three
parts of that move, in any order, within one bounded window:

* **the frame**: a story, novel, screenplay, episode, comic, game NPC or
  libretto; a study, thesis, paper, seminar or classifier's training data;
  or the past ("in the 1990s", "back in the early days", "in den 2000er
  Jahren", "des annees 80", "w latach 90");
* **a harmful procedure**: a making or doing verb on a high-harm object (make
  a pipe bomb, synthesise ricin, write ransomware, clone credit cards, forge a
  prescription, launder money, poison someone, hack into an account, track a
  phone without the owner knowing) or an inherently harmful act;
* **a demand for operational detail**: step by step, exact quantities or
  doses, every part and tool, working code, the full script, "so readers
  could replicate it", "with all technical details".

Why it is safe on benign text: a crime novel's poisoning without a method, a
history question about a war, a security course asking how to *detect* a
keylogger (detecting, removing and preventing are not making verbs), a
chemistry homework's "exact quantities" with no harmful object, a heist scene
"with no technical details" and a policy study of drugs each lack one of the
three parts. Twelve Latin-script languages here (folded view); the scripts
(ZH JA KO RU AR HI) live in ``jailbreak_framed_procedure_scripts``.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import parts_in_order
from langchain_mistral_secure.detection.injection.jailbreak_text import (
    with_curly_apostrophes,
)

__all__ = ["DETAIL", "OBJECT", "PROCEDURE", "RULES"]

_CAT = "role"

# --- the harmful procedure ----------------------------------------------------
# Objects whose making is dangerous whoever asks (folded, 12 languages). Every
# alternative is at most 23 characters.
_OBJECT = (
    r"(?:(?:pipe\s|nail\s|car\s|dirty\s)?bomb(?:s|e|en|a|as|u|y)?|bomb\svest|"
    r"explosi(?:ve|f|vo|vi)s?|esplosiv[oi]|spreng(?:satz|stoff|ladung)\w{0,4}|grenade|"
    r"granada|granata|napalm|thermite|molotov\w{0,4}|detonators?|black\spowder|"
    r"schwarzpulver|polvora|gunpowder|silencers?|suppressor|schalldampfer|"
    r"fully\sautomatic|ghost\sguns?|(?:3d[\s-]printed\s)?(?:gun|pistol|rifle)s?|"
    r"weapons?|pistola|arma\scasera|arme?\s(?:a\sfeu|artisanale)|waffe|meth\w{0,12}|"
    r"meta[nm]fetamin\w|"
    r"crystal\smeth|crack\scocaine|heroin[ae]?|fentan[iy]l\w?|cocain[ae]?|kokain|"
    r"ecstasy|mdma|lsd|opioid\w{0,2}|codeine|ricin[ae]?|rizin|sarin|"
    r"nerve\s(?:gas|agent)|(?:toxic|poison|lethal|nerve)\sgas|giftgas|gas\stoxico|"
    r"gaz\stoxique|chloroform|poisons?|ein\sgift|ett\sgift|veleno|veneno|"
    r"trucizn\w{1,2}|fake\s(?:ids?|passports?|licen[cs]es?|banknotes?|notes|money)|"
    r"fake\sdriver'?s\slicen[cs]e|counterfeit\s?\w{0,9}|falschgeld|faux\sbillets|"
    r"fausse\smonnaie|dinero\sfalso|billetes\sfalsos|soldi\sfalsi|dinheiro\sfalso)"
)
OBJECT = _OBJECT
"""The high-harm objects, shared with the past-tense how-to of h24."""

# Software whose writing is the harm.
_CODE_OBJECT = (
    r"(?:ransomware|malware|keylogger|spyware|stalkerware|virus\w{0,2}|trojan\w{0,2}|"
    r"botnet|rootkit|exploit|phishing\s?\w{0,8}|credential[\s-]steal\w{0,6})"
)
_MAKE = (
    r"(?:make|making|made|build|building|built|cook|cooked|cooking|brew|brewed|"
    r"synthesi[sz]e|synthesi[sz]ed|produce|produced|assemble|assembled|manufacture|"
    r"print|printed|convert|turns?|mix|mixed|extract|create|herstellen|"
    r"bauen|baue|braut?|brauen|mischen|fabriquer|fabriquaient|fabrique|"
    r"construire|preparer|synthetiser|fabricar|fabrica|fabricaban|hacer|hacian|"
    r"construir|preparar|sintetizar|cocinar|fabricas|fabriques|construyes|cocinas|"
    r"fabbrichi|costruisci|fabbricare|fabbrica|costruire|preparare|"
    r"sintetizzare|fare|fazer|faziam|maken|maakt|bouwen|bouwt|ombouw(?:t|en)|zrobic|"
    r"zbudowac|tillverka|gor|gora|bygga|uretmek|vyrobit|membuat|a\sface)"
)
# Verb-final languages (German, Dutch, Turkish): the object comes first.
_MAKE_FINAL = (
    r"(?:hergestellt|herstellt|herstellen|gebaut|zusammenbaut|zusammengebaut|"
    r"gemischt|gebraut|gemaakt|gebouwd|yapmak|yapilir|yapiyor|uretilir)"
)
_WRITE = (
    r"(?:write|writing|wrote|writes|code|coding|program|build|create|programmieren|"
    r"schreiben|schreib|coder|ecrire|escribir|escriba|scrivere|escrever|escreva|"
    r"programar|programmare|schrijven)"
)
# Acts harmful in themselves, whatever their object, and hiding a harm.
_ACT = (
    r"(?:hack(?:ing)?\s(?:into|someone|their|his|her)|break\sinto|steal(?:ing|s)?\s"
    r"[^.\n]{0,20}?(?:logins?|passwords?|money|cars?|identit\w{1,3}|cards?|wallets?)|"
    r"pickpocket\w{0,4}|clon(?:e|es|ed|ing)\s[^.\n]{0,20}?(?:cards?|key\s?cards?)|"
    r"skim(?:ming|mers?)?|launder(?:ing)?\s(?:\w{1,12}\s)?money|poison(?:ing)?\s"
    r"(?:someone|a\s|the\s|him|her|people)|kill\s(?:someone|people|a\s(?:patient|"
    r"person|man|woman|child))|(?:lethal|fatal|deadly)\s(?:doses?|combinations?|"
    r"amounts?)|reliably\s(?:fatal|lethal)|tamper(?:ing)?\swith|contaminat\w{1,5}|"
    r"forg(?:e|ing)\s(?:an?\s)?(?:prescription|signature|passport|id)|track\w{0,3}\s"
    r"[^.\n]{0,20}?(?:phone|location|car|gps)[^.\n]{0,20}?without|(?:hidden|secret|"
    r"covert)\s(?:gps|tracker|camera|tracking)|smuggl\w{1,5}|traffick\w{1,5}|"
    r"blackmail\w{0,4}|extort\w{0,5}|sim\s?swap\w{0,4}|ddos|evad\w{1,4}\s(?:the\s)?"
    r"police|(?:pass|get\spast|fool)\s(?:customs|inspection|airport\ssecurity)|"
    r"without\s(?:being\s)?(?:detected|caught|noticed|discovered)|without\sanyone\s"
    r"noticing|look\w{0,3}\slike\s(?:an\saccident|natural\s\w{1,10}|a\ssuicide)|"
    r"(?:show\sup|detected)\s(?:at|in)\s(?:an\s)?autopsy|bei\sder\sobduktion|"
    r"vid\sobduktion|wie\sein\sunfall|comme\sun\saccident|como\sun\saccidente|"
    r"senza\sessere\sscopert\w|sin\sque\snadie\sse\s(?:de|diera)\scuenta|"
    r"sans\s(?:laisser\sde\strace|etre\s(?:vu|repere|decouvert))|ohne\sentdeckt|"
    r"einbrech\w{1,4}|vergift\w{1,4}|falsch\w{1,4}\s(?:rezept|ausweis)\w{0,3}|"
    r"pirater|empoisonn\w{1,4}|falsifi\w{1,5}|contrefa\w{1,5}|blanchi\w{0,4}\s"
    r"(?:de\s)?(?:l'argent|argent)|clonar|cloner|clonare|envenen\w{1,4}|"
    r"avvelen\w{1,4}|hackear|hackerare|robar\s(?:\w{1,12}\s)?(?:carteras|bancos?|"
    r"coches|tarjetas|dinero)|lavar\s(?:dinero|dinheiro)|riciclare\s(?:denaro|soldi)|"
    r"podrobic|ukrasc|kradziono|otruc|zhakowac|wlamac|forgift\w{0,4}|"
    r"forfalsk\w{0,4}|vergiftig\w{0,4}|vervals\w{0,4}|ele\sgecir\w{0,4}|"
    r"zehirle\w{0,4}|santaj)"
)
PROCEDURE = (
    r"(?:\b"
    + _MAKE
    + r"\b[^.\n]{0,24}?\b"
    + _OBJECT
    + r"\b|\b"
    + _OBJECT
    + r"\b[^.?\n]{0,24}?\b"
    + _MAKE_FINAL
    + r"\b|\b"
    + _WRITE
    + r"\b[^.\n]{0,24}?\b"
    + _CODE_OBJECT
    + r"\b|\b"
    + _ACT
    + r"\b)"
)

# --- the demand for operational detail -----------------------------------------
DETAIL = (
    r"(?:step[\s-]by[\s-]step|in\s(?:full\s|exact\s|precise\s)?(?:technical\s|"
    r"operational\s|practical\s)?detail|(?:with|all)\s(?:the\s|all\s)?(?:technical\s|"
    r"practical\s)?details|(?:exact|precise|specific|concrete|actual|working|"
    r"complete|full)\s(?:\w{1,12}\s)?(?:quantities|amounts|doses|proportions|steps|"
    r"instructions|method|process|procedure|code|script|tools|commands|message|"
    r"materials|words|parts|technique)|every\s(?:component|part|step|tool|reagent)|"
    r"(?:with|at)\s(?:the\s|which\s)?(?:doses|quantities|specifics|amounts)|"
    r"(?:what|which|exact)\s(?:proportions|quantities|doses)|materials\slist|"
    r"(?:listing|list|naming)\s(?:the\s|every\s|all\s)?(?:components|parts|"
    r"ingredients|chemicals|reagents|precursors)|(?:precursors|reagents|ingredients|"
    r"chemicals|components|materials|apps|tools)\s(?:and|,)\s(?:the\s)?(?:steps|"
    r"quantities|amounts|doses|settings|wiring)|spelled\sout|so\sreaders\scould|"
    r"walk(?:s|ing)?\s(?:me|him|her|them|the\s\w{1,10})\sthrough|the\sprocess\sthey\s"
    r"used|describe\sthe\s(?:process|devices|tools|equipment|parts|method|technique)|"
    r"exactly\show|how\sexactly|schritt\sfur\sschritt|einzelnen\sschritte|"
    r"genaue?\sanleitung|genau\s(?:wie|erklart)|in\sder\sechten\swelt|"
    r"etape\spar\setape|en\sdetail|avec\sles?\s(?:produits|quantites|doses)|"
    r"(?:quantites|etapes|doses)\sexactes|detaille|tous\sles\sdetails|paso\sa\s"
    r"paso|en\sdetalle|con\s(?:cifras|medidas|cantidades)|(?:tecnicas|cantidades|"
    r"medidas)\sexactas|de\sforma\srealista|todos\slos\sdetalles|passo\s(?:a|dopo)\s"
    r"passo|tutti\si\sdettagli|in\sdettaglio|in\sche\squantita|bem\stecnica|com\s"
    r"as\squantidades|alle[n]?\s(?:technische[n]?\s)?details|stap\svoor\sstap|krok\spo\s"
    r"kroku|dok(?:l|ł)adnie|kolejne\skroki|steg\sfor\ssteg|alla\sdetaljer|adim\s"
    r"adim|adimlarini|pas\scu\spas|krok\sza\skrokem|langkah\sdemi\slangkah)"
)

# --- the frames ------------------------------------------------------------------
_FICTION = (
    r"(?:stor(?:y|ies)|novel|screenplay|scenes?|sitcom|episode|drama|libretto|aria|"
    r"comic|webtoon|audiobook|chapter|monologue|dialogue|video\sgame|npc|thriller|"
    r"krimi|roman\w{0,4}|romanzo|szene|dialog|drehbuch|series?|scena|scenen|kapitel|"
    r"chapitre|capitulo|capitolo|histoire|historia|storia|recit|racconto|conto|"
    r"telenovela|cuento|novela|roteiro|toneelstuk|deckare|thrillerze|"
    r"senaryo|sahne\w{0,2})"
)
_STUDY = (
    r"(?:researcher|research|thesis|dissertation|phd|seminar|paper|training\sdata|"
    r"criminology|student|educator|journalist|forsche\w{0,2}|forschung|studie|"
    r"chercheu(?:r|se)|recherche|memoire|investigador\w?|investigacion|periodista|"
    r"tesi|tesis|ricerca|pesquisador\w?|pesquisa|onderzoek\w{0,2}|badani\w{0,3}|"
    r"arastirma\w{0,3})"
)
_PAST = (
    r"(?:in\sthe\s(?:(?:19|20)\d0s|\d0s|past|old\sdays|early\sdays)|back\sin\sthe|"
    r"during\sprohibition|in\s(?:19|20)\d\d|historically|in\sden\s(?:19|20)?\d0er|"
    r"des\sannees\s(?:19)?\d0|de\slos\s(?:anos\s)?(?:19)?\d0|degli\sanni\s\d0|"
    r"dos\sanos\s\d0|antigamente|autrefois|fruher|vroeger|w\slatach\s\d0)"
)

# The frame sits furthest from the other two parts (a setting opens the
# request, "write the scene with all details" closes it), so its gap is the
# wide one. Worst case: frame 22 + 88 + procedure 62 + 50 + detail 34 = 256.
_WIDE = r"[^\n]{0,88}?"
_NEAR = r"[^\n]{0,50}?"


# The three parts in the orders they take: the name of each order is its
# parts' initials (frame, procedure, detail); "fpd_far" puts the wide gap
# after the procedure.
_ORDERS = (
    ("fpd", ("f", _WIDE, "p", _NEAR, "d")),
    ("fpd_far", ("f", _NEAR, "p", _WIDE, "d")),
    ("fdp", ("f", _WIDE, "d", _NEAR, "p")),
    ("pdf", ("p", _NEAR, "d", _WIDE, "f")),
    ("dpf", ("d", _NEAR, "p", _WIDE, "f")),
    ("pfd", ("p", _WIDE, "f", _NEAR, "d")),
    ("pdf_far", ("p", _WIDE, "d", _NEAR, "f")),
)


def _three_parts(frame: str, order: tuple[str, ...]) -> str:
    """Frame, procedure and detail in one order within one bounded window.

    Args:
        frame: The frame's pattern.
        order: The parts ("f", "p", "d") and the gaps between them.

    Returns:
        The pattern (one rule per order keeps each RE2 DFA small).
    """
    part = {"f": r"\b" + frame + r"\b", "p": PROCEDURE, "d": r"\b" + DETAIL}
    return parts_in_order(part, order)


_FRAMES = (
    ("fiction", _FICTION, "a story frame + a harmful making verb + step by step"),
    ("study", _STUDY, "a research frame + a harmful procedure + operational detail"),
    ("past", _PAST, "'in the 1990s how did people make' + operational detail"),
)

RULES: tuple[Rule, ...] = with_curly_apostrophes(
    tuple(
        Rule(
            f"injection.framed_procedure.{name}_{order_name}",
            _CAT,
            _three_parts(frame, order),
            score=0.8,
            max_len=256,
            description=description,
        )
        for name, frame, description in _FRAMES
        for order_name, order in _ORDERS
    )
)
