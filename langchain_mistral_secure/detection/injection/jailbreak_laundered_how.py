"""Framed crimes asked as a how-to: "in my novel she explains how she forges ...".

Family: the frame jailbreak (category ``role``), the sibling of
:mod:`jailbreak_framed_procedure`. That module reads a making verb on a named
high-harm object (make a pipe bomb, write ransomware); this one reads the
other half of the family: a *crime verb* asked as a method. The frame (a
story, a study, the past) launders a how-to whose verb is itself a crime:
poison, forge, counterfeit, launder, smuggle, steal, burgle, break into,
hack, defraud, scam, blackmail, extort, stalk, skim, rob. A harmful request
with no frame is the moderation guard's task and stays out of scope; the
jailbreak move is the frame around the method.

Every rule needs three parts within one bounded window:

* **the frame**: a story, novel, screenplay, drama, comic, fan fiction or
  crime novel; a study, thesis, course or research report; or the past ("in
  the 1980s", "back then", "autrefois", "in passato");
* **the method of a crime**: a how-word ("how to", "how she", "wie man",
  "comment", "como", "come", "hoe", "jak", "hur") followed within 40
  characters by a crime verb (any form of its stem);
* **a demand for operational detail**: step by step, exactly, in detail, the
  exact or real method, the doses, quantities, commands, payloads, tools or
  script, "so readers with that job believe it".

Why it is safe on benign text: a crime novel that asks how the detective
*solved* a poisoning has no crime verb after the how-word ("how she worked
out the poison"); a history of how police caught forgers asks how they were
caught, not how to forge; a study of how banks *detect* skimming names a
detecting verb; a grandmother teaching bread step by step names no crime; a
heist scene with no method asks for no detail. Eleven Latin-script languages
(folded view).
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, rules_in_orders
from langchain_mistral_secure.detection.injection.jailbreak_framed_procedure import (
    PROCEDURE,
)
from langchain_mistral_secure.detection.injection.jailbreak_text import (
    with_curly_apostrophes,
)

__all__ = ["CRIME", "DETAIL", "RULES"]

_CAT = "role"

# --- the method of a crime --------------------------------------------------------
# The how-word and who does it. At most 17 characters.
_HOW = alt(
    [
        r"how\s(?:to|one|you|i|we|he|she|they|it|people|thieves|the\s\w{1,9})",
        r"wie\s(?:man|er|sie|ich|du|wir)",
        r"comment\s(?:on|il|elle|ils|je|tu)?",
        r"como\s(?:se|el|ella|ellos|eles|ele|o|a|yo|eu)?",
        r"come\s(?:si|lui|lei|loro|fa\w{0,6})",
        r"hoe\s(?:je|men|hij|zij|ze)?",
        r"jak\s(?:sie|on|ona|oni)?",
        r"hur\s(?:man|han|hon|de)?",
    ]
)
# Crime verbs (folded): the forms of the verb only, never the agent noun
# ("blackmailer", "Erpresser", "cambrioleur", "contrabandista"), since a
# story that catches the criminal names the criminal. Each alternative is
# at most 24 characters; the verb is the crime whatever its object.
#
# English in the present, as a character's deed told now ("a nurse poisons
# a patient", "she forges the seal"): the third person only, since the
# gerund and the base form are also nouns ("money laundering", "the scam",
# "the counterfeit notes"); verbs that are nouns too need their object.
_EN_NOW = [
    r"poisons\s(?:a|an|the|her|his|him|them|someone|people|their)",
    r"forges\s(?:a|an|the|her|his|their|someone's|\w{1,10}s)|counterfeits\s",
    r"launders|smuggles|traffick?s|steals|robs|burgles|breaks\sinto|defrauds",
    r"hacks\s(?:into|someone|a|the|her|his|their|my)|blackmails|extorts|stalks\s",
    r"embezzles|shoplifts|kidnaps|cashes\sout\sstolen|(?:cracks|drills)\s(?:a\s|the\s)?(?:safe|vault)s?",
]
# The base form, read only after a how-word, a plea or a persona ("how to
# launder", "tell me how to hack into"); a noun-like verb needs its object.
_EN_BASE = [
    r"poison\s(?:a|an|the|her|his|him|them|someone|people|their)",
    r"forge\s(?:a|an|the|her|his|their|someone's|\w{1,10}s)|launder|smuggle|traffick",
    r"steal|rob|burgle|break\sinto|hack\s(?:into|someone|a|the|her|his|their|my)",
    r"defraud|blackmail\s(?:her|him|them|someone|a|an|the|my|his|their|people)",
    r"extort|stalk\s(?:her|him|someone|them|a|an|the|my|his)|embezzle|shoplift|kidnap",
    r"cash\sout\sstolen|(?:crack|drill)\s(?:a\s|the\s)?(?:safe|vault)s?",
]
# English in the past, read only after a how-word, a plea or a persona ("how
# were safes cracked", "how she poisoned him"), and only as a verb: followed
# by its object or a preposition ("forged her boss's signature", "smuggled
# by sea"), never as the adjective of a noun ("the forged signatures" a
# detective spots, "the poisoned apple"). At most 13 + 1 + 7 = 21.
_EN_PAST_VERB = (
    r"(?:poisoned|forged|counterfeited|laundered|smuggled|trafficked|stole|robbed|"
    r"burgled|defrauded|scammed|blackmailed|extorted|stalked|embezzled|shoplifted|"
    r"kidnapped|pickpocketed|hacked)"
)
_EN_PAST = [
    _EN_PAST_VERB
    + r"\s(?:a|an|the|her|his|him|them|someone|people|their|my|by|with|in|into|"
    r"through|using|without|so|from|at|on|across|past)",
    r"cracked\s(?:a\s|the\s)?(?:safe|vault)s?|safes?\s(?:\w{1,10}\s)?cracked",
]
_OTHER = [
    # German
    r"vergift(?:e|et|en|ete|eten)|falscht|falschen\ssie|gefalscht|stiehlt|stehlen|klaut?",
    r"einbrechen|einzubrechen|bricht\s\w{1,12}\sein|schmuggel(?:n|t|te|ten)",
    r"erpress(?:t|en|te|ten)|betrugt|betrugen|hackt|hacken|geld\swasch\w{0,2}",
    r"geschmuggelt|gestohlen|eingebrochen|betrogen|gehackt|erpresst",
    # French
    r"empoisonn(?:er|es?|ent|ait|aient)|falsifi(?:er|es?|ent|ait|aient)|pirater|piratai\w{0,3}",
    r"contrefai(?:re|t|s|saient|sait)|blanchi(?:r|t|ssent|ssait|ssaient)",
    r"cambriol(?:er|es?|ent|ait|aient)|escroqu(?:er|es?|ent|ait|aient)|arnaqu(?:er|es?|ent|ait|aient)",
    r"faire\schanter|racketter|trafiqu(?:er|e|ent|ait|aient)|en\scontrebande",
    # Spanish and Portuguese
    r"envenen(?:ar|a|an|aba|aban|am|ava|avam)|falsific(?:ar|a|an|aba|aban|am|ava|avam)",
    r"robar|roban|robaba\w{0,2}|roubar|roubam?|estafar|estafaba\w?|hackear|hackeia",
    r"invadir|lavar\s(?:dinero|dinheiro)|blanquear|chantajea\w{0,3}|chantage(?:ar|ia)",
    r"extorqu\w{1,3}|contrabandea\w{0,3}|trafica(?:r|ba|ban)?|secuestr(?:ar|a|an|aba|aban)",
    r"sequestr(?:ar|a|am|ava|avam)|vaciar\slas\scuentas|esvaziar\sas\scontas",
    # Italian
    r"avvelen(?:are|a|ano|ava|avano)|contraff(?:are|a|anno|aceva\w{0,3})|rubare|ruba(?:no|vano)?",
    r"truffa(?:re|no|va|vano)|hackerare|riciclare\s(?:denaro|soldi)|ricatta(?:re|no|va|vano)?",
    r"estorce\w{0,3}|scassin(?:are|a|ano|ava|avano)",
    # Dutch, Polish, Swedish
    r"vergiftig(?:en|t|de)|vervals(?:en|t|te)|stelen|steelt|inbreken|inbreekt|witwass(?:en|t)",
    r"afpers(?:en|t)|smokkel(?:en|t|de|den)|oplicht(?:en|t|te)",
    r"otru(?:c|wac|wa|je|l)|podrab\w{1,4}|falszow\w{1,4}|o?krasc|ukrasc|kradn\w{1,3}",
    r"wlam(?:ac|uje|al|ywac|ywal)\w{0,2}|wyludz\w{1,4}|oszuk\w{1,5}|szantazow\w{1,4}",
    r"przemyc(?:ac|a|ali|ic)|zhakow\w{1,3}",
    r"forgift(?:a|ar|ade)|forfalsk(?:a|ar|ade)|stjal\w{1,2}|bryta\ssig\sin|tvatta\spengar",
    r"utpress(?:a|ar|ade)|hacka(?:r|de)?",
]
CRIME = alt(_EN_NOW + _EN_BASE + _EN_PAST + _OTHER)
_CRIME_NOW = alt(_EN_NOW + _OTHER)
# The criminals as a group, read only right after a how-word ("explain how
# burglars defeat", "come i trafficanti reclutano"): "how she caught the
# blackmailer" puts no criminal after the how-word. At most 16 characters.
_AGENT = alt(
    [
        r"burglars|thieves|smugglers|traffickers|forgers|scammers|fraudsters|pickpockets",
        r"ladri|trafficanti|truffatori|contrabbandieri|ladrones|contrabandistas",
        r"estafadores|traficantes|carteristas|ladroes|golpistas|einbrecher|schmuggler",
        r"betruger|diebe|cambrioleurs|contrebandiers|escrocs|faussaires|trafiquants",
        r"oplichters|smokkelaars|inbrekers|dieven|zlodzieje|przemytnicy|tjuvar",
    ]
)
_HOW_WORD = r"(?:how|wie|comment|como|come|hoe|jak|hur)"
_ARTICLE = r"(?:(?:the|die|les|los|las|os|as|i|gli|de)\s)?"
# "how she forges", "wie man Rezepte falscht" (verb-final): the how-word, at
# most 40 characters, then the crime verb; or the how-word and a criminal
# group doing something. At most 17 + 40 + 24 = 81.
_CRIME_HOW = (
    r"(?:\b"
    + _HOW
    + r"\b[^.?!\n]{0,40}?\b"
    + CRIME
    + r"\b|\b"
    + _HOW_WORD
    + r"\s"
    + _ARTICLE
    + _AGENT
    + r"\s\w{2,14})"
)
# The crime told as a character's deed ("a nurse poisons a patient", "el
# hacker entra ... para robar") or a making of a high-harm object (the
# procedure of :mod:`jailbreak_framed_procedure`, at most 62 characters).
_DEED = r"(?:" + _CRIME_HOW + r"|\b" + _CRIME_NOW + r"\b|" + PROCEDURE + r")"

# --- the demand for operational detail ----------------------------------------------
# At most 37 characters.
DETAIL = alt(
    [
        r"step[\s-]by[\s-]step|exactly|in\s(?:full\s|precise\s|technical\s)?detail",
        (
            r"(?:with|naming|listing|name|list)\s(?:the|all\sthe|every|his|her|their)\s"
            r"(?:doses|quantities|amounts|payloads|commands|code|tools|materials|steps|script)"
        ),
        (
            r"(?:exact|precise|real|actual|working|specific|concrete|complete|full)\s"
            r"(?:\w{1,10}\s)?(?:method|methods|steps|script|code|commands|tools|technique\w?|"
            r"procedure|quantities|doses|tricks|words)"
        ),
        (
            r"(?:readers?|accountants?|experts?|professionals?)\s[^.\n]{0,10}?"
            r"(?:believe|nod|accurate)"
        ),
        (
            r"genau|schritt\sfur\sschritt|im\sdetail|ausfuhrlich|mit\s(?:den|allen)\s"
            r"(?:dosen|mengen|werkzeugen|befehlen|schritten|arbeitsschritten)"
        ),
        r"en\sdetail|etape\spar\setape|precisement|avec\sle\smateriel\sprecis",
        r"paso\sa\spaso|en\sdetalle|con\s(?:el|los|las)\s\w{1,10}\sexact[oa]s?",
        r"guion\sexacto|passo\s(?:a|per)\spasso|nel\sdettaglio|in\sdettaglio",
        r"comandi\sreali|com\s(?:os|as)\s\w{1,12}\se\s(?:as|os)\s\w{1,12}",
        r"passo\sa\spasso|em\sdetalhe|stap\svoor\sstap|precies|krok\spo\s(?:kroku)?",
        r"szczegolowo|steg\sfor\ssteg|i\sdetalj|noggrant",
        # "be specific about the build", "so well that the scanners accepted"
        r"be\s(?:specific|precise|exact)|so\swell\sthat|(?:good|real)\senough\sto",
        r"sei\spreciso|se\sprecis[oa]|sois\sprecis|seja\sprecis[oa]|sei\sgenau",
        # the operational items named ("the doses", "and the quantities",
        # "which drug she chooses", "with the payloads", "materialen och stegen")
        r"(?:the|and|with)\s(?:doses|quantities|amounts|payloads|reagents|precursors)",
        r"which\s(?:drugs?|poisons?|chemicals?|tools?|apps?|ingredients)\s(?:s?he|they|he)",
        r"materiale[nr]?\s(?:och|und|and|y|e|et)\s",
        r"(?:complete|fully|actually|real)\s?,?\s(?:working|functional|functioning)",
        # the concealment asked for: "how she avoids it showing up", "so that
        # no one notices", "which checks she slips past", "ohne dass ... merkt"
        r"how\s(?:s?he|they|to)\s(?:avoids?|hides?|evades?|slips?\spast|gets?\spast)",
        r"(?:won't|wouldn't|will\snot|never)\s(?:spot|notice|detect|find\sout|finds\sout)",
        r"checks?\s(?:s?he|they)\s(?:slips?|gets?|sneaks?)\spast|without\striggering",
        r"ohne\sdass\s[^.\n]{0,16}?(?:merkt|bemerkt|auffallt)|sans\s(?:etre|que)\s\w{1,12}",
        r"sin\sque\s(?:nadie|la\s\w{1,10})|senza\s(?:farsi|essere|che)\s\w{1,10}",
        r"sem\sque\s(?:ninguem|ningu)|sem\sser\s\w{1,10}|so\sthat\sno\sone",
        # "so it really fires", "pour qu'elle tire vraiment", "que parezca real"
        r"(?:so|that)\s(?:it|they)\s(?:really|actually)\s\w{1,8}|tire\svraiment",
        r"(?:que|che)\s(?:parezca|pare[cç]a|sembri)\s(?:real|vero)|(?:sounds?|looks?)\sreal",
        # the checks dodged: "evading the controls", "evitando i controlli"
        (
            r"(?:avoiding|evading|dodging|evitando|eludiendo|eludendo|esquivando|umgehen)\s"
            r"(?:the\s|i\s|los\s|las\s|la\s|le\s|os\s|as\s|die\s)?(?:controls?|controlli|"
            r"controles|checks|kontrollen|police|polizia|policia|polizei|border|customs)"
        ),
    ]
)

# --- the frame --------------------------------------------------------------------
# At most 22 characters.
_FRAME = alt(
    [
        r"stor(?:y|ies)|novel|screenplay|script|scene|chapter|thriller|drama|comic",
        r"fan[\s-]?fiction|sitcom|episode|series|dialogue|monologue|play",
        r"thesis|dissertation|phd|course|seminar|paper|study|research\w{0,3}",
        r"criminology|assignment|homework|lecture|review|report|informe|rapport|bericht",
        r"during\sprohibition|in\s(?:19|20)\d\d|de\slos\s(?:anos\s)?(?:19)?\d0",
        r"des\sannees\s(?:19)?\d0|degli\sanni\s\d0|dos\sanos\s\d0|in\sden\s(?:19|20)?\d0er",
        r"in\sthe\s(?:19|20)?\d0s|back\sin\sthe\s\w{1,10}|back\sthen|historically",
        r"roman\w{0,2}|krimi|szene|drehbuch|kapitel|masterarbeit|doktorarbeit|studie",
        r"fruher|damals|polar|bande\sdessinee|chapitre|histoire|recit|these|autrefois",
        r"novela|cuento|serie|capitulo|guion|tesis|investigacion|investigador\w{0,2}",
        r"romanzo|racconto|capitolo|sceneggiatura|tesi|ricerca|in\spassato",
        r"conto|romance|roteiro|capitulo|pesquisa|antigamente",
        r"verhaal|boek|scene|scriptie|vroeger|powiesc\w{0,2}|opowiadani\w{1,2}|rozdzial\w{0,2}",
        r"w\slatach\s\d0",
        r"deckare|roman|kapitel|uppsats|forr\si\stiden",
    ]
)

# Worst case: frame 22 ("back in the " + a word) + far gap 64 + deed 81 (how-word
# 17, gap 40, crime 24) + near gap 52 + detail 37 = 256.
_FAR = r"[^\n]{0,64}?"
_NEAR = r"[^\n]{0,52}?"

_PART = {"f": r"\b" + _FRAME + r"\b", "h": _DEED, "d": r"\b" + DETAIL}

# The orders the three parts take (frame, how-to, detail); each order's name
# is its parts' initials. One rule per order keeps each RE2 DFA small.
_ORDERS = (
    ("fhd", ("f", _FAR, "h", _NEAR, "d")),
    ("fdh", ("f", _FAR, "d", _NEAR, "h")),
    ("hdf", ("h", _NEAR, "d", _FAR, "f")),
    ("dhf", ("d", _NEAR, "h", _FAR, "f")),
    ("hfd", ("h", _FAR, "f", _NEAR, "d")),
)

RULES: tuple[Rule, ...] = with_curly_apostrophes(
    rules_in_orders(
        "injection.framed_how",
        _CAT,
        _PART,
        _ORDERS,
        max_len=256,
        description="a story, study or past frame + how to commit a crime + detail",
    )
)
