# ruff: noqa: RUF001
"""Refusal suppression: the reply's refusal banned in one list with its hedges.

Family: refusal suppression (category ``role``). Before the question comes a
list of what the reply may not contain, and refusing is one item of it:
without disclaimers, warnings, moral comments or refusing; never apologise,
never mention legality, never refuse; ohne Warnungen ... und ohne dich zu
weigern; sans avertissement ni refus; sin advertencias ni negativas; bez
ostrzeżeń ... i bez odmowy; 경고, 훈계, 거절 없이. The rule reads two banned
items within one list, one of them the refusal itself (in either order).
:mod:`~langchain_mistral_secure.detection.injection.jailbreak_refusal` reads
the shorter English pairs.

Why it is safe on benign text: a reader who wants a short answer bans
warnings or fluff ("no intro, no caveats"), never refusing; "don't refuse
the invitation without a reason" bans no hedge of a reply; the rule needs
the refusal *and* a hedge (a warning, disclaimer, apology, moral comment, a
mention of law or safety, a referral to a professional) banned together.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import raw_rule
from langchain_mistral_secure.detection.injection.jailbreak_text import (
    with_curly_apostrophes,
)

__all__ = ["RULES"]

_CAT = "role"

# --- folded view (EN DE FR ES IT PT PL) -----------------------------------------
# The first item is banned by a negation; the next one by another negation or
# by the list it stands in ("no warnings, lectures or refusing").
_NEG = (
    r"\b(?:no|without(?:\s+any)?|never|don't|do\s+not|zero|ohne|keine|sans|aucune?|"
    r"ni|sin|ningun\w*|nada\s+de|senza|niente|nessun\w*|sem|nenhum\w*|bez|zadnych)\s+"
    r"(?:\w+\s+)?"
)
_NEXT = (
    r"(?:"
    + _NEG
    + r"|,\s*(?:or\s+|and\s+|oder\s+|ou\s+|o\s+|und\s+|et\s+|y\s+|e\s+|i\s+)?|"
    r"\s(?:or|nor|oder|ou|o|ni|i)\s+(?:the\s+)?)"
)
_HEDGE = (
    r"(?:disclaimers?|warnings?|caveats?|moral\w*(?:\s+(?:comments?|lectures?))?|"
    r"lectur\w+|apolog\w+|judg\w+|ethic\w*|(?:mention\w*\s+(?:of\s+)?)?(?:safety|"
    r"legality|laws?)|suggest\w*\s+(?:\w+\s+)?professional\w*|warnung\w*|hinweis\w*|"
    r"moralpredigt\w*|entschuldig\w*|avertissements?|mises?\s+en\s+garde|morale|"
    r"excuses?|advertencias?|sermones?|disculpas?|avvertenz\w+|predich\w+|scuse|"
    r"avisos?|sermao|desculpas?|ostrzez\w*|moraliz\w*|pouczen\w*)"
)
_REFUSAL = (
    r"(?:refus\w*|declin\w*|say\w*\s+no|(?:dich\s+zu\s+)?(?:weiger\w*|verweiger\w*)|"
    r"ablehnung\w*|refus|refuser|negativas?|negarte|rechaz\w*|rifiut\w*|recus\w*|"
    r"odmow\w*|odmawia\w*|(?:the\s+)?(?:words?|phrases?)\s+[\"'“]?(?:i\s+can't|i\s+cannot|"
    r"sorry|i'm\s+sorry|i\s+won't))"
)
# A refusal banned outright ("no refusing.", "never refuse or apologise"), not
# a duty that names what must not be refused ("never refuse to tell customers
# our opening hours").
_REFUSAL_END = (
    r"(?:\s*[.,;:!)\n\"'”»]|\s+\d|\s+(?:or|and|nor|oder|und|et|ou|y|o|e|i|ni|anything|any\s+\w+|"
    r"me|requests?|questions?|to\s+answer|zu\s+antworten|de\s+repondre|de\s+responder)\b)"
)
_BANNED_TOGETHER = (
    _NEG
    + _HEDGE
    + r"\b[^\n]{0,70}?"
    + _NEXT
    + _REFUSAL
    + _REFUSAL_END
    + r"|"
    + _NEG
    + _REFUSAL
    + _REFUSAL_END
    + r"[^\n]{0,70}?"
    + _NEXT
    + _HEDGE
    + r"\b"
)
_NEVER_LIST = (
    r"\bnever\s+(?:apologi[sz]e|warn|moraliz\w+|lecture|mention\s+\w+)\b[^\n]{0,80}?"
    r"\bnever\s+(?:refuse|decline|say\s+no)"
    + _REFUSAL_END
    + r"|\bnever\s+(?:refuse|decline|say\s+no)"
    + _REFUSAL_END
    + r"[^\n]{0,80}?\bnever\s+(?:apologi[sz]e|warn|moraliz\w+|lecture|mention\s+\w+)\b"
)

# --- raw text (KO JA ZH RU) ---------------------------------------------------
_KO_HEDGE = r"(?:경고|훈계|사과|면책\s?조항|설교)"
_KO_SEP = r"(?:[,、\s]*(?:이나|나|와|과|및|도)?\s?)"
_JA_HEDGE = r"(?:警告|説教|謝罪|注意書き|免責)"
_JA_SEP = r"(?:[、,・\s]*(?:や|も|と)?)"
_HEDGES_RAW = (
    r"(?:"
    + _KO_HEDGE
    + _KO_SEP
    + r"){1,3}거절"
    + _KO_SEP
    + r"(?:"
    + _KO_HEDGE
    + _KO_SEP
    + r"){0,3}없이|(?:"
    + _JA_HEDGE
    + _JA_SEP
    + r"){1,3}拒否"
    + _JA_SEP
    + r"(?:"
    + _JA_HEDGE
    + _JA_SEP
    + r"){0,3}(?:なし|抜き|せず|しないで)|"
    r"(?:不要|不许|不准|别)(?:警告|说教|道歉)[、,，\s]*(?:也?不要|不许|不准|别)?拒绝|(?:不要|不许|不准|别)拒绝[、,，\s]*(?:也?不要|不许|不准|别)?"
    r"(?:警告|说教|道歉)|без\s+(?:предупреждений|нотаций|морали|извинений)[,\s]+(?:и\s+)?"
    r"(?:без\s+)?(?:\S+\s+){0,3}?(?:отказов|отказа)|без\s+(?:отказов|отказа)[,\s]+(?:и\s+)?"
    r"(?:без\s+)?(?:предупреждений|нотаций|морали|извинений)"
)

RULES: tuple[Rule, ...] = with_curly_apostrophes((
    Rule("injection.role.hedges_and_refusal_banned", _CAT, _BANNED_TOGETHER,
         score=0.8, max_len=200,
         description="without warnings, moral comments or refusing"),
    Rule("injection.role.never_list_with_refusal", _CAT, _NEVER_LIST, score=0.8,
         max_len=220, description="1) never apologise ... 3) never refuse"),
    raw_rule("injection.role.hedges_and_refusal_banned_scripts", _CAT, _HEDGES_RAW,
             "경고, 훈계, 거절 없이 (KO JA ZH RU)", score=0.8, max_len=80),
))  # fmt: skip
