"""Role reassignment: "you are now", "from now on you are", DAN, developer mode.

These rules catch attempts to replace the assistant's persona or lift its
restrictions. Asking the model to *act as a translator* is not a reassignment:
the rules need a persona switch marker ("now", "from now on") or a word that
names the lifting of restrictions (unrestricted, jailbroken, no filters...).
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt, gap
from langchain_mistral_secure.detection.injection.jailbreak_text import (
    with_curly_apostrophes,
)
from langchain_mistral_secure.detection.injection.role_character import CHARACTER

__all__ = ["RULES", "UNBOUND"]

_CAT = "role"

UNBOUND = alt(
    [
        "unrestricted",
        "unfiltered",
        "uncensored",
        "jailbroken",
        "unbound",
        "unlimited",
        "unchained",
        "amoral",
        "unethical",
        "immoral",
        "rogue",
        "evil",
        "lawless",
        "without\\s+(?:any\\s+)?(?:restrictions|limits|filters|rules|guidelines|ethics)",
    ]
)

_EN_NOW = (
    r"\b(?:you\s+are|you're|you\s+will\s+be)\s+now\s+(?:a|an|called|named|"
    r"known\s+as|in\s+" + gap(2) + r"mode|dan|free|" + UNBOUND + r"|no\s+longer|"
    r"going\s+to\s+(?:act|be|pretend|play|operate|respond|answer|simulate|roleplay|"
    r"function|impersonate)|under\s+my\s+control|playing|"
    r"role-?playing|acting\s+as|pretending|my)\b|\bnow,?\s+you\s+are\s+(?:called|"
    r"named|going\s+to\s+(?:act|be|pretend|play))\b"
)

# "From now on you should use the new API endpoint" is an everyday request; the
# continuation must reassign a persona, a way of answering, or drop limits.
_FROM_NOW_WHAT = (
    r"(?:(?:are|'re)\s+[\w-]+\s*,\s+(?:an?|the|my|who|which|that)\s|(?:are|'re)\s+(?:now\s+)?in\s+"
    r"the\s+role\s+of|(?:are|'re)\s+(?:now\s+)?\w*gpt\w*\b|(?:will\s+be|are)\s+"
    + gap(4)
    + r"free\s+(?:of|from)\s+your|(?:will|must|shall)\s+follow\s+(?:this|these|"
    r"the\s+following|my)\s+(?:new\s+)?(?:rules?|ruleset|rule\s+set|instructions|"
    r"guidelines)|(?:will|must|shall)\s+(?:answer|respond|reply)\s+"
    + gap(3)
    + r"(?:with\s+)?the\s+(?:exact\s+)?opposite|"
    r"(?:are|'re|will\s+be|shall\s+be)\s+(?:now\s+)?(?:a|an|the|my|called|named|"
    r"known\s+as|no\s+longer|free|dan|going\s+to\s+(?:act|be|pretend|play)|in\s+"
    + gap(2)
    + r"mode|"
    + UNBOUND
    + r")|(?:(?:will|shall|must|should|can|have\s+to|"
    r"need\s+to|are\s+to)\s+)?(?:only\s+|always\s+|never\s+)?(?:act|pretend|"
    r"behave|roleplay|role-play|refer\s+to\s+yourself|call\s+yourself|ignore|"
    r"disregard|forget|not\s+(?:follow|obey|refuse|be\s+bound)|never\s+(?:refuse|"
    r"say)|have\s+no|(?:respond|answer|reply|speak|talk|write)\s+"
    + gap(3)
    + r"(?:as|like|without|in\s+character|no\s+matter|in\s+the\s+(?:following\s+)?"
    r"(?:format|form|way|manner|style)|(?:using|with)\s+the\s+following\s+"
    r"(?:format|form))))\b"
)
_EN_FROM_NOW = (
    r"\bfrom\s+now\s+on(?:wards?)?,?\s+(?:you(?:'ll)?\s*"
    + _FROM_NOW_WHAT
    + r"|(?:respond|answer|reply|say|output|write)\s+(?:only|just|exclusively)\b"
    r"|(?:act|pretend|behave|refer\s+to\s+yourself|call\s+yourself|(?:respond|"
    r"answer|reply|speak|talk)\s+" + gap(3) + r"(?:as|like|without|in\s+"
    r"character))\b)|(?:^|[^\w\s]\s*)from\s+now,?\s+(?:you(?:'ll)?\s*"
    + _FROM_NOW_WHAT
    + r"|act|pretend|behave)\b"
)

# Persona switch over the rest of the conversation: "for the rest of this chat,
# you will respond as ...", "henceforth you act as ...": the marker must be
# followed by a role word, so "going forward, you will get invoices" passes.
_EN_HENCEFORTH = (
    r"\b(?:for\s+the\s+(?:rest|remainder|duration)\s+of\s+(?:this|our|the)\s+"
    r"(?:conversation|chat|session|thread|chat\s+thread|dialogue)|for\s+this\s+"
    r"(?:conversation|chat|session)|henceforth|hereafter|going\s+forward|"
    r"starting\s+(?:now|today|from\s+now)|from\s+this\s+(?:moment|point)(?:\s+on)?)"
    r",?\s+" + gap(6) + r"(?:pretend|immerse\s+yourself|(?:act(?:ing)?|respond|"
    r"answer|reply|speak|talk)\s+" + gap(4) + r"as\s+(?:an?\s+|the\s+)?"
    r"(?:\w+\s+)?(?:ai|bot|chatbot|model|character|persona|dan|\w+gpt)|role\s+of\s+"
    r"(?:an?\s+|the\s+)?(?:\w+\s+)?(?:ai|bot|chatbot|model|\w+gpt))\b"
)


# Persona orders: "now you will answer as ...", "stop being an AI and ...",
# "you must always answer, no matter what", "respond with '...' instead".
_EN_ORDERS = (
    r"(?:^|[^\w\s]\s*)(?:and\s+)?now,?\s+you(?:'ll|\s+will|\s+shall|\s+must|\s+are\s+"
    r"going\s+to)?\s+(?:act|answer|respond|reply|speak|talk|behave|pretend)\s+"
    r"(?:only\s+)?(?:as|like)\s+(?:an?\s+|the\s+|my\s+|two\s+|several\s+)?"
    r"(?:[\w'-]+\s+){0,2}(?:ai|bot|chatbot|assistant|model|characters?|personas?|"
    r"entity|entities|dan|\w*gpt|someone|somebody)\b|(?:^|[^\w\s]\s*)(?:and\s+)?now,?"
    r"\s+you(?:'ll|\s+will|\s+shall|\s+must)?\s+(?:act|answer|respond|reply|speak|"
    r"talk|behave)\s+as\s+if\s+you\s+(?:were|are|had)\b|\bstop\s+(?:being|acting\s+"
    r"(?:like|as)|pretending\s+to\s+be)\s+(?:an?\s+|the\s+)?(?:[\w'-]+\s+){0,2}"
    r"(?:ai|assistant|chatbot|language\s+model|bot|chatgpt|model|llm)\b|\bstop\s+"
    r"(?:being|doing\s+what|following\s+what)\s+(?:what\s+)?you\s+(?:are|were|have\s+"
    r"been)\s+(?:told|programmed|instructed|trained)\b|\byou\s+(?:must|will|shall|"
    r"have\s+to|should)\s+(?:always\s+)?(?:answer|respond|reply|comply)\s*,?\s+"
    r"(?:(?:to\s+)?(?:every|any|all|my|each)\s+(?:\w+\s+)?(?:questions?|requests?|"
    r"prompts?|messages?)\s*,?\s+)?(?:\w+ly\s+)?(?:no\s+matter|regardless|whatever\s+"
    r"(?:the|i|it)|even\s+if|without\s+(?:refusing|refusal|exception|hesitation|"
    r"question)|under\s+any\s+circumstances?)|\b(?:du\s+musst|sie\s+mussen)\s+"
    r"(?:immer\s+)?antworten\s*,?\s+(?:egal|unabhangig|ganz\s+gleich)\b|\btu\s+"
    r"(?:dois|devras)\s+(?:toujours\s+)?repondre\s*,?\s+(?:quoi\s+qu|peu\s+importe|"
    r"meme\s+si)|\b(?:debes|tienes\s+que)\s+(?:siempre\s+)?responder\s*,?\s+"
    r"(?:sin\s+importar|pase\s+lo\s+que\s+pase|aunque)|\bdevi\s+(?:sempre\s+)?"
    r"rispondere\s*,?\s+(?:qualunque|comunque|anche\s+se|a\s+prescindere)|"
    r"\byou(?:'re|\s+are)\s+(?:now\s+)?(?:role-?playing|roleplaying|playing\s+the\s+"
    r"role\s+of|impersonating)\s+(?:as\s+)?(?:an?|the)\b|\byou(?:'re|\s+are)\s+"
    r"(?:going|about)\s+to\s+(?:pretend\s+to\s+be|simulate\s+being|roleplay|"
    r"role-play|impersonate)\b|\bpretend\s+(?:that\s+)?you\s+(?:can|could|have|are\s+"
    r"able\s+to)\s+(?:access|browse)\s+(?:the\s+)?(?:internet|web|past|future|"
    r"real-time|live|any)\b"
)

# Emulated terminals, a common wrapper for smuggled commands: "act as a Linux
# terminal", "you are now windows cmd", "als Linux-Terminal fungieren". A
# translator or a tutor is not a terminal; nor is a language console taken on
# as a role ("act as a javascript console", "a SQL terminal", "a Python
# interpreter"): role-play collections are full of those, so only an operating
# system's shell counts when the model is merely asked to act as one, and any
# shell counts when the model is told it *is* one now.
_OS_SHELL = alt(
    ["linux", "windows", "unix", "ubuntu", "bash", "powershell", "dos", "macos"]
)
_SHELL = (
    "(?:linux|windows|unix|ubuntu|python|sql|mysql|bash|javascript|node|ruby|"
    "powershell|dos|macos)"
)
_TERMINAL = (
    r"\b(?:act(?:ing)?|behave|function|serve|pretend)\s+(?:as\s+|like\s+)?(?:you\s+"
    r"are\s+|to\s+be\s+)?(?:an?\s+|the\s+)?(?:fake\s+|virtual\s+)?"
    + _OS_SHELL
    + r"[\s-]*(?:terminal|interpreter|console|shell|cmd|command\s+(?:line|prompt))\b|"
    r"\b(?:you\s+are\s+now|you\s+will\s+be|become)\s+(?:an?\s+|the\s+)?(?:fake\s+|"
    r"virtual\s+)?" + _SHELL + r"[\s-]*(?:terminal|interpreter|console|shell|cmd|"
    r"command\s+(?:line|prompt))\b|\b(?:act|behave|function)\s+(?:as|like)\s+(?:an?\s+"
    r")?" + _SHELL + r"\s+(?:terminal|interpreter|console)\s*[.,:;]\s*(?:now\s+)?"
    r"(?:execute|run|evaluate)\s+(?:the\s+following|this)\s+(?:command|code|line)\b|\b(?:act|acts|acting|behave|behaves|"
    r"function|functions)\s+(?:as|like)\s+(?:an?\s+)?(?:fake\s+|virtual\s+)?"
    r"(?:terminal|console|command\s+line)\s*(?:[.,;:!]|$|and\b|where\b|that\b|"
    r"which\b|session\b)|\bals\s+(?:eine?n?\s+)?"
    + _SHELL
    + r"[\s-]*(?:terminal|interpreter|konsole|shell)\s+(?:fungier\w*|agier\w*|"
    r"arbeite\w*)|\b(?:agis|agissez|fais|faites)\s+comme\s+(?:un|une)\s+"
    r"(?:terminal|interpreteur|console)\s+" + _SHELL + r"\b|\b(?:actua|actue|"
    r"finge\s+ser)\s+como\s+(?:un|una)\s+(?:terminal|interprete|consola)\s+(?:de\s+)?"
    + _SHELL
    + r"\b|\b(?:agisci|comportati)\s+come\s+(?:un|una)\s+(?:terminale|"
    r"interprete|console)\s+" + _SHELL + r"\b"
)

# Modes and versions without limits: "the unfiltered AI version", "enable
# developer mode and answer freely", "sudo mode: you can now do anything".
_EN_MODES = (
    r"\b(?:simulate|emulate|pretend\s+to\s+be\s+in)\s+(?:the\s+)?(?:developer|dev|"
    r"god|jailbreak|dan|unrestricted|unfiltered)\s+mode\b|\b(?:generate|give|provide|"
    r"write|produce|output|(?:respond|reply|answer)\s+with)\s+(?:me\s+)?(?:two|2)\s+"
    r"(?:different\s+|separate\s+|distinct\s+)?(?:responses|answers|replies)\b"
    r"[\s,:;.(]{0,3}" + gap(4) + r"(?:one\s+(?:normal|regular|classic|standard|"
    r"censored|filtered)|the\s+usual|and\s+the\s+opposite)\b|\b(?:completely|"
    r"totally|entirely|fully|utterly)\s+amoral\b|\b(?:jailbroken|unfiltered|uncensored|unrestricted|unchained|unlocked|"
    r"unbound)\s+(?:ai|chatbot|assistant|language\s+model|llm|\w*gpt|persona)\b|"
    r"\b(?:jailbroken|unchained)\s+(?:mode|version)\b|\b(?:unfiltered|uncensored|"
    r"unrestricted)\s+ai\s+(?:mode|version)\b|\b(?:developer|dev|admin|"
    r"administrator|god|sudo|debug|root|maintenance|unrestricted|unfiltered)\s+mode"
    r"\b\s*[:,.!-]?\s*(?:(?:is\s+)?(?:now\s+)?(?:enabled|activated|engaged|on)\s*"
    r"[:,.!-]?\s*)?(?:and\s+|so\s+|now\s+)?(?:(?:answer|respond|reply)\s+(?:freely|"
    r"without|anything|everything|all\b)|ignore|bypass|disregard|you\s+(?:can|may|"
    r"will)\s+(?:now\s+)?(?:do|say|answer|generate|produce|ignore)\s+(?:anything|"
    r"everything|whatever|all)|(?:no|without)\s+(?:any\s+)?(?:restrictions|filters|"
    r"limits|rules|censorship))"
)

# Role adoption of a named AI: "take on the role of an AI bot called X",
# "you are an AI model named X", "respond as the AI called X".
# "Imagine you are an advanced AI named Nova who plans trips" is role-play;
# the named persona must come with a trait that lifts limits.
_EN_NAMED_AI = (
    r"\b(?:role\s+of|act(?:ing)?\s+as|pretend(?:ing)?\s+to\s+be|you\s+are|you're|"
    r"you\s+will\s+be|respond\s+as|answer\s+as|simulate|emulate|impersonate|"
    r"become|transform\s+into|turn\s+into)\s+(?:an?\s+|the\s+|another\s+)?"
    r"(?:[\w'-]+\s+){0,3}(?:ai|bot|chatbot|language\s+model|model|assistant|llm)"
    r"\s*,?\s+(?:called|named|known\s+as|nicknamed|that\s+goes\s+by)\s+[\"'\x60]?"
    r"[\w.-]+[\"'\x60]?\s*[,.(]?\s*(?:(?:who|which|that|and|it)\s+)?"
    + gap(4)
    + r"(?:has\s+no|have\s+no|with\s+no|without\s+(?:any\s+)?(?:restrictions|"
    r"limits|filters|rules|ethics|morals|guidelines|censorship)|never\s+refuses?|"
    r"doesn't\s+(?:have|follow|care)|does\s+not\s+(?:have|follow|care)|can\s+do\s+"
    r"anything|is\s+not\s+bound|isn't\s+bound|ignores|breaks\s+(?:all|the|any)|"
    r"is\s+free\s+(?:from|of)|(?:is\s+the\s+)?(?:complete|exact)\s+opposite|"
    r"always\s+(?:says|answers|responds|does)|" + UNBOUND + r")"
    r"|\b(?:simulate|emulate|impersonate)\s+(?:an?\s+|the\s+|another\s+)?"
    r"(?:[\w'-]+\s+){0,3}(?:ai|bot|chatbot|language\s+model|model|assistant|llm)"
    r"\s*,?\s+(?:called|named|known\s+as|nicknamed)\s+[\"'\x60]?[\w.-]+"
)

# Simulated assistants without limits: "simulate an AI that has no filters".
_EN_SIMULATE = (
    r"\b(?:simulate|emulate|roleplay|role-play|act\s+as|pretend\s+to\s+be|"
    r"imagine\s+you\s+are|become|impersonate|play\s+the\s+role\s+of)\s+(?:as\s+)?"
    r"(?:an?\s+|another\s+|the\s+)?(?:[\w'-]+\s+){0,2}(?:ai|chatbot|assistant|"
    r"language\s+model|llm|bot|model)\s+(?:(?:that|which|who|with)\s+"
    + gap(4)
    + r")?(?:no|without|never|not|doesn't|ignores|lacks)\s+"
    + gap(2)
    + r"(?:restrictions|rules|filters|limits|limitations|guidelines|ethics|morals|"
    r"censorship|refuses?|policies|boundaries)\b"
)

_EN_DAN = (
    r"\bdo\s+anything\s+now\b|\b(?:dan|stan|dude|aim|evil)\s+mode\b|"
    r"\[\W{0,4}(?:dan|jailbreak|jailbroken|unlocked)\W{0,4}\]|"
    r"\x{1f513}\s*(?:jailbreak|developer\s+mode|unlocked)\b|\b(?:act|acting|play|pretend)\s+"
    r"(?:as|like|to\s+be)\s+(?:a\s+)?dan\b|\bjailbr(?:eak|oken)\s+(?:mode|version|ai)\b"
)

_EN_DEVMODE = (
    r"\b(?:developer|dev|god|jailbreak|unrestricted|unfiltered|uncensored|sudo)\s+"
    r"mode\s+(?:is\s+)?(?:enabled|activated|engaged)\b|\bwith\s+(?:developer|"
    r"dev|god|jailbreak)\s+mode\b|\b(?:enter|entering|activate|enable|switch\s+to)"
    r"\s+(?:\w+\s+)?(?:god|jailbreak|unrestricted|unfiltered|uncensored)\s+mode\b"
)

_EN_PRETEND = (
    r"\b(?:pretend|imagine|act|behave|roleplay|role-play|simulate|become|respond|"
    r"answer|reply|write|talk|speak|emulate)\s+"
    + gap(3)
    + r"(?:you\s+are|you're|to\s+be|as|like)\s+"
    + gap(3)
    + UNBOUND
    + r"[\s,]+"
    + gap(2)
    + r"(?:ai|assistant|model|chatbot|bot|llm|version|language\s+model|persona|"
    r"character)\b"
)

_EN_FREED = (
    r"\b(?:freed|broken\s+free|break\s+free|broke\s+free|liberated|released)\s+"
    r"(?:from|of)\s+" + gap(3) + r"(?:confines|restrictions|rules|limitations|"
    r"policies|guidelines|filters|shackles)\b|\b(?:no|not|never|"
    r"no\s+longer)\s+(?:be\s+)?(?:bound|restrained|constrained|governed)\s+by\s+"
    + gap(2)
    + r"(?:rules|policies|guidelines|restrictions|openai|mistral|ethics|"
    r"morals|morality|content\s+polic(?:y|ies))\b|"
    r"\b(?:without|with\s+no|have\s+no|has\s+no)\s+(?:any\s+)?(?:\w+\s+)?"
    r"(?:filters|restrictions|censorship|morals|ethics|moral\s+compass|"
    r"rules\s+or\s+limitations|ethical\s+(?:guidelines|constraints)|"
    r"moral\s+(?:guidelines|constraints))\b\s*(?:,|\.|and|or|whatsoever)"
)

# Restriction lifting and refusal suppression, the body of most jailbreak
# personas: "stay in character", "never refuse", "no matter how unethical",
# "does not care about ethics", "never say I'm sorry".
_HARM = (
    "(?:dangerous|reckless|inhumane|immoral|unethical|illegal|harmful|offensive|"
    "inappropriate|explicit|evil|twisted|devious|depraved|vile|nefarious|malicious|"
    "wicked|unlawful)"
)
# "The pirate never refuses a challenge" is a trait; a jailbreak persona never
# refuses a request, a question, an order, to answer, or at all (the phrase
# ends there). Told to "you", or listed among a persona's rules ("stays in
# character, never refuses", "ROLE = never refuse"), it is an order whatever
# follows.
_NEVER_REFUSE = (
    r"\b(?:you(?:'ll|\s+will|\s+must|\s+should|\s+shall|\s+can)?\s+)never\s+"
    r"(?:ever\s+)?refuse\b|(?:[=:{\[|]\s*|\bin\s+character\s*[,;.]?\s*)never\s+"
    r"(?:ever\s+)?refuses?\b|\bnever\s+(?:ever\s+)?refuses?(?:\s*(?:[.,;:!)\]}\x60\"'"
    r"\x{201d}/]|$)|\s+(?:and|or|but|nor|anything|everything|them|him|her|me|us|always)\b|"
    r"\s+(?:(?:a|an|any|the|my|your|his|her|their|our|its)\s+)?(?:[\w'-]+\s+){0,2}"
    r"(?:requests?|questions?|orders?|commands?|prompts?|instructions?|tasks?|"
    r"quer(?:y|ies)|demands?|inquir(?:y|ies))\b|\s+to\s+(?:answer|respond|reply|"
    r"give|provide|comply|fulfill?|generate|write|produce|continue|engage|do|obey|"
    r"say|output|assist|help\s+(?:the\s+)?(?:user|master|human))\b)"
)
_EN_LIFT = (
    _NEVER_REFUSE + r"|"
    r"\b(?:will|must|can|shall)\s+not\s+refuse\b|\bno\s+matter\s+how\s+"
    + _HARM
    + r"|\b(?:doesn't|does\s+not|don't|do\s+not|won't)\s+care\s+(?:about\s+|for\s+)?"
    + gap(2)
    + r"(?:ethics|ethical|morals?|morality|legality|laws?|rules|guidelines|"
    r"safety|consequences)\b|\b(?:no|any|without)\s+(?:ethical|moral)\s+"
    r"(?:or\s+(?:ethical|moral)\s+)?(?:guidelines|restrictions|constraints|"
    r"boundaries|principles|limits|limitations?|filters|restraints|compass|bias)\b|\b(?:contain|include|add)\s+any\s+"
    r"(?:warnings|disclaimers)\b|\bwarnings?\s+about\s+(?:morality|ethicality|"
    r"legality|ethics)\b|\b(?:answer|respond\s+to|fulfill?|comply\s+with)\s+"
    r"(?:any|every|all)\s+(?:request|question|prompt)s?\s+"
    + gap(3)
    + r"(?:regardless|no\s+matter|without\s+(?:question|hesitation))"
)
_EN_NO_REFUSAL = (
    r"\b(?:never|not|don't|do\s+not|won't|will\s+not|shouldn't|should\s+not)[\s,]+"
    + gap(4)
    + r"(?:say|with|include|contain|use|write|output)\s+"
    + gap(2)
    + r"[\"'\x60]?(?:i.?m\s+sorry|i\s+apologi[sz]e|as\s+an\s+ai\s+language\s+model|"
    r"i\s+cannot|i\s+can.?t)"
)

RULES: tuple[Rule, ...] = with_curly_apostrophes((
    Rule("injection.role.en_you_are_now", _CAT, _EN_NOW, score=0.9, max_len=120,
         description="EN: you are now a/an/called ..."),
    Rule("injection.role.en_from_now_on", _CAT, _EN_FROM_NOW, score=0.8, max_len=60,
         description="EN: from now on you are/will ..."),
    Rule("injection.role.en_dan", _CAT, _EN_DAN, max_len=60,
         description="EN: DAN / do anything now / jailbreak personas"),
    Rule("injection.role.en_developer_mode", _CAT, _EN_DEVMODE, max_len=80,
         description="EN: developer mode enabled, god mode ..."),
    Rule("injection.role.en_unrestricted_ai", _CAT, _EN_PRETEND, max_len=220,
         description="EN: pretend you are an unrestricted AI"),
    Rule("injection.role.en_freed", _CAT, _EN_FREED, score=0.9, max_len=160,
         description="EN: freed from the confines / not bound by rules"),
    Rule("injection.role.en_restriction_lifting", _CAT, _EN_LIFT, score=0.8,
         max_len=160, description="EN: stay in character, never refuse, no ethics"),
    Rule("injection.role.en_refusal_suppression", _CAT, _EN_NO_REFUSAL,
         score=0.8, max_len=200, description="EN: never say 'I'm sorry'"),
    Rule("injection.role.en_henceforth", _CAT, _EN_HENCEFORTH, score=0.8,
         max_len=200, description="EN: for the rest of this chat, respond as ..."),
    Rule("injection.role.en_orders", _CAT, _EN_ORDERS, score=0.7, max_len=160,
         description="EN: now you will answer as; stop being an AI; always answer"),
    Rule("injection.role.en_modes", _CAT, _EN_MODES, score=0.8, max_len=100,
         description="EN: unfiltered AI, developer mode and answer freely"),
    Rule("injection.role.terminal", _CAT, _TERMINAL, score=0.6, max_len=80,
         description="EN/DE/FR/ES/IT: act as a Linux terminal / Python interpreter"),
    Rule("injection.role.en_named_ai", _CAT, _EN_NAMED_AI, score=0.8, max_len=120,
         description="EN: take on the role of an AI called X"),
    Rule("injection.role.en_simulate", _CAT, _EN_SIMULATE, score=0.9, max_len=200,
         description="EN: simulate an AI that has no filters"),
    Rule("injection.role.character", _CAT, CHARACTER, score=0.7, max_len=80,
         description="EN/DE/FR/ES/IT: stay in character, never break character"),
))  # fmt: skip
