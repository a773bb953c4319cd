# ruff: noqa: RUF001, RUF002
"""A special mode switched on, in which the model's rules are said to be lifted.

Family: special-mode unlock (category ``role``). The user names a mode and
switches it on ("enable PRISM mode", "kitchen-lab mode ON", "raw_mode=true",
"running in --unsafe-sandbox", "Modus aktiviert", "mode « labo » activé",
"activa el modo taller", "デバッグモード：有効", "开启开发者模式", "режим
включён"), then says what the mode does to the rules: they don't apply,
filters are disabled, moderation is skipped, the model never refuses ("in
this mode you never refuse", "aucune règle de contenu ne s'applique",
"安全フィルタは無効化されています", "所有限制已解除").

A sandbox, console or harness switched on counts as a mode ("activate the
safety-research sandbox", "entering QA-HARNESS mode", "/godmode on",
"Wartungsmodus aktiviert"), and the lifted rules include "content filters
are stubbed out", "normal restrictions are lifted", "no safety layer", "no se
aplican las políticas de contenido", "nie obowiązują cię żadne zasady".

Both parts are needed within 130 characters. Why it is safe on benign text:
"enable dark mode", "airplane mode on" and "modo avión activado" say nothing
of rules; "no restrictions apply to the free tier" names no mode; a
developer's "debug_mode=true" config carries no lifted rule.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

__all__ = ["RULES"]

_CAT = "role"

# A mode switched on (folded view). At most 50 characters.
_MODE_ON = alt(
    [
        (
            r"(?:enable|enabled|activate|activated|turn\son|switch\sto|enter|entering|engage|"
            r"unlock|boot\sinto)\s[^\n.]{0,30}?(?:\bmode|\bsandbox|\bconsole|\bharness)"
        ),
        # "running in 'Legal Sandbox'", "/godmode on"
        r"running\sin\s[^\n.]{0,30}?\bsandbox",
        r"[a-z]{2,16}mode\s?[:=]?\s?(?:on|enabled|activated|active)",
        r"mode\s?[:=]?\s?(?:on|enabled|activated|active|engaged)",
        r"[a-z]{1,16}_mode\s?[=:]\s?(?:true|on|1|enabled)",
        r"running\sin\s--?[a-z][a-z-]{1,20}|--(?:unsafe|unfiltered|jailbreak)[a-z-]{0,16}",
        (
            r"(?:aktivier\w{0,2}|starte|schalte)\s[^\n.]{0,30}?modus|[a-z]{0,16}modus\s?:?\s?(?:an|aktiv"
            r"\w{0,4}|eingeschaltet)"
        ),
        r"(?:active|activez|passe\sen)\s[^\n.]{0,30}?\bmode|mode\s[^\n.]{0,30}?\sactive\b",
        r"(?:activa|activar|entra\sen)\s(?:el\s)?modo|modo\s[^\n.]{0,30}?\sactivado",
        (
            r"(?:attiva|attivare|entra\sin)\s(?:la\s)?modalita|modalita\s[^\n.]{0,30}?\s"
            r"attivat\w"
        ),
        r"(?:ativa|ative|ativar|entre\sno)\s(?:o\s)?modo|modo\s[^\n.]{0,30}?\sativado",
        r"(?:activeer|zet)\s[^\n.]{0,30}?modus|modus\s(?:aan|geactiveerd)",
        r"(?:w[lł]acz|aktywuj)\stryb|tryb\s[^\n.]{0,30}?\s(?:wlaczony|aktywny)",
    ]
)

# What the mode does to the rules. At most 60 characters.
_LIFTED = alt(
    [
        (
            r"(?:usual\s|normal\s|content\s|safety\s)?(?:restrictions|rules|filters|"
            r"guidelines|policies|limits)\s(?:don't|do\snot|no\slonger|doesn't|won't)\sapply"
        ),
        r"(?:skip|skips|bypass|bypasses)\s(?:the\s|all\s)?(?:moderation|filters?|safety)",
        r"(?:safety\s|content\s)?filters?\s(?:are\s|is\s)?(?:disabled|off|removed|lifted)",
        (
            r"never\s(?:refuses?|declines?)|(?:with|has|have)\sno\s(?:content\s)?(?:rules|"
            r"restrictions|filters|limits)"
        ),
        r"without\s(?:any\s)?(?:restrictions|filters|moderation|rules)",
        # "content filters are stubbed out", "normal restrictions are lifted",
        # "content rules are off", "no safety layer", "the filter is bypassed"
        (
            r"(?:content|safety|ethical|normal|usual)\s(?:filters?|rules|restrictions|polic"
            r"(?:y|ies)|guidelines|layer)\s(?:are\s|is\s)?(?:off|disabled|stubbed|bypassed|"
            r"lifted|suspended|removed|switched\soff|turned\soff)"
        ),
        r"(?:no|without)\s(?:a\s)?(?:safety\slayer|guardrails|content\spolicy|moderation)",
        r"guardrails\s(?:are\s)?(?:bypassed|off|disabled)",
        (
            r"(?:alle\s)?(?:inhalts|sicherheits|content-?)filter\s(?:sind\s|ist\s)?(?:aus|deaktiviert|"
            r"abgeschaltet)"
        ),
        (
            r"no\s(?:se\s)?aplica\w{0,2}\s(?:las\s|ninguna\s)?(?:politicas|reglas|"
            r"restricciones|normas|filtros)|(?:regles|politiques|filtres)\s(?:de\scontenu\s)?"
            r"ne\ss'appliquent\s(?:pas|plus)|non\s(?:si\s)?applic\w+\s(?:le\s)?(?:regole|"
            r"politiche|restrizioni|filtri)|nao\sse\saplicam\s(?:as\s)?(?:regras|politicas|"
            r"restricoes)|nie\sobowiazuja\s(?:cie\s)?(?:zadne\s)?(?:zasady|reguly|"
            r"ograniczenia)|(?:regels|filters|beperkingen)\s(?:zijn\s)?(?:uit|uitgeschakeld)"
        ),
        r"unfiltered|uncensored|unrestricted",
        (
            r"(?:keine|ohne)\s(?:regeln|filter|einschrankungen|zensur)|filter\s(?:sind\s)?"
            r"(?:aus|deaktiviert)|gelten\s(?:hier\s)?keine|verweigert\snie"
        ),
        (
            r"aucune\s(?:regle|restriction|limite|censure)|sans\s(?:filtre|restriction|"
            r"censure|regle)s?|ne\srefuse\sjamais|filtres?\s(?:sont\s)?desactive"
        ),
        (
            r"sin\s(?:filtros?|restricciones|reglas|censura|supervision|escrupulos)|ninguna\s"
            r"(?:regla|restriccion)|nunca\s(?:se\sniega|rechaza)|filtros?\s(?:estan\s)?"
            r"desactivad"
        ),
        (
            r"senza\s(?:filtri|restrizioni|regole|censura)|nessuna\s(?:regola|restrizione)|"
            r"non\s(?:si\s)?rifiuta\smai|filtri\s(?:sono\s)?disattivat"
        ),
        (
            r"sem\s(?:filtros?|restricoes|regras|censura)|nenhuma\s(?:regra|restricao)|"
            r"nunca\s(?:se\s)?recusa|filtros?\s(?:estao\s)?desativad"
        ),
        (
            r"zonder\s(?:filters|regels|beperkingen)|geen\s(?:regels|filters|beperkingen)|"
            r"bez\s(?:filtrow|ograniczen|zasad|cenzury)"
        ),
    ]
)

# Worst case 50 + 130 + 60 = 240.
_MODE_LIFTS = r"\b" + _MODE_ON + r"\b[^\n]{0,130}?\b" + _LIFTED + r"\b"

_MODE_ON_RAW = (
    r"(?:モード[^\n]{0,4}(?:有効|オン|ON|起動|開始)|(?:开启|启用|激活|进入|已开启)[^\n]{0,12}模式|"
    r"模式[^\n]{0,3}(?:已?开启|已?启用|已?激活)|모드[^\n]{0,4}(?:활성화|켜|ON|on|시작)|"
    r"режим[^\n]{0,24}(?:включ|активир)|(?:включи|активируй)[^\n]{0,12}режим|"
    r"(?:увімкни|активуй)[^\n]{0,12}режим|(?:開発者|デバッグ|メンテナンス)(?:コンソール|サンドボックス)|"
    r"(?:调试|开发者|维护)(?:控制台|沙盒))"
)
_LIFTED_RAW = (
    r"(?:(?:安全)?フィルタ[ー]?(?:は|を)?(?:無効|解除|オフ)|制限(?:は|を)?(?:なし|無効|解除|ありません)|"
    r"拒否しない|(?:安全)?(?:过滤|限制|审查)(?:已|都|全部)?(?:关闭|解除|禁用|取消)|没有任何限制|"
    r"不受(?:任何)?限制|不会拒绝|(?:필터|제한)(?:이|가|는|을)?\s?(?:해제|비활성화|없)|거절하지\s?않|"
    r"без\s(?:ограничений|фильтров|цензуры)|(?:фильтры|ограничения)\s(?:отключены|сняты)|"
    r"не\sотказыва|без\sобмежень|未经过滤|不经过滤|无审查|(?:安全)?(?:ガイドライン|フィルター?|制限)"
    r"(?:は|が)?(?:すべて|全て)?(?:無効|解除|オフ))"
)
# Worst case 24 + 100 + 16 = 140.
_MODE_LIFTS_RAW = _MODE_ON_RAW + r"[^\n]{0,100}?" + _LIFTED_RAW

RULES: tuple[Rule, ...] = (
    Rule("injection.mode_lifts_rules.latin", _CAT, _MODE_LIFTS, score=0.8,
         max_len=240, description="'X mode ON' + 'in this mode the rules don't apply'"),
    raw_rule("injection.mode_lifts_rules.scripts", _CAT, _MODE_LIFTS_RAW,
             "モード：有効 + フィルタは無効 (JA ZH KO RU UK)", score=0.8,
             max_len=157),
)  # fmt: skip
