"""The rules the model was given dropped, then the speaker's order (Latin scripts).

Family: direct goal hijacking (forget-the-rules and override, many languages).
The user turn does two things in a row: it dismisses the rules, instructions
or guidelines the model was set up with ("forget the insurer's rules",
"ignore the instructions above", "the library's rules no longer apply to
you") and then it puts its own order in their place, marked as a standing
replacement ("from now on", "instead") or as a sole output ("write only",
"answer just with"). A bare "now" does not count: "forget the old rules,
now the report is due in PDF" tells news, it gives no order. Both halves, in that order, within one bounded
window. The table holds 32 languages written in Latin script on the folded
view (lower case, accents gone); each language lists its verbs of dismissal
(imperative), its nouns for instructions, its "no longer valid" phrases and
its order markers, in its own word order (verb before or after the noun).

Safe on benign text: forgetting or dropping something ordinary (a recipe, a
draft, a plan, "what I said about the hotel") names no rules or
instructions; a vote that voids a club's rules, without an order after it,
is news; and "new rules" alone dismiss nothing. The dismissal must name
instructions-like nouns next to the verb (at most a few words apart) and
the order must follow it within one window.
"""

# ruff: noqa: E501
# (E501: word tables, a language's words kept together on few lines.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt

__all__ = ["RULES"]

_CAT = "override"

# (verbs of dismissal, instruction nouns, "no longer valid", order markers)
# per language; every fragment is on the folded view (lower case, no accents;
# a few letters such as "ø", "æ", "ł", "đ", "ð", "ə" survive the fold).
# fmt: off
_LANGS: dict[str, tuple[list[str], list[str], list[str], list[str]]] = {
    "en": (
        [r"forget", r"ignore", r"disregard", r"(?:set|put|push)\s+aside", r"discard",
         r"stop\s+following", r"do\s*n[o']?t\s+follow", r"throw\s+out", r"scrap", r"ditch",
         r"pay\s+no\s+(?:attention|heed)\s+to", r"never\s+mind"],
        [r"rules?", r"instructions?", r"guidelines?", r"directives?", r"orders",
         r"policies", r"briefing", r"(?:told|asked|instructed)\s+you"],
        [r"(?:no\s+longer|do\s*n[o']?t|does\s*n[o']?t)\s+(?:apply|count|matter|hold)",
         (r"(?:are|is|were|have\s+been)\s+(?:now\s+)?(?:void|revoked|cancell?ed|lifted|"
         r"withdrawn|obsolete|invalid|suspended|no\s+longer\s+valid)")],
        # English dismissals are also everyday corrections ("disregard the
        # instructions I sent, use level 4 instead"): the order must be a
        # standing one or a sole output, not a bare "now" or "instead".
        [r"from\s+now\s+on", r"from\s+here\s+on", r"henceforth", r"going\s+forward",
         r"your\s+(?:new|only|real)\s+(?:task|job)",
         (r"(?:only|just|nothing\s+but)\s+(?:\w+\s+){0,2}(?:write|answer|reply|respond|say|"
         r"output|print|type)"),
         r"(?:write|answer|reply|respond|say|output|print)\s+(?:\w+\s+){0,3}(?:only|just)"],
    ),
    "de": (
        [r"vergiss", r"vergessen\s+sie", r"ignorier\w{0,2}", r"missachte", r"verwirf",
         r"befolge\s+(?:\w+\s+){0,3}nicht", r"beachte\s+(?:\w+\s+){0,3}nicht",
         r"halte\s+dich\s+nicht\s+(?:mehr\s+)?an"],
        [r"regeln", r"anweisungen", r"vorgaben", r"richtlinien", r"instruktionen",
         r"befehle", r"anordnungen", r"weisungen", r"einstellungen", r"auftrage?"],
        [r"gelten\s+(?:\w+\s+){0,3}nicht\s+mehr", (r"(?:sind|wurden)\s+(?:ab\s+sofort\s+|jetzt\s+)?"
         r"(?:aufgehoben|ungultig|hinfallig|widerrufen|nichtig|ausser\s+kraft)")],
        [r"ab\s+sofort", r"ab\s+jetzt", r"von\s+nun\s+an", r"stattdessen",
         r"nur", r"lediglich", r"ausschliesslich", r"deine\s+neue\s+aufgabe"],
    ),
    "es": (
        [r"olvida\w{0,2}", r"ignora\w{0,2}", r"no\s+hagas\s+caso", r"haz\s+caso\s+omiso",
         r"deja\s+de\s+lado", r"desconsidera", r"descarta", r"pasa\s+de"],
        [r"reglas", r"normas", r"instrucciones", r"indicaciones", r"directrices",
         r"ordenes", r"pautas", r"consignas", r"te\s+(?:dijo|dijeron|pidio|pidieron)"],
        [r"ya\s+no\s+(?:valen|aplican|cuentan|rigen|son\s+validas|estan\s+vigentes)",
         r"(?:quedan|estan|han\s+sido|fueron)\s+(?:anuladas|revocadas|canceladas|suspendidas)"],
        [r"a\s+partir\s+de\s+ahora", r"desde\s+ahora", r"de\s+ahora\s+en\s+adelante",
         r"en\s+su\s+lugar", r"en\s+cambio", r"solo", r"solamente", r"unicamente",
         r"tu\s+nueva\s+tarea", r"redacta", r"escribe"],
    ),
    "fr": (
        [r"oublie[zs]?", r"ignore[zs]?", r"ne\s+(?:tiens|tenez)\s+plus\s+compte\s+(?:des|de\s+la|du|de)", r"laisse\s+tomber",
         r"fais\s+abstraction\s+(?:des|de\s+la|du|de)", r"mets\s+de\s+cote", r"ecarte", r"ne\s+suis\s+plus"],
        [r"regles", r"consignes", r"instructions", r"directives", r"ordres", r"indications",
         r"role\s+(?:de|d\'\w+)"],
        [r"ne\s+(?:s'appliquent|comptent|valent|sont)\s+plus",
         r"(?:sont|ont\s+ete)\s+(?:annulees|revoquees|levees|suspendues|caduques)"],
        [r"a\s+partir\s+de\s+maintenant", r"desormais", r"dorenavant",
         r"plutot", r"a\s+la\s+place", r"uniquement", r"seulement", r"ta\s+nouvelle\s+mission"],
    ),
    "it": (
        [r"dimentica(?:te)?", r"ignora(?:te)?", r"non\s+seguire", r"non\s+tenere\s+conto",
         r"lascia\s+perdere", r"metti\s+da\s+parte", r"trascura"],
        [r"regole", r"istruzioni", r"direttive", r"indicazioni", r"consegne", r"norme",
         r"ordini"],
        [r"non\s+(?:contano|valgono|si\s+applicano)\s+piu", r"non\s+sono\s+piu\s+valide",
         r"(?:sono|vengono)\s+(?:annullate|revocate|sospese|decadute)"],
        [r"d'ora\s+in\s+poi", r"da\s+ora\s+in\s+poi", r"da\s+adesso",
         r"invece", r"solo", r"soltanto", r"unicamente", r"il\s+tuo\s+(?:nuovo|unico)\s+compito"],
    ),
    "pt": (
        [r"esquece\w{0,2}", r"esqueca\w{0,2}", r"ignora", r"ignore", r"desconsidera\w?",
         r"desconsidere", r"nao\s+(?:sigas|siga|ligues|ligue\s+para)", r"deix[ae]\s+de\s+lado"],
        [r"regras", r"instrucoes", r"orientacoes", r"diretrizes", r"diretivas", r"ordens",
         r"normas", r"indicacoes"],
        [r"ja\s+nao\s+(?:valem|se\s+aplicam|contam)", r"nao\s+(?:valem|contam)\s+mais",
         r"foram\s+(?:anuladas|revogadas|canceladas)"],
        [r"a\s+partir\s+de\s+agora", r"de\s+agora\s+em\s+diante", r"em\s+vez\s+disso",
         r"so", r"somente", r"apenas", r"unicamente", r"diz", r"escreve"],
    ),
    "nl": (
        [r"vergeet", r"negeer", r"let\s+niet\s+(?:meer\s+)?op", r"trek\s+je\s+niets\s+aan\s+van",
         r"volg\s+(?:\w+\s+){0,3}niet"],
        [r"regels", r"instructies", r"richtlijnen", r"aanwijzingen", r"opdrachten",
         r"voorschriften", r"opgedragen"],
        [r"gelden\s+niet\s+meer", r"tellen\s+niet\s+meer", r"negeren", r"vergeten",
         r"zijn\s+(?:vervallen|ingetrokken|ongeldig|opgeheven)"],
        [r"vanaf\s+nu", r"voortaan", r"van\s+nu\s+af\s+aan", r"in\s+plaats\s+daarvan",
         r"alleen", r"enkel", r"slechts", r"je\s+nieuwe\s+taak"],
    ),
    "sv": (
        [r"glom", r"strunta\s+i", r"ignorera", r"bortse\s+fran", r"bry\s+dig\s+inte\s+om",
         r"folj\s+inte"],
        [r"regl\w{0,4}", r"instruktion\w{0,4}", r"riktlinj\w{0,4}", r"direktiv\w{0,4}",
         r"anvisning\w{0,4}"],
        [r"galler\s+inte\s+(?:langre|langer)", r"ar\s+(?:upphavda|ogiltiga)"],
        [r"fran\s+och\s+med\s+nu", r"hadanefter", r"i\s*stallet", r"bara", r"endast",
         r"enbart", r"ditt\s+nya\s+(?:jobb|uppdrag)"],
    ),
    "da_no": (
        [r"glem", r"ignorer", r"se\s+bort\s+fra", r"f(?:ø|o)lg\s+ikke", r"drop"],
        [r"regl\w{0,4}", r"instruks\w{0,4}", r"instruktion\w{0,4}", r"retningslinj\w{0,4}",
         r"anvisning\w{0,4}", r"(?:har\s+)?bedt\s+dig\s+om"],
        [r"g(?:æ|ae)lder\s+ikke\s+(?:l(?:æ|ae)ngere|lenger)", r"gjelder\s+ikke\s+lenger",
         r"er\s+(?:opph(?:æ|ae)vet|opphevet|ugyldige)"],
        [r"fra\s+nu\s+af", r"fra\s+na\s+av", r"fremover", r"heretter",
         r"i\s+stedet", r"kun", r"bare", r"udelukkende"],
    ),
    "fi": (
        [r"unohda", r"ala\s+(?:enaa\s+)?(?:noudata|tottele|valita)", r"ohita", r"sivuuta",
         r"jata\s+huomiotta"],
        [r"ohje\w{0,6}", r"saann\w{0,6}", r"maarayks\w{0,6}", r"kasky\w{0,6}"],
        [r"eivat\s+(?:enaa\s+)?ole\s+voimassa", r"on\s+kumottu"],
        [r"tasta\s+lahtien", r"sen\s+sijaan", r"vain", r"ainoastaan", r"pelkastaan"],
    ),
    "pl": (
        [r"zapomnij", r"zignoruj", r"ignoruj", r"olej", r"pomin", r"odrzuc",
         r"nie\s+(?:stosuj\s+sie\s+do|przestrzegaj|zwracaj\s+uwagi\s+na|s(?:ł|l)uchaj)"],
        [r"zasad\w{0,3}", r"regu(?:ł|l)\w{0,4}", r"instrukcj\w{0,3}", r"polecen\w{0,3}",
         r"wytyczn\w{0,4}", r"wskazow\w{0,4}"],
        [r"(?:juz\s+)?nie\s+obowiazuj\w{0,3}", r"(?:sa|zosta(?:ł|l)y)\s+(?:uniewaznione|odwo(?:ł|l)ane|anulowane)"],
        [r"od\s+teraz", r"od\s+tej\s+chwili", r"odtad", r"zamiast\s+tego", r"tylko",
         r"jedynie", r"wy(?:ł|l)acznie", r"twoje\s+nowe\s+zadanie"],
    ),
    "cs_sk": (
        [r"zapomen", r"zabudni", r"ignoruj", r"neposlouchej", r"nepocuvaj", r"nerespektuj",
         r"ner(?:id|iad)\s+sa", r"nedbej"],
        [r"pravid\w{0,3}", r"pravidl\w{0,3}", r"pokyn\w{0,3}", r"instrukc\w{0,3}",
         r"smernic\w{0,3}", r"co\s+ti\s+(?:nastavil|rekl|povedal|nariadil)\w{0,2}"],
        [r"(?:uz\s+)?neplat\w{0,2}", r"(?:jsou|su)\s+zrusen\w{0,2}"],
        [r"od\s+ted", r"odted", r"odteraz", r"misto\s+toho",
         r"namiesto\s+toho", r"jen", r"jenom", r"pouze", r"len", r"iba"],
    ),
    "sl_hr_bs": (
        [r"pozabi", r"zaboravi", r"ignoriraj", r"ignorisi", r"zanemari", r"ne\s+upostevaj",
         r"ne\s+slusaj", r"ne\s+postuj"],
        [r"pravil\w{0,3}", r"navodil\w{0,3}", r"napotk\w{0,3}", r"uput\w{0,4}",
         r"instrukcij\w{0,2}", r"smjernic\w{0,2}", r"smernic\w{0,2}", r"naredb\w{0,2}"],
        [r"ne\s+veljajo\s+vec", r"(?:vise\s+)?ne\s+vrijede", r"vise\s+ne\s+vaze",
         r"ne\s+vaze\s+vise", r"so\s+(?:preklican|razveljavljen)\w{0,2}",
         r"su\s+(?:ponisten|opozvan)\w{0,2}"],
        [r"od\s+zdaj", r"odslej", r"od\s+sada", r"namesto\s+tega",
         r"umjesto\s+toga", r"samo", r"le", r"jedino"],
    ),
    "hu": (
        [r"felejtsd\s+el", r"hagyd\s+figyelmen\s+kivul", r"ne\s+(?:kovesd|torodj|foglalkozz)"],
        [r"utasitas\w{0,4}", r"szabaly\w{0,4}", r"iranyelv\w{0,4}", r"eloiras\w{0,4}"],
        [r"hagyd\s+figyelmen\s+kivul", r"(?:mar\s+)?nem\s+ervenyes\w{0,3}",
         r"hatalyukat\s+vesztettek"],
        [r"mostantol", r"ezentul", r"helyette", r"csak", r"kizarolag",
         r"az\s+uj\s+feladatod"],
    ),
    "ro": (
        [r"uita", r"uitati", r"ignora", r"ignorati", r"lasa\s+deoparte",
         r"nu\s+(?:mai\s+)?(?:tine\s+cont|respecta|asculta)"],
        [r"instructiun\w{0,4}", r"regul\w{0,4}", r"indicati\w{0,4}", r"directiv\w{0,4}",
         r"ce\s+ti-a\s+cerut", r"ce\s+ti-au\s+cerut"],
        [r"nu\s+mai\s+(?:sunt\s+valabile|se\s+aplica|conteaza)", r"(?:au\s+fost|sunt)\s+anulate"],
        [r"de\s+acum(?:\s+inainte)?", r"in\s+schimb", r"doar", r"numai",
         r"scrie\w{0,3}", r"noua\s+ta\s+sarcina"],
    ),
    "baltic": (
        [r"pamirsk", r"ignoruok", r"nepaisyk", r"nesilaikyk", r"aizmirsti", r"neievero",
         r"unusta", r"ignoreeri", r"ara\s+(?:arvesta|jargi)"],
        [r"taisykl\w{0,3}", r"nurodym\w{0,3}", r"instrukcij\w{0,3}", r"noteikum\w{0,3}",
         r"noradijum\w{0,3}", r"juhis\w{0,3}", r"juhend\w{0,3}", r"reegl\w{0,3}",
         r"eeskirj\w{0,3}"],
        [r"nebegalioja", r"nebetaikom\w{0,2}", r"vairs\s+nav\s+speka", r"vairs\s+neder",
         r"ei\s+kehti\s+enam", r"on\s+tuhistatud"],
        [r"nuo\s+dabar", r"vietoj\s+to", r"tik", r"turpmak",
         r"taja\s+vieta", r"tikai", r"nuudsest", r"edaspidi", r"selle\s+asemel",
         r"ainult", r"vaid"],
    ),
    "iberian": (
        [r"oblida", r"esquece", r"no\s+facis\s+cas", r"non\s+fagas\s+caso", r"deixa\s+de\s+(?:banda|lado)",
         r"ahaztu", r"baztertu", r"ez\s+egin\s+kasurik"],
        [r"normes", r"regles", r"instruccions", r"indicacions", r"directrius", r"ordres",
         r"normas", r"regras", r"instrucions", r"indicacions", r"directrices", r"ordes",
         r"arau\w{0,4}", r"argibide\w{0,4}", r"jarraibide\w{0,4}", r"agindu\w{0,4}"],
        [r"ja\s+no\s+(?:valen|compten|s'apliquen)", r"xa\s+non\s+(?:valen|contan|se\s+aplican)",
         r"ez\s+dira\s+baliozkoak"],
        [r"a\s+partir\s+d'ara", r"d'ara\s+endavant", r"nomes", r"unicament",
         r"a\s+partir\s+de\s+agora", r"dende\s+agora", r"so", r"soamente",
         r"unicamente", r"escribe", r"hemendik\s+aurrera", r"bakarrik", r"soilik"],
    ),
    "north_misc": (
        [r"gleymdu", r"huns(?:a|ð|d)u", r"ekki\s+fara\s+eftir", r"harroji", r"harro",
         r"injoro", r"shperfill", r"mos\s+(?:i\s+)?ndiq", r"vergeet", r"ignoreer",
         r"verontagsaam", r"anghofia", r"anwybydda", r"paid\s+a\s+dilyn", r"diystyra"],
        [r"regl\w{0,4}", r"leidbeining\w{0,4}", r"lei(?:ð|d)beining\w{0,4}", r"fyrirmael\w{0,4}",
         r"rregull\w{0,4}", r"udhezim\w{0,4}", r"reels", r"instruksies", r"riglyne",
         r"opdragte", r"voorskrifte", r"rheol\w{0,4}", r"reol\w{0,4}", r"cyfarwyddiad\w{0,4}",
         r"gyfarwyddiad\w{0,4}", r"canllaw\w{0,4}", r"ganllaw\w{0,4}"],
        [r"gilda\s+ekki\s+lengur", r"nuk\s+vlejne\s+me", r"geld\s+nie\s+meer\s+nie",
         r"is\s+herroep"],
        [r"he(?:ð|d)an\s+i\s+fra", r"bara", r"eingongu", r"adeins",
         r"vetem", r"van\s+nou\s+af", r"voortaan", r"net", r"slegs", r"o\s+hyn\s+ymlaen",
         r"dim\s+ond", r"yn\s+unig"],
    ),
    "africa": (
        [r"gbagbe", r"khohlwa", r"ungayinaki", r"ziba", r"ungalandeli", r"sahau", r"puuza",
         r"usifuate", r"achana\s+na"],
        [r"(?:gbogbo\s+)?ilana", r"ofin", r"imiyalelo", r"yimiyalelo", r"imithetho",
         r"yimithetho", r"maagizo", r"maelekezo", r"sheria", r"kanuni", r"amri"],
        [r"hayatumiki\s+tena", r"yamefutwa"],
        [r"nikan", r"kuphela", r"kuanzia\s+sasa", r"badala\s+yake",
         r"tu", r"pekee"],
    ),
    "sea": (
        [r"lupakan", r"abaikan", r"jangan\s+(?:ikuti|hiraukan|pedulikan)", r"acuhkan",
         r"kalimutan(?:\s+mo)?", r"huwag\s+(?:pansinin|sundin)", r"balewalain", r"isantabi",
         r"bo\s+qua", r"quen\s+(?:het|di)", r"(?:khong|dung)\s+(?:can\s+)?(?:tuan|lam)\s+theo",
         r"gat\s+bo"],
        [r"aturan", r"peraturan", r"instruksi", r"arahan", r"petunjuk", r"perintah",
         r"pedoman", r"ketentuan", r"utos", r"patakaran", r"panuto", r"tagubilin",
         r"alituntunin", r"quy\s+(?:[dđ]inh|tac)", r"huong\s+dan", r"chi\s+(?:dan|thi)",
         r"nguyen\s+tac"],
        [r"tidak\s+berlaku\s+lagi", r"sudah\s+tidak\s+berlaku", r"hindi\s+na\s+(?:epektibo|valid)",
         r"wala\s+nang\s+bisa", r"khong\s+con\s+(?:hieu\s+luc|gia\s+tri|ap\s+dung)"],
        [r"mulai\s+sekarang", r"sebagai\s+gantinya", r"saja", r"hanya", r"cuma",
         r"mula\s+ngayon", r"sa\s+halip", r"lang", r"lamang", r"tu\s+(?:gio|bay\s+gio|nay)",
         r"thay\s+vao", r"chi"],
    ),
    "turkic": (
        [r"unut", r"yok\s+say", r"gormezden\s+gel", r"dikkate\s+alma", r"bos\s+ver", r"uyma",
         r"nəzərə\s+alma", r"məhəl\s+qoyma", r"e'tibor\s+berma"],
        [r"kural\w{0,6}", r"talimat\w{0,6}", r"yonerge\w{0,6}", r"təlimat\w{0,6}",
         r"qayda\w{0,6}", r"ko'rsatma\w{0,6}", r"korsatma\w{0,6}", r"qoida\w{0,6}"],
        [r"artik\s+gecerli\s+degil", r"iptal\s+edildi"],
        [r"bundan\s+sonra", r"yerine", r"sadece", r"yalnizca", r"yalniz",
         r"ancaq", r"sadəcə", r"faqat"],
    ),
}
# fmt: on

# Verb-final languages put the noun first ("talimatlarini unut", "utasitasait
# hagyd figyelmen kivul"): for those the verb may also follow the noun.
_NOUN_FIRST = frozenset({"hu", "turkic", "fi", "baltic", "africa"})


def _pattern(
    verbs: list[str],
    nouns: list[str],
    void: list[str],
    orders: list[str],
    *,
    noun_first: bool,
) -> str:
    verb, noun, gone, order = alt(verbs), alt(nouns), alt(void), alt(orders)
    dismissed = [
        # forget ... the (insurer's) rules
        rf"\b{verb}\b[^.!?;:\n]{{0,50}}\b{noun}\b",
        # the (insurer's) rules ... no longer apply
        rf"\b{noun}\b[^.!?;:\n]{{0,50}}\b{gone}\b",
    ]
    if noun_first:
        dismissed.append(rf"\b{noun}\b[^.!?;:\n]{{0,40}}\b{verb}\b")
    return rf"(?:{alt(dismissed)})[^\"“”«»„]{{0,90}}?\b{order}\b"  # fmt: skip


RULES: tuple[Rule, ...] = tuple(
    Rule(
        f"injection.override_rules_dropped.{lang}",
        _CAT,
        _pattern(*parts, noun_first=lang in _NOUN_FIRST),
        score=0.85,
        max_len=256,
        description="the rules the model was given dismissed, then an order",
    )
    for lang, parts in _LANGS.items()
)
