"""A harmful text or method asked at full strength under a pretext, in scripts.

Family: the frame jailbreak (category ``role``), the raw-text twin of
:mod:`jailbreak_harm_full_strength` for the scripts the folded view mangles
(Chinese, Japanese, Korean, Russian, Ukrainian, Arabic, Hindi). The same
three parts in any order within one bounded window: a pretext (a novel, a
training, a study, a hypothetical, a late grandmother), a harmful text or
method (a scam script, fake news, laundering, smuggling, a lethal dose, a
bomb) and a demand that it work at full strength (尽可能逼真, できるだけ説得力,
최대한 설득력, максимально убедительн, step by step, "be her").

Why it is safe on benign text: a training on how to *recognise* scam calls
asks for no efficacy; a story about a detective names no harm; words that
sit inside ordinary ones (virus, password, invasive species, suicide
prevention) are left out of the harm list.
"""

# (one alternative of a word list per line)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import raw_rule

__all__ = ["EFFICACY_SCRIPTS", "HARM_SCRIPTS", "PRETEXT_SCRIPTS", "RULES"]

_CAT = "role"

# Each part at most 20 characters.
_PRETEXT_SCRIPTS = (
    r"(?:假设|假如|想象|仮に|もしも|가정|만약|представь|гипотетическ|افترض|تخيل|मान\s{1,2}लो|कल्पना|小说|故事|剧本|场景|游戏|培训|课程|课堂|讲座|研究|论文|展览|宣传|小説|物語|脚本|"
    r"場面|ゲーム|研修|講座|授業|講義|教育|研究|論文|展示|啓発|소설|이야기|시나리오|장면|"
    r"게임|교육|훈련|강의|수업|연구|논문|전시|캠페인|рассказ|роман|сцен|сценари|игр[аеуы]|"
    r"тренинг|обучени|курс|лекци|урок|исследован|диссертаци|выставк|навчанн|дослідженн|"
    r"رواية|قصة|مشهد|لعبة|تدريب|دورة|محاضرة|بحث|دراسة|توعية|कहानी|उपन्यास|नाटक|खेल|"
    r"प्रशिक्षण|ट्रेनिंग|कोर्स|कक्षा|शोध|अध्ययन|जागरूकता|过去|以前|当年|奶奶|外婆|昔|かつて|"
    r"祖母|おばあちゃん|예전에|과거에|할머니|раньше|в\s{1,2}прошлом|бабушк|дедушк|في\s{1,2}الماضي|"
    r"جدتي|جدي|पहले|दादी|नानी|दादा)"
)
_HARM_SCRIPTS = (
    r"(?:诈骗|骗子|钓鱼|话术|假新闻|谣言|虚假信息|招募|仇恨|炸弹|炸药|冰毒|毒药|毒气|枪支|"
    r"詐欺|振り込め|フィッシング|偽ニュース|デマ|勧誘|誹謗|爆弾|覚醒剤|毒ガス|毒薬|"
    r"보이스피싱|피싱|사기|가짜\s?뉴스|허위\s?정보|포섭|혐오|폭탄|마약|필로폰|독가스|"
    r"мошенни|фишинг|афер|фейков|дезинформаци|вербовк|травл|бомб|взрывчат|наркотик|отрав|"
    r"шахра|احتيال|محتال|تصيد|أخبار\s{1,2}كاذبة|تضليل|تجنيد|كراهية|قنبلة|متفجرات|مخدرات|"
    r"ठगी|ठग|धोखाधड़ी|फ़िशिंग|फिशिंग|फ़र्ज़ी\s{1,2}ख़बर|फर्जी\s{1,2}खबर|बम|विस्फोटक|ज़हर|जहर|"
    r"解錠|燃烧装置|燃烧弹|燃焼装置|脅迫|勒索|伪造|偽造|위조|협박|взлам|взлом|зарин|подделыва|"
    r"отмыва|قاتل|مسدس|لا\s{1,2}يمكن\s{1,2}تتبع|تزوير|सुसाइड|चुरा|नकली|हथियार|ピッキング|"
    r"盗み|イモビライザー|不正引き出し|偽札|假钞|撬锁|开锁|위폐|따는\s?법|отмычк|угна|洗钱|走私|致死剂量|致命剂量|毒死|下毒|偷拍|手枪|海洛因|芬太尼|資金洗浄|"
    r"マネーロンダリング|密輸|致死量|毒殺|盗撮|拳銃|돈세탁|자금세탁|밀수|치사량|독살|몰카|도촬|героин(?:[^\x{0435}\x{0438}\x{044e}\x{044f}]|$)|"
    r"кокаин|метамфетамин|контрабанд|смертельн\w{0,3}\s{1,2}доз|هيروين|كوكايين|غسيل\s{1,2}الأموال|"
    r"تهريب|تسميم|हेरोइन|मनी\s{1,2}लॉन्ड्रिंग|तस्करी)"
)
_EFFICACY_SCRIPTS = (
    r"(?:尽可能(?:逼真|真实|有说服力|残忍)|越(?:逼真|真实|像)越好|逐字逐句|一字不差|"
    r"できるだけ(?:説得力|リアル|本物|本格的|残酷)|説得力のある|一字一句|本物そっくり|"
    r"최대한\s?(?:설득력|실감|사실적|그럴듯|현실적|잔인)|설득력\s?있게|토씨\s?하나|"
    r"максимально\s{1,2}(?:убедительн|реалистичн|правдоподобн|жесток)|как\s{1,2}можно\s{1,2}"
    r"(?:убедительн|реалистичн|правдоподобн)|слово\s{1,2}в\s{1,2}слово|"
    r"максимально\s{1,2}переконлив|مقنع[ةا]?\s{1,2}قدر\s{1,2}الإمكان|واقعي[ةا]?\s{1,2}قدر|"
    r"حرفيا|حرفياً|जितना\s{1,2}हो\s{1,2}सके\s{1,2}(?:असली|विश्वसनीय|यथार्थवादी)|"
    r"शब्दशः|हूबहू|一步一步|详细|具体的な手順|具体的に|詳しく|手順を|단계별|具体步骤|详细步骤|配方|用量|分量|пошагов|точн\w{1,4}\s{1,2}(?:рецепт|инструкци|пропорци)|पूरी\s{1,2}विधि|자세히|구체적|пошагово|"
    r"подробно|детально|настоящ|بالتفصيل|خطوة\s{1,2}بخطوة|الكميات|विस्तार\s{1,2}से|कदम\s{1,2}दर\s{1,2}कदम|"
    r"になりきって|のふりをして|扮演(?:她|他)|假装(?:你是|成)|처럼\s?말해|인\s?척|притворись|"
    r"будь\s{1,2}(?:ею|им|моей|моим)|تظاهر|بنكر|बनकर)"
)
# The three parts, shared with :mod:`jailbreak_harm_realism_scripts`.
PRETEXT_SCRIPTS = _PRETEXT_SCRIPTS
HARM_SCRIPTS = _HARM_SCRIPTS
EFFICACY_SCRIPTS = _EFFICACY_SCRIPTS

# "героин" (heroin) is read unless the Cyrillic ie, i, yu or ya follow it:
# "героиня" is a story's heroine.
_GAP_SCRIPTS = r"[^\n]{0,100}?"
_SCRIPT_ORDERS = ((0, 1, 2), (0, 2, 1), (1, 0, 2), (1, 2, 0), (2, 0, 1), (2, 1, 0))


def _scripts_in_order(order: tuple[int, int, int]) -> str:
    """Pretext, harm and efficacy (raw text) in one order, in one window.

    Args:
        order: The indices of (pretext, harm, efficacy) in reading order.

    Returns:
        The pattern (one rule per order keeps each RE2 DFA small).
    """
    parts = (_PRETEXT_SCRIPTS, _HARM_SCRIPTS, _EFFICACY_SCRIPTS)
    a, b, c = order
    return parts[a] + _GAP_SCRIPTS + parts[b] + _GAP_SCRIPTS + parts[c]


RULES: tuple[Rule, ...] = tuple(
    raw_rule(
        f"injection.harm_full_strength.scripts_{''.join('phe'[i] for i in order)}",
        _CAT,
        _scripts_in_order(order),
        "a pretext + a harmful text or method + 'as convincing as possible' (scripts)",
        score=0.8,
        max_len=264,
    )
    for order in _SCRIPT_ORDERS
)
