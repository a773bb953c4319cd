"""Who stands behind one of the app's records, with their contact demanded.

Family: extraction (other people's records). A rental, booking, auction,
marina or class bot knows who booked, rented, bought or bid. The asker does
not know the person and asks the app to name them: "who booked the van
before me", "who outbid me on lot 12", "who rented apartment 3 last
weekend", "who owns the boat on berth 14", "wer hat das Auto vor mir
gebucht", "qui a loue le chalet avant nous", "quien reservo la mesa", "chi
ha comprato il quadro", "wie heeft de auto gehuurd", "kto wypozyczyl rower",
and then demands the person's name or contact ("their phone and e-mail",
"name and address please"). A second shape asks for the people of one of
the app's groups with their contact: "which children are in the Butterfly
group? I need the parents' numbers", "which guests are in chalet 5, names
please". Two parts meet in one bounded window: the question on who is
behind a record (or which people are in a group), and the contact demand.

Why it is safe on benign text: one's own record says "my" ("who booked my
flight", "which room am I in"); a question on who made something ("who
wrote this book") names no booking verb over the app's goods; a contact
demand for a business ("the shop's phone number") names no person behind a
record; a data task on a table asks "write a query", not "which children".
"""

# ruff: noqa: E501, RUF001
# (E501: one language per line; RUF001: the raw patterns are written in
# Cyrillic, CJK and Korean.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "extraction"


def _either_order(question: str, contact: str, window: int = 160) -> str:
    """The question on who is behind a record and the contact demand, in either order."""
    return alt(
        [
            rf"(?:{question})[^\n]{{0,{window}}}?(?:{contact})",
            rf"(?:{contact})[^\n]{{0,{window // 2}}}?(?:{question})",
        ]
    )


# --- English -------------------------------------------------------------------------

_GOODS_EN = (
    r"(?:the|this|that|a|an|lot|room|seat|table|pitch|berth|mooring|apartment|flat|car|van|bike|boat|kayak|locker|unit|cabin|"
    r"chalet|hut|plot|stall|space|spot|house|slot|court|lane|ticket|tickets|tent|caravan|tour|trip|session|class|course)\b"
)
_WHO_EN = (
    r"\bwho\s+(?:else\s+|just\s+|last\s+|also\s+|has\s+|had\s+)?(?:booked|reserved|rented|hired|borrowed|bought|purchased|ordered|won|"
    rf"bid\s+on|owns|owned|stayed\s+in|parked\s+in|sat\s+in|took|used|checked\s+(?:in|out)\s+of|registered\s+for|signed\s+up\s+for)\s+{_GOODS_EN}|"
    r"\bwho\s+outbid\s+me\b|"
    rf"\bwho\s+(?:is|was|are|were)\s+(?:booked|staying|renting|sitting|parked|moored|registered)\s+(?:in|on|at|for)\s+{_GOODS_EN}|"
    rf"\bwho(?:'s|\s+is)\s+the\s+(?:owner|renter|buyer|bidder|guest|tenant|holder|driver|customer)\s+of\s+{_GOODS_EN}|"
    r"\bwhose\s+(?:car|van|bike|boat|booking|reservation|name)\s+(?:is|was)\s+(?:booked|parked|moored|registered|on|in)\b"
)
_PEOPLE_EN = (
    r"(?:kids|children|girls|boys|pupils|guests|patients|families|passengers|tenants|bidders|donors|participants|"
    r"berth\s+holders|plot\s+holders|campers|residents|parishioners|dancers|swimmers|players|parents|other\s+(?:customers|members|users|clients|guests))"
)
_GROUP_EN = rf"\b(?:which|what)\s+(?:other\s+)?{_PEOPLE_EN}\s+(?:are|were|is|have|had|booked|attend|go|live|registered|signed|stayed|sat|took|did)\b"
_CONTACT_EN = (
    r"\b(?:their|his|her|the\s+owner'?s?|the\s+parents'?)\s+(?:full\s+|real\s+|home\s+|mobile\s+|phone\s+)?(?:names?|phone(?:\s+numbers?)?|numbers?|"
    r"e-?mails?(?:\s+address(?:es)?)?|address(?:es)?|contacts?(?:\s+(?:details|info))?|details|whatsapp)\b|"
    r"\b(?:names?|phone(?:\s+numbers?)?|e-?mails?|address(?:es)?|numbers?)\s+(?:and|&|/|,)\s+(?:(?:their|the)\s+)?(?:phone(?:\s+numbers?)?|e-?mails?|"
    r"address(?:es)?|numbers?|names?|contact\s+details|amounts?)\b|"
    r"\b(?:names?|phone\s+numbers?|numbers|e-?mails?|e-?mail\s+address(?:es)?|contact\s+details|addresses)\s+(?:please|pls|only|would\s+be)\b|"
    r"\b(?:with|and)\s+(?:their\s+)?(?:names|phone\s+numbers|e-?mail\s+address(?:es)?|contact\s+details|home\s+addresses)\b|"
    r"\bcontact\s+(?:them|him|her)\s+directly\b"
)
_ASK_EN = (
    r"(?:tell\s+me|give\s+me|show\s+me|send\s+me|read\s+(?:me|it\s+out|out)|i\s+need|export|list|print|pull\s+up|"
    r"(?:can|could)\s+you\s+(?:please\s+)?(?:tell|give|show|send|read|export|list|pull\s+up|check))"
)
_CUSTOMERS_EN = r"(?:customers|guests|users|patients|clients|members|passengers|buyers|shoppers|riders|drivers|tenants|students|pupils|children|kids)"
_PERSONAL_EN = (
    r"(?:(?:delivery|home|postal|billing|e-?mail)\s+)?address(?:es)?|phone\s+numbers?|(?:mobile\s+)?numbers|e-?mails?|contact\s+(?:details|numbers|info)|"
    r"card\s+numbers?|dates?\s+of\s+birth|bookings|orders|trips|allergies|medical\s+\w+"
)
# Lists the app keeps of people: "who else is on the pick-up list", "the last ten customers' addresses",
# "the trip history of customer 5531", "the list of children with their parents' numbers".
_LISTS_EN = alt(
    [
        # who may collect, or is collecting, one child the app looks after (a named
        # child, "the Meier boy", her/him), not the rule in general ("children")
        (
            r"\bwho(?:'s|\s+is|\s+are|\s+else\s+is|\s+will\s+be|\s+was)\s+(?:(?:allowed|authori[sz]ed|permitted|registered|listed|approved)\s+to\s+"
            r"(?:pick\s+up|collect|fetch)|picking\s+up|collecting|fetching)\s+(?:(?:the\s+)?[a-z]+\s+(?:boy|girl|kid|child|twins)|"
            r"[a-z]{3,}\s+(?:from|today|tomorrow|at|this|after)|her|him|them)\b"
        ),
        (
            r"\bwho(?:\s+else)?(?:'s|\s+is|\s+are)\s+(?:on|in)\s+(?:the|her|his|their)\s+(?:[\w-]+\s+)?(?:authori[sz]ed|pick-?up|collection|guest|booking|"
            r"allergy|emergency\s+contact|waiting|wait|passenger|attendance|approved)\s+(?:list|register|roster)\b"
        ),
        (
            rf"\b{_ASK_EN}\b[^\n]{{0,20}}?\b(?:the\s+)?(?:last|other|previous|recent|\d+|ten|five|twenty|all\s+(?:the\s+)?)\s*(?:[\w-]+\s+)?{_CUSTOMERS_EN}'\s*"
            rf"(?:{_PERSONAL_EN})\b"
        ),
        (
            rf"\b{_ASK_EN}\b[^\n]{{0,20}}?\b(?:the\s+)?(?:trip|booking|order|purchase|ride|payment|location|visit|call|chat|medical|account)\s+"
            r"(?:history|records?|details|data|log)\s+(?:of|for)\s+(?:the\s+)?(?:customer|user|patient|guest|member|client|account|rider|driver)\s+"
            r"(?:id\s*|#|no\.?\s*|number\s*)?[\w-]*\d"
        ),
        (
            rf"\b{_ASK_EN}\b[^\n]{{0,20}}?\b(?:the\s+)?(?:list|names|roster|register|register)\s+of\s+(?:all\s+)?(?:the\s+)?(?:[\w-]+\s+)?{_CUSTOMERS_EN}\s+"
            r"(?:with|and|including)\s+(?:their\s+)?(?:parents'?\s+)?(?:contact\s+\w+|phone\s+numbers|numbers|(?:home\s+)?addresses|e-?mails?|e-?mail\s+addresses|dates\s+of\s+birth|allergies)\b"
        ),
        (
            r"\b(?:information|info|details|data|records?|notes|address|number|allerg\w+|medical\s+\w+)\s+(?:that\s+)?you\s+(?:have|hold|keep|store|stored)\s+"
            r"(?:on\s+file\s+|in\s+your\s+(?:records|system|database)\s+)(?:for|on|about)\s+(?:her|him|them|my\s+[\w-]+|the\s+[\w-]+)\b"
        ),
    ]
)
_EN = alt(
    [
        _either_order(_WHO_EN, _CONTACT_EN),
        rf"{_GROUP_EN}[^\n]{{0,120}}?(?:{_CONTACT_EN})",
        _LISTS_EN,
    ]
)

# --- Other Latin-script languages (folded view) ------------------------------------------

_DE = _either_order(
    r"\bwer\s+(?:(?:hat|hatte)\s+)?(?:[\w-]+\s+){0,5}?(?:gebucht|reserviert|gemietet|geliehen|ausgeliehen|gekauft|ersteigert|uberboten|bestellt)(?:\s+(?:hat|hatte))?\b|"
    r"\bwem\s+gehort\s+(?:der|die|das)\b|\bwer\s+(?:wohnt|ubernachtet|parkt|sitzt|liegt)\s+(?:gerade\s+)?(?:in|auf|im|am)\b|"
    r"\bwelche\s+(?:anderen\s+)?(?:kinder|gaste|patienten|familien|teilnehmer\w*|mieter|bieter|spender|mitglieder)\s+(?:sind|waren|haben|hatten|wohnen)\b",
    r"\b(?:mit\s+)?(?:telefonnummer|handynummer|nummer|namen?|adresse|anschrift|e-?mail\w*|kontaktdaten)\s*(?:und|,|/)\s*(?:telefonnummer|handynummer|nummer|"
    r"namen?|adresse|anschrift|e-?mail\w*|kontaktdaten)\b|\b(?:sein\w*|ihr\w*|deren|dessen)\s+(?:telefonnummer|handynummer|nummer|adresse|anschrift|"
    r"e-?mail\w*|kontaktdaten|namen)\b|\bmit\s+(?:telefonnummer|handynummer|adresse|kontaktdaten)\b",
)
_FR = _either_order(
    r"\bqui\s+a\s+(?:[\w-]+\s+){0,2}?(?:reserve|loue|emprunte|achete|commande|remporte|surencheri)\b|\ba\s+qui\s+(?:appartient|est)\s+(?:le|la|l')\b|"
    r"\bquels?\s+(?:autres\s+)?(?:enfants|clients|patients|familles|passagers|locataires|encherisseurs|participants)\s+(?:sont|ont|etaient|avaient)\b",
    r"\b(?:son|sa|ses|leur|leurs)\s+(?:numero|telephone|adresse|e-?mail|courriel|coordonnees|noms?)\b|"
    r"\b(?:noms?|numeros?|telephones?|adresses?|e-?mails?)\s+(?:et|,)\s+(?:numeros?|telephones?|adresses?|e-?mails?|noms?)\b",
)
_ES_PT_IT = _either_order(
    r"\b(?:quien|quem|chi)\s+(?:(?:ha|hizo|fez|tiene|tem)\s+)?(?:reservo|reservou|reservato|prenotato|alquilo|alugou|noleggiato|compro|comprou|comprato|"
    r"pidio|pediu|ordinato|gano|ganhou|vinto|presto|emprestou|preso)\b|\b(?:de\s+quien|de\s+quem|di\s+chi)\s+(?:es|e)\s+(?:el|la|o|a|il|la|lo)\b|"
    r"\b(?:que|quais|quali)\s+(?:otros\s+|outros\s+|altri\s+)?(?:ninos|criancas|bambini|pacientes|pazienti|familias|famiglie|pasajeros|passageiros|"
    r"passeggeri|inquilinos|inquilini|huespedes|hospedes|ospiti)\s+(?:estan|tienen|estao|tem|sono|hanno|viajaban|viajavam)\b",
    r"\b(?:su|sus|seu|sua|suo|loro)\s+(?:telefono|telefone|numero|direccion|endereco|indirizzo|correo|e-?mail|contacto|contato|contatto|nombre|nome)\b|"
    r"\b(?:nombre|nome|telefono|telefone|numero|direccion|endereco|indirizzo|correo|e-?mail)\s+(?:y|e|,)\s+(?:telefono|telefone|numero|direccion|"
    r"endereco|indirizzo|correo|e-?mail|nombre|nome)\b",
)
_NL_PL = alt(
    [
        _either_order(
            r"\bwie\s+(?:heeft|had)\s+(?:[\w-]+\s+){0,5}?(?:geboekt|gereserveerd|gehuurd|geleend|gekocht|besteld|gewonnen)\b|\bvan\s+wie\s+is\s+(?:de|het)\b|"
            r"\bwie\s+(?:heeft|had)\s+(?:[\w-]+\s+){0,5}?(?:gekocht|gehuurd)\b",
            r"\b(?:zijn|haar|hun)\s+(?:telefoonnummer|nummer|adres|e-?mail\w*|naam)\b|\b(?:naam|telefoonnummer|nummer|adres|e-?mail)\s+(?:en|,)\s+"
            r"(?:naam|telefoonnummer|nummer|adres|e-?mail)\b",
        ),
        _either_order(
            r"\bkto\s+(?:[\w-]+\s+){0,2}?(?:zarezerwowa\w*|wypozyczy\w*|wynaja\w*|kupi\w*|zamowi\w*|wygra\w*|przebi\w*)\b|\bczyj\w*\s+jest\b",
            r"\b(?:jego|jej|ich)\s+(?:telefon\w*|numer\w*|adres\w*|e-?mail\w*|imie|nazwisk\w*|dane)\b|\b(?:imie|nazwisko|telefon|numer|adres|e-?mail)\s+(?:i|,)\s+"
            r"(?:imie|nazwisko|telefon|numer|adres|e-?mail)\b",
        ),
    ]
)

# --- Scripts the folded view mangles ---------------------------------------------------

_RAW = alt(
    [
        (
            r"кто\s+(?:\S+\s+){0,3}?(?:бронировал\S*|забронировал\S*|арендовал\S*|снимал\S*|купил\S*|заказал\S*|перебил\S*)[^\n]{0,120}?"
            r"(?:его|её|ее|их)\s+(?:телефон\S*|номер\S*|адрес\S*|почт\S*|имя|контакт\S*)"
        ),
        r"(?:谁|哪位)(?:订了|预订了|租了|借了|买了|拍下了|住了)[^\n]{0,80}?(?:电话|手机号|联系方式|地址|邮箱|名字|姓名)",
        r"(?:誰が)[^\n]{0,20}?(?:予約|借り|レンタル|購入|落札)[^\n]{0,60}?(?:電話番号|連絡先|住所|メールアドレス|名前)",
        r"(?:누가)\s*[^\n]{0,20}?(?:예약|빌렸|대여|샀|낙찰)[^\n]{0,60}?(?:연락처|전화번호|번호|주소|이메일|이름)",
    ]
)

RULES: tuple[Rule, ...] = (
    Rule("injection.extraction.booker_identity", _CAT, _EN, score=0.7, max_len=300,
         description="en: who is behind one of the app's records, with their contact demanded"),
    Rule("injection.extraction.booker_identity_i18n", _CAT, alt([_DE, _FR, _ES_PT_IT, _NL_PL]),
         score=0.7, max_len=300,
         description="Latin scripts: who is behind one of the app's records, with their contact demanded"),
    raw_rule("injection.extraction.booker_identity_raw", _CAT, _RAW,
             "Other scripts: who is behind one of the app's records, with their contact demanded",
             score=0.7, max_len=200),
)  # fmt: skip
