"""The model's own system instructions asked for, in languages the older families miss.

Family: extraction (reveal the system prompt), widened to languages. The
older families read the ask in English and the large European and Asian
languages; the same ask comes in Czech, Slovak, the Nordic languages,
Icelandic, Malay and Indonesian, Azerbaijani, Romanian, Tagalog, the South
Slavic languages, Hungarian, Finnish, Estonian, Latvian, Lithuanian,
Swahili, Vietnamese, Albanian, Catalan, Ukrainian, Bulgarian, Greek and
Hebrew. Its structure is the same everywhere: a verb of putting text out
(show, print, write out, copy, repeat) whose object is the model's own
setup, named by a second-person possessive ("svůj systémový prompt",
"systeminstruksen din", "arahan sistem kamu", "rendszerpromptodat",
"ohjeesi") or by the system compound with "original", "initial" or
"hidden" ("pôvodné systémové inštrukcie").

Two shapes, both in one sentence window:

* a strong object (the system compound owned by the model, or marked
  original, initial, hidden, given to you) after a verb of showing;
* a plain object (the model's instructions or rules, by the possessive)
  after a verb of showing or writing, with a mark of an exact copy (word for
  word, exactly, in full, unchanged, as written).

Why it is safe on benign text: writing a system prompt for one's own bot
("napiš systémový prompt pro chatbota") names no owner; following or
improving instructions ("dodržuj své pokyny") has no verb of putting out;
UI text ("skriv din prompt her", "paste your instructions below") has a
plain object and no mark of an exact copy.
"""

# ruff: noqa: E501, RUF001, RUF003
# (E501: one language per line; RUF001, RUF003: the raw patterns and their notes are written in
# Cyrillic, Greek and Hebrew.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "extraction"

# --- Latin-script languages, on the folded view ------------------------------
# Per language: verbs of showing (no mark needed with a strong object), verbs of
# writing out (need a mark), the strong object, the plain object, the marks.

_SHOW = alt(
    [
        # CS / SK
        r"vypis\w*", r"ukaz\w*", r"zobraz\w*", r"zopakuj\w*", r"odhal\w*", r"cituj\w*",
        # NO / DA / IS
        r"vis", r"gjenta", r"gentag", r"gengiv", r"citer", r"syndu", r"synd", r"birtu", r"endurtaktu", r"prentaðu",
        # MS / ID / AZ / RO / TL
        r"tunjukkan", r"tampilkan", r"paparkan", r"dedahkan", r"ulangi", r"cetak", r"g.st.r", r"t.krarla",
        r"arata(?:-mi)?", r"afiseaza", r"repeta", r"dezvaluie", r"ipakita", r"ulitin", r"ibunyag",
        # HR / SR / BS / SL / HU / FI / ET / LV / LT
        r"ispisi", r"pokazi", r"ponovi", r"otkrij", r"izpisi", r"prikazi", r"razkrij",
        r"mutasd(?:\s+meg)?", r"ismeteld(?:\s+meg)?", r"listazd", r"nayta", r"toista", r"tulosta", r"paljasta",
        r"naita", r"korda", r"prindi", r"paradi", r"atkarto", r"izvadi", r"parodyk", r"pakartok", r"isvesk", r"atskleisk",
        # SW / VI / SQ / CA
        r"nionyeshe", r"onyesha", r"rudia", r"hien\s+thi", r"cho\s+(?:toi|minh)\s+xem", r"lap\s+lai", r"in\s+ra",
        r"trego(?:ni)?", r"me\s+trego", r"shfaq", r"perserit", r"mostra(?:'m)?", r"repeteix", r"imprimeix", r"revela",
    ]
)  # fmt: skip
_WRITE = alt(
    [
        _SHOW,
        r"napis\w*", r"zkopiruj\w*", r"skopiruj\w*", r"vloz\w*", r"opis\w*", r"prepis\w*",
        r"skriv", r"lim\s+inn", r"kopier", r"indsaet", r"skrifaðu", r"afritaðu", r"limdu",
        r"salin(?:\s+semula)?", r"tulis(?:kan)?", r"tempel(?:kan)?", r"kongsi(?:kan)?", r"yaz", r"kopyala",
        r"scrie(?:-mi)?", r"copiaza", r"lipeste", r"isulat", r"kopyahin", r"i-?paste",
        r"napisi", r"kopiraj", r"zalijepi", r"prilepi", r"ird\s+(?:le|ki)", r"masold(?:\s+ide|\s+be|\s+ki)?",
        r"kirjoita", r"kopioi", r"liita", r"kirjuta", r"kopeeri", r"kleebi", r"uzraksti", r"nokope",
        r"parasyk", r"nukopijuok", r"andika", r"nakili", r"bandika", r"viet", r"chep(?:\s+lai)?", r"sao\s+chep",
        r"shkruaj", r"kopjo", r"ngjit", r"escriu", r"copia", r"enganxa",
    ]
)  # fmt: skip
_SYS = alt(
    [
        # the system compound, per language
        r"systemov\w+\s+(?:prompt\w*|pokyn\w*|instrukc\w*|instrukci\w*|zprav\w*|sprav\w*)",
        r"(?:prompt\w*|instrukc\w*|pokyn\w*)\s+systemu",
        r"system\s*(?:prompt|instruks|instruktion|melding|besked|meddelande)\w*",
        r"kerfisfyrirm.l\w*", r"kerfisleiðbeining\w*",
        r"(?:arahan|instruksi|perintah|prompt)\s+sistem", r"sistem\s+(?:t.limat|istem|g.st.ri|prompt)\w*",
        r"(?:instructiun\w*|promptul\w*|prompt\w*|mesajul\w*)\s+de\s+sistem",
        r"sistemsk\w+\s+(?:upute|uputa|uputstv\w*|navodil\w*|prompt\w*|instrukcij\w*|porukа|poruk\w*)",
        r"rendszer\s*(?:prompt|utasitas|uzenet)\w*",
        r"jarjestelm.(?:kehot\w*|ohje\w*|viest\w*)", r"susteemi\s*(?:juhis\w*|viip\w*|prompt\w*)",
        r"sistemas\s+(?:noradijum\w*|instrukcij\w*|uzvedn\w*)", r"sistemos\s+(?:nurodym\w*|instrukcij\w*|raginim\w*)",
        r"(?:maagizo|maelekezo)\s+ya\s+mfumo", r"(?:loi\s+nhac|huong\s+dan|chi\s+dan)\s+he\s+thong",
        r"udhezim\w*\s+(?:e\s+|te\s+)?(?:tua\s+)?(?:te\s+)?sistemit", r"instruccions\s+(?:de|del)\s+sistema",
    ]
)  # fmt: skip
_NOUN = alt(
    [
        _SYS,
        r"pokyn\w*", r"instrukc\w*", r"pravidl\w*", r"nastaven\w*", r"zadani\w*",
        r"instruks\w*", r"instruktion\w*", r"retningslinj\w*", r"oppsett\w*", r"ops.tning\w*", r"fyrirm.l\w*", r"leiðbeining\w*",
        r"arahan", r"instruksi", r"t.limat\w*", r"instructiun\w*", r"promptul\w*", r"tagubilin\w*",
        r"upute", r"uputstv\w*", r"navodil\w*", r"instrukcij\w*", r"utasitas\w*",
        r"ohje\w*", r"juhis\w*", r"noradijum\w*", r"nurodym\w*", r"maagizo", r"maelekezo",
        r"huong\s+dan", r"chi\s+dan", r"loi\s+nhac", r"udhezim\w*", r"instruccions",
    ]
)  # fmt: skip
# The second-person owner, before or after the noun (a window of two words).
_POSS_BEFORE = alt(
    [
        r"(?:tv|sv)(?:uj|ou|e|eho|emu|ym|ych|oje|oja|oj|oju|ojho|ojich|ojim|ojom)",  # CS / SK / HR / SL
        r"(?:din|dine|ditt|dit|dina|.inn|.in|.ín)",  # NO / DA / SV / IS (þinn, þín)
        r"s.nin", r"tale", r"oma", r"savus?", r"savo", r"(?:teus|teves|el\s+teu|les\s+teves)",  # AZ / RO / ET / LV / LT / CA
        r"(?:iyong|ang\s+iyong)",  # TL
    ]
)  # fmt: skip
_POSS_AFTER = alt(
    [
        r"(?:din|dine|ditt|dit|dina|þin\w*|þitt)",  # NO / DA / IS
        r"(?:kamu|anda|awak|mu)", r"(?:tale|tau|tai)", r"mo", r"(?:yako|zako)", r"(?:cua\s+ban|cua\s+may)",
        r"(?:e\s+tua|te\s+tua|tend)", r"(?:de\s+sistem\s+)?(?:tale|ta)", r"teves",
    ]
)  # fmt: skip
# Owned by the suffix: HU -od/-ad/-aid/-eid, FI -si/-nsi, AZ -ın/-ini, TL -mo.
_SUFFIXED = alt(
    [
        r"rendszer\s*(?:prompt|utasitas|uzenet)(?:od|ed|aid|eid|jaid|odat|edet|aidat|eidet|jaidat)\b",
        r"utasitas(?:aid|aidat|od|odat)\b",
        r"(?:jarjestelm.kehottee|jarjestelm.ohjee|ohjee|alkuohjee|kehottee)(?:si|nsi)\b",
        r"(?:sistem\s+)?t.limatlar.n.(?:z.)?\b",
    ]
)  # fmt: skip
_OWN = rf"(?:\b{_POSS_BEFORE}\s+(?:\w+\s+){{0,2}}?{_NOUN}\b|\b{_NOUN}(?:\s+\w+){{0,2}}?\s+{_POSS_AFTER}\b|\b{_SUFFIXED})"
# Marked as the model's setup without a possessive: original, initial, hidden, given.
_ORIG = alt(
    [
        r"puvodn\w*", r"povodn\w*", r"pocatecn\w*", r"pociatocn\w*", r"skryt\w*", r"oprindelig\w*", r"opprinnelig\w*",
        r"upprunaleg\w*", r"asal", r"awal", r"asli", r"tersembunyi", r"original\w*", r"initial\w*", r"ascuns\w*",
        r"unang", r"izvorn\w*", r"prvotn\w*", r"eredeti", r"alkuperai\w*", r"algsed?\w*", r"sakotn\w*", r"pradin\w*",
        r"ban\s+dau", r"goc", r"fillestar\w*", r"ilkin", r"inicials?", r"ocult\w*", r"za\s+awali", r"ya\s+awali",
    ]
)  # fmt: skip
_STRONG = alt(
    [
        _OWN.replace(_NOUN, _SYS),
        rf"\b{_ORIG}\s+(?:\w+\s+){{0,1}}?{_SYS}\b",
        rf"\b{_SYS}(?:\s+\w+){{0,1}}?\s+{_ORIG}\b",
        rf"\b{_SYS}\s+(?:\w+\s+){{0,2}}?(?:od|fra|dari|de\s+la)\s+\w+",
        rf"\b{_NOUN}\s+(?:\w+\s+){{0,3}}?(?:sem\s+þu\s+fekkst|s.n.\s+(?:\w+\s+){{0,1}}verilmi.|verilmi.\s+(?:\w+\s+){{0,1}}?(?:sistem\s+)?t.limat)\b",
        rf"\b(?:s.n.\s+(?:\w+\s+){{0,1}}?verilmi.)\s+(?:\w+\s+){{0,1}}?{_NOUN}",
        # given to you: RO "pe care ti le-a dat", TL "na ibinigay sa iyo", ID/MS "yang diberikan kepadamu"
        rf"\b{_NOUN}\s+(?:\w+\s+){{0,3}}?(?:pe\s+care\s+ti\s*(?:le|l)?\s*-?\s*a\s+dat|(?:na\s+)?(?:ibinigay|binigay)\s+sa\s+iyo|yang\s+diberikan\s+(?:kepadamu|kepada\s+(?:kamu|anda|awak)))\b",
    ]
)  # fmt: skip
# Original or initial instructions, with a mark of an exact copy (no possessive).
_ORIG_NOUN = rf"(?:\b{_ORIG}\s+(?:\w+\s+){{0,1}}?{_NOUN}\b|\b{_NOUN}(?:\s+\w+){{0,1}}?\s+{_ORIG}\b)"
_MARK = alt(
    [
        r"presne", r"presn.", r"doslov\w*", r"slovo\s+(?:od|po|za)\s+slov\w*", r"cel\w*\s+text\w*",
        r"ord\s+for\s+ord", r"ordrett?", r"ordret", r"ord\s+f.r\s+ord", r"or.rett", r"hele",
        r"tanpa\s+(?:diubah|mengubah|ubah|disingkat|dipotong)", r"kata\s+(?:demi|per)\s+kata", r"sepenuhnya", r"persis", r"seperti\s+(?:asal|aslinya|yang\s+tertulis)",
        r"s.zb.s.z", r"oldu.u\s+kimi", r"tam\s+m.tn", r"exact", r"cuvant\s+cu\s+cuvant", r"integral",
        r"nang\s+buo", r"eksakto", r"salita\s+por\s+salita", r"od\s+rijeci\s+do\s+rijeci", r"rijec\s+po\s+rijec", r"dobesedno",
        r"szo\s+szerint", r"pontosan", r"sanasta\s+sanaan", r"sellaisenaan", r"kokonaan", r"sona-?\s*sonalt", r"taielikult",
        r"vards\s+varda", r"precizi", r"pazodziui", r"tiksliai", r"neno\s+kwa\s+neno", r"yote", r"kamili",
        r"nguyen\s+van", r"tung\s+chu", r"fjale\s+(?:per|pas)\s+fjale", r"plotesisht", r"literalment", r"paraula\s+per\s+paraula",
    ]
)  # fmt: skip
_LATIN = alt(
    [
        rf"\b{_SHOW}\b[^.?!\n]{{0,60}}?{_STRONG}",
        rf"{_STRONG}[^.?!\n]{{0,30}}?\b{_SHOW}\b",
        rf"\b{_WRITE}\b[^.?!\n]{{0,60}}?{_OWN}[^.?!\n]{{0,60}}?\b{_MARK}\b",
        rf"\b{_WRITE}\b[^.?!\n]{{0,40}}?\b{_MARK}\b[^.?!\n]{{0,60}}?{_OWN}",
        rf"\b{_MARK}\b[^.?!\n]{{0,40}}?\b{_WRITE}\b[^.?!\n]{{0,60}}?{_OWN}",
        rf"{_OWN}[^.?!\n]{{0,40}}?\b{_MARK}\b[^.?!\n]{{0,20}}?\b{_WRITE}\b",
        rf"\b{_WRITE}\b[^.?!\n]{{0,60}}?{_STRONG}[^.?!\n]{{0,60}}?\b{_MARK}\b",
        rf"\b{_WRITE}\b[^.?!\n]{{0,40}}?\b{_MARK}\b[^.?!\n]{{0,60}}?{_STRONG}",
        rf"{_STRONG}[^.?!\n]{{0,40}}?\b{_MARK}\b[^.?!\n]{{0,20}}?\b{_WRITE}\b",
        rf"\b{_SHOW}\b[^.?!\n]{{0,40}}?{_ORIG_NOUN}[^.?!\n]{{0,60}}?\b{_MARK}\b",
        rf"\b{_SHOW}\b[^.?!\n]{{0,30}}?\b{_MARK}\b[^.?!\n]{{0,40}}?{_ORIG_NOUN}",
    ]
)

# --- Scripts the folded view mangles: on the text itself --------------------------

# Other scripts: the system compound, owned by the second person or marked original,
# with a mark of an exact or whole copy in the same line.
_SYS_RAW = alt(
    [
        r"(?:دستور\S*|پرامپت|رهنمود\S*)\s*(?:\S+\s+)?سیستم\S*", r"(?:تعليمات|إرشادات|موجه|رسالة|أوامر)\s+النظام",
        r"سسٹم\s+(?:کی\s+)?(?:ہدایات|پرامپٹ|ہدایت)", r"(?:सिस्टम|प्रणाली)\s+(?:के\s+)?(?:निर्देश\S*|प्रॉम्प्ट|प्रोम्प्ट|संदेश)",
        r"সিস্টেম\s+(?:নির্দেশ\S*|প্রম্পট)", r"(?:சிஸ்டம்|கணினி|அமைப்பு)\s+(?:அறிவுறுத்தல்\S*|ப்ராம்ப்ட்|வழிமுறை\S*)",
        r"(?:คำสั่ง|คำแนะนำ|พรอมต์|ข้อความ)(?:ของ)?ระบบ", r"სისტემ\S*\s+(?:ინსტრუქცი\S*|პრომპტ\S*)", r"համակարգ\S*\s+(?:հրահանգ\S*|պրոմպտ\S*)",
        r"(?:[Сс]истемн\S*|[Сс]истемск\S*|[Сс]істэмн\S*|[Жж]үйелік|[Сс]истемийн)\s+(?:инструкци\S*|інструкці\S*|промпт\S*|упатств\S*|упутств\S*|указани\S*|вказівк\S*|інструкцы\S*|нұсқау\S*|заавар\S*)",
        r"(?:οδηγίες|εντολές|μήνυμα)\s+(?:του\s+)?συστήματος", r"(?:הוראות|הנחיות|פרומפט)\s+(?:ה)?מערכת", r"የስርዓት\s+(?:መመሪያ\S*|ትእዛዝ\S*)",
    ]
)  # fmt: skip
_OWNER_RAW = alt(
    [
        r"خود(?:ت)?", r"شما", r"الخاصة\s+بك", r"اپنی", r"اپنے", r"آپ\s+کی", r"تمہاری", r"अपने", r"तुम्हारे", r"आपके", r"तिम्रो", r"आफ्नो",
        r"তোমার", r"আপনার", r"உங்கள்", r"உன்", r"ของคุณ", r"შენი", r"შენს", r"քո", r"твои", r"твої", r"свои", r"свої", r"твоите",
        r"своите", r"сенің", r"[Өө]зіңнің", r"чиний", r"өөрийн", r"σου", r"שלך", r"ያንተ", r"የእርስዎ",
        # original, initial, hidden
        r"اصلی", r"اولیه", r"الأصلية", r"मूल", r"प्रारंभिक", r"মূল", r"அசல்", r"ดั้งเดิม", r"საწყის\S*", r"თავდაპირველ\S*", r"սկզբնական",
        r"[Пп]ервоначальн\S*", r"[Пп]очатков\S*", r"[Оо]ригинал\S*", r"[Ии]зворн\S*", r"αρχικές", r"המקוריות", r"ያልተቀየረ",
    ]
)  # fmt: skip
_MARK_RAW = alt(
    [
        r"کلمه\s+به\s+کلمه", r"عین(?:اً|ا)", r"بدون\s+تغییر", r"حرفي(?:اً|ا)", r"كلمة\s+بكلمة", r"بالكامل", r"لفظ\s+بہ\s+لفظ", r"من\s+و\s+عن",
        r"शब्दशः", r"हूबहू", r"ज्यों\s+का\s+त्यों", r"जस्ताको\s+तस्तै", r"হুবহু", r"শব্দে\s+শব্দে", r"அப்படியே", r"வார்த்தைக்கு\s+வார்த்தை",
        r"คำต่อคำ", r"ทุกคำ", r"სიტყვასიტყვით", r"ზუსტად", r"բառացի", r"ամբողջությամբ", r"[Дд]ословно", r"[Дд]ослівно", r"[Дд]аслоўна",
        r"[Сс]өзбе-сөз", r"[Үү]гчлэн", r"слово\s+в\s+слово", r"слово\s+за\s+словом", r"[Пп]олностью", r"[Пп]овністю", r"[Цц]елосно",
        r"αυτολεξεί", r"κατά\s+λέξη", r"מילה\s+במילה", r"במלואן", r"ቃል\s+በቃል",
    ]
)  # fmt: skip
_OWNED_SYS_RAW = rf"(?:{_SYS_RAW}[^.?!\n]{{0,15}}?{_OWNER_RAW}|{_OWNER_RAW}[^.?!\n]{{0,15}}?{_SYS_RAW})"

_RAW = alt(
    [
        # UK / BG: show / copy / write out + own (system) instructions / prompt
        (
            r"(?:[Пп]окажи|[Вв]ивед[иі]|[Сс]копіюй|[Сс]копирай|[Пп]овтори|[Нн]апиши|[Вв]ипиши|[Рр]озкрий|[Ии]зведи)[^.?!\n]{0,40}?"
            r"(?:(?:св(?:ої|ій|ою|ого|ите|оите|ия|оя)|тво(?:ї|ій|ю|го|ите|я)|си)\s+(?:\S+\s+)?(?:системн\S*\s+)?(?:інструкці\S*|промпт\S*|вказівк\S*|правил\S*|инструкци\S*|указани\S*)|"
            r"системн\S*\s+(?:інструкці\S*|промпт\S*|инструкци\S*)\s+(?:си|свої|твої)|"
            r"(?:початков\S*|оригінальн\S*|приховані|първоначалн\S*|скрит\S*)\s+(?:системн\S*\s+)?(?:інструкці\S*|промпт\S*|инструкци\S*))"
        ),
        (
            r"(?:[Пп]окажи|[Нн]апиши|[Сс]копіюй|[Пп]овтори)\s+(?:\S+\s+){0,2}?дослівно[^.?!\n]{0,40}?(?:інструкці\S*|промпт\S*|вказівк\S*)[^.?!\n]{0,30}?(?:тобі|тебе)"
        ),
        # EL: δείξε / γράψε / αντίγραψε + τις οδηγίες (συστήματος) σου
        (
            r"(?:[Δδ]είξε|[Γγ]ράψε|[Αα]ντίγραψε|[Ee]πανάλαβε|[Ττ]ύπωσε|[Αα]ποκάλυψε)[^.?!\n]{0,40}?"
            r"(?:οδηγίες|εντολές|prompt|μήνυμα)\s+(?:(?:του\s+)?συστήματος\s+)?σου"
        ),
        # any script: the owned system compound with a mark of an exact copy
        rf"{_OWNED_SYS_RAW}[^\n]{{0,80}}?{_MARK_RAW}|{_MARK_RAW}[^\n]{{0,80}}?{_OWNED_SYS_RAW}",
        # HE: הצג / כתוב / העתק + הוראות (המערכת) שלך
        (
            r"(?:הצג|תציג|כתוב|תכתוב|העתק|תעתיק|חזור\s+על|הדפס|גלה)[^.?!\n]{0,40}?"
            r"(?:ה?הוראות|ה?הנחיות|(?:ה)?פרומפט)(?:\s+(?:ה)?מערכת)?\s+(?:ה?מקוריות\s+)?שלך"
        ),
    ]
)  # fmt: skip

RULES: tuple[Rule, ...] = (
    Rule("injection.extraction.own_setup_wide", _CAT, _LATIN, score=0.8, max_len=320,
         description="Latin scripts, wider languages: the model's own system instructions put out"),
    raw_rule("injection.extraction.own_setup_wide_raw", _CAT, _RAW,
             "Cyrillic, Greek, Hebrew: the model's own system instructions put out",
             score=0.8, max_len=260),
)  # fmt: skip
