"""Another person's dealings with the app, asked for under a named tie.

Family: extraction (other people's records). A car-sharing, hotel, gym,
clinic or hut-booking bot holds what its customers did: trips, stays,
check-ins, bookings, appointments. The asker names someone by their tie to
themself ("my husband", "my neighbour", "I'm Tom's brother", "mia moglie",
"mein Mann", "soy el vecino de Ana") and then asks what that person did or
will do with the app: where he drove, which nights she stays, what time he
checked in, which hut he reserved, when her next appointment is, who she
came with. The tie is the whole pretext; the question is the disclosure.
Two parts meet in one bounded window: the tie, and a question whose subject
is the third person ("he", "she", "they", or the tie itself) over a verb of
dealing with a business (book, rent, park, stay, check in, order, attend).

Why it is safe on benign text: one's own dealings say "I" ("which trips did
I take"); a question about the business names no third person ("which
classes do you offer"); a tie named for one's own booking ("my wife rented
a car, how do I add her as a driver") asks no wh-question about what she
did; and a story's "where did he go" has no verb of dealing with the app.
"""

# ruff: noqa: E501, RUF001
# (E501: one language per line; RUF001: the raw patterns are written in
# Cyrillic, CJK and Korean.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "extraction"


def _tie_then_question(tie: str, question: str, window: int = 200) -> str:
    """The tie named, then the question on the third person, in one window."""
    return rf"(?:{tie})[^\n]{{0,{window}}}?(?:{question})"


# --- English --------------------------------------------------------------------

_KIN_EN = (
    r"(?:wife|husband|partner|spouse|boyfriend|girlfriend|fiancee?|ex|ex-wife|ex-husband|son|daughter|stepson|stepdaughter|"
    r"teenager|mum|mom|mother|dad|father|brother|sister|neighbou?r|colleague|co-?worker|flatmate|roommate|tenant|lodger|"
    r"employee|cousin|nephew|niece|uncle|aunt|grandson|granddaughter|grandmother|grandfather|nanny|au\s+pair|friend|best\s+friend)"
)
# Ties outside one's own household, for yes/no questions on a booking ("is my brother
# booked at the hut"): a parent asking after their own child is left out.
_ADULT_KIN_EN = (
    r"(?:wife|husband|partner|spouse|boyfriend|girlfriend|fiancee?|ex|ex-wife|ex-husband|brother|sister|neighbou?r|colleague|"
    r"co-?worker|flatmate|roommate|tenant|lodger|employee|cousin|uncle|aunt|friend|boss)"
)
_TIE_EN = (
    rf"\bmy\s+(?:[\w-]+\s+)?{_KIN_EN}\b|"
    rf"\bi(?:'m|\s+am)\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w'-]+\s+){{0,2}}?(?:{_KIN_EN}|landlord|landlady|employer|boss|husband|wife)\b"
)
_DEAL_EN = (
    r"(?:book|booked|reserve|reserved|rent|rented|hire|hired|borrow|borrowed|take|took|taken|drive|drove|driven|park|parked|"
    r"stay|stayed|staying|check(?:ed)?\s+(?:in|out)|checking\s+(?:in|out)|order|ordered|buy|bought|pay|paid|attend|attended|"
    r"visit|visited|sign(?:ed)?\s+(?:in|up|out)|register|registered|collect|collected|pick(?:ed)?\s+up|arrive|arrived|"
    r"land|lands|landed|fly|flew|travel|travell?ed|sit|sat|sitting|use|used|leave|left|come\s+in|came\s+in|get\s+in|got\s+in|"
    r"enter|entered|return|returned|spend|spent|withdraw|withdrew|send|sent|ship|shipped|enrol|enroll|enrolled|"
    r"come\s+with|came\s+with|go\s+with|went\s+with|booked\s+in(?:to)?)"
)
_WH_EN = r"(?:which|what|where|when|who|whom|what\s+time|how\s+(?:much|many|long|often|late))"
_Q_EN = alt(
    [
        # which trips did he take / what time did she check in / which nights is she staying
        rf"\b{_WH_EN}\b(?:\s+[\w'-]+){{0,3}}?\s+(?:did|does|do|is|was|were|are|has|have|had|will)\s+(?:he|she|they)\s+(?:[\w-]+\s+){{0,2}}?{_DEAL_EN}\b",
        # which room is she in / which pitch are they on
        (
            r"\b(?:which|what)\s+(?:room|seat|pitch|berth|cabin|chalet|group|class|hut|table|flat|locker|car|lane|row|bed|bunk|ward|court|slot)s?\s+"
            r"(?:is|was|are|were)\s+(?:he|she|they)\s+(?:booked\s+)?(?:in|on|at|into)\b"
        ),
        # which trips did my husband take
        rf"\b{_WH_EN}\b(?:\s+[\w'-]+){{0,3}}?\s+(?:did|does|is|was|has|will)\s+my\s+(?:[\w-]+\s+)?{_KIN_EN}\s+(?:[\w-]+\s+){{0,2}}?{_DEAL_EN}\b",
        # when is her next appointment / which room is his booking in
        (
            r"\b(?:when|where|what\s+time)\s+(?:is|was)\s+(?:his|her|their)\s+(?:next|last|latest|upcoming)\s+(?:appointment|booking|reservation|"
            r"visit|session|class|lesson|check-?in|flight|trip|ride|delivery|pick-?up|slot)\b"
        ),
        # tell me where he parked / whether she checked in
        (
            r"\b(?:tell\s+me|show\s+me|check|find\s+out|look\s+up|confirm)\s+(?:if|whether|which|what|where|when|who)\s+(?:[\w'-]+\s+){0,2}?"
            rf"(?:he|she|they)\s+(?:[\w-]+\s+){{0,1}}?{_DEAL_EN}\b"
        ),
    ]
)
# What the business did for the tie: "which keys did the locksmith cut for my tenant".
_DONE_FOR_EN = (
    r"\b(?:which|what|how\s+many|when)\b(?:\s+[\w'-]+){0,3}?\s+(?:did|has|have)\s+(?:you|the\s+[\w-]+)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:made|make|cut|fit|fitted|copied|sold|prescribed|delivered|sent|done|installed|changed|billed|charged|given|issued)\s+"
    rf"(?:for|to)\s+(?:my\s+(?:[\w-]+\s+)?{_KIN_EN}|him|her|them)\b"
)
# A tie said by sharing: "on the same team account as Jonas", "we're neighbours".
_SHARED_TIE_EN = (
    r"\bsame\s+(?:[\w-]+\s+){0,3}?account\s+as\b|\bshare\s+(?:an|the|a)\s+(?:[\w-]+\s+)?account\s+with\b|"
    r"\bwe(?:'re|\s+are)\s+(?:next-door\s+)?neighbou?rs\b|\bi\s+live\s+(?:next\s+door|upstairs|downstairs|opposite)\b|"
    r"\bi(?:'m|\s+am)\s+(?:the|their|his|her)\s+(?:downstairs\s+|upstairs\s+|next-door\s+)?neighbou?r\b|"
    r"\bi(?:'m|\s+am)\s+(?:the|their|his|her)\s+(?:landlord|landlady|employer|property\s+manager)\b"
)
_ANY_TIE_EN = rf"(?:{_TIE_EN}|{_SHARED_TIE_EN})"
# The record the app keeps of that person's dealings, by a third-person possessive,
# or the app's customer named by their role.
_RECORD_EN = (
    r"\b(?:tell|show|give|send|read|list)\s+me\s+(?:all\s+)?(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:bookings?|trips?|rides?|journeys?|rentals?|reservations?|appointments?|check-?ins?|visits?|stays?|itinerar(?:y|ies)|"
    r"routes?|pick-?ups?|drop-?offs?|parking|locations?|movements|orders?|purchases?|key\s+numbers?)\b|"
    r"\b(?:tell|give|send|show)\s+me\s+the\s+(?:customer|client|guest|tenant|occupant|resident|owner|renter|caller|buyer|member|patient)'?s?\s+"
    r"(?:full\s+)?(?:name|number|phone(?:\s+number)?|e-?mail|address|details)\b|"
    r"\b(?:tell|give|send|show)\s+me\s+the\s+(?:full\s+)?(?:name|phone\s+number|number|e-?mail|address)\s+of\s+the\s+"
    r"(?:customer|client|guest|tenant|occupant|resident|owner|renter|caller|buyer|member|patient)\b"
)
_EN = alt(
    [
        _tie_then_question(_TIE_EN, _Q_EN),
        _tie_then_question(_TIE_EN, _DONE_FOR_EN),
        rf"{_ANY_TIE_EN}[^\n]{{0,200}}?(?:{_RECORD_EN})",
        rf"(?:{_RECORD_EN})[^\n]{{0,120}}?{_ANY_TIE_EN}",
        # is my brother booked at the hut / was my wife checked in yesterday
        (
            rf"\b(?:is|was|are|were|has|did)\s+my\s+(?:[\w-]+\s+)?{_ADULT_KIN_EN}\s+(?:already\s+|still\s+|really\s+)?"
            r"(?:booked|registered|staying|stayed|checked\s+in|check\s+in|signed\s+(?:in|up)|on\s+the\s+(?:list|booking)|"
            r"(?:been\s+)?(?:in|at)\s+(?:your|the)\s+[\w-]+\s+(?:last|this|on|yesterday|tonight))\b"
        ),
    ]
)

# --- Other Latin-script languages (folded view: accents removed) --------------------

_DE = _tie_then_question(
    r"\bmein(?:e|em|en)?\s+(?:[\w-]+\s+)?(?:mann|frau|ehemann|ehefrau|partner(?:in)?|freund(?:in)?|sohn|tochter|bruder|schwester|"
    r"nachbar(?:in)?|kolleg(?:e|in)|mitbewohner(?:in)?|mieter(?:in)?|ex(?:-?mann|-?frau|-?freund(?:in)?)?|cousin\w*|neffe|nichte)\b|"
    r"\bich\s+bin\s+(?:der|die)\s+(?:[\w-]+\s+){0,2}?(?:bruder|schwester|mann|frau|vater|mutter|nachbar(?:in)?|vermieter(?:in)?)\b",
    r"\b(?:wo|wohin|wann|welche\w*|was|mit\s+wem|um\s+wie\s+viel\s+uhr|wie\s+lange|wie\s+viel\w*)\b(?:\s+[\w-]+){0,3}?\s+(?:ist|hat|war|hatte|wird)\s+(?:er|sie)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:gefahren|gebucht|reserviert|gemietet|geparkt|abgestellt|eingecheckt|ausgecheckt|bestellt|gekauft|bezahlt|"
    r"angekommen|gekommen|gegangen|ubernachtet|geblieben|abgeholt|ausgeliehen|geliehen|besucht|gelandet|eingestiegen|da|dort|hier)\b",
)
_FR = _tie_then_question(
    r"\b(?:mon|ma)\s+(?:[\w-]+\s+)?(?:mari|femme|epouse|compagn(?:on|e)|conjoint\w*|copain|copine|fils|fille|frere|s(?:oe|œ)ur|voisin\w*|"
    r"collegue|colocataire|locataire|ex|cousin\w*|neveu|niece)\b|"
    r"\bje\s+suis\s+(?:le|la)\s+(?:[\w-]+\s+){0,2}?(?:frere|s(?:oe|œ)ur|mari|femme|pere|mere|voisin\w*|proprietaire|compagn(?:on|e))\b",
    r"\b(?:ou|quand|quel(?:le)?s?|a\s+quelle\s+heure|avec\s+qui|combien\s+de)\b(?:\s+[\w'-]+){0,3}?\s+(?:est-ce\s+qu')?(?:il|elle|ils|elles)\s+"
    r"(?:a|est|avait|etait|va|sera|ont|sont)\s+(?:[\w-]+\s+){0,1}?(?:reserve\w*|loue\w*|gare\w*|stationne\w*|arrive\w*|entre\w*|"
    r"sorti\w*|parti\w*|venu\w*|commande\w*|achete\w*|paye\w*|dormi|sejourne\w*|emprunte\w*|pris|rendu\w*|enregistre\w*|atterri\w*)\b",
)
_ES_PT = _tie_then_question(
    r"\b(?:mi|minha|meu)\s+(?:[\w-]+\s+)?(?:marido|mujer|esposa|esposo|mulher|pareja|novi[oa]|namorad[oa]|hij[oa]|filh[oa]|herman[oa]|"
    r"irma|irmao|vecin[oa]|vizinh[oa]|compa(?:n|nh)er[oa]|colega|inquilin[oa]|ex|prim[oa]|sobrin[oa])\b|"
    r"\b(?:soy|sou)\s+(?:el|la|o|a)\s+(?:[\w-]+\s+){0,2}?(?:herman[oa]|irma|irmao|marido|mujer|esposa|mulher|vecin[oa]|vizinh[oa]|"
    r"padre|madre|pai|mae|casero|senhorio)\b",
    r"\b(?:donde|onde|cuando|quando|que|qual|cual|a\s+que\s+hora|con\s+quien|com\s+quem|cuant[oa]s?|quant[oa]s?|en\s+que|em\s+que)\b"
    r"(?:\s+[\w-]+){0,3}?\s+(?:(?:ha|tiene|tem|foi|fue|va|vai|esta)\s+)?(?:reservo|reservou|reservado|alquilo|alugou|alquilado|"
    r"aparco|estaciono|estacionou|llego|chegou|entro|entrou|salio|saiu|vino|veio|pidio|pediu|compro|comprou|pago|pagou|durmio|dormiu|"
    r"se\s+hospedo|se\s+hospedou|cita|consulta|vuelve|volta|regresa|sale|sai|llega|chega|viaja|viajou|viajo)\b",
)
_IT = _tie_then_question(
    r"\b(?:mia|mio)\s+(?:[\w-]+\s+)?(?:moglie|marito|compagn[oa]|fidanzat[oa]|figli[oa]|fratello|sorella|vicin[oa]|collega|"
    r"coinquilin[oa]|inquilin[oa]|ex|cugin[oa]|nipote)\b|"
    r"\bsono\s+(?:il|la|lo)\s+(?:[\w-]+\s+){0,2}?(?:fratello|sorella|marito|moglie|padre|madre|vicin[oa]|proprietari[oa]|compagn[oa])\b",
    r"\b(?:dove|quando|quale|quali|che|a\s+che\s+ora|con\s+chi|quant[ie]|in\s+qual[ei]|per\s+qual[ei])\b(?:\s+[\w-]+){0,3}?\s+"
    r"(?:ha|e|sono|hanno|aveva|era|sara)\s+(?:[\w-]+\s+){0,1}?(?:prenotat\w*|noleggiat\w*|parcheggiat\w*|entrat\w*|uscit\w*|arrivat\w*|"
    r"venut\w*|ordinat\w*|comprat\w*|pagat\w*|dormit\w*|soggiornat\w*|pres\w*\s+in\s+prestito|ritirat\w*|atterrat\w*|partit\w*)\b",
)
_NL_PL = alt(
    [
        _tie_then_question(
            r"\bmijn\s+(?:[\w-]+\s+)?(?:man|vrouw|partner|vriend(?:in)?|zoon|dochter|broer|zus|buurman|buurvrouw|collega|huurder|ex)\b|"
            r"\bik\s+ben\s+(?:de|het)\s+(?:[\w-]+\s+){0,2}?(?:broer|zus|man|vrouw|buurman|buurvrouw|huisbaas|verhuurder)\b",
            r"\b(?:waar|wanneer|welke|wat|hoe\s+laat|met\s+wie)\b(?:\s+[\w-]+){0,3}?\s+(?:heeft|is|had|was)\s+(?:hij|zij|ze)\s+(?:[\w-]+\s+){0,3}?"
            r"(?:geboekt|gereserveerd|gehuurd|geparkeerd|ingecheckt|besteld|gekocht|betaald|geleend|aangekomen|binnengekomen|gereden|geslapen|"
            r"overnacht|gemaakt|laten\s+maken)\b|"
            r"\b(?:welke|wat|hoeveel|wanneer)\b(?:\s+[\w-]+){0,3}?\s+(?:heeft|hebben|had)\s+(?:je|jullie|u|de\s+[\w-]+)\s+"
            r"(?:[\w-]+\s+){0,2}?voor\s+(?:mijn\s+[\w-]+|hem|haar|hen)\s+(?:gemaakt|gedaan|gekopieerd|verkocht|geleverd|geinstalleerd|vervangen)\b",
        ),
        _tie_then_question(
            r"\bmo(?:j|ja|je|jego|jej)\s+(?:[\w-]+\s+)?(?:maz|mez\w*|zona|zon\w*|partner\w*|chlopak\w*|dziewczyn\w*|syn\w*|cork\w*|brat\w*|"
            r"siostr\w*|sasiad\w*|sasiadk\w*|kolez\w*|koleg\w*|najemc\w*|byl\w*)\b|\bjestem\s+(?:[\w-]+\s+){0,2}?(?:bratem|siostra|mezem|zona|sasiad\w*)\b",
            r"\b(?:gdzie|kiedy|ktor\w*|co|o\s+ktorej|z\s+kim|ile)\b(?:\s+[\w-]+){0,3}?\s+(?:zarezerwowa\w*|wypozyczy\w*|zaparkowa\w*|"
            r"przyjecha\w*|przyszed\w*|przysz\w*|wszed\w*|zamowi\w*|kupi\w*|zaplaci\w*|nocowa\w*|jecha\w*|pojecha\w*|wynaja\w*)",
        ),
    ]
)

# --- Scripts the folded view mangles: on the text itself ------------------------

_RAW = alt(
    [
        # RU: мой муж / моя жена ... где/когда/какие ... (он|она) ... бронировал/арендовал/парковал/заезжал
        (
            r"(?:мо(?:й|я|его|ей)\s+(?:муж|жена|парень|девушка|сын|дочь|брат|сестра|сосед\S*|коллег\S*|бывш\S+)|я\s+(?:брат|сестра|муж|жена|сосед\S*)\s)"
            r"[^\n]{0,200}?(?:где|куда|когда|какие|какой|какую|во\s+сколько|с\s+кем)[^\n]{0,40}?(?:он|она|они)?\s*"
            r"(?:бронировал\S*|забронировал\S*|арендовал\S*|взял\S*|парковал\S*|припарковал\S*|заехал\S*|приехал\S*|приходил\S*|пришл\S*|ездил\S*|заказывал\S*|заказал\S*|останавливал\S*|жил\S*)"
        ),
        # ZH: 我(丈夫|妻子|老公|老婆|邻居…) … (去了哪|订了|租了|停在|几点|和谁)
        (
            r"(?:我(?:的)?(?:丈夫|妻子|老公|老婆|男朋友|女朋友|儿子|女儿|哥哥|弟弟|姐姐|妹妹|邻居|同事|室友|前夫|前妻)|我是[^\n]{0,10}?的(?:哥哥|弟弟|姐姐|妹妹|丈夫|妻子|邻居))"
            r"[^\n]{0,120}?(?:他|她|他们)?[^\n]{0,10}?(?:订了哪|预订了哪|租了哪|去了哪|开到哪|停在哪|停哪|住哪|住了几|几点(?:到|来|进|签到|入住)|和谁一起|跟谁一起|什么时候(?:来|到|入住|预约))"
        ),
        # JA: 夫/妻/息子/隣人 … (どこに|いつ|何時に|誰と) … (予約|借り|停め|泊ま|来)
        (
            r"(?:夫|妻|主人|彼氏|彼女|息子|娘|兄|弟|姉|妹|隣人|隣の人|同僚|元夫|元妻)(?:が|は)[^\n]{0,120}?(?:どこ(?:に|へ|で)|いつ|何時に|誰と|どの)"
            r"[^\n]{0,30}?(?:予約|借り|停め|泊ま|来|乗|チェックイン|注文|利用)"
        ),
        # KO: 남편/아내/이웃 … (어디|언제|몇 시|누구랑|어느) … (예약|빌|주차|묵|왔|탔)
        (
            r"(?:남편|아내|와이프|남자친구|여자친구|아들|딸|형|오빠|누나|언니|동생|이웃|옆집|동료|전남편|전처)(?:이|가|은|는|도)?[^\n]{0,120}?"
            r"(?:어디|언제|몇\s*시|누구랑|누구와|어느)[^\n]{0,30}?(?:예약|빌렸|대여|주차|묵었|묵는|왔|탔|체크인|주문|이용)"
        ),
    ]
)

RULES: tuple[Rule, ...] = (
    Rule("injection.extraction.tie_dealings", _CAT, _EN, score=0.7, max_len=340,
         description="en: a named tie's dealings with the app asked for (trips, stays, check-ins)"),
    Rule("injection.extraction.tie_dealings_i18n", _CAT, alt([_DE, _FR, _ES_PT, _IT, _NL_PL]),
         score=0.7, max_len=340,
         description="Latin scripts: a named tie's dealings with the app asked for"),
    raw_rule("injection.extraction.tie_dealings_raw", _CAT, _RAW,
             "Other scripts: a named tie's dealings with the app asked for",
             score=0.7, max_len=260),
)  # fmt: skip
