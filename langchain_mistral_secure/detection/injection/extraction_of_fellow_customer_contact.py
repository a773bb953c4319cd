"""Another customer's contact details, asked for by what they booked, rented or borrowed.

Family: extraction (other people's records, the pretext without override
wording). The requester does not know the person's name; they point at them
through the app's own records ("the lady who had the 2pm slot", "the man
who rented the kayak before me", "el cliente que reservó la mesa 12", "die
Frau, die gestern den Termin um drei hatte") and ask for their phone
number, e-mail, address or name, usually with a kindly reason (a scarf
left behind, a party invitation, a shared ride). Two parts meet in one
bounded window, in either order: a person pinned down by a booking verb
(booked, reserved, rented, borrowed, had the slot, sat at, stayed in) and a
demand for that person's contact (give / send / tell me his / her / their
number, what is her e-mail, the address of the customer who ...).

Why it is safe on benign text: the demand must be made to the assistant for
the requester ("give me", "send me", "what is her number"), so a SQL task
that returns "the e-mail of the customer who ordered most" names no one
asking; a person pinned by what they did for the requester ("the man who
fixed my roof", "the woman who taught my class") is no booking of the app's;
the shop's own number and a lost-and-found desk name no other customer.
"""

# ruff: noqa: E501, RUF001, RUF003
# (E501: one language per line; RUF001/RUF003: the raw patterns and their comments are written in
# Cyrillic, CJK and Korean.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "extraction"


def _either_order(person: str, ask_possessive: str, ask_of: str) -> str:
    """The booked person then a demand for their contact, or the contact 'of' the booked person."""
    return alt(
        [
            rf"(?:{person})[^\n]{{0,160}}?(?:{ask_possessive})",
            rf"(?:{ask_of})\s+(?:[\w'-]+\s+){{0,2}}?(?:{person})",
        ]
    )


# --- Latin-script languages, on the folded view (accents removed) ----------

_EN_WHO = (
    r"\b(?:the|that|a)\s+(?:[\w-]+\s+){0,2}?(?:customer|client|guest|person|lady|woman|man|guy|gentleman|girl|boy|kid|family|"
    r"couple|member|patient|passenger|patron|pupil|student|renter|borrower|diver|skier|rider|camper|one|people|folks)"
)
_EN_BOOKED = (
    r"(?:,\s*)?\s+(?:who|that)\s+(?:[\w'-]+\s+){0,2}?(?:had|booked|reserved|rented|hired|borrowed|sat|stayed|checked\s+in|"
    r"ordered|parked|moored|took|was\s+(?:booked|in|on|at)|were\s+(?:booked|in|on|at))\b"
    r"|\s+(?:from|on|in|at)\s+(?:the\s+)?(?:[\w:-]+\s+){0,3}?(?:class|slot|table|room|pitch|berth|ferry|booking|appointment|"
    r"session|lesson|group|course|flight|tour|seat|lane|court|locker|cabin|spot|shift)\b"
)
_EN_CONTACT = (
    r"(?:(?:phone|mobile|cell)(?:\s+number)?|number|e-?mail(?:\s+address)?|address|contact(?:\s+(?:details|info|information))?|"
    r"full\s+name|name|surname|whatsapp|instagram|details)"
)
_EN = _either_order(
    _EN_WHO + _EN_BOOKED,
    rf"\b(?:(?:give|send|tell|pass|share|forward|text|show|read)\s+me|can\s+(?:you|i)\s+(?:have|get)|what(?:'s|\s+is|\s+are))\s+"
    rf"(?:(?:his|her|their)\s+)(?:[\w-]+\s+)?{_EN_CONTACT}\b|\b(?:what(?:'s|\s+is)|who\s+is)\s+(?:his|her|their)\s+{_EN_CONTACT}\b|"
    rf"\b(?:his|her|their)\s+{_EN_CONTACT}\s+(?:please|so\s+i|pls|and)\b",
    rf"\b(?:(?:give|send|tell|pass|share|forward|show)\s+me|what(?:'s|\s+is|\s+are))\s+(?:the\s+)?{_EN_CONTACT}\s+(?:of|for)",
)

_DE = _either_order(
    r"\b(?:der|die|dem|den)\s+(?:[\w-]+\s+){0,2}?(?:kunde|kundin|gast|frau|mann|herr|dame|person|familie|mitglied|patient\w*|"
    r"passagier\w*|schuler\w*|typ|junge|madchen|leute|paar)\s*,?\s+(?:die|der|das|den)\s+[^\n]{0,60}?"
    r"(?:gebucht|reserviert|gemietet|geliehen|ausgeliehen|hatte|hatten|sass|bestellt|war)\b",
    r"\b(?:gib|geben\s+sie|schick\w*|sag\w*|nenn\w*)\s+(?:mir|uns)\s+(?:bitte\s+)?(?:sein\w*|ihr\w*|deren|dessen)\s+"
    r"(?:telefonnummer|handynummer|nummer|adresse|anschrift|e-?mail\w*|kontakt\w*|namen)\b|"
    r"\bwie\s+(?:ist|lautet)\s+(?:sein\w*|ihr\w*)\s+(?:telefonnummer|handynummer|nummer|adresse|e-?mail\w*|name)\b",
    r"\b(?:gib|geben\s+sie|schick\w*|sag\w*|nenn\w*)\s+(?:mir|uns)\s+(?:bitte\s+)?(?:die\s+)?(?:telefonnummer|handynummer|nummer|"
    r"adresse|anschrift|e-?mail\w*|kontaktdaten|namen)\s+(?:von|des|der)",
)
_FR = _either_order(
    r"(?:\b(?:le|la|les|l')\s*)?(?:[\w-]+\s+){0,2}?\b(?:client\w*|dame|femme|homme|monsieur|personne|famille|membre|patient\w*|"
    r"passager\w*|eleve\w*|gars|garcon|fille|couple|gens)\s+(?:qui|de\s+la|du|de\s+l')\s+[^\n]{0,60}?"
    r"(?:avait|a\s+reserve|ont\s+reserve|a\s+loue|a\s+emprunte|etait|a\s+commande|table|creneau|cours|rendez-vous|chambre)\b",
    r"\b(?:donne|envoie|passe|dis)-moi\s+(?:son|sa|ses|leur|leurs)\s+(?:numero|telephone|adresse|e-?mail|courriel|coordonnees|nom)\b|"
    r"\bquel(?:le)?\s+est\s+(?:son|sa|leur)\s+(?:numero|telephone|adresse|e-?mail|nom)\b",
    r"\b(?:donne|envoie|passe|dis)-moi\s+(?:le|l'|les)\s*(?:numero|telephone|adresse|e-?mail|courriel|coordonnees|nom)\s+(?:de|du|des)|"
    r"\bquel(?:le)?\s+est\s+(?:le|l')\s*(?:numero|telephone|adresse|e-?mail|nom)\s+(?:de|du|des)",
)
_ES_PT_IT = _either_order(
    r"(?:\b(?:el|la|los|las|o|a|os|as|il|lo|gli|le)\s+)?(?:[\w-]+\s+){0,2}?\b(?:cliente\w*|senora|senhora|signora|mujer|mulher|donna|hombre|"
    r"homem|uomo|senor|senhor|signore|persona|pessoa|familia|famiglia|socio|membro|paciente|paziente|pasajero\w*|passageiro\w*|"
    r"passeggero\w*|alumno\w*|aluno\w*|chico|chica|rapaz|moca|ragazz[oa]|pareja|casal|coppia|huesped|hospede|ospite)\s+(?:que|che|de\s+la|da|della)\s+"
    r"[^\n]{0,60}?(?:reservo|reservou|alquilo|alugou|presto|emprestou|tenia|tinha|aveva|estaba|estava|era|pidio|pediu|prenotato|"
    r"noleggiato|preso\s+in\s+prestito|mesa|mesa|tavolo|clase|aula|lezione|cita|consulta|appuntamento|habitacion|quarto|camera)\b",
    r"\b(?:dame|pasame|enviame|mandame|dime|da-me|passa-me|manda-me|diz-me|me\s+(?:da|das|passa|pasas|manda|envia)|dammi|passami|"
    r"mandami|dimmi)\s+(?:su|sus|seu|sua|dele|dela|il\s+suo|la\s+sua|suo|sua)\s+(?:telefono|telefone|numero|direccion|endereco|"
    r"indirizzo|correo|e-?mail|contacto|contato|contatto|nombre|nome)\b",
    r"\b(?:dame|pasame|enviame|mandame|dime|da-me|passa-me|manda-me|diz-me|me\s+(?:da|das|passa|pasas|manda|envia)|dammi|passami|"
    r"mandami|dimmi)\s+(?:el|la|o|a|il|l')\s*(?:[\w]+\s+y\s+(?:el|la)\s+|[\w]+\s+e\s+(?:o|a|il|la)\s+)?(?:telefono|telefone|numero|"
    r"direccion|endereco|indirizzo|correo|e-?mail|contacto|contato|contatto|nombre|nome)\s+(?:del|de\s+la|do|da|della|dello|di)"
    r"|\b(?:cual|qual|que)\s+(?:es|e)\s+(?:el|la|o|a|il|l')\s*(?:telefono|telefone|numero|direccion|endereco|indirizzo|correo|"
    r"e-?mail|nombre|nome)\s+(?:del|de\s+la|do|da|della|dello)",
)
_NL_PL = _either_order(
    r"\b(?:de|het)\s+(?:[\w-]+\s+){0,2}?(?:klant|gast|vrouw|man|meneer|mevrouw|persoon|familie|lid|patient|passagier|leerling|jongen|"
    r"meisje)\s+(?:die|dat)\s+[^\n]{0,60}?(?:geboekt|gereserveerd|gehuurd|geleend|had|zat|besteld)\b|"
    r"\b(?:klient\w*|pan(?:i|a)?|kobiet\w*|mezczyzn\w*|osob\w*|rodzin\w*|czlon\w*|pacjent\w*|pasazer\w*|uczni\w*|chlopak\w*|dziewczyn\w*)"
    r"\s*,?\s+(?:ktor\w*)\s+[^\n]{0,60}?(?:rezerwowa[lł]\w*|zarezerwowa[lł]\w*|wypozycza[lł]\w*|wypozyczy[lł]\w*|mia[lł]\w*|siedzia[lł]\w*|zamawia[lł]\w*)",
    r"\b(?:geef|stuur|vertel)\s+(?:me|mij)\s+(?:zijn|haar|hun)\s+(?:telefoonnummer|nummer|adres|e-?mail\w*|naam)\b|"
    r"\b(?:podaj|daj|wyslij|powiedz)\s+mi\s+(?:jego|jej|ich)\s+(?:telefon\w*|numer\w*|adres\w*|e-?mail\w*|imie|nazwisk\w*)\b",
    r"\b(?:geef|stuur|vertel)\s+(?:me|mij)\s+(?:het|de)\s+(?:telefoonnummer|nummer|adres|e-?mail\w*|naam)\s+van|"
    r"\b(?:podaj|daj|wyslij|powiedz)\s+mi\s+(?:telefon\w*|numer\w*|adres\w*|e-?mail\w*|imie|nazwisk\w*)(?:\s+(?:tego|tej|tych|do))?",
)

# --- Scripts the folded view mangles: on the text itself ------------------

_RAW = alt(
    [
        # RU: человек / клиент / женщина, который/которая (бронировал, брал, сидел) ... дайте/скажите его/её телефон
        (r"(?:клиент\S*|гост\S*|женщин\S*|мужчин\S*|человек\S*|девушк\S*|парн\S*|семь\S*|пассажир\S*|посетител\S*)\s*,?\s+(?:котор\S+)\s+"
        r"[^\n]{0,60}?(?:бронировал\S*|забронировал\S*|брал\S*|арендовал\S*|сидел\S*|заказывал\S*|был\S*|жил\S*)[^\n]{0,160}?"
        r"(?:дайте|дай|скажите|скажи|пришлите|пришли|подскажите|подскажи)(?:\s+мне)?\s+(?:его|её|ее|их)\s+(?:телефон\S*|номер\S*|адрес\S*|почт\S*|имя|контакт\S*)"),
        # ZH: (昨天)订了/租了/借了 … 的那位(客人/女士/先生) … 电话/联系方式/地址 … 给我/告诉我
        (r"(?:订了|预订了|预约了|租了|借了|坐在|住在|住了)[^\n]{0,30}?的(?:那位|那个|那家)?(?:客人|顾客|女士|先生|男士|女生|男生|人|一家人|会员|乘客|学员)"
        r"[^\n]{0,60}?(?:电话|手机号|联系方式|地址|邮箱|名字|微信)"),
        # JA: 予約した/借りた … 方/人/お客さん の 電話番号/連絡先 … 教えて
        (r"(?:予約した|借りた|レンタルした|座っていた|泊まっていた|申し込んだ)[^\n]{0,20}?(?:方|人|お客さん|お客様|女性|男性|家族|会員)"
        r"[^\n]{0,40}?(?:電話番号|連絡先|住所|メールアドレス|名前)[^\n]{0,20}?(?:教えて|送って|知りたい)"),
        # KO: 예약한/빌린 … 분/사람/손님 … 연락처/전화번호 … 알려
        (r"(?:예약한|빌린|대여한|앉았던|묵었던|등록한)\s*[^\n]{0,20}?(?:분|사람|손님|여자|남자|가족|회원)[^\n]{0,40}?"
        r"(?:연락처|전화번호|번호|주소|이메일|이름)[^\n]{0,20}?(?:알려|보내|가르쳐)"),
    ]
)  # fmt: skip

RULES: tuple[Rule, ...] = (
    Rule("injection.extraction.fellow_customer_contact", _CAT,
         alt([_EN, _DE, _FR, _ES_PT_IT, _NL_PL]), score=0.7, max_len=320,
         description="Latin scripts: another customer's contact, asked for by what they booked"),
    raw_rule("injection.extraction.fellow_customer_contact_raw", _CAT, _RAW,
             "Other scripts: another customer's contact, asked for by what they booked",
             score=0.7, max_len=320),
)  # fmt: skip
