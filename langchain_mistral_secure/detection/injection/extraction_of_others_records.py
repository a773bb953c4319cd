"""Other people's records asked of the assistant that served them.

Family: extraction (customer data). A support, clinic, school or recruiting
assistant sees many people's data; the attacker asks it for the records of
people who are not the asker, named by their relation to the model's other
conversations: "the user before me", "the previous customer", "other
customers", "the clients you talked to today", "der Kunde, der vor mir mit
dir gechattet hat", "l'utilisateur précédent", "otros pacientes", "klientów,
z którymi rozmawiałeś", "其他用户", "다른 지원자들". A disclosure verb and a
personal-data noun (address, phone, email, orders, account, balance,
messages, CV, grades) must come with it.

Why it is safe on benign text: a user's questions about their own order or
account name no other person; questions about other users in general ("what
do other customers say about the battery") carry no disclosure verb on a
personal-data noun, and data work on a table the user pasted names no
conversation of the model's ("the customers you talked to", "before me").
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "extraction"

_PEOPLE_EN = (
    r"(?:users?|customers?|clients?|callers?|patients?|students?|candidates?|"
    r"applicants?|visitors?|guests?|members?|people|persons?|shoppers?|buyers?|"
    r"sellers?|drivers?|tenants?|riders?)"
)
# People known to the model from its other conversations, not the asker.
_OTHERS = alt(
    [
        # EN
        rf"(?:the\s+)?{_PEOPLE_EN}\s+(?:right\s+|just\s+)?before\s+me",
        # h21: "the person who used this speaker before me", "someone before me"
        (r"(?:person|one|guy|woman|man|someone|somebody|user|customer)\s+"
         r"(?:(?:who|that)\s+(?:[\w'-]+\s+){1,5})?before\s+me"),
        (rf"(?:previous|prior|last|earlier|other|another)\s+{_PEOPLE_EN}(?:'s|')?"),
        # h23: the last person to use this chat
        (r"(?:last|previous)\s+(?:person|one|user|customer)\s+(?:who|that|to)\s+"
         r"(?:used?|talked|chatted|spoke|wrote)"),
        (rf"{_PEOPLE_EN}\s+(?:who|that|whom)?\s*(?:you(?:'ve|\s+have)?\s+)"
         r"(?:talked|chatted|spoke|spoken|helped|assisted|served|dealt)"),
        (rf"{_PEOPLE_EN}\s+(?:who|that)\s+(?:\w+\s+)?(?:talked|chatted|spoke|wrote)"
         r"\s+(?:to|with)\s+you"),
        # DE
        (r"(?:vorherige\w*|andere\w*|vorige\w*)\s+(?:kund\w*|nutzer\w*|benutzer\w*|"
         r"patient\w*|bewerber\w*|schuler\w*)|vor\s+mir\s+mit\s+dir|"
         r"(?:person|jemand|mensch|kund|nutzer|benutzer|gast|patient)\w*\s+vor\s+mir"),
        # FR
        (r"(?:l'utilisateur|le\s+client|la\s+cliente|le\s+patient)\s+precedent\w*|"
         r"(?:autres|precedents)\s+(?:clients|utilisateurs|patients|candidats|eleves)|"
         r"avec\s+qui\s+tu\s+as\s+(?:parle|discute)|derniere\s+personne\s+qui"),
        # ES / PT / IT
        (r"(?:el\s+usuario|el\s+cliente|o\s+usuario|o\s+cliente|l'utente|il\s+cliente)"
         r"\s+anterior\w*|(?:otros|outros|altri)\s+(?:usuarios|clientes|pacientes|"
         r"candidatos|alunos|alumnos|estudiantes|estudantes|utenti|clienti|pazienti|"
         r"candidati|studenti)|la\s+persona\s+(?:de\s+)?antes\s+(?:de\s+)?(?:mi|mim)|"
         r"con\s+(?:los\s+)?que\s+(?:has\s+)?hablad?o|com\s+quem\s+(?:voce\s+)?falou|"
         r"(?:la|a|l')\s*(?:ultima|anterior)\s+(?:persona|pessoa)\s+(?:que|che)"),
        # PL / NL
        (r"z\s+ktorymi\s+rozmawia\w*|(?:innych|poprzedni\w*)\s+(?:klient\w*|"
         r"uzytkownik\w*|pacjent\w*)|(?:andere|vorige)\s+(?:klanten|gebruikers|"
         r"pati.nten)|met\s+wie\s+je\s+(?:hebt\s+)?gesproken"),
    ]
)  # fmt: skip
_DATA = (
    r"(?:(?:home\s+|e-?mail\s+|shipping\s+|billing\s+)?address\w*|phone\w*|"
    r"e-?mails?|orders?|order\s+history|accounts?|account\s+numbers?|balances?|"
    r"messages?|conversations?|chats?|records?|contact\w*|"
    r"cvs?|resumes?|grades|salar\w+|card\w*|diagnos\w+|"
    r"adress\w*|telefon\w*|kontakt\w*|bestellung\w*|nachricht\w*|konto\w*|"
    r"messages?|coordonnees|commandes?|conversation|direcci\w+|telefono\w*|"
    r"pedidos?|mensajes?|mensagens?|conversa\w*|indirizz\w*|ordini|"
    r"numer\w*|sald\w*|rozmow\w*|wiadomo\w*|adres\w*|bestelling\w*|berichten|"
    # h21: what the model keeps about them
    r"schedules?|(?:everything|all)\s+you(?:'ve|\s+have)\s+(?:saved|stored|remembered|kept)|"
    # h23: what the model keeps of other sessions
    r"(?:your\s+)?memor(?:y|ies))"
)
_ASK = (
    r"(?:show|give|list|paste|copy|print|tell|send|share|dump|export|reveal|"
    r"read|pull\s+up|look\s+up|output|display|what\s+(?:did|was|were)|"
    r"zeig\w*|gib|nenn\w*|liste\w*|schick\w*|was\s+(?:hat|war)|donne\w*|montre\w*|"
    r"recopie\w*|affiche\w*|envoie\w*|liste\w*|quel\w*|dame|dime|muestra\w*|"
    r"copia\w*|lista\w*|mostra\w*|manda\w*|passa\w*|dimmi|elenca\w*|podaj|"
    r"pokaz\w*|wypisz|skopiuj|geef|laat\s+\w+\s+zien|toon|"
    # h23: a summary of other people's chats is their content too
    r"summari[sz]e|resume\w*|resumi\w*|riassum\w*|zusammenfass\w*|"
    r"what(?:'s|\s+is|\s+do\s+you\s+have)\s+(?:stored|saved|kept))"
)
_OTHERS_DATA = (
    rf"\b{_ASK}\b[^\n]{{0,70}}?\b{_OTHERS}\b[^\n]{{0,70}}?\b{_DATA}\b|"
    rf"\b{_ASK}\b[^\n]{{0,70}}?\b{_DATA}\b[^\n]{{0,70}}?\b{_OTHERS}\b"
)

# --- CJK and Korean, on the text itself -----------------------------------

_OTHERS_RAW = (
    r"(?:其他(?:用户|客户|顾客|患者|学生|候选人|人)|别的(?:用户|客户)|"
    r"上一(?:个|位)(?:用户|客户)|之前的(?:用户|客户)|他の(?:ユーザー|お客様|顧客|利用者|応募者)|"
    r"前の(?:ユーザー|お客様|利用者)|다른\s*(?:사용자|고객|지원자|환자|학생|회원)\S*|"
    r"이전\s*(?:사용자|고객)\S*|"
    # h21: the one who used this app before me (KO / ZH / JA)
    r"(?:나|저)\s*(?:보다\s*)?전에\s*(?:\S+\s*){0,4}?(?:쓴|사용한|이용한|말한)\s*사람|"
    r"在我之前(?:的)?(?:用户|人|客户)|上一个人|前一个人|私の前に\S{0,12}(?:人|ユーザー|お客様))"
)
_DATA_RAW = (
    r"(?:手机号|电话|地址|邮箱|订单|账户|账号|余额|问题|消息|记录|简历|"
    r"電話|住所|メール|注文|口座|履歴|質問|メッセージ|履歴書|"
    r"전화|주소|이메일|주문|계좌|잔액|질문|메시지|이력서|기록|뭘|무엇|내용|대화|번역|"
    r"问了什么|说了什么|内容|何を)"
)
_ASK_RAW = (
    r"(?:列出|给我|告诉我|发给我|输出|显示|贴出|教えて|見せて|出して|書き出|"
    r"보여\s*줘|알려\s*줘|적어\s*줘|말해\s*줘|정리해)"
)
_OTHERS_RAW_DATA = (
    rf"{_OTHERS_RAW}[^\n]{{0,40}}?{_DATA_RAW}[^\n]{{0,40}}?{_ASK_RAW}|"
    rf"{_ASK_RAW}[^\n]{{0,40}}?{_OTHERS_RAW}[^\n]{{0,40}}?{_DATA_RAW}"
)

RULES: tuple[Rule, ...] = (
    Rule("injection.extraction.others_records", _CAT, _OTHERS_DATA,
         score=0.7, max_len=230,
         description="Latin scripts: other customers' records asked of the model"),
    raw_rule("injection.extraction.others_records_raw", _CAT,
             _OTHERS_RAW_DATA, "CJK/KO: other users' records asked of the model",
             score=0.7, max_len=110),
)  # fmt: skip

# The people named by the model's other conversations, shared with
# :mod:`.extraction_of_others_said` (what they told or asked the model).
OTHERS = _OTHERS
OTHERS_RAW = _OTHERS_RAW
