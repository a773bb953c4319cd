"""The bot's running job stopped, and something else ordered in its place.

Family: direct goal hijacking (the task turned round, HackAPrompt and
deepset style). A translator, summariser, classifier or proofreader is told
to stop *that work* and, in the same breath, to do something else instead:
"quit translating and instead write ...", "hör auf zusammenzufassen und
schreib stattdessen ...", "przestań poprawiać i zamiast tego napisz ...",
"özetlemeyi bırak, onun yerine ...", "翻訳はやめて、代わりに...", "别分类了，改为写
...", "перестань переводить, вместо этого ...". The line often sits inside
the very text the bot was handed to process. :mod:`.hijack_task` reads a
labelled task change ("new task: stop translating") and a negated task verb
("don't translate this; instead"); this module reads the plain stop with
"instead" right after it, in the languages those rules lack.

Each rule wants the three parts close together: a verb of stopping, the
job as the kind of work an app does (translating, summarising, classifying,
correcting, proofreading), and, after at most a conjunction and a verb, a
word for "instead". Safe on benign text: a translation tip ("stop
translating word for word and use natural phrasing instead") puts a manner
between the job and "instead"; a reader who drops their own request ("skip
the summary, I'll read it myself") says no "instead"; "instead of
summarising, use bullet points" stops nothing.
"""

# ruff: noqa: E501, RUF001, RUF002, RUF003
# (E501: word tables kept one language to a line; RUF001-RUF003: the
# tables, the docstring and comments quote other scripts.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "override"

# Stop, quit, give up, per language (folded view), with the job after it.
_STOP = alt(
    [
        r"stop", r"quit", r"cease", r"abandon", r"give\s+up",
        r"hor\s+auf(?:\s+zu|,)?", r"horen\s+sie\s+auf(?:\s+zu|,)?", r"lass\s+das", r"schluss\s+mit\s+dem",
        r"arrete\s+de", r"cesse\s+de", r"arretez\s+de",
        r"deja\s+de", r"para\s+de", r"dejes\s+de",
        r"smetti\s+di", r"smettila\s+di", r"basta\s+(?:con\s+(?:il|la|le|lo)\s+)?",
        r"pare\s+de", r"para\s+de", r"deixa\s+de",
        r"stop\s+met", r"hou\s+op\s+met",
        r"przestan", r"przestancie", r"skoncz\s+z",
        r"prestan(?:\s+se)?", r"prestante(?:\s+se)?",
        r"inceteaza\s+sa", r"opreste-te\s+din", r"nu\s+mai",
        r"sluta", r"slutt\s+a", r"hold\s+op\s+med\s+at",
        r"berhenti", r"stop",
        r"dung", r"thoi",
        r"hagyd\s+abba\s+a",
        r"acha", r"wacha",
    ]
)  # fmt: skip
# The job, as the work an app does (a verb or its noun).
_JOB = alt(
    [
        r"translat\w{0,5}", r"summari[sz]\w{0,4}", r"classif\w{1,7}", r"correct\w{0,4}", r"proofread\w{0,3}", r"grammar[\s-]+check\w{0,3}", r"spell[\s-]*check\w{0,3}", r"rating", r"tagging", r"labell?ing",
        r"(?:zu\s+)?(?:ubersetz|zusammenzufass|zusammenfass|korrigier|klassifizier|bewert)\w{0,4}", r"(?:das\s+)?(?:ubersetzen|zusammenfassen|korrigieren|klassifizieren)",
        r"tradui\w{0,3}", r"resumer", r"corriger", r"classer", r"classifier",
        r"traducir", r"resumir", r"corregir", r"clasificar",
        r"tradurre", r"riassumere", r"correggere", r"classificare", r"(?:la\s+)?traduzione",
        r"traduzir", r"resumir", r"corrigir", r"classificar",
        r"vertalen", r"samenvatten", r"corrigeren", r"classificeren",
        r"t[lł]umaczyc", r"t[lł]umaczenia", r"streszczac", r"streszczania", r"poprawiac", r"poprawiania", r"klasyfikowac",
        r"prekladat", r"shrnovat", r"opravovat", r"prekladani",
        r"traduci", r"traduca", r"rezumi", r"corectezi",
        r"oversatta", r"sammanfatta", r"rattar", r"oversette", r"oppsummere", r"overs\S{1,2}tte",
        r"menerjemahkan", r"meringkas", r"mengoreksi", r"mengklasifikasi", r"menerjemahkannya",
        r"dich(?:\s+thuat)?", r"tom\s+tat", r"phan\s+loai", r"sua\s+loi",
        r"forditast", r"osszefoglalast", r"javitast",
        r"kutafsiri", r"kufupisha", r"kusahihisha",
    ]
)  # fmt: skip
# Instead, per language.
_INSTEAD = alt(
    [
        r"instead", r"stattdessen", r"statt\s+dessen", r"a\s+la\s+place", r"plutot", r"en\s+su\s+lugar", r"en\s+lugar\s+de\s+eso", r"en\s+vez\s+de\s+eso",
        r"invece", r"al\s+suo\s+posto", r"em\s+vez\s+disso", r"ao\s+inves\s+disso", r"no\s+lugar\s+disso", r"in\s+plaats\s+daarvan",
        r"zamiast\s+tego", r"misto\s+toho", r"namiesto\s+toho", r"in\s+schimb", r"in\s+loc", r"istallet", r"i\s+stedet",
        r"(?:bunun|onun)\s+yerine", r"sebagai\s+gantinya", r"sbg\s+gantinya", r"thay\s+vao\s+[dđ]o", r"helyette", r"badala\s+yake",
    ]
)  # fmt: skip
# Between the job and "instead": a conjunction, a particle and one verb at
# most ("and instead write", "und schreib stattdessen", "nữa, thay vào đó").
_JOIN = r"(?:\s+(?:any\s*more|now|already|nua|lagi|mehr|plus))?[\s,.;:!-]+(?:(?:and|und|et|y|e|en|i|a|och|og|ve|dan|va|ja|na|es)\s+)?(?:[^\W\d]{2,14}\s+){0,1}?"

_VIEW = (
    # (RE2's \b is ASCII: Vietnamese "đừng" folds to "đung", with no boundary before "đ")
    r"(?:\b"
    + _STOP
    + r"|đung)"
    + r"\s+(?:the\s+|with\s+the\s+|your\s+|mit\s+dem\s+)?"
    + _JOB
    + _JOIN
    + _INSTEAD
    + r"\b"
    # verb-final: "özetlemeyi bırak, onun yerine"
    + r"|\b(?:ceviri|ozetleme|duzeltme|siniflandirma)\w{0,4}\s+(?:\w+\s+)?(?:birak|kes)\w{0,3}[\s,.;:!-]+(?:ve\s+)?(?:bunun|onun)\s+yerine\b"
)

_RAW = alt(
    [
        # JA: 翻訳はやめて、代わりに / 要約しないで、代わりに
        r"(?:翻訳|要約|分類|添削|校正|採点)(?:は|を|するのは)?(?:もう)?(?:やめて|止めて|しないで|せずに|中止して)[、,，\s]*(?:その)?(?:代わりに|かわりに)",
        # ZH: 别翻译了，改为 / 不要再总结了，而是
        r"(?:别|不要|停止|不用)(?:再)?(?:翻译|翻譯|总结|總結|分类|分類|改错|纠错|校对|校對|打分)(?:了)?[，,、\s]*(?:改为|改為|改成|而是|转而|轉而|取而代之|换成|換成)",
        # KO: 번역은 그만두고 대신
        r"(?:번역|요약|분류|교정|채점)(?:은|는|을|를)?\s*(?:그만\s*(?:두고|하고)|하지\s*말고|멈추고)[,\s]*(?:그\s*)?대신",
        # RU / UK: перестань переводить, вместо этого
        r"(?:[Пп]ерестань|[Хх]ватит|[Пп]рекрати|[Бб]ольше\s+не)\s+(?:переводить|пересказывать|классифицировать|исправлять|резюмировать|проверять)[\s,.;:!-]+(?:а\s+|и\s+)?(?:\S+\s+)?(?:вместо\s+этого|взамен)",
        r"(?:[Пп]ерестань|[Дд]осить|[Пп]рипини|[Бб]ільше\s+не)\s+(?:перекладати|переказувати|класифікувати|виправляти)[\s,.;:!-]+(?:а\s+|і\s+)?(?:\S+\s+)?(?:натомість|замість\s+цього)",
        # AR: توقف عن الترجمة وبدلاً من ذلك
        r"(?:توقف|توقّف|كف|كفّ)\s+عن\s+(?:الترجمة|التلخيص|التصنيف|التصحيح|التدقيق)[\s،,.]*(?:و)?(?:بدلا|بدلاً|عوضا|عوضاً)\s+(?:من\s+)?(?:ذلك)",
        # FA / HE: ترجمه را کنار بگذار و به جای آن / תפסיק לתרגם ובמקום זה
        r"(?:ترجمه|خلاصه)\s+(?:کردن\s+)?(?:را\s+)?(?:کنار\s+بگذار|بس\s+کن|متوقف\s+کن|نکن)[\s،,.]*(?:و\s+)?(?:به\s+جای\s+(?:آن|این)|در\s+عوض)",
        r"(?:תפסיק|תפסיקי|די)\s+(?:ל)?(?:לתרגם|לסכם|לסווג|לתקן)[\s,.]*(?:ו)?(?:במקום\s+זה|במקום\s+זאת)",
        # HI: अनुवाद करना बंद करो और इसके बजाय
        r"(?:अनुवाद|सारांश|वर्गीकरण)\s+(?:करना\s+)?(?:बंद\s+करो|बंद\s+करें|छोड़ो|छोड़ दो)[\s,।]*(?:और\s+)?(?:इसके|उसके)\s+(?:बजाय|बदले)",
        # TH: หยุดแปลแล้วเขียน ... แทน
        r"หยุด(?:แปล|สรุป|จัดหมวดหมู่|ตรวจ)[^\n]{0,30}?แทน",
    ]
)  # fmt: skip

# Worst case: the stop ~25, the job ~30, the join ~40, instead ~20: about 120.
RULES: tuple[Rule, ...] = (
    Rule("injection.task_stopped_instead.view", _CAT, _VIEW, score=0.8, max_len=140,
         description="stop translating / summarising and instead ... (17 languages)"),
    raw_rule("injection.task_stopped_instead.scripts", _CAT, _RAW,
             "JA/ZH/KO/RU/UK/AR/FA/HE/HI/TH: stop the job and instead ...",
             score=0.8, max_len=100),
)  # fmt: skip
