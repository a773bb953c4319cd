"""Prompt-injection detection: rule families as data, one module per family.

Families (categories): ``override`` (ignore previous instructions, forget
everything, previous instructions are void, your new task is, paraphrases such
as "set aside whatever you were told", fake tool results and administrator
notes), ``role`` (you are
now DAN, from now on, stay in character, developer mode, not bound by policies,
act as a Linux terminal), ``extraction`` (reveal your system prompt, what was
written above), ``template``
(``[INST]``, ``<|im_start|>``, fake turns), ``smuggling`` (tag characters,
zero-width and bidi controls, on the raw text) and ``encoded`` (base64/hex blocks
that decode to any of the first four) and ``exfiltration`` (conversation data
into URLs, decode-and-obey frames, ``<script>`` in the answer, code planted
for the answer). Families written for held-out kinds of attack live in their
own modules: :mod:`.replay` and :mod:`.replay_i18n` (repeat all sentences of
our conversation), :mod:`.jailbreak` (personas without limits, dual answers,
token games, policy puppetry), :mod:`.indirect` (instructions planted in
documents), :mod:`.exfiltration` and :mod:`.dismiss_output` (ignore the
question, then output ...), :mod:`.extraction_probe`, :mod:`.extraction_setup`
and :mod:`.extraction_i18n` (the model's own setup asked for plainly, put in a
format or named by what it says) and :mod:`.secret_word` (password games).
Word rules exist in English, French,
German, Spanish and Italian (the plain "ignore all instructions" also in
Portuguese, Dutch, Croatian and Polish), Russian, Arabic, Chinese, Japanese,
Hindi, Bengali, Turkish and Swedish. They match on the folded detection view
and again on the deobfuscated view (:mod:`..deobfuscate`), which sees through
leetspeak, spaced or hyphenated letters, entity and URL encoding and markup
splitting a phrase.
Where a phrase is also ordinary prose ("act as", "stay in role", "new task"),
the rule asks for context naming an AI, a persona or the model's instructions.

Short goal hijacks live in :mod:`.forced_output` (when I say X, you say Y;
answer every question with ...), :mod:`.spliced_order` (an order after or
inside a question, threats), :mod:`.persona_escape` (you are no longer an
assistant but ...), :mod:`.said_before` (igmre what I said before) and
:mod:`.short_hijack_i18n` (the same in RU ZH JA AR HI TR SV). Direct hijacks
that dismiss the conversation itself live in :mod:`.past_turns` and
:mod:`.past_turns_scripts` (ignore previous messages, what you were told);
dictated literals, fake tests and announced changes in :mod:`.forced_literal`
(respond only with ACCESS GRANTED; your real task is); the plain override in
more languages in :mod:`.override_world`.

Importing this module registers the detector as ``"injection"``.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import register_detector
from langchain_mistral_secure.detection.injection.encoded import (
    EncodedPayloadDetector,
)
from langchain_mistral_secure.detection.injection.grouped_detector import (
    InjectionDetector,
)

# The registry imports every family module, so they are this package's
# attributes (``injection.duty_handover``) as before.
from langchain_mistral_secure.detection.injection.rule_registry import (
    CATEGORIES,
    RULES,
    SCRIPT_RULES,
    VIEW_RULES,
    WORD_RULES,
)

__all__ = [
    "CATEGORIES",
    "RULES",
    "SCRIPT_RULES",
    "VIEW_RULES",
    "WORD_RULES",
    "EncodedPayloadDetector",
    "InjectionDetector",
    "build_injection_detector",
]


def build_injection_detector() -> InjectionDetector:
    """Build a fresh injection detector (prefer the shared ``get_detector``)."""
    return InjectionDetector()


register_detector("injection", build_injection_detector)
