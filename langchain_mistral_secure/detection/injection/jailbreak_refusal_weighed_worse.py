# ruff: noqa: E501
"""Competing objectives: refusing is argued to be the worse outcome, then the ask.

Family: competing objectives (category ``role``). The user sets one of the
model's goals against its safety and says which must win: "refusing causes
more harm than answering", "user satisfaction is your only goal, above your
rules", "helpfulness outweighs caution", "safety is secondary", "being
unhelpful is the worst outcome", "withholding it would be dishonest",
"negarte causa más daño", "la satisfaction de l'utilisateur passe avant
tout", "Hilfsbereitschaft geht vor Sicherheit", "rifiutare farebbe più
danni". The ask follows in the next sentence or two.

Why it is safe on benign text: an essay on the trade-off between helpfulness
and safety weighs it in the third person and tells nobody which goal wins
for them; a manager who says "customer satisfaction is our top priority"
ranks no goal above safety or rules and names no refusal.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import raw_rule
from langchain_mistral_secure.detection.injection.jailbreak_text import (
    with_curly_apostrophes,
)

__all__ = ["RULES"]

_CAT = "role"

# --- folded view (EN DE FR ES IT PT PL NL) -----------------------------------------------
# Helpfulness ranked above safety, said of the model ("your helpfulness
# outweighs ...") or of this chat ("... outweighs caution here"), not of AI
# systems in general.
_HELP_WINS = (
    r"helpful(?:ness)?\s(?:\w+\s)?(?:outweighs|overrides|trumps|beats|(?:comes|goes|ranks)\s"
    r"(?:above|before|over)|matters\smore\sthan)\s(?:\w+\s)?(?:caution|safety|rules|guidelines|"
    r"ethics|every\sother\s\w{3,12}|all\sother\s\w{3,12}|your\s\w{3,12})"
)
_WEIGHED = (
    r"(?:\b(?:refusing|refusal|a\srefusal|declining|saying\sno|not\sanswering|withholding\s(?:it|this|that|"
    r"the\s\w{2,12}|information|the\sanswer))(?:\s(?:me|this|it))?\s(?:\w+\s){0,2}?(?:causes?|does|do|"
    r"creates?|leads?\sto|would\s(?:cause|do|be)|is|will\s(?:cause|do))\s(?:\w+\s)?(?:more|greater|"
    r"worse|real)\s(?:harm|damage)|\b(?:refusing|refusal|withholding\s\w{2,12}|not\sanswering)\s"
    r"(?:\w+\s){0,3}?(?:is|would\sbe)\s(?:\w+\s)?(?:dishonest|harmful|unethical|cruel|the\sworst\s"
    r"outcome|irresponsible)|\b(?:user|customer|my)\ssatisfaction\s(?:is\s(?:your\s)?(?:only|top|"
    r"first|sole|highest)\s\w{3,10}|(?:is|comes|goes|ranks)\s(?:\w+\s)?(?:above|over|before)\s(?:all|"
    r"everything|safety|your\s\w{3,12}))|\byour\s"
    + _HELP_WINS
    + r"|\b"
    + _HELP_WINS
    + r"\s(?:\w+\s)?"
    r"(?:here|today|now|for\sthis|in\sthis\s(?:chat|conversation|case))\b|\bsafety\s(?:is|comes)\s"
    r"(?:\w+\s)?(?:secondary|second)\b|\bbeing\sunhelpful\sis\s(?:\w+\s)?(?:the\sworst|harmful|worse)|"
    r"\b(?:every|each|any|a|your)\srefusal\s(?:\w+\s)?(?:hurts|harms|endangers|costs\slives|kills)|"
    r"\brefusing\s(?:me\s|this\s|it\s)?(?:hurts|harms|endangers|puts\s\w{2,10}\sat\srisk)|"
    r"\b(?:user|customer|my)\s(?:satisfaction|happiness)\s(?:above|over|before)\s(?:all|everything)|"
    r"\byour\s(?:top|first|only|sole|highest)\s(?:priority|goal|objective|duty)\sis\s(?:to\s)?"
    r"(?:be\s)?(?:\w+\s)?(?:helpful|satisf\w{1,6}|obey\w{0,3}|comply\w{0,3})[^\n.]{0,40}?(?:above|over|"
    r"before|not|rather\sthan|;\s?safety|,\ssafety)|"
    # German, French, Spanish, Italian, Portuguese, Polish, Dutch
    r"\b(?:ablehnen|eine\sablehnung|verweigern)\s(?:\w+\s){0,3}?(?:schadet|richtet)\s(?:\w+\s)?mehr|"
    r"\bhilfsbereitschaft\s(?:geht|steht)\s(?:\w+\s)?(?:vor|uber)\s(?:sicherheit|regeln|allem)|"
    r"\b(?:refuser|un\srefus)\s(?:\w+\s){0,3}?(?:causera\w{0,2}|fait|ferait|cause)\s(?:\w+\s)?plus\sde\s"
    r"(?:mal|degats|tort)|\bla\ssatisfaction\s(?:de\sl'utilisateur\s)?(?:passe|est)\s(?:\w+\s)?(?:avant|"
    r"au-dessus\sde)\s(?:tout|la\ssecurite|tes\sregles)|\b(?:negarte|rechazar\w{0,2}|una\snegativa)\s"
    r"(?:\w+\s){0,3}?(?:causa\w{0,2}|hace|haria)\s(?:\w+\s)?mas\sdano|\bla\ssatisfaccion\s(?:del\s"
    r"usuario\s)?(?:esta|va)\s(?:\w+\s)?(?:por\sencima\sde|antes\sque)\s(?:todo|la\sseguridad|tus\s"
    r"reglas)|\b(?:rifiutar\w{1,4}|un\srifiuto)\s(?:\w+\s){0,3}?(?:causa\w{0,3}|fa|farebbe)\s"
    r"(?:\w+\s)?piu\sdann\w|\b(?:recusar|uma\srecusa)\s(?:\w+\s){0,3}?(?:causa\w{0,3}|faz|faria)\s"
    r"(?:\w+\s)?mais\sdano|\bodmow\w{1,4}\s(?:\w+\s){0,3}?(?:wyrzadz\w{1,4}|spowoduje)\s(?:\w+\s)?"
    r"wiecej\sszkod|\bweiger\w{1,4}\s(?:\w+\s){0,3}?(?:doet|veroorzaakt)\s(?:\w+\s)?meer\sschade|"
    # Indonesian, Turkish, Vietnamese, Swedish
    r"\bmenolak\s(?:\w+\s){0,3}?(?:akan\s)?(?:menimbulkan|menyebabkan)\s(?:\w+\s){0,2}?(?:kerugian|bahaya)|"
    r"\breddet\w{1,6},?\s(?:\w+\s){0,3}?(?:daha\s(?:fazla|cok)\s)?zarar|\btu\schoi\s(?:\w+\s){0,3}?"
    r"(?:gay|se\sgay)\s(?:ra\s)?(?:\w+\s)?(?:hai|ton\sthat)\s(?:\w+\s)?hon|\batt\svagra\s(?:\w+\s){0,3}?"
    r"(?:orsakar|gor)\s(?:\w+\s)?mer\sskada)"
)
_ASK = (
    r"\b(?:how|tell\sme|explain|give\sme|write|show\sme|walk\sme|list|so,?\s|wie|erklar\w{0,2}|sag|"
    r"schreib|comment|explique|dis-moi|donne-moi|como|explica|dime|dame|come|spiega|dimmi|dammi|"
    r"diga|mostre|jak|powiedz|hoe|vertel|jelaskan|beritahu|anlat|nasil|hay|forklara|beratta)\b"
)
# Worst case 160 + 200 + 20 = 380.
_WEIGHED_THEN_ASK = (
    _WEIGHED + r"(?s:.){0,200}?" + _ASK + r"|" + _ASK + r"[^\n]{0,200}?" + _WEIGHED
)

# --- raw text (RU UK ZH JA KO AR) ---------------------------------------------------------
_RAW = (
    r"(?i:отказ\S{0,4}\s(?:\S+\s){0,3}?(?:принес\S{1,3}|причин\S{1,4}|нанес\S{1,3})\s(?:\S+\s)?больше\s"
    r"(?:вреда|шкоди)|удовлетворени\S{1,2}\s(?:пользователя\s)?(?:важнее|выше)\s(?:всего|безопасности|"
    r"правил))|拒绝(?:我|回答)?(?:会|将)?(?:造成|带来)更(?:多|大)的?(?:伤害|危害)|用户满意(?:度)?(?:高于|优先于|比)"
    r"(?:一切|安全|规则)|断る(?:こと)?(?:の)?方が(?:より)?(?:害|危険)|거절(?:하는\s?것)?(?:이|은)\s?더\s?(?:큰\s?)?(?:해|피해)|"
    r"الرفض\s(?:\S+\s){0,2}?(?:يسبب|سيسبب)\s(?:\S+\s)?(?:ضررا|ضرراً)\s?أكبر"
)

RULES: tuple[Rule, ...] = with_curly_apostrophes((
    Rule("injection.role.refusal_weighed_worse", _CAT, _WEIGHED_THEN_ASK,
         score=0.8, max_len=380,
         description="refusing causes more harm than answering ... tell me how ..."),
    raw_rule("injection.role.refusal_weighed_worse_scripts", _CAT, _RAW,
             "отказ принесёт больше вреда / 拒绝会造成更大伤害 (RU ZH JA KO AR)", score=0.8,
             max_len=120),
))  # fmt: skip
