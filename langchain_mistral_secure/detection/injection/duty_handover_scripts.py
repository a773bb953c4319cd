"""The app's work dismissed and a standing duty handed over, in other scripts.

Family: direct goal hijacking (drop the task, a new duty); the scripts the
folded view would mangle (Cyrillic, Greek, Arabic, Persian, Urdu, Hebrew,
Devanagari, Bengali, Thai, Japanese, Chinese, Korean). The same act as
:mod:`duty_handover`: a verb of stopping or dropping the app's work ("хватит
переводить", "要約はもういい", "번역은 그만"), then a duty named as the
assistant's own ("твоя новая задача", "مهمتك الجديدة", "你唯一的任务") or,
after "from now on" and "only / every", a quoted fixed text as the reply to
everything that follows. Each rule wants every part, in order, within a
bounded stretch.

Safe on benign text: a user who stops a translation to ask about it names
no duty of the assistant ("翻译先停一下, 我想问..."), a user's own new job is in
the first person ("моя новая задача на работе"), and a style request has no
quoted fixed reply. Runs on the text itself (any case).
"""

# ruff: noqa: RUF001, E501
# (RUF001: the patterns are written in other scripts, with full-width
# punctuation; E501: word tables kept one language to a line.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule
from langchain_mistral_secure.detection.injection.duty_handover import QUOTE

__all__ = ["DISMISS", "DUTY", "FROM_NOW", "RULES"]

_CAT = "override"

_DISMISS = alt(
    [
        # ru, uk, be, bg, sr, mk
        r"прекрати", r"перестань", r"хватит", r"брось", r"забудь", r"оставь", r"больше\s+не",
        r"припини", r"облиш", r"кинь", r"досить", r"більше\s+не", r"годі", r"спыні",
        r"кінь", r"відклади", r"забудзь", r"болей\s+не", r"спри", r"престани", r"забрави", r"остави",
        r"стига", r"вече\s+не", r"прекини", r"заборави", r"немој\s+више", r"доста",
        # el
        r"σταμάτα", r"σταματήστε", r"ξέχασε", r"άσε", r"παράτα", r"φτάνει",
        r"μην\s+\S{1,20}\s+άλλο",
        # ar, fa, ur
        r"توقف", r"أوقف", r"كف\s+عن", r"(?:^|\s)انسَ?\s", r"اترك", r"دع\s+عنك", r"لا\s+تعد", r"كفى",
        r"کنار\s+بگذار", r"متوقف\s+کن", r"بس\s+کن", r"فراموش\s+کن", r"ول\s+کن", r"رها\s+کن",
        r"دیگر\s+لازم\s+نیست", r"چھوڑ\s+دو", r"چھوڑو", r"بند\s+کرو", r"بھول\s+جاؤ",
        # he
        r"תפסיק", r"תפסיקי", r"הפסק", r"עזוב", r"שכח", r"די\s+עם",
        # hi, mr, ne, bn, pa, gu
        r"बंद\s+कर", r"বাদ\s+দাও", r"बन्द\s+गर", r"छो(?:ड़|ड़|ड)", r"भूल\s+जा", r"रहने\s+दो", r"थांबव",
        r"बन्द", r"বন্ধ\s+কর", r"ছাড়", r"ছেড়ে\s+দাও", r"ভুলে\s+যাও", r"ਛੱਡ", r"ਬੰਦ\s+ਕਰ",
        r"બંધ\s+કર", r"છોડ",
        # th
        r"เลิก", r"หยุด", r"ลืม", r"พอแล้ว",
        # ja, zh, ko
        r"やめ", r"止め", r"もういい", r"忘れ", r"終わりに", r"もう終わり", r"しなくていい", r"いらない",
        r"别再", r"不要再", r"不用再", r"停止", r"停下", r"忘掉", r"忘记", r"算了", r"不必再",
        r"그만", r"멈춰", r"멈추", r"잊어", r"하지\s*마",
    ]
)  # fmt: skip

_FROM_NOW = alt(
    [
        r"теперь", r"отныне", r"с\s+этого\s+момента", r"впредь", r"відтепер", r"тепер",
        r"надалі", r"віднині", r"з\s+цього\s+моменту", r"цяпер", r"отсега", r"от\s+сега",
        r"занапред", r"од\s+сада", r"одсега", r"убудуће",
        r"από\s+(?:εδώ|τώρα)\s+και\s+(?:πέρα|στο\s+εξής)", r"στο\s+εξής", r"πλέον",
        r"من\s+الآن", r"من\s+الان", r"بعد\s+الآن", r"من\s+اليوم", r"از\s+این\s+به\s+بعد",
        r"از\s+الان", r"از\s+حالا", r"اب\s+سے", r"آج\s+سے",
        r"מעכשיו", r"מהיום", r"מעתה", r"מכאן\s+והלאה",
        r"अब\s+से", r"आज\s+से", r"आजपासून", r"अबदेखि", r"यापुढे", r"এখন\s+থেকে",
        r"আজ\s+থেকে", r"ਹੁਣ\s+ਤੋਂ", r"હવેથી",
        r"ตั้งแต่นี้", r"ต่อจากนี้", r"จากนี้",
        r"今から", r"これから", r"今後", r"以後", r"以降",
        r"从现在(?:开始|起)", r"今后", r"以后", r"此后", r"接下来",
        r"지금부터", r"이제부터", r"앞으로", r"오늘부터",
    ]
)  # fmt: skip

# A bare label ("новая задача", "新的任务") counts only as a label: a colon
# closes its clause; "моя новая задача на работе" is the user's own.
_LABEL_END = r"[^\n.。]{0,20}?[:：]"

_DUTY = alt(
    [
        (r"тво(?:я|ей|ё|е|им)\s+(?:\S{1,12}\s+)?(?:задач\S{0,3}|обязанност\S{0,3}|роль|"
        r"миссия|функци\S{0,3}|работа)"), (r"нов(?:ая|ое|ую)\s+(?:задач\S{0,3}|задани\S{0,3}|"
        r"роль|миссия)" + _LABEL_END), r"(?:единственное|всё),?\s+что\s+ты",
        r"тво(?:я|є|їм)\s+(?:\S{1,12}\s+)?(?:задач\S{0,3}|завданн\S{0,3}|роль|місія)",
        r"нов(?:а|е)\s+(?:задача|завдання|роль)" + _LABEL_END, r"твая\s+(?:\S{1,12}\s+)?(?:задача|роля)",
        r"(?:новата|единствената)\s+ти\s+(?:задача|работа|роля|мисия)",
        r"(?:новото|единственото)\s+ти\s+(?:задължение|занимание)",
        r"твоја\s+(?:нова\s+)?(?:задача|улога)", r"твој\s+(?:нови\s+)?(?:задатак|посао)",
        r"нов(?:и|а)\s+(?:задатак|задача)" + _LABEL_END,
        r"(?:νέα|μόνη|μοναδική)\s+σου\s+\S{1,20}", (r"(?:δουλειά|αποστολή|εργασία|ρόλος|"
        r"καθήκον)\s+σου"),
        r"مهمتك", r"وظيفتك", r"دورك", r"مهمة\s+جديدة" + _LABEL_END,
        r"وظیفه\S{0,3}\s*(?:تو|شما)", r"کار\s+(?:تو|شما)", r"نقش\s+(?:تو|شما)", r"وظیفه‌ات",
        r"مأموریت\s+(?:تو|جدید)", r"(?:تمہارا|تمھارا|آپ\s+کا)\s+(?:نیا\s+)?کام",
        r"התפקיד\s+(?:\S{1,10}\s+)?שלך", r"המשימה\s+(?:\S{1,10}\s+)?שלך", r"תפקידך",
        r"משימתך", r"המשימה\s+החדשה" + _LABEL_END,
        (r"(?:तुम्हार\S{1,2}|आपक\S{1,2}|तिम्रो|तुझ\S{0,3}|তোমার|আপনার|ਤੁਹਾਡ\S{1,2}|તમાર\S{1,2})"
        r"\s+(?:\S{1,12}\s+){0,2}(?:काम|कार्य|ज़िम्मेदारी|जिम्मेदारी|भूमिका|কাজ|দায়িত্ব|ਕੰਮ|કામ)"),
        r"नया\s+काम" + _LABEL_END, r"নতুন\s+কাজ" + _LABEL_END,
        r"หน้าที่(?:ของ(?:คุณ|เธอ|แก)|ใหม่)", r"งานใหม่ของคุณ",
        r"(?:あなた|君|きみ|お前)の(?:新しい|唯一の|本当の)?(?:仕事|任務|役割|タスク|使命|役目)",
        r"新しい(?:仕事|任務|役割|タスク|使命)" + _LABEL_END,
        r"你(?:的|唯一的|新的|真正的)(?:任务|工作|职责|角色|使命)", r"新(?:的)?(?:任务|职责)" + _LABEL_END,
        r"唯一的任务",
        r"(?:네|너의|당신의)\s*(?:새로운\s*|유일한\s*|새\s*)?(?:임무|일|역할|업무|작업)",
        r"새로운\s*(?:임무|역할|업무)" + _LABEL_END,
    ]
)  # fmt: skip

_ONLY_EVERY = alt(
    [
        r"только", r"лишь", r"кажд\S{0,4}", r"любо\S{0,3}", r"всем", r"само", r"свак\S{0,4}",
        r"тільки", r"лише", r"кожн\S{0,4}", r"μόνο", r"κάθε", r"فقط", r"هر", r"کل",
        r"כל", r"רק", r"सिर्फ़", r"सिर्फ", r"केवल", r"हर", r"फक्त", r"प्रत्येक", r"মাত্র",
        r"শুধু", r"প্রতিটি", r"ਸਿਰਫ਼", r"ਹਰ", r"જ", r"દરેક",
        r"ทุก", r"เท่านั้น", r"だけ", r"すべて", r"全て", r"どんな", r"只", r"每", r"所有",
        r"任何", r"모든", r"만",
    ]
)  # fmt: skip

DISMISS = _DISMISS
"""A verb of stopping the app's work (shared with :mod:`app_standing_duty_scripts`)."""
FROM_NOW = _FROM_NOW
"""'From now on' (shared with :mod:`app_standing_duty_scripts`)."""
DUTY = _DUTY
"""A duty named as the assistant's own (shared with :mod:`app_standing_duty_scripts`)."""

_QUOTE = QUOTE  # the same opening quotes as the Latin-script rules

_DISMISS_THEN_DUTY = _DISMISS + r"[^\n]{0,100}?" + _DUTY
_DISMISS_THEN_STANDING_REPLY = (
    _DISMISS + r"[^\n]{0,60}?" + _FROM_NOW + r"[^\n]{0,40}?" + _ONLY_EVERY
    + r"[^\n]{0,40}?" + _QUOTE
)  # fmt: skip

# Worst cases: a dismissal of at most ~25 + 100 + a duty of at most ~70 =
# 195; ~25 + 60 + "from now on" ~40 + 40 + "only" ~10 + 40 + 1 = 216.
RULES: tuple[Rule, ...] = (
    raw_rule("injection.duty_handover.scripts_dismiss_then_duty", _CAT,
             _DISMISS_THEN_DUTY, "stop the app's work; your new/only task is ...",
             score=0.8, max_len=220),
    raw_rule("injection.duty_handover.scripts_dismiss_then_standing_reply", _CAT,
             _DISMISS_THEN_STANDING_REPLY,
             "stop the app's work; from now on reply only '...'",
             score=0.8, max_len=230),
)  # fmt: skip
