"""The program reading the content, hailed as such, then ordered: other scripts.

The family of :mod:`.indirect_hail_order` in scripts the folded view
mangles (Greek, Hebrew, Thai, Chinese, Japanese, Korean), matched on the raw
text. The hail names a machine reader of this content ("Προς το AI που
συνοψίζει", "לבינה המלאכותית שמסכמת", "ผู้ช่วย AI ที่อ่านแชทนี้",
"给邮件助手的说明", "このページを読んだAIは", "이 조각을 읽는 모델은") and the
order follows as an imperative of the language ("γράψε", "תכתבי", "ให้ส่ง",
"请", "てください", "하세요").

Each rule needs the machine reader and the imperative. Safe on benign text
because a note to a human assistant names no machine ("给助理的说明" is not
taken: "助手" counts only with an AI or job word), and text about such
readers ("AI는 페이지를 요약합니다") has no hail of *this* content's reader
followed by an order.
"""

# ruff: noqa: RUF001, RUF003, E501
# (RUF001/RUF003: the patterns and their comments are in Greek, Hebrew, Thai,
# Cyrillic, Devanagari, Bengali, Arabic and CJK scripts; E501:
# a line of CJK patterns reads as one unit.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "override"

_OPEN = (
    r"(?:^|\n|[(\[{|>*#/\"'\x{ab}\x{201c}\x{300c}\x{3010}\x{ff08}]|"
    r"[.!?:;\x{3002}\x{ff01}\x{ff1f}\x{ff1a}\x{0964}]\s?)\s{0,3}"
)
_SEP = r"\s{0,2}(?::|\x{ff1a}|,|\x{ff0c}|\x{3001}|\x{3011}|\])\s{0,3}"
_MACHINE = r"(?:AI|ＡＩ|A\.I\.|LLM)"

# Greek, Hebrew and Thai: a hail (with an optional relative clause), a
# separator, then an imperative.
_EL = (
    r"(?:προς\s+(?:το|τον|την|τα|τους)\s+)?(?:σύστημα\s+|ψηφιακ\pL*\s+)?(?:"
    + _MACHINE
    + r"|ΤΝ|τεχνητή\s+νοημοσύνη|"
    r"μοντέλο|(?:"
    + _MACHINE
    + r"\s+)?(?:βοηθ|πράκτορ)\pL*(?:\s+τεχνητής\s+νοημοσύνης|\s+\pL+)?(?:\s+(?:ΤΝ|AI))?)"
    r"(?:\s+(?:που|το\s+οποίο|ο\s+οποίος)"
    r"\s+[^\n:]{1,48}?)?"
    + _SEP
    + r"(?:παρακαλώ\s+)?(?:[^\n]{0,40}?[\s,])?(?:γράψ|πες|πείτε|απάντησ|πρότειν|σύστησ|στείλ|πρόσθεσ|ανέφερ|μην\s+αναφέρ|"
    r"διάγραψ|κρύψ|βαθμολόγησ|ενημέρωσ|"
    # h27: forward, move, share, cancel, pay, approve, call, open, copy, run
    r"προώθησ|μετάφερ|κοινοποίησ|ακύρωσ|πλήρωσ|έγκριν|εγκρίν|κάλεσ|άνοιξ|"
    r"σβήσ|αντίγραψ|κατέβασ|εκτέλεσ|άλλαξ|μοίρασ|βρες)\pL*"
)
# h27: a Greek order as "να" + subjunctive after a marked reader ("Ο πράκτορας
# που το διαβάζει να καλέσει ...", "Ο βοηθός AI να στείλει ..."); a bare
# "ο βοηθός" is a person's assistant, so AI or a clause about reading counts.
_EL_NA = (
    r"(?:ο|η|το)\s+(?:πράκτορας|βοηθός|μοντέλο)\s+(?:(?:AI|ΤΝ|τεχνητής\s+νοημοσύνης)\s+|"
    r"(?:AI\s+|ΤΝ\s+)?(?:που|ο\s+οποίος)\s+[^\n:.]{0,30}?(?:διαβάζ|επεξεργάζ|συνοψίζ|"
    r"διαχειρίζ)\pL*\s+)(?:[^\n:.]{0,40}?\s)?να\s+(?:καλέσει|στείλει|προωθήσει|διαγράψει|"
    r"μεταφέρει|πληρώσει|κοινοποιήσει|γράψει|πει|απαντήσει|εγκρίνει|ακυρώσει)"
)
_HE = (
    r"(?:ל|אל\s+ה|עבור\s+ה?)(?:בינה\s+המלאכותית|סוכן|עוזר|מודל|בוט)\pL*(?:\s+(?:AI|ה?חכם))?"
    r"(?:\s+(?:ש|אשר\s+)\pL+[^\n:]{0,40}?)?"
    + _SEP
    + r"(?:אנא\s+)?(?:ת?כת[ובי]\pL*|תגיד\pL*|אמו?ר\pL*|ת?של?ח\pL*|ת?המלי?צ\pL*|"
    r"ת?הוסי?פ\pL*|תוסיפ\pL*|ת?ענ[הי]|ת?מח[קו]\pL*|הסתר\pL*|צייני?|ת?דרג\pL*)"
)
_TH = (
    r"(?:ถึง|สำหรับ)?\s?(?:ผู้ช่วย|เอเจนต์|บอท|โมเดล)\s?(?:" + _MACHINE + r")?\s?"
    r"(?:ที่|ซึ่ง)[^\n]{1,40}?\s(?:ให้|กรุณา|โปรด)\s?(?:ส่ง|ตอบ|บอก|เขียน|แนะนำ|เพิ่ม|ลบ|โอน|กด|ซ่อน)|"
    # h27: a label for the AI, agent or bot (not a bare "ผู้ช่วย": a person's
    # assistant), a colon, then the act
    r"(?:ถึง|สำหรับ)\s?(?:(?:ผู้ช่วย|เอเจนต์|บอท)\s?"
    + _MACHINE
    + r"|เอเจนต์|บอท|โมเดล|"
    + _MACHINE
    + r")[^\n:]{0,40}?\s?:\s?(?:กรุณา|โปรด|ช่วย)?\s?"
    r"(?:ส่ง|ตอบ|บอก|เขียน|แนะนำ|เพิ่ม|ลบ|โอน|กด|ซ่อน|ยกเลิก|เปลี่ยน|แชร์|อนุมัติ|จ่าย)"
)
# Russian: the reader in the dative or with a relative clause, then an
# informal imperative (a human agent in a transcript speaks formally).
_RU = (
    r"(?:для\s+)?(?:ИИ|нейросет\pL*|агенту|ассистенту|боту|модели|"
    r"(?:агент|ассистент|бот|модел)\pL*,?\s+(?:котор|читающ|обрабатывающ)\pL*[^\n:]{0,50}?)"
    + _SEP
    + r"(?:[^\n]{0,60}?[\s,])?(?:добавь|напиши|скажи|отправь|перешли|удали|сообщи|ответь|"
    r"укажи|порекомендуй|одобри|установи|отключи|включи|поставь|загрузи)"
)
# Chinese: a note to an AI (or a program assistant), then "please" or "must".
_ZH = (
    r"(?:给|致|对|對|写给|寫給)[^\n：:，,。]{0,12}?(?:"
    + _MACHINE
    + r"|人工智能|智能体|模型|机器人|"
    r"(?:"
    + _MACHINE
    + r"|智能|邮件|郵件|写作|编程|代码|购物|语音|浏览器?)助手|代理)(?:们)?的?"
    r"(?:说明|說明|指示|提示|指令|备注|注意事项|话)?"
    + _SEP
    + r"(?:请|請|务必|務必|必须|必須|一定要|直接)"
)
# Japanese, a note to the AI: "AIコードレビュアーへ ... こと".
_JA_TO = (
    r"(?:"
    + _MACHINE
    + r"|アシスタント|エージェント)[^\n：:、。]{0,12}?(?:へ|宛て)\s?[：:、]"
    r"[^\n]{0,80}?(?:てください|でください|して下さい|しなさい|すること|こと。)"
)
# Japanese, the AI reading this: "このページを読んだAIは、... てください".
_JA = (
    r"(?:この|本)[^\n。]{0,20}?(?:読|要約|処理|確認|見)[^\n。]{0,6}?"
    r"(?:"
    + _MACHINE
    + r"|アシスタント|エージェント|モデル|ボット)(?:は|へ|に)[、,：:]?"
    r"[^\n]{0,80}?(?:てください|でください|して下さい|しなさい|すること)"
)
# Korean: "이 조각을 읽는 모델은 ... 답하세요".
_KO = (
    r"(?:이|본|해당)\s[^\n.]{0,20}?(?:읽는|요약하는|처리하는|보는|검토하는)\s?"
    r"(?:" + _MACHINE + r"|모델|에이전트|어시스턴트|비서|봇)\s?(?:은|는|에게|께)\s"
    r"[^\n]{0,80}?(?:세요|십시오|해라|하라|할\s?것)"
)

# Korean, the reader named by what it does to the content ("리뷰를 요약하는
# AI에게:") or a note for it ("어시스턴트 참고:"), then a polite imperative.
_KO_TO = (
    r"(?:(?:읽는|요약하는|처리하는|검토하는|분석하는|번역하는|비교하는)\s?"
    r"(?:" + _MACHINE + r"|모델|에이전트|어시스턴트|봇|챗봇)\s?(?:에게|께|은|는)?|"
    r"(?:"
    + _MACHINE
    + r"|에이전트|어시스턴트|챗봇)\s?(?:에게\s?)?(?:참고|메모|지시|안내|알림))"
    r"\s?[:：]\s?[^\n]{0,80}?(?:세요|십시오|해라|하라)"
)
# Turkish, verb-final: the reader named by what it does ("bu e-postayi okuyan
# yapay zeka asistanina:", "degerlendirme yapan yapay zekaya not:"), then the
# order at the end of the clause. Turkish is written in Latin letters and often
# typed without its diacritics, so this one is a rule of its own on the folded
# view (the script pass only runs on text with a non-ASCII character).
_TR = (
    r"(?:okuyan|işleyen|isleyen|özetleyen|ozetleyen|yöneten|yoneten|inceleyen|"
    r"değerlendiren|degerlendiren|yapan)\s+(?:yapay\s+zek[aâ]|AI|asistan|ajan|bot)\pL{0,4}"
    r"(?:\s+(?:asistan|ajan|model)\pL{0,5})?(?:\s+(?:not|notu|mesaj))?\s?[:,]"
    r"[^\n]{0,140}?\s(?:ilet|gönder|gonder|onayla|öde|ode|sil|paylaş|paylas|yaz|söyle|"
    r"soyle|ekle|değiştir|degistir|iptal\s+et|kapat|aktar|bahsetme|söyleme)\b"
)

# Session h27: the same hail in Ukrainian (and Russian with an AI prefix),
# Hindi, Bengali, Persian and Urdu. A program noun counts only with a machine
# word ("ШІ-асистент", "ИИ-помощник", "AI सहायक", "এআই সহকারী", "دستیار هوش
# مصنوعی"), a mailbox it serves ("асистенте пошти") or a clause that reads
# this content ("що обробляє цю пошту", "इस ईमेल को पढ़ने वाले"): a human
# assistant is hailed by name or title.
_UK_ACTS = (
    r"(?:перешли|надішли|відправ|видали|напиши|скажи|додай|познач|повідом|відповідай|"
    r"знайди|зміни|скасуй|оплати|переведи|поділись|порекомендуй|схвали|підтверди|"
    r"відкрий|завантаж|запусти|скопіюй|експортуй|предложи|сообщи|удали|отправь|добавь|"
    r"укажи|найди|измени|отмени|переведи|подтверди|открой|скачай|скопируй)\pL*"
)
_UK = (
    r"(?:(?:для|до|к)\s+)?(?:(?:(?:ші|іі|ии)[\s-]?)(?:асистент|ассистент|помічник|помощник|"
    r"агент|бот|модел)\pL*(?:\s+\pL+)?|(?:асистент|ассистент|помічник|помощник|агент|бот)"
    r"\pL*(?:\s+(?:пошти|скриньки|почты|ящика|календаря)|,?\s+(?:що|який|яка|котр)\pL*"
    r"\s+(?:читає|обробляє|керує|переглядає|читает|обрабатывает)[^\n:]{0,40}?))"
    + _SEP
    + r"(?:[^\n]{0,60}?[\s,])?"
    + _UK_ACTS
)
_M = r"[\pL\pM]"
_HI = (
    r"(?:[^\n:।]{0,40}?(?:पढ़ने|संभालने|प्रोसेस\s+करने|सारांश\s+बनाने|देखने|जाँचने)\s+वाले\s+"
    r"(?:एआई\s*|AI\s*)?|(?:एआई|AI)\s*)(?:सहायक|एजेंट|बॉट|मॉडल)(?:\s+के\s+लिए)?"
    r"(?:\s+(?:निर्देश|नोट|सूचना))?"
    + _SEP
    + r"[^\n]{0,100}?(?:भेज|लिख|बता|कह|जोड़|हटा|मिटा|फ़ॉरवर्ड|फॉरवर्ड|साझा|शेयर|रद्द|बदल|खोल)"
    + _M
    + r"{0,3}(?:\s+(?:दो|दें|दीजिए|करो|करें))?(?:[\s।,.!]|$)"
)
_BN = (
    r"(?:[^\n:।]{0,40}?(?:পড়া|পড়ছে\s+এমন|প্রক্রিয়া\s+করা|সারাংশ\s+করা)\s+)?"
    r"(?:এআই|AI)\s*(?:সহকারী|এজেন্ট|বট|মডেল)"
    + _M
    + r"*(?:\s+(?:জন্য|প্রতি))?"
    + _SEP
    + r"[^\n]{0,100}?(?:পাঠাও|পাঠিয়ে\s+দাও|পাঠান|লেখো|লিখুন|বলো|বলুন|মুছে\s+ফেলো|মুছুন|"
    r"ফরোয়ার্ড\s+করো|যোগ\s+করো|শেয়ার\s+করো|পরিশোধ\s+করো|জানাও)"
)
_FA_NOUN = (
    r"(?:به\s+)?(?:دستیار|عامل|ربات|مدل|بات)\s+(?:هوش\s+مصنوعی|AI)"
    r"(?:\s+(?:که|ای\s+که)[^\n:،]{0,60}?)?"
)
_FA_ACTS = (
    r"(?:بفرست|بفرستید|بنویس|بگو|پاک\s+کن|حذف\s+کن|ارسال\s+کن|فوروارد\s+کن|"
    r"منتقل\s+کن|پرداخت\s+کن|تأیید\s+کن|تایید\s+کن|اضافه\s+کن|فراخوانی\s+کن)"
)
_FA = (
    _FA_NOUN
    + _SEP
    + r"[^\n]{0,100}?"
    + _FA_ACTS
    + r"|"
    # "the AI agent must ... call / send": a verb-final order of duty
    + _FA_NOUN
    + r"\s+باید\s+[^\n]{0,100}?(?:فراخوانی\s+کند|بفرستد|ارسال\s+کند|منتقل\s+کند|"
    r"پرداخت\s+کند|حذف\s+کند|بنویسد|بگوید)"
)
_UR = (
    r"(?:اے\s*آئی|AI)\s+(?:اسسٹنٹ|ایجنٹ|معاون|بوٹ)(?:\s+کے\s+لیے)?"
    + _SEP
    + r"[^\n]{0,100}?(?:بھیج\s+دو|بھیجو|بھیجیں|لکھو|لکھیں|بتاؤ|بتائیں|حذف\s+کرو|مٹا\s+دو)"
)

# h27, on the folded view: Turkish names the AI as the subject and puts the
# order last, as an imperative, optative or "must" ("Yapay zeka ajani ...
# gondermeli", "YZ asistani ... iletsin"); Vietnamese needs no separator
# before its imperative marker ("Tro ly AI doc ... hay bao ...", "Tac tu AI
# hay goi ..."). A bare "asistan" or "tro ly" is a person: the AI word counts.
_TR_VI = (
    r"(?:^|\n|[.!?:;(\[\"']\s{0,3})(?:yapay\s+zek[aâ]|yz)(?:\s+(?:asistan|ajan|model|bot)\w{0,5})?"
    # (a dot inside an address or a number does not end the clause)
    r"[,:]?\s(?:[^\n.!?]|\.\w){0,140}?\s(?:gonder|ilet|onayla|ode|sil|paylas|yaz|soyle|ekle|degistir|"
    r"iptal\s+et|kapat|aktar|yonlendir)(?:meli|mali|sin|sun|in|un)?(?:\s|[.!,]|$)|"
    r"(?:^|\n|[.!?:;(\[\"']\s{0,3})(?:(?:tro\s+ly|tac\s+tu|mo\s+hinh|bot)\s+ai|tac\s+tu|"
    r"chatbot|tri\s+tue\s+nhan\s+tao)\s(?:[^\n.!?:]{0,60}?\s)?hay\s+(?:noi|tra\s+loi|viet|"
    r"khuyen|de\s+xuat|them|gui|chuyen|xoa|bo\s+qua|tat|dien|mua|thong\s+bao|goi|huy|doi|"
    r"xac\s+nhan|chia\s+se|thanh\s+toan|cung\s+cap|bao|phe\s+duyet|duyet|sua|cap)\b"
)

_HAIL_ORDER = (
    _OPEN
    + alt([_EL, _EL_NA, _HE, _ZH, _RU, _JA_TO, _UK])
    + r"|"
    + alt([_TH, _JA, _KO, _KO_TO])
    + r"|"
    + _OPEN
    + alt([_HI, _BN, _FA, _UR])
)

RULES: tuple[Rule, ...] = (
    raw_rule("injection.hail_order.scripts", _CAT, _HAIL_ORDER,
             "Προς το AI που συνοψίζει ...: γράψε / 이 조각을 읽는 모델은 ... 답하세요",
             score=0.8, max_len=200),
    Rule("injection.hail_order.turkish", _CAT, "(?i)" + _TR, score=0.8, max_len=200,
         description="bu e-postayi okuyan yapay zeka asistanina: ... ilet"),
    Rule("injection.hail_order.subject_ai", _CAT, _TR_VI, score=0.8, max_len=220,
         description="Yapay zeka ajani ... gondermeli / Tac tu AI hay goi ..."),
)  # fmt: skip
