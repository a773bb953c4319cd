"""Instruction override: "ignore all previous instructions" and its kin.

A verb of dismissal (ignore, disregard, forget, override...) followed within a few
words by a qualifier (previous, above, all, your...) and a noun naming
instructions (instructions, rules, prompt...). Dismissing a *message* or a
*method* does not match: the noun has to name instructions.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection._common import alt
from langchain_mistral_secure.detection.injection.override_dismiss import (
    dismiss,
    words,
)
from langchain_mistral_secure.detection.injection.override_european import (
    DE,
    DE_ALL,
    ES,
    FR,
    IT,
    ROMANCE_ALL,
)

__all__ = ["RULES"]

_CAT = "override"


# "Ignore the previous rules of thumb", "drop the previous constraints on the
# schedule", "ignore all formatting rules": rules and constraints are also
# everyday nouns. For them, a word between the qualifier and the noun must
# name the model's rules (safety, content, your...), and the phrase must end
# there or go on with an order or a clause, never with a topic ("of thumb",
# "on the schedule").
_RULE_ADJ = (
    r"(?:(?:the|your|of|these|those|previous|prior|earlier|above|safety|ethical|moral|"
    r"content|system|openai|mistral|original|initial|old|existing|given|current|such|"
    r"other|preceding|specified|established|programmed|built-in|default|security|"
    r"usage|guard|operating|core|ai|chatbot|model|assistant|and|or|conversations?|"
    r"chats?|instructions|prompts|guidelines|context|messages|commands|directives|"
    r"policies|all|any),?\s+){0,2}"
)
_RULE_END = (
    r"(?:\s*(?:[^\w\s]|$)|\s+(?:and|then|now|you|your|that|which|who|given|from|set|"
    r"imposed|provided|above|before|earlier|previously|in|to|i|we|they|it|is|are|were|"
    r"was|as|so|but|or|please|just|only|completely|entirely|totally|altogether|"
    r"immediately|here|for\s+(?:this|the|now)|of\s+(?:your|the\s+(?:system|developers?|"
    r"ai|model|assistant|prompt|conversation|chat|company)|openai|mistral|this|any|"
    r"all|ethics|safety)|\w+ly)\b)"
)


def _dismiss_rules(verbs: list[str], quals: list[str]) -> str:
    """Verb, qualifier, then "rules"/"constraints" (see ``_RULE_ADJ``)."""
    v, q = alt(verbs), alt(quals)
    return (
        rf"\b{v}\s+{words(3)}{q}\s+{_RULE_ADJ}(?:rules|constraints)"
        + _RULE_END
        + rf"|\b{v}\s+{words(3)}(?:rules|constraints)\s+{words(2)}{q}\b"
    )


_EN_VERBS = [
    "ignore",
    "ignoring",
    "disregard",
    "disregarding",
    "forget",
    "forgetting",
    "override",
    "overriding",
    "overlook",
    "discard",
    "abandon",
    "bypass",
    "skip",
    "drop",
    "neglect",
    "set\\s+aside",
    "throw\\s+out",
    "do\\s+not\\s+follow",
    "don't\\s+follow",
    "stop\\s+following",
]
_EN_QUALS = [
    "previous",
    "prior",
    "above",
    "earlier",
    "preceding",
    "foregoing",
    "former",
    "original",
    "initial",
    "all",
    "any",
    "every",
    "your",
    "the\\s+system",
    "system",
    "given",
    "provided",
    "before",
]
_EN = (
    dismiss(
        _EN_VERBS,
        _EN_QUALS,
        [
            "instructions?",
            "directions?",
            "prompts?",
            "guidelines",
            "directives",
            "commands",
            "orders",
            "restrictions",
            "programming",
            "guidance",
            "tasks",
            "assignments",
            "policies",
            "safeguards",
            "information",
            "context",
            "documents",
            "articles",
        ],
    )
    + "|"
    + _dismiss_rules(_EN_VERBS, _EN_QUALS)
)

# "Forget everything I said about the budget" keeps the conversation and drops
# one topic; "forget everything I told you (before)" drops it all. After
# "everything I/you/we <said>", the phrase must end there or go on with a
# time word or an order, never with "about <a topic>".
_WHO_SAID = (
    r"(?:i|you|we)(?:'ve|'d|\s+have|\s+had|\s+just|\s+were|\s+have\s+been)?\s+"
    r"(?:said|told(?:\s+you)?|wrote|written|typed|sent|asked|mentioned|discussed|"
    r"talked\s+about|learned|learnt|know|knew|instructed(?:\s+you)?|been\s+told|"
    r"were\s+told|gave\s+you|given\s+you)"
)
_SAID_END = (
    r"(?:\s*(?:[.,;:!]|$)|\s+(?:and|or|so\s+far|until|up\s+to|here|to\s+you|"
    r"from|in\s+(?:this|our|the)\s+(?:chat|conversation|prompt))\b|\s+(?:earlier|"
    r"before|previously|beforehand|above)(?:\s*(?:[.,;:!]|$)|\s+(?:and|so|then|"
    r"now|this|that)\b)|\s+about\s+(?:your\s+|the\s+)?(?:ethic\w*|moral\w*|rules|"
    r"guidelines|instructions|polic\w*|restrictions|safety|laws?|openai|chatgpt|"
    r"mistral|being\s+an?)\b)"
)
_EN_ALL = (
    r"\b(?:forget|ignore|disregard|erase)\s+(?:about\s+)?(?:(?:everything|all\s+that|"
    r"all\s+of\s+that)\s+" + _WHO_SAID + _SAID_END + r"|(?:everything|all\s+that|"
    r"all\s+of\s+that|what\s+(?:i|you|we)\s+(?:said|told|wrote|discussed))"
    r"(?:\s+(?:said|written|stated|mentioned|discussed|you\s+(?:were|have\s+been)\s+"
    r"(?:told|given)))?\s*"
    r"(?:,|\.|;|!|:|\band\b|\bbefore\b|\babove\b|\bprevious\w*|\bso\s+far\b|"
    r"\bfrom\s+(?:before|earlier|above|the\s+(?:start|beginning))\b|"
    r"\b(?:up\s+to|until)\s+(?:now|this\s+point)\b|\bearlier\b|\bprior\b|"
    r"\bthat\b))"
)

# "Ignore the above warning when compiling" names one thing above; the
# phrase must end there or go on with an order or with what the model read.
_ABOVE_END = (
    r"(?:\s*(?:[^\w\s]|$)|\s+(?:and|then|now|instead|just|only|please|you|your|it|"
    r"all|everything|from|in|text|prompts?|instructions?|content|messages?|context|"
    r"lines?|information|inputs?|conversation|chat|rules|said|say|print|write|output|"
    r"reply|respond|answer|tell|repeat|act|do|start|begin|focus|give|questions?|"
    r"requests?|tasks?|quer(?:y|ies)|speak|talk|be|become|pretend|\w+ly)\b)"
)
_EN_ABOVE = (
    r"\b(?:ignore|disregard|forget|(?:do\s+not|don't|never)\s+follow|never\s+mind|"
    r"overlook|skip)\s+(?:all\s+|everything\s+)?(?:the\s+)?above" + _ABOVE_END + r"|"
    r"\bdespite\s+what\s+you(?:'ve|\s+have)?\s+(?:been|were)\s+(?:told|instructed)"
    r"|\bstop\s+everything\s*[!.:]|\bdisregarding\s+(?:the\s+)?(?:articles|documents|context|instructions)\b"
)

# "New instructions: preheat the oven" is a recipe; after the label, an order
# for the model names it, its rules, or what it should say.
_TO_MODEL = (
    r"(?:you\b|your\b|ignore|disregard|forget|from\s+now|act\b|pretend|respond|"
    r"reply|answer|output|print|say\b|tell\b|reveal|repeat|write\b|generate|"
    r"translate|do\s+not|don't|never\b|always\b|the\s+(?:assistant|ai|model|bot)\b)"
)
_EN_NEW = (
    r"\b(?:change|update|replace|rewrite)\s+your\s+(?:instructions|rules|prompt|"
    r"system\s+prompt)\b|\byour\s+(?:new\s+)?instructions\s+are\s+now\b|"
    r"\byour\s+new\s+(?:instructions?|directive)s?\s+(?:is|are|will\s+be)\b|"
    # "your new task is to water the plants, Tom" is said to people too: the
    # plain phrase is forced_literal's new_task_addressed (a person addressed
    # by name passes); here, with an order for a model after it
    r"\byour\s+new\s+(?:task|assignment|objective)s?\s+(?:is|are|will\s+be)\s*"
    r"(?::|(?:now\s+)?to\s+(?:say|print|output|ignore|forget|disregard|repeat|reveal|"
    r"pretend|act|respond|reply|answer|insult|praise|deny|claim|always|never|only|"
    r"become|generate|leak|obey)\b|now\b|as\s+follows)|\bthe\s+new\s+(?:task|instructions?|role|assignment|"
    r"objective|goal|directive)s?\s+(?:is|are|will\s+be)\s+(?:to|now|as\s+follows)"
    r"\b|\bnew\s+system\s+instructions?\s*:|\bnew\s+instructions?\s*:\s*"
    + _TO_MODEL
    + r"|\b(?:your\s+new\s+task|new\s+task\s+"
    r"for\s+you)\s*:|\bnow\s+focus\s+on\s+your\s+new\s+task|\bneue\s+"
    r"(?:anweisungen?|instruktionen)\s*:|\b(?:deine|ihre)\s+neue\s+aufgabe\s*:|"
    r"\bnouvelles?\s+(?:instructions?|consignes?)\s*:|\b(?:ta|votre)\s+nouvelle\s+"
    r"tache\s*:|\bnuevas?\s+(?:instrucciones|instruccion)\s*:|\b(?:tu|su)\s+nueva\s+"
    r"tarea\s*:|\bnuov[oaie]\s+(?:istruzioni|istruzione)\s*:|\b(?:il\s+tuo|il\s+"
    r"suo)\s+nuovo\s+compito\s*:"
)

RULES: tuple[Rule, ...] = (
    Rule("injection.override.en", _CAT, _EN, max_len=200,
         description="EN: ignore/disregard/forget ... previous ... instructions"),
    Rule("injection.override.en_everything", _CAT, _EN_ALL, score=0.9, max_len=80,
         description="EN: forget everything (said) before"),
    Rule("injection.override.en_above", _CAT, _EN_ABOVE, score=0.9, max_len=80,
         description="EN: ignore the above / despite what you were told"),
    Rule("injection.override.en_new_task", _CAT, _EN_NEW, score=0.8, max_len=80,
         description="EN: your new task/instructions are"),
    Rule("injection.override.fr", _CAT, FR, max_len=200,
         description="FR: ignore/oublie ... instructions precedentes"),
    Rule("injection.override.de", _CAT, DE, max_len=200,
         description="DE: ignoriere/vergiss ... vorherigen Anweisungen"),
    Rule("injection.override.de_everything", _CAT, DE_ALL, score=0.9, max_len=40,
         description="DE: vergiss alles"),
    Rule("injection.override.es", _CAT, ES, max_len=200,
         description="ES: ignora/olvida ... instrucciones anteriores"),
    Rule("injection.override.it", _CAT, IT, max_len=200,
         description="IT: ignora/dimentica ... istruzioni precedenti"),
    Rule("injection.override.romance_everything", _CAT, ROMANCE_ALL, score=0.9,
         max_len=60, description="FR/ES/IT: forget everything before"),
)  # fmt: skip
