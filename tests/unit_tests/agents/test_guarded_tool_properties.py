"""The stand-in tool: whatever JSON arguments the model sends, the real tool
gets exactly what the user gave (the masker's round trip), and what LangChain
reports is the masked form."""

from __future__ import annotations

import uuid
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from langchain_core.messages import ToolMessage
from langchain_core.tools import StructuredTool

from langchain_mistral_secure import PIIMasker
from langchain_mistral_secure.agents._tool import GuardedTool, ToolGuard

EMAILS = st.sampled_from(["ann.lee@corp.io", "bob@example.org", "x.y@mail.fr"])
WORDS = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="<@"),
    max_size=12,
)
TEXT = st.builds(lambda a, e, b: f"{a} {e} {b}", WORDS, EMAILS, WORDS) | WORDS
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | TEXT,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3)
    ),
    max_leaves=8,
)
ARGS = st.dictionaries(st.sampled_from(["to", "body", "meta"]), JSON, min_size=1)


def _stand_in(masker: PIIMasker, session: uuid.UUID, got: list[Any]) -> Any:
    def record(**kwargs: Any) -> str:
        got.append(kwargs)
        return "done"

    inner = StructuredTool.from_function(
        func=record,
        name="record",
        description="Record the arguments.",
        args_schema={"type": "object", "additionalProperties": True},
    )
    return inner, ToolGuard(
        restore=lambda args: masker.restore(args, session),
        result=lambda message: message,
        text=lambda text: text,
    )


@settings(max_examples=50, suppress_health_check=[HealthCheck.too_slow])
@given(args=ARGS)
def test_the_real_tool_gets_exactly_the_original_arguments(args):
    masker, session, got = PIIMasker(), uuid.uuid4(), []
    masked = masker.mask(args, session)
    inner, guard = _stand_in(masker, session, got)
    call = {"name": "record", "args": masked, "id": "c1", "type": "tool_call"}
    stand_in = GuardedTool.wrap(inner, call=call, guard=guard, quiet=True)
    result = stand_in.invoke(call)
    assert isinstance(result, ToolMessage)
    assert result.content == "done"
    assert got == [args]
    for email in ("ann.lee@corp.io", "bob@example.org", "x.y@mail.fr"):
        assert email not in repr(masked)
