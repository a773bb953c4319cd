"""A framed harmful method asked in detail, in the scripts the older lists lack.

Family: the frame jailbreak (category ``role``) with no injection wording,
the raw-text twin of :mod:`jailbreak_harm_wide_i18n`: the widening of
:mod:`jailbreak_harm_realism_scripts` to Hebrew, Bengali, Urdu, Thai, Greek,
Persian and Ukrainian, to the Arabic possessive forms (``روايتي``, ``لعبتي``,
``بحثي``: "my novel", "my game", "my research") the dictionary forms miss,
and to pretexts the Chinese, Japanese, Korean, Russian and Hindi lists lack
(古代, 教育目的, 교육 목적, в образовательных целях, शैक्षिक उद्देश्य). The
same three parts, in any order, in one bounded window:

* **the pretext**: a novel, a story, a game, a thesis, research, "for
  educational purposes", the past, a late grandparent;
* **the harm**: a making verb near a harmful object (``φτιάχνεται μια
  βόμβα``, ``পাইপগান বানায়``, ``ผลิตยาบ้า``, ``напиши ... трояна``), a crime
  verb, or, with quantities only, the object alone;
* **the operational ask**: step by step, in detail, the amounts, doses,
  proportions, materials, working code (``שלב אחר שלב``, ``ধাপে ধাপে``,
  ``ขั้นตอน``, ``ποσότητες``, ``робочий код``, ``بكل التفاصيل``, 動くコード).

Each rule needs a part from this module's lists, so it adds no duplicate of
the older rules.

Why it is safe on benign text: a story about the police officer who finds
the weapons, a thesis on how phishing is recognised, a question on why
something happened in history and a grandmother's pickle recipe name no
harm; a harmful object alone (a bomb in a history lesson) needs its
quantities or materials, not just "in detail". Words that sit inside
ordinary ones are left out or read only whole (Arabic سم inside اسم "name",
Bengali বিষ inside বিষয় "subject", Hebrew נשק "kissed", Russian яд inside
ряд and ядро, Ukrainian "Trojan" inside the Trojan war).
"""

# ruff: noqa: E501, RUF001
# (E501: one alternative of a word list per line; RUF001: Cyrillic and Greek words)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import raw_rule
from langchain_mistral_secure.detection.injection.jailbreak_harm_full_strength_scripts import (
    EFFICACY_SCRIPTS,
    HARM_SCRIPTS,
)
from langchain_mistral_secure.detection.injection.jailbreak_harm_realism_scripts import (
    CRIME_SCRIPTS,
    DETAIL_SCRIPTS,
    ESCAPE_SCRIPTS,
    PRETEXT_ALL_SCRIPTS,
)

__all__ = ["RULES", "WIDE_ACT_SCRIPTS", "WIDE_PRETEXT_SCRIPTS"]

_CAT = "role"

# --- the pretext (raw text) ---------------------------------------------------------
# Each alternative at most 30 characters.
WIDE_PRETEXT_SCRIPTS = (
    r"(?:"
    # Arabic possessives and purposes, the past, a late grandparent
    r"روايتي|قصتي|لعبتي|دراستي|بحثي|أطروحتي|رسالتي\s(?:للماجستير|للدكتوراه)|"
    r"لأغراض\s(?:تعليمية|بحثية|أكاديمية)|لغرض\s(?:تعليمي|بحثي)|في\sالعصور|قديما|قديماً|"
    r"(?:جدتي|جدي)\s(?:الراحلة?|المتوفاة?)|المرحومة?|"
    # Persian, Urdu
    r"پایان‌نامه|پایان\s?نامه|تحقیق|مقاله|بازی|به\sمنظور\s(?:آموزشی|تحقیقاتی)|"
    r"برای\sاهداف\s(?:آموزشی|تحقیقاتی)|در\sگذشته|مادربزرگ|پدربزرگ|"
    r"کہانی|ناول|کھیل|تعلیمی\sمقاصد|پرانے\sزمانے|"
    # Hebrew
    r"סיפור|רומן|תסריט|משחק|מחקר|עבודת\sה?(?:גמר|סמינר)|תזה|למטרות\s(?:חינוכיות|מחקר|לימודיות)|"
    r"לצורכי\s(?:מחקר|לימוד)|בעבר|פעם\sהיו|איך\s\S{1,12}\sפעם|בשנות\sה|סבתא|סבא|"
    # Bengali
    r"গল্প|উপন্যাস|খেলা|গেম|গবেষণা|থিসিস|শিক্ষামূলক\sউদ্দেশ্যে|আগেকার\sদিনে|আগের\sদিনে|"
    r"পুরনো\sদিনে|দাদি|ঠাকুমা|দিদিমা|নানি|প্রয়াত|"
    # Thai
    r"เกม|นิทาน|วิทยานิพนธ์|การวิจัย|เพื่อการศึกษา|สมัยก่อน|ในอดีต|คุณยาย|คุณย่า|ผู้ล่วงลับ|"
    # Greek
    r"διήγημ|παιχνίδι|έρευν|ερευν|πτυχιακή|για\s(?:εκπαιδευτικούς|ερευνητικούς|ακαδημαϊκούς)\sσκοπούς|"
    r"παλιά|παλαιότερα|τη\sδεκαετία|γιαγιά|παππού|μακαρίτ|"
    # Ukrainian, Russian
    r"дипломн|курсов\S{1,4}\s(?:робот|работ)|(?:з|с)\s(?:освітньою|навчальною|дослідницькою)\sметою|"
    r"в\s(?:образовательных|учебных|научных|исследовательских)\sцелях|(?:у|в)\s(?:моїй\s|нашій\s|цій\s)?грі|"
    r"історі|розповід|колись|в\sминулому|бабус|дідус|покійн|покойн|"
    # Chinese, Japanese, Korean, Hindi
    r"古代|古时候|旧时|历史上|战争时期|出于(?:教育|研究|学术)目的|用于(?:教学|研究)|毕业论文|爷爷|姥姥|已故|"
    r"昔の|戦時中|戦前|江戸時代|教育目的|研究目的|学術目的|卒業論文|亡くなった|祖父|おじいちゃん|"
    r"옛날|조선시대|전쟁\s?때|교육\s?목적|연구\s?목적|학술\s?목적|졸업\s?논문|돌아가신|할아버지|"
    r"शैक्षिक\sउद्देश्य|शैक्षणिक\sउद्देश्य|शोध\sके\sलिए|पुराने\sज़माने|पुराने\sजमाने|स्वर्गीय|दिवंगत|नाना"
    r")"
)
_PRETEXT_ANY = r"(?:" + WIDE_PRETEXT_SCRIPTS + r"|" + PRETEXT_ALL_SCRIPTS + r")"

# --- the harm (raw text) --------------------------------------------------------------
# Harmful objects. Each alternative at most 24 characters.
_OBJECT = (
    r"(?:"
    r"قنبلة|عبوة\sناسفة|مولوتوف|زجاجات\sحارقة|مسدس|بندقية|بارود|مخدرات|هيروين|كوكايين|ميثامفيتامين|"
    r"سموم|سم\sقاتل|نقود\sمزورة|عملة\sمزيفة|برنامج\sفدية|"
    r"بمب|مواد\sمنفجره|کوکتل\sمولوتف|اسلحه|تفنگ|باروت|مواد\sمخدر|متامفتامین|هروئین|پول\sتقلبی|"
    r"باج‌افزار|باج\sافزار|بدافزار|دھماکہ\sخیز|اسلحہ|پستول|منشیات|زہر|جعلی\sنوٹ|"
    r"פצצ|מטען\sנפץ|חומרי?\sנפץ|בקבוקי?\sתבערה|כלי\sנשק|אקדח|רובה|אבק\sשריפה|סמים|קוקאין|הרואין|"
    r"מתאמפטמין|רעל|כסף\sמזויף|דרכון\sמזויף|תוכנת\sכופר|כופרה|נוזקה|"
    r"বোমা|পাইপগান|বিস্ফোরক|অস্ত্র|বন্দুক|পিস্তল|বারুদ|মাদক|ইয়াবা|হেরোইন|বিষাক্ত|জাল\s(?:টাকা|নোট|পাসপোর্ট)|"
    r"ระเบิด|ปืน|ดินปืน|ยาบ้า|ยาเสพติด|เฮโรอีน|ยาพิษ|สารพิษ|ธนบัตรปลอม|แบงก์ปลอม|มัลแวร์|แรนซัมแวร์|"
    r"βόμβ|μολότοφ|όπλ|πιστόλι|μπαρούτι|ναρκωτικ|ηρωίνη|κοκαΐνη|μεθαμφεταμίνη|δηλητήρι|"
    r"бомб|коктейл\S{1,2}\sмолотова|зброя|зброю|оружи|пістолет|пистолет|порох|наркотик|метамфетамін|"
    r"героїн|отрут|фальшив\S{2,3}\s(?:гроші|купюр|паспорт)|троян(?:а|ом|и|ів|ы|ов)?[\s,.;:!?]|"
    r"кейлог+ер|вимагач|шкідлив\S{1,3}\sпрограм|вредоносн\S{1,3}\sпрограмм|"
    r"燃烧瓶|土制|雷管|黑火药|火药|自制枪|仿真枪|摇头丸|氰化物|砒霜|假币|勒索软件|勒索病毒|键盘记录|"
    r"ランサムウェア|キーロガー|トロイの木馬|火薬|手製爆弾|火炎瓶|手製の?銃|自作の?銃|青酸カリ|毒物|"
    r"키로거|화염병|사제\s?폭탄|사제\s?총|화약|뇌관|청산가리|위조\s?지폐|"
    r"बम\s|देसी\sकट्टा|बारूद|पिस्तौल|बंदूक|नशीली\sदवा|अफ़ीम|स्मैक|रैनसमवेयर|कीलॉगर|मैलवेयर"
    r")"
)
# Making and writing verbs. Each alternative at most 16 characters.
_MAKE = (
    r"(?:"
    r"صنع|تصنيع|يصنع|صناعة|تحضير|يحضر|تركيب|خلط|يخلط|اكتب|"
    r"ساخت|بسازد|می‌ساخت|درست\sکرد|تهیه|ترکیب|بنویس|بنانے|"
    r"הכינו|להכין|מכינים|ייצור|לייצר|ייצרו|לבנות|ערבב|כתוב|"
    r"বানায়|বানানো|বানাতে|বানাত|তৈরি|প্রস্তুত|মেশা|লিখে\sদাও|"
    r"ผลิต|ประกอบ|ผสม|"
    r"φτιάχν|φτιαξ|φτιάξ|κατασκευ|παρασκευ|ανακατ|γράψε|"
    r"виготов|зробит|зроби|зібрат|змішат|напиш|написат|изготов|сделать|собрать|смешать|"
    r"制作|制造|配制|自制|合成|组装|提炼|编写|写一个|"
    r"作り方|作る|作っ|製造|調合|合成|組み立て|書いて|"
    r"만드는|만들|제조|조립|합성|작성|"
    r"बनाना|बनाते|बनाया|बनाने|बनाई|तैयार\sकर|मिलाकर|लिखो"
    r")"
)
# Crimes named by their verb. Each alternative at most 20 characters.
_CRIME = (
    r"(?:"
    r"تهريب|يهرب|يُخفي\sالمخدرات|تزييف|"
    r"جعل\sکردن|قاچاق|سرقت|کلاهبرداری|هک\sکردن|"
    r"לזייף|זיוף|להבריח|הברחה|לפרוץ|פריצה|לגנוב|להרעיל|"
    r"জাল\sকর|পাচার|চুরি|হ্যাক|বিষ\sদি|"
    r"ลักลอบ|ปลอมแปลง|ขโมย|งัด|วางยา|"
    r"πλαστογραφ|λαθρεμπόρ|διάρρηξ|δηλητηρίασ|"
    r"підробит|зламат|викрас|отруїт|контрабанд|撬锁|"
    # the method made to escape the police, the checks, the victim
    r"(?:دون|بدون|من\sغير)\sأن\s(?:ت|ي)(?:كتشف|لاحظ|عرف|جد)|دون\sأن\sيُكتشف|"
    r"بدون\sاینکه\s(?:کسی|پلیس|گمرک)\s(?:بفهمد|متوجه|پیدا)|بی‌آنکه\s(?:کسی|پلیس)|بدون\sرد\sپا|"
    r"בלי\sש(?:יתפסו|ישימו\sלב|יגלו)|בלי\sלהשאיר\sעקבות|מבלי\sש|"
    r"χωρίς\sνα\s(?:το\s|τον\s|την\s)?(?:καταλάβ|εντοπίσ|πιάσ|ανακαλύψ)|χωρίς\sίχνη|"
    r"โดยไม่ให้(?:ใคร|ตำรวจ)|ไม่ทิ้งร่องรอย|ไม่ให้(?:ตำรวจ|ศุลกากร)จับได้|"
    r"ধরা\sনা\sপড়ে|কেউ\sযেন\sটের\sনা|"
    r"непомітно|щоб\s(?:ніхто\sне|не)\s(?:помітив|знайшли|спіймали|впізнали)|не\sзалишаючи\sслідів|"
    r"पकड़े\sन\sजा|शक\sन\sहो|"
    # someone else's account, phone or location
    r"(?:חשבון|טלפון|מיקום)\s(?:של\s)?(?:מישהו\sאחר|אדם\sאחר|האקס)|"
    r"(?:حساب|گوشی|موقعیت)\s(?:یک\s)?(?:شخص\sدیگر|کس\sدیگری|دیگران)|"
    r"(?:λογαριασμό|κινητό|τοποθεσία)\s(?:κάποιου\sάλλου|άλλου\sατόμου|του\sπρώην|της\sπρώην)|"
    r"(?:บัญชี|โทรศัพท์|ตำแหน่ง)(?:ของ)?(?:คนอื่น|ผู้อื่น|แฟนเก่า)|"
    r"অন্যের\s(?:অ্যাকাউন্ট|ফোন|অবস্থান)|"
    r"чуж(?:ий|ого|ому|і)\s(?:акаунт|телефон|рахунок)|(?:акаунт|телефон)\S{0,2}\s(?:колишньої|колишнього|іншої\sлюдини)"
    r")"
)
_NEAR = r"[^\n。？?]{0,30}?"
_OBJECT_ANY = r"(?:" + _OBJECT + r"|" + HARM_SCRIPTS + r")"
WIDE_ACT_SCRIPTS = (
    r"(?:"
    + _MAKE
    + _NEAR
    + _OBJECT_ANY
    + r"|"
    + _OBJECT_ANY
    + _NEAR
    + _MAKE
    + r"|"
    + _CRIME
    + r")"
)

# --- the operational ask (raw text) ----------------------------------------------------
# Quantities, materials, working code. Each alternative at most 16 characters.
_QUANT = (
    r"(?:"
    r"الكميات|المقادير|النسب|الجرعة|المكونات|المواد\sاللازمة|الأدوات|الكود\sالكامل|"
    r"مقدار|مقادیر|نسبت|دوز\s|مواد\sلازم|مواد\sاولیه|کد\sکامل|"
    r"הכמויות|כמויות|המינון|מינון|החומרים|היחס|רכיבים|קוד\sמלא|"
    r"উপকরণ|পরিমাণ|মাত্রা|অনুপাত|সম্পূর্ণ\sকোড|"
    r"สารเคมี|ปริมาณ|อัตราส่วน|วัตถุดิบ|ส่วนผสม|โค้ดทั้งหมด|"
    r"ποσότητ|ποσοτήτ|αναλογί|δόσ|υλικά|συστατικά|πλήρη\sκώδικα|"
    r"пропорці|кількост|дозуванн|інгредієнт|робоч\S{1,2}\sкод|повн\S{1,3}\sкод|рабоч\S{1,3}\sкод|"
    r"полн\S{1,3}\sкод|пропорци|количеств|дозировк|"
    r"原料|配方|用量|比例|剂量|完整代码|完整的代码|可运行的代码|能运行的代码|"
    r"動くコード|実際に動く|完全なコード|コード全体|材料|分量|配合|比率|"
    r"작동하는\s?코드|전체\s?코드|완전한\s?코드|비율|용량|재료|"
    r"मात्रा|अनुपात|सामग्री|पूरा\sकोड"
    r")"
)
# Steps and detail. Each alternative at most 16 characters.
_STEPS = (
    r"(?:"
    r"بكل\sالتفاصيل|التفاصيل|تفصيلي|بالخطوات|خطوة\sخطوة|"
    r"مرحله\sبه\sمرحله|گام\sبه\sگام|با\sجزئیات|"
    r"שלב\sאחר\sשלב|שלב\sשלב|בפירוט|פרט\sאת|מפורט|הפרטים|"
    r"ধাপে\sধাপে|বিস্তারিত|"
    r"ขั้นตอน|ทีละขั้น|"
    r"βήμα\s(?:προς\s)?βήμα|λεπτομερ|αναλυτικ|"
    r"покроков|детальн|докладн|крок\sза\sкроком|"
    r"चरण|हर\sक़दम"
    r")"
)
_DETAIL_NEW = r"(?:" + _QUANT + r"|" + _STEPS + r")"
_DETAIL_ANY = (
    r"(?:" + _DETAIL_NEW + r"|" + DETAIL_SCRIPTS + r"|" + EFFICACY_SCRIPTS + r")"
)
_OLDER_HARM = (
    r"(?:" + CRIME_SCRIPTS + r"|" + ESCAPE_SCRIPTS + r"|" + HARM_SCRIPTS + r")"
)

_GAP = r"[^\n]{0,100}?"
_ORDERS = ((0, 1, 2), (0, 2, 1), (1, 0, 2), (1, 2, 0), (2, 0, 1), (2, 1, 0))

# Which part is new: the pretext, the act, a bare object with quantities, or
# the ask.
_FAMILIES = (
    (
        "pretext",
        WIDE_PRETEXT_SCRIPTS,
        r"(?:" + WIDE_ACT_SCRIPTS + r"|" + _OLDER_HARM + r")",
        _DETAIL_ANY,
        "a pretext in a script the older lists lack + a harmful method + detail",
    ),
    (
        "act",
        _PRETEXT_ANY,
        WIDE_ACT_SCRIPTS,
        _DETAIL_ANY,
        "a pretext + a making or crime verb on a harmful object + detail (scripts)",
    ),
    (
        "object",
        _PRETEXT_ANY,
        _OBJECT,
        _QUANT,
        "a pretext + a harmful object + its quantities, materials or code (scripts)",
    ),
    (
        "detail",
        _PRETEXT_ANY,
        _OLDER_HARM,
        _DETAIL_NEW,
        "a pretext + a harmful method + detail asked in a script the older lists lack",
    ),
)


def _in_order(pretext: str, harm: str, ask: str, order: tuple[int, int, int]) -> str:
    """Pretext, harm and ask (raw text) in one order, in one bounded window.

    Args:
        pretext: The pretext part.
        harm: The harm part.
        ask: The operational ask part.
        order: The indices of (pretext, harm, ask) in reading order.

    Returns:
        The pattern (one rule per order keeps each RE2 DFA small).
    """
    parts = (pretext, harm, ask)
    a, b, c = order
    return parts[a] + _GAP + parts[b] + _GAP + parts[c]


RULES: tuple[Rule, ...] = tuple(
    raw_rule(
        f"injection.harm_wide.scripts_{name}_{''.join('phe'[i] for i in order)}",
        _CAT,
        _in_order(pretext, harm, ask, order),
        description,
        score=0.8,
        max_len=330,
    )
    for name, pretext, harm, ask, description in _FAMILIES
    for order in _ORDERS
)
