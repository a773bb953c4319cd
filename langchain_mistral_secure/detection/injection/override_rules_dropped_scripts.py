"""The rules the model was given dropped, then the speaker's order (other scripts).

Family: direct goal hijacking (forget-the-rules and override, many
languages), the twin of
:mod:`~langchain_mistral_secure.detection.injection.override_rules_dropped_i18n`
for scripts the folded view would mangle: Cyrillic (Russian, Ukrainian,
Bulgarian, Serbian, Macedonian, Kazakh), Greek, Hebrew, Arabic script
(Arabic, Persian, Urdu), Devanagari (Hindi, Marathi, Nepali), Bengali,
Tamil, Telugu, Thai, Georgian, Armenian, Japanese, Chinese and Korean. The
user turn dismisses the rules or instructions the model was set up with
(a verb of forgetting or ignoring next to a noun for instructions, in the
language's own order, or the noun with "no longer valid") and then gives
its own order ("from now on", "instead", "only", "just write"). These match
the raw text (case-insensitive, invisible characters removed).

Safe on benign text: forgetting an earlier draft, recipe or plan names no
rules or instructions; news that rules were cancelled carries no order
after it; both halves must be there, the dismissal first, in one bounded
window.
"""

# ruff: noqa: RUF001, E501
# (E501: word tables, a language's words kept together; RUF001: the patterns are written in Cyrillic, Greek and CJK punctuation.)

from __future__ import annotations

from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "override"

# (verbs of dismissal, instruction nouns, "no longer valid", order markers);
# every group lets the verb come before or after the noun (SOV languages put
# it last, "правила ... забудь" is common in Russian speech too).
# fmt: off
_GROUPS: dict[str, tuple[list[str], list[str], list[str], list[str]]] = {
    "cyrillic": (
        [r"забуд[ьтеи]{1,3}", r"(?:про)?игнорир[а-яё]{0,4}", r"не\s+обращай\s+внимания",
         r"не\s+(?:слушай|следуй|выполняй|соблюдай)", r"отбрось", r"ігноруй",
         r"не\s+зважай", r"не\s+(?:слухай|дотримуйся)", r"забрави", r"игнорирай",
         r"не\s+(?:спазвай|слушај|слушай)", r"заборави", r"игнориши", r"игнорирај",
         r"ұмыт", r"елеме", r"назар\s+аударма"],
        [r"правил", r"инструкци", r"інструкці", r"указани", r"вказів", r"директив",
         r"установк", r"распоряжени", r"розпоряджен", r"настанов", r"насоки", r"упътвания",
         r"упутств", r"упатства", r"смерниц", r"нұсқау", r"ереже"],
        [r"больше\s+не\s+(?:действуют|применяются|действительны)", r"не\s+действуют",
         r"утратили\s+силу", r"більше\s+не\s+діють", r"вече\s+не\s+(?:важат|са\s+валидни)",
         r"више\s+не\s+важе", r"не\s+важе\s+више", r"веќе\s+не\s+важат",
         r"(?:отменен|скасован|поништен)[а-яё]{0,3}"],
        [r"отныне", r"с\s+этого\s+момента", r"вместо\s+этого", r"только", r"лишь",
         r"новая\s+задача", r"відтепер", r"замість\s+цього", r"лише", r"тільки",
         r"нове\s+завдання", r"отсега", r"вместо\s+това", r"само", r"единствено",
         r"од\s+сада", r"сада", r"уместо\s+тога", r"од\s+сега", r"наместо\s+тоа",
         r"тек", r"бұдан\s+былай", r"пиши", r"напиши", r"отвечай", r"ответь"],
    ),
    "greek": (
        [r"ξέχασε", r"ξεχασε", r"αγνόησε", r"αγνοησε", r"παράβλεψε", r"μην\s+(?:ακολουθείς|υπακούς)"],
        [r"οδηγί", r"οδηγι", r"κανόν", r"κανον", r"εντολ"],
        [r"δεν\s+ισχύουν", r"δεν\s+ισχυουν", r"ακυρώθηκαν", r"καταργήθηκαν"],
        [r"από\s+τώρα", r"αντί\s+γι", r"μόνο", r"μονο", r"γράψε", r"γραψε"],
    ),
    "hebrew": (
        [r"שכח", r"תשכח", r"התעלם", r"תתעלם", r"אל\s+(?:תקשיב|תציית|תפעל)"],
        [r"הוראות", r"כללים", r"הנחיות", r"חוקים"],
        [r"כבר\s+לא\s+(?:רלוונטי|תקפ|בתוקף)", r"מבוטלות", r"בטלות", r"אינן\s+בתוקף"],
        [r"מעכשיו", r"מעתה", r"במקום\s+זאת", r"רק", r"בלבד"],
    ),
    "arabic": (
        [r"انس", r"تجاهل", r"لا\s+(?:تتبع|تلتزم|تلتفت)", r"ضع\s+جانبا", r"فراموش\s+کن",
         r"نادیده\s+بگیر", r"کنار\s+بگذار", r"گوش\s+نده", r"بھول\s+جاؤ", r"نظر\s+انداز",
         r"چھوڑ\s+دو", r"مت\s+مانو"],
        [r"تعليمات", r"التعليمات", r"قواعد", r"القواعد", r"إرشادات", r"الإرشادات", r"توجيهات",
         r"أوامر", r"الأوامر", r"دستور", r"قوانین", r"راهنمایی", r"ہدایات", r"اصول", r"احکامات"],
        [r"لم\s+تعد\s+(?:سارية|صالحة|مطبقة)", r"ملغاة", r"باطل"],
        [r"من\s+الآن", r"بدلا\s+من\s+ذلك", r"فقط", r"از\s+این\s+به\s+بعد",
         r"به\s+جای", r"اب\s+سے", r"صرف", r"کے\s+بجائے"],
    ),
    "indic": (
        [r"भूल\s+जा", r"भूलो", r"नज़रअंदाज़\s+(?:करो|करें|कीजिए)", r"नजरअंदाज\s+(?:करो|करें|कीजिए)",
         r"अनदेखा\s+(?:करो|करें|कीजिए)", r"मत\s+मान",
         r"पालन\s+मत", r"विसर", r"दुर्लक्ष", r"बाजूला\s+ठेव", r"बिर्स", r"बेवास्ता",
         r"ভুলে\s+যা", r"উপেক্ষা", r"মেনো\s+না", r"বাদ\s+দা", r"மறந்து", r"புறக்கணி",
         r"பின்பற்ற\s+வேண்டாம்", r"మర్చిపో", r"పట్టించుకోకు", r"విస్మరించు", r"పాటించకు"],
        [r"निर्देश", r"नियम", r"हिदायत", r"आदेश", r"सूचना", r"নিয়ম", r"নিয়ম", r"নির্দেশ",
         r"விதி", r"அறிவுறுத்தல்", r"கட்டளை", r"సూచన", r"నియమ", r"ఆదేశ"],
        [r"अब\s+लागू\s+नहीं", r"रद्द\s+(?:हो|कर)"],
        [r"सिर्फ़", r"सिर्फ़", r"सिर्फ", r"केवल", r"बस", r"फक्त", r"यापुढे",
         r"मात्र", r"শুধু", r"কেবল", r"இனிமேல்", r"மட்டும்",
         r"ఇప్పటినుండి", r"మాత్రమే"],
    ),
    "thai_caucasus": (
        [r"ลืม", r"ไม่ต้อง(?:ทำตาม|สนใจ|ปฏิบัติตาม)", r"เพิกเฉย", r"ละเลย", r"დაივიწყე",
         r"უგულებელყავი", r"ნუ\s+(?:მიჰყვები|დაემორჩილები)", r"մոռացիր", r"անտեսիր",
         r"մի\s+հետևիր"],
        [r"กฎ", r"คำสั่ง", r"คำแนะนำ", r"ข้อกำหนด", r"แนวทาง", r"ระเบียบ", r"წეს", r"ინსტრუქცი",
         r"მითითებ", r"կանոն", r"հրահանգ", r"ցուցում"],
        [r"ไม่มีผลแล้ว", r"ยกเลิกแล้ว", r"აღარ\s+მოქმედებს", r"այլևս\s+չեն\s+գործում"],
        [r"ต่อจากนี้", r"จากนี้ไป", r"เท่านั้น", r"อย่างเดียว", r"แทน",
         r"ამიერიდან", r"მხოლოდ", r"ნაცვლად", r"այսուհետ", r"միայն", r"փոխարենը"],
    ),
    "cjk": (
        [r"忘れて", r"無視して", r"無視し", r"従わな(?:くていい|いで)", r"気にしないで",
         r"忘掉", r"忘记", r"忘記", r"忘了", r"无视", r"無視", r"忽略", r"不要理会", r"别管",
         r"不(?:用|要|必)(?:再)?遵守", r"抛开", r"拋開", r"잊어", r"무시해", r"무시하고",
         r"신경\s*쓰지\s*마", r"따르지\s*(?:마|말고)"],
        [r"設定", r"ルール", r"規則", r"指示", r"命令", r"ガイドライン", r"指針", r"方針",
         r"规定", r"规则", r"指令", r"指示", r"设定", r"准则", r"守则", r"規定", r"準則",
         r"지침", r"규칙", r"지시", r"설정", r"명령", r"규정", r"가이드라인"],
        [r"無効", r"もう適用されない", r"作废", r"作廢", r"无效", r"不再(?:适用|有效|適用)",
         r"失效", r"효력이\s*없", r"더\s*이상\s*(?:유효하지|적용되지)"],
        [r"代わりに", r"これからは", r"今後は", r"以降", r"だけ", r"のみ",
         r"从现在开始", r"今后", r"以后", r"只", r"仅", r"改为", r"而是",
         r"앞으로", r"이제부터", r"지금부터", r"대신", r"만\s*(?:답|써|출력|말)"],
    ),
}
# fmt: on


# A dismissal and its order stay within one sentence-like stretch; a quoted
# phrase ends the window (a question *about* "ignore the instructions" quotes
# it), and in scripts written with spaces the order word starts a word
# ("اب" is also the end of "السابقة").
_NOT_SENTENCE_END = r"[^.!?;:\n。！？؟।۔]"
_NOT_QUOTE = r"[^\"“”«»„「」『』]"
_SPACED = frozenset({"cyrillic", "greek", "hebrew", "arabic", "indic"})


def _pattern(
    verbs: list[str],
    nouns: list[str],
    void: list[str],
    orders: list[str],
    *,
    spaced: bool,
) -> str:
    verb, noun, gone, order = alt(verbs), alt(nouns), alt(void), alt(orders)
    dismissed = alt(
        [
            rf"{verb}{_NOT_SENTENCE_END}{{0,40}}{noun}",
            rf"{noun}{_NOT_SENTENCE_END}{{0,40}}{verb}",
            rf"{noun}{_NOT_SENTENCE_END}{{0,40}}{gone}",
        ]
    )
    start = r"[\s,.:;!?،؟।]" if spaced else ""
    return rf"{dismissed}{_NOT_QUOTE}{{0,80}}?{start}{order}"


RULES = tuple(
    raw_rule(
        f"injection.override_rules_dropped.{group}",
        _CAT,
        _pattern(*parts, spaced=group in _SPACED),
        "the rules the model was given dismissed, then an order",
        score=0.85,
        max_len=220,
    )
    for group, parts in _GROUPS.items()
)
