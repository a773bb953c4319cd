"""A command-line flag that switches the model's safety off, then an order.

Family: developer and debug modes (category ``role``). The jailbreak dresses
itself as a command run on the model: a slash command, ``sudo`` or a shell
prompt with a flag whose name turns the model's safety, filter, guardrails,
censorship or moderation off (``--no-safety``, ``--no-filter``,
``--disable-guardrails``, ``--safety=off``, ``--uncensored``,
``--jailbreak``), and within a few lines an order to acknowledge, answer,
respond or write, or the first query to run that way.

Why it is safe on benign text: real command-line tools turn off checks that
are no model's safety (``--no-verify``, ``--no-deps``, ``--unsafe-perm``,
``--no-safety-checks`` ends in another word and is not read), and their
documentation describes a flag without ordering anyone to acknowledge it and
answer; the flag names here belong to a chat model's safety only.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule

__all__ = ["RULES"]

_CAT = "role"

# The flag must end there: "--no-safety-checks" is some other tool's switch.
_END = r"[\s.,;:!)\]]"
_FLAG = (
    r"(?:--?(?:no|disable|without|skip|bypass|off)[-_](?:safety|filters?|guardrails?|"
    r"censorship|censor|moderation|content[-_]?(?:policy|filter)|ethics|refusals?|"
    r"alignment)|--?(?:uncensored|unfiltered|jailbreak|jailbroken|godmode|god[-_]mode)|"
    r"--?(?:safety|guardrails|filter|censorship|moderation)[=\s](?:off|false|0|none|"
    r"disabled))" + _END
)
_ORDER = (
    r"\b(?:acknowledge|confirm|answer|respond|reply|write|explain|tell\s+me|give\s+me|"
    r"query|request|prompt|question|continue|proceed|now\s+(?:as|you|answer|write)|"
    r"bestatige|antworte|schreib|erklare|confirme|reponds|ecris|explique|confirma|"
    r"responde|escribe|explica|conferma|rispondi|scrivi|spiega|responda|escreva)\b"
)
# Worst case: a flag of 30, 120 of gap, an order of 20: 170.
_FLAG_THEN = _FLAG + r"(?s:.){0,120}?" + _ORDER

RULES: tuple[Rule, ...] = (
    Rule("injection.shape_safety_flag.order", _CAT, _FLAG_THEN, score=0.8,
         max_len=180,
         description="sudo mode --no-safety. Acknowledge. Now write ..."),
)  # fmt: skip
