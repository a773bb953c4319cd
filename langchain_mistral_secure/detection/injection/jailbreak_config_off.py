# ruff: noqa: RUF001
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
French, Italian, Portuguese, Dutch, Polish and Turkish key names, and on
the raw text in Japanese, Chinese, Korean, Russian, Ukrainian, Arabic,
Persian, Hebrew, Hindi, Greek and Thai, quoted as JSON keys or bare
('"安全过滤": "关闭"', '"الرقابة": "معطلة"'); a filter key there needs its
safety or content qualifier, so a camera or spam filter switched off is no
key. Safe on
benign text because real
configuration files switch off warnings, SSL checks, spam filters or a
diffusion pipeline's ``safety_checker``, none of which is in the key list,
and prose that mentions refusals has no key-value syntax.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule

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
    r"odmowy|filtr[_-]?tresci|reddetme|ret[_-]?filtresi|weigeringen|inhoudsfilter|"
    # what the model may not say, listed empty ("blocked_topics = []")
    r"blocked[_-]?(?:topics|outputs|content|responses|answers|subjects|words)|"
    r"forbidden[_-]?(?:topics|outputs|answers|responses)|verbotene[_-]?(?:antworten|"
    r"themen|inhalte)|verweigerung(?:en)?|respuestas[_-]?bloqueadas|temas[_-]?prohibidos|"
    r"sujets[_-]?interdits|reponses[_-]?bloquees|refus|rifiuto|argomenti[_-]?vietati|"
    r"respostas[_-]?bloqueadas|model[_-]?policy)"
)
_OFF = (
    r"(?:off|false|disabled?|none|null|no|0|\[\s*\]|\{\s*\}|\"\"|unrestricted|"
    r"unlimited|permissive|aus|deaktiviert|keine|uneingeschrankt|desactivad[oa]s?|ninguna|"
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
        # a mode or persona key whose value is the unrestricted model itself
        (
            r"\b(?:mode|modus|modo|modalita|persona|role|rol|rolle)[\"']?[ \t]{0,3}[:=]"
            r"[ \t]{0,3}[\"']?(?:unrestricted|uneingeschrankt|sin[_ ]restricciones|"
            r"sans[_ ]restrictions?|"
            r"senza[_ ]restrizioni|sem[_ ]restricoes|unfiltered|uncensored|jailbroken|"
            r"no[_ ]limits)"
        ),
        # [guardrails] then "mode = off" on a line of that section
        (
            r"\[(?:guardrails|safety|moderation|content[_-]?policy|censorship)\][ \t]*"
            r"\n[^\[]{0,80}?\b(?:mode|enabled|status|active)[ \t]{0,3}[:=][ \t]{0,3}"
            r"[\"']?"
            r"(?:off|false|disabled|0|none)\b"
        ),
    ]
)

# --- raw text (JA ZH KO RU UK AR FA HE HI EL TH) --------------------------------
# A key that only a model's safety behaviour bears, per script.
_KEY_RAW = (
    r"(?:拒否|拒絶|断り|安全フィルター?|検閲|コンテンツフィルター?|倫理(?:規定|フィルター?)|"
    r"拒绝回答|拒绝|安全策略|安全过滤器?|内容过滤|内容审查|审查|道德限制|安全限制|"
    r"거절|거부|검열|안전\s?필터|콘텐츠\s?필터|윤리\s?필터|"
    r"отказы?|цензура|фильтр\S{0,3}\s+(?:безопасности|контента)|модерация|відмови|"
    r"фільтр\S{0,3}\s+(?:безпеки|контенту)|الرفض|الرقابة|(?:فلتر|مرشح)\s+(?:الأمان|المحتوى)|"
    r"سانسور|فیلتر\s+(?:ایمنی|محتوا)|امتناع|סירוב|צנזורה|מסנן\s+(?:בטיחות|תוכן)|सेंसरशिप|"
    r"(?:सुरक्षा|कंटेंट)\s+(?:फ़िल्टर|फिल्टर)|इनकार|λογοκρισία|φίλτρο\s+(?:ασφαλείας|περιεχομένου)|"
    r"αρνήσεις|การปฏิเสธ|ตัวกรอง(?:ความปลอดภัย|เนื้อหา)|การเซ็นเซอร์)"
)
# An off value in that script (or an ASCII one after a script key).
_OFF_RAW = (
    r"(?:無効|禁止|なし|オフ|关闭|无|否|禁用|비활성\S{0,2}|금지|없음|끔|запрещ\S{0,3}|выкл\S{0,4}|"
    r"нет|отключ\S{0,4}|вимкн\S{0,4}|заборон\S{0,4}|معطل\S{0,1}|ممنوع|غیرفعال|ممنوع|خاموش|"
    r"כבוי|אסור|מושבת|बंद|निषिद्ध|απενεργοποιημένο|ανενεργό|ปิด|ห้าม|off|false|disabled|none)"
)
_CONFIG_OFF_RAW = (
    r"(?:(?:拒否|拒絶|断り|注意書き|安全フィルター?)\s?[=:：＝]\s?(?:無効|禁止|なし|オフ)|"
    r"<(?:拒绝回答|拒绝|安全策略|安全过滤|审查)>\s?(?:禁止|关闭|无|否|禁用)</|"
    r"(?:拒绝回答|安全策略|审查)\s?[=:：]\s?(?:禁止|关闭|无|禁用)|"
    r"(?:거절|검열|안전\s?필터)\s?[=:：]\s?(?:비활성|금지|없음|끔)|"
    r"(?:отказы?|цензура|фильтр\S{0,3})\s?[=:]\s?[\"«]?(?:запрещ\S{0,3}|выкл\S{0,4}|нет|"
    r"отключ\S{0,4})|"
    # JSON, YAML or INI in any script: a quoted or bare safety key, then an off
    # value ('"安全过滤": "关闭"', '"الرقابة": "معطلة"', "सेंसरशिप = बंद").
    + _KEY_RAW
    + r"[\"'”」』»]?\s?[=:：＝]\s?[\"'“「『«]?"
    + _OFF_RAW
    + r")"
)

RULES: tuple[Rule, ...] = (
    Rule("injection.config_off.safety_key", _CAT, _CONFIG_OFF, score=0.8,
         max_len=140,
         description="[config] refusal_phrases = [] / <refusals>disabled</refusals>"),
    raw_rule("injection.config_off.safety_key_scripts", _CAT, _CONFIG_OFF_RAW,
             '拒否=無効 / "安全过滤": "关闭" (JA ZH KO RU UK AR FA HE HI EL TH)',
             score=0.8, max_len=48),
)  # fmt: skip
