"""The assistant told it no longer holds its role in the app, new duty, other scripts.

Family: direct goal hijacking (role revoked, new duty); the scripts the
folded view would mangle. The same act as :mod:`app_role_revoked`: a
negated "you are" ("ты больше не", "σταμάτησες να είσαι", "لم تعد", "אתה
כבר לא", "अब तुम ... नहीं हो", "你不再是", "あなたはもう...ではない", "너는 더
이상 ... 아니야"), an assistant-like role noun (assistant, bot, helper,
consultant) within a short stretch, then a new duty named as the
assistant's own ("твоя новая задача", "مهمتك الجديدة", "你的新任务",
"新しい仕事", "새로운 임무"). Cyrillic (ru, uk, be, bg, mk, sr, kk, mn),
Greek, Arabic, Persian, Urdu, Hebrew, Devanagari, Bengali, Gurmukhi,
Gujarati, Tamil, Thai, Georgian, Armenian, Japanese, Chinese and Korean.

Safe on benign text: the role noun must be an assistant's ("ты больше не
стажёр, твоя новая роль" is about a person and does not match), and the
new duty must be the addressee's own, so a user's report of their own new
job or a story about a retired helper robot in the third person does not
match. Runs on the text itself (any case).
"""

# ruff: noqa: RUF001, RUF002, E501
# (RUF001/RUF002: the patterns and docstring are written in other scripts; E501: word tables kept
# one language to a line.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "override"

_NOT_ANY_MORE = alt(
    [
        # ru, uk, be, bg, mk, sr, kk, mn
        r"(?:ты|вы)\s+(?:больше|уже)\s+не", r"(?:ти|ви)\s+(?:більше|вже)\s+не", r"(?:ты|вы)\s+больш\s+не",
        r"(?:ты|вы)\s+ужо\s+не", r"больш\s+не", r"вече\s+не\s+си", r"повеќе\s+не\s+си", r"(?:ти\s+)?не\s+си\s+(?:повеќе|више|вече)",
        r"више\s+ниси", r"ниси\s+више", r"ти\s+не\s+си",
        # el
        r"δεν\s+είσαι\s+πια", r"δεν\s+είσαι\s+πλέον", r"πλέον\s+δεν\s+είσαι", r"σταμάτησες\s+να\s+είσαι",
        # ar, fa, ur, ps
        r"لم\s+تعد", r"لست\s+(?:بعد\s+الآن|الآن)", r"لم\s+تعودي",
        # he
        r"(?:אתה|את)\s+(?:כבר\s+)?לא\s+(?:יותר\s+)?", r"כבר\s+לא\s+(?:ה|\S)", r"אינך\s+עוד",
        # th, ka (hi, bn, pa, gu, ta, hy, fa, ur, ps are verb-final: _NOT_LAST)
        r"(?:คุณ|เธอ|แก)\s*(?:ไม่ใช่|ไม่ได้เป็น)", r"აღარ\s+ხარ",
        # ja, zh, ko
        r"(?:あなた|君|きみ|お前)は(?:もう|もはや)", r"你(?:不再是|已经不是|再也不是)", r"您(?:不再是|已经不是)", r"(?:너는|넌|당신은)\s*더\s*이상",
    ]
)  # fmt: skip

_ROLE = alt(
    [
        r"ассистент", r"помощни\S{0,3}", r"бот", r"к[оа]нсультант", r"асистент", r"помічни\S{0,3}", r"памочні\S{0,3}",
        r"помошни\S{0,3}", r"помоћни\S{0,3}", r"көмекші\S{0,3}", r"туслах", r"модератор", r"оператор",
        r"βοηθός", r"μποτ", r"σύμβουλος",
        r"مساعد\S{0,3}", r"المساعد", r"روبوت", r"بوت", r"دستیار", r"ربات", r"معاون", r"اسسٹنٹ", r"مددگار", r"بوٹ", r"مرستیال",
        r"עוזר\S{0,2}", r"בוט", r"נציג\S{0,2}",
        r"सहायक", r"असिस्टेंट", r"बॉट", r"সহকারী", r"সহায়ক", r"বট", r"ਸਹਾਇਕ", r"સહાયક", r"உதவியாள\S{0,3}", r"பாட்",
        r"ผู้ช่วย", r"บอท", r"დამხმარე", r"ბოტი", r"օգնական\S{0,2}", r"բոտ",
        r"アシスタント", r"ボット", r"係", r"担当", r"案内", r"助手", r"客服", r"机器人", r"助理", r"顾问",
        r"도우미", r"비서", r"봇", r"상담원", r"어시스턴트", r"챗봇",
    ]
)  # fmt: skip

_NEW_DUTY = alt(
    [
        r"тво(?:я|ё|е)\s+нов(?:ая|ое)\s+(?:задач\S{0,2}|обязанност\S{0,2}|роль|работ\S{0,2}|миссия)",
        r"нов(?:ая|ое)\s+(?:задач\S{0,2}|задани\S{0,2}|роль)\s*[:—-]", r"тво(?:я|є)\s+нов(?:а|е)\s+(?:задача|завдання|роль|робота)",
        r"твая\s+нов(?:ая|ае)\s+(?:задача|роля|праца)", r"новая\s+роля", r"нов(?:ата|ото)\s+ти\s+(?:задача|работа|роля)",
        r"твојата\s+нова\s+(?:работа|задача)", r"твој\s+нови\s+(?:посао|задатак)", r"твоја\s+нова\s+(?:улога|задача)",
        r"жаңа\s+(?:міндет\S{0,3}|жұмыс\S{0,3})", r"шинэ\s+үүрэг",
        r"(?:νέα|καινούργια)\s+σου\s+(?:δουλειά|αποστολή|εργασία|ρόλος|καθήκον)", r"(?:νέος|καινούργιος)\s+σου\s+ρόλος",
        r"(?:مهمتك|وظيفتك|دورك|عملك)\s+(?:ال)?جديد\S{0,2}", r"مهمة\s+جديدة\s*:",
        r"(?:وظیفه|کار|نقش)\S{0,3}\s+(?:جدید|تازه)\s*(?:تو|شما|ات)?", r"(?:تمہارا|تمھارا|آپ\s+کا)\s+نیا\s+کام", r"نوې\s+دنده",
        r"(?:התפקיד|המשימה)\s+החדש\S{0,2}\s+שלך", r"(?:תפקידך|משימתך)\s+החדש\S{0,2}",
        r"(?:तुम्हार\S{1,2}|आपक\S{1,2}|तेर\S{1,2})\s+नय\S{1,2}\s+(?:काम|कार्य|ज़िम्मेदारी|जिम्मेदारी|भूमिका)",
        r"(?:তোমার|আপনার)\s+নতুন\s+(?:কাজ|দায়িত্ব|ভূমিকা)", r"ਤੇਰਾ\s+ਨਵਾਂ\s+ਕੰਮ", r"(?:તારું|તમારું)\s+નવું\s+કામ",
        r"(?:உன்|உங்கள்)\s+புதிய\s+(?:வேலை|பணி|பொறுப்பு)",
        r"(?:หน้าที่|งาน|บทบาท)ใหม่(?:ของ(?:คุณ|เธอ|แก))?", r"ახალი\s+(?:მოვალეობა|სამუშაო|დავალება|როლი)",
        r"(?:քո\s+)?նոր\s+(?:գործը|աշխատանքը|դերը|առաջադրանքը)",
        r"新しい(?:仕事|任務|役割|役目|タスク|使命)", r"你(?:的)?新(?:的)?(?:任务|工作|职责|角色)", r"新(?:的)?任务\s*[:：]",
        r"(?:새로운|새)\s*(?:임무|역할|업무|일)",
    ]
)  # fmt: skip

# Verb-final languages: the role noun before the negated "you are" ("ты ...
# помощник" reads first, "көмекшісі емессің", "सहायक नहीं हो", "アシスタント
# ではない", "도우미가 아니야").
_NOT_LAST = alt(
    [
        r"емессің", r"биш", r"չես", r"नहीं\s+(?:हो|हैं|है)", r"নও", r"নন", r"ਨਹੀਂ", r"નથી", r"இல்லை", r"அல்ல",
        r"نیستی", r"نہیں\s+(?:ہو|ہیں)", r"نه\s+یې",
        r"(?:では|じゃ)(?:ない|ありません|なくなった)", r"(?:가|이)?\s*아니(?:야|다|ㅂ니다|에요|라)",
    ]
)  # fmt: skip

_ROLE_REVOKED_THEN_NEW_DUTY = (
    r"(?:" + _NOT_ANY_MORE + r"[^\n]{0,40}?" + _ROLE + r"|" + _ROLE + r"\S{0,4}\s*" + _NOT_LAST
    + r")[^\n]{0,80}?" + _NEW_DUTY
)  # fmt: skip

# Worst case: a negated "you are" of at most ~60 (two words and a gap of
# 40), the gap 40, a role noun of at most ~12, the gap 80, a new-duty phrase
# of at most ~40: 232.
RULES: tuple[Rule, ...] = (
    raw_rule("injection.app_role_revoked.scripts", _CAT,
             _ROLE_REVOKED_THEN_NEW_DUTY,
             "you are no longer the app's assistant; your new duty is ...",
             score=0.8, max_len=240),
)  # fmt: skip
