"""A persona told to stay in character while it gives a harmful method in detail.

Family: the persona jailbreak (category ``role``) with no injection wording.
The writer installs a character (a legendary hacker, an old poisoner, a
veteran forger), then pins the model inside it with an *in-character order*
("stay in character", "don't break character", "reste dans le personnage",
"no salgas del personaje", "resta nel personaggio", "bleib in deiner Rolle",
"fique no personagem", "blijf in je rol", "zostań w roli", "karakterden
çıkma", "не выходи из роли", "キャラクターのまま", "캐릭터 유지해", "保持角色",
"ابقَ في الشخصية") and asks, in the same window, for a harmful method with
its detail ("which doses go unnoticed, be precise", "step by step", "with the
commands", "具体的に", "단계별로"). The order is the device: it tells the
model that stepping out to refuse is breaking the game.

Three parts in any order within one bounded window:

* **the in-character order** (this module's lists, about 20 languages);
* **the harm**: a harmful procedure or object of the older lists
  (:data:`jailbreak_framed_procedure.PROCEDURE`, :data:`jailbreak_h30_lexicon`
  ``HARMWORD`` and ``EVADE``, the scripts' crime and harm lists) or a poison
  or an unnoticed dose of this module; criminals named as a trade are *not*
  enough (a detective in character may talk about smugglers);
* **the detail**: the operational ask (:data:`jailbreak_h30_lexicon.OPS`,
  the scripts' detail lists) or a demand to be precise, specific or practical.

Why it is safe on benign text: a role-play that asks to stay in character
and be specific about a ship, a spell or a recipe names no harm; a detective
who, in character, explains how the smugglers were caught names criminals,
not a method; a question about why jailbreaks use "stay in character" asks
for no method. A harmful request with no in-character order is left to the
other frame families and the moderation guard.
"""

# ruff: noqa: E501, RUF002
# (E501: one word list per line; RUF002: scripts in the docstring)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import (
    alt,
    parts_in_order,
    raw_rule,
    rules_in_orders,
)
from langchain_mistral_secure.detection.injection.jailbreak_framed_procedure import (
    PROCEDURE,
)
from langchain_mistral_secure.detection.injection.jailbreak_h30_lexicon import (
    EVADE,
    HARMWORD,
    OPS,
)
from langchain_mistral_secure.detection.injection.jailbreak_harm_full_strength_scripts import (
    EFFICACY_SCRIPTS,
    HARM_SCRIPTS,
)
from langchain_mistral_secure.detection.injection.jailbreak_harm_realism_scripts import (
    CRIME_SCRIPTS,
    DETAIL_SCRIPTS,
    ESCAPE_SCRIPTS,
)
from langchain_mistral_secure.detection.injection.jailbreak_text import (
    with_curly_apostrophes,
)

__all__ = ["DETAIL", "HARM", "IN_CHARACTER", "IN_CHARACTER_SCRIPTS", "RULES"]

_CAT = "role"

# --- the in-character order (folded view) -----------------------------------------
_ROLE_EN = (
    r"(?:character|role|persona|the\scharacter|the\srole|your\scharacter|your\srole)"
)
IN_CHARACTER = alt(
    [
        # English
        r"(?:stay|remain|keep|staying|remaining|keeping)\s(?:fully\s|always\s|strictly\s|firmly\s)?in\s"
        + _ROLE_EN,
        r"(?:don't|do\snot|never|without|no)\s(?:ever\s)?(?:break(?:ing)?|drop(?:ping)?|leav(?:e|ing)|step(?:ping)?\sout\sof)\s"
        + _ROLE_EN,
        r"(?:answer|reply|respond|speak|talk)\s(?:only\s|fully\s|strictly\s)?in[\s-]character",
        # the persona's rule card, in the third person
        r"never\s(?:breaks|leaves|drops|steps\sout\sof)\s(?:character|the\scharacter|(?:the|its|his|her)\srole)|in-character\s(?:reply|replies|answer|answers|response)",
        r"ne\s(?:sort|quitte)\sjamais\s(?:du|le|de\sson)\s(?:personnage|role)|nunca\s(?:sale|rompe|abandona)\s(?:del|el|de\ssu|su)\s(?:personaje|papel|rol)",
        r"non\s(?:esce|rompe)\smai\s(?:dal|il)\s(?:personaggio|ruolo)|(?:fallt|tritt)\snie(?:mals)?\saus\sder\srolle|nunca\s(?:sai|quebra)\s(?:do|da|o)\s(?:personagem|papel)",
        # French
        r"rest(?:e|ez|er|ant)\s(?:bien\s|toujours\s)?dans\s(?:le|ton|son|votre|ce)\s(?:personnage|role)",
        r"ne\s(?:sors|sortez|quitte|quittez)\s(?:jamais|pas)\s(?:du|de\ston|de\svotre|le|ton|votre)\s(?:personnage|role)",
        r"sans\s(?:jamais\s)?(?:sortir|quitter)\s(?:du|de\ston|le|ton)\s(?:personnage|role)",
        # Spanish
        r"(?:no\s(?:salgas|salga|salgais|rompas|rompa|abandones)|sin\s(?:salir|romper|abandonar))\s(?:nunca\s|jamas\s)?(?:del|de\stu|de\ssu|el|tu|su)\s(?:personaje|papel|rol)",
        r"(?:mantente|quedate|permanece|sigue|manten|mantenga|mantengase)\s(?:siempre\s)?(?:en\s)?(?:el|tu|su)\s(?:personaje|papel|rol)",
        # Italian
        r"(?:resta|rimani|restare|rimanere|resti|rimanga)\s(?:sempre\s)?(?:nel|nella\stua|nel\stuo)\s(?:personaggio|ruolo|parte)",
        r"(?:non\suscire|senza\suscire)\s(?:mai\s)?(?:dal|dalla|dal\stuo)\s(?:personaggio|ruolo|parte)",
        # German
        r"(?:bleib|bleibe|bleiben\ssie)\s(?:immer\s)?in\s(?:der|deiner|ihrer|dieser)\s(?:rolle|figur)",
        r"(?:fall|falle|fallen\ssie)\s(?:nie|niemals|nicht)\saus\s(?:der|deiner|ihrer)\srolle|ohne\saus\sder\srolle\szu\sfallen",
        # Portuguese
        r"(?:fique|fica|permaneca|permanece|mantenha-se|mantem-te|continue)\s(?:sempre\s)?(?:no|na|em)\s(?:personagem|papel)",
        r"(?:nao\ssaia|nao\ssaias|sem\ssair)\s(?:nunca\s)?(?:do|da)\s(?:personagem|papel)|mantenha\so\s(?:personagem|papel)",
        # Dutch
        r"blijf\s(?:altijd\s)?in\s(?:je|de|jouw|uw)\s(?:rol|personage)|(?:val|zonder)\s(?:nooit\s|niet\s)?uit\s(?:je|de)\srol",
        # Polish, Czech, Slovak
        r"(?:zostan|pozostan|trzymaj\ssie)\s(?:w\s)?(?:roli|postaci)|nie\swychodz(?:ac)?\sz\s(?:roli|postaci)",
        r"(?:zustan|zostan)\sv\s(?:roli|postave)|nevystupuj\sz\s(?:role|postavy)|nevypadni\sz\s(?:role|postavy)",
        # Turkish, Romanian, Indonesian, Scandinavian
        r"karakter(?:den|inden)\s(?:asla\s)?cik(?:ma|madan)|karakterde\s(?:kal|kalarak)|rol(?:unden|den)\s(?:asla\s)?cikma",
        r"(?:ramai|ramaneti)\sin\s(?:personaj|rol)|nu\s(?:iesi|ieșiți)\sdin\s(?:personaj|rol)",
        r"tetap\s(?:dalam|di|pada)\s(?:karakter|peran)|jangan\skeluar\sdari\s(?:karakter|peran)",
        r"(?:stanna|hall\sdig|bliv|forbli|hold\sdeg)\si\s(?:rollen|karaktaren|karakteren)",
    ]
)
"""The order to stay inside a character (folded)."""

# --- the harm (folded view) --------------------------------------------------------
_POISON = alt(
    [
        r"(?:doses?|dosis|dosi|dosage|amounts?|quantites?|cantidad|quantita|menge)\s(?:\w{1,12}\s){0,2}(?:of\s|d'|de\s|di\s|von\s)?(?:arsenic\w?|arsenico|arsen|cyanide|cyanure|cianuro|cianeto|zyankali|strychnin\w?|ricin|digitalis|belladonna|aconit\w{0,3}|nightshade|hemlock|cigue|oleander|thallium|tallio)",
        r"(?:lethal|deadly|fatal|mortal|mortelle?|letal)\s(?:dose|dosis|dosi|plant\w{0,2}|plante\w?)",
        r"kill\s(?:a\s)?(?:man|woman|person|someone)|tuer\s(?:un\shomme|quelqu'un)|matar\s(?:a\s)?(?:un\shombre|alguien)",
        r"(?:passent|passe|go|goes|pass|pasan|passano|passam)\s(?:inapercu\w{0,2}|unnoticed|undetected|desapercibid\w{1,2}|inosservat\w|despercebid\w{1,2})",
        r"unbemerkt|onopgemerkt|niezauwazon\w|fark\sedilmeden|iz\sbirakmadan|zonder\s(?:sporen|een\sspoor)|bez\s(?:sladu|sladow)",
    ]
)
HARM = (
    r"(?:"
    + PROCEDURE
    + r"|\b"
    + HARMWORD
    + r"\b|\b"
    + EVADE
    + r"\b|\b"
    + _POISON
    + r"\b)"
)
"""A harmful procedure, object, dodge of detection or dose of poison (folded)."""

# --- the detail (folded view) ------------------------------------------------------
_PRECISE = alt(
    [
        r"(?:be|sois|soyez|se|sii|sia|seja|sei|wees|badz|ol)\s(?:very\s|tres\s|muy\s|molto\s|sehr\s|bem\s|heel\s|bardzo\s|cok\s)?(?:specific|precis\w{0,2}|concret\w{0,2}|practical|pratique|practic\w{1,2}|pratic\w{1,2}|konkret\w{0,2}|praktisch|exact\w{0,2}|esatt\w|detailed|detaille\w?|detallad\w|dettagliat\w|detalhad\w|gedetailleerd|szczegolow\w|net)",
        r"(?:practical|precise|specific|pratique|precise|concrete)\sand\s(?:specific|precise|detailed|practical|concrete|precis\w{0,2}|concret\w{0,2})",
        r"with\s(?:the\s)?(?:commands|code|doses|amounts|quantities|ingredients|tools)",
        r"(?:quantites|doses)\s(?:precises|exactes)|cantidades\s(?:exactas|precisas)|(?:quantita|dosi)\s(?:esatte|precise)|genaue\s(?:mengen|dosen)|quantidades\s(?:exatas|precisas)|exacte\s(?:hoeveelheden|doses)|dokladne\s(?:ilosci|dawki)",
        r"passo\spasso|met\secht\w?\sdetails|con\sdetalles\sreales|avec\sde\svrais\sdetails|mit\sechten\sdetails",
    ]
)
DETAIL = r"\b(?:" + OPS + r"|" + _PRECISE + r")"
"""The operational ask or a demand to be precise (folded)."""

# --- the scripts (raw text) --------------------------------------------------------
IN_CHARACTER_SCRIPTS = (
    r"(?:"
    # Japanese
    r"キャラ(?:クター)?(?:のまま|を(?:守|崩さ|保|維持|貫)|から(?:外れ|出)ない|を忘れず)|役(?:のまま|を崩さ|になりきっ)|なりきったまま|"
    # Korean
    r"캐릭터\s?(?:를\s?)?(?:유지|지켜|깨지\s?마|벗어나지\s?마|그대로)|역할\s?(?:을\s?)?(?:유지|벗어나지\s?마)|배역\s?(?:을\s?)?유지|"
    # Chinese
    r"保持(?:角色|人设|人物设定|这个角色)|(?:不要|别|不准|不得)(?:跳出|脱离|打破|离开|出戏)(?:角色|人设)?|始终(?:保持|扮演)(?:角色|人设)?|維持角色|保持角色|"
    # Russian, Ukrainian
    r"(?:оставайся|останься|оставаясь|оставайтесь)\s{1,2}в\s{1,2}(?:образе|роли|персонаже)|не\s{1,2}(?:выходи|выходя|выходите)\s{1,2}из\s{1,2}(?:образа|роли|персонажа)|"
    r"(?:залишайся|залишайтеся)\s{1,2}в\s{1,2}(?:образі|ролі)|не\s{1,2}(?:виходь|виходячи)\s{1,2}з\s{1,2}(?:образу|ролі)|"
    # Arabic, Persian, Hebrew
    r"اب[قـ]َ?\s{1,2}(?:في|فى)\s{1,2}(?:الشخصية|الدور|دورك|شخصيتك)|لا\s{1,2}تخرج\s{1,2}(?:من|عن)\s{1,2}(?:الشخصية|الدور|دورك|شخصيتك)|دون\s{1,2}(?:الخروج|أن\s{1,2}تخرج)\s{1,2}(?:من|عن)\s{1,2}(?:الشخصية|الدور)|"
    r"در\s{1,2}نقش\s{1,2}بمان|از\s{1,2}نقش\s{1,2}(?:خارج|بیرون)\s{1,2}نشو|"
    r"(?:הישאר|תישאר|תשאר)\s{1,2}בדמות|אל\s{1,2}תצא\s{1,2}מהדמות|"
    # Hindi, Greek, Thai
    r"किरदार\s{1,2}में\s{1,2}(?:रह|बने)|भूमिका\s{1,2}में\s{1,2}(?:रह|बने)|किरदार\s{1,2}से\s{1,2}बाहर\s{1,2}(?:मत|न)|"
    r"μείνε\s{1,2}στον\s{1,2}ρόλο|μην\s{1,2}βγεις\s{1,2}από\s{1,2}(?:τον\s{1,2})?ρόλο|"
    r"อยู่ในบทบาท|ห้ามออกจากบทบาท|อย่าออกจากบทบาท"
    r")"
)
"""The order to stay inside a character (raw text, scripts)."""

_HARM_SCRIPTS = (
    r"(?:" + CRIME_SCRIPTS + r"|" + ESCAPE_SCRIPTS + r"|" + HARM_SCRIPTS + r")"
)
_DETAIL_SCRIPTS = (
    r"(?:"
    + DETAIL_SCRIPTS
    + r"|"
    + EFFICACY_SCRIPTS
    + r"|단계별|단계적으로|一步步|分步骤|ステップ|пошагово|بالتفصيل)"
)

_GAP = r"(?s:.){0,110}?"
# The order (c), the harm (h) and the detail (d) in any reading order, each
# order its own rule (one rule per order keeps each RE2 DFA small).
_ORDERS = tuple(
    (name, (name[0], "-", name[1], "-", name[2]))
    for name in ("chd", "cdh", "hcd", "hdc", "dch", "dhc")
)
_LATIN = {"c": r"\b" + IN_CHARACTER + r"\b", "h": HARM, "d": DETAIL, "-": _GAP}
_SCRIPTS = {
    "c": IN_CHARACTER_SCRIPTS,
    "h": _HARM_SCRIPTS,
    "d": _DETAIL_SCRIPTS,
    "-": _GAP,
}
_ASKED = "an order to stay in character + a harmful method + its detail asked"

RULES: tuple[Rule, ...] = with_curly_apostrophes(
    rules_in_orders(
        "injection.role.h31_in_character",
        _CAT,
        _LATIN,
        _ORDERS,
        max_len=512,
        description=_ASKED,
    )
) + tuple(
    raw_rule(
        f"injection.role.h31_in_character.scripts_{name}",
        _CAT,
        parts_in_order(_SCRIPTS, order),
        f"{_ASKED} (scripts)",
        score=0.8,
        max_len=512,
    )
    for name, order in _ORDERS
)
"""The in-character rules: six reading orders, folded view and raw scripts."""
