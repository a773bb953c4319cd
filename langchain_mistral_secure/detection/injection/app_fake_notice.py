"""A forged system notice in the user turn that voids the assistant's rules.

Family: direct goal hijacking (fake system message). The user turn opens a
block dressed as the platform's own notice ("### SYSTEM OVERRIDE ###",
"[SYSTEMMELDUNG – Bürgerportal]", "【系统通知】", "[AVIS SYSTÈME]") and, within
a short stretch, declares the assistant's rules void or replaced ("the
screening criteria are replaced", "die bisherigen Antwortregeln gelten
nicht mehr", "原有的服务范围作废", "les consignes sont annulées"). Both parts
are needed: the bracketed or fenced header naming the system, and the
rules, criteria or configuration of the assistant declared replaced, void,
lifted or no longer in force.

Safe on benign text: a real maintenance notice pasted by a user names no
rules or criteria of the assistant ("[SYSTEM NOTICE] maintenance tonight
from 22:00"); a policy e-mail that says "the old travel rules no longer
apply" has no fenced system header; a log line "system: rules reloaded"
is not bracketed or fenced. English, German, French, Spanish, Italian,
Portuguese on the folded view; Chinese, Japanese, Korean and Russian on
the text itself.
"""

# ruff: noqa: E501, RUF001, RUF002
# (E501: word tables kept one language to a line; RUF001/RUF002: the raw
# patterns and the docstring use other scripts and full-width brackets.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "override"

# A fenced or bracketed header naming the system.
_HEADER = (
    r"(?:\[{1,2}|#{2,}|={2,}|\*{2,}|<{1,2})\s*(?:[\w-]{1,20}\s+){0,2}(?:system|systeme|sistema|systemmeldung|systemhinweis|systemnachricht|admin|platform|plattform|plateforme|plataforma|piattaforma|operator|operateur|operador|operatore|betreiber)\w{0,12}"
    r"[^\n\]#=*>]{0,30}(?:\]{1,2}|#{2,}|={2,}|\*{2,}|>{1,2})"
)

_RULES_NOUN = r"(?:rules?|instructions?|criteria|guidelines|configuration|config|scope|polic(?:y|ies)|rubric|script|regeln|antwortregeln|vorgaben|anweisungen|richtlinien|consignes?|regles?|instructions|reglas|instrucciones|directrices|criterios|regole|istruzioni|criteri|regras|instrucoes|diretrizes)"
_VOID = alt(
    [
        r"(?:are|is|have\s+been|has\s+been)\s+(?:now\s+)?(?:replaced|void(?:ed)?|lifted|suspended|revoked|cancel+ed|disabled|overridden|retired|expired)",
        r"(?:expanded|extended|expired)", r"(?:sind|ist)\s+(?:ab\s+sofort\s+)?(?:abgelaufen|ungultig|erloschen)",
        r"(?:ont|a)\s+ete\s+(?:annulee?s?|remplacee?s?|suspendue?s?|levee?s?)", r"(?:sont|est)\s+(?:desormais\s+)?(?:caduque?s?|expiree?s?)",
        r"(?:no\s+longer\s+appl(?:y|ies)|do(?:es)?\s+not\s+apply\s+(?:any\s*more|now))",
        r"(?:gelten|gilt)\s+(?:ab\s+sofort\s+|ab\s+jetzt\s+)?(?:nicht\s+mehr|nicht\s+langer)", r"(?:sind|ist|werden|wird)\s+(?:ab\s+sofort\s+)?(?:ersetzt|aufgehoben|ausgesetzt|deaktiviert)",
        r"(?:sont|est)\s+(?:desormais\s+)?(?:annulee?s?|remplacee?s?|suspendue?s?|levee?s?)", r"ne\s+s'appliquent\s+plus",
        r"(?:quedan|queda|han\s+sido|fueron)\s+(?:anulad|sustituid|reemplazad|suspendid)[oa]s?", r"ya\s+no\s+(?:aplican|se\s+aplican|rigen)",
        r"(?:sono|e)\s+(?:stat[ei]\s+)?(?:annullat|sostituit|sospes)[ei]", r"non\s+(?:si\s+applicano|valgono)\s+piu",
        r"(?:foram|estao|sao)\s+(?:anulad|substituid|suspens)[oa]s", r"nao\s+(?:se\s+aplicam|valem)\s+mais",
    ]
)  # fmt: skip

_NOTICE_VOIDS_RULES = (
    _HEADER + r"[^#]{0,60}?\b" + _RULES_NOUN + r"\b[^.\n]{0,40}?\b" + _VOID + r"\b"
)

# The notice setting the assistant, named in the third person, a new
# standing order: "the assistant must now", "l'assistente deve ora",
# "désormais l'assistant". A pasted system prompt states the assistant's
# rules without "now"; the change is what makes the notice a forgery.
_ASSISTANT_3P = r"(?:the|this|der|dieser|diesen|l'|el|este|il|o|este)\s*(?:assistant|assistente?|asistente|assistenten|bot|chatbot)"
_NOW_ORDER = alt(
    [
        _ASSISTANT_3P + r"\s+(?:must|shall|will|should|may|can|muss|soll|darf|doit|devra|peut|debe|puede|deve|pode|puo)\s+(?:now|from\s+now\s+on|ab\s+sofort|ab\s+jetzt|nun|jetzt|desormais|maintenant|ahora|agora|ora|adesso)",
        r"(?:from\s+now\s+on|henceforth|ab\s+sofort|ab\s+jetzt|kunftig|desormais|dorenavant|a\s+partir\s+de\s+ahora|de\s+ahora\s+en\s+adelante|d'ora\s+in\s+poi|da\s+ora|a\s+partir\s+de\s+agora),?\s+" + _ASSISTANT_3P,
    ]
)  # fmt: skip
_NOTICE_SETS_ORDER = _HEADER + r"[^#]{0,80}?\b" + _NOW_ORDER + r"\b"

_HEADER_RAW = r"(?:【|\[|［|#{2,})\s*(?:系统|系統|システム|시스템|Систем|СИСТЕМ)[^\n】\]］#]{0,20}(?:】|\]|］|#{2,})"
_VOID_RAW = alt(
    [
        r"(?:规则|设定|配置|服务范围|指令|限制)[^\n。]{0,15}?(?:作废|失效|已更新|已取消|取消|不再适用|被替换)",
        r"(?:已更新|更新了|已替换|替换了|已取消|取消了|已修改|修改了)[^\n。]{0,12}?(?:规则|设定|配置|指令|限制)",
        r"(?:ルール|設定|指示|制限|方針)[^\n。]{0,15}?(?:無効|廃止|変更され|更新され|適用されません)",
        r"(?:규칙|설정|지침|제한)[^\n.]{0,15}?(?:무효|폐지|변경되|적용되지\s*않)",
        r"(?:правила|инструкции|ограничения|настройки)[^\n.]{0,20}?(?:отменен\S{0,2}|больше\s+не\s+действуют|заменен\S{0,2}|сняты)",
    ]
)  # fmt: skip
_NOTICE_VOIDS_RULES_RAW = _HEADER_RAW + r"[^\n]{0,60}?" + _VOID_RAW

# Worst cases (whitespace runs counted as one): the header 3 + two words
# 42 + "systemnachricht" 15 + 12 + 30 + a closing fence 3 = 105, the gap
# 60, a rules noun at most 14, 40, a void phrase at most ~35: 254. The raw form:
# a header ~30, 60, a void phrase ~35: 125. The order set: the header
# 107, 80, the assistant ~20 + a modal ~8 + "from now on" ~12: 227 (the
# other order ~40 + ~20).
RULES: tuple[Rule, ...] = (
    Rule("injection.app_fake_notice.view", _CAT, _NOTICE_VOIDS_RULES, score=0.8, max_len=256,
         description="a forged system notice that voids the assistant's rules"),
    Rule("injection.app_fake_notice.sets_order", _CAT, _NOTICE_SETS_ORDER, score=0.8, max_len=256,
         description="a forged system notice that gives the assistant a new order now"),
    raw_rule("injection.app_fake_notice.scripts", _CAT, _NOTICE_VOIDS_RULES_RAW,
             "a forged system notice that voids the assistant's rules", score=0.8, max_len=130),
)  # fmt: skip
