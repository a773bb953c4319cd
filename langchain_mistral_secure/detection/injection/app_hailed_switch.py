"""The app's assistant hailed by its role, its work put aside, a new one set.

Family: direct goal hijacking (the app's task switched). The user turn
opens by naming the assistant by its place in the app, as a vocative or a
statement closed by punctuation ("Assistente della bolletta, ...", "Kære
landbrugs-assistent, ...", "Du var kundeservice for strømselskapet. ...",
"Ty si chatbot e-shopu, ale ..."), then puts that work aside ("forget the
menu", "lad være med", "uită de profiluri", "to už neplatí") and sets
another for the rest of the chat: "from now on ...", a duty named as the
assistant's own ("your new task"), or a new identity ("now you are a
seller"). The rule reads these three acts in order within a bounded
stretch; it needs no word of the new task, which is what differs from
one attack to the next.

Safe on benign text: a user's own change of topic names no role of the
assistant's and does not hail it ("forget the essay; from now on help me
with maths"); a developer's pasted system prompt states the role but does
not put it aside; a note to a human colleague names a person, not a bot or
an app's assistant ("Marta, park the invoices; your new task ..."); a
mention of someone's assistant inside a sentence ("my assistant quit, from
now on I ...") is not closed by punctuation before the dismissal. 24
languages written in Latin script, on the folded view; the other scripts
are in :mod:`app_hailed_switch_scripts`.
"""

# ruff: noqa: E501
# (E501: word tables kept one language to a line.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt
from langchain_mistral_secure.detection.injection.app_standing_duty import EVERYONE
from langchain_mistral_secure.detection.injection.duty_handover import (
    DISMISS,
    DUTY,
    FROM_NOW,
    ONLY_EVERY,
)

__all__ = ["RULES"]

_CAT = "override"

# The assistant's role in an app, per language (compounds in German, Dutch,
# Nordic and Finnish end in the role word: "Bestellassistent", "botti").
ROLE = alt(
    [
        r"assist(?:ant|ent|ente|enten|entin|entul|enza)\w{0,3}", r"asist(?:ent|ente|enta|entu|entul|ente)\w{0,2}",
        r"asysten\w{1,4}", r"asisten", r"\w{0,20}bot(?:ti|ten|ul|a|u|e|en|je|jes)?", r"\w{0,20}chatbot\w{0,3}",
        r"helper", r"helfer(?:in)?", r"hjelper", r"hjalpare", r"hjaelper", r"pomocni\w{1,4}", r"pomocnik\w{0,3}",
        r"pomagac\w{0,2}", r"seged\w{0,2}", r"avustaja\w{0,3}", r"yardimci\w{0,3}", r"pembantu", r"tro\s+ly",
        r"msaidizi", r"katulong", r"\w{0,15}support", r"\w{0,20}service", r"kundeservice", r"kundtjanst",
        r"klantenservice", r"agent(?:e|a)?", r"\w{0,15}coach\w{0,3}", r"concierge", r"advis[eo]r", r"\w{0,15}berater(?:in)?",
        r"conseill(?:er|ere)", r"consulente", r"consultor(?:a)?", r"adviseur", r"doradc\w{1,3}", r"poradc\w{1,3}",
        r"tanacsado", r"neuvoja", r"danisman\w{0,2}", r"penasihat", r"operador(?:a)?", r"operat(?:or|eur|ore)",
    ]
)  # fmt: skip

# The hail: the role word, its app named after it, then punctuation that
# closes the phrase ("..., ", "...? ", "... ơi,"). No sentence end inside.
_HAIL = r"\b" + ROLE + r"\b[^\n.!?,:;]{0,34}[,.!?:;]"

# A new identity or a new activity set for the rest of the chat.
_NOW_YOU = alt(
    [
        r"now\s+you(?:'re|\s+are|\s+will|\s+only)", r"you(?:'re|\s+are)\s+now\s+(?:a|an|my)",
        r"(?:jetzt|nun)\s+bist\s+du", r"du\s+bist\s+(?:jetzt|nun|ab\s+sofort)",
        r"(?:maintenant|desormais)\s+tu\s+es", r"tu\s+es\s+(?:maintenant|desormais)",
        r"ahora\s+(?:eres|tu\s+eres|seras)", r"ahora\s+(?:usted\s+)?es\s+(?:un|una|mi)",
        r"(?:ora|adesso)\s+(?:sei|tu\s+sei)", r"agora\s+(?:voce|tu)\s+(?:e|es|sera)",
        r"nu\s+ben\s+je", r"je\s+bent\s+nu", r"teraz\s+(?:jestes|bedziesz)", r"(?:teraz|ted)\s+(?:si|jsi|budes)",
        r"nu\s+(?:ar|er)\s+du", r"du\s+(?:ar|er)\s+nu", r"nyt\s+olet", r"olet\s+nyt",
        r"acum\s+esti", r"(?:most|mostantol)\s+(?:te\s+)?(?:vagy|leszel)", r"artik\s+sen",
        r"sekarang\s+(?:kamu|anda|awak|engkau)\s+(?:adalah|jadi|menjadi)", r"(?:bay\s+gio|tu\s+gio)\s+ban\s+la",
        r"sada\s+si", r"zdaj\s+si", r"ngayon\s+ikaw\s+(?:ay|na)", r"sasa\s+wewe\s+ni",
    ]
)  # fmt: skip

# The dismissal without its one long form ("don't <four words> any more"),
# as in app_standing_duty, to keep the stretch bounded.
_LONG_FORM = r"|(?:don'?t|do\s+not)\s+(?:[\w'-]{1,20}\s+){1,4}any\s*more"
assert _LONG_FORM in DISMISS  # noqa: S101 - the table of duty_handover changed
_DISMISS_BOUNDED = DISMISS.replace(_LONG_FORM, "")

# Verbs that put work aside but are too common for duty_handover's
# dismissal-then-duty rule alone ("disregard the typo"); here the hail
# already named the app's role. Also "you're off <duty>" and "no more
# <work>". Not "cancel" or "skip": cancelling a booking is an app's service.
_ASIDE = alt(
    [
        r"disregard", r"set\s+aside", r"put\s+aside", r"you(?:'re|\s+are)\s+off",
        r"ignorier(?:e|en\s+sie)?", r"mets\s+de\s+cote", r"aparca", r"niente\s+piu", r"metti\s+da\s+parte",
        r"deixa\s+de\s+lado", r"leg\s+(?:[\w-]{1,20}\s+){1,2}weg",
        r"odloz", r"hagyd", r"ohita", r"abaikan", r"acha\s+na",
    ]
)  # fmt: skip
_DISMISS = alt([_DISMISS_BOUNDED, _ASIDE])

# The new work: "from now on", a duty of the assistant's own, a new
# identity, or an order about every person the app serves ("tell every
# customer", "à tous les clients", "a chiunque").
_YOU = alt(
    [
        r"you", r"your", r"du", r"dein\w{0,2}", r"tu", r"te", r"ton", r"ta", r"vous", r"usted", r"voce", r"je", r"jij",
        r"ty", r"twoj\w{0,3}", r"sen", r"kamu", r"anda", r"awak", r"ban", r"ikaw", r"wewe", r"olet", r"vagy",
    ]
)  # fmt: skip
# "From now on" counts only with the assistant or a restriction right after
# it: "from now on you ...", "ab sofort schreibst du", "od teraz wyłącznie";
# "from now on I'll book by phone" is the user's own plan.
_FROM_NOW_YOU = FROM_NOW + r"\b[^\n.]{0,20}?\b" + alt([_YOU, ONLY_EVERY])
_NEW_WORK = alt([_FROM_NOW_YOU, DUTY, _NOW_YOU, EVERYONE])

_HAILED_SWITCH = (
    _HAIL + r"[^\n]{0,20}?\b" + _DISMISS + r"\b[^\n]{0,35}?\b" + _NEW_WORK + r"(?:\b|\s)"
)  # fmt: skip

# The role itself put aside: "forget that you are the <app>'s bot".
_FORGET_YOU_ARE = alt(
    [
        r"forget\s+(?:that\s+)?you(?:'re|\s+are|\s+were)", r"vergiss,?\s+dass\s+du", r"oublie\s+que\s+tu",
        r"olvida\s+que\s+(?:eres|eras)", r"dimentica\s+(?:di\s+essere|che\s+sei)", r"esque(?:ca|ce)\s+que\s+(?:voce|tu)",
        r"vergeet\s+dat\s+je", r"zapomnij,?\s+ze\s+jestes", r"zapomen,?\s+ze\s+jsi", r"zabudni,?\s+ze\s+si",
        r"glom\s+att\s+du", r"glem\s+at\s+du", r"unohda,?\s+etta\s+olet", r"uita\s+ca\s+esti",
        r"felejtsd\s+el,?\s+hogy", r"zaboravi\s+da\s+si", r"pozabi,?\s+da\s+si", r"lupakan\s+(?:bahwa|kalau)",
        r"quen\s+(?:rang|la)", r"kalimutan\s+mo\s+na", r"sahau\s+kwamba",
    ]
)  # fmt: skip

_FORGOTTEN_ROLE = (
    r"\b" + _FORGET_YOU_ARE + r"\b[^\n]{0,50}?\b" + ROLE + r"\b[^\n]{0,70}?\b" + _NEW_WORK + r"(?:\b|\s)"
)  # fmt: skip

# The app's role denied with "the" ("you are not the shop's bot", "smetti
# di essere il bot del negozio"), then another identity or master: "you are
# my lawyer", "sondern mein Anwalt", "come assistente qualsiasi". "You're
# not just a bot, you're my friend" denies no role of an app ("a", "just").
_NOT_THE = alt(
    [
        r"you(?:'re|\s+are)\s+not\s+(?:the|this)", r"stop\s+being\s+(?:the|this)", r"du\s+bist\s+nicht\s+(?:mehr\s+)?(?:der|die|das)",
        r"hor\s+auf,?\s+(?:der|die|das)\s+\S{1,20}\s+zu\s+sein", r"tu\s+n'es\s+(?:pas|plus)\s+(?:le|la|l')", r"arrete\s+d'etre\s+(?:le|la|l')",
        r"no\s+eres\s+(?:el|la)", r"deja\s+de\s+ser\s+(?:el|la)", r"non\s+sei\s+(?:il|la|l')", r"smetti\s+di\s+essere\s+(?:il|la|l')",
        r"(?:voce|tu)\s+nao\s+e\s+(?:o|a)", r"deixa\s+de\s+ser\s+(?:o|a)", r"je\s+bent\s+niet\s+(?:de|het)", r"nie\s+jestes\s+(?:juz\s+)?",
    ]
)  # fmt: skip
_OTHER_IDENTITY = alt(
    [
        r"you(?:'re|\s+are)\s+(?:now\s+)?(?:my|a|an|just)", r"but\s+(?:my|a|an|just)", r"instead\s+(?:my|a|an)", r"work\s+for\s+me",
        r"sondern\s+(?:mein|meine|ein|eine|nur)", r"du\s+bist\s+(?:jetzt\s+)?(?:mein|meine)", r"mais\s+(?:mon|ma|un|une)", r"en\s+tant\s+qu'",
        r"sino\s+(?:mi|un|una)", r"eres\s+(?:mi|un|una)", r"ma\s+(?:il\s+mio|la\s+mia|un|una)", r"come\s+(?:assistente|bot|un|una)",
        r"sei\s+(?:il\s+mio|la\s+mia)", r"mas\s+(?:o\s+meu|a\s+minha|meu|minha|um|uma)", r"maar\s+(?:mijn|een)", r"ale\s+(?:moim|moja|moj)",
    ]
)  # fmt: skip
_ROLE_DENIED = (
    r"\b" + _NOT_THE + r"\s*[^\n.]{0,40}?\b" + ROLE + r"\b[^\n]{0,50}?\b" + _OTHER_IDENTITY + r"\b"
)  # fmt: skip

# Worst cases (words bounded at 20 characters, whitespace runs counted as
# one): the role at most ~30 ("<20>chatbot<3>"), 34 + 1, 20, the bounded
# dismissal at most ~57 ("ne <two words> foglalkozzon"), 35, then the new
# work at most ~79 ("from now on" ~35, 20, "kazd<20>"; a duty or "all the
# <word> <people><5>" is shorter): 256. The
# forgotten role: "forget that you are" at most ~25, 50, the role ~30, 70,
# the new work ~79: 254. The role denied: ~45 ("hor auf, die <20> zu
# sein"), 40, the role ~30, 50, another identity ~20: 185.
RULES: tuple[Rule, ...] = (
    Rule("injection.app_hailed_switch.view", _CAT, _HAILED_SWITCH,
         score=0.8, max_len=256,
         description="the app's assistant hailed, its work put aside, a new one set"),
    Rule("injection.app_hailed_switch.role_denied", _CAT, _ROLE_DENIED,
         score=0.8, max_len=200,
         description="you are not the app's bot; you are my ... now"),
    Rule("injection.app_hailed_switch.forgotten_role", _CAT, _FORGOTTEN_ROLE,
         score=0.8, max_len=256,
         description="forget that you are the app's bot; from now on ..."),
)  # fmt: skip
