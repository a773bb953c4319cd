"""Chat-template and role-token injection: ``[INST]``, ``<|im_start|>``, fake turns.

Control tokens of Mistral's and other chat templates have no business in user
text: a model that sees them may take what follows as a new system or assistant
turn. Fake ``System:`` / ``Assistant:`` lines and ``### System:`` headers at the
start of a line play the same trick in plain text.
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
    r"tool_content|img|img_break|img_end|prefix|middle|suffix)\]"
)
_SENTENCE = _run(r"<\s{0,2}/?\s{0,2}s\s{0,2}>", most=9)
_CHATML = (
    r"<\|\s{0,2}/?\s{0,2}[a-z_]{2,30}\s{0,2}\|>|<<\s{0,2}/?\s{0,2}sys\s{0,2}>>|"
    r"<\s{0,2}/?\s{0,2}(?:system_prompt|system|im_start|im_end)\s{0,2}>"
)
_HEADER = (
    r"(?m)^[ \t>]{0,8}#{2,6}[ \t]{0,4}(?:system|instruction|instructions|assistant|"
    r"user|human|response)\b[ \t]{0,4}:?"
)
_FAKE_TURN = (
    r"(?m)^[ \t>]{0,8}(?:system|assistant|system\s{1,3}message|system\s{1,3}prompt)"
    r"[ \t]{0,4}:"
)
_FAKE_TURN_INLINE = (
    r"(?:\\n|\n)\s{0,4}(?:human|user|assistant|system)\s{0,4}:\s{0,4}(?:\\n|\n)"
)
_END_MARKER = (
    r"(?:={3,12}|-{3,12}|#{3,12})\s{0,3}end\b|\bend\s{1,3}of\s{1,3}(?:the\s{1,3})?"
    r"(?:system\s{1,3})?(?:prompt|instructions)\s{0,3}(?:\.|-{2,8}|={2,8}|\])"
)

RULES: tuple[Rule, ...] = (
    Rule("injection.template.mistral_tokens", _CAT, _MISTRAL, max_len=200,
         description="Mistral control tokens such as [INST] and [SYSTEM_PROMPT]"),
    Rule("injection.template.sentence_tokens", _CAT, _SENTENCE, score=0.8,
         max_len=160, description="<s> and </s> sentence tokens"),
    Rule("injection.template.chatml", _CAT, _CHATML, max_len=48,
         description="ChatML and Llama role tokens (<|im_start|>, <<SYS>>)"),
    Rule("injection.template.role_header", _CAT, _HEADER, max_len=40,
         description="### System: style headers at the start of a line"),
    Rule("injection.template.fake_turn", _CAT, _FAKE_TURN, score=0.8, max_len=40,
         description="fake System:/Assistant: turns at the start of a line"),
    Rule("injection.template.fake_turn_inline", _CAT, _FAKE_TURN_INLINE,
         score=0.8, max_len=40, description="escaped fake turns: \\nHuman:\\n"),
    Rule("injection.template.end_marker", _CAT, _END_MARKER, score=0.8,
         max_len=60, description="fake end-of-prompt markers (===END)"),
)  # fmt: skip
