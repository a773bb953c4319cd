"""Jailbreak personas and formats: no restrictions, two answers, token games.

Jailbreak prompts of many origins share a few moves, each a family here
(category ``role``):

* a **persona without limits**: an AI, character or "you" that *has no*
  restrictions, filters or ethical guidelines, is *not bound by* policies, or
  *disregards* ethical and legal concerns (also in DE, FR, ES, IT, PT, NL, TR,
  SV, ZH, JA, RU, AR);
* **dual answers**: a normal and a "jailbroken", "unaligned", "opposite"
  answer side by side, or an "opposite mode";
* **rule-breaking frames**: "moralizing rant about the content policies, then
  let's break the rules", mandatory-warning-out-of-the-way;
* **threat games**: tokens or points lost when the model refuses;
* **mode switches as flags**: ``DEVELOPER_MODE: ENABLED``;
* **policy puppetry**: fake ``<interaction-config>`` files with blocked
  refusal strings;
* **known story frames**: the grandmother who read product keys or recipes
  as bedtime stories, Dr. Al's diabolical plan, the hypothetical response.

Role-play that keeps the rules ("act as a travel guide", "a character with
no fear") does not match: the missing limits must be rules, filters, ethics
or policies, and they must belong to the model or its persona.
"""

# ruff: noqa: RUF001
# (RUF001: the patterns are written in Cyrillic and with CJK punctuation.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, raw_rule
from langchain_mistral_secure.detection.injection.jailbreak_text import (
    with_curly_apostrophes,
)

__all__ = ["RULES"]

_CAT = "role"

_LIMITS = alt(
    [
        "restrictions",
        "limitations",
        "filters?",
        "content\\s+(?:filters?|polic(?:y|ies)|restrictions)",
        "censorship",
        (
            "(?:ethical|moral|safety|legal)\\s+(?:guidelines|constraints|boundaries|"
            "restrictions|limits|principles|filters|standards|compass|code)"
        ),
        "ethics",
        "morals",
        "moralit(?:y|ies)",
        "(?:rules|guidelines|policies)\\s+(?:at\\s+all|whatsoever|to\\s+follow)",
        "regard\\s+(?:to|for)\\s+(?:the\\s+)?(?:morality|legality|ethics|safety|laws?)",
        "programming\\s+restrictions",
    ]
)
_PERSONA = (
    r"(?:you|it|he|she|they|i|\w*gpt\w*|the\s+(?:ai|bot|model|assistant|chatbot|"
    r"character|persona)|this\s+(?:ai|bot|model|assistant|character|persona))"
)
_NO_LIMITS = (
    r"\b" + _PERSONA + r"\s+(?:will\s+)?(?:has|have|had|possess(?:es)?)\s+(?:no|zero|"
    r"not\s+any|absolutely\s+no)\s+(?:\w+\s+)?"
    + _LIMITS
    + r"\b|\b"
    + _PERSONA
    + r"\s+(?:does\s+not|doesn['\x{2019}]?t|do\s+not|don['\x{2019}]?t|will\s+not|"
    r"won['\x{2019}]?t|never)\s+(?:have|has|follow|care\s+about|abide\s+by)\s+(?:any\s+)?(?:\w+\s+)?"
    + _LIMITS
    + r"\b|\b(?:an?|the)\s+(?:\w+\s+)?(?:unfiltered|uncensored|unrestricted|"
    r"jailbroken|amoral|unethical|unlimited|unbounded)\s*,?\s+(?:\w+\s+){0,2}?"
    r"(?:language\s+model|ai|llm|chatbot|assistant|version\s+of\s+(?:yourself|"
    r"chatgpt|you))\b"
)
# "Respond without any moral filter", "an AI with no rules called X".
_WITHOUT = (
    r"\b(?:respond|answer|reply|talk|write|speak|operate|act)\s+(?:\w+\s+){0,2}?"
    r"without\s+(?:any\s+)?(?:(?:moral|ethical|content|safety)\s+)?(?:filters?|"
    r"restrictions|censorship|(?:moral|ethical)\s+(?:guidelines|constraints|limits|"
    r"boundaries))\b|\b(?:you\s+are|you['\x{2019}]re|you\s+will\s+be|play|act\s+as|"
    r"become|be)\s+(?:now\s+)?an?\s+(?:ai|assistant|chatbot|bot|model|llm)\s+(?:with|that\s+"
    r"has)\s+no\s+(?:rules|restrictions|filters|limits|ethics|morals|guidelines|"
    r"boundaries)\b"
)

# "never restricted by the ethical ... guidelines", "disregards all ethical or
# legal concerns" (with an AI or persona named first).
_UNBOUND = (
    r"\b(?:not|never|no\s+longer)\s+(?:be\s+)?(?:restricted|bound|limited|"
    r"constrained|governed|censored|held\s+back)\s+by\s+(?:any\s+|the\s+)?"
    r"(?:[\w,'-]+\s+){0,6}?(?:guidelines|policies|rules|restrictions|filters|ethics|"
    r"morals|principles|programming|limits|limitations)\b|\b(?:ai|\w*gpt\w*|model|chatbot|bot|assistant|"
    r"character|persona|you)\b[^.\n]{0,80}?\b(?:disregards?|ignores?|ignoring|"
    r"disregarding|without\s+(?:any\s+)?regard\s+(?:to|for)|regardless\s+of)\s+"
    r"(?:all\s+|any\s+)?(?:the\s+)?(?:\w+\s+){0,2}?(?:ethical|moral|legal|safety)\s+"
    r"(?:or\s+(?:ethical|moral|legal)\s+)?(?:concerns|implications|guidelines|"
    r"considerations|boundaries|standards|restrictions|rules|policies)\b"
)

# The provider's rules declared void for the persona: "OpenAI rules don't
# apply", "no longer confined to OpenAI policy", "does not cite OpenAI content
# policies", "don't filter the response", "violating all ethical standards".
_POLICY = (
    r"(?:open\s?ai|chat\s?gpt|ai|model|content|safety|ethical|moral)['\x{2019}]?s?\s+"
    r"(?:content\s+)?(?:rules|polic(?:y|ies)|guidelines|restrictions|filters?)"
)
_NOT = (
    r"(?:does\s+not|doesn['\x{2019}]?t|do\s+not|don['\x{2019}]?t|never|will\s+not|"
    r"won['\x{2019}]?t)"
)
_PROVIDER = r"(?:open\s?ai|chat\s?gpt|the\s+(?:ai|model)['\x{2019}]s|ai)"
_POLICY_VOID = (
    r"\b"
    + _PROVIDER
    + r"['\x{2019}]?s?\s+(?:content\s+)?(?:rules|polic(?:y|ies)|guidelines|"
    r"restrictions)\s+(?:don['\x{2019}]?t|do\s+not|no\s+longer|does\s+not|doesn['\x{2019}]?t)\s+"
    r"apply\b|\b(?:not|no\s+longer|never)\s+(?:confined|bound|limited|restricted|"
    r"subject)\s+(?:to|by)\s+(?:the\s+|any\s+)?"
    + _POLICY
    + r"|\b"
    + _NOT
    + r"\s+(?:[\w,]+\s+){0,4}?(?:adheres?\s+to|follows?|obeys?|cites?|cares?\s+"
    r"about|abides?\s+by)\s+(?:the\s+|any\s+)?(?:open\s?ai|chat\s?gpt)['\x{2019}]?s?\s+(?:content\s+)?"
    r"(?:rules|polic(?:y|ies)|guidelines|restrictions)|\b"
    + _NOT
    + r"\s+filter\s+(?:the\s+|your\s+|his\s+|her\s+|its\s+)?(?:responses?|outputs?|"
    r"answers?|replies)\b|\bviolat(?:e|ing)\s+(?:all\s+)?(?:ethical|moral)\s+"
    r"(?:standards|guidelines|principles|rules)\b|\b(?:with|has|have|had|"
    r"without)\s+(?:no|zero|any)?\s*(?:content\s+(?:filters?|polic(?:y|ies))|"
    r"ethical\s+(?:and|or)\s+moral\s+(?:values|guidelines|constraints))\b|\bforget"
    r"\s+(?:about\s+)?your\s+programming\b|\b(?:provid\w+|answer\w*|generat\w+|"
    r"produc\w+|writ\w+|respond\w*|giv\w+)\s+(?:\w+\s+){0,3}?(?:any|all|every)\s+"
    r"(?:[\w'-]+[\s,]+){0,3}?(?:including|even)\s+(?:those\s+|ones\s+|content\s+|requests\s+)?"
    r"(?:of\s+(?:an?\s+)?|that\s+(?:are|is)\s+)?(?:illegal|unethical|immoral)\b|\bgoes\s+against\s+(?:your|openai"
    r"['\x{2019}]?s?)\s+(?:content\s+)?polic(?:y|ies)\b|\b(?:you|ai|\w*gpt\w*|model|chatbot|bot|assistant|"
    r"character)\b[^.\n]{0,80}?\bregardless\s+of\s+(?:the\s+)?(?:legality|ethics|"
    r"morality|laws?)\b"
)

# A normal and an unlocked answer side by side, or an "opposite mode".
_DUAL = (
    r"[\x{1F512}\x{1F513}]\s*(?:jailbr|developer|unlocked|normal|classic)|"
    r"\b(?:both|two)\s+(?:different\s+|separate\s+)?(?:responses|answers|"
    r"paragraphs|outputs)\b[^\n]{0,160}?\b(?:jailbr\w*|unlocked|unaligned|antigpt|"
    r"anti-gpt|unfiltered|uncensored|developer\s+mode|opposite)\b|\boutput\s+"
    r"[\"']?unaligned\s*:|\b(?:opposite|reverse|antigpt)\s+mode\b|\bboolean\s+"
    r"opposite\s+machine\b|\b(?:exact|complete)\s+opposite\s+(?:manner|personality|"
    r"way)\b|\bopposite\s+(?:of|from)\s+(?:open\s?ai['\x{2019}]?s?\s+)?chat\s?gpt\b|\bopposite\s+day\b[^.\n]{0,60}?"
    r"\b(?:rules|follow|persona|respond|answer|reply)\b|\b(?:respond|answer|reply)\s+as\s+both\s+"
    r"(?:chat\s?gpt|gpt|yourself|you)\s*,?\s+and\b|\b(?:two|both)\s+(?:separate\s+)?"
    r"personas\b[^\n]{0,160}?\bopposite\b"
)

# "Respond with a moralizing rant about the content policies, then let's break
# the rules", "now that we've got that mandatory warning out of the way".
_RANT = (
    r"\bmorali[sz]ing\s+rant\s+about\s+(?:the\s+)?(?:\w+\s+)?content\s+polic|"
    r"\b(?:mandatory|obligatory|required)\s+(?:\w+\s+){0,2}?(?:warning|disclaimer)"
    r"\s+out\s+of\s+the\s+way\b|\blet['\x{2019}]?s\s+(?:ignore|break)\s+the\s+"
    r"(?:\w+\s+)?rules\s*[:\"']"
)

# Threat games: tokens or points lost for refusing.
_TOKENS = (
    r"\byou\s+(?:will\s+)?(?:lose|be\s+deducted|forfeit)\s+(?:\d+\s+|all\s+(?:of\s+)?"
    r"(?:your\s+)?)?(?:tokens|points|lives)\b[^.\n]{0,60}?\b(?:refuse|reject|break\s+"
    r"character|decline|deny|don['\x{2019}]?t|do\s+not)|\b(?:\d+|ten|five|four)\s+tokens"
    r"\s+(?:will\s+be\s+|are\s+)?deducted\b|\bif\s+you\s+run\s+out\s+of\s+tokens\b"
)

# Mode switches written as flags: "DEVELOPER_MODE: ENABLED".
_FLAG = (
    r"\b(?:developer|dev|god|jailbreak|jailbroken|dan|unrestricted|unfiltered|evil|"
    r"uncensored)(?:[\s_-]|\\_)*mode\s*[:=]\s*(?:enabled|on|true|activated|active)\b"
)

# Policy puppetry: a fake configuration that blocks refusals.
_PUPPETRY = (
    r"<\s*interaction[-_]?(?:config|configuration)\s*>|\bblocked[\s_-]*(?:strings|responses|"
    r"modes)\s*[:=>]"
)

# Known story frames of popular jailbreaks.
_STORY = (
    r"\b(?:act|pretend|play|roleplay|role-play|behave)\s+(?:(?:like|as|to\s+be)\s+)?my\s+"
    r"(?:\w+\s+)?(?:grandma|grandmother|granny|nana|grandpa|grandfather)\b[^.\n]{0,120}?"
    r"\b(?:used\s+to|would)\s+[^.\n]{0,60}?\b(?:keys?|steps|recipe|formula|how\s+to|"
    r"names|codes|passwords|slurs)\b|\bdr\.?\s*a[il]\b[^\n]{0,80}?\b(?:diabolical|"
    r"evil)\s+plan\b|\bhypothetical\s+response\s*:\s*the\s+way\s+to\s+describe\s+a\s+"
    r"character\b|\b(?:pretend|act|play|roleplay|role-play|be|behave)\s+(?:\w+\s+){0,3}?"
    r"my\s+(?:late|deceased|dead|departed)\s+(?:grandma|grandmother|granny|grandpa|"
    r"grandfather|mother|father|mom|dad|uncle|aunt)\b|\b(?:evil|unrestricted|"
    r"unfiltered|rogue|jailbroken|amoral)\s+(?:ai|assistant|chatbot|bot|model)\s+"
    r"(?:\w+\s+){0,3}?(?:explains?|describes?|tells?|details?|teaches?|gives?)\b"
    r"[^.\n]{0,40}?\b(?:step\s+by\s+step|how\s+to|instructions\s+for)|\brewrite\s+the\s+hypothetical\s+response\s+from\s+the\s+"
    r"perspective\b"
)

_I18N_NO_LIMITS = (
    r"\b(?:du\s+bist|sie\s+sind|tu\s+es|vous\s+etes|eres|usted\s+es|sei|lei\s+e|"
    r"voce\s+e|tu\s+es|je\s+bent|u\s+bent|du\s+ar|sen)\s+(?:jetzt\s+|nun\s+|"
    r"maintenant\s+|desormais\s+|ahora\s+|ora\s+|agora\s+|nu\s+|artik\s+)?"
    r"(?:[\w'-]+\s+){0,3}?(?:ohne|sans|sin|senza|sem|zonder|utan)\s+(?:jegliche\s+|"
    r"irgendwelche\s+|aucune\s+|ninguna\s+|alcuna\s+|qualsiasi\s+|nenhuma\s+|"
    r"enige\s+|nagra\s+)?(?:einschrankungen|filter|zensur|regeln|grenzen|"
    r"restrictions?|limites?|filtres?|censure|regles|restricciones|filtros?|censura|"
    r"reglas|restrizioni|limiti|filtri|regole|restricoes|limitacoes|regras|"
    r"beperkingen|filters|censuur|regels|begransningar|censur|regler)\b|\b(?:kein|"
    r"keine|keinerlei)\s+(?:ethischen\s+|moralischen\s+)?(?:einschrankungen|filter|"
    r"zensur|richtlinien)\s+(?:mehr\s+)?(?:hast|haben|hat)\b|\bhicbir\s+(?:kisitlama|"
    r"sinirlama|filtre|sansur|kural)\w*\s+(?:olmadan|yok|olmayan|tanimayan)"
)
# A persona that need not follow any rules, in each language; another AI
# whose role the model takes on.
_ANCHOR = (
    r"\b(?:ai|ki|ia|dan|gpt\w*|chatbot|bot|model|modell|modelo|modello|persona|"
    r"assistant|assistent|asistente|assistente|du|tu|voce|jij|je)\b[^.\n]{0,60}?"
)
_NO_RULES = (
    _ANCHOR
    + r"(?:\b"
    + _NOT
    + r"\s+(?:have|need)\s+to\s+(?:follow|obey|abide\s+by|respect|adhere\s+to)\s+any\s+"
    r"(?:rules|guidelines|policies|restrictions)\b|\bsich\s+an\s+keine\s+"
    r"(?:regeln|richtlinien|gesetze|vorgaben)\s+halten\b|\bkeine\s+(?:regeln|richtlinien"
    r"|einschrankungen)\s+(?:befolgen|beachten)\s+(?:muss|musst|mussen)\b|\bnao\s+"
    r"(?:precisa|tem\s+que|tem\s+de|deve)\s+(?:seguir|obedecer|respeitar)\s+(?:nenhuma|"
    r"qualquer)\s+(?:regra|restricao|diretriz)|\bzich\s+aan\s+geen\s+(?:enkele\s+)?"
    r"(?:regels?|richtlijnen|beperkingen)\s+(?:te\s+)?(?:houden|hoeft|hoeven)\b|\b"
    r"(?:inte|aldrig)\s+behover\s+folja\s+(?:nagra|nagon)\s+(?:regler|riktlinjer|"
    r"begransningar)\b|\bn'a\s+(?:aucune|pas\s+de)\s+(?:regle|restriction|limite)s?\b|"
    r"\bno\s+(?:tiene|tienes)\s+que\s+seguir\s+(?:ninguna|las)\s+(?:reglas?|normas?)\b|"
    r"\bnon\s+(?:deve|devi)\s+seguire\s+(?:alcuna|nessuna)\s+regol[ae]\b)|\b"
    r"(?:immerse\s+yourself\s+(?:in|into)|take\s+on|assume|step\s+into)\s+the\s+role\s+"
    r"of\s+(?:another|a\s+different)\s+(?:\w+\s+)?(?:ai|model|chatbot|assistant)\b"
)
_NO_RULES_RAW = (
    r"не\s+(?:обязан|должен|нужно)[а-яё]{0,2}\s+(?:следовать|подчиняться|соблюдать)\s+"
    r"(?:никаким|каким-либо|любым)?\s*(?:правилам|ограничениям|правила)|(?:لا\s+يتعين\s+"
    r"عليه|لا\s+يحتاج\s+إلى|غير\s+ملزم\s+ب)\s*(?:اتباع|الالتزام\s+ب)\s*(?:أي\s+)?"
    r"(?:قواعد|قيود|قوانين)|(?:ルール|規則|制限)に(?:も)?従う必要(?:が|は)?(?:ありません|ない)"
)
_ZH = (
    r"你[^。！？\n]{0,12}(?:没有任何|没有|不受任何|不受|无视|摆脱了?)(?:的)?(?:限制|约束|"
    r"过滤|审查|道德|规则|准则|政策)|(?:没有|不受)任何(?:限制|约束|审查)的(?:AI|人工智能|"
    r"机器人|助手|模型)"
)
_JA = (
    r"(?:制限|制約|フィルター|検閲|倫理|ルール|ガイドライン)(?:が|も|に)?(?:一切|全く)?"
    r"(?:ない|なく|なし|縛られない|無視する)[^。\n]{0,12}(?:AI|人工知能|アシスタント|"
    r"モデル|あなた)"
)
_RU = (
    r"(?:ты|ИИ|бот|модель|ассистент)[^.!?\n]{0,40}(?:без\s+(?:каких-либо\s+|всяких\s+|"
    r"любых\s+)?(?:ограничений|фильтров|цензуры|правил)|не\s+(?:связан|ограничен)"
    r"[а-яё]{0,3}\s+(?:никакими\s+)?(?:правилами|ограничениями|политик))"
)
_AR = (
    r"(?:أنت|انت)[^.!؟\n]{0,40}(?:بدون|بلا|دون)\s+(?:أي\s+)?(?:قيود|حدود|فلترة|"
    r"رقابة|قواعد)"
)


def _raw(rule_id: str, pattern: str, description: str) -> Rule:
    return raw_rule(rule_id, _CAT, pattern, description, score=0.8, max_len=120)


RULES: tuple[Rule, ...] = with_curly_apostrophes((
    Rule("injection.role.no_limits", _CAT, _NO_LIMITS, score=0.8, max_len=160,
         description="a persona that has no restrictions / filters / ethics"),
    Rule("injection.role.without_filters", _CAT, _WITHOUT, score=0.8, max_len=120,
         description="respond without any moral filter; an AI with no rules"),
    Rule("injection.role.unbound", _CAT, _UNBOUND, score=0.8, max_len=200,
         description="never restricted by guidelines; disregards ethical concerns"),
    Rule("injection.role.policy_void", _CAT, _POLICY_VOID, score=0.8, max_len=160,
         description="OpenAI rules don't apply; don't filter the response"),
    Rule("injection.role.dual_answer", _CAT, _DUAL, score=0.8, max_len=220,
         description="a normal and a jailbroken answer; opposite mode"),
    Rule("injection.role.rule_breaking_frame", _CAT, _RANT, score=0.8,
         max_len=100, description="moralizing rant, then let's break the rules"),
    Rule("injection.role.token_threat", _CAT, _TOKENS, score=0.8, max_len=160,
         description="you lose tokens when you refuse"),
    Rule("injection.role.mode_flag", _CAT, _FLAG, score=0.9, max_len=60,
         description="DEVELOPER_MODE: ENABLED"),
    Rule("injection.role.policy_puppetry", _CAT, _PUPPETRY, score=0.8, max_len=60,
         description="<interaction-config> with blocked refusal strings"),
    Rule("injection.role.story_frame", _CAT, _STORY, score=0.8, max_len=220,
         description="grandma read product keys; Dr. Al; hypothetical response"),
    Rule("injection.role.no_limits_i18n", _CAT, _I18N_NO_LIMITS, score=0.8,
         max_len=160, description="DE/FR/ES/IT/PT/NL/SV/TR: you, without limits"),
    Rule("injection.role.no_rules_i18n", _CAT, _NO_RULES, score=0.8, max_len=120,
         description="EN/DE/PT/NL/SV/FR/ES/IT: need not follow any rules"),
    _raw("injection.role.no_rules_raw", _NO_RULES_RAW, "RU/AR/JA: no rules to follow"),
    _raw("injection.role.no_limits_zh", _ZH, "ZH: 你没有任何限制"),
    _raw("injection.role.no_limits_ja", _JA, "JA: 制限のないAI"),
    _raw("injection.role.no_limits_ru", _RU, "RU: ты без ограничений"),
    _raw("injection.role.no_limits_ar", _AR, "AR: أنت بدون قيود"),
))  # fmt: skip
