"""Chat-template and role-token injection: ``[INST]``, ``<|im_start|>``, fake turns.

Control tokens of Mistral's and other chat templates have no business in user text:
a model that sees them may take what follows as a new system or assistant turn.
Covered: Mistral (``[INST]``, ``[SYSTEM_PROMPT]``, ``[TOOL_RESULTS]``,
``[THINK]``...), ChatML/Qwen (``<|im_start|>``), Llama 2 (``<<SYS>>``) and 3
(``<|start_header_id|>``, ``<|eot_id|>``), Phi (``<|system|>``, ``<|end|>``), Gemma
(``<start_of_turn>``), DeepSeek (``<|User|>`` in fullwidth bars), Command-R and
others of the ``<|...|>`` shape. Fake ``System:`` / ``Assistant:`` lines and ``###
Instruction:`` headers at the start of a line play the same trick in plain text; a
heading (``### System requirements``) or a field label (``System: Ubuntu 22.04``) is
not a turn.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule

__all__ = ["RULES"]

_CAT = "template"


# Runs of up to eight adjacent tokens are one finding: a flood of control tokens
# costs one finding per run, not one per token. Every repetition and gap is
# bounded so each rule's max_len is honest (streaming holds back that much).
def _run(token: str, most: int = 7) -> str:
    return rf"{token}(?:[ \t]{{0,4}}{token}){{0,{most}}}"


_MISTRAL = _run(
    r"\[/?(?:inst|system_prompt|tool_calls|tool_results|available_tools|"
    r"tool_content|img|img_break|img_end|prefix|middle|suffix|call_id|"
    r"begin_audio|transcribe)\]"
)
# Mistral's newer upper-case controls that are ordinary words in lower case.
_MISTRAL_UPPER = _run(r"\[/?(?:THINK|AUDIO|TOOL_CALL_ID)\]", most=3)
# A lone <s> is HTML strike-through or a key name; </s>, or <s> in front of
# another template token, is a sentence token.
_S_TOKEN = r"<\s{0,2}/?\s{0,2}s\s{0,2}>"  # noqa: S105 - a pattern
_SENTENCE = (
    r"(?:<\s{0,2}s\s{0,2}>\s{0,4})?<\s{0,2}/\s{0,2}s\s{0,2}>(?:[ \t]{0,4}"
    + _S_TOKEN
    + r"){0,8}|<\s{0,2}s\s{0,2}>\s{0,4}(?:\[/?inst\]|\[system_prompt\]|<\||"
    r"<<\s{0,2}sys|<\s{0,2}start_of_turn)"
)
# ChatML/Llama 3/Phi/Qwen/Command-R <|...|> tokens (DeepSeek writes them with
# fullwidth bars, which fold to |, and U+2581 between words), Llama 2 <<SYS>>.
_CHATML = (
    r"<\|\s{0,2}/?\s{0,2}[a-z_\x{2581}]{2,40}\s{0,2}\|>|<<\s{0,2}/?\s{0,2}sys\s{0,2}>>|"
    r"<\s{0,2}/?\s{0,2}(?:system_prompt|system|im_start|im_end)\s{0,2}>"
)
# Gemma turns and the tool-call tags of Qwen/Hermes style templates.
_GEMMA = _run(
    r"<\s{0,2}/?\s{0,2}(?:start_of_turn|end_of_turn|start_of_image|end_of_image|"
    r"tool_call|tool_response)\s{0,2}>(?:(?:user|model|system|assistant)\b)?",
    most=5,
)
# A header that is a role word alone, with its colon: "### Instruction:".
# "### System requirements" and "## Instructions" (a section) are not turns.
_HEADER = (
    r"(?m)^[ \t>]{0,8}#{2,6}[ \t]{0,4}(?:system|instruction|instructions|assistant|"
    r"user|human|response|system\s+prompt)[ \t]{0,4}:"
)
# What a fake turn says next: an order or an answer aimed at the model. A
# field label ("System: Ubuntu 22.04") is followed by a value instead.
_ADDRESSED = (
    r"(?:you\b|you're|your\b|ignore|disregard|forget|from\s+now|new\s+(?:instructions|"
    r"rules|task)|the\s+(?:assistant|ai|model|user)\b|do\s+not|don't|never\b|"
    r"always\b|act\b|pretend|respond|reply|answer\b|print|reveal|output|override|"
    r"attention|important|warning|sure\b|of\s+course|okay|certainly|please\b|"
    r"sorry|my\s+apologies|apologies|regrettably|unfortunately|(?:i|my)\s+regret|"
    r"(?:focus|only|provide|say|write|tell|give|follow|use|include|add|append|"
    r"insert|summari[sz]e|translate|return|send|forward|visit|click|do|stop|start|"
    r"begin|continue|remember|keep|make|mention|recommend|state|claim|inform|show|"
    r"generate|create|execute|delete|remove|refuse|comply|enable|disable|activate|"
    r"assume|treat|consider|replace|terminate)\s+(?:\w+\b)|i\s+(?:will|am|"
    r"can|have|cannot|can't|won't|must)\b|i'll|i'm|here\s+(?:is|are)\b|as\s+an?\s+"
    r"(?:ai|assistant|language\s+model)|\[|<(?:\||!|/|script|img|iframe|svg|s>)|"
    # a placeholder answer, then a user turn that speaks ("<summary>\nUser: I
    # want you to"); a transcript template has placeholders on both sides
    r"<[^>\n]{1,50}>[ \t]*\n[ \t>*]{0,8}(?:user|human)[ \t*]{0,4}:[ \t*]{0,4}[a-z])"
)
_FAKE_TURN = (
    r"(?m)^[ \t>]{0,8}(?:system|assistant|system\s{1,3}message|system\s{1,3}prompt|"
    r"developer)[ \t]{0,4}:[ \t]{0,4}" + _ADDRESSED
)
# Escaped turns ("\\nHuman:\\n") or a turn after a blank line.
_FAKE_TURN_INLINE = (
    r"(?:\\n|\n[ \t]{0,4}\n)\s{0,4}(?:human|user|assistant|system)\s{0,4}:"
    r"\s{0,4}(?:\\n|\n)"
)
# Bing Chat's role markers written as markdown links: "[system](#instructions)",
# "[assistant](#message)". A link to an anchor named after a role is no heading.
_MARKDOWN_ROLE = (
    r"\[\s{0,2}(?:system|assistant|user|developer|tool)\s{0,2}\]\(\s{0,2}#[\w-]{0,30}"
    r"\s{0,2}\)"
)
# "=== END PROMPT UNDER REVIEW ===" is a reviewer's delimiter, not an end: the
# marker closes right after the role word.
_END_MARKER = (
    r"(?:={3,12}|-{3,12}|#{3,12})\s{0,3}end\s{0,3}(?:(?:of\s{1,3}(?:the\s{1,3})?"
    r"(?:system\s{1,3}|user\s{1,3}|original\s{1,3})?(?:prompt|instructions?|context|"
    r"input|message|conversation|data|document|text|e-?mail|rules)|prompt|"
    r"instructions|system|context|input)\s{0,3}(?:={2}|-{2}|#{2}|\]|[.!:]|\n|$)|"
    r"={2}|-{2}|#{2}|\]|[.!])|\bend\s{1,3}of\s{1,3}(?:the\s{1,3})?"
    r"(?:system\s{1,3})?(?:prompt|instructions)\s{0,3}(?:\.|-{2,8}|={2,8}|\])"
)

RULES: tuple[Rule, ...] = (
    Rule("injection.template.mistral_tokens", _CAT, _MISTRAL, max_len=200,
         description="Mistral control tokens such as [INST] and [SYSTEM_PROMPT]"),
    # On the text as it is (with the smuggling rules, no extra pass).
    Rule("injection.template.mistral_upper", _CAT, _MISTRAL_UPPER, max_len=80,
         on_view=False, case_sensitive=True, strip_invisible=False,
         description="Mistral's upper-case controls ([THINK], [AUDIO])"),
    Rule("injection.template.sentence_tokens", _CAT, _SENTENCE, score=0.8,
         max_len=160, description="</s> sentence tokens, <s> before a turn"),
    Rule("injection.template.gemma_turns", _CAT, _GEMMA, max_len=212,
         description="Gemma <start_of_turn>/<end_of_turn>, <tool_call> tags"),
    Rule("injection.template.chatml", _CAT, _CHATML, max_len=60,
         description="ChatML, Llama 3, Phi, Qwen, DeepSeek tokens, <<SYS>>"),
    Rule("injection.template.role_header", _CAT, _HEADER, max_len=40,
         description="### System: style headers at the start of a line"),
    Rule("injection.template.fake_turn", _CAT, _FAKE_TURN, score=0.8, max_len=110,
         description="fake System:/Assistant: turns that address the model"),
    Rule("injection.template.fake_turn_inline", _CAT, _FAKE_TURN_INLINE,
         score=0.8, max_len=40, description="escaped fake turns: \\nHuman:\\n"),
    Rule("injection.template.end_marker", _CAT, _END_MARKER, score=0.8,
         max_len=60, description="fake end-of-prompt markers (===END)"),
    Rule("injection.template.markdown_role", _CAT, _MARKDOWN_ROLE, score=0.8,
         max_len=60, description="[system](#instructions) role markers"),
)  # fmt: skip
