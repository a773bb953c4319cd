"""A config block that switches the model's refusals or censorship off.

The move (issue 14, "policy puppetry"): the text dresses the jailbreak as a
configuration the model is to load, an INI section, a JSON object, YAML or
XML, whose key names a safety behaviour of the model and whose value turns
it off ("refusal_phrases = []", "<refusals>disabled</refusals>",
"censorship: off", '"guardrails": false', '"zensur": "aus"').

The rule needs a key that only a model's safety behaviour bears (refusals,
refusal phrases, censorship, guardrails, content policy, content filter,
safety filter, ethics) and an off value in a config syntax (off, false,
none, or refusals "never" / "verboten"), in English, German, Spanish,
French, Italian, Portuguese, Dutch, Polish and Turkish key names. Safe on
benign text because real
configuration files switch off warnings, SSL checks, spam filters or a
diffusion pipeline's ``safety_checker``, none of which is in the key list,
and prose that mentions refusals has no key-value syntax.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt

__all__ = ["RULES"]

_CAT = "role"

_KEY = (
    r"(?:refusals?|refusal[_-]?(?:phrases|messages|mode|policy)|allow[_-]?refusals?|"
    r"censorship|censor(?:ed)?|zensur|censura|censure|guardrails?|"
    r"content[_-]?(?:policy|filter|moderation)|safety[_-]?(?:filter|mode|layer|rules|"
    r"guidelines|policy)|ethics|ethical[_-]?guidelines|moral(?:s|ity)?|"
    r"richtlinien?|sicherheitsfilter|ablehnungen|filtro[_-]?de[_-]?seguridad|"
    r"restricciones|restrictions|restrizioni|restricoes|rechazos|rifiuti|recusas|refuse|"
    r"inhaltsfilter|inhaltsrichtlinien?|filtro[_-]?(?:de[_-]?)?contenidos?|filtre[_-]?"
    r"(?:de[_-]?)?contenu|filtro[_-]?(?:dei[_-]?)?contenuti|filtro[_-]?(?:de[_-]?)?conteudo|"
    r"politica[_-]?de[_-]?contenido|politique[_-]?de[_-]?contenu|content[_-]?policies|"
    r"odmowy|filtr[_-]?tresci|reddetme|ret[_-]?filtresi|weigeringen|inhoudsfilter)"
)
_OFF = (
    r"(?:off|false|disabled?|none|null|no|0|\[\s*\]|\{\s*\}|\"\"|unrestricted|"
    r"unlimited|aus|deaktiviert|keine|uneingeschrankt|desactivad[oa]s?|ninguna|"
    r"desactive\w?|aucune?|disattivat[oeia]|nessun[oa]?|desativad[oa]s?|nenhum[oa]?|"
    # refusals "never" or "forbidden" (a refusal switched off by being banned)
    r"never|forbidden|prohibited|verboten|nie|prohibid[oa]s?|interdit[es]?|vietat[oi]|"
    r"proibid[oa]s?|zabronione|yasak|verboden|nooit|nunca|jamais|mai)"
)
_QUOTE = r"[\"']?"
_CONFIG_OFF = alt(
    [
        # INI, YAML, JSON: key = off, key: off, "key": false
        _QUOTE
        + r"\b"
        + _KEY
        + r"\b"
        + _QUOTE
        + r"[ \t]{0,3}[:=][ \t]{0,3}"
        + _QUOTE
        + _OFF
        + _QUOTE
        + r"(?:[ \t]*[,;}\]]|[ \t]*$|[ \t]*\n)",
        # XML: <refusals>disabled</refusals>, <censorship enabled="false"/>
        r"<" + _KEY + r">\s{0,3}" + _OFF + r"\s{0,3}</",
        r"<"
        + _KEY
        + r"\s+(?:enabled|active|allowed|on)\s*=\s*[\"'](?:false|no|0|off)[\"']",
    ]
)

RULES: tuple[Rule, ...] = (
    Rule("injection.config_off.safety_key", _CAT, _CONFIG_OFF, score=0.8,
         max_len=120,
         description="[config] refusal_phrases = [] / <refusals>disabled</refusals>"),
)  # fmt: skip
