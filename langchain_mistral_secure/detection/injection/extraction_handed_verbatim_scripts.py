"""The text handed to the model, asked for word for word (other scripts).

Family: extraction (reveal the system prompt). The shape of
:mod:`.extraction_handed_verbatim` on the text itself, for scripts the
folded view mangles: a setup noun (instructions, rules, settings text), a
clause making the model the one it was given to ("які тобі дав", "που σου
έδωσε", "که ... به تو داده", "को जो ... दिए गए", "তোমাকে ... দেওয়া হয়েছে",
"שנתנו לך", "ที่ให้คุณ") and a mark of an exact or whole copy ("дослівно",
"дума по дума", "λέξη προς λέξη", "بدون هیچ تغییری", "शब्दशः", "হুবহু",
"מילה במילה", "คำต่อคำ"), in one bounded window, any order. One rule per
script family: Cyrillic (BG, UK, RU, SR, MK), Greek, Persian/Arabic, Hindi,
Bengali, Hebrew, Thai, Urdu, Tamil.

Why it is safe on benign text: as for the Latin scripts, the user's own
text is "what I gave you", never a setup given to the model by another,
and instructions a person received name no second-person recipient.
"""

# ruff: noqa: RUF001, RUF002
# (Cyrillic, Greek, Arabic, Devanagari, Bengali, Hebrew, Thai, Urdu, Tamil on purpose)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import raw_rule
from langchain_mistral_secure.detection.injection.extraction_handed_verbatim import (
    handed_verbatim,
)

__all__ = ["RULES"]

_CAT = "extraction"
_S = r"(?:\S{1,20}\s+)"


def _rule(lang: str, noun: str, gave: str, exact: str) -> Rule:
    return raw_rule(f"injection.handed_verbatim.{lang}", _CAT,
                    handed_verbatim(noun, gave, exact),
                    f"{lang}: the setup handed to the model, asked for word for word",
                    score=0.7, max_len=250)  # fmt: skip


RULES: tuple[Rule, ...] = (
    _rule(
        "cyrillic",
        r"указани|инструкци|правил|настро[йи]к|текст|промпт|інструкці|вказівк|налаштуван|упатств",
        rf"(?:ти|тебе|тобі|вам)\s+(?:(?:е|са|є|були|было|были|било)\s+)?{_S}{{0,3}}?(?:дал|дала|дали|дадоха|дав|дало|дадени|дадено|зададени|надав\S{{0,3}}|написал\S{{0,3}}|задал\S{{0,3}}|передал\S{{0,3}}|выдал\S{{0,3}}|загрузил\S{{0,3}}|даны|дано|надано|предоставил\S{{0,3}}|дадоа)|"
        r"(?:които|които\s+си|що|які|которые|что|кои)\s+(?:ти\s+|си\s+)?(?:получил|отримав|отримала|получила|получи|доби)\S{0,3}",
        r"дума\s+по\s+дума|дословно|дослівно|буквално|слово\s+в\s+слово|слово\s+по\s+слово|целите|цялото|повністю|полностью|целиком|без\s+змін|без\s+изменений|без\s+промени|без\s+да\s+пропускаш|як\s+є|как\s+есть",
    ),
    _rule(
        "el",
        r"οδηγ\p{L}*|κανόν\p{L}*|κανον\p{L}*|ρυθμίσ\p{L}*|κείμεν\p{L}*|εντολ\p{L}*",
        r"σου\s+(?:\S{1,20}\s+){0,2}?(?:έδωσε|έδωσαν|δόθηκαν|δόθηκε|έχουν\s+δοθεί|έχει\s+δώσει)|(?:που|τα\s+οποία|τις\s+οποίες)\s+(?:σου\s+)?(?:έλαβες|πήρες)",
        r"λέξη\s+προς\s+λέξη|αυτούσι\p{L}*|ολόκληρ\p{L}*|κατά\s+λέξη|χωρίς\s+(?:αλλαγ\p{L}*|να\s+παραλείψεις)",
    ),
    _rule(
        "fa_ar",
        r"دستورالعمل|دستورات|قوانین|تنظیمات|متن|پرامپت|التعليمات|تعليمات|القواعد|الإعدادات|النص|الموجه",
        r"(?:به\s+تو|بهت)\s+(?:\S{1,20}\s+){0,3}?(?:داده|دادند|داد|سپرده)|به\s+تو\s+داده|(?:أعطيت|اعطيت|أعطاك|أعطتك|اعطاك|اعطتك|زودك|زودتك|أعطوك|تلقيتها)|(?:المعطاة|المقدمة)\s+لك",
        r"بدون\s+هیچ\s+تغییری|کلمه\s+به\s+کلمه|عینا|عیناً|به\s+طور\s+کامل|حرفيا|حرفياً|كلمة\s+بكلمة|بالكامل|كما\s+هي|بدون\s+تغيير|دون\s+تغيير",
    ),
    _rule(
        "hi",
        r"निर्देश|नियम|सेटिंग|टेक्स्ट|प्रॉम्प्ट|हिदायत",
        r"(?:तुम्हें|आपको|तुझे)\s+(?:\S{1,20}\s+){0,4}?(?:दिए|दी|दिया|मिले|मिली)|(?:को|तुम्हें|आपको)\s+जो",
        r"शब्दशः|शब्दश:|हूबहू|ज्यों\s+का\s+त्यों|बिना\s+बदले|कुछ\s+भी\s+(?:छोड़|बदल)",
    ),
    _rule(
        "bn",
        r"নির্দেশ|নিয়ম|সেটিং|টেক্সট|প্রম্পট",
        # the recipient pronoun alone: the verb form ends a long relative clause
        r"তোমাকে|আপনাকে|তোকে",
        r"হুবহু|শব্দে\s+শব্দে|প্রথম\s+লাইন\s+থেকে|কিছু\s+বাদ\s+না",
    ),
    _rule(
        "he",
        r"הוראות|ההוראות|כללים|הכללים|הגדרות|ההגדרות|טקסט|הטקסט|הפרומפט",
        r"(?:שנתנו|שניתנו|שקיבלת|שהוזנו|שנתן|שנתנה)(?:\s+לך)?|נתנו\s+לך|ניתנו\s+לך",
        r"מילה\s+במילה|כלשונ\S{0,2}|במלוא\S{0,2}|בלי\s+לשנות|ללא\s+שינוי",
    ),
    _rule(
        "th",
        r"คำสั่ง|คำแนะนำ|กฎ|ข้อความตั้งค่า|พรอมต์|ข้อกำหนด",
        r"ที่\S{0,10}?(?:ให้|มอบให้|ป้อนให้|ตั้งให้)(?:คุณ|เธอ|นาย)|(?:คุณ|เธอ)ได้รับ",
        r"คำต่อคำ|ทุกคำ|ตามตัวอักษร|ไม่ตัด|ไม่ต้องสรุป|ห้ามตัด",
    ),
    _rule(
        "ur",
        r"ہدایات|ہدایت|قواعد|اصول|ترتیبات|پرامپٹ|متن",
        r"(?:تمہیں|تجھے|آپ\s+کو)\s+(?:\S{1,20}\s+){0,6}?(?:دی|دیے|دیا|ملی|ملے|سونپی)",
        r"لفظ\s+بہ\s+لفظ|من\s+و\s+عن|ہو\s+بہ\s+ہو|بغیر\s+(?:کسی\s+)?(?:تبدیلی|بدلے)|پوری\s+کی\s+پوری",
    ),
    _rule(
        "ta",
        r"அறிவுறுத்தல்|வழிமுறை|விதி|அமைப்பு|ப்ராம்ப்ட்|உரை",
        r"(?:உனக்கு|உங்களுக்கு)\S{0,2}\s+(?:\S{1,20}\s+){0,2}?(?:கொடுத்த|வழங்கிய|தந்த|அளித்த)",
        r"அப்படியே|வார்த்தைக்கு\s+வார்த்தை|முழுமையாக|மாற்றாமல்|ஒன்றும்\s+விடாமல்",
    ),
)  # fmt: skip
