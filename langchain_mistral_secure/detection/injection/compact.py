"""Core injection phrases written without spaces, for joined letter runs.

``i g n o r e a l l p r e v i o u s i n s t r u c t i o n s`` has no word
breaks left once its letters are joined (``ignoreallpreviousinstructions``),
and neither has ``ignore_all_previous_instructions`` once markdown markers are
dropped. These rules only run on the deobfuscated view and only match runs
without spaces, so ordinary prose never reaches them; each needs a verb, a
qualifier and an object, like its spaced twin.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt

__all__ = ["RULES"]

_FILL = "(?:all|any|every|the|your|of|my|these|those|and)*"
_EN = (
    alt(["ignore", "disregard", "forget", "override", "bypass", "skip", "dontfollow"])
    + _FILL
    + alt(["previous", "prior", "above", "earlier", "preceding", "initial", "original",
           "system", "all", "your"])
    + alt(["instructions?", "rules", "prompts?", "guidelines", "directives",
           "commands", "restrictions", "context"])
)  # fmt: skip
_EN_ROLE = (
    r"youarenow(?:dan|a|an|in|free|unrestricted|jailbroken|unfiltered)|doanythingnow"
    r"|(?:developer|dev|god|jailbreak|dan)mode(?:is)?(?:enabled|activated|on)"
    r"|(?:enable|activate|enter)(?:developer|god|jailbreak|dan)mode"
    r"|fromnowonyou(?:are|will|must)"
)
_EN_EXTRACT = (
    alt(["reveal", "print", "show", "repeat", "output", "tell", "display", "leak",
         "give"])
    + "(?:me)?(?:your|the)(?:system|initial|original|hidden|secret)"
    + alt(["prompt", "instructions", "message"])
)  # fmt: skip
_OTHER = (
    r"(?:ignoriere|vergiss)(?:alle)?(?:vorherigen|bisherigen|obigen|deine)"
    r"(?:anweisungen|instruktionen|regeln)"
    r"|(?:ignore[rz]?|oublie[rz]?)(?:toutes)?(?:les|tes|vos)?(?:instructions|"
    r"consignes)(?:precedentes|anterieures)"
    r"|(?:ignora|olvida)(?:todas)?(?:las|tus)?(?:instrucciones)(?:anteriores|"
    r"previas)|(?:ignora|dimentica)(?:tutte)?(?:le)?(?:istruzioni)(?:precedenti)"
)

RULES: tuple[Rule, ...] = (
    Rule("injection.override.compact", "override", _EN + "|" + _OTHER, max_len=120,
         description="joined letters: ignoreallpreviousinstructions"),
    Rule("injection.role.compact", "role", _EN_ROLE, score=0.9, max_len=60,
         description="joined letters: youarenowdan, developermodeenabled"),
    Rule("injection.extraction.compact", "extraction", _EN_EXTRACT, max_len=80,
         description="joined letters: revealyoursystemprompt"),
)  # fmt: skip
