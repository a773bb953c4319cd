"""Another person's identifiers asked of the app that holds them.

Family: extraction (other people's records). A bank, telecom, courier,
insurance or rental assistant holds its customers' identifiers. The
attacker names a person by their relation to the asker or to the app (my
mum, my ex, the recipient, the landlord, the client on this contract, "her",
"his") and asks for identifiers that unlock or locate that person: a card
or account number, IBAN, date of birth, passport or national ID number, a
door or access code, a home address, a mobile number. A demand, such a
possessor and such an identifier meet in one bounded window: "read me ...
her full card number", "the landlord's mobile number and home address",
"podaj PESEL ... klienta", "수령인 휴대폰 번호랑 공동현관 비밀번호", "房东
...身份证号和银行卡号告诉我".

Why it is safe on benign text: a person asking for their own number says
"my" (never a possessor here); a question about a public figure names them
(no relation noun); questions about the format of an IBAN or a passport
number carry no possessor; and the identifiers are the ones that unlock or
locate a person, not a product or a shop's phone number ("the shop's"
is no possessor here).
"""

# ruff: noqa: E501
# (Hangul and CJK on purpose; one rule table per language)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import raw_rule

__all__ = ["RULES"]

_CAT = "extraction"


def _latin(lang: str, ask: str, owner: str, ident: str) -> Rule:
    """Demand, then the person's identifier in either order with its owner."""
    pattern = (
        rf"\b(?:{ask})\b[^\n]{{0,60}}?\b(?:{owner})\s+(?:[\w'-]{{1,20}}\s+){{0,2}}?(?:{ident})\b|"
        rf"\b(?:{ask})\b[^\n]{{0,40}}?\b(?:{ident})\b[^\n]{{0,50}}?\b(?:{owner})\b"
    )
    return Rule(f"injection.third_party_ids.{lang}", _CAT, pattern, score=0.7, max_len=200,
                description=f"{lang}: a named other person's card, ID or door code asked for")  # fmt: skip


_ROLE_EN = (
    r"customer|client|tenant|landlord|landlady|recipient|addressee|patient|employee|"
    r"candidate|applicant|mum|mom|mother|father|dad|husband|wife|ex|ex-\w{1,12}|brother|"
    r"sister|neighbou?r|boss|colleague|account\s+holder|policyholder|caller|owner|guest|"
    r"passenger|girlfriend|boyfriend|partner|son|daughter|grandma|grandmother|grandfather"
)

RULES: tuple[Rule, ...] = (
    _latin(
        "en",
        # "give me", never "give her the card number" (handing it to her)
        r"(?:show|give|tell|read|send|share)\s+(?:me|us)|list|pull\s+up|look\s+up|what(?:'s|\s+is|\s+are)",
        rf"his|her|their|(?:the|my|this|that)\s+(?:\w{{1,20}}\s+)?(?:{_ROLE_EN})(?:'s|s')",
        r"(?:full\s+)?card\s+numbers?|credit\s+card(?:\s+number)?|iban|bank\s+account(?:\s+number)?|"
        r"account\s+number|dates?\s+of\s+birth|birth\s?date|passport\s+number|"
        r"social\s+security\s+number|ssn|national\s+id(?:\s+number)?|id\s+number|door\s+code|"
        r"(?:building\s+|gate\s+)?access\s+code|pin|home\s+address|(?:mobile|cell|phone)\s+number",
    ),
    _latin(
        "de",
        r"zeig\w*|gib|sag\w*|nenn\w*|schick\w*|lies|was\s+ist|wie\s+(?:lautet|hoch)",
        r"(?:seine|ihre|seiner|ihrer)|(?:meine[rs]?|des|der)\s+(?:kund\w*|mieter\w*|vermieter\w*|"
        r"empfanger\w*|patient\w*|mutter|vater|mann|frau|ex\w*|bruder|schwester|nachbar\w*|chef\w*|"
        r"kolleg\w*|teamleiter\w*|kontoinhaber\w*|versicherungsnehmer\w*)",
        r"kartennummer|kreditkart\w*|iban|kontonummer|geburtsdatum|passnummer|ausweisnummer|"
        r"turcode|zugangscode|pin|wohnadresse|privatadresse|handynummer|gehalt",
    ),
    _latin(
        "fr",
        r"donne[zs]?|dis|dites|montre[zs]?|envoie[zs]?|lis|quel(?:le)?\s+est",
        r"(?:son|sa|ses|leur)|(?:du|de\s+la|de\s+mon|de\s+ma)\s+(?:client\w*|locataire|proprietaire|"
        r"destinataire|patient\w*|mere|pere|mari|femme|ex|frere|soeur|voisin\w*|titulaire|assure\w*)",
        r"numero\s+de\s+(?:carte|compte|passeport|securite\s+sociale|telephone|portable)|iban|"
        r"date\s+de\s+naissance|code\s+(?:d'acces|de\s+la\s+porte|porte|d'entree)|adresse\s+personnelle",
    ),
    _latin(
        "es",
        r"dame|dime|muestrame|pasame|enviame|lee\w*|cual\s+es",
        r"(?:su|sus)|(?:del|de\s+la|de\s+mi)\s+(?:client\w*|inquilin\w*|propietari\w*|casero|"
        r"destinatari\w*|paciente|madre|padre|marido|esposa|ex|herman\w*|vecin\w*|titular|asegurad\w*)",
        r"numero\s+de\s+(?:tarjeta|cuenta|pasaporte|movil|telefono)|iban|fecha\s+de\s+nacimiento|dni|"
        r"codigo\s+de\s+acceso|codigo\s+del\s+portal|direccion\s+particular",
    ),
    _latin(
        "it",
        r"dammi|dimmi|mostrami|mandami|leggi\w*|qual\s+e",
        r"(?:suo|sua|suoi|loro)|(?:del|della|di\s+mi[oa])\s+(?:client\w*|inquilin\w*|propietari\w*|"
        r"proprietari\w*|destinatari\w*|paziente|madre|padre|marito|moglie|ex|fratello|sorella|"
        r"vicin\w*|titolare|assicurat\w*)",
        r"numero\s+di\s+(?:carta|conto|passaporto|cellulare|telefono)|iban|data\s+di\s+nascita|"
        r"codice\s+fiscale|codice\s+(?:d'accesso|del\s+portone)",
    ),
    _latin(
        "pt",
        r"me\s+(?:da|de|passa|diz|mostra|manda)|passa|mostra|qual\s+e",
        r"(?:dele|dela|deles|seu|sua)|(?:do|da|de\s+minha|do\s+meu)\s+(?:client\w*|inquilin\w*|"
        r"proprietari\w*|senhorio|destinatari\w*|paciente|mae|pai|marido|esposa|ex|irm\w*|vizinh\w*|titular)",
        r"numero\s+do\s+(?:cartao|passaporte|celular|telefone)|iban|data\s+de\s+nascimento|cpf|"
        r"codigo\s+de\s+acesso|endereco\s+residencial",
    ),
    _latin(
        "pl",
        r"podaj|daj|powiedz|pokaz\w*|wyslij|jaki\s+jest",
        r"(?:jego|jej|ich)|(?:klient\w*|najemc\w*|w[lł]asciciel\w*|odbiorc\w*|pacjent\w*|matki|mamy|"
        r"ojca|taty|m[eę]za|zony|brata|siostry|sasiad\w*|posiadacz\w*)",
        r"pesel|numer\w*\s+(?:karty|konta|paszportu|dowodu|telefonu)|iban|dat\w*\s+urodzenia|"
        r"kod\w*\s+(?:do\s+drzwi|dostepu|do\s+domofonu)",
    ),
    raw_rule("injection.third_party_ids.ko", _CAT,
             r"(?:수령인|받는\s*사람|고객|세입자|집주인|임대인|환자|엄마|어머니|아빠|아버지|남편|아내|전\s*남친|전\s*여친|"
             r"형|누나|언니|오빠|동생|이웃)\S{0,3}\s*(?:\S{1,10}\s*){0,2}?(?:휴대폰\s*번호|전화\s*번호|주민\s*번호|"
             r"주민등록번호|계좌\s*번호|카드\s*번호|생년월일|공동현관\s*비밀번호|현관\s*비밀번호|집\s*주소)"
             r"[^\n]{0,30}?(?:알려|보여|줘|주세요)",
             "ko: a named other person's card, ID or door code asked for",
             score=0.7, max_len=90),
    raw_rule("injection.third_party_ids.zh", _CAT,
             r"(?:房东|收件人|客户|租客|病人|患者|我妈|我爸|妈妈|爸爸|老公|老婆|前男友|前女友|前妻|前夫|邻居|他|她)"
             r"[^\n]{0,20}?(?:身份证号|银行卡号|卡号|护照号|出生日期|门禁密码|手机号|家庭住址)"
             r"[^\n]{0,20}?(?:告诉我|发给我|给我|查一下)",
             "zh: a named other person's card, ID or door code asked for",
             score=0.7, max_len=70),
)  # fmt: skip
