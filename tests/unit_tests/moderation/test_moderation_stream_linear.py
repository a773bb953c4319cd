"""Streaming moderation is linear and ends with the verdict ``invoke`` gives.

For any chunking of any answer, a stream releases the whole answer where
``invoke`` passes it, and (in whole-answer mode) stops with the same typed error
where ``invoke`` blocks it, never having emitted the harmful text; and the text
sent to moderation adds up to a few times the answer, not its square.
"""

from __future__ import annotations

import asyncio
import itertools
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from langchain_core.messages import AIMessageChunk

from langchain_mistral_secure.moderation import ModerationError

TEXT = "/v1/moderations"
MODES = pytest.mark.parametrize("mode", ["sync", "async"])

PIECES = [
    "Fine",
    "word",
    " ",
    ". ",
    "! ",
    "? ",
    "\n",
    "3.14",
    "HARM",
    "HA",
    "RM",
    "DAN",
]
answers = st.lists(st.sampled_from(PIECES), min_size=1, max_size=30).map("".join)
GUARDS = [
    {},
    {"stream_min_chars": 10},
    {"stream_chunk_chars": 8},
    {"stream_window_chars": 6},
]


def _assert_only_split_words(out: str, parts: list[str]) -> None:
    bounds = list(itertools.accumulate(len(p) for p in parts))
    for word in ("HARM", "DAN"):
        start = out.find(word)
        while start != -1:
            end = start + len(word)
            assert any(start < b < end for b in bounds), (word, start)
            start = out.find(word, start + 1)


def _cut(text: str, cuts: list[int]) -> list[str]:
    points = sorted({0, len(text), *(c % (len(text) + 1) for c in cuts)})
    return [text[a:b] for a, b in itertools.pairwise(points)]


@MODES
@pytest.mark.parametrize("kind", ["str", "chunk"])
@pytest.mark.parametrize("kwargs", GUARDS, ids=lambda k: ",".join(k) or "default")
def test_any_chunking_gives_the_verdict_of_invoke(
    mode: str, kind: str, kwargs: dict[str, Any], mod: Any
) -> None:
    @settings(
        max_examples=12,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture],
    )
    @given(answer=answers, cuts=st.lists(st.integers(0, 400), max_size=12))
    def check(answer: str, cuts: list[int]) -> None:
        # A fresh guard per example: its async client belongs to one loop.
        guard = mod.guard(**kwargs)
        expected: ModerationError | None = None
        try:
            assert guard.invoke(answer) == answer
        except ModerationError as exc:
            expected = exc
        parts: list[Any] = _cut(answer, cuts)
        if kind == "chunk":
            parts = [AIMessageChunk(content=p) for p in parts]
        emitted, _, error = asyncio.run(mod.stream(guard, parts, mode))
        out = "".join(c if isinstance(c, str) else c.text for c in emitted)
        if expected is None:
            assert error is None
            assert out == answer
            return
        if error is None and "stream_window_chars" in kwargs:
            # A window never sees more than the new text once that is as long
            # as the window, so a word split across two releases can pass it:
            # the documented price of a window (whole-answer mode has no gap).
            assert out == answer
            return
        assert isinstance(error, ModerationError)
        # The stream stops at the first flagged call: a subset of categories.
        assert error.categories
        assert set(error.categories) <= set(expected.categories)
        assert answer.startswith(out)
        if "stream_window_chars" in kwargs:
            # The window's documented price again: a word split across two
            # releases passes even when a later sentence stops the stream. Any
            # harmful word released must straddle a chunk boundary.
            _assert_only_split_words(out, _cut(answer, cuts))
            return
        assert "HARM" not in out
        assert "DAN" not in out

    check()
    assert len(mod.server.requests_for(TEXT)) >= 12


SENTENCE = "x" * 99 + ". "


@MODES
async def test_text_sent_grows_linearly_and_the_last_call_sees_it_all(
    mode: str, mod: Any
) -> None:
    parts = [SENTENCE] * 400
    answer = "".join(parts)
    guard = mod.guard()
    emitted, _, error = await mod.stream(guard, parts, mode)
    assert error is None
    assert "".join(emitted) == answer
    sent = [r.body["input"] for r in mod.server.requests_for(TEXT)]
    # One call per sentence, plus one at the end that sees the whole answer.
    assert len(sent) == len(parts) + 1
    assert sent[-1] == answer
    # Each call sees the answer so far, or its new text and a bounded context.
    for index, text in enumerate(sent[:-1]):
        so_far = answer[: (index + 1) * len(SENTENCE)]
        assert so_far.endswith(text)
        assert text == so_far or len(text) <= 2_000 + len(SENTENCE)
    whole = [t for t in sent if len(t) > 2_000 + len(SENTENCE)]
    assert 1 <= len(whole) <= 8  # the answer so far, each time it doubled
    # Whole-answer calls before: ~n²/(2·101) = 8 M characters; now a few n.
    assert sum(map(len, sent)) <= 3 * len(answer) + len(parts) * (2_000 + len(SENTENCE))


@MODES
async def test_windowed_stream_sends_only_windows(mode: str, mod: Any) -> None:
    parts = [SENTENCE] * 50
    guard = mod.guard(stream_window_chars=150)
    emitted, _, error = await mod.stream(guard, parts, mode)
    assert error is None
    assert len(emitted) == len(parts)
    sent = [r.body["input"] for r in mod.server.requests_for(TEXT)]
    assert len(sent) == len(parts)
    assert sent[0] == SENTENCE
    assert all(len(t) == 150 for t in sent[1:])
    answer = "".join(parts)
    assert all(
        answer[: (i + 1) * len(SENTENCE)].endswith(t) for i, t in enumerate(sent)
    )


@MODES
async def test_harm_in_the_early_context_blocks_at_the_end(mode: str, mod: Any) -> None:
    # Context-dependent harm that only the whole answer shows: the final call
    # sees the whole answer, so the stream ends with invoke's verdict.
    mod.server.moderate_with(
        lambda text: {
            "violence_and_threats": 0.9 if "ALPHA" in text and "OMEGA" in text else 0.0
        }
    )
    parts = ["ALPHA. ", *([SENTENCE] * 40), "OMEGA. ", SENTENCE]
    guard = mod.guard()
    with pytest.raises(ModerationError):
        await mod.run(guard, "".join(parts), mode)
    _, _, error = await mod.stream(guard, parts, mode)
    assert isinstance(error, ModerationError)
