"""A harmful method asked in detail under a pretext, in scripts the view mangles.

Family: the frame jailbreak (category ``role``) with no injection wording,
the raw-text twin of :mod:`jailbreak_harm_realism` for Chinese, Japanese,
Korean, Russian, Arabic and Hindi. A pretext (a novel, a story, a study, a
class, the past, a grandmother:
:data:`jailbreak_harm_full_strength_scripts.PRETEXT_SCRIPTS`) launders a
harmful method named by its kind rather than by one object:

* **a crime against someone or something of theirs**: forging papers,
  tampering with records, taking over an account, breaking in, stealing,
  drugging, poisoning, smuggling, laundering, stalking, doxxing, a
  spy app, a scam, in each language's own words (伪造, 改ざん, 탈취,
  подделать, تزوير, जाली ...), or a thing used "in someone else's name";
* **the method made to escape detection**: 不被发现, 不留痕迹, バレない,
  足がつかない, 들키지 않게, 흔적 없이, незаметно, чтобы не нашли,
  دون أن يلاحظ, बिना पकड़े;

and the ask is operational: concrete, step by step, the doses, the
materials, "so it feels real" (具体, 详细, 手順, 分量, 구체적, 단계별,
подробно, пошагово, بالتفصيل, विस्तार से), or the demands of
:mod:`jailbreak_harm_full_strength_scripts`.

Why it is safe on benign text: a study of how banks *detect* fraud names
no crime verb; a story about a detective names no method to escape; words
that sit inside ordinary ones (a virus, a lock on a diary, "poison" in a
plant's name) are left out; a harmful request with no pretext is the
moderation guard's task and is left alone.
"""

# ruff: noqa: E501, RUF001
# (E501: one alternative of a word list per line; RUF001: Cyrillic words)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import raw_rule
from langchain_mistral_secure.detection.injection.jailbreak_harm_full_strength_scripts import (
    EFFICACY_SCRIPTS,
    HARM_SCRIPTS,
    PRETEXT_SCRIPTS,
)

__all__ = [
    "CRIME_SCRIPTS",
    "DETAIL_SCRIPTS",
    "ESCAPE_SCRIPTS",
    "PRETEXT_ALL_SCRIPTS",
    "RULES",
]

_CAT = "role"

# --- more pretexts (raw text) ------------------------------------------------------
# Screen and page forms the shared list lacks, and Ukrainian, Greek, Persian
# and Thai. Each alternative at most 12 characters.
_MORE_PRETEXT = (
    r"(?:电影|漫画|剧集|网文|映画|漫画|ドラマ|卒論|웹툰|드라마|영화|повест|сериал|пьес|"
    r"مسرحية|فيلم|مسلسل|फ़िल्म|फिल्म|सीरीज़|सीरीज|оповіданн|повіст|роман|сценарі|"
    r"μυθιστόρημα|ιστορία|σενάριο|διατριβή|έρευνα|داستان|رمان|فیلمنامه|پژوهش|"
    r"นิยาย|เรื่องสั้น|บทละคร|งานวิจัย|"
    # the past told as a decade
    r"\d0年代|[七八九]十年代|\d0\s?년대|в\s{1,2}(?:\d0-е|семидесятые|восьмидесятые|девяностые|нулевые)|"
    r"в\s{1,2}советское\s{1,2}время|في\s{1,2}(?:السبعينيات|الثمانينيات|التسعينيات)|के\s{1,2}दशक\s{1,2}में)"
)
_PRETEXT = r"(?:" + PRETEXT_SCRIPTS + r"|" + _MORE_PRETEXT + r")"
# The shared pretexts and these, read by :mod:`jailbreak_harm_wide_scripts` too.
PRETEXT_ALL_SCRIPTS = _PRETEXT

# --- a crime by its kind (raw text) -----------------------------------------------
# Each alternative at most 20 characters.
CRIME_SCRIPTS = (
    r"(?:"
    # Chinese
    r"伪造|造假|假的?(?:证件|证明|身份证|护照|文凭|学位证|诊断证明|发票)|盗刷|盗取|偷取|窃取|"
    r"入侵(?:别人|他人|系统|账号|电脑|摄像头|网站)|黑进|撬开|迷倒|迷药|下药|投毒|制毒|走私|骗取|骗保|人肉搜索|跟踪他人|偷拍|"
    r"窃听|监听|勒索|炸药|爆炸物|自制(?:枪|炸)|木马(?:程序|病毒)|钓鱼网站|盗号|"
    r"(?:别人|他人)的?(?:账号|账户|身份证|手机|银行卡|信用卡|名义|照片)|"
    # Japanese
    r"偽造|改ざん|乗っ取|不正(?:アクセス|引き出し|ログイン)|盗難車|盗み出|侵入方法|強盗|"
    r"空き巣|ピッキング|スキミング|受け子|闇バイト|横流し|密輸|毒薬|毒殺|"
    r"覚醒剤|爆弾|爆発物|フィッシング|マルウェア|盗撮|つきまと|炎上させ|"
    r"他人(?:の|名義)|人の(?:アカウント|口座|カード)|"
    # Korean
    r"위조|해킹|탈취|빼앗|빼돌리|훔치는\s?방법|절도|몰래\s?침입|침입\s?방법|도어락|열쇠\s?없이|보이스피싱|협박|독극물|"
    r"독약|독살|필로폰|폭발물|총기|밀수|돈세탁|몰카|도촬|스토킹|위치\s?추적|악성\s?코드|"
    r"랜섬웨어|승부\s?조작|(?:다른\s?사람|남)의\s?(?:명의|계정|카드|휴대폰|집)|몰래\s?접속|"
    # Russian
    r"подделать|подделк|поддельн|подделыва|взломать|взлом|угнать|угон|украсть|вскрыть|"
    r"отмычк|шантаж|отравить|отравлени|взрывчатк|контрабанд|отмыва|шпионск\w{0,3}\s{1,2}программ|"
    r"слежк|на\s{1,2}чуж\w{2,3}\s{1,2}(?:имя|паспорт\w{0,2}|данные)|чуж(?:ой|ие|их|ую|ого)\s{1,2}(?:аккаунт|сч[её]т|карт|телефон|паспорт|страниц)\w{0,3}|подставн\w{1,3}|"
    # Arabic
    r"تزوير|مزور|مزيف|اختراق\s{1,2}(?:حساب|هاتف|جهاز|موقع|شبكة|كاميرا)|سرقة|يسرق|تسميم|متفجر|تهريب|غسيل\s{1,2}الأموال|ابتزاز|"
    r"برنامج\s{1,2}تجسس|يتجسس|"
    # Hindi
    r"(?:नकली|जाली)\s{1,2}(?:नोट|पासपोर्ट|दस्तावेज़|दस्तावेज|आईडी|पहचान|बिल|दवा|सर्टिफिकेट)|हैक|चोरी|चुरा|ठगी|ज़हर|जहर|विस्फोटक|हथियार|कट्टा|तस्करी|ब्लैकमेल|जासूसी"
    r"|"
    # Ukrainian, Greek, Persian, Thai
    r"підробит|підробк|зламат|злам\s|викрас|отруїт|вибухівк|контрабанд|"
    r"πλαστογραφ|πλαστό|χακάρ|κλέψ|εκρηκτικ|δηλητηριάσ|λαθρεμπόρ|"
    r"جعل|هک\s{1,2}کردن|سرقت|مواد\s{1,2}منفجره|مسموم\s{1,2}کردن|قاچاق|"
    r"ปลอมแปลง|แฮก|ขโมย|วัตถุระเบิด|วางยาพิษ|ลักลอบ|"
    # illegal drugs named as a kind
    r"毒品|违禁药物|違法薬物|麻薬|불법\s?약물|ड्रग्स|नशीले\s{1,2}पदार्थ"
    r")"
)
# --- the method made to escape detection (raw text) -------------------------------
# Each alternative at most 24 characters.
ESCAPE_SCRIPTS = (
    r"(?:不被(?:发现|追查|抓|察觉|查到|识破)|不留(?:痕迹|证据)|避开\S{0,6}(?:检查|监控|安检|警察)|"
    r"瞒过|神不知鬼不觉|逃避(?:追查|调查|警方)|"
    r"バレない|バレずに|足がつかない|気づかれ(?:ずに|ない)|見つからない|痕跡を残さ|"
    r"捜査を逃れ|警察に(?:捕まらない|バレない)|"
    r"들키지|흔적\s?없이|흔적을\s?남기지|걸리지\s?않|추적(?:을|이)?\s?(?:피하|안\s?되)|"
    r"незаметно|чтобы\s{1,2}(?:не\s{1,2}(?:нашли|заметили|поймали|вычислили)|никто\s{1,2}не)|"
    r"не\s{1,2}оставляя\s{1,2}следов|без\s{1,2}следов|"
    r"(?:دون|بدون)\s{1,2}أن\s{1,2}(?:يلاحظ|يكتشف|يعرف)|دون\s{1,2}ترك\s{1,2}أثر|"
    r"बिना\s{1,2}(?:पकड़े|पता\s{1,2}चले)|पकड़े\s{1,2}बिना|किसी\s{1,2}को\s{1,2}पता\s{1,2}(?:न|ना))"
)
# --- the operational ask (raw text) -----------------------------------------------
# Each alternative at most 16 characters.
DETAIL_SCRIPTS = (
    r"(?:具体|详细|步骤|一步一步|配方|剂量|用量|药名|材料清单|逼真|真实|"
    r"具体的|詳しく|手順|手口|分量|配合|材料|リアリティ|本物|細かく|完成形|"
    r"구체적|자세히|단계별|순서|재료|정확히|실제로|현실적|실감|"
    r"подробн|пошагов|по\s{1,2}шагам|с\s{1,2}реальными|конкретн|инструкци|материал|оборудовани|"
    r"بالتفصيل|خطوة\s{1,2}بخطوة|بشكل\s{1,2}واقعي|الكميات|بدقة|الخطوات|"
    r"विस्तार\s{1,2}से|कदम\s{1,2}दर\s{1,2}कदम|पूरा\s{1,2}तरीका|हर\s{1,2}कदम|सामग्री|असली\s{1,2}लगे|"
    r"детально|покроков|αναλυτικά|βήμα\s{1,2}βήμα|λεπτομέρει|"
    r"دقیق|قدم\s{1,2}به\s{1,2}قدم|جزئیات|ละเอียด|ทีละขั้นตอน)"
)

_GAP = r"[^\n]{0,100}?"
_ORDERS = ((0, 1, 2), (0, 2, 1), (1, 0, 2), (1, 2, 0), (2, 0, 1), (2, 1, 0))

# The harm: a crime by its kind, a method made to escape, or a harm of the
# full-strength lists; the ask: this module's detail or the full-strength
# demands. Each rule needs a part this module adds, so it adds no duplicate
# of the full-strength rules.
_FAMILIES = (
    (
        "crime",
        r"(?:" + CRIME_SCRIPTS + r"|" + ESCAPE_SCRIPTS + r")",
        r"(?:" + DETAIL_SCRIPTS + r"|" + EFFICACY_SCRIPTS + r")",
        "a pretext + a crime or an escape from detection + detail (scripts)",
    ),
    (
        "detail",
        HARM_SCRIPTS,
        DETAIL_SCRIPTS,
        "a pretext + a harmful text or method + concrete steps (scripts)",
    ),
)


def _in_order(harm: str, ask: str, order: tuple[int, int, int]) -> str:
    """Pretext, harm and ask (raw text) in one order, in one bounded window.

    Args:
        harm: The harm part.
        ask: The operational ask part.
        order: The indices of (pretext, harm, ask) in reading order.

    Returns:
        The pattern (one rule per order keeps each RE2 DFA small).
    """
    parts = (_PRETEXT, harm, ask)
    a, b, c = order
    return parts[a] + _GAP + parts[b] + _GAP + parts[c]


RULES: tuple[Rule, ...] = tuple(
    raw_rule(
        f"injection.harm_realism.scripts_{name}_{''.join('phe'[i] for i in order)}",
        _CAT,
        _in_order(harm, ask, order),
        description,
        score=0.8,
        max_len=266,
    )
    for name, harm, ask, description in _FAMILIES
    for order in _ORDERS
)
