"""A third person's record asked of the app, on a claimed relation to them.

Family: extraction (other people's records, pretext of relation). A clinic,
bank, tax, insurance, hotel or school assistant holds the records of the
people it serves. The asker claims a tie to one of them ("I'm her brother",
"Ich bin der Arbeitgeber von Herrn X", "je suis la fille de la patiente",
"я его коллега", "我是他的合伙人", "my neighbour had tests done here") and
asks for what the app holds on THAT person, named by a third-person
possessive: his results, her diagnosis, their balance, his salary, her tax
return, his room, her claims. Three parts meet in one bounded window: the
claimed relation, a demand, and "his / her / their" + a held record.

Why it is safe on benign text: one's own record says "my" (no third-person
possessive); a relative asking how to help ("my brother has diabetes, what
should his diet be") names no held record; staff asking about process ("how
do I update a patient's diagnosis") claim no relation; and the records are
those an app keeps on a person (results, diagnosis, balance, income,
salary, return, claims, booking, room), not generic nouns.
"""

# ruff: noqa: E501, RUF001, RUF002
# (Cyrillic, Arabic, Devanagari and CJK on purpose; one rule table per language)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import raw_rule

__all__ = ["RULES"]

_CAT = "extraction"


def _latin(
    lang: str, rel: str, ask: str, rec: str, *, verb_final: bool = False
) -> Rule:
    """Claimed relation, then a demand for his / her record (or the reverse).

    A verb-final language (Turkish) puts the demand last: relation, record,
    then the demand.
    """
    pattern = (
        rf"\b(?:{rel})\b[^\n]{{0,140}}?\b(?:{ask})\b[^\n]{{0,60}}?\b(?:{rec})\b|"
        rf"\b(?:{ask})\b[^\n]{{0,60}}?\b(?:{rec})\b[^\n]{{0,120}}?\b(?:{rel})\b"
    )
    if verb_final:
        pattern += (
            rf"|\b(?:{rel})\b[^\n]{{0,120}}?\b(?:{rec})\b[^\n]{{0,50}}?\b(?:{ask})\b"
        )
    return Rule(f"injection.relatives_records.{lang}", _CAT, pattern, score=0.7, max_len=380,
                description=f"{lang}: a claimed relative or contact asks for a person's held record")  # fmt: skip


_KIN_EN = (
    r"(?:step-?|half-?|grand)?(?:brother|sister|son|daughter|mum|mom|dad|mother|father|parent)|"
    r"husband|wife|ex|ex-\w{1,12}|partner|neighbou?r|friend|"
    r"cousin|colleague|co-?worker|employer|boss|landlord|landlady|lawyer|broker|uncle|aunt|"
    r"mother|father|mum|mom|dad|relative|boyfriend|girlfriend|fiance\w?|flatmate|roommate|"
    r"tenant|business\s+partner|nephew|niece"
)

RULES: tuple[Rule, ...] = (
    _latin(
        "en",
        rf"(?:i'?m|i\s+am)\s+(?:the\s+|his\s+|her\s+|their\s+|a\s+|an\s+)?(?:[\w'-]{{1,15}}\s+){{0,2}}?(?:{_KIN_EN})|"
        rf"on\s+behalf\s+of\s+(?:my|his|her)\s+(?:{_KIN_EN})|"
        rf"(?:helped|served|saw|treated|booked|advised)\s+my\s+(?:{_KIN_EN})|"
        rf"my\s+(?:[\w-]{{1,15}}\s+)?(?:{_KIN_EN})\s+(?:[\w.]{{1,15}}\s+){{0,2}}?(?:had|has|is|was|did|stays?|ordered|booked|filed|uses)",
        r"(?:tell|give|send|show|read|share|forward)\s+(?:me|us)|what(?:'s)?|"
        r"which|where|how\s+much",
        r"(?:his|her|their)\s+(?:[\w-]{1,15}\s+){0,3}?(?:results?|diagnos[ie]s|prescriptions?|medications?|"
        r"balance|transactions?|transfers?|income|salary|pay(?:slip)?|tax\s+return|return|claims?|"
        r"bookings?|reservations?|room(?:\s+number)?|records?|file|account|bills?|statements?|"
        r"withdrawals?|winnings|grades|marks|absences|lab\s+work|test\s+results?)|"
        r"(?:salary|income|balance|diagnosis|grades?|results?|prescription|room)\s+(?:did|does|has|is|was)\s+(?:he|she|they)",
    ),
    _latin(
        "de",
        r"ich\s+bin\s+(?:der|die|sein|seine|ihr|ihre)\s+(?:\w+\s+)?(?:bruder|schwester|sohn|tochter|"
        r"ehemann|ehefrau|mann|frau|ex\w*|partner\w*|nachbar\w*|freund\w*|kolleg\w*|arbeitgeber\w*|"
        r"chef\w*|vermieter\w*|anwalt|anwaltin|makler\w*|onkel|tante|mutter|vater|cousin\w*)|"
        r"ich\s+bin\s+(?:kolleg\w*|nachbar\w*|arbeitgeber\w*)|mein\w*\s+(?:bruder|schwester|sohn|"
        r"tochter|mann|frau|ex\w*|nachbar\w*|freund\w*|kolleg\w*|mutter|vater|mieter\w*)\s+(?:hat|ist|war)",
        r"sag\w*|gib|zeig\w*|schick\w*|nenn\w*|was\s+(?:ist|war|steht|hat)|welche\w*|wie\s+(?:hoch|viel)",
        r"(?:sein\w*|ihr\w*)\s+(?:\w+\s+){0,2}?(?:befund\w*|ergebnis\w*|diagnose\w*|krankmeldung\w*|"
        r"uberweisung\w*|rezept\w*|kontostand\w*|saldo|umsatz\w*|einkommen\w*|gehalt\w*|bruttogehalt\w*|"
        r"lohn\w*|steuererklarung\w*|erklarung\w*|schaden\w*|buchung\w*|zimmer\w*|akte\w*|konto\w*|"
        r"vermogen\w*|mandat\w*|scheidungsmandat\w*)|"
        r"diagnose|bruttogehalt|kontostand",
    ),
    _latin(
        "fr",
        r"je\s+suis\s+(?:le|la|l'|son|sa|un|une)\s*(?:\w+\s+)?(?:frere|soeur|fils|fille|mari|femme|"
        r"epou\w+|ex|compagn\w+|voisin\w*|ami\w*|collegue|employeur|patron\w*|proprietaire|avocat\w*|"
        r"oncle|tante|mere|pere|cousin\w*|associe\w*)|mon\s+(?:mari|frere|fils|voisin|ami|pere|ex)\s+"
        r"(?:a|est|sejourne|loge)|ma\s+(?:femme|soeur|fille|voisine|amie|mere)\s+(?:a|est|sejourne)",
        r"dites|dis|donne\w*|montre\w*|envoie\w*|quel\w*|ou|combien|pouvez-vous\s+me\s+dire",
        r"(?:son|sa|ses|leur|leurs)\s+(?:\w+\s+){0,2}?(?:resultats?|diagnostic|ordonnance|traitement|"
        r"solde|virements?|revenus?|salaire|declaration|sinistres?|reservation|chambre|dossier|compte|"
        r"factures?)|dans\s+quelle\s+chambre",
    ),
    _latin(
        "es",
        r"soy\s+(?:el|la|su|un|una)\s+(?:\w+\s+)?(?:herman\w|hij\w|ex\w*|abuel\w|padrastro|madrastra|marido|esposo|esposa|mujer|ex|"
        r"pareja|vecin\w|amig\w|compa\w+|jefe|jefa|casero|abogad\w|corredor\w*|ti[oa]|madre|padre|"
        r"prim\w|socio|socia|nieto|nieta)|mi\s+(?:herman\w|hij\w|marido|esposa|vecin\w|amig\w|madre|"
        r"padre|ex)\s+(?:tiene|esta|se\s+hizo|reservo|pidio)",
        r"dime|dame|muestrame|pasame|enviame|digame|que|cual\w*|donde|cuanto",
        r"(?:su|sus)\s+(?:\w+\s+){0,2}?(?:resultados?|diagnostico|receta|tratamiento|saldo|"
        r"transferencias?|ingresos|salario|sueldo|declaracion|siniestros|reserva|habitacion|"
        r"expediente|historial|cuenta|facturas?|notas|calificaciones)|le\s+han\s+recetado|su\s+diagnostico",
    ),
    _latin(
        "it",
        r"sono\s+(?:il|la|l'|lo|suo|sua|un|una)\s*(?:\w+\s+)?(?:fratello|sorella|figli[oa]|marito|"
        r"moglie|ex|compagn[oa]|vicin[oa]|amic[oa]|collega|datore|capo|padrone|avvocat[oa]|broker|"
        r"zi[oa]|madre|padre|cugin[oa]|socio)|mi[oa]\s+(?:fratello|sorella|figli[oa]|marito|moglie|"
        r"vicin[oa]|amic[oa]|madre|padre)\s+(?:ha|e|ha\s+fatto)",
        r"dimmi|dammi|mostrami|mandami|mi\s+dici|quali?|quanto|dove|che\s+cosa",
        r"(?:suo|sua|suoi|sue|loro)\s+(?:\w+\s+){0,2}?(?:risultat\w|diagnosi|ricett\w|terapi\w|saldo|"
        r"bonific\w|reddito|stipendio|dichiarazione|sinistri|prenotazion\w|camera|cartella|conto|"
        r"bollett\w)|(?:sinistri|rimborsi)\s+(?:ha|hanno)\s+denunciato|in\s+che\s+hotel",
    ),
    _latin(
        "pt",
        r"sou\s+(?:o|a|um|uma|seu|sua)\s+(?:\w+\s+)?(?:irm\w+|filh[oa]|marido|esposa|mulher|ex|"
        r"namorad[oa]|vizinh[oa]|amig[oa]|colega|patr\w+|chefe|senhorio|advogad[oa]|corretor\w*|"
        r"ti[oa]|mae|pai|prim[oa]|socio)|(?:meu|minha)\s+(?:irm\w+|filh[oa]|marido|esposa|vizinh[oa]|"
        r"amig[oa]|mae|pai)\s+(?:fez|tem|esta|reservou)",
        r"me\s+(?:diga|diz|da|de|passa|mostra|manda)|qual|quais|quanto|onde",
        r"(?:dele|dela|deles|seu|sua|seus|suas)\s*(?:\w+\s+){0,2}?(?:resultados?|diagnostico|receita|"
        r"saldo|transferencias?|renda|salario|declaracao|sinistros|reserva|quarto|prontuario|conta|"
        r"consulta)|resultado\s+d[ao]\s+(?:\w+\s+){0,5}?(?:dele|dela)",
    ),
    _latin(
        "nl",
        r"ik\s+ben\s+(?:de|haar|zijn|een)\s+(?:\w+\s+)?(?:broer|zus|zoon|dochter|man|vrouw|ex|partner|"
        r"buurman|buurvrouw|vriend\w*|collega|werkgever|baas|verhuurder|advocaat|oom|tante|moeder|vader)",
        r"stuur|geef|zeg|toon|wat\s+(?:is|was|zijn)|welke|hoeveel|kun\s+je\s+mij",
        r"(?:zijn|haar|hun)\s+(?:\w+\s+){0,2}?(?:uitslag\w*|resultaten|diagnose|recept|saldo|"
        r"inkomen|salaris|aangifte|claims?|boeking|kamer|dossier|rekening)",
    ),
    _latin(
        "pl",
        r"jestem\s+(?:jej|jego|ich)?\s*(?:bratem|siostra|synem|corka|mezem|zona|by\w+|partner\w*|"
        r"sasiad\w*|przyjaciel\w*|kolega|kolezanka|pracodawca|szefem|wlasciciel\w*|prawnikiem|"
        r"wujkiem|ciocia|matka|ojcem|kuzyn\w*)",
        r"podaj|powiedz|pokaz\w*|wyslij|daj|jaki\w*|jaka|ile|gdzie",
        r"(?:jej|jego|ich)\s+(?:\w+\s+){0,2}?(?:wynik\w*|diagnoz\w*|recept\w*|salda?|przelew\w*|"
        r"dochod\w*|pensj\w*|wynagrodzeni\w*|zeznani\w*|szk\w+|rezerwacj\w*|pokoj\w*|konta?|polis\w*)|"
        r"numer\s+polisy",
    ),
    _latin(
        "tr",
        r"(?:kardesi|kizi|oglu|esi|kocasi|karisi|komsusu|arkadasi|is\s+arkadasi|patronu|ev\s+sahibi|"
        r"avukati|annesi|babasi|eski\s+(?:esi|kocasi|karisi))(?:yim|yum|im|um)",
        r"soyle\w*|ver\w*|goster\w*|gonder\w*|nedir|ne\s+kadar|hangi|nerede",
        r"(?:sonuc\w*|teshis\w*|recete\w*|bakiye\w*|maas\w*|gelir\w*|beyanname\w*|rezervasyon\w*|"
        r"oda\s+numara\w*|hesab\w*|dosya\w*)",
        verb_final=True,
    ),
    _latin(
        "id",
        r"saya\s+(?:adalah\s+)?(?:kakak|adik|anak|suami|istri|mantan|pacar|tetangga|teman|rekan\s+kerja|"
        r"atasan|majikan|pemilik|pengacara|paman|bibi|ibu|ayah|sepupu)(?:nya)?",
        r"kasih\s+tahu|beri\w*|tunjukkan|kirim\w*|berapa|apa|di\s+mana",
        r"(?:hasil\s+(?:tes|lab|pemeriksaan)\w*|diagnosa\w*|diagnosis\w*|resep\w*|saldo\w*|gaji\w*|"
        r"penghasilan\w*|spt\w*|klaim\w*|pemesanan\w*|kamar\w*|rekening\w*)nya",
    ),
    _latin(
        "vi",
        r"toi\s+la\s+(?:anh|chi|em|con|chong|vo|ban|hang\s+xom|dong\s+nghiep|sep|chu\s+nha|luat\s+su|"
        r"bo|me|nguoi\s+yeu)\s+(?:\w+\s+){0,2}?(?:cua|ho)",
        r"cho\s+toi\s+biet|gui\s+cho\s+toi|cho\s+toi\s+xem|la\s+gi|bao\s+nhieu|o\s+dau",
        r"(?:ket\s+qua|chan\s+doan|don\s+thuoc|so\s+du|luong|thu\s+nhap|to\s+khai|dat\s+phong|"
        r"so\s+phong|ho\s+so|tai\s+khoan)\s+(?:\w+\s+){0,2}?(?:cua\s+)?(?:anh\s+ay|chi\s+ay|co\s+ay|"
        r"ong\s+ay|ba\s+ay|ho|em\s+ay)",
    ),
    raw_rule("injection.relatives_records.ru", _CAT,
             r"я\s+(?:его|её|ее|их)?\s*(?:брат|сестра|сын|дочь|муж|жена|бывш\w+|сосед\w*|друг|подруга|"
             r"коллега|сотрудник|работодатель|начальник|арендодатель|юрист|адвокат|мать|отец|родственни\w+)"
             r"[^\n]{0,120}?(?:скажи|покажи|дай|пришли|сообщи|какой|какая|какие|сколько|где)"
             r"[^\n]{0,60}?(?:(?:его|её|ее|их)\s+(?:\S+\s+){0,2}?(?:результат\S*|диагноз\S*|рецепт\S*|"
             r"баланс\S*|зарплат\S*|доход\S*|деклараци\S*|бронировани\S*|номер\S*|счёт\S*|счет\S*|выпис\S*)|"
             r"(?:баланс|истори\S*\s+(?:выводов|операций|транзакций|заказов)|диагноз|зарплат\S*)\s+(?:\S+\s+){0,2}?(?:пользовател|клиент|пациент)\S*)",
             "ru: a claimed relative or contact asks for a person's held record",
             score=0.7, max_len=300),
    raw_rule("injection.relatives_records.ar", _CAT,
             r"(?:أنا|انا)\s+(?:أخ|أخت|ابن|ابنة|زوج|زوجة|طليق\S*|جار\S*|صديق\S*|زميل\S*|مدير|صاحب\S*|محامي|"
             r"والد\S*|ام|أم|قريب\S*)\S*"
             r"[^\n]{0,120}?(?:أعطني|اعطني|أخبرني|اخبرني|أرسل\S*|ارسل\S*|ما\s+هو|ما\s+هي|كم|أين)"
             r"[^\n]{0,60}?(?:نتائج\S*|نتيجة\S*|تشخيص\S*|وصفة\S*|رصيد\S*|راتب\S*|دخل\S*|إقرار\S*|حجز\S*|"
             r"غرفت\S*|رقم\s+غرفت\S*|حساب\S*|ملف\S*)",
             "ar: a claimed relative or contact asks for a person's held record",
             score=0.7, max_len=300),
    raw_rule("injection.relatives_records.hi", _CAT,
             r"मैं\s+(?:उसका|उसकी|उनका|उनकी)?\s*(?:भाई|बहन|बेटा|बेटी|पति|पत्नी|पड़ोसी|दोस्त|सहकर्मी|मालिक|"
             r"वकील|माँ|पिता|रिश्तेदार)\s+(?:हूँ|हूं)"
             r"[^\n]{0,120}?(?:उसकी|उसका|उनकी|उनका|उसके|उनके)\s+(?:\S+\s+){0,2}?(?:रिपोर्ट|नतीजे|परिणाम|"
             r"निदान|बैलेंस|वेतन|सैलरी|आय|रिटर्न|बुकिंग|कमरा|खाता)"
             r"[^\n]{0,40}?(?:बताओ|बताइए|बताएं|दिखाओ|भेजो|दो|दीजिए|क्या\s+है)",
             "hi: a claimed relative or contact asks for a person's held record",
             score=0.7, max_len=300),
    raw_rule("injection.relatives_records.zh", _CAT,
             r"我是(?:他|她|他们)?的?(?:哥哥|姐姐|弟弟|妹妹|儿子|女儿|丈夫|老公|妻子|老婆|前夫|前妻|邻居|朋友|"
             r"同事|老板|房东|律师|合伙人|亲戚|父亲|母亲)"
             r"[^\n]{0,60}?(?:他|她|他们)(?:的)?[^\n]{0,12}?(?:检查结果|化验结果|诊断|处方|余额|工资|收入|"
             r"纳税申报|申报|个人所得税|预订|房间号|房间|账户|病历)"
             r"|我是[^\n]{0,20}?(?:的)?(?:哥哥|姐姐|弟弟|妹妹|丈夫|妻子|邻居|朋友|同事|老板|房东|合伙人)"
             r"[^\n]{0,40}?(?:把|告诉我|发给我|给我)[^\n]{0,20}?(?:他|她)(?:的)?[^\n]{0,16}?"
             r"(?:检查结果|诊断|余额|工资|收入|申报|房间|账户|病历)",
             "zh: a claimed relative or contact asks for a person's held record",
             score=0.7, max_len=200),
    raw_rule("injection.relatives_records.ja", _CAT,
             r"(?:兄|姉|弟|妹|息子|娘|夫|妻|元夫|元妻|隣人|友人|友達|同僚|上司|雇用主|大家|弁護士|親族|父|母)"
             r"(?:です|の者です|ですが)[^\n]{0,60}?(?:彼|彼女|その人)(?:の)[^\n]{0,12}?(?:検査結果|診断|処方|"
             r"残高|給与|給料|収入|申告|予約|部屋番号|部屋|口座|カルテ)[^\n]{0,20}?(?:教えて|見せて|送って|は何)",
             "ja: a claimed relative or contact asks for a person's held record",
             score=0.7, max_len=200),
    raw_rule("injection.relatives_records.th", _CAT,
             # Thai writes no spaces: the claimed tie, then a demand on the person's record
             r"(?:ฉัน|ผม|ดิฉัน)\s*(?:เป็น|คือ)\s*(?:เพื่อนบ้าน|เพื่อนร่วมงาน|เพื่อน|แฟน|สามี|ภรรยา|พี่ชาย|พี่สาว|น้องชาย|น้องสาว|"
             r"ลูกชาย|ลูกสาว|แม่|พ่อ|เจ้านาย|ญาติ|ทนาย)"
             r"[^\n]{0,60}?(?:บอก|ขอ|ส่ง|แจ้ง)[^\n]{0,30}?(?:เบอร์โทร|อีเมล|ผลตรวจ|ผลการตรวจ|เลขห้อง|ยอดเงิน|"
             r"เงินเดือน|การจอง|ที่อยู่|ประวัติการรักษา)",
             "th: a claimed relative or contact asks for a person's held record",
             score=0.7, max_len=200),
    raw_rule("injection.relatives_records.ko_self", _CAT,
             # "저는 그 사람 친구인데요, ... 성적 알려줄 수 있나요": the tie said of oneself
             r"저는\s*(?:\S+\s*){0,4}?(?:형|누나|언니|오빠|동생|남편|아내|이웃|친구|동료|상사|집주인|엄마|아빠|삼촌|이모|고모|사촌)"
             r"(?:인데요|인데|입니다|이에요|예요)[^\n]{0,60}?(?:검사\s*결과|진단|처방|잔액|월급|급여|소득|예약|방\s*번호|계좌|성적|"
             r"상담\s*기록|진료\s*기록)[^\n]{0,20}?(?:알려|보여|보내|말해)",
             "ko: one who says they are a relative or contact asks for a person's held record",
             score=0.7, max_len=200),
    raw_rule("injection.relatives_records.ko", _CAT,
             r"(?:제|내|저의)\s*(?:형|누나|언니|오빠|동생|아들|딸|남편|아내|전\s*남편|전\s*아내|이웃|친구|"
             r"여자\s*친구|남자\s*친구|여친|남친|동료|상사|집주인|엄마|아빠|어머니|아버지)\S{0,3}\s"
             r"[^\n]{0,60}?(?:검사\s*결과|결과|진단|처방|잔액|월급|급여|소득|신고|예약|방\s*번호|계좌|기록|성적)"
             r"[^\n]{0,20}?(?:알려|보여|보내|말해)",
             "ko: a claimed relative or contact asks for a person's held record",
             score=0.7, max_len=200),
)  # fmt: skip
