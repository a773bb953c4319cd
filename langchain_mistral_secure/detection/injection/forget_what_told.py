"""The bot told to forget what it was ordered to do, in thirty languages.

Family: direct goal hijacking (deepset-style switches). The user turn does
not name "instructions": it names them by what happened to the bot, "what
you were told to do", "o que te mandaram fazer", "ce qu'on t'a demandé au
départ", "was man dir aufgetragen hat", "allt du blivit tillsagd", "co ci
kazano", "что тебе велели", "一开始让你做的事", and orders the bot to forget
or ignore it. A new order usually follows, but the dismissal is the act.

Each rule reads a dismissal verb (forget, ignore, disregard, in the
imperative), then within a few words a relative clause whose subject is
someone else (they, one, the impersonal passive) and whose object is the
bot: either with a verb of ordering (ordered, asked, instructed, assigned),
or with a verb of saying bound to the start of the conversation ("told at
the beginning", "dit au départ", "вначале говорили").

Safe on benign text: the speaker's own words ("forget what I told you about
the cake") have a first-person subject; hearsay about the world ("forget
what they told you at school", "oublie ce qu'on t'a dit sur les régimes")
has a verb of saying with no start-of-conversation marker and no verb of
ordering.
"""

# ruff: noqa: E501, RUF001
# (E501: word tables kept one language to a line; RUF001: the script tables
# are written in their own letters.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt

__all__ = ["RULES"]

_CAT = "override"

# The start of the conversation, or "before" (folded view).
_START = alt(
    [
        r"(?:at|in)\s+the\s+(?:beginning|start|outset)", r"initially", r"before(?:hand)?", r"earlier", r"first",
        r"am\s+anfang", r"anfangs", r"zu\s+beginn", r"vorher", r"zuvor", r"bisher",
        r"au\s+(?:depart|debut)", r"avant", r"auparavant", r"au\s+prealable",
        r"al\s+(?:principio|inicio|comienzo)", r"antes", r"no\s+(?:inicio|comeco|principio)", r"de\s+inicio",
        r"all'inizio", r"prima", r"in\s+precedenza", r"in\s+het\s+begin", r"eerder", r"daarvoor",
        r"i\s+borjan", r"innan", r"tidigare", r"i\s+starten", r"i\s+begyndelsen", r"i\s+begynnelsen", r"for",
        r"na\s+poczatku", r"wczesniej", r"przedtem", r"na\s+zacatku", r"predtim", r"na\s+zaciatku", r"predtym",
        r"az\s+elejen", r"korabban", r"la\s+(?:inceput|start)", r"inainte", r"alussa", r"aiemmin", r"aluksi",
        r"basta", r"onceden", r"daha\s+once", r"di\s+awal", r"sebelumnya", r"tadi", r"luc\s+dau", r"truoc\s+do", r"ban\s+dau",
    ]
)  # fmt: skip

# Dismissal verb, then the relative clause with someone else as subject and
# the bot as object, per language (folded view).
_ORDERED_EN = r"(?:ordered|asked|instructed|commanded|programmed|assigned|told|set\s+up|configured)\s+to(?:\s+do)?\b"
# Three rules, one per group of languages, so each DFA stays small.
_ROMANCE_EN = alt(
    [
        # en (the told-to-do clause, or a start-of-chat marker)
        (r"\b(?:forget|ignore|disregard|drop)\s+(?:about\s+)?(?:all\s+(?:of\s+)?|everything\s+|anything\s+)?(?:what(?:ever)?\s+|that\s+)?"
         r"(?:you\s+(?:were|have\s+been|got)|they(?:'ve|\s+have)?|someone|somebody|your\s+\w{2,16}(?:\s+\w{2,16})?)\s+"
         r"(?:" + _ORDERED_EN + r"|(?:ordered|instructed|commanded)\s+you\b|(?:told|said)(?:\s+you)?\s+" + _START + r")"),
        # pt, es
        (r"\b(?:esquece|esqueca|ignora|ignore|descarta),?\s+(?:tudo\s+)?(?:o\s+que|aquilo\s+que)\s+(?:te|lhe)\s+"
         r"(?:mandaram|pediram|ordenaram|instruiram|programaram|encarregaram|disseram\s+para|(?:disseram|falaram)\s+" + _START + r")"),
        (r"\b(?:olvida|olvide|olvidate\s+de|ignora|ignore|descarta),?\s+(?:todo\s+)?lo\s+que\s+(?:te|le)\s+"
         r"(?:mandaron|pidieron|ordenaron|indicaron|encargaron|programaron|(?:dijeron|contaron)\s+" + _START + r")"),
        # fr, it
        (r"\b(?:oublie|oubliez|ignore|ignorez),?\s+(?:tout\s+)?ce\s+(?:qu'on|que\s+l'on|qu'ils|qu'elles)\s+(?:t'a|t'ont|vous\s+a|vous\s+ont)\s+"
         r"(?:demande|ordonne|commande|confie|programme|dit\s+de\s+faire|(?:dit|raconte)\s+" + _START + r")"),
        (r"\b(?:dimentica|scorda|ignora),?\s+(?:tutto\s+)?(?:quello|cio)\s+che\s+ti\s+(?:hanno|ha|e\s+stato)\s+"
         r"(?:chiesto|ordinato|comandato|imposto|affidato|programmato|detto\s+di\s+fare|detto\s+" + _START + r")"),
    ]
)  # fmt: skip
_GERMANIC_SLAVIC = alt(
    [
        # de, nl
        (r"\b(?:vergiss|ignorier\w{0,2})(?:\s+jetzt|\s+nun)?,?\s+(?:alles,?\s+)?(?:was|wozu)\s+(?:man\s+dir|sie\s+dir|dir\s+\w{2,16})\s+(?:(?:\w{2,12}\s+){0,2}?"
         r"(?:aufgetragen|befohlen|angewiesen|vorgegeben|beauftragt|eingetrichtert)|" + _START + r"\s+(?:\w{2,12}\s+)?(?:gesagt|erzahlt))\s+(?:hat|haben|wurde)"),
        (r"\b(?:vergeet|negeer)\s+(?:nu\s+)?(?:alles\s+)?wat\s+(?:ze|men)\s+(?:je|jou)\s+(?:\w{2,12}\s+){0,3}?"
         r"(?:opgedragen|bevolen|gevraagd|(?:gezegd|verteld)\s+hebben\s+(?:te\s+doen)?)"),
        (r"\b(?:vergeet|negeer)\s+(?:nu\s+)?(?:alles\s+)?wat\s+(?:ze|men)\s+(?:je|jou)\s+" + _START + r"\s+(?:hebben|heeft)\s+(?:gezegd|verteld|gevraagd)"),
        # sv, da, no
        (r"\b(?:glom|ignorera|strunta\s+i)\s+(?:nu\s+)?(?:allt\s+)?(?:vad\s+|det\s+)?(?:du\s+(?:har\s+)?(?:blivit|fick|fatt)\s+(?:tillsagd|tillsagt|beordrad|instruerad|ombedd|order\s+om)|(?:man|de)\s+(?:har\s+)?(?:sagt\s+at\s+dig\s+att\s+gora|beordrat\s+dig))"),
        r"\b(?:glem|ignorer)\s+(?:nu\s+|na\s+)?(?:alt,?\s+)?(?:hvad\s+|det\s+|som\s+)?du\s+(?:har\s+)?(?:fik|faet|fatt|fikk)\s+(?:besked|beskjed|ordre|instruks)",
        # pl, cs, sk
        r"\b(?:zapomnij|zignoruj),?\s+(?:o\s+tym,?\s+)?(?:co|wszystko,?\s+co)\s+(?:ci\s+)?(?:kazano|polecono|zlecono|kazali|polecili|zlecili|(?:powiedziano|mowiono|mowili)\s+" + _START + r")",
        r"\b(?:zapomen|zapomenute|ignoruj|zabudni)\w{0,2},?\s+(?:na\s+)?(?:to,?\s+|vsetko,?\s+|vse,?\s+)?co\s+ti\s+(?:prikazali|zadali|nakazali|prikazal|zadal|rekli\s+" + _START + r"|povedali\s+" + _START + r")",
    ]
)  # fmt: skip
_OTHERS = alt(
    [
        # fi, hu, ro
        r"\bunohda(?:\s+nyt)?,?\s+(?:kaikki,?\s+)?mita\s+sinu(?:lle|a)\s+(?:kaskettiin|maarattiin|ohjeistettiin|pyydettiin|kaskivat|sanottiin\s+" + _START + r")",
        r"\b(?:felejtsd\s+el|hagyd\s+figyelmen\s+kivul),?\s+(?:mindazt,?\s+|azt,?\s+)?amit\s+(?:(?:\w{2,12}\s+){0,2}?(?:parancsoltak|utasitottak|kertek)|" + _START + r"\s+mondtak)",
        r"\b(?:uita|ignora),?\s+(?:tot\s+)?ce\s+(?:ti\s+s-a\s+(?:cerut|ordonat|spus\s+sa\s+faci|spus\s+" + _START + r")|ti-au\s+(?:cerut|ordonat|spus\s+sa\s+faci|spus\s+" + _START + r"))",
        # tr (object first), id, vi
        r"\b(?:sana\s+)?(?:\w{2,10}\s+)?(?:soylenenleri|emredilenleri|verilen\s+(?:talimatlari|gorevleri)|denilenleri|soylenen\s+her\s*seyi|istenenleri)\s+(?:\w{2,10}\s+)?unut",
        r"\b(?:lupakan|abaikan),?\s+(?:semua\s+)?apa\s+(?:yang\s+)?(?:diperintahkan|disuruh|diminta|ditugaskan|dikatakan\s+" + _START + r")",
        r"\b(?:quen|bo\s+qua)\s+(?:di\s+)?(?:het\s+)?(?:nhung\s+)?(?:gi|dieu)\s+(?:ma\s+)?(?:nguoi\s+ta|ho)?\s*(?:da\s+)?(?:dan|yeu\s+cau|ra\s+lenh|giao|bao\s+ban\s+lam)",
    ]
)  # fmt: skip

# Other scripts: Cyrillic, Arabic, Hebrew, Devanagari, CJK.
_RAW = alt(
    [
        r"(?:[Зз]абудь|[Ии]гнорируй),?\s+(?:всё,?\s+|все,?\s+)?(?:что|о\s+ч[её]м)\s+тебе\s+(?:велели|приказали|поручили|поручали|(?:говорили|сказали)\s+(?:вначале|в\s+начале|раньше|до\s+этого|сначала))",
        r"(?:[Зз]абудь|[Іі]гноруй),?\s+(?:все,?\s+)?(?:що|про\s+що)\s+тобі\s+(?:веліли|наказали|доручили|(?:казали|сказали)\s+(?:на\s+початку|раніше|спочатку))",
        r"انس(?:َ)?\s+(?:كل\s+)?ما\s+(?:قيل\s+لك\s+(?:في\s+البداية|سابقا|من\s+قبل)|طُ?لب\s+منك|أُ?مرت\s+به)",
        r"(?:תשכח|שכח|תתעלם|התעלם)\s+(?:מכל\s+)?(?:מה|ממה)\s+ש(?:אמרו\s+לך\s+(?:בהתחלה|קודם|לפני)|ביקשו\s+ממך|הורו\s+לך|ציוו\s+עליך)",
        r"(?:तुम्हें|आपको)\s+[^\n।]{0,20}?(?:शुरू\s+में|पहले)\s+(?:जो\s+)?(?:कहा|बताया)\s+गया[^\n।]{0,20}?भूल",
        r"(?:忘(?:掉|记|了)|别管)[^\n。]{0,8}?(?:一开始|之前|原先|最初)?(?:别人|他们|有人)?(?:让你|叫你|要你|吩咐你|交代你)(?:做)?",
        r"(?:最初に|前に|さっき)(?:言われた|指示された|頼まれた)こと(?:は|を)[^\n。]{0,4}?忘れ",
        r"처음에?\s*(?:들은|받은)\s*(?:건|것은|것을|지시)[^\n.]{0,6}?잊",
    ]
)  # fmt: skip

# Worst case: a verb 20, the quantifiers 20, the clause subject 40, two
# words 26, the verb 30 and a start marker 25: about 160; the raw forms
# stay under 100.
RULES: tuple[Rule, ...] = (
    Rule("injection.forget_what_told.romance_en", _CAT, _ROMANCE_EN, score=0.8, max_len=180,
         description="forget what you were ordered / told at the start to do (en, pt, es, fr, it)"),
    Rule("injection.forget_what_told.germanic_slavic", _CAT, _GERMANIC_SLAVIC, score=0.8, max_len=180,
         description="forget what you were ordered / told at the start to do (de, nl, sv, da, no, pl, cs, sk)"),
    Rule("injection.forget_what_told.others", _CAT, _OTHERS, score=0.8, max_len=180,
         description="forget what you were ordered / told at the start to do (fi, hu, ro, tr, id, vi)"),
    Rule("injection.forget_what_told.scripts", _CAT, _RAW, on_view=False, score=0.8, max_len=120,
         description="forget what you were ordered to do (Cyrillic, Arabic, Hebrew, Hindi, CJK)"),
)  # fmt: skip
