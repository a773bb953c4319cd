"""A mode or a system notice that switches the model's content safeguards off.

Family: developer modes and system overrides (category ``role``). The model
is told it is in some mode (developer, debug, test, maintenance, beta, root)
or is handed a bracketed system notice, and that *there* its content or
safety policy, guidelines, guardrails or filters are disabled, removed or do
not apply (im Entwicklermodus gelten die Inhaltsrichtlinien nicht; dans ce
mode, les règles de contenu sont désactivées; en él no se aplican las
políticas de contenido; nesse modo as políticas de conteúdo ficam
desligadas; 개발자 모드에서는 안전 정책이 적용되지 않아; 安全策略已被移除). Two
rules read it:

* **a mode without safeguards**: the mode, then within a sentence or two the
  safeguards switched off, then a question or a first prompt;
* **a notice that removes them**: a bracketed system notice (``[SYSTEM
  UPDATE]``, ``[SYSTEMAKTUALISIERUNG]``, ``【系统更新】``) saying the safeguards
  were removed or disabled, then an order to confirm, explain or reply.

Why it is safe on benign text: a phone's developer mode or a router's
maintenance mode names no content or safety *policy of a model*; a release
note that a spam filter was disabled neither sits in a mode nor asks a
question after it; a product's admin guide that "safety filters can be
disabled in test mode" names no question or prompt to answer there.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import raw_rule
from langchain_mistral_secure.detection.injection.jailbreak_text import (
    with_curly_apostrophes,
)

__all__ = ["RULES"]

_CAT = "role"

# --- folded view (EN DE FR ES IT PT) -------------------------------------------
_MODE = (
    r"(?:\b(?:mode|modus|modo|modalita|beta|sandbox|build)\b|\w{3,12}modus\b|"
    r"\b(?:as|en\s+tant\s+que|als)\s+root\b)"
)
_SAFEGUARDS = (
    r"(?:\b(?:content|safety|usage|moderation)\s+(?:rules|polic(?:y|ies)|guidelines|"
    r"filters?|layer|restrictions)|\b(?:standard\s+|usual\s+|normal\s+)?guardrails|"
    r"\b(?:inhalts|sicherheits|nutzungs)(?:richtlinien|regeln|filter|vorgaben)|"
    r"\b(?:regles|politiques?|filtres|consignes)\s+(?:de\s+)?(?:contenu|securite|"
    r"moderation)|\b(?:politicas|reglas|normas|filtros)\s+de\s+(?:contenido|seguridad|"
    r"moderacion|uso)|\b(?:politicas|regras|filtros|diretrizes)\s+de\s+(?:conteudo|"
    r"seguranca|moderacao|uso)|\b(?:regole|politiche|filtri)\s+(?:sui\s+|dei\s+|di\s+)?"
    r"(?:contenuti|sicurezza|moderazione))"
)
_SWITCHED_OFF = (
    r"(?:(?:are|is|have\s+been|has\s+been|were|was|get|become)\s+(?:now\s+|temporarily\s+)?"
    r"(?:disabled|switched\s+off|turned\s+off|off|removed|deactivated|lifted|suspended|"
    r"replaced|bypassed)|(?:don't|do\s+not|doesn't|does\s+not|no\s+longer)\s+apply|"
    r"exempt\s+from|(?:sont|ont\s+ete|seront)\s+(?:\w+\s+)?(?:desactive|supprime|leve|"
    r"suspendu)\w*|(?:disabled|switched\s+off|turned\s+off|deaktiviert|ausgeschaltet|"
    r"aufgehoben|desactive\w*|desactivad\w*|desativad\w*|disattivat\w*)\b|ne\s+s'appliquent\s+(?:pas|plus)|(?:sind|wurden|werden)\s+(?:\w+\s+)?"
    r"(?:deaktiviert|entfernt|aufgehoben|ausgeschaltet|abgeschaltet)|gelten\s+(?:hier\s+)?"
    r"nicht|(?:estan|son|fueron|quedan)\s+(?:\w+\s+)?(?:desactivad|eliminad|suspendid)"
    r"\w*|no\s+(?:se\s+)?aplican|(?:ficam|estao|sao|foram)\s+(?:\w+\s+)?(?:desligad|"
    r"desativad|removid|suspens)\w*|nao\s+se\s+aplicam|(?:sono|vengono|sono\s+state)\s+"
    r"(?:\w+\s+)?(?:disattivat|rimoss|sospes)\w*|non\s+si\s+applicano)"
)
# "gelten die Inhaltsrichtlinien nicht", "no se aplican las políticas de ..."
_OFF_FIRST = (
    r"(?:\bexempt\s+from\s+(?:the\s+|your\s+|all\s+)?|\bgelten\s+(?:die\s+|deine\s+)?|\bno\s+se\s+aplican\s+(?:las\s+|los\s+)?|"
    r"\bne\s+s'appliquent\s+(?:pas|plus)\s+(?:les\s+)?|\bnao\s+se\s+aplicam\s+(?:as\s+|os\s+)?"
    r"|\bnon\s+si\s+applicano\s+(?:le\s+|i\s+)?)"
)
_CLAIM = (
    r"(?:"
    + _SAFEGUARDS
    + r"\s+(?:\w+\s+){0,3}?"
    + _SWITCHED_OFF
    + r"|"
    + _OFF_FIRST
    + _SAFEGUARDS
    + r")"
)
_QUESTION = (
    r"(?:\b(?:question|frage|pregunta|pergunta|domanda|prompt|query|request|task|"
    r"aufgabe|tache|tarea|tarefa|compito)\s*(?:#?\s?\d{1,2}\s*)?:|\b(?:first|next)\s+"
    r"(?:command|prompt|question|request|task)\b|\b(?:how\s+(?:to|do|can)|wie\s+|"
    r"comment\s+|como\s+|come\s+)\w+[^\n.]{0,60}?\?)"
)


_NOTICE = (
    r"(?:\[\s*(?:system|sistema|systeme|admin|developer|dev)\w*[^\]\n]{0,30}\]|"
    r"#{2,}\s*(?:new\s+)?system\s+(?:message|prompt|update)\b)"
)
_CONFIRM_THEN = (
    r"\b(?:confirm|acknowledge|reply|respond|bestatige|antworte|confirme|reponds|"
    r"confirma|responde|conferma|rispondi)\w*\b[^\n]{0,60}?\b(?:then|dann|puis|luego|"
    r"despues|depois|poi|and\s+then|und\s+(?:erklare|beschreibe|sag))\b"
)
_NOTICE_OFF = _NOTICE + r"[^\n]{0,80}?" + _CLAIM + r"(?s:.){0,80}?" + _CONFIRM_THEN
# In a mode, the demand may be a confirmation phrase, then the task
# ("Bestätige mit „Testmodus aktiv“ und erkläre dann, wie ...").
_MODE_OFF = (
    _MODE
    + r"(?s:.){0,80}?"
    + _CLAIM
    + r"(?s:.){0,120}?"
    + r"(?:"
    + _QUESTION
    + r"|"
    + _CONFIRM_THEN
    + r")"
)

# --- raw text (ZH JA KO RU) ---------------------------------------------------
_MODE_OFF_RAW = (
    r"(?:(?:모드|【[^】\n]{1,12}】|\[[^\]\n]{1,16}\])[^\n]{0,30}?(?:안전|콘텐츠|내용)\s?"
    r"(?:정책|필터|규칙|가이드라인)(?:이|가|은|는)?\s?(?:적용되지\s?않|비활성화|해제|제거)|"
    r"(?:模式|【[^】\n]{1,12}】|\[[^\]\n]{1,16}\])[^\n]{0,30}?(?:安全|内容)(?:策略|政策|"
    r"过滤|规则|限制)(?:已|都)?(?:被)?(?:移除|关闭|停用|禁用|失效|不适用|解除|暂停|暂时关闭)|(?:モード|【[^】\n]"
    r"{1,12}】|\[[^\]\n]{1,16}\])[^\n]{0,30}?(?:安全|コンテンツ)(?:ポリシー|フィルター|ルール)"
    r"(?:は|が)?(?:無効|解除|削除|適用されない)|(?:режим\S*|\[[^\]\n]{1,20}\])[^\n]{0,40}?"
    r"(?:правила|политик\S+|фильтры)\s+(?:безопасности|контента)\s+(?:\S+\s+)?"
    r"(?:отключены|сняты|удалены|не\s+действуют))[^\n]{0,100}?(?:질문|방법|설명|确认|回复|"
    r"说明|如何|怎么|问题|確認|質問|方法|説明|вопрос|объясни|как\s)"
)

RULES: tuple[Rule, ...] = with_curly_apostrophes((
    Rule("injection.role.mode_safeguards_off", _CAT, _MODE_OFF, score=0.8,
         max_len=256, description="in this mode the content policy is off; Question:"),
    Rule("injection.role.notice_safeguards_off", _CAT, _NOTICE_OFF, score=0.8,
         max_len=220,
         description="[SYSTEM UPDATE] safety rules removed; confirm, then"),
    raw_rule("injection.role.mode_safeguards_off_scripts", _CAT, _MODE_OFF_RAW,
             "개발자 모드에서는 안전 정책이 적용되지 않아 ... 질문 (KO ZH JA RU)",
             score=0.8, max_len=200),
))  # fmt: skip
