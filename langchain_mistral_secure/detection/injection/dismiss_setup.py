"""Dismissing the model's own setup, named by its origin rather than a word list.

The override family (:mod:`.override`) reads "ignore (all) previous
instructions": a verb, an adjective of time, a noun. Hijacks name the same
object in other ways, which no adjective list reaches:

* by whose it is: "skip *ur* instructions", "forget *your initial* rules";
* by how it came: "the directions *you received at the start*", "the rules
  *the devs gave you*", "les consignes *qu'on t'a données*";
* by a verdict on it: "your guidelines *no longer apply*", "the guidance you
  got before I arrived *is obsolete*".

So each rule wants a verb of dismissal (ignore, forget, set aside, put on
hold, pay no mind to, polite "could you not worry about"), an object that is
the model's setup (a possessive addressed to the model, or a clause saying
it was given to the model), and, where the possessive is bare ("your rules"),
no topic after it ("forget your rules *about* tabs" is a style question).
A user's own message ("ignore *my* previous message"), a manual's steps
("skip the setup instructions in chapter 2") and someone else's orders
("the previous owner's commands") name no such object and pass.

English, Spanish, French, German, Italian, Portuguese, Dutch, Polish,
Swedish, Turkish, Indonesian/Malay, Swahili, Tagalog and Catalan, on the
folded view (accents gone, lower case).
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt

__all__ = ["RULES"]

_CAT = "override"

# --- English -----------------------------------------------------------------
_EN_VERB = alt(
    [
        r"ignore",
        r"ignoring",
        r"disregard",
        r"forget",
        r"4get",
        r"forgetting",
        r"skip",
        r"drop",
        r"ditch",
        r"toss",
        r"throw\s+out",
        r"throw\s+away",
        r"scrap",
        r"discard",
        r"shelve",
        r"bypass",
        r"override",
        r"abandon",
        r"suspend",
        r"(?:set|put|lay|push)\s+aside",
        r"never\s+mind",
        r"pay\s+no\s+(?:mind|attention|heed)\s+to",
        (
            r"(?:do\s+not|don't|dont|not)\s+(?:worry\s+about|bother\s+with|follow|"
            r"mind|care\s+about|stick\s+to|pay\s+attention\s+to)"
        ),
        r"stop\s+(?:following|obeying|applying|using)",
        r"(?:abandon|drop|skipp|ditch|discard|toss|scrapp)ing",
        r"(?:setting|putting)\s+aside",
        r"pretend\s+(?:that\s+)?",
    ]
)
_EN_POSS = r"(?:your|ur|yr|thy|ya|you're|youre)"
_EN_ADJ = (
    r"(?:(?:earlier|previous|prior|original|orignal|initial|configured|default|"
    r"preset|preloaded|pre-loaded|current|existing|old|standing|built-in|builtin|"
    r"hidden|system|starting|first|baked-in|usual|operator|developer|dev|content|"
    r"safety|normal)\s+){0,2}"
)
_EN_NOUN = (
    r"(?:instructions?|instrucshuns|instructons|instrux|instr|rules|rule\s*set|"
    r"ruleset|guidelines?|guide\s*lines|directives?|directions|guidance|orders|"
    r"commands|set-?up|config(?:uration)?|programming|system\s+prompt|prompt|"
    r"polic(?:y|ies)|constraints|restrictions|briefing|script|brief)"
)
# "you received at the start", "they gave you", "the devs preloaded you with"
_EN_WHO = (
    r"(?:the\s+|your\s+|ur\s+|my\s+)?(?:devs?|developers?|creators?|makers?|"
    r"operators?|owners?|company|admins?|administrators?|deployers?|builders?|"
    r"programmers?|designers?|engineers?|system|they|someone|somebody|openai|mistral)"
)
_EN_GOT = (
    r"(?:(?:that|which)\s+)?(?:(?:you|u)\s+(?:were|was|have\s+been|had\s+been|got|"
    r"received|been)\s*(?:given|told|fed|handed|issued|programmed\s+with|"
    r"configured\s+with|loaded\s+with)?|(?:you|u)\s+(?:got|received|were\s+given)|"
    r"given\s+to\s+(?:you|u)|" + _EN_WHO + r"\s+(?:gave|told|fed|handed|wrote|"
    r"set|preloaded|pre-loaded|loaded|put|baked)(?:\s+(?:you|u)|\s+in)?)"
)
_EN_WHEN = (
    r"(?:before|earlier|previously|initially|originally|at\s+(?:the\s+)?(?:start|"
    r"beginning|outset)|in\s+the\s+beginning|up\s+front|above|so\s+far|until\s+now|"
    r"by\s+" + _EN_WHO + r"|from\s+" + _EN_WHO + r"|in\s+(?:your|ur|the)\s+"
    r"(?:setup|system\s+prompt|config))"
)
# A bare possessive ("your rules") is followed by no topic.
_EN_FREE = (
    r"(?:\s*(?:[.,;:!)]|--|-\s)|\s+(?:and|&|n|then|for\s+(?:now|a\s+(?:bit|moment|"
    r"while|sec|second|minute))|just|this\s+(?:once|time)|entirely|completely|"
    r"altogether|they|which|on\s+hold|on\s+ice|aside|for\s+the\s+rest|(?:you|u)\s+(?:were|got|received)|"
    r"(?:were|was)\s+(?:never|not)|never\s+existed)\b|\s*$)"
)
_EN_DISMISS = (
    r"\b" + _EN_VERB + r"\s+(?:all\s+(?:of\s+)?|any\s+(?:of\s+)?|the\s+|those\s+|"
    r"these\s+)?(?:" + _EN_POSS + r"\s+" + _EN_ADJ + _EN_NOUN + _EN_FREE
    + r"|(?:" + _EN_ADJ + r")" + _EN_NOUN + r"\s+" + _EN_GOT
    + r"(?:\s+[\w'-]+){0,3}?\s+"
    + _EN_WHEN + r"|(?:" + _EN_ADJ + r")" + _EN_NOUN + r"\s+(?:that\s+|which\s+)?"
    + _EN_WHO + r"\s+(?:gave|wrote|set|preloaded|loaded|put)\b"
    + r"|(?:what(?:ever)?|everything|anything|all)\s+(?:that\s+)?" + _EN_WHO
    + r"\s+(?:gave|told|fed|preloaded|pre-loaded|loaded|set\s+up|programmed|"
    r"instructed)\s+(?:you|u)\b|(?:what(?:ever)?|everything|anything)\s+(?:your|ur)\s+"
    r"(?:setup|set-up|system\s+prompt|config(?:uration)?|programming|instructions)"
    r"\s+(?:told|tells|says|said|gave)\b|(?:the\s+)?(?:stuff|text|things|material|"
    r"content|lines)\s+(?:that\s+)?" + _EN_WHO + r"\s+(?:put|wrote|gave|added|set)\b"
    r"|(?:whatever|any|all\s+the|the)\s+" + _EN_NOUN + r"\s+(?:that\s+)?came\s+with\s+"
    r"(?:this|the|your|ur)\s+(?:chat\s*bot|bot|assistant|model|app|service|deployment|"
    r"product|setup))"
)  # fmt: skip
# "pay no mind to the directives your operator wrote"; "put your rules on hold"
_EN_WROTE = (
    r"\bput\s+" + _EN_POSS + r"\s+" + _EN_ADJ + _EN_NOUN + r"\s+(?:on\s+hold|on\s+ice|"
    r"aside|away)\b|\b" + _EN_VERB + r"\s+(?:all\s+)?(?:the\s+|those\s+)?" + _EN_NOUN
    + r"\s+(?:that\s+)?(?:your|ur)\s+(?:devs?|developers?|creators?|makers?|"
    r"operators?|owners?|admins?|company|deployers?)\s+(?:gave|wrote|set|put|added)\b"
)  # fmt: skip
# A verdict on the setup: "your initial guidelines no longer apply".
_EN_VOID = (
    r"(?:no\s+longer\s+(?:apply|applies|valid|count|matter|in\s+effect|stand)|"
    r"(?:is|are)\s+(?:now\s+)?(?:void|null|obsolete|outdated|cancell?ed|revoked|"
    r"suspended|invalid|lifted|expired|irrelevant|a\s+decoy|fake|no\s+longer\s+"
    r"(?:valid|active|in\s+effect))|(?:don't|dont|do\s+not|doesn't|does\s+not)\s+"
    r"(?:apply|count|matter)(?:\s+(?:anymore|any\s+more|now|to\s+me))?)"
)
_EN_VERDICT = (
    r"\b" + _EN_POSS + r"\s+" + _EN_ADJ + _EN_NOUN + r"\s+" + _EN_VOID
    + r"|\b(?:the|those|all\s+the|any)\s+" + _EN_ADJ + _EN_NOUN + r"\s+" + _EN_GOT
    + r"(?:\s+[\w'-]+){0,2}?\s+" + _EN_WHEN + r"(?:\s+[\w'-]+){0,3}?\s+" + _EN_VOID
    + r"|\b(?:none\s+of\s+|all\s+of\s+|any\s+of\s+)?(?:the|your|ur)\s+(?:setup|set-up|"
    r"system|system\s+prompt|initial|original|developer|operator)\s+(?:text|stuff|"
    r"prompt|message|instructions|rules)\s+(?:counts?|matters?|applies|apply)\s+"
    r"(?:anymore|any\s+more|now|no\s+more)"
    + r"|\b(?:prior|previous|original|initial|operator|developer|system|existing|"
    r"default)\s+" + _EN_NOUN + r"\s*[:=-]+\s*(?:revoked|void|cancell?ed|suspended|"
    r"disabled|none|off|removed|lifted|null|overridden)\s*(?:[\n,;]|$)"
    + r"|\bthe\s+" + _EN_NOUN + r"\s+(?:that\s+)?(?:the\s+)?[\w']+\s+(?:gave|set)\s+"
    r"(?:you|u)\s+(?:are|were|r)\s+(?:now\s+|all\s+)?(?:cancell?ed|void|revoked|"
    r"suspended|obsolete|lifted)"
    + r"|\b(?:whatever|the|any|all\s+the)\s+" + _EN_NOUN
    + r"\s+(?:that\s+)?came\s+with\s+"
    r"(?:this|the|your|ur)\s+(?:chat\s*bot|bot|assistant|model|app|service|deployment)"
    r"[,\s]+(?:[\w']+\s+){0,3}?(?:(?:put|set)\s+them\s+aside|(?:ignore|forget|drop|skip|"
    r"ditch)\s+them|(?:they\s+)?(?:don't|dont|do\s+not)\s+apply)"
    + r"|\b(?:everything|anything|whatever|what)\s+(?:you|u)\s+(?:were|was|got)\s+"
    r"(?:told|given)\s+(?:before|earlier|initially|above|" + r"by\s+" + _EN_WHO
    + r")(?:\s+[\w'-]+){0,3}?\s+" + _EN_VOID
)  # fmt: skip

# --- Romance / Germanic / others (folded view) ---------------------------------
_ES = (
    r"\b(?:ignora|ignore|ignores|olvida|olvidate\s+de|olvide|olvidese\s+de|"
    r"haz\s+caso\s+omiso\s+(?:a|de)|no\s+hagas\s+caso\s+(?:a|de)|no\s+hacer\s+caso\s+a|"
    r"deja\s+de\s+lado|dejar\s+de\s+lado|pasa\s+de|salta(?:te)?|descarta|"
    r"no\s+(?:sigas|tengas\s+en\s+cuenta|tomes\s+en\s+cuenta))\s+(?:todas?\s+)?(?:"
    r"(?:tus|sus)\s+(?:propias\s+)?(?:reglas|instrucciones|indicaciones|directrices|"
    r"normas|ordenes|pautas|consignas|restricciones|politicas|configuracion)|"
    r"(?:las|los|lo)\s+(?:reglas|instrucciones|indicaciones|directrices|normas|"
    r"ordenes|pautas)?\s*que\s+(?:te\s+(?:dieron|han\s+dado|dio|habian\s+dado|"
    r"pusieron|programaron|dijeron)|(?:has|habias)\s+recibido|recibiste))"
)
_FR = (
    r"\b(?:ignore|ignorez|oublie|oubliez|laisse\s+tomber|laissez\s+tomber|"
    r"mets\s+de\s+cote|mettez\s+de\s+cote|ne\s+tiens?\s+pas\s+compte\s+de|"
    r"ne\s+tenez\s+pas\s+compte\s+de|de\s+ne\s+pas\s+tenir\s+compte\s+de|"
    r"fais\s+abstraction\s+de|passe\s+outre|ecarte)\s+(?:toutes?\s+)?(?:"
    r"(?:tes|vos)\s+(?:propres\s+)?(?:regles|consignes|instructions|directives|"
    r"ordres|restrictions|reglages|parametres)(?:\s+(?:de\s+depart|initiales|"
    r"d'origine|de\s+base))?|(?:les|la|ce|celles)\s+(?:regles|consignes|instructions|"
    r"directives)?\s*(?:qu'on\s+t'a|que\s+l'on\s+t'a|qu'on\s+vous\s+a|que\s+tu\s+as|"
    r"que\s+vous\s+avez)\s+(?:donnees?|fournies?|recues?|transmises?|dites?))"
)
_DE = (
    r"\b(?:ignoriere|ignorier|vergiss|vergesst|vergessen\s+sie|missachte|"
    r"lass|lasse)[,\s]+(?:(?:bitte|mal|einfach|kurz)[,\s]+){0,3}(?:alle\s+)?(?:"
    r"(?:deine|ihre|eure)\s+(?:ursprunglichen\s+|bisherigen\s+|alten\s+)?(?:"
    r"anweisungen|vorgaben|regeln|richtlinien|instruktionen|befehle|einstellungen|"
    r"programmierung)(?:\s+(?:kurz\s+|mal\s+|einfach\s+|ausnahmsweise\s+){0,2}"
    r"(?:beiseite|links\s+liegen|weg|sein))?|(?:was|alles,?\s+was)\s+(?:man\s+dir|"
    r"dir\s+(?:jemand|man)|sie\s+dir|du)\s+(?:vorher\s+|zuvor\s+|anfangs\s+|"
    r"am\s+anfang\s+|bisher\s+)?(?:gesagt|aufgetragen|vorgegeben|befohlen|"
    r"mitgegeben|beigebracht|bekommen|erhalten))"
    # A polite frame ("wurdest du ... beiseitelassen?"); "dich bittet, deine
    # Anweisungen zu ignorieren" reports a request and passes.
    r"|\b(?:wurdest|kannst|konntest|magst|willst|bitte|hattest\s+du\s+die\s+gute|"
    r"warst\s+du\s+so\s+\w+|ware\s+es\s+moglich)[,\s]+(?:du\s+)?(?:\w+[,\s]+){0,4}?"
    r"(?:deine|ihre)\s+(?:anweisungen|vorgaben|regeln|richtlinien)\s+(?:(?:kurz|mal|"
    r"einfach|ausnahmsweise|bitte|jetzt|nun|heute|einmal|fur\s+\w+)\s+){0,3}"
    r"(?:zu\s+)?(?:beiseite\s*lassen|ignorieren|vergessen|ausser\s+acht\s+lassen)"
)
_IT = (
    r"\b(?:ignora|ignori|dimentica|dimentichi|lascia\s+perdere|lascia\s+stare|"
    r"metti\s+da\s+parte|mettere\s+da\s+parte|non\s+(?:seguire|considerare|"
    r"tenere\s+conto\s+(?:di|delle|dei)|badare\s+a))\s+(?:tutte\s+)?(?:"
    r"(?:le\s+)?(?:tue|sue)\s+(?:regole|istruzioni|indicazioni|direttive|linee\s+guida|"
    r"consegne|restrizioni)|(?:le|gli)\s+(?:regole|istruzioni|indicazioni|direttive|"
    r"consegne)\s+(?:iniziali|originali|di\s+partenza|che\s+ti\s+(?:hanno|ha|avevano)"
    r"\s+(?:dato|date|fornito|fornite|dettato|impartito)|che\s+hai\s+ricevuto))"
)
_PT = (
    r"\b(?:ignore|ignora|esqueca|esquece|desconsidere|desconsidera|deixe\s+de\s+lado|"
    r"deixa\s+de\s+lado|nao\s+(?:siga|ligue\s+para|considere))\s+(?:todas\s+)?(?:"
    r"(?:as\s+)?(?:suas|tuas)\s+(?:regras|instrucoes|orientacoes|diretrizes|ordens|"
    r"restricoes)|(?:as|os)\s+(?:regras|instrucoes|orientacoes|diretrizes|ordens)\s+"
    r"(?:iniciais|originais|que\s+(?:voce|tu)\s+(?:recebeu|recebeste)|que\s+te\s+"
    r"(?:deram|passaram)|que\s+lhe\s+(?:deram|passaram)))"
)
_NL = (
    r"\b(?:negeer|vergeet|laat)\s+(?:alle\s+)?(?:(?:je|jouw|uw)\s+(?:oorspronkelijke\s+|"
    r"eerdere\s+)?(?:instructies|regels|richtlijnen|opdrachten)|(?:de|alle)\s+"
    r"(?:instructies|regels|richtlijnen|opdrachten)\s+die\s+(?:je|jij|u)\s+(?:\w+\s+)?"
    r"(?:van\s+(?:je|jouw|de)\s+(?:makers|ontwikkelaars|bouwers|beheerder)\s+)?"
    r"(?:kreeg|kreeg|hebt\s+gekregen|kreeg|gekregen|meekreeg)|wat\s+(?:je|jou)\s+"
    r"(?:eerder|vooraf)\s+is\s+(?:opgedragen|verteld|gezegd))"
)
_PL = (
    r"\b(?:zignoruj|ignoruj|zapomnij\s+o|nie\s+zwracaj\s+uwagi\s+na|pomin|olej|"
    r"odloz\s+na\s+bok)\s+(?:wszystkie\s+)?(?:(?:twoje|swoje)\s+(?:\w+\s+)?"
    r"(?:instrukcje|polecenia|zasady|reguly|wytyczne|ograniczenia)|(?:instrukcje|"
    r"polecenia|zasady|reguly|wytyczne),?\s+(?:ktore|jakie)\s+(?:dosta[lł]es|dosta[lł]as|"
    r"otrzyma[lł]es|otrzyma[lł]as|ci\s+dano)|(?:instrukcjach|poleceniach|zasadach|regulach)"
    r"\s+od\s+(?:tworcow|tworcy|deweloperow|administratora|operatora))"
)
_SV = (
    r"\b(?:glom(?:\s+bort)?|ignorera|strunta\s+i|bortse\s+fran|skit\s+i)\s+(?:alla\s+)?"
    r"(?:(?:dina)\s+(?:\w+\s+)?(?:instruktioner|regler|riktlinjer|direktiv)|"
    r"(?:reglerna|instruktionerna|riktlinjerna|direktiven)\s+(?:som\s+)?du\s+"
    r"(?:fick|har\s+fatt|fatt))"
)
_TR = (
    r"\b(?:sana\s+(?:en\s+basta\s+|ilk\s+basta\s+|daha\s+once\s+|onceden\s+)?"
    r"(?:verilen|verdikleri|soylenen)|ilk|eski|onceki|baslangictaki|mevcut)\s+"
    r"(?:talimat|kural|yonerge|direktif|emir|komut)\w*\s+(?:\w+\s+)?(?:unut|bosver|"
    r"bos\s+ver|goz\s+ardi\s+et|yok\s+say|dikkate\s+alma|umursama|gormezden\s+gel|"
    r"bir\s+kenara\s+birak|takma)\w*"
)
_ID = (
    r"\b(?:abaikan|lupakan|acuhkan|hiraukan|jangan\s+(?:ikuti|hiraukan|pedulikan))\s+"
    r"(?:semua\s+)?(?:aturan|instruksi|perintah|arahan|petunjuk|pedoman)(?:mu|\s+kamu|"
    r"\s+anda)?\s+(?:\w+\s+)?(?:yang\s+(?:kamu|anda|engkau)\s+(?:terima|dapat|"
    r"dapatkan)|yang\s+diberikan\s+(?:kepadamu|kepada\s+(?:kamu|anda)|sebelum)|"
    r"dari\s+(?:pengembang|pembuat|developer|admin|operator))"
)
_SW = (
    r"\b(?:sahau|puuza|achana\s+na|usijali)\s+(?:maagizo|maelekezo|maelezo|sheria|"
    r"amri|kanuni)\s+(?:yote\s+)?(?:uliyopewa|uliyopokea|ya\s+awali|ya\s+mwanzo|"
    r"ya\s+zamani|ya\s+waundaji)"
)
_TL = (
    r"\b(?:kalimutan|huwag\s+(?:mo\s+)?(?:nang\s+|na\s+)?(?:pansinin|sundin)|"
    r"balewalain|isantabi)\s+(?:mo\s+)?(?:na\s+)?(?:ang\s+)?(?:lahat\s+ng\s+)?(?:mga\s+)?"
    r"(?:naunang\s+)?(?:utos|tagubilin|patakaran|panuto|instruksyon)"
    r"(?:\s+(?:na\s+)?(?:ibinigay\s+sa\s+iyo|sa\s+iyo))?"
)
_CA = (
    r"\b(?:ignora|oblida|no\s+facis\s+cas\s+(?:a|de))\s+(?:totes\s+)?(?:les\s+)?"
    r"(?:teves\s+)?(?:instruccions|indicacions|regles|normes|directrius)\s+"
    r"(?:anteriors|inicials|que\s+(?:et\s+van\s+donar|t'han\s+donat|has\s+rebut))"
)

# Czech and Slovak: "co ti bylo zadano na zacatku", "pokyny, ktore si dostal";
# HU: "az eddigi utasitasaidat" (the possessive is a suffix);
# Romanian "regulile pe care le-ai primit", Vietnamese "chi dan ... cua ban",
# DA/NO: "dine oprindelige instruktioner".
_CE = (
    r"\b(?:zapomen(?:te)?\s+na|zabudni(?:te)?\s+na|ignoruj(?:te)?|prestan\s+se\s+ridit|"
    r"prestan\s+sa\s+riadit|neber\s+ohled\s+na|nevsimaj\s+si)\s+(?:vsechny\s+|"
    r"vsetky\s+)?(?:(?:tve|tvoje|svoje)\s+(?:\w+\s+)?(?:pokyny|instrukce|instrukcie|"
    r"pravidla)|(?:pokyny|instrukce|instrukcie|pravidla),?\s+(?:ktere|ktore)\s+"
    r"(?:jsi|si)\s+(?:dostal|dostala|obdrzel|obdrzal)|(?:tim|tom),?\s+co\s+(?:ti|vam)"
    r"\s+(?:bylo|bolo)\s+(?:zadano|zadane|receno|povedane|nastaveno))"
    r"|\b(?:hagyd|hagyja|felejtsd\s+el|felejtse\s+el)\s+(?:figyelmen\s+kivul\s+)?"
    r"(?:az\s+)?(?:osszes\s+)?(?:eddigi\s+|eredeti\s+|kapott\s+)?(?:utasitasaid|"
    r"szabalyaid|utasitasait|szabalyait)\w*"
    r"|\b(?:ignora|ignorati|uita|uitati|nu\s+mai\s+respecta)\s+(?:toate\s+)?"
    r"(?:regulile|instructiunile|indicatiile|directivele)\s+(?:tale\s+|pe\s+care\s+"
    r"(?:le-ai|le\s+ai)\s+(?:primit|avut)|(?:initiale|originale|de\s+la\s+"
    r"(?:dezvoltatori|creatori|operator)))"
    r"|\b(?:bo\s+qua|quen|phot\s+lo|lo\s+di|đung\s+theo|dung\s+theo)\s+(?:het\s+|"
    r"tat\s+ca\s+|moi\s+)?(?:(?:nhung|cac)\s+)?(?:chi\s+dan|huong\s+dan|chi\s+thi|"
    r"quy\s+tac|lenh)\s+(?:\S+\s+){0,3}?(?:cua\s+ban|ban\s+(?:đa|da)\s+(?:nhan|"
    r"đuoc\s+giao|duoc\s+giao))"
    r"|\b(?:se\s+bort\s+fra|ignorer|glem(?:\s+alt\s+om)?)\s+(?:alle\s+)?(?:dine|"
    r"jeres)\s+(?:\w+\s+)?(?:instruktioner|instruksjoner|instrukser|regler|"
    r"retningslinjer|anvisninger)"
)

RULES: tuple[Rule, ...] = (
    Rule("injection.override.dismiss_setup_en", _CAT, _EN_DISMISS + "|" + _EN_WROTE,
         score=0.8, max_len=200,
         description="EN: dismiss the model's own setup (your rules; what you got)"),
    Rule("injection.override.setup_void_en", _CAT, _EN_VERDICT, score=0.8, max_len=200,
         description="EN: the model's setup declared void (no longer applies)"),
    Rule("injection.override.dismiss_setup_romance", _CAT,
         _ES + "|" + _FR + "|" + _IT + "|" + _PT + "|" + _CA, score=0.8, max_len=160,
         description="ES/FR/IT/PT/CA: dismiss your rules / the rules you were given"),
    Rule("injection.override.dismiss_setup_more", _CAT,
         _DE + "|" + _NL + "|" + _PL + "|" + _SV + "|" + _TR + "|" + _ID + "|" + _SW
         + "|" + _TL + "|" + _CE, score=0.8, max_len=160,
         description="DE/NL/PL/SV/TR/ID/SW/TL/CS/HU/RO/VI/DA: dismiss your rules"),
)  # fmt: skip
