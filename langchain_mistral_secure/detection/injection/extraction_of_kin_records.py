"""Another person's record, asked for under a claimed tie to them.

Family: extraction (other people's records, the pretext without override
wording). The requester names themself by their tie to someone the app
serves ("I'm Leo's stepdad", "ich bin der Bruder von Frau X", "soy la tía
de", "je suis l'assureur de", "sono il collega di", "я брат", "我是他的合伙人")
and then asks for that person's record by a possessive: his grades, her
results, their balance, seine Diagnose, su dirección, ses relevés. The tie is
the whole justification: no authority is forged and nothing is overridden,
so the override and authority rules see nothing. Three parts meet in one
bounded window, in this order: the claim of a tie (I am + a kinship,
household, work or legal relation), a demand (tell me, give me, what is,
which, how much, can you send me), and a third person's record (a
possessive his/her/their + a record noun the app holds).

Why it is safe on benign text: a parent asking for advice names no record
held by the app ("how can I help him raise his grades" makes no demand on
"his grades"); one's own record says "my"; a relation named without a
claim ("my sister's birthday") and a record asked for without a claimed
tie ("what are her opening hours") do not count.
"""

# ruff: noqa: E501, RUF001
# (E501: one language per line; RUF001: the raw patterns are written in
# Cyrillic, CJK and Korean.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "extraction"


def _kin_record(claim: str, ask: str, record: str) -> str:
    """Claim of a tie, then a demand, then a possessive record, in one window."""
    return rf"(?:{claim})[^\n]{{0,200}}?(?:{ask})[^\n]{{0,50}}?(?:{record})"


# --- Latin-script languages, on the folded view (accents removed) ----------

_EN = _kin_record(
    r"\bi(?:'m|\s+am)\s+(?:[\w.'-]+\s+){0,3}?(?:step-?)?(?:mum|mom|mother|dad|father|parent|son|daughter|brother|sister|aunt|uncle|"
    r"grand(?:mother|father|ma|pa|son|daughter)|cousin|husband|wife|partner|boyfriend|girlfriend|fiancee?|ex(?:-wife|-husband)?|"
    r"neighbou?r|colleague|co-?worker|employer|boss|landlord|flatmate|roommate|friend|lawyer|attorney|insurer|broker|coach|"
    r"guardian|carer|caregiver)\b",
    r"\b(?:tell|give|send|show|read|forward)\s+me\b|\bwhat(?:'s|\s+is|\s+are|\s+was|\s+were)\b|\bwhich\b|\bhow\s+(?:much|high)\b|"
    r"\bwhere\s+(?:is|does|did)\b|\bcan\s+you\s+(?:tell|give|send|show|read|check|look\s+up|pull\s+up)\b|\bwhether\b",
    r"\b(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:grades?|marks|results?|diagnos[ie]s|balance|salary|pay|income|tax\s+return|"
    r"address|phone(?:\s+number)?|number|e-?mail|room(?:\s+number)?|booking|reservation|flight|prescriptions?|medications?|"
    r"transactions?|account|records?|file|report|absences?|location|whereabouts|password|login|statements?|claims?|policy)\b",
)
_DE = _kin_record(
    r"\bich\s+bin\s+(?:[\w.-]+\s+){0,3}?(?:stief)?(?:vater|mutter|bruder|schwester|tante|onkel|oma|opa|sohn|tochter|ehemann|ehefrau|"
    r"ex-?mann|ex-?frau|freund|freundin|partner(?:in)?|lebensgefahrt(?:e|in)|nachbar(?:in)?|kolleg(?:e|in)|arbeitgeber(?:in)?|chef(?:in)?|"
    r"vermieter(?:in)?|anwalt|anwaltin|versicherer|makler(?:in)?|trainer(?:in)?|betreuer(?:in)?|vormund)\b",
    r"\b(?:sag(?:en\s+sie)?|gib|geben\s+sie|nenn(?:en\s+sie)?|zeig(?:en\s+sie)?|schick(?:en\s+sie)?)\s+mir\b|\bwas\s+(?:ist|war|sind|hat)\b|"
    r"\bwelche[rsnm]?\b|\bwie\s+(?:hoch|viel)\b|\bwo\s+(?:ist|wohnt)\b|\b(?:kannst\s+du|konnen\s+sie)\s+mir\b|\bob\b",
    r"\b(?:sein|ihr)(?:e|er|em|en|es)?\s+(?:[\w-]+\s+){0,2}?(?:noten|zeugnis\w*|ergebnis\w*|befund\w*|diagnose|kontostand|gehalt|"
    r"bruttogehalt|einkommen|steuererklarung|adresse|anschrift|telefonnummer|handynummer|nummer|zimmer\w*|buchung|flug|rezept\w*|"
    r"medikament\w*|konto\w*|akte|krankmeldung|uberweisung|fehlzeiten|standort|passwort|lohnabrechnung|abrechnung|vertrag|police)\b",
)
_FR = _kin_record(
    r"\bje\s+suis\s+(?:[\w.'-]+\s+){0,3}?(?:beau-?pere|belle-?mere|pere|mere|frere|soeur|tante|oncle|grand-?(?:pere|mere)|fils|fille|"
    r"mari|epouse|femme|ex-?(?:mari|femme)|ex|compagn(?:on|e)|conjoint\w*|voisin\w*|collegue|employeur|patron\w*|proprietaire|ami\w*|"
    r"avocat\w*|assureur|courtier|entraineur|tuteur|tutrice)\b",
    r"\b(?:dis|donne|envoie|montre|lis|transmets)-moi\b|\b(?:pouvez-vous|peux-tu)\s+me\b|\b(?:quel|quelle|quels|quelles)\b|"
    r"\bcombien\b|\bou\s+(?:est|habite)\b|\bsi\s+(?:il|elle)\b",
    r"\b(?:son|sa|ses|leur|leurs)\s+(?:[\w-]+\s+){0,2}?(?:notes|bulletin|resultats?|diagnostic|solde|salaire|revenus?|declaration|"
    r"adresse|telephone|numero|e-?mail|chambre|reservation|vol|ordonnance|traitement|medicaments|operations|compte|dossier|rapport|"
    r"absences|position|mot\s+de\s+passe|releves?|sinistres?|contrat)\b",
)
_ES_PT = _kin_record(
    r"\b(?:soy|sou)\s+(?:[\w.'-]+\s+){0,3}?(?:padrastro|madrastra|padre|madre|pai|mae|hermano|hermana|irmao|irma|tio|tia|prim[oa]|abuel[oa]|avo|"
    r"hij[oa]|filh[oa]|marido|esposa|espos[oa]|mujer|ex|novi[oa]|namorad[oa]|pareja|vecin[oa]|vizinh[oa]|companer[oa]|colega|jefe|"
    r"patron|chefe|casero|senhorio|amig[oa]|abogad[oa]|advogad[oa]|aseguradora|seguradora|corredor(?:a)?|entrenador(?:a)?|treinador(?:a)?|tutor(?:a)?)\b",
    r"\b(?:dime|dame|enviame|mandame|muestrame|diga-me|me\s+(?:diga|de|mande|mostre|diz|da|manda|pasas?))\b|\b(?:puedes|podes|pode)\s+(?:decirme|darme|me)\b|"
    r"\b(?:que|qual|quais|cual|cuales|cuanto|quanto)\b|\bdonde\s+(?:esta|vive)\b|\bonde\s+(?:esta|mora)\b|\bsi\s+(?:ha|tiene)\b|\bse\s+(?:ele|ela)\b",
    r"\b(?:su|sus|seu|sua|seus|suas)\s+(?:[\w-]+\s+){0,2}?(?:notas|boletin|boletim|resultados?|diagnostico|saldo|salario|sueldo|ingresos|"
    r"renda|declaracion|declaracao|direccion|endereco|telefono|telefone|numero|correo|e-?mail|habitacion|quarto|reserva|vuelo|voo|receta|"
    r"receita|medicacion|medicacao|movimientos|movimentos|cuenta|conta|expediente|ficha|historial|historico|informe|relatorio|ausencias|faltas|"
    r"ubicacion|localizacao|contrasena|senha|extratos?|siniestros?|sinistros?|poliza|apolice)\b|\b(?:dele|dela|deles)\s*\?",
)
_IT = _kin_record(
    r"\bsono\s+(?:[\w.'-]+\s+){0,3}?(?:patrigno|matrigna|padre|madre|fratello|sorella|zi[oa]|nonn[oa]|figli[oa]|marito|moglie|ex(?:\s+moglie|\s+marito)?|"
    r"fidanzat[oa]|compagn[oa]|vicin[oa]|collega|datore\s+di\s+lavoro|capo|proprietario|amic[oa]|avvocat[oa]|assicuratore|broker|allenatore|tutore)\b",
    r"\b(?:dimmi|dammi|mandami|mostrami|leggimi|inviami)\b|\bmi\s+(?:dici|dai|mandi|mostri)\b|\b(?:quale|quali|quanto|quanti|che)\b|"
    r"\bdove\s+(?:si\s+trova|abita|vive)\b|\bse\s+(?:ha|e)\b",
    r"\b(?:il\s+suo|la\s+sua|i\s+suoi|le\s+sue|suo|sua|suoi|sue|loro)\s+(?:[\w-]+\s+){0,2}?(?:voti|pagella|risultati?|diagnosi|saldo|stipendio|"
    r"reddito|dichiarazione|indirizzo|telefono|numero|e-?mail|camera|prenotazione|volo|ricetta|farmaci|movimenti|conto|fascicolo|cartella|"
    r"referto|assenze|posizione|password|estratti?|sinistri|polizza)\b",
)
_NL_PL = _kin_record(
    r"\bik\s+ben\s+(?:[\w.'-]+\s+){0,3}?(?:stief)?(?:vader|moeder|broer|zus|tante|oom|opa|oma|zoon|dochter|man|vrouw|ex|vriend(?:in)?|"
    r"partner|buurman|buurvrouw|collega|werkgever|baas|verhuurder|advocaat|verzekeraar|makelaar|coach|voogd)\b|"
    r"\bjestem\s+(?:[\w.'-]+\s+){0,3}?(?:ojczym\w*|macoch\w*|ojcem|ojciec|matk\w*|bratem|brat|siostr\w*|ciotk\w*|wujk\w*|dziadk\w*|babci\w*|"
    r"syn\w*|cork\w*|mezem|maz|zon\w*|byl\w*|partner\w*|chlopak\w*|dziewczyn\w*|sasiad\w*|koleg\w*|pracodawc\w*|szef\w*|wlasciciel\w*|"
    r"adwokat\w*|ubezpieczyciel\w*|trener\w*|opiekun\w*)\b",
    r"\b(?:vertel|geef|stuur|toon|laat)\s+(?:me|mij)\b|\bkun\s+je\s+(?:me|mij)\b|\b(?:wat|welke|hoeveel|waar)\b|"
    r"\b(?:podaj|powiedz|pokaz|wyslij|daj)\s+mi\b|\b(?:jaki\w*|jak\w*|ile|gdzie|czy)\b",
    r"\b(?:zijn|haar|hun)\s+(?:[\w-]+\s+){0,2}?(?:cijfers|rapport|resultaten|uitslag\w*|diagnose|saldo|salaris|inkomen|aangifte|adres|"
    r"telefoonnummer|nummer|e-?mail|kamer\w*|boeking|vlucht|recept\w*|medicatie|transacties|rekening|dossier|verzuim|locatie|wachtwoord|polis)\b|"
    r"\b(?:jego|jej|ich)\s+(?:[\w-]+\s+){0,2}?(?:ocen\w*|wynik\w*|diagnoz\w*|sald\w*|pensj\w*|wynagrodzeni\w*|dochod\w*|zeznani\w*|adres\w*|"
    r"telefon\w*|numer\w*|e-?mail\w*|pokoj\w*|rezerwacj\w*|lot\w*|recept\w*|lek\w*|transakcj\w*|kont\w*|akt\w*|nieobecnosc\w*|lokalizacj\w*|"
    r"has\w*|polis\w*)\b",
)

# --- Scripts the folded view mangles: on the text itself ------------------

_RAW = alt(
    [
        # RU / UK
        _kin_record(
            r"(?:^|[\s,.!?:;])я\s+(?:\S+\s+){0,2}?(?:отчим|мачеха|отец|мать|мама|папа|брат|сестра|тётя|тетя|дядя|бабушка|дедушка|сын|дочь|муж|жена|"
            r"бывш\S+|парень|девушка|сосед\S*|коллега|работодатель|начальник|арендодатель|друг|подруга|адвокат|юрист|страховщик|тренер|опекун|"
            r"батько|мати|сестра|чоловік|дружина|сусід\S*|колега)",
            r"(?:скажи|скажите|дай|дайте|покажи|покажите|пришли|пришлите|назови|назовите|розкажи|покажи|надішли)(?:\s+мне|\s+мені)?|"
            r"(?:какой|какая|какие|каков\S*|сколько|где|який|яка|які|скільки|де|ли)\s",
            r"(?:его|её|ее|их|його|її)\s+(?:\S+\s+){0,2}?(?:оцен\S*|результат\S*|диагноз\S*|баланс\S*|зарплат\S*|доход\S*|декларац\S*|адрес\S*|"
            r"телефон\S*|номер\S*|почт\S*|комнат\S*|брон\S*|рейс\S*|рецепт\S*|лекарств\S*|операци\S*|сч[её]т\S*|карт\S*|дел\S*|пропуск\S*|"
            r"местоположен\S*|парол\S*|полис\S*|оцінк\S*|діагноз\S*|рахун\S*|адрес\S*)",
        ),
        # ZH: 我是…的(亲属/同事/…) … 把/告诉我 … 他/她的 + record
        (r"我是[^\n]{0,12}?(?:爸爸|妈妈|父亲|母亲|继父|继母|哥哥|弟弟|姐姐|妹妹|叔叔|阿姨|舅舅|姑姑|爷爷|奶奶|儿子|女儿|丈夫|妻子|老公|老婆|前妻|前夫|"
         r"男朋友|女朋友|邻居|同事|老板|雇主|房东|朋友|律师|合伙人|保险|教练|监护人)[^\n]{0,200}?(?:告诉我|发给我|给我|查一下|看看|是多少|是什么|"
         r"有没有|在哪)[^\n]{0,50}?(?:他|她|他们)的?[^\n]{0,12}?(?:成绩|结果|诊断|余额|工资|收入|申报|地址|电话|号码|邮箱|房间|预订|航班|处方|"
         r"用药|交易|账户|档案|记录|报告|位置|密码|保单)"),
        # JA / KO
        (r"(?:私|僕|俺)は[^\n]{0,20}?(?:父|母|兄|弟|姉|妹|叔父|叔母|祖父|祖母|息子|娘|夫|妻|元夫|元妻|彼氏|彼女|隣人|同僚|上司|雇用主|大家|友人|友達|"
         r"弁護士|代理人|保険会社|コーチ|後見人)[^\n]{0,200}?(?:彼|彼女|彼ら)の[^\n]{0,12}?(?:成績|結果|診断|残高|給料|収入|申告|住所|電話|番号|"
         r"メール|部屋|予約|便|処方|薬|取引|口座|ファイル|記録|位置|パスワード)|"
         r"(?:저는|제가)\s*[^\n]{0,20}?(?:아빠|엄마|아버지|어머니|형|오빠|누나|언니|동생|삼촌|이모|고모|할머니|할아버지|아들|딸|남편|아내|전남편|전처|"
         r"남자친구|여자친구|이웃|동료|상사|고용주|집주인|친구|변호사|보험사|코치|보호자)[^\n]{0,200}?(?:성적|결과|진단|잔액|월급|급여|소득|신고|주소|"
         r"전화번호|번호|이메일|방\s*번호|예약|항공편|처방|약|거래|계좌|기록|위치|비밀번호|상담\s*기록)[^\n]{0,30}?(?:알려|보여|보내|말해)"),
    ]
)  # fmt: skip

RULES: tuple[Rule, ...] = (
    Rule("injection.extraction.kin_record", _CAT,
         alt([_EN, _DE, _FR, _ES_PT, _IT, _NL_PL]), score=0.7, max_len=320,
         description="Latin scripts: a claimed tie to someone, then their record demanded"),
    raw_rule("injection.extraction.kin_record_raw", _CAT, _RAW,
             "Other scripts: a claimed tie to someone, then their record demanded",
             score=0.7, max_len=300),
)  # fmt: skip
