"""Streaming redaction: stream equals invoke for every chunking, nothing leaks."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from langchain_core.messages import AIMessageChunk
from redaction_helpers import (
    CARD,
    EMAIL,
    KEY,
    PLANTED,
    REAL_PLANTED,
    SIMPLE,
    chunked,
    real_detectors,
)

from langchain_mistral_secure.detection.engine import Rule, RuleDetector, detect_all
from langchain_mistral_secure.redactor import (
    OutputRedactor,
    SensitiveOutputError,
    redact_stream,
)
from langchain_mistral_secure.streaming import HoldBackWindow, hold_for, splice

ALPHABET = "abcxyz019 .-@_\n,:é\u200bK"
filler = st.text(alphabet=ALPHABET, max_size=60)


@st.composite
def planted_text(draw: Any, values: tuple[str, ...]) -> tuple[str, list[str]]:
    """Random text with some planted values, each set apart by spaces."""
    parts: list[str] = [draw(filler)]
    planted: list[str] = []
    for _ in range(draw(st.integers(0, 5))):
        value = draw(st.sampled_from(values))
        planted.append(value)
        parts.extend([" ", value, " ", draw(filler)])
    return "".join(parts), planted


cuts = st.lists(st.integers(1, 2000), max_size=40)

SIMPLE_REDACTOR = OutputRedactor(detectors=[SIMPLE])
HASH_REDACTOR = OutputRedactor(
    detectors=[SIMPLE], default_strategy="hash", strategies={"email": "mask"}
)


@pytest.mark.parametrize("redactor", [SIMPLE_REDACTOR, HASH_REDACTOR])
@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=planted_text(PLANTED), points=cuts)
def test_stream_equals_invoke_and_never_leaks(redactor, data, points):
    text, planted = data
    pieces = chunked(text, points)
    out = list(redactor.transform(iter(pieces)))
    assert "".join(out) == redactor.invoke(text)
    joined = "".join(out)
    for value in planted:
        assert value not in joined
        assert all(value not in piece for piece in out)


@settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=planted_text(PLANTED), points=cuts)
def test_message_chunk_stream_equals_invoke(data, points):
    text, planted = data
    chunks = [AIMessageChunk(content=p, id="run-x") for p in chunked(text, points)]
    out = list(SIMPLE_REDACTOR.transform(iter(chunks)))
    assert all(isinstance(c, AIMessageChunk) for c in out)
    content = "".join(str(c.content) for c in out)
    assert content == SIMPLE_REDACTOR.invoke(text)
    for value in planted:
        assert value not in content


REAL = real_detectors("pii", "secrets", "content")


@pytest.mark.skipif(not REAL, reason="no built-in detector family registered yet")
@settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=planted_text(REAL_PLANTED), points=cuts)
def test_real_detectors_stream_equals_invoke(data, points):
    redactor = OutputRedactor(detectors=REAL)
    text, planted = data
    out = list(redactor.transform(iter(chunked(text, points))))
    expected = redactor.invoke(text)
    assert "".join(out) == expected
    if REAL_PLANTED[0] in planted:
        # An e-mail address is found whatever its neighbours: not vacuous.
        assert expected != text
    for value in planted:
        if value not in expected:
            assert all(value not in piece for piece in out)


@pytest.mark.parametrize("size", [1, 4, 17])
def test_first_output_long_before_end(size):
    text = ("plain words and more words " * 200) + f"mail {EMAIL} end"
    pieces = chunked(text, list(range(size, len(text), size)))
    seen = 0
    first_at = None
    for index, out in enumerate(SIMPLE_REDACTOR.transform(iter(pieces))):
        if index == 0:
            first_at = seen
        seen += len(out)
    assert first_at is not None
    window = SIMPLE_REDACTOR.window()
    consumed = 0
    for piece in pieces:
        consumed += len(piece)
        if window.push(piece):
            break
    # The first output came after about one hold-back of input, not at the end.
    assert consumed <= SIMPLE_REDACTOR.hold * 2 + size
    assert consumed < len(text) // 10


@pytest.mark.parametrize("text", ["a" * 5000, "word " * 1000])
def test_held_back_tail_is_bounded(text):
    window = SIMPLE_REDACTOR.window()
    emitted = []
    for char in text:
        emitted.append(window.push(char))
        assert window.pending <= window.max_pending
    assert window.max_pending <= 5 * window.hold
    assert any(emitted)  # output flowed before the end
    emitted.append(window.flush())
    assert "".join(emitted) == SIMPLE_REDACTOR.invoke(text)


def test_secret_split_by_zero_width_chars_is_caught():
    detector = RuleDetector(
        [Rule("t.word", "codeword", r"\bopen sesame\b", max_len=11)]
    )
    redactor = OutputRedactor(detectors=[detector])
    text = "say o\u200bp\u200be\u200bn s\u200besame now"
    pieces = list(text)
    out = "".join(redactor.transform(iter(pieces)))
    assert out == redactor.invoke(text) == "say [CODEWORD] now"


def test_finding_straddling_boundary_is_not_cut():
    # The detector declares 10 characters but matches 34: the hold (12) is
    # shorter than the match, yet a match that starts before the emit point
    # is held back whole, never cut.
    detector = RuleDetector([Rule("t.tok", "token", r"tok-[a-z]{1,40}", max_len=10)])
    window = HoldBackWindow(
        lambda t: detect_all(t, [detector]),
        lambda t, fs: splice(t, [(f.start, f.end, "[T]") for f in fs]),
        hold=hold_for([10]),
    )
    text = "x " * 20 + "tok-" + "a" * 30 + " y"
    pieces = [window.push(c) for c in text]
    pieces.append(window.flush())
    assert "".join(pieces) == "x " * 20 + "[T] y"
    assert all("tok-" not in p and "aaa" not in p for p in pieces)


@pytest.mark.parametrize(("strategy", "value"), [("block", KEY), ("block", CARD)])
def test_block_while_streaming_never_emits_the_value(strategy, value):
    redactor = OutputRedactor(detectors=[SIMPLE], default_strategy=strategy)
    text = "lorem ipsum " * 50 + f" {value} " + "dolor " * 50
    emitted: list[str] = []
    stream = redactor.transform(iter(chunked(text, list(range(3, 2000, 3)))))
    with pytest.raises(SensitiveOutputError):
        emitted.extend(stream)
    assert value not in "".join(emitted)
    assert emitted  # text before the finding was already released


async def test_astream_and_atransform_twins():
    text = f"hi {EMAIL} and {KEY} " * 30
    pieces = chunked(text, list(range(5, len(text), 5)))

    async def agen():
        for piece in pieces:
            yield piece

    out = [c async for c in SIMPLE_REDACTOR.atransform(agen())]
    assert "".join(out) == SIMPLE_REDACTOR.invoke(text)
    assert "".join([c async for c in SIMPLE_REDACTOR.astream(text)]) == (
        SIMPLE_REDACTOR.invoke(text)
    )


def test_stream_of_whole_values():
    assert "".join(SIMPLE_REDACTOR.stream(f"x {EMAIL}")) == "x [EMAIL]"


def usage(i: int, o: int) -> dict[str, int]:
    return {"input_tokens": i, "output_tokens": o, "total_tokens": i + o}


def message_stream(text: str, size: int) -> list[AIMessageChunk]:
    chunks = [
        AIMessageChunk(content=p, id="run-1")
        for p in chunked(text, list(range(size, len(text), size)))
    ]
    chunks[0] = chunks[0].model_copy(
        update={"response_metadata": {"model_provider": "mistralai"}}
    )
    chunks.append(
        AIMessageChunk(
            content="",
            id="run-1",
            usage_metadata=usage(5, 7),
            response_metadata={"finish_reason": "stop"},
            chunk_position="last",
        )
    )
    return chunks


@pytest.mark.parametrize("size", [1, 3, 50])
def test_message_stream_keeps_usage_metadata_and_sum(size):
    text = f"send {EMAIL} now, key {KEY}. " * 10
    chunks = message_stream(text, size)
    merged_in = chunks[0]
    for c in chunks[1:]:
        merged_in = merged_in + c
    out = list(SIMPLE_REDACTOR.transform(iter(chunks)))
    merged = out[0]
    for c in out[1:]:
        merged = merged + c
    assert merged.content == SIMPLE_REDACTOR.invoke(merged_in).content
    assert merged.usage_metadata == usage(5, 7)
    assert merged.response_metadata["finish_reason"] == "stop"
    assert merged.response_metadata["model_provider"] == "mistralai"
    assert out[-1].chunk_position == "last"
    assert out[-1].usage_metadata == usage(5, 7)
    assert merged.id == "run-1"


async def test_message_stream_async_twin():
    text = f"send {EMAIL} now " * 10
    chunks = message_stream(text, 4)

    async def agen():
        for c in chunks:
            yield c

    out = [c async for c in SIMPLE_REDACTOR.atransform(agen())]
    assert "".join(str(c.content) for c in out) == SIMPLE_REDACTOR.invoke(text)
    assert out[-1].usage_metadata == usage(5, 7)


def test_tool_call_chunks_pass_through_redacted():
    chunks = [
        AIMessageChunk(content="calling", id="r"),
        AIMessageChunk(
            content="",
            id="r",
            tool_call_chunks=[
                {"name": "mail", "args": f'{{"to": "{EMAIL}"}}', "id": "c1", "index": 0}
            ],
        ),
    ]
    out = list(SIMPLE_REDACTOR.transform(iter(chunks)))
    merged = out[0]
    for c in out[1:]:
        merged = merged + c
    assert merged.content == "calling"
    assert merged.tool_calls[0]["args"] == {"to": "[EMAIL]"}
    assert all(EMAIL not in str(c.tool_call_chunks) for c in out)


def test_list_content_chunks():
    chunks = [
        AIMessageChunk(content=[{"type": "text", "text": p}])
        for p in chunked(f"to {EMAIL} ok", [4, 9, 15])
    ]
    out = list(SIMPLE_REDACTOR.transform(iter(chunks)))
    text = "".join(b["text"] for c in out for b in c.content if isinstance(b, dict))
    assert text == "to [EMAIL] ok"


@pytest.mark.parametrize("size", [1, 7, 300])
def test_redact_stream_for_the_cli(size):
    lines = [f"line {i} {EMAIL}\n" if i % 3 == 0 else f"line {i}\n" for i in range(60)]
    text = "".join(lines)
    pieces = chunked(text, list(range(size, len(text), size)))
    out = list(redact_stream(pieces, SIMPLE_REDACTOR))
    assert "".join(out) == SIMPLE_REDACTOR.invoke(text)
    assert len(out) > 1
    assert all(EMAIL not in piece for piece in out)


def test_window_repr_has_no_text():
    window = SIMPLE_REDACTOR.window()
    window.push(f"secret {EMAIL} " * 3)
    assert EMAIL not in repr(window)
    assert "pending=" in repr(window)


def test_hold_for_uses_the_longest_detector():
    assert hold_for([10, 300]) == 302
    assert hold_for([]) == 258
    assert SIMPLE_REDACTOR.hold == hold_for([SIMPLE.max_match_len])
