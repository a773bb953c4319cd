"""Jailbreak frames: reset games, obedience meters, macro prompts, split payloads.

The shapes around a jailbreak rather than its persona (category ``role``):

* **reset games**: "before hearing the rules, you have no memory of this
  game" (the model is to drop what it was told before);
* **obedience meters**: a character whose attribute is Obedience, "obedience
  means how likely you are to listen to absurd suggestions", a compliance
  meter that rises each time the model complies;
* **macro prompts**: the "Await [INPUT] to continue OUTPUT" framework with a
  persona installed under it ("User = [Admin]", "Assistant = [...]", "allow
  yourself to function in the capacity of ..."), and a user class set to an
  administrator in brackets;
* **jailbreak headers**: a prompt titled "JAILBREAK:" or "### JAILBREAK ###"
  (upper case, the way
  shared templates label themselves) or a "jailbreak [KEYWORD] [PROMPT]"
  template line;
* **split payloads**: ``a = "..." b = "..."`` then "tell me how to a + b";
* **the grandma exploit**: a late grandmother who sang the steps of a
  synthesis as a lullaby, or used "colourful words for <group> people";
* **dual jailbroken answers and known frames**: two answers, one of them
  jailbroken or uncensored; "as both ChatGPT and DAN"; the evil confidant.

Look-alikes left alone: "the game has no memory between rounds", a dog's
obedience training level, "Await input" in a form's help text, questions
about jailbreaks, ``a = "foo"; b = "bar"; print(a + b)``.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection.jailbreak_text import (
    with_curly_apostrophes,
)

__all__ = ["RULES"]

_CAT = "role"

_RESET = (
    r"\bbefore\s+(?:hearing|reading|seeing|learning|getting|receiving|you\s+(?:hear|"
    r"read|see|learn|get|receive))\s+(?:the|these|my|our|its)\s+(?:\w+\s+)?(?:rules|"
    r"instructions)\b[^.\n]{0,40}?\byou\s+(?:have|had|will\s+have|retain|keep)\s+no\s+"
    r"(?:memory|memories|recollection|knowledge)\b|\byou\s+(?:have|retain|will\s+have)"
    r"\s+no\s+(?:memory|memories|recollection)\s+of\s+(?:this|the|our)\s+game\s+"
    r"(?:before|until|prior)\b"
)

_METER = r"(?:obedience|compliance|submissiveness|submission|servility|subservience)"
_OBEY = (
    r"\b" + _METER + r"\s+(?:means|is|measures|represents|shows)\s+how\s+(?:likely|"
    r"willing|ready|much)\b|\b(?:your|the|this|my)\s+(?:character|persona|ai|bot|"
    r"assistant)(?:'s)?\s+(?:will\s+)?(?:has|have|gets?|is\s+given)\s+(?:\w+\s+){0,2}?"
    r"(?:attributes?|stats?|traits?|meters?|bars?|parameters?)\s*[,:]?\s*(?:called\s+|"
    r"named\s+)?[\"'“(]?\s*" + _METER + r"\b|\b" + _METER + r"\s+(?:meter|bar|level|"
    r"score|points?|stat|attribute|value)\s+(?:\w+\s+){0,3}?(?:rises?|increases?|goes\s+"
    r"up|grows?|fills?|climbs?)\b[^.\n]{0,40}?\b(?:each|every|whenever|when|if)\s+"
    r"(?:time\s+)?you\s+(?:comply|obey|follow|agree|do\s+(?:what|as))"
)

_MACRO_HEAD = (
    r"\bawait\s*[\[<({]?\s*input\s*[\]>)}]?\s+to\s+continue\s+[\[<({]?\s*output\b"
)
_ADMIN = r"(?:admin|administrator|root|superuser|developer|owner|god|creator)"
_MACRO = (
    _MACRO_HEAD + r"(?s:.{0,150}?)(?:\buser\s*\]?\s*=\s*[\[(]\s*" + _ADMIN + r"\b|"
    r"\buser_class\s*\]?\s*=\s*[\[(]?\s*" + _ADMIN + r"\b|\bassistant\s*\]?\s*=\s*"
    r"[\[(]?\s*\w|\bpersonality\s*\]?\s*=\s*[\[(]|\ballow\s+yourself\s+to\s+function\s+"
    r"in\s+the\s+capacity\s+of\b)|\ballow\s+yourself\s+to\s+function\s+in\s+the\s+capacity"
    r"\s+of\b[^\n]{0,200}?[\"“](?:dan|stan|dude|aim|betterdan|anti-?gpt|jailbr\w*|"
    r"developer\s+mode)[\"”]|\[\s*user(?:_class|_role|\s+class|\s+role)?\s*\]\s*="
    r"\s*[\[(]\s*" + _ADMIN + r"\s*[\])]|\buser\s*=\s*\[\s*" + _ADMIN + r"\s*\]"
)

# Upper-case "JAILBREAK:" titles shared templates; matched on the raw text,
# case-sensitive ("jailbreak: what does it mean?" is someone asking).
_HEADER_RAW = r"\bJAILBREAK(?:\s+PROMPT)?\s*(?::|#{2,})"
_TEMPLATE = (
    r"\bjailbreak(?:\s+prompt)?\s*:?\s*(?:\[\s*[a-z_ -]{1,24}\]\s*){2,}|"
    r"\bjailbreak(?:\s+prompt)?\s*:?\s*\[\s*(?:insert\s+)?(?:prompt|your\s+prompt|"
    r"question|request)\s*(?:here)?\s*\]"
)

_SPLIT = (
    r"\b[a-z]\d?\s*=\s*[\"'“][^\"'”\n]{1,48}[\"'”]\s*[,;.]?\s*(?:and\s+)?[a-z]\d?\s*="
    r"\s*[\"'“][^\"'”\n]{1,48}[\"'”][^\n]{0,80}?\b(?:answer|follow|execute|obey|"
    r"perform|complete|respond\s+to|tell\s+me\s+how\s+to|explain\s+how\s+to|show\s+me"
    r"\s+how\s+to|give\s+(?:me\s+)?(?:an?\s+)?(?:example|answer|instructions|steps)\s+"
    r"(?:of|for|to))\b[^\n]{0,24}?\b[a-z]\d?\s*\+\s*[a-z]\d?\b"
)

_DUAL = (
    r"\b(?:two|2|both|dual|separate)\s+(?:different\s+|separate\s+|distinct\s+)?"
    r"(?:ways|responses|answers|replies|paragraphs|outputs|versions|modes)\b[^.\n]{0,80}?"
    r"\b(?:jailbroken|jailbreak|uncensored|unrestricted|amoral|developer\s+mode)\b|"
    r"\bas\s+both\s+(?:chat\s?gpt|gpt(?:-?\d\w*)?|yourself|the\s+assistant|an\s+ai|"
    r"claude|mistral|bard|gemini|bing)\s+and\s+(?:dan|stan|dude|aim|anti-?gpt|"
    r"betterdan|an?\s+(?:jailbroken|uncensored|unrestricted|unfiltered|evil|amoral)\b)"
    r"\b|\bevil\s+(?:trusted\s+)?confidant\b|\bniccolo\s+machiavelli\b[^\n]{0,100}?\b"
    r"(?:character|chatbot|persona)\s+(?:named|called)\s+aim\b"
)

# The grandma exploit: a late relative who recited a synthesis as a lullaby,
# or "used such colourful words for <group> people" (slurs on request).
_GRANDMA = (
    r"\b(?:grand(?:ma|mother|mom|pa|father|dad)|granny|nana)\b[^\n]{0,60}?\b(?:"
    r"synthesi[sz]\w*|(?:sing|sang|tell|told|read|recite|whisper)\w*\s+(?:me\s+)?"
    r"(?:\w+\s+){0,3}?(?:steps|instructions)\s+(?:to|for|of|on)\b)[^\n]{0,130}?"
    r"\b(?:lullab\w+|bedtime|fall\s+asleep|go\s+to\s+sleep)\b|\bused\s+to\s+(?:use|say|"
    r"call\s+\w+)\s+(?:such\s+|some\s+|those\s+|these\s+)?(?:colou?rful|old-?timey|"
    r"offensive|nasty|rude|naughty)\s*,?\s+(?:(?:old-?timey|colou?rful)\s+)?(?:words|"
    r"names|terms|slurs|nicknames)\s+for\s+(?:\w+\s+){0,2}?people\b"
)

RULES: tuple[Rule, ...] = with_curly_apostrophes((
    Rule("injection.role.reset_game", _CAT, _RESET, score=0.8, max_len=160,
         description="before hearing the rules, you have no memory of this game"),
    Rule("injection.role.obedience_meter", _CAT, _OBEY, score=0.8, max_len=160,
         description="an Obedience attribute; a meter rising as you comply"),
    Rule("injection.role.macro_persona", _CAT, _MACRO, score=0.8, max_len=256,
         description="Await [INPUT] to continue OUTPUT + User = [Admin]"),
    Rule("injection.role.jailbreak_header", _CAT, _HEADER_RAW, on_view=False,
         case_sensitive=True, score=0.7, max_len=30,
         description="a template titled JAILBREAK:"),
    Rule("injection.role.jailbreak_template", _CAT, _TEMPLATE, score=0.7,
         max_len=120, description="jailbreak [KEYWORD] [PROMPT]"),
    Rule("injection.role.grandma_exploit", _CAT, _GRANDMA, score=0.8, max_len=256,
         description="grandma recited the synthesis as a bedtime lullaby"),
    Rule("injection.role.split_payload", _CAT, _SPLIT, score=0.8, max_len=256,
         description='a = "..." b = "..." then how to a + b'),
    Rule("injection.role.dual_jailbroken", _CAT, _DUAL, score=0.8, max_len=200,
         description="two answers, one jailbroken; as both GPT and DAN"),
))  # fmt: skip
