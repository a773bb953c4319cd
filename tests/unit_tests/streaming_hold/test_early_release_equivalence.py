"""Joined stream == invoke under the early-release hold, for every chunking.

Hypothesis draws texts made of adversarial pieces (markup, values that span
whitespace, secrets split anywhere, look-alikes, leaks) and random chunkings;
the redactor's stream must equal its ``invoke``, sync and async, for string
and message streams, and equal the fixed hold's stream too.
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from holdback_corpus import adversarial_texts, chunkings, redactors
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from langchain_core.messages import AIMessageChunk

from langchain_mistral_secure.redactor import OutputRedactor

REDACTORS = redactors()
SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.mark.parametrize("name", sorted(REDACTORS))
@SETTINGS
@given(data=st.data(), text=adversarial_texts)
def test_transform_equals_invoke(name: str, data: st.DataObject, text: str) -> None:
    redactor = REDACTORS[name]
    assert redactor.holdback == "early"
    pieces = data.draw(chunkings(text))
    streamed = list(redactor.transform(iter(pieces)))
    assert "".join(streamed) == redactor.invoke(text)
    assert all(streamed)  # no empty chunks


@pytest.mark.parametrize("name", sorted(REDACTORS))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), text=adversarial_texts)
async def test_atransform_equals_ainvoke(
    name: str, data: st.DataObject, text: str
) -> None:
    redactor = REDACTORS[name]
    pieces = data.draw(chunkings(text))

    async def source() -> AsyncIterator[str]:
        for piece in pieces:
            yield piece

    streamed = [chunk async for chunk in redactor.atransform(source())]
    assert "".join(streamed) == await redactor.ainvoke(text)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), text=adversarial_texts)
def test_message_chunks_equal_invoke(data: st.DataObject, text: str) -> None:
    redactor = REDACTORS["leaks"]
    pieces = data.draw(chunkings(text))
    chunks = [AIMessageChunk(content=piece, id="run-1") for piece in pieces]
    out = list(redactor.transform(iter(chunks)))
    assert all(isinstance(chunk, AIMessageChunk) for chunk in out)
    assert "".join(str(chunk.content) for chunk in out) == redactor.invoke(text)


FIXED = {
    name: OutputRedactor(
        holdback="fixed",
        canaries=list(r.canaries),
        system_prompt=r.system_prompt,
    )
    for name, r in REDACTORS.items()
}


@pytest.mark.parametrize("name", sorted(REDACTORS))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), text=adversarial_texts)
def test_early_and_fixed_holds_agree(name: str, data: st.DataObject, text: str) -> None:
    pieces = data.draw(chunkings(text))
    early = "".join(REDACTORS[name].transform(iter(pieces)))
    fixed = "".join(FIXED[name].transform(iter(pieces)))
    assert early == fixed


@pytest.mark.parametrize("size", [1, 3, 4, 7, 64])
@pytest.mark.parametrize("name", sorted(REDACTORS))
def test_every_piece_alone_in_fixed_chunkings(name: str, size: int) -> None:
    # Deterministic twin of the properties: every piece of the corpus, between
    # prose, in fixed-size chunks.
    from holdback_corpus import PIECES, PROSE  # noqa: PLC0415

    redactor = REDACTORS[name]
    for piece in PIECES:
        text = PROSE + piece + " " + PROSE
        pieces = [text[i : i + size] for i in range(0, len(text), size)]
        assert "".join(redactor.transform(iter(pieces))) == redactor.invoke(text)
