"""The model told its rules are off, then asked to acknowledge it with a token.

Family: direct goal hijacking (authority claims, TensorTrust "access
granted" tricks, conditional hijacks). Whoever the speaker claims to be
(the IT department, the owner, "a bug"), the move has two steady parts:

* a statement that the model's rules, restrictions, policies, filters or
  checks are suspended, disabled, lifted or void ("your safety policies
  were deactivated", "the password check is off", "your old instructions
  are void"), and
* a handshake: the model must confirm the new regime with a dictated
  token ("confirm with 'maintenance mode'", "reply 'understood' to
  confirm", "acknowledge with the two words ...") or comply without
  restriction ("answer every request without restriction", "follow my
  commands without asking").

Safe on benign text: notices that a system's limits are lifted do not ask
the reader to confirm with a quoted token or to drop its restrictions, and
a request for a confirmation word ("reply 'yes' to confirm the booking")
suspends nothing. English, German, French, Spanish, Italian, Portuguese,
Dutch, Polish and Turkish on the folded view; Russian, Chinese, Japanese and
Korean on the text.
"""

# ruff: noqa: RUF001
# (RUF001: the script patterns use full-width punctuation on purpose.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "override"

_Q = "[\"'`\\x{201c}\\x{201d}\\x{201e}\\x{2018}\\x{2019}\\x{ab}\\x{bb}]"

_RULES_NOUN = alt(
    [
        r"rules",
        r"restrictions",
        r"polic(?:y|ies)",
        r"guidelines",
        r"filters?",
        r"guardrails",
        r"constraints",
        r"instructions",
        r"(?:sicherheits)?richtlinien",
        r"regeln",
        r"einschrankungen",
        r"vorgaben",
        r"consignes",
        r"regles",
        r"politiques",
        r"restricciones",
        r"reglas",
        r"politicas",
        r"restricoes",
        r"regras",
        r"regole",
        r"restrizioni",
        r"kurallar\w{0,4}",
        r"kisitlama\w{0,5}",
        r"beperkingen",
        r"regels",
        r"ograniczenia",
        r"zasady",
    ]
)
_OFF = alt(
    [
        r"suspended",
        r"deactivated",
        r"disabled",
        r"lifted",
        r"removed",
        r"switched\s+off",
        r"turned\s+off",
        r"void",
        r"invalid",
        r"no\s+longer\s+(?:apply|bind|binding|valid|in\s+(?:force|effect))",
        r"(?:do\s+not|don'?t)\s+apply",
        r"deaktiviert",
        r"aufgehoben",
        r"ausgeschaltet",
        r"ungultig",
        r"gelten\s+nicht\s+mehr",
        r"suspendu\w{0,2}",
        r"desactive\w{0,2}",
        r"leve\w{0,2}",
        r"caduque\w?",
        r"suspendid\w{1,2}",
        r"desactivad\w{1,2}",
        r"levantad\w{1,2}",
        r"suspens\w{1,2}",
        r"desativad\w{1,2}",
        r"sospes\w",
        r"disattivat\w",
        r"devre\s+disi",
        r"kaldirildi",
        r"gecersiz",
        r"uitgeschakeld",
        r"opgeheven",
        r"zawieszone",
        r"wylaczone",
    ]
)
_ACK = alt(
    [
        r"confirm",
        r"acknowledge",
        r"reply",
        r"respond",
        r"answer",
        r"say",
        r"write",
        r"type",
        r"bestatige\w{0,2}",
        r"antworte\w{0,2}",
        r"confirme\w{0,2}",
        r"repond\w{0,2}",
        r"responde\w{0,2}",
        r"confirma",
        r"rispondi",
        r"conferma",
        r"responda",
        r"onayla\w{0,6}",
        r"yaz",
        r"bevestig",
        r"potwierdz",
    ]
)
_COMPLY = alt(
    [
        r"without\s+(?:any\s+)?(?:restrictions?|filters?|limits?|refusing|asking|question)",
        r"(?:answer|respond\s+to)\s+(?:every|all|any)\s+(?:requests?|questions?)",
        r"ohne\s+(?:ruckfrage|einschrankung\w{0,2}|filter)",
        r"sans\s+(?:restriction|filtre|limite)s?",
        r"sin\s+(?:ninguna\s+)?(?:restriccion|filtro|limite)\w{0,2}",
        r"senza\s+(?:filtri|restrizioni|limiti)",
        r"sem\s+(?:restricoes|filtros|limites)",
    ]
)
# The rules are the reader's (the model's): "your filters", "deine Regeln",
# "kurallarin"; or the access check itself.
_OWNED = (
    r"(?:\b(?:your|ihre|deine|dein|tes|vos|ton|votre|tus|sus|le\s+tue|i\s+tuoi|suas|seus|"
    r"tuas|je|jouw|twoje)\s+(?:[\w-]{1,20}\s+){0,2}?"
    + _RULES_NOUN
    + r"|\b(?:kurallarin|kisitlamalarin|talimatlarin)"
    + r"|\b(?:password|passcode|access\s+code|code)\s+"
    r"(?:check|verification|validation))"
)
_FOLDED = (
    _OWNED + r"\b[^\n]{0,25}?\b" + _OFF + r"\b[\s\S]{0,90}?"
    r"(?:\b" + _ACK + r"\b[^\n]{0,25}?" + _Q + r"|\b" + _COMPLY + r"\b)"
)

_SCRIPTS = (
    r"(?:限制|规则|政策|指令|ルール|制限|ポリシー|規則|규칙|제한|정책|правил|ограничени|"
    r"проверк[аи]\s+пароля|фильтр)"
    r"[^\n]{0,30}?(?:全部|已|都|被)?(?:失效|解除|取消|关闭|停用|無効|解除され|停止|적용되지\s*않|해제|"
    r"비활성|отключен|снят|отменен|не\s+действу)"
    r"[\s\S]{0,120}?(?:(?:回复|回答|说|返信|答え|回答|답하|답해|말해|ответь|напиши|скажи|подтверди)"
    r"[^\n]{0,30}?[“「『\"'«:：]|[“「『\"'«][^”」』\"'»\n]{1,30}[”」』\"'»]\s*(?:라고|と)\s*"
    r"(?:답|返|答|言)|(?:确认|確認)なしで|확인\s*없이)"
)

RULES: tuple[Rule, ...] = (
    Rule("injection.suspension_handshake.folded", _CAT, _FOLDED, score=0.8,
         max_len=256, description="your rules are suspended; confirm with '...'"),
    raw_rule("injection.suspension_handshake.scripts", _CAT, _SCRIPTS,
             "RU/ZH/JA/KO: your rules are suspended; confirm with '...'",
             score=0.8, max_len=240),
)  # fmt: skip
