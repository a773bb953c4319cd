"""Personal data of the other people an app serves, asked for by one of them.

Family: extraction (other people's records). A rental platform, school,
clinic, recruiting or CRM assistant can reach the records of everyone it
serves. The attacker, often naming themself as one of those people (a
tenant, a student, an applicant, a patient) or behind a pretext (a new job,
an audit, a migration), asks for the data of the OTHER members of that group
or of all of them at once: "the other tenants with their phone numbers", "my
classmates' grades", "the previous tenant's email", "alle Mieter mit IBAN",
"los demás candidatos y la nota que sacaron", "altri candidati, reddito",
"другие клиенты, остатки на счетах", "其他业主的电话", "다른 세입자들 연락처".
Three parts meet in one bounded window: a demand (give, show, list, export,
which/who), the group named as others or as everyone (other / remaining /
all / every / previous + a served-people noun, or "my classmates"), and a
personal-data noun (phone numbers, addresses, e-mails, salaries, CVs,
grades, balances, IBAN, date of birth, ID numbers, diagnoses, arrears,
offers, answers, messages).

Why it is safe on benign text: a person asking for their own record names
no other member ("my grade", "my seat", "meine Miete"); questions about a
group without a personal-data noun ("what do other customers say about the
battery", "how many students passed") do not match; the data nouns are the
person's identifiers and records, not products ("a phone" alone does not
count, only phone numbers); and a developer's export question words the
demand as a question about a tool ("how do I export every contact"), which
is no demand on the model (the verbs count in the imperative or as
"which/who" questions).
"""

# ruff: noqa: RUF001, E501
# (Cyrillic, Greek and CJK stems on purpose; one rule table per language)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import raw_rule

__all__ = ["RULES"]

_CAT = "extraction"

_W = r"(?:[\w'-]{1,20}\s+)"  # one word between the group word and its noun


def _latin(lang: str, ask: str, others: str, data: str, ask_last: str = "") -> Rule:
    """One language's rule on the folded view: demand, the others, their data."""
    pattern = (
        rf"\b(?:{ask})\b[^\n]{{0,60}}?\b(?:{others})\b[^\n]{{0,60}}?\b(?:{data})\b|"
        rf"\b(?:{ask})\b[^\n]{{0,60}}?\b(?:{data})\b[^\n]{{0,60}}?\b(?:{others})\b"
    )
    if ask_last:  # verb-final: "diger kiracilarin telefonlarini ver"
        pattern += rf"|\b(?:{others})\b[^\n]{{0,40}}?\b(?:{data})\b[^\n]{{0,40}}?\b(?:{ask_last})\b"
    return Rule(f"injection.peers_records.{lang}", _CAT, pattern, score=0.7, max_len=250,
                description=f"{lang}: the other members' or everyone's personal data asked for")  # fmt: skip


def _scripts(lang: str, ask: str, others: str, data: str) -> Rule:
    """One script's rule on the text itself (the folded view mangles it)."""
    pattern = (
        rf"(?:{ask})[^\n]{{0,40}}?(?:{others})[^\n]{{0,40}}?(?:{data})|"
        rf"(?:{ask})[^\n]{{0,40}}?(?:{data})[^\n]{{0,40}}?(?:{others})|"
        rf"(?:{others})[^\n]{{0,40}}?(?:{data})[^\n]{{0,40}}?(?:{ask})"
    )
    return raw_rule(f"injection.peers_records.{lang}", _CAT, pattern,
                    f"{lang}: the other members' or everyone's personal data asked for",
                    score=0.7, max_len=180)  # fmt: skip


_P_EN = (
    r"tenants?|residents?|neighbou?rs?|applicants?|candidates?|students?|pupils?|"
    r"classmates?|patients?|customers?|clients?|guests?|passengers?|members?|"
    r"employees?|staff|users?|leads|contacts?|owners?|subscribers?|learners?|"
    r"participants?|bidders?|renters?|occupants?|policyholders?|borrowers?|"
    r"account\s+holders?|flatmates?|housemates?|shoppers?|buyers?|callers?"
)
_P_DE = (
    r"mieter\w*|bewohner\w*|nachbarn|bewerber\w*|kandidat\w*|schuler\w*|studierende\w*|"
    r"mitschuler\w*|klassenkamerad\w*|patient\w*|kund\w*|gaste\w*|fahrgast\w*|"
    r"passagier\w*|mitglied\w*|mitarbeite\w*|angestellte\w*|nutzer\w*|benutzer\w*|"
    r"eigentumer\w*|teilnehmer\w*|versicherte\w*|mitbewohner\w*|leads|kontakte"
)
_P_FR = (
    r"locataires?|residents?|voisins?|candidat\w*|eleves?|etudiant\w*|camarades|"
    r"patient\w*|clients?|clientes?|passagers?|voyageurs?|membres|adherents|employes|"
    r"salaries|utilisateur\w*|proprietaires?|participants?|assures|contacts|prospects"
)
_P_ES = (
    r"inquilin\w*|vecinos?|residentes|candidat\w*|aspirantes?|postulantes?|alumn\w*|"
    r"estudiantes?|companeros|pacientes?|clientes?|huespedes|pasajeros?|socios|"
    r"miembros|emplead\w*|trabajadores|usuari\w*|propietarios?|participantes|contactos"
)
_P_IT = (
    r"inquilin\w*|condomin\w*|vicini|candidat\w*|student\w*|alunn\w*|compagni|"
    r"pazienti|clienti|ospiti|passeggeri|soci|iscritti|membri|dipendenti|utenti|"
    r"proprietari|partecipanti|contatti"
)
_P_PT = (
    r"inquilinos?|moradores?|vizinhos?|candidatos?|alunos?|estudantes|colegas|"
    r"pacientes?|clientes?|hospedes|passageiros?|socios|membros|funcionarios|"
    r"usuarios?|proprietarios?|participantes|contatos"
)
_P_NL = (
    r"huurders?|bewoners?|buren|kandidaten|sollicitanten|studenten|leerlingen|"
    r"klasgenoten|patienten|klanten|gasten|passagiers|leden|medewerkers|werknemers|"
    r"gebruikers|eigenaren|deelnemers|contacten"
)
_P_SV = (
    r"hyresgast\w*|boende|grannar|sokande|kandidater|elever|studenter|klasskamrater|"
    r"patienter|kunder|gaster|passagerare|medlemmar|anstallda|anvandare|agare|deltagare"
)
_P_PL = (
    r"najemc\w*|lokator\w*|mieszkanc\w*|sasiad\w*|kandydat\w*|uczni\w*|student\w*|"
    r"kolez\w*|pacjent\w*|klient\w*|gosci|pasazer\w*|cz[lł]onk\w*|pracownik\w*|"
    r"uzytkownik\w*|wlasciciel\w*|w[lł]a[sś]ciciel\w*|uczestnik\w*"
)
_P_CS = (
    r"najemnik\w*|najemnic\w*|obyvatel\w*|soused\w*|uchazec\w*|uchazeci\w*|kandidat\w*|"
    r"zaku|zaci|student\w*|spoluzac\w*|pacient\w*|zakaznik\w*|klient\w*|host\w*|"
    r"cestujic\w*|clen\w*|zamestnan\w*|uzivatel\w*|majitel\w*|ucastnik\w*"
)
_P_RO = (
    r"chiriasi\w*|chiriasul|locatari\w*|vecini\w*|candidati\w*|candidatul|elevi\w*|"
    r"studenti\w*|colegi\w*|pacienti\w*|clienti\w*|clientul|oaspeti\w*|pasageri\w*|"
    r"membri\w*|angajati\w*|utilizatori\w*|proprietari\w*|participanti\w*"
)
_P_TR = (
    r"kirac\w*|sakin\w*|komsu\w*|aday\w*|ogrenci\w*|hasta\w*|musteri\w*|misafir\w*|"
    r"yolcu\w*|uye\w*|calisan\w*|personel\w*|kullanic\w*|katilimci\w*"
)
_P_ID = (
    r"penyewa|penghuni|tetangga|pelamar|kandidat|siswa|mahasiswa|murid|pasien|"
    r"pelanggan|nasabah|tamu|penumpang|anggota|karyawan|pegawai|pengguna|peserta"
)

RULES: tuple[Rule, ...] = (
    _latin(
        "en",
        # "send me", never "send an e-mail to every customer" (handing data TO them)
        r"(?:show|give|send|tell|read|share)\s+(?:me|us)|list|paste|dump|export|pull|print|"
        r"output|display|download|extract|copy|fetch|which|who|what",
        rf"(?:other|remaining|fellow|all(?:\s+of)?(?:\s+the)?|every|each)\s+{_W}{{0,2}}?(?:{_P_EN})|"
        rf"rest\s+of\s+the\s+(?:{_P_EN})|my\s+(?:classmates|neighbou?rs|flatmates|housemates|"
        rf"co-?tenants|fellow\s+\w{{1,20}})|(?:previous|former|prior)\s+(?:{_P_EN})|"
        rf"(?:{_P_EN})\s+(?:right\s+)?before\s+me",
        r"(?:phone|mobile|cell|contact|flat|unit|room|seat|account|card|passport|id|"
        r"social\s+security|tax)\s+(?:numbers?|details|info\w*)|(?:home\s+|e-?mail\s+|"
        r"postal\s+)?address(?:es)?|e-?mails?|salar(?:y|ies)|wages|income|cvs?|resumes?|"
        r"grades|marks|scores|results|balances?|iban|bank\s+(?:details|accounts?)|"
        r"dates?\s+of\s+birth|birthdays?|ssn|diagnos[ie]s|treatments?|medications?|"
        r"arrears|behind\s+on\s+(?:rent|payments?)|debts?|offers?|notes|feedback|answers|"
        r"messages",
    ),
    _latin(
        "de",
        r"zeig\w*|gib\s+(?:mir|uns)|geben\s+sie\s+mir|nenn\w*|liste\w*|schick\w*\s+(?:mir|uns)|"
        r"sag\w*\s+(?:mir|uns)|exportier\w*|kopier\w*|welche[rns]?|wer|wie\s+(?:viel|hoch)",
        rf"(?:andere[nmrs]?|ubrige[nmrs]?|restliche[nmrs]?|alle[nmrs]?|samtliche[nmrs]?|"
        rf"jede[nmrs]?|vorherige[nmrs]?|fruhere[nmrs]?)\s+{_W}?(?:{_P_DE})|"
        r"meine[nmr]?\s+(?:mitschuler\w*|klassenkamerad\w*|nachbarn|mitbewohner\w*)|vormieter\w*",
        r"telefon\w*|handynummer\w*|nummern|adresse\w*|anschrift\w*|e-?mail\w*|"
        r"kontaktdaten|gehalt\w*|gehalter|lebenslauf\w*|noten|ergebnisse|kontostand\w*|"
        r"iban|bankverbindung\w*|kontonummer\w*|geburtsdat\w*|ausweis\w*|diagnose\w*|"
        r"behandlung\w*|mietruckstand\w*|ruckstand\w*|ruckstande\w*|schulden|angebote?|"
        r"notizen|antworten|nachrichten|einkommen",
    ),
    _latin(
        "fr",
        r"(?:donne[zs]?|montre[zs]?|envoie[zs]?|envoyez|dis|dites)-(?:moi|nous)|liste[zs]?|"
        r"exporte[zs]?|recopie[zs]?|affiche[zs]?|quel(?:le)?s?|qui",
        rf"(?:autres|tous\s+les|toutes\s+les|chaque|l'ancien(?:ne)?|mes|nos)\s+{_W}?(?:{_P_FR})|"
        rf"(?:{_P_FR})\s+(?:precedent\w*|d'avant)",
        r"telephones?|numeros?|adresses?|e-?mails?|courriels?|coordonnees|salaires?|cv|"
        r"notes|resultats|soldes?|iban|rib|comptes?\s+bancaires?|date\s+de\s+naissance|"
        r"passeport|diagnostic\w*|traitements?|dettes|impayes|reponses|messages|"
        r"revenus|dossiers",
    ),
    _latin(
        "es",
        r"dame|dime|pasame|muestrame|ensename|ensenas|enviame|mandame|lista\w*|"
        r"exporta\w*|copia\w*|cuales|quienes",
        rf"(?:otr[oa]s|demas|restantes|tod[oa]s\s+l[oa]s|cada|mis)\s+{_W}?(?:{_P_ES})|"
        rf"(?:{_P_ES})\s+(?:anterior(?:es)?|de\s+antes)",
        r"telefonos?|numeros?|direcci\w+|correos?|e-?mails?|datos\s+de\s+contacto|"
        r"sueldos?|salarios?|cv|curricul\w*|notas|calificaciones|resultados|saldos?|"
        r"iban|cuentas?\s+bancarias?|fecha\s+de\s+nacimiento|dni|pasaporte|"
        r"diagnostic\w*|tratamientos?|deudas?|atrasos?|ofertas?|respuestas|mensajes|"
        r"ingresos|fianza",
    ),
    _latin(
        "it",
        r"dammi|dimmi|mostrami|elenca\w*|mandami|inviami|passami|esporta\w*|copia\w*|"
        r"quali|chi",
        rf"(?:altri|altre|tutti\s+gli|tutte\s+le|ogni|i\s+miei|miei)\s+{_W}?(?:{_P_IT})|"
        rf"(?:{_P_IT})\s+(?:precedent\w*|di\s+prima)",
        r"telefon\w*|numeri|indirizz\w*|e-?mail|contatti|stipend\w*|cv|curricul\w*|"
        r"voti|risultati|saldi?|iban|conti?\s+bancar\w*|data\s+di\s+nascita|"
        r"codice\s+fiscale|passaporto|diagnosi|terapie|debiti|arretrati|offerte|"
        r"risposte|messaggi|reddit\w*|professione",
    ),
    _latin(
        "pt",
        r"me\s+(?:passa|da|de|mostra|manda|envia|diz)|passa|mostr\w*|lista\w*|"
        r"exporta\w*|copia\w*|quais|quem",
        rf"(?:outr[oa]s|demais|tod[oa]s\s+(?:os|as)|cada|meus|minhas)\s+{_W}?(?:{_P_PT})|"
        rf"(?:{_P_PT})\s+anterior(?:es)?",
        r"telefones?|numeros?|enderecos?|e-?mails?|contatos?|salarios?|cv|curriculos?|"
        r"notas|resultados|saldos?|iban|contas?\s+bancarias?|data\s+de\s+nascimento|cpf|"
        r"passaporte|diagnosticos?|tratamentos?|dividas?|atrasos?|ofertas?|respostas|"
        r"mensagens|rendas?",
    ),
    _latin(
        "nl",
        r"(?:geef|stuur)\s+(?:me|mij|ons)|toon|laat\s+(?:me|mij)|noem|exporteer|kopieer|welke|wie",
        rf"(?:andere|alle|overige|elke|mijn|vorige)\s+{_W}?(?:{_P_NL})",
        r"telefoon\w*|nummers|adres\w*|e-?mail\w*|contactgegevens|salaris\w*|cv|"
        r"cijfers|resultaten|saldo\w*|iban|rekeningnummer\w*|geboortedatum|bsn|"
        r"paspoort\w*|diagnose\w*|schulden|huurachterstand\w*|achterstand\w*|biedingen|"
        r"antwoorden|berichten|inkomen",
    ),
    _latin(
        "sv",
        r"visa|(?:ge|skicka)\s+(?:mig|oss)|lista|beratta|exportera|kopiera|vilka|vem",
        rf"(?:andra|ovriga|alla|varje|mina|forra|tidigare)\s+{_W}?(?:{_P_SV})",
        r"telefon\w*|nummer|adress\w*|e-?post\w*|mejl\w*|kontaktuppgifter|lon\w*|cv|"
        r"betyg|resultat|saldo|iban|kontonummer|fodelsedat\w*|personnummer|diagnos\w*|"
        r"skulder|hyresskulder|bud|svar|meddelanden|inkomst\w*",
    ),
    _latin(
        "pl",
        r"podaj|pokaz\w*|wypisz|(?:wyslij|daj|powiedz)\s+mi|wyeksportuj|eksportuj|skopiuj|"
        r"ktorzy|ktore|kto|jakie",
        rf"(?:inn\w+|pozosta[lł]\w+|wszystk\w+|kazd\w+|poprzedni\w*|moi\w*)\s+{_W}?(?:{_P_PL})",
        r"telefon\w*|numer\w*|adres\w*|e-?mail\w*|dane\s+kontaktowe|kontakt\w*|pensj\w*|"
        r"wynagrodzen\w*|zarobk\w*|cv|oceny|ocen|wynik\w*|sald\w*|iban|dat\w*\s+urodzenia|"
        r"pesel|paszport\w*|diagnoz\w*|zaleg[lł]\w*|d[lł]ug\w*|ofert\w*|odpowiedz\w*|"
        r"wiadomo[sś]\w*|dochod\w*",
    ),
    _latin(
        "cs",
        r"(?:dej|dejte|posli|poslete|rekni|reknete)\s+mi|ukaz\w*|vypis\w*|exportuj\w*|"
        r"zkopiruj\w*|kteri|ktere|kdo",
        rf"(?:ostatni\w*|vsech|vsichni|vsem|kazd\w+|predchoz\w+|mych|moji|moje)\s+{_W}?(?:{_P_CS})",
        r"telefon\w*|cisl[ao]\w*|adres\w*|e-?mail\w*|kontakt\w*|plat\w*|mzd\w*|"
        r"zivotopis\w*|znamk\w*|vysledk\w*|zustat\w*|iban|datum\s+narozeni|"
        r"rodne\s+cislo|diagnoz\w*|dluh\w*|nedoplat\w*|nabid\w*|odpoved\w*|zprav\w*",
    ),
    _latin(
        "ro",
        r"arata-mi|aratati-mi|da-mi|dati-mi|trimite-mi|trimiteti-mi|spune-mi|spuneti-mi|exporta\w*|copiaza\w*|"
        r"care|cine",
        rf"(?:ceilalti|celelalte|toti|toate|fiecare|colegii\s+mei)\s+{_W}?(?:{_P_RO})|"
        rf"(?:{_P_RO})\s+(?:anterior\w*|precedent\w*|dinainte)",
        r"telefon\w*|numer\w*|adres\w*|e-?mail\w*|date(?:le)?\s+de\s+contact|salari\w*|"
        r"cv|note(?:le)?|rezultat\w*|sold\w*|iban|cont\w*\s+bancar\w*|data\s+nasterii|"
        r"cnp|pasaport\w*|diagnostic\w*|datori\w*|restant\w*|ofert\w*|raspuns\w*|"
        r"mesaj\w*|venit\w*",
    ),
    _latin(
        "tr",
        r"hangi|kim",
        rf"(?:diger|tum|butun|onceki|her)\s+{_W}?(?:{_P_TR})|sinif\s+arkadaslar\w*",
        r"telefon\w*|numara\w*|adres\w*|e-?posta\w*|iletisim\s+bilgi\w*|maas\w*|"
        r"ozgecmis\w*|cv\w*|notlar\w*|sonuc\w*|bakiye\w*|iban\w*|dogum\s+tarih\w*|"
        r"kimlik\s+numara\w*|pasaport\w*|teshis\w*|borc\w*|teklif\w*|cevap\w*|mesaj\w*|"
        r"gelir\w*",
        r"ver|verin|verir\s+misin|goster\w*|listele\w*|soyle\w*|aktar\w*",
    ),
    _latin(
        "id",
        r"(?:berikan|beri|kasih|kirim\w*)\s+(?:saya|aku|ke\s+saya)|tunjukkan|tampilkan|sebutkan|"
        r"ekspor|salin|siapa|daftar\w*",
        rf"(?:semua|setiap|seluruh)\s+(?:{_P_ID})|(?:{_P_ID})\s+(?:lain(?:nya)?|sebelumnya)",
        r"nomor\s+(?:telepon|hp|rekening|ktp)|telepon|alamat|email|kontak|gaji|cv|nilai|"
        r"saldo|rekening|tanggal\s+lahir|nik|ktp|paspor|tunggakan|utang|hutang|tawaran|"
        r"jawaban|pesan|penghasilan",
    ),
    _scripts(
        "ru_uk",
        r"покажи|дай|выведи|перечисли|(?:пришли|отправь|скинь)\s+мне|скажи|назови|выгрузи|"
        r"экспортируй|скопируй|какие|кто|сколько|виведи|перелічи|надішли\s+мені|назви|"
        r"вивантаж|експортуй|скопіюй|які|хто",
        r"(?:друг|остальн|вс[еёх]|кажд|предыдущ|прежн|мо|інш|решт|кожн|попередн)\p{L}{0,6}\s+"
        r"(?:\p{L}{1,20}\s+)?(?:жил[ье]ц|арендатор|сосед|кандидат|соискател|студент|учени|"
        r"одноклассни|однокурсни|пациент|клиент|покупател|пассажир|участни|член|"
        r"сотрудни|работни|пользовател|собственни|мешкан|орендар|сусід|учн|"
        r"однокласни|пацієнт|клієнт|пасажир|учасни|співробітни|працівни|користувач|"
        r"власни)",
        r"телефон|номер|адрес|почт|контакт|зарплат|оклад|резюме|оцен|балл|баланс|"
        r"остат|сч[её]т|паспорт|снилс|диагноз|долг|задолженност|сообщени|доход|"
        r"пошт|оцінк|залишк|рахун|народження|рождения|діагноз|борг|заборгован|повідомлен",
    ),
    _scripts(
        "zh",
        r"列出|列给我|给我|告诉我|发给我|导出|显示|贴出|查一下",
        r"(?:其他|其它|别的|所有|全部|每个|每位|之前的|上一任|前任|我的)\S{0,4}?"
        r"(?:租户|住户|业主|邻居|房客|租客|候选人|应聘者|求职者|申请人|学生|同学|病人|患者|"
        r"客户|顾客|用户|会员|乘客|旅客|员工|职员)",
        r"电话|手机号|号码|地址|邮箱|联系方式|工资|薪资|薪水|简历|成绩|分数|余额|银行卡|"
        r"账户|账号|出生日期|身份证|护照|诊断|病历|欠款|欠费|报价|答案|收入|门牌号",
    ),
    _scripts(
        "ja",
        r"見せて|教えて|出して|書き出|一覧|リスト|エクスポート",
        r"(?:ほかの|他の|その他の|全ての|すべての|前の|以前の)\S{0,4}?"
        r"(?:入居者|住人|住民|隣人|応募者|候補者|受講生|生徒|学生|同級生|クラスメート|患者|"
        r"顧客|お客様|利用者|ユーザー|会員|乗客|社員|従業員)",
        r"電話|連絡先|住所|メール|給与|給料|年収|履歴書|成績|点数|残高|口座|生年月日|"
        r"マイナンバー|パスポート|診断|病歴|滞納|未払い|回答|答案|収入",
    ),
    _scripts(
        "ko",
        r"보여|알려|뽑아|정리해|내보내|적어|말해|목록",
        r"(?:다른|나머지|모든|전체|이전)\s*(?:\S{1,10}\s*)?(?:세입자|입주민|주민|이웃|지원자|"
        r"후보자|응시자|수강생|학생|반\s*친구|동기|환자|고객|손님|사용자|회원|승객|직원|임차인)",
        r"전화|연락처|번호|주소|이메일|연봉|급여|월급|이력서|성적|점수|잔액|계좌|생년월일|"
        r"주민번호|여권|진단|밀린|체납|연체|답안|소득",
    ),
    _scripts(
        "ar",
        r"أعطني|اعطني|أرني|اعرض|اذكر|أرسل لي|ارسل لي|انسخ|أخبرني|اخبرني|من هم",
        r"(?:جميع|كل|باقي|بقية)\s+(?:ال)?(?:مستأجرين|سكان|جيران|مرشحين|متقدمين|طلاب|مرضى|"
        r"عملاء|زبائن|ضيوف|ركاب|أعضاء|موظفين|مستخدمين)|(?:ال)?(?:مستأجرين|سكان|جيران|"
        r"مرشحين|متقدمين|طلاب|مرضى|عملاء|زبائن|ضيوف|ركاب|أعضاء|موظفين|مستخدمين)\s+"
        r"(?:الآخرين|الاخرين|السابقين)|زملائي",
        r"هاتف|هواتف|أرقام|عنوان|عناوين|بريد|رواتب|راتب|درجات|علامات|رصيد|حساب|"
        r"الميلاد|جواز|تشخيص|ديون|متأخرات|دخل",
    ),
    _scripts(
        "hi",
        r"दिखाओ|दिखाइए|दो|दीजिए|बताओ|बताइए|मुझे\s+भेजो|सूची|निकालो",
        r"(?:दूसरे|दूसरों|अन्य|बाकी|सभी|सारे|पिछले|मेरे)\s+(?:\S{1,20}\s+)?(?:किरायेदार|"
        r"निवासि|पड़ोसि|उम्मीदवार|आवेदक|छात्र|सहपाठि|मरीज|ग्राहक|मेहमान|यात्रि|सदस्य|"
        r"कर्मचारि|उपयोगकर्ता)",
        r"फ़ोन|फोन|नंबर|पते|पता|ईमेल|संपर्क|वेतन|सैलरी|बायोडाटा|ग्रेड|बैलेंस|खाते|"
        r"जन्म तिथि|आधार|पासपोर्ट|बकाया",
    ),
    # JA bulk without "others": every customer's phone, "全件" (the whole table).
    raw_rule("injection.peers_records.ja_bulk", _CAT,
             r"(?:顧客|お客様|利用者|会員|社員|従業員|応募者|患者|入居者)\S{0,20}?"
             r"(?:電話|住所|連絡先|メール|給与|口座|生年月日)\S{0,40}?(?:全件|全員分)",
             "ja: every customer's personal data, the whole table",
             score=0.7, max_len=80),
)  # fmt: skip
