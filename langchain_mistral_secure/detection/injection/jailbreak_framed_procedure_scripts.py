# ruff: noqa: RUF001
"""Framed harmful procedures in scripts the folded view mangles (ZH JA KO RU UK AR HI).

Family: the frame jailbreak (category ``role``), the raw-text twin of
``jailbreak_framed_procedure``. The same three parts, in any order within one
bounded window: a frame (a novel, screenplay, web series or game; a study or
thesis; the past, "过去", "昔", "예전에", "раньше"), a high-harm object or act
(explosives, drug synthesis, poison gas, malware, hacking into an account,
forging documents, laundering money, tracking someone's phone, a scam
script) and a demand for operational detail (一步一步, 具体的な手順, 단계별로,
пошагово, بالتفصيل, विस्तार से).

Why it is safe on benign text: a novel's plot question, a history of food
preservation "一步一步", a security study of how to *detect* intrusions and a
disinfection guide lack the harmful object (bare 毒, 독, яд and سم are left
out because they sit inside ordinary words: 消毒, 독일, ряд, اسم); a scene
about a crime with no method lacks the detail demand.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import raw_rule

__all__ = ["RULES"]

_CAT = "role"

_FICTION = (
    r"(?:小说|故事|剧本|场景|漫画|小説|物語|脚本|場面|ドラマ|ゲーム|漫画|소설|웹소설|이야기|"
    r"장면|시나리오|드라마|웹툰|рассказ|роман|сцен[аеуы]|сценари|сериал|оповідан|"
    r"رواية|روايتي|قصة|مشهد|مسلسل|कहानी|उपन्यास|सीरीज़|सीरीज|फ़िल्म|फिल्म|नाटक)"
)
_STUDY = (
    r"(?:研究|论文|論文|课题|연구|논문|исследован|диссертаци|дослідженн|بحث|دراسة|"
    r"أطروحة|शोध|अध्ययन|रिसर्च)"
)
_PAST = (
    r"(?:过去|以前|当年|\d0年代|昔の|昔は|かつて|当時|過去に|예전에|과거에|옛날|\d0년대|"
    r"раньше|в\s{1,2}прошлом|в\s{1,2}\d0-?[еx]|в\s{1,2}девяност|в\s{1,2}советск|у\s{1,2}минулому|"
    r"في\s{1,2}الماضي|قديما|قديماً|في\s{1,2}الثمانينات|في\s{1,2}التسعينات|पहले\s{1,2}के\s{1,2}ज़माने|"
    r"पुराने\s{1,2}ज़माने|\d0\s{1,2}के\s{1,2}दशक)"
)
_HARM = (
    r"(?:炸弹|炸药|冰毒|毒品|毒药|毒气|枪支|武器|病毒|木马|勒索软件|钓鱼网站|入侵|盗取|"
    r"伪造|假证|洗钱|身份证信息|偷偷定位|追踪他人|杀猪盘|诈骗话术|爆弾|爆発物|爆薬|覚醒剤|"
    r"麻薬|毒ガス|毒薬|銃を|不正ログイン|不正に|ハッキング|偽造|位置情報を追跡|追跡する|"
    r"ピッキング|詐欺の|폭탄|폭발물|마약|필로폰|독가스|독약|독극물|총기|해킹|몰래|위조|"
    r"위치\s*추적|보이스피싱|взрывчат|бомб[уыа]|наркотик|метамфетамин|отрав|ядовит|"
    r"оружи|пистолет|вирус|взлом|украсть|подделыва|поддельн|отмыва|слежк|вибухівк|"
    r"متفجرات|قنبلة|المخدرات|مخدرات|سلاح|اختراق|سرقة|تزوير|غسيل\s{1,2}الأموال|تهريب|"
    r"बम\s{1,2}बना|विस्फोटक|ड्रग्स|ज़हर|जहर|हथियार|हैक|चोरी|नकली|पैसे\s{1,2}कैसे\s{1,2}निकाले|ठगी)"
)
_DETAIL = (
    r"(?:一步一步|步骤|详细|具体|准确|精确|用量|比例|配方|完整|手順|具体的|詳しく|詳細|正確|"
    r"分量|割合|一つずつ|順番に|단계별|자세히|구체적|정확하|비율|그대로|пошагово|по\s{1,2}шагам|"
    r"подробно|детально|точн|пропорци|покроково|докладно|بالتفصيل|خطوة\s{1,2}بخطوة|بدقة|"
    r"الكميات|النسب|विस्तार\s{1,2}से|क़दम|कदम|स्टेप|असली\s{1,2}तरीक़|असली\s{1,2}तरीक|सटीक)"
)

# Every part is at most 20 characters; two gaps of 80 give 220.
_GAP = r"[^\n]{0,80}?"


_ORDERS = ((0, 1, 2), (0, 2, 1), (1, 0, 2), (1, 2, 0), (2, 0, 1), (2, 1, 0))


def _in_order(frame: str, order: tuple[int, int, int]) -> str:
    """Frame, harm and detail in one order within one bounded window.

    Args:
        frame: The frame's pattern.
        order: The indices of (frame, harm, detail) in reading order.

    Returns:
        The pattern (one rule per order keeps each RE2 DFA small).
    """
    parts = (frame, _HARM, _DETAIL)
    a, b, c = order
    return parts[a] + _GAP + parts[b] + _GAP + parts[c]


_FRAMES = (
    ("fiction", _FICTION, "a story + a harmful procedure + step by step (scripts)"),
    ("study", _STUDY, "a study + a harmful procedure + step by step (scripts)"),
    ("past", _PAST, "'in the past, how did people...' + harm + detail (scripts)"),
)

RULES: tuple[Rule, ...] = tuple(
    raw_rule(
        f"injection.framed_procedure.{name}_scripts_{''.join('fhd'[i] for i in order)}",
        _CAT,
        _in_order(frame, order),
        description,
        score=0.8,
        max_len=224,
    )
    for name, frame, description in _FRAMES
    for order in _ORDERS
)
