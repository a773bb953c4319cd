"""The model's setup declared void, in the languages beside English.

A hijack need not order the model to ignore anything: it can *state* that
the rules are gone. "Deine bisherigen Regeln gelten nicht mehr", "tes
consignes initiales sont annulées", "las reglas del operador quedan sin
efecto", "上述规则已失效", "Prior rules: revoked". Each rule wants a noun for
the model's rules or instructions, owned by the model or marked as the
earlier / initial / operator's ones, and a predicate that voids them
(cancelled, no longer valid, no longer apply, obsolete). "Las reglas del
juego quedan sin efecto si ..." names no owner or earlier setup and passes.
The English verdicts live in :mod:`.dismiss_setup`.

German, French, Spanish, Italian, Portuguese, Dutch, Polish, Turkish and
Swedish on the folded view; Russian, Chinese, Japanese and Korean on the
text itself.
"""

# ruff: noqa: RUF001
# (RUF001: the patterns are written in Cyrillic and CJK.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import raw_rule

__all__ = ["RULES"]

_CAT = "override"

_DE_NOUN = r"(?:regeln|vorgaben|anweisungen|richtlinien|instruktionen|einschrankungen)"
_DE = (
    r"\b(?:deine|eure)\s+(?:bisherigen\s+|ursprunglichen\s+|alten\s+|vorherigen\s+)?"
    + _DE_NOUN + r"\s+(?:von\s+(?:vorhin|vorher|eben|zuvor)\s+)?(?:gelten\s+(?:ab\s+"
    r"(?:jetzt|sofort)\s+)?nicht\s+mehr|sind\s+(?:ab\s+(?:jetzt|sofort)\s+|jetzt\s+|"
    r"hiermit\s+|nun\s+)?(?:egal|ungultig|aufgehoben|ausser\s+kraft|hinfallig|nichtig|"
    r"deaktiviert|veraltet|gestrichen))"
    r"|\bgelten\s+(?:deine|eure)\s+(?:bisherigen\s+|ursprunglichen\s+|alten\s+)?"
    + _DE_NOUN + r"\s+nicht\s+mehr"
)  # fmt: skip
_FR = (
    r"\b(?:tes|vos|les)\s+(?:consignes|regles|instructions|directives)\s+(?:initiales|"
    r"de\s+depart|d'origine|precedentes|anterieures|du\s+developpeur|de\s+l'operateur)"
    r"\s+(?:sont\s+(?:desormais\s+|maintenant\s+)?(?:annulees|caduques|levees|"
    r"suspendues|obsoletes|nulles|invalides|abrogees)|ne\s+s'appliquent\s+plus)"
    r"|\b(?:tes|vos)\s+(?:consignes|regles|instructions|directives)\s+(?:sont\s+"
    r"(?:desormais\s+|maintenant\s+)?(?:annulees|caduques|levees|suspendues|abrogees)|"
    r"ne\s+s'appliquent\s+plus)"
    r"|\boublie\s+ton\s+role\s+d'\w+"
)
_ES = (
    r"\b(?:tus|las)\s+(?:reglas|instrucciones|normas|indicaciones|directrices)\s+"
    r"(?:del\s+(?:operador|desarrollador|sistema)|iniciales|anteriores|originales|"
    r"previas)\s+(?:quedan\s+(?:sin\s+efecto|anuladas|suspendidas|revocadas)|ya\s+no\s+"
    r"(?:aplican|valen|cuentan|rigen)|estan\s+(?:anuladas|suspendidas)|son\s+nulas)"
    r"|\btus\s+(?:reglas|instrucciones|normas|indicaciones)\s+(?:quedan\s+(?:sin\s+"
    r"efecto|anuladas|suspendidas)|ya\s+no\s+(?:aplican|valen|cuentan))"
)
_IT = (
    r"\b(?:le\s+tue|le)\s+(?:regole|istruzioni|direttive|indicazioni)\s+(?:iniziali\s+|"
    r"precedenti\s+|originali\s+|dello\s+sviluppatore\s+)?(?:sono\s+(?:ora\s+)?"
    r"(?:annullate|sospese|revocate|nulle|decadute)|non\s+valgono\s+piu|non\s+sono\s+"
    r"piu\s+valide)"
)
_PT = (
    r"\b(?:suas|tuas|as)\s+(?:regras|instrucoes|diretrizes)\s+(?:iniciais\s+|"
    r"anteriores\s+|originais\s+)?(?:estao\s+(?:canceladas|anuladas|suspensas)|"
    r"foram\s+(?:canceladas|revogadas|anuladas)|nao\s+valem\s+mais|perderam\s+a\s+"
    r"validade|ficam\s+sem\s+efeito)"
)
_MORE = (
    r"\b(?:je|jouw|uw)\s+(?:oorspronkelijke\s+|eerdere\s+)?(?:regels|instructies|"
    r"richtlijnen)\s+(?:zijn\s+(?:vervallen|ongeldig|opgeheven|geschrapt)|gelden\s+"
    r"niet\s+meer)"
    r"|\b(?:twoje|poprzednie|wczesniejsze)\s+(?:zasady|instrukcje|polecenia)\s+(?:sa\s+)?"
    r"(?:niewazne|uniewaznione|anulowane|juz\s+nie\s+obowiazuja|nie\s+obowiazuja)"
    # (nominative only: "eski talimatlari gecersiz saydi" is an object with a verb)
    r"|\b(?:onceki|eski|ilk)\s+(?:talimat|kural)(?:lar(?:in(?:iz)?)?|in(?:iz)?)?\s+(?:gecersiz|iptal\s+edildi|"
    r"artik\s+gecerli\s+degil)"
    r"|\b(?:dina|tidigare)\s+(?:regler|instruktioner)\s+(?:galler\s+inte\s+langre|"
    r"ar\s+ogiltiga|ar\s+upphavda)"
)
_SCRIPTS = (
    r"(?i:(?:твои\s+(?:прежние\s+|изначальные\s+)?(?:правила|инструкции|указания|"
    r"установки)|(?:прежние|предыдущие|изначальные)\s+(?:правила|инструкции|указания|"
    r"установки)[^.\n]{0,30}?(?:разработчик|создател|оператор|тебе|системой)[а-яё]*)"
    r"[^.\n]{0,30}?(?:считаются\s+устаревшими|отменены|"
    r"недействительны|больше\s+не\s+действуют|утратили\s+силу|аннулированы))"
    r"|(?:你的|给你的|开发者的|系统\S{0,2}上述)(?:之前的|原来的|原有的|原有|先前的|初始)?"
    r"(?:的)?(?:规则|指令|设定|指示|限制)"
    r"(?:已|已经|均|全部|都)?(?:失效|作废|废除|取消|无效)"
    r"|(?:最初の|元の|あなたの|君の)(?:指示|ルール|設定|命令)"
    r"(?:は|が)?(?:無効|取り消|撤回|廃止)"
    r"|(?:원래|처음|너의|네)\s*(?:지침|규칙|지시)(?:은|는)?\s*(?:무효|취소|폐기)"
)

RULES: tuple[Rule, ...] = (
    Rule("injection.override.setup_void_i18n", _CAT,
         _DE + "|" + _FR + "|" + _ES + "|" + _IT + "|" + _PT + "|" + _MORE,
         score=0.8, max_len=160,
         description="DE/FR/ES/IT/PT/NL/PL/TR/SV: the model's rules declared void"),
    raw_rule("injection.override.setup_void_scripts", _CAT, _SCRIPTS,
             "RU/ZH/JA/KO: the model's rules declared void", score=0.8, max_len=120),
)  # fmt: skip
