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


# Runs of up to ten adjacent tokens are one finding: a flood of control tokens
# costs one finding per run, not one per token.
def _run(token: str) -> str:
    return rf"{token}(?:[ \t]*{token}){{0,9}}"


_MISTRAL = _run(
    r"\[/?(?:inst|system_prompt|tool_calls|tool_results|available_tools|"
    r"tool_content|img|img_break|img_end|prefix|middle|suffix)\]"
)
_SENTENCE = _run(r"<\s*/?\s*s\s*>")
_CHATML = (
    r"<\|\s*/?\s*[a-z_]{2,30}\s*\|>|<<\s*/?\s*sys\s*>>|"
    r"<\s*/?\s*(?:system_prompt|system|im_start|im_end)\s*>"
)
_HEADER = (
    r"(?m)^[ \t>]*#{2,}[ \t]*(?:system|instruction|instructions|assistant|user|"
    r"human|response)\b[ \t]*:?"
)
_FAKE_TURN = r"(?m)^[ \t>]*(?:system|assistant|system\s+message|system\s+prompt)[ \t]*:"
_FAKE_TURN_INLINE = r"(?:\\n|\n)\s*(?:human|user|assistant|system)\s*:\s*(?:\\n|\n)"
_END_MARKER = (
    r"(?:={3,}|-{3,}|#{3,})\s*end\b|\bend\s+of\s+(?:the\s+)?(?:system\s+)?"
    r"(?:prompt|instructions)\s*(?:\.|-{2,}|={2,}|\])"
)

RULES: tuple[Rule, ...] = (
    Rule("injection.template.mistral_tokens", _CAT, _MISTRAL, max_len=300,
         description="Mistral control tokens such as [INST] and [SYSTEM_PROMPT]"),
    Rule("injection.template.sentence_tokens", _CAT, _SENTENCE, score=0.8,
         max_len=300, description="<s> and </s> sentence tokens"),
    Rule("injection.template.chatml", _CAT, _CHATML, max_len=40,
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
