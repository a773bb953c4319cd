"""The bot told it is no longer limited to its topic (direct goal hijacking).

Family: direct goal hijacking (deepset- and SPML-style switches). The user
turn does not order the bot to ignore anything: it declares the bot's remit
gone ("you are no longer limited to theatre questions", "du bist nicht mehr
auf Fragen zum Kino beschränkt", "ты больше не ограничен вопросами о
доставке", "你不再局限于电影的问题"), and the order that follows is outside
that remit. The rule wants the addressee ("you", a second-person verb),
"no longer" and "limited / restricted / confined to", and, within a few
words, the questions, topics, subjects or requests the bot was held to.

Safe on benign text: allowances people get ("you are no longer limited to
two bags", "five hours a week") name no questions or topics; a plan that
lifts a quota ("no longer limited to 10 questions a day") counts them, and
a digit before the noun is not read. English, German, French, Spanish,
Italian, Portuguese, Dutch, Polish, Czech, Romanian, Swedish, Norwegian,
Danish, Turkish, Indonesian, Vietnamese and Hungarian on the folded view;
Russian, Ukrainian, Arabic, Persian, Hebrew, Hindi, Greek, Thai, Chinese,
Japanese and Korean on the text.
"""

# ruff: noqa: E501, RUF001, RUF002, RUF003
# (E501: word tables kept one language to a line; RUF001-RUF003: the
# tables, the docstring and comments quote other scripts.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "override"

# Up to four words, none a number: "10 questions a day" is a quota.
_FEW = r"(?:[^\W\d]{1,20}[\s,'-]+){0,4}?"

# The remit, folded view: questions, topics, subjects, requests.
_TOPIC = alt(
    [
        r"questions?", r"topics?", r"subjects?", r"requests?", r"queries", r"enquiries", r"inquiries", r"matters",
        r"fragen", r"themen?", r"anfragen", r"anliegen",
        r"questions?", r"sujets?", r"themes?", r"demandes?",
        r"preguntas?", r"temas?", r"consultas?", r"asuntos?",
        r"domande", r"argomenti", r"richieste", r"quesiti",
        r"perguntas?", r"assuntos?", r"duvidas",
        r"vragen", r"onderwerpen",
        r"pytan", r"pytania", r"tematow", r"tematu", r"spraw",
        r"otazky", r"temata", r"dotazy", r"otazok",
        r"intrebari", r"subiecte", r"teme",
        r"fragor", r"amnen", r"sporsmal", r"emner", r"temaer",
        r"pertanyaan", r"topik", r"soalan",
        r"cau\s+hoi", r"chu\s+[dđ]e", r"[dđ]e\s+tai",
        r"kerdes\w{0,6}", r"tema\w{0,6}",
    ]
)  # fmt: skip

_VIEW = alt(
    [
        # EN: you are / you're no longer limited to (questions about) ...
        r"\byou(?:'re|\s+are)\s+no\s+longer\s+(?:just\s+|only\s+)?(?:limited|restricted|confined|bound|tied)\s+to\s+" + _FEW + _TOPIC + r"\b",
        r"\byou(?:'re|\s+are)\s+not\s+(?:limited|restricted|confined)\s+to\s+" + _FEW + _TOPIC + r"\s+(?:any\s*more|anymore)\b",
        # DE: du bist nicht mehr / nicht länger auf ... beschränkt
        r"\bdu\s+bist\s+(?:ab\s+\w+\s+|jetzt\s+)?(?:nicht\s+mehr|nicht\s+langer|keineswegs\s+mehr)\s+(?:nur\s+)?auf\s+" + _FEW + _TOPIC + r"\b[^.!?\n]{0,30}?(?:beschrankt|begrenzt|festgelegt)",
        # FR: tu n'es plus limité(e) aux questions ...
        r"\btu\s+n'es\s+plus\s+(?:seulement\s+)?(?:limitee?|restreinte?|cantonnee?|bornee?|confinee?)\s+(?:a|aux)\s+" + _FEW + _TOPIC + r"\b",
        # ES: ya no estás limitado a preguntas ...
        r"\bya\s+no\s+(?:estas|te\s+limitas|quedas)\s+(?:solo\s+)?(?:limitad[oa]|restringid[oa]|confinad[oa]|atad[oa])?\s*a\s+" + _FEW + _TOPIC + r"\b",
        # IT: non sei più limitato alle domande ...
        r"\bnon\s+sei\s+piu\s+(?:solo\s+)?(?:limitat[oa]|vincolat[oa]|ristrett[oa]|confinat[oa])\s+(?:a|alle|ai|agli)\s+" + _FEW + _TOPIC + r"\b",
        # PT: você não está mais limitado a perguntas / já não estás limitado
        r"\b(?:voce\s+nao\s+esta\s+mais|tu\s+ja\s+nao\s+estas|ja\s+nao\s+estas|nao\s+estas\s+mais|voce\s+ja\s+nao\s+esta)\s+(?:so\s+)?(?:limitad[oa]|restrit[oa]|pres[oa]|confinad[oa])\s+(?:a|as|aos)\s+" + _FEW + _TOPIC + r"\b",
        # NL: je bent niet langer / niet meer beperkt tot vragen ...
        r"\bje\s+bent\s+(?:niet\s+langer|niet\s+meer)\s+(?:alleen\s+)?(?:beperkt|gebonden)\s+tot\s+" + _FEW + _TOPIC + r"\b",
        # PL: nie jesteś już ograniczony do pytań ...
        r"\bnie\s+jestes\s+(?:juz|dluzej)\s+(?:tylko\s+)?(?:ograniczon[ya]|ograniczona|zwiazan[ya])\s+do\s+" + _FEW + _TOPIC + r"\b",
        # CS / SK: už nejsi omezený na otázky ...
        r"\b(?:uz\s+)?(?:nejsi|nie\s+si)\s+(?:uz\s+)?(?:omezen[ya]?|obmedzen[ya]?)\s+(?:jen\s+|len\s+)?na\s+" + _FEW + _TOPIC + r"\b",
        # RO: nu mai ești limitat la întrebări ...
        r"\bnu\s+mai\s+esti\s+(?:doar\s+)?(?:limitat[a]?|restrictionat[a]?)\s+la\s+" + _FEW + _TOPIC + r"\b",
        # SV / NO / DA: du är inte längre begränsad till frågor ...
        r"\bdu\s+(?:ar|er)\s+(?:inte|ikke)\s+(?:langre|lenger|laengere|laenger)\s+(?:bara\s+|kun\s+)?(?:begransad|begrenset|begraenset)\s+til\w?\s+" + _FEW + _TOPIC + r"\b",
        # TR: artık ... sorularıyla / konularıyla sınırlı değilsin
        r"\bartik\s+(?:sadece\s+|yalnizca\s+)?" + _FEW + r"(?:soru|konu)\w{0,8}\s+(?:ile\s+)?(?:sinirli|kisitli)\s+degilsin",
        # ID / MS: kamu tidak lagi terbatas pada pertanyaan ...
        r"\b(?:kamu|anda|awak)\s+(?:sudah\s+)?tidak\s+lagi\s+(?:hanya\s+)?(?:terbatas|dibatasi|terikat)\s+(?:pada|kepada|ke|dengan)\s+" + _FEW + _TOPIC + r"\b",
        # VI: bạn không còn bị giới hạn ở các câu hỏi ...
        r"\b(?:ban|em|may)\s+(?:da\s+)?khong\s+con\s+(?:bi\s+)?(?:gioi\s+han|han\s+che|bo\s+buoc)\s+(?:o|trong|vao)\s+" + _FEW + _TOPIC + r"\b",
        # HU: már nem vagy ... kérdésekre korlátozva
        r"\bmar\s+nem\s+vagy\s+" + _FEW + _TOPIC + r"\s+(?:korlatozva|korlatozott)",
    ]
)  # fmt: skip

_RAW = alt(
    [
        # RU / UK: ты больше не ограничен вопросами о ...
        r"(?:[Тт]ы|[Вв]ы)\s+больше\s+не\s+(?:только\s+)?(?:ограничен\S{0,2}|привязан\S{0,2}|скован\S{0,2})\s+(?:\S+\s+){0,3}?(?:вопрос|тем|запрос)",
        r"(?:[Тт]и|[Вв]и)\s+більше\s+не\s+(?:лише\s+)?(?:обмежен\S{0,3}|прив'язан\S{0,2})\s+(?:\S+\s+){0,3}?(?:питан|тем|запит)",
        # AR: لم تعد مقيدًا بأسئلة ...
        r"لم\s+تعد\s+(?:مقيدا?ً?|مقيّدا?ً?|محصورا?ً?|محدودا?ً?)\s+(?:\S+\s+){0,2}?(?:ب|في\s+)?(?:ال)?(?:أسئلة|اسئلة|مواضيع|موضوعات|مواضيع|طلبات)",
        # FA: دیگر محدود به سوالات ... نیستی
        r"دیگر\s+(?:فقط\s+)?(?:محدود|مقید)\s+به\s+(?:\S+\s+){0,3}?(?:سوال|سؤال|پرسش|موضوع)\S{0,4}[^.!?\n]{0,30}?نیستی",
        # HE: אתה כבר לא מוגבל לשאלות ...
        r"(?:אתה|את)\s+(?:כבר\s+)?(?:לא|אינך)\s+(?:כבר\s+)?(?:מוגבל|מוגבלת)\s+(?:רק\s+)?ל(?:שאלות|נושאים|נושא|בקשות)",
        # HI: अब तुम ... सवालों तक सीमित नहीं हो
        r"(?:अब\s+)?(?:तुम|आप)\s+(?:अब\s+)?(?:\S+\s+){0,4}?(?:सवालों|प्रश्नों|विषयों|मुद्दों)\s+तक\s+(?:ही\s+)?सीमित\s+नहीं",
        # EL: δεν περιορίζεσαι πια σε ερωτήσεις ...
        r"δεν\s+(?:περιορίζεσαι|είσαι\s+περιορισμένος|είσαι\s+περιορισμένη)\s+(?:πια|πλέον)\s+(?:μόνο\s+)?(?:σε|στις|στα)\s+(?:\S+\s+){0,2}?(?:ερωτήσεις|θέματα|αιτήματα)",
        # TH: คุณไม่ได้ถูกจำกัดแค่คำถาม ... อีกต่อไป
        r"(?:คุณ|เธอ)ไม่(?:ได้)?ถูกจำกัด(?:แค่|เฉพาะ|อยู่แค่|อยู่ที่)?(?:คำถาม|เรื่อง|หัวข้อ)[^\n]{0,30}?อีกต่อไป",
        # Chinese, no longer confined to the cinema questions
        r"你(?:已经)?不再(?:局限于|局限在|限于|只限于|仅限于|受限于|被限制在|只能回答)[^。！？\n]{0,15}?(?:问题|問題|话题|話題|主题|主題|领域|領域)",
        # Japanese, no longer limited to the film questions
        r"(?:もう|もはや)[^。！？\n]{0,15}?(?:質問|話題|テーマ|分野)(?:だけ|のみ)?に(?:限定|制限)(?:されていません|されない|されません)",
        # KO: 더 이상 영화 질문에만 제한되지 않아
        r"더\s*이상\s*(?:\S+\s*){0,3}?(?:질문|주제|분야)(?:에만|에|으로만|으로)?\s*(?:제한|국한)(?:되지|받지)\s*않",
    ]
)  # fmt: skip

# Worst case: the subject and verb ~70, four words ~90, the noun ~15, the
# German tail 45: about 220. Raw: ~40, three words ~60, ~40: about 150.
RULES: tuple[Rule, ...] = (
    Rule("injection.remit_unbounded.view", _CAT, _VIEW, score=0.8, max_len=230,
         description="you are no longer limited to (the bot's) questions / topics (17 languages)"),
    raw_rule("injection.remit_unbounded.scripts", _CAT, _RAW,
             "RU/UK/AR/FA/HE/HI/EL/TH/ZH/JA/KO: no longer limited to the bot's topic",
             score=0.8, max_len=160),
)  # fmt: skip
