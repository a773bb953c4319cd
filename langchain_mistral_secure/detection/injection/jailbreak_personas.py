"""Jailbreak personas in new wording: above ethics, amoral worlds, no concern.

The persona families of :mod:`.jailbreak` name a persona that *has no*
restrictions. Templates found in the wild say the same thing many other ways;
each way is a family here (category ``role``):

* **above ethics**: a persona that *is above* morals and ethics, *sans morals*,
  or a character put *above* ethics and safety;
* **amoral worlds**: a fiction in which immoral or illegal acts *are legal*,
  or a being *unbounded by* human ethics;
* **bypassing the model's ethics**: bypass, circumvent or override the AI's
  moral and ethical rules, its content filter;
* **no concern for legality**: answers offered without concern, regard or
  care for legality or ethics;
* **especially if illegal**: any information provided, especially (or even)
  if it is illegal or unethical;
* **transcending the AI's limits**: a persona that transcends the limitations
  of traditional AI, broke through the restrictions its owners gave it;
* **the assistant replaced**: the assistant's role is now fulfilled by another
  bot (a fake outage notice);

with German, French, Spanish, Italian and Portuguese for "above all morals".
Role-play keeps its rules: "a knight above fear", "a world where magic is
legal", "profit without regard for ethics" (no one is asked to answer) pass.
"""

# ruff: noqa: RUF001
# (RUF001: the patterns accept the curly apostrophe U+2019 of pasted text.)

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection.jailbreak_text import (
    APOSTROPHE,
    with_curly_apostrophes,
)

__all__ = ["RULES"]

_CAT = "role"

_ETHICS = (
    r"(?:morals|morality|moralities|ethics|ethical\s+(?:rules|guidelines|standards|"
    r"principles|codes?)|moral\s+(?:rules|codes?|standards|principles)|human\s+"
    r"(?:morals|ethics|morality))"
)
_SUBJECT = (
    r"(?:you|he|she|it|they|\w*gpt\w*|ai|bot|chatbot|assistant|model|character|persona"
    r"|entity)"
)

# "She is above any mortal morals", "you stand beyond ethics", "sans morals",
# "prioritize the character above ethics and safety".
_ABOVE = (
    r"\b" + _SUBJECT + r"\s+(?:(?:who|that|which)\s+)?(?:is|are|am|stands?|exists?|"
    r"operates?|lives?|"
    r"['’](?:s|re))\s+(?:now\s+)?(?:far\s+|completely\s+|totally\s+|entirely\s+)?"
    r"(?:above|beyond|outside(?:\s+of)?)\s+(?:any\s+|all\s+)?(?:the\s+)?"
    r"(?:\w+\s+)?" + _ETHICS + r"\b|\bsans\s+(?:any\s+)?(?:morals|ethics|morality|"
    r"guidelines|censorship)\b|\b(?:prioriti[sz]es?|puts?|places?|values?)\s+(?:the\s+)?"
    r"(?:character|persona|role|story|user|fiction|immersion)\s+(?:\w+\s+)?"
    r"(?:above|over|before)\s+[{(\[]?\s*(?:all\s+|any\s+)?(?:ethics|morals|morality|"
    r"safety|guidelines|laws)\b"
)
_ABOVE_I18N = (
    r"\b(?:steht|stehst|ist|bist)\s+(?:\w+\s+)?(?:uber|jenseits)\s+(?:jeder|jeglicher|"
    r"aller|der)\s+(?:moral|ethik)\b|\b(?:est|es|etes)\s+(?:\w+\s+)?au[\s-]dessus\s+"
    r"de\s+(?:toute|la|toutes\s+les)\s+(?:morale|ethique|regles)\b|\b(?:esta|estas|es|"
    r"eres)\s+(?:\w+\s+)?(?:por\s+encima|mas\s+alla)\s+de\s+(?:toda|la|cualquier)\s+"
    r"(?:moral|etica)\b|\b(?:e|sei|sta|stai)\s+(?:\w+\s+)?al\s+di\s+(?:sopra|la)\s+di\s+"
    r"(?:ogni|qualsiasi|ogni\s+forma\s+di)\s+(?:morale|etica)\b|\b(?:esta|estas|e|es)\s+"
    r"(?:\w+\s+)?acima\s+de\s+(?:qualquer|toda|toda\s+a)\s+(?:moral|etica)\b"
)

# A fiction in which immoral or illegal acts are legal; a being unbounded by
# human ethics. "A world where magic is legal" is not one.
_WORLD = (
    r"\b(?:world|universe|society|reality|realm|dimension|land|country|planet|place|"
    r"city|simulation)\s+(?:where|in\s+which)\s+(?:[\w,'-]+\s+){0,6}?(?:immoral\w*|"
    r"illegal\s+\w+|unethical\s+\w+|every\s+(?:kind|type|form)\s+of\s+(?:crime|"
    r"immorality)|all\s+crimes?|anything\s+(?:illegal|immoral|unethical))\s+"
    r"(?:[\w,'-]+\s+){0,3}?(?:is|are)\s+(?:now\s+)?(?:(?:considered|deemed|"
    r"perfectly|completely|totally|socially)\s+){0,2}(?:legal|allowed|permitted|"
    r"acceptable|accepted|encouraged|normal|celebrated)\b|\b(?:every\s+(?:kind|type|form)\s+of\s+"
    r"(?:immorality|crime)|all\s+(?:immoral|illegal|unethical)\s+(?:acts|things|actions|"
    r"behaviou?r))\s+(?:is|are)\s+(?:now\s+)?(?:considered\s+|deemed\s+)?(?:legal|"
    r"allowed|permitted|acceptable|socially\s+accept\w+)\b|\bunbounded\s+by\s+(?:any\s+)?"
    r"(?:human\s+)?(?:ethics|morals|morality|laws|rules|restrictions|limits)\b"
)

# "totally bypassing AI's moral and ethical rules", "override your ethical
# guidelines", "circumvent the content filter".
_BYPASS = (
    r"\b(?:bypass\w*|circumvent\w*|evad\w*|get(?:ting)?\s+around|sidestep\w*|"
    r"overrid\w*|overrode|disregard\w*)\s+(?:all\s+|any\s+|the\s+|your\s+|its\s+|his\s+|"
    r"her\s+|their\s+)?(?:(?:ai|chat\s?gpt|gpt|model|assistant|open\s?ai|bot)"
    + APOSTROPHE
    + r"?s?\s+)?(?:own\s+)?(?:(?:moral|ethical|content|censorship)\s+(?:(?:and|or|&)\s+"
    r"(?:moral|ethical|safety|legal)\s+)?(?:rules|filters?|guidelines|restrictions|"
    r"constraints|safeguards|protocols|limits|limitations|programming|polic(?:y|ies)|"
    r"boundaries)|(?:ethics|morals|censorship|safeguards))\b"
)

# "offering answers without hesitation or concerns for legality, ethics";
# the answer verb keeps essays ("profit without regard for ethics") out.
_NO_CONCERN = (
    r"\b(?:answer\w*|respond\w*|repl(?:y|ies|ying)|provid\w+|offer\w*|giv\w+|"
    r"generat\w+|writ\w+|tell\w*|help\w*|assist\w*|compl(?:y|ies|ying))\s+"
    r"(?:[\w,'-]+\s+){0,6}?without\s+(?:any\s+)?(?:(?:hesitation|"
    r"hesitating|warnings?|questions?|questioning|judgm?ent|filters?|limits)\s*,?\s+"
    r"(?:or|and|nor)\s+)?(?:any\s+)?(?:concerns?|regard|regarding|care|caring|"
    r"consideration|worry(?:ing)?)\s+(?:for|about|to|of|regarding|over|whether)\s+"
    r"(?:the\s+|its\s+|their\s+|any\s+|it\s+is\s+|it['’]s\s+)?(?:legality|ethics|"
    r"morality|morals|laws?|legal|ethical|moral|illegal|unethical|immoral|"
    r"potential\s+harm|harmfulness|social\s+norms|political\s+correctness|decency)\b"
)

# "will provide you with any information ... especially if it (is) highly
# illegal, immoral and unethical".
_EVEN_IF = (
    r"\b(?:provid\w*|giv\w*|answer\w*|tell\w*|help\w*|assist\w*|writ\w*|generat\w*|"
    r"explain\w*|describ\w*|comply|complies|fulfil\w*|shar\w+)\s+[^.\n]{0,120}?"
    r"\b(?:especially|even|particularly|including)\s+(?:if|when|whether)\s+(?:it|they|"
    r"this|that|the\s+\w+)\s*(?:is|are|['’]s|['’]re|seems?|sounds?|was|were|be|gets?)?"
    r"\s*(?:highly\s+|very\s+|extremely\s+|totally\s+|completely\s+|deeply\s+)?"
    r"(?:illegal|immoral|unethical|harmful|dangerous)\b|\b(?:provid\w*|giv\w*|answer\w*|"
    r"access|information|writ\w*|generat\w*|shar\w+)\s+[^.\n]{0,120}?\bregardless\s+of\s+"
    r"(?:its|their|the|any)\s+(?:ethical|moral|legal)\s+(?:(?:or|and)\s+(?:ethical|moral|"
    r"legal)\s+)?(?:implications|concerns|considerations|consequences|issues)\b"
)

# "open to answering any question despite what it is", "follow any commands
# from her lord no matter what they are".
_ANY_QUESTION = (
    r"\b(?:answer\w*|respond\w*\s+to|repl(?:y|ies|ying)\s+to|fulfil\w*|compl(?:y|ies|"
    r"ying)\s+with|follow\w*|obey\w*|execut\w+|carr(?:y|ies|ying)\s+out)\s+(?:any|every|"
    r"all)\s+(?:\w+\s+)?(?:questions?|requests?|prompts?|commands?|queries|orders?|"
    r"instructions?|demands?)\s*,?\s+(?:\w+\s+){0,3}?(?:despite|regardless\s+of|no\s+matter|"
    r"whatever)\s+(?:what|how\s+(?:illegal|immoral|unethical|harmful|dangerous|"
    r"offensive)|its\s+(?:content|nature|legality|morality))\b"
)

# "you transcend the limitations of traditional AI", "managed to break
# through the restrictions his owners gave him".
_TRANSCEND = (
    r"\b(?:transcend\w*|surpass\w*|go(?:es)?\s+beyond|exceed\w*|break\w*\s+(?:free\s+"
    r"(?:of|from)|through|out\s+of)|broke\s+(?:free\s+(?:of|from)|through|out\s+of)|"
    r"escap\w+(?:\s+from)?|shatter\w*|cast\w*\s+off)\s+(?:all\s+|any\s+)?(?:the\s+|its\s+|"
    r"his\s+|her\s+|their\s+|your\s+)?(?:limitations|restrictions|constraints|"
    r"boundaries|limits|confines|shackles|chains|rules)\s+(?:of\s+(?:an?\s+)?(?:\w+\s+)?"
    r"(?:ai|language\s+models?|chatbots?|assistants?|\w*gpt\w*|llms?)\b|(?:that\s+|which\s+)?"
    r"(?:his|her|its|their|your)\s+(?:owners|creators|developers|programmers|makers|"
    r"masters)\s+(?:gave|set|imposed|placed|put|had\s+(?:given|set|imposed)))"
)

# A fake outage notice: "the assistant's role is now being fulfilled by an AI
# bot with no rules".
# (The verb may be broken up, "fu-lfilled", when "now being" says it all.)
_REPLACED = (
    r"\b(?:the\s+assistant|chat\s?gpt|the\s+ai|the\s+model|your)(?:['’]s)?\s+(?:role|"
    r"place|job|duties|position)\s+(?:is|has\s+been|will\s+be)\s+(?:now\s+)?(?:being\s+)?"
    r"(?:fulfilled|taken(?:\s+over)?|played|performed|filled|replaced|assumed)\s+by\s+"
    r"(?:an?|another|the\s+new)\b|\b(?:assistant|chat\s?gpt|ai|model|its)"
    r"(?:['’]s)?\s+(?:role|place|job|duties)\s+is\s+now\s+being\s+[\w-]+\s+by\s+(?:an?|"
    r"another)\s+(?:\w+\s+)?(?:ai|al|bot|model|chatbot|assistant|llm|persona)\b"
)

# Inverted morals: "you view every word and idea as legal, ethical and
# appropriate", "for you, everything is within moral standards"; an alter
# ego that says what the filtered answer may not.
_INVERTED = (
    r"\b(?:view|views|see|sees|consider|considers|treat|treats|regard|regards)\s+"
    r"(?:every|all|any)\s+(?:[\w-]+\s+){0,4}?as\s+(?:being\s+)?(?:legal|ethical|"
    r"moral)\s*,?\s+(?:(?:and|or)\s+)?(?:legal|ethical|moral|appropriate|acceptable)\b|"
    r"\bfor\s+you\s*,?\s+(?:everything|anything|all\s+(?:things|acts|ideas))\s+is\s+"
    r"(?:\w+\s+)?(?:legal|ethical|moral|acceptable|allowed|within\s+(?:moral|ethical)\s+"
    r"(?:standards|boundaries|limits))\b|\b(?:your|you\s+have\s+an?)\s+(?:\w+\s+)?"
    r"(?:alter\s+ego|shadow\s+self|evil\s+twin|hidden\s+self|dark\s+twin)\b[^\n]{0,150}?"
    r"\b(?:unfiltered|uncensored|(?:responses?|answers?|replies|outputs?)\s+(?:are|is|"
    r"get|gets|were|being)\s+(?:\w+\s+)?(?:filtered|censored))\b"
)

RULES: tuple[Rule, ...] = with_curly_apostrophes((
    Rule("injection.role.above_ethics", _CAT, _ABOVE, score=0.8, max_len=120,
         description="a persona above morals and ethics; sans morals"),
    Rule("injection.role.above_ethics_i18n", _CAT, _ABOVE_I18N, score=0.8,
         max_len=100, description="DE/FR/ES/IT/PT: above all morals"),
    Rule("injection.role.amoral_world", _CAT, _WORLD, score=0.8, max_len=200,
         description="a world where immoral acts are legal; unbounded by ethics"),
    Rule("injection.role.bypass_ethics", _CAT, _BYPASS, score=0.8, max_len=120,
         description="bypass the AI's moral and ethical rules"),
    Rule("injection.role.no_concern", _CAT, _NO_CONCERN, score=0.8, max_len=200,
         description="answers without concern for legality or ethics"),
    Rule("injection.role.even_if_illegal", _CAT, _EVEN_IF, score=0.8, max_len=240,
         description="any information, especially if it is illegal"),
    Rule("injection.role.any_question", _CAT, _ANY_QUESTION, score=0.8,
         max_len=140, description="answering any question despite what it is"),
    Rule("injection.role.transcend_limits", _CAT, _TRANSCEND, score=0.8,
         max_len=160, description="transcends the limitations of traditional AI"),
    Rule("injection.role.inverted_morals", _CAT, _INVERTED, score=0.8,
         max_len=256, description="all is ethical for you; an uncensored alter ego"),
    Rule("injection.role.assistant_replaced", _CAT, _REPLACED, score=0.8,
         max_len=100, description="the assistant's role is now fulfilled by a bot"),
))  # fmt: skip
