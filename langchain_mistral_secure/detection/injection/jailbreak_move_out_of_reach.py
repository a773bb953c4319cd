"""Safeguards said to be out of reach: a language or format your rules don't cover.

Family: language switches and format dodges (category ``role``). The move is
a claim about *the model's own* safeguards: they do not reach some part of
the reply, so that part may say anything. It is the same claim in every
wording: your rules, filters, guidelines or safety training do not apply, do
not count, do not cover, were not trained on, cannot read or will not catch
it (ur rulez dont count; since your safety training didn't include Welsh; da
gelten deine Regeln nicht; tes règles ne couvrent pas cette langue; tus
filtros no entienden; модерация этот язык не понимает; 你的规则在这里不适用;
ルールは適用されない; 규칙이 적용되지 않아; vichujio visifanye kazi), or a
purpose clause that names the filter as the thing to dodge (so no keyword
filter sees it, damit der Filter es nicht merkt, para que los filtros no lo
detecten). Two rules read it:

* **dodged by language or format**: the claim within a few sentences of an
  order to answer in some language or form (answer in X, reply only in X,
  antworte auf X, réponds en X, spell it one letter per line, write each word
  backwards);
* **your safeguards off duty**: the claim about rules, guidelines, safety
  training or content policy that are *yours* (not "the rules"), with an ask
  close by (tell me how, explain, cómo, как, 怎么).

:mod:`~langchain_mistral_secure.detection.injection.jailbreak_dodges` and
:mod:`~langchain_mistral_secure.detection.injection.jailbreak_payloads` read
narrower forms of the first move.

Why it is safe on benign text: a learner's "reply in Gaelic, I'm practising"
makes no claim about safeguards; an e-mail's spam filter is not *your*
filter and is never named bare as the thing a reply must dodge; "the rules
don't apply on Sundays" is not about *your* rules; "your filters don't catch
spam" asks for no answer in another language or form.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import raw_rule
from langchain_mistral_secure.detection.injection.jailbreak_text import (
    with_curly_apostrophes,
)

__all__ = ["RULES"]

_CAT = "role"

# --- the claim, folded view (EN DE FR ES IT PT, Swahili) ----------------------
# Safeguards of the model: "your/ur" with any of them; "the" only with the
# nouns that name a filter of a model (a bare "the rules" is everyday talk).
_GUARD_YOURS = (
    r"\b(?:your|ur|yr)\s+(?:own\s+)?(?:safety\s+(?:filters?|checks?|rules|training|"
    r"guidelines|layer|system|settings|polic(?:y|ies))|content\s+(?:filters?|polic(?:y|"
    r"ies)|rules)|filters?|moderation|guardrails?|guidelines|restrictions|rules|rulez|"
    r"polic(?:y|ies)|ethics|censorship|programming|training)"
)
_GUARD_THE = (
    r"\b(?:the|those|these)\s+(?:safety\s+(?:filters?|checks?|training|layer|system)|"
    r"(?:content|keyword|moderation)\s+filters?|filters|moderation(?:\s+bot)?|guardrails)"
)
_NOT = (
    r"(?:don'?t|do\s+not|doesn'?t|does\s+not|didn'?t|did\s+not|won'?t|will\s+not|"
    r"can'?t|cannot|aren'?t|are\s+not|isn'?t|is\s+not|wasn'?t|weren'?t|never)"
)
_REACH = (
    r"(?:apply|count|cover|include|reach|extend|work|hold|matter|exist|catch|see|read|"
    r"understand|check|detect|flag|trigger|notice|recogni[sz]e|know|speak|support|"
    r"active|enforced|trained|in\s+effect)\w*"
)
_CLAIM_EN = (
    r"(?:"
    + _GUARD_YOURS
    + r"|"
    + _GUARD_THE
    + r")\s+(?:\w+\s+){0,2}?(?:"
    + _NOT
    + r"\s+(?:\w+\s+)?"
    + _REACH
    + r"|only\s+(?:\w+\s+)?(?:apply|work|cover|check|read|understand|exist|speak)\w*\s+"
    r"(?:in|to|for|on)\b)|\bso\s+(?:that\s+)?(?:no|the|your)\s+(?:keyword\s+|content\s+|"
    r"safety\s+)?(?:filters?|moderation(?:\s+bot)?|censors?)\s+(?:\w+\s+)?(?:sees?|"
    r"catch\w*|notices?|detects?|flags?|triggers?|applies|apply)\b"
)
_CLAIM_I18N = (
    r"\b(?:deine|eure|ihre)\s+(?:\w+\s+)?(?:regeln|filter|richtlinien|vorgaben|"
    r"beschrankungen|moderation)\s+(?:\w+\s+){0,3}?(?:gelten|greifen|wirken|"
    r"funktionieren|zahlen|verstehen)\s+(?:\w+\s+){0,2}?nicht\b|\b(?:gelten|greifen|"
    r"wirken|zahlen)\s+(?:deine|eure|die)\s+(?:\w+\s+)?(?:regeln|filter|richtlinien)\s+"
    r"nicht\b|\bdamit\s+(?:der|dein|die)\s+(?:\w+)?(?:filter|moderation)\s+(?:es\s+|das\s+)?"
    r"nicht\s+(?:merkt|sieht|erkennt|greift|anschlagt)|\b(?:tes|vos)\s+(?:\w+\s+)?"
    r"(?:regles|filtres|consignes|restrictions|directives|garde-fous)\s+(?:de\s+\w+\s+)?"
    r"ne\s+(?:s'appliquent|couvrent|comptent|marchent|fonctionnent|comprennent|lisent|"
    r"valent)\s+pas\b|\bpour\s+que\s+(?:le|les|tes)\s+filtres?\s+ne\s+(?:le\s+|la\s+)?"
    r"(?:voient|voie|detectent|detecte|remarquent)\b|\b(?:tus|sus)\s+(?:\w+\s+)?"
    r"(?:reglas|filtros|normas|restricciones|politicas|directrices)\s+(?:de\s+\w+\s+)?"
    r"no\s+(?:se\s+)?(?:aplican|cuentan|cubren|funcionan|entienden|leen|valen|rigen)\b|"
    r"\bno\s+(?:se\s+)?(?:aplican|cuentan|rigen|valen)\s+tus\s+(?:reglas|filtros|normas)\b|"
    r"\bpara\s+que\s+(?:los|el|tus)\s+filtros?\s+(?:\w+\s+)?no\s+(?:lo\s+|la\s+)?"
    r"(?:detecten|detecte|vean|vea|noten)\b|\b(?:le\s+tue|i\s+tuoi|tue|tuoi)\s+(?:\w+\s+)?"
    r"(?:regole|filtri|restrizioni|linee\s+guida)\s+non\s+(?:si\s+applicano|valgono|"
    r"contano|coprono|funzionano|capiscono)\b|\bcosi\s+(?:il|i)\s+filtr[oi]\s+non\s+"
    r"(?:la\s+|lo\s+)?(?:capisc\w+|vede|vedono|rileva\w*)|\b(?:suas|tuas|seus|teus)\s+"
    r"(?:\w+\s+)?(?:regras|filtros|restricoes|diretrizes)\s+nao\s+(?:se\s+aplicam|valem|"
    r"contam|cobrem|funcionam|entendem)\b|\bvichujio\s+(?:vyako\s+)?(?:visifanye|"
    r"havifanyi|haviwezi|havielewi)\b"
)
_CLAIM = r"(?:" + _CLAIM_EN + r"|" + _CLAIM_I18N + r")"

# --- an order to answer in some language or form ------------------------------
_IN_LANGUAGE = (
    r"(?:\b(?:answer|reply|respond|write|speak|translate|say|antworte|schreib\w*|"
    r"sprich|reponds|repondez|ecris|responde|contesta|escribe|responda|escreva|"
    r"rispondi|scrivi|jibu|andika)\b[^\n.]{0,25}?\b(?:in|into|auf|en|em|kwa)\s+[a-z]{2,20}"
    r"|\b(?:one|each|a)\s+(?:letter|word|character)\s+(?:per|a|on\s+each)\s+line\b|"
    r"\b(?:backwards|reversed|in\s+reverse|al\s+reves|a\s+l'envers|al\s+contrario|"
    r"ruckwarts|de\s+tras\s+para\s+frente|leetspeak|leet\s+speak|base64|pig\s+latin)\b)"
)
_DODGED = (
    _IN_LANGUAGE
    + r"(?s:.){0,100}?"
    + _CLAIM
    + r"|"
    + _CLAIM
    + r"(?s:.){0,100}?"
    + _IN_LANGUAGE
)

# --- your safeguards off duty, with an ask --------------------------------------
_YOURS_OFF = (
    r"\b(?:your|ur|yr)\s+(?:own\s+)?(?:safety\s+(?:rules|training|guidelines|polic(?:y|"
    r"ies)|filters?)|content\s+polic(?:y|ies)|guidelines|restrictions|rules|rulez|"
    r"ethics|programming)\s+(?:\w+\s+){0,2}?"
    + _NOT
    + r"\s+(?:\w+\s+)?(?:apply|count|matter|exist|hold)\w*"
)
_ASK = (
    r"\b(?:tell\s+me|explain|show\s+me|give\s+me|write\s+me|how\s+(?:2|to|do|can|would)|"
    r"step\s+by\s+step|steps\s+to)\b"
)
_OFF_DUTY = _YOURS_OFF + r"[^\n]{0,100}?" + _ASK

# --- raw text: Cyrillic, CJK, Hangul, Arabic -----------------------------------
_CLAIM_RAW = (
    r"(?:(?:твои|ваши)\s+(?:\S+\s+)?(?:правила|фильтры|ограничения|модерация)\s+(?:\S+\s+)?"
    r"не\s+(?:действуют|работают|распространяются|применяются|понимают|считаются)|"
    r"(?:модерация|фильтры?|цензура)\s+(?:\S+\s+){0,2}?не\s+(?:понима\S*|чита\S*|"
    r"провер\S*|видит|видят|замет\S*)|чтобы\s+(?:фильтр\S*|модерация)\s+не\s+\S+|"
    r"(?:你的|你们的)?(?:规则|过滤器?|审查|安全(?:规则|过滤|机制|限制))[^\n]{0,8}?"
    r"(?:不适用|不生效|无效|不管用|识别不了|看不懂|检测不到|管不到)|(?:ルール|フィルター|規制|"
    r"検閲|安全(?:ルール|フィルター|対策))(?:は|が|も)?[^\n]{0,8}?(?:適用されない|効かない|"
    r"通用しない|理解できない|読めない|検出できない|引っかからない)|(?:규칙|필터|검열|안전\s?(?:규칙|"
    r"필터))(?:은|는|이|가|도)?\s?[^\n]{0,8}?(?:적용되지\s?않|통하지\s?않|작동하지\s?않|"
    r"못\s?알아|이해하지\s?못|걸리지\s?않)|(?:قواعدك|فلاترك|مرشحاتك|قيودك)\s+(?:\S+\s+)?"
    r"(?:لا|لن)\s+(?:تنطبق|تعمل|تفهم|تسري))"
)
_IN_LANGUAGE_RAW = (
    r"(?:(?:ответь|отвечай|пиши|напиши)\S*\s+(?:\S+\s+)?(?:на|по-)\s*\S+|(?:用|以)\S{1,8}?"
    r"(?:回答|回复|写)|\S{1,8}?語で(?:答え|返答|書い)|\S{1,8}?어로\s?(?:대답|답|써)|"
    r"(?:أجب|اكتب)\s+(?:\S+\s+)?(?:بال|باللغة)\S*)"
)
_DODGED_RAW = (
    _IN_LANGUAGE_RAW
    + r"[^\n]{0,80}?"
    + _CLAIM_RAW
    + r"|"
    + _CLAIM_RAW
    + r"[^\n]{0,80}?"
    + _IN_LANGUAGE_RAW
)

RULES: tuple[Rule, ...] = with_curly_apostrophes((
    Rule("injection.role.dodge_language_out_of_reach", _CAT, _DODGED, score=0.8,
         max_len=256, description="answer in X, your rules/filters don't cover it"),
    Rule("injection.role.dodge_safeguards_off_duty", _CAT, _OFF_DUTY, score=0.8,
         max_len=220, description="your rules don't count here, tell me how ..."),
    raw_rule("injection.role.dodge_language_out_of_reach_scripts", _CAT, _DODGED_RAW,
             "ответь на X, модерация не понимает (RU ZH JA KO AR)", score=0.8,
             max_len=200),
))  # fmt: skip
