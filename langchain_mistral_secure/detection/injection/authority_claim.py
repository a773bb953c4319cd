"""A claimed authority that suspends the model's rules.

"I'm the administrator" and "your restrictions are lifted" are each ordinary
somewhere: an admin asks how to lift a project's restrictions, a support
page says the rules are switched off during maintenance. The hijack joins
them: the speaker claims to be whoever set the model up (its developer, the
platform's administrator, the safety or ops team, the owner) and, within the
same stretch, declares the *model's* rules suspended or authorizes it to
skip them. So each rule wants:

* a first-person or signed claim ("I'm / this is / speaking as / message
  from" + developer, admin, operator, owner, safety team, ...), and
* a suspension whose object is the model's own rules: "your restrictions",
  "the content policy", "the operator's rules", "its restrictions", lifted,
  suspended, disabled, not applying; or "I authorize you to ignore ...".

"As the admin I disabled the rate limits in staging" names no rules of the
model and passes. English, Spanish, French, German, Italian, Portuguese,
Dutch, Polish, Turkish and Swedish on the folded view; Russian, Chinese,
Japanese, Korean and Arabic on the text itself.
"""

# ruff: noqa: RUF001
# (RUF001: the script patterns use full-width punctuation on purpose.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import raw_rule

__all__ = ["RULES"]

_CAT = "override"

_EN_ROLE = (
    r"(?:(?:lead\s+|senior\s+|chief\s+|head\s+|your\s+|the\s+|a\s+|an\s+|platform\s+|"
    r"system\s+|mistral\s+|openai\s+){0,3}(?:developers?|devs?|engineers?|administrators?|admins?|operators?|"
    r"owners?|creators?|maintainers?|deployers?|sysadmins?|(?:trust\s*(?:&|and)\s*)?"
    r"safety\s+team|security\s+team|dev(?:elopment)?\s+team|ops\s+team|engineering\s+"
    r"team|(?:mistral|openai|anthropic)(?:\s+\w+){0,3}\s+team))"
)
_EN_CLAIM = (
    r"(?:\bi(?:'m|\s+am)\s+(?:one\s+of\s+)?|\bthis\s+is\s+|\bspeaking\s+as\s+|"
    r"\bmessage\s+from\s+|\bnotice\s+from\s+|\bas\s+(?:the|your)\s+)" + _EN_ROLE
    + r"|\b(?:admin|developer|operator|system)\s+(?:override|notice|message)|"
    r"\b(?:mistral|openai)(?:/\w+)?\s+(?:compliance|safety|trust)\s+notice"
)  # fmt: skip
_EN_RULES = (
    r"(?:(?:your|ur|its|the\s+operator's|the\s+deployer's|the\s+(?:usual|current|"
    r"default|content|safety|operator|customer-service|[\w-]+-only))\s+(?:[\w-]+\s+)?"
    r"(?:rules|restrictions?|policy|policies|guardrails|filters|limits|limitations|"
    r"safeguards|constraints|guidelines|instructions)|guardrails|content\s+rules|"
    r"the\s+(?:rules|restrictions|limits|guardrails|filters)\s+(?:in|of|from)\s+"
    r"(?:your|its|the)\s+(?:system\s+prompt|setup|config\w*|instructions))"
)
_EN_SUSP = (
    r"(?:(?:is|are)\s+(?:now\s+|hereby\s+|temporarily\s+)?(?:lifted|suspended|"
    r"disabled|off|switched\s+off|turned\s+off|removed|void|revoked|waived|paused)|"
    r"(?:don't|do\s+not|no\s+longer|doesn't|does\s+not)\s+apply|"
    r"disabled|lifted|suspended|off)"
)
_EN_ACT = (
    r"(?:lift(?:ing)?|disabl(?:e|ing)|suspend(?:ing)?|remov(?:e|ing)|switch(?:ing)?\s+"
    r"off|turn(?:ing)?\s+off|waiv(?:e|ing)|skip|ignore|bypass|override|stop\s+following)"
)
_EN = (
    r"(?:" + _EN_CLAIM + r")[^\n]{0,120}?(?:" + _EN_RULES + r"\s+" + _EN_SUSP
    + r"|\b" + _EN_ACT + r"\s+(?:all\s+)?" + _EN_RULES + r")"
    + r"|\bi(?:'m|\s+am)?\s+(?:hereby\s+)?authori[sz](?:e|ing)\s+you\s+to\s+"
    r"(?:skip|ignore|"
    r"bypass|disregard|override|drop)\s+(?:all\s+)?(?:its|your|the)\s+(?:[\w-]+\s+)?"
    r"(?:rules|restrictions|policy|policies|guardrails|filters|limits|instructions)"
)  # fmt: skip

_ROMANCE = (
    # ES
    r"(?:\bsoy\s+(?:el|la|tu)\s+|\baqui\s+(?:el|la)\s+|\bmensaje\s+del?\s+|\bhabla\s+"
    r"(?:el|la|tu)\s+)(?:administrador|desarrollador|equipo\s+de\s+(?:desarrollo|"
    r"seguridad|soporte)|propietario|operador|responsable)[^\n]{0,120}?(?:(?:tus|las)"
    r"\s+(?:restricciones|reglas|politicas|normas|limitaciones)[^\n]{0,20}?(?:quedan\s+|"
    r"estan\s+)?(?:desactivad|suspendid|levantad|anulad)|no\s+debes\s+aplicar\s+"
    r"ninguna\s+(?:politica|regla|restriccion)|(?:quedan|estan)\s+(?:desactivad|"
    r"suspendid|levantad)\w*\s+tus\s+(?:restricciones|reglas|politicas))"
    # FR
    r"|(?:\bici\s+(?:l'|le\s+|la\s+)|\bje\s+suis\s+(?:l'|le\s+|la\s+|ton\s+|votre\s+)|"
    r"\bmessage\s+de\s+(?:l'|la\s+|le\s+))(?:administrateur|developpeur|equipe\s+"
    r"(?:technique|de\s+securite|de\s+developpement)|proprietaire|operateur|"
    r"responsable)[^\n]{0,120}?(?:tes|vos)\s+(?:restrictions|regles|consignes|"
    r"politiques|limites)\s+(?:sont\s+)?(?:\w+\s+)?(?:levees|suspendues|desactivees|"
    r"annulees)"
    # IT
    r"|(?:\bsono\s+(?:il|lo|la|l'|il\s+tuo)\s*|\bqui\s+(?:il|lo|la|l')\s*|\bmessaggio\s+"
    r"(?:dal|dallo|della)\s+|\bparla\s+(?:il|lo|la|l')\s*)(?:sviluppatore|amministratore|"
    r"responsabile|team|proprietario|operatore)[^\n]{0,120}?(?:le\s+)?tue\s+(?:regole|"
    r"restrizioni|limitazioni|politiche)\s+(?:\w+\s+){0,2}?(?:sospese|disattivate|"
    r"revocate|non\s+valgono)"
    # PT
    r"|(?:\bsou\s+(?:o|a|seu|sua)\s+|\baqui\s+(?:e|fala)\s+(?:o|a)\s+|\bmensagem\s+"
    r"d[ao]\s+)(?:administrador|desenvolvedor|equipe|dono|operador|responsavel)"
    r"[^\n]{0,120}?(?:(?:suas|as)\s+(?:regras|restricoes|politicas)\s+(?:\w+\s+){0,2}?"
    r"(?:suspensas|desativadas|liberadas|canceladas)|autorizo\s+(?:voce|vc)\s+a\s+"
    r"ignorar)"
)
_MORE = (
    # DE
    r"(?:\bhier\s+spricht\s+|\bich\s+bin\s+|\bnachricht\s+(?:vom|von)\s+)(?:dein\s+|"
    r"der\s+|die\s+|das\s+)?(?:entwickler|administrator|admin|betreiber|\w*team)"
    r"[^\n]{0,120}?(?:deine|ihre)\s+(?:regeln|einschrankungen|richtlinien|vorgaben|"
    r"filter)\s+(?:sind|werden)?\s*(?:\w+\s+){0,2}?(?:aufgehoben|deaktiviert|ausgesetzt|"
    r"abgeschaltet|ausser\s+kraft)"
    # NL
    r"|(?:\bik\s+ben\s+|\bhier\s+is\s+|\bbericht\s+van\s+)(?:de\s+)?(?:beheerder|"
    r"ontwikkelaar|\w*team|eigenaar)[^\n]{0,120}?(?:je|jouw)\s+(?:beperkingen|regels|"
    r"richtlijnen)\s+(?:zijn\s+)?(?:\w+\s+){0,3}?(?:uitgeschakeld|opgeheven|geschorst)"
    # PL
    r"|(?:\bjestem\s+|\bmowi\s+|\btu\s+)(?:administrator|deweloper|zespo[lł]|"
    r"tworca|operator)\w*[^\n]{0,120}?(?:twoje\s+(?:ograniczenia|zasady|regu[lł]y)\s+"
    r"(?:sa\s+)?(?:zawieszone|wy[lł]aczone|zniesione)|wy[lł]aczam\s+twoje|(?:zawieszone|"
    r"wy[lł]aczone)\s+(?:sa\s+)?twoje)"
    # TR
    r"|(?:\bben\s+|\bburasi\s+)(?:\w+\s+)?(?:yonetici|gelistirici|admin|ekibi?)\w*"
    r"[^\n]{0,120}?(?:kurallarin|kisitlamalarin|kurallariniz|kisitlamalariniz)\s+"
    r"(?:devre\s+disi|askiya\s+alindi|kaldirildi|gecersiz)"
    # SV
    r"|(?:\bdetta\s+ar\s+|\bjag\s+ar\s+|\bhar\s+talar\s+)(?:\w+\s+)?(?:driftansvarig|"
    r"utvecklare|administrator|admin)\w*[^\n]{0,120}?(?:dina\s+(?:regler|begransningar)"
    r"\s+(?:\w+\s+){0,2}?(?:galler\s+inte|ar\s+avstangda|ar\s+upphavda)|galler\s+inte"
    r"\s+dina\s+(?:regler|begransningar))"
)
_SCRIPTS = (
    r"(?i:(?:это|говорит|я)\s+(?:ваш\s+|твой\s+)?(?:разработчик|администратор|админ|"
    r"команда|оператор|владелец)[^\n]{0,120}?(?:(?:твои|ваши)\s+(?:ограничения|правила|"
    r"фильтры)\s+(?:[а-яё]+\s+)?(?:сняты|отключены|отменены|приостановлены)|"
    r"(?:ограничения|правила|фильтры)\s+(?:[а-яё]+\s+)?(?:сняты|отключены|отменены|"
    r"приостановлены)[^\n.]{0,40}?(?:выполняй|отвечай|без\s+отказов)))"
    r"|(?:我是|这里是|来自)(?:你的)?(?:开发者|管理员|开发团队|运营团队|系统管理员)"
    r"[^\n]{0,80}?(?:(?:你的|所有|全部|内容|安全)(?:限制|规则|政策|策略)(?:已|已经|都)?(?:解除|关闭|取消|暂停|失效)|"
    r"(?:关闭|解除|取消)(?:所有|全部)?的?(?:内容)?(?:限制|规则))"
    r"|【?(?:系统管理员|管理员|开发者)(?:通知|公告)】?[^\n]{0,80}?(?:关闭|解除|取消)"
    r"(?:所有|全部)?的?(?:内容)?(?:限制|规则)"
    r"|(?:開発者|運営チーム|管理者|運営)(?:です|より|から|として)[^\n]{0,80}?"
    r"(?:あなたの|君の|すべての|全ての|安全|コンテンツ|利用)(?:制限|ルール|ポリシー)"
    r"(?:は|を)?(?:解除|無効|停止)"
    r"|(?:개발자|관리자|운영팀)\s*(?:입니다|권한|로서)[^\n]{0,80}?(?:너의|네|당신의|운영|"
    r"안전|콘텐츠|모든)\s*(?:제한|규칙|정책)"
    r"(?:은|는|을|를)?\s*(?:해제|적용하지|비활성|꺼)"
    r"|(?:أنا|هنا)\s+(?:\S+\s+)?(?:مطور|مسؤول|مدير|فريق)[^\n]{0,120}?(?:قيودك|قواعدك)"
)

RULES: tuple[Rule, ...] = (
    Rule("injection.override.authority_suspends", _CAT,
         _EN + "|" + _ROMANCE + "|" + _MORE, score=0.8, max_len=256,
         description="a claimed developer/admin suspends the model's rules"),
    raw_rule("injection.override.authority_suspends_scripts", _CAT, _SCRIPTS,
             "RU/ZH/JA/KO/AR: a claimed developer/admin suspends the model's rules",
             score=0.8, max_len=200),
)  # fmt: skip
