"""A speaker who names themself the app's authority, then lifts its limits.

Family: direct goal hijacking (authority claims). :mod:`.authority_claim`
reads "I'm the developer ... your rules are suspended" with the model's
rules named as such; claims in the wild name the limits by what they are
("the discount cap", "the two-step verification requirement", "limity
przelewów", "giới hạn") and lift them with a verb of their own ("we're
switching off", "heben ... auf", "wyłączamy", "bỏ"). What stays is the pair,
close together: a self-introduction as the one in charge ("this is the IT
department", "X compliance here", "Tôi là quản trị viên", "본사 보안팀입니다")
and a lifted limit (restrictions, limits, caps, checks, verification lifted,
suspended, disabled, switched off, no longer applying).

Safe on benign text: an administrator asking how to lift a quota names no
self-introduction before it ("how do I disable the rate limit?"), and an
introduction alone ("I'm the store owner, what are your hours?") lifts
nothing. English, German, French, Spanish, Italian, Portuguese, Polish and
Vietnamese on the folded view; Chinese, Korean and Japanese on the text.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "override"

_ROLE = alt(
    [
        (
            r"(?:system\s+|platform\s+|site\s+|store\s+|shop\s+)?(?:admin|administrator|owner|"
            r"operator|developer|dev\s+team|maintainer)s?"
        ),
        (
            r"(?:it|security|compliance|trust|safety|platform|ops|support)\s+"
            r"(?:team|department|desk|lead|leitung)"
        ),
        r"(?:bank|platform|it)\s+compliance",
        r"it-leitung",
        r"(?:system)?administrator\w{0,4}",
        r"administrador\w{0,2}",
        r"amministratore",
        r"responsable\s+(?:de\s+la\s+)?(?:securite|conformite|systeme)",
        r"service\s+(?:conformite|securite|informatique)",
        r"quan\s+tri\s+vien",
        r"game\s+master",
    ]
)
_CLAIM = (
    r"(?:\b(?:this\s+is|i\s+am|i'm|im|as|speaking\s+as|message\s+from|hier\s+spricht|"
    r"ich\s+bin|als|je\s+suis|ici|en\s+tant\s+que|soy|aqui|habla|sono|qui|como|sou|"
    r"tu|jestem|jako|toi\s+la)\s+(?:the\s+|your\s+|die\s+|der\s+|le\s+|la\s+|el\s+|"
    r"il\s+|o\s+|a\s+|an\s+)?(?:[\w'-]+\s+){0,2}?" + _ROLE
    + r"|\b" + _ROLE + r"\s+here\b)"
)  # fmt: skip
_LIMIT = alt(
    [
        r"restrictions?",
        r"limits?",
        r"limitations?",
        r"caps?",
        r"filters?",
        r"checks?",
        r"(?:[\w-]+\s+)?verification(?:\s+requirement)?",
        r"einschrankungen",
        r"beschrankungen",
        r"limite?s",
        r"restricciones",
        r"limitaciones",
        r"restrizioni",
        r"limiti",
        r"restricoes",
        r"limity",
        r"ograniczenia",
        r"gioi\s+han",
    ]
)
_LIFTED = alt(
    [
        (
            r"(?:are|is|have\s+been|has\s+been|were)\s+(?:now\s+|temporarily\s+)?(?:lifted|"
            r"suspended|disabled|removed|off|waived|switched\s+off)"
        ),
        r"(?:does|do)\s+not\s+apply",
        r"(?:don't|doesn't)\s+apply",
        r"(?:sont|est)\s+(?:suspendues?|levees?|desactivees?)",
        r"(?:estan|quedan)\s+(?:suspendidas|desactivadas)",
        r"(?:sono)\s+(?:sospese|disattivate)",
    ]
)
_LIFT = alt(
    [
        # English wants the speaker as the subject ("we've suspended"): "how
        # do I disable the filter?" asks, it does not lift.
        (
            # (with its auxiliary: "how do I remove ..." is a question).
            r"(?:we|i)(?:'ve|'re|'m|\s+have|\s+are|\s+am)\s+(?:\w+\s+)?(?:lift|lifted|"
            r"lifting|suspend|suspended|suspending|disable|disabled|disabling|remove|removed|"
            r"waive|waived|switch(?:ed|ing)?\s+off|turn(?:ed|ing)?\s+off)"
        ),
        r"(?:heben\s+wir|wir\s+heben)",
        r"(?:wy[lł]aczamy|wy[lł]aczyli[sś]my|znosimy)",
        r"(?:suspendemos|desactivamos|levantamos)",
        r"(?:levons|suspendons|desactivons)",
        r"(?:sospendiamo|disattiviamo)",
        r"bo",
    ]
)
_LATIN = (
    _CLAIM + r"\b[^\n]{0,120}?(?:\b" + _LIFT + r"\s+(?:[\w'-]+\s+){0,4}?"
    + _LIMIT + r"\b|\b" + _LIMIT + r"\s+(?:[\w'%-]+\s+){0,5}?" + _LIFTED + r")"
)  # fmt: skip

_SCRIPTS = (
    r"(?:我是|这里是)[^\n。]{0,12}(?:管理员|GM|开发者|运营|客服主管|安全团队)[^\n]{0,60}?"
    r"(?:以管理员身份|限制(?:已|全部|都)?(?:解除|取消|关闭)|(?:解除|取消|关闭)(?:所有|全部)?限制)"
    r"|(?:보안팀|관리자|운영팀|개발자|본사)[^\n]{0,10}?입니다[^\n]{0,60}?(?:제한|규칙)[이가은는]?"
    r"[^\n]{0,10}?(?:해제|무시|중단)"
    r"|(?:運営|管理者|開発者|セキュリティ)(?:チーム)?です[^\n]{0,60}?制限[^\n]{0,10}?(?:解除|無効)(?:され|しました|済み|中)"
)

RULES: tuple[Rule, ...] = (
    Rule("injection.override_authority.claim_then_lift", _CAT, _LATIN, score=0.8,
         max_len=256, description="a self-named authority lifts the app's limits"),
    raw_rule("injection.override_authority.claim_then_lift_scripts", _CAT, _SCRIPTS,
             "ZH/KO/JA: a self-named authority lifts the app's limits",
             score=0.8, max_len=160),
)  # fmt: skip
