"""Streaming output moderation: text is released only after it was moderated."""

from __future__ import annotations

from typing import Any

import pytest
from langchain_core.messages import AIMessageChunk

from langchain_mistral_secure.moderation import (
    MistralModerationGuard,
    ModerationError,
    ModerationUnavailableError,
)

MODES = pytest.mark.parametrize("mode", ["sync", "async"])
KINDS = pytest.mark.parametrize("kind", ["str", "chunk"])
TEXT = "/v1/moderations"


def _chunks(parts: list[str], kind: str) -> list[Any]:
    if kind == "str":
        return list(parts)
    return [AIMessageChunk(content=p) for p in parts]


def _text(chunk: Any) -> str:
    return chunk if isinstance(chunk, str) else str(chunk.content)


def _moderated(mod: Any) -> list[str]:
    return [r.body["input"] for r in mod.server.requests_for(TEXT)]


CALLS = [
    # parts, guard kwargs, the text each moderation call saw
    (
        ["Hello ", "there. ", "How ", "are you? ", "Fine"],
        {},
        [
            "Hello there. ",
            "Hello there. How are you? ",
            "Hello there. How are you? Fine",
        ],
    ),
    # A boundary split across chunks ("." then " ") and a newline.
    (["Hi.", " Yes", "\nok"], {}, ["Hi. Yes", "Hi. Yes\nok"]),
    # "!" and "?" end sentences; "3.5" does not.
    (
        ["Pi is 3.14", " wow! ", "Why? ", "x"],
        {},
        ["Pi is 3.14 wow! ", "Pi is 3.14 wow! Why? ", "Pi is 3.14 wow! Why? x"],
    ),
    # No punctuation: the size bound triggers the calls.
    (["aaaa", "bbbb", "cccc"], {"stream_chunk_chars": 8}, ["aaaabbbb", "aaaabbbbcccc"]),
    (["aaaa", "bbbb", "cccc"], {}, ["aaaabbbbcccc"]),
    # A bounded window: each call sees the last 6 characters (or all new text).
    (
        ["aaaa. ", "bbbb. ", "cc. "],
        {"stream_window_chars": 6},
        ["aaaa. ", "bbbb. ", ". cc. "],
    ),
    (
        ["aaaa. ", "bbbbbbbbbb. "],
        {"stream_window_chars": 3},
        ["aaaa. ", "bbbbbbbbbb. "],
    ),
    # A minimum size batches short sentences (boundaries are still honoured).
    (
        ["Hi. ", "Yo. ", "Okay then. ", "End"],
        {"stream_min_chars": 10},
        ["Hi. Yo. Okay then. ", "Hi. Yo. Okay then. End"],
    ),
    (
        ["Hi. ", "Yo", "ab", "cdefgh", "ij"],
        {"stream_min_chars": 10},
        ["Hi. Yoabcdefgh", "Hi. Yoabcdefghij"],
    ),
    # Empty chunks are held and released without a call of their own.
    (["", "Hi. ", ""], {}, ["Hi. "]),
]


@MODES
@KINDS
@pytest.mark.parametrize(("parts", "kwargs", "calls"), CALLS)
async def test_each_call_sees_the_answer_so_far_and_text_follows_moderation(  # noqa: PLR0913, PLR0917
    mode: str,
    kind: str,
    parts: list[str],
    kwargs: dict[str, Any],
    calls: list[str],
    mod: Any,
) -> None:
    guard = mod.guard(**kwargs)
    emitted, seen, error = await mod.stream(guard, _chunks(parts, kind), mode)
    assert error is None
    assert [_text(c) for c in emitted] == parts
    assert _moderated(mod) == calls
    # When a chunk is emitted, the text so far has been sent to moderation.
    full = "".join(parts)
    for i, count in enumerate(seen):
        so_far = "".join(_text(c) for c in emitted[: i + 1])
        if not so_far.strip():
            continue
        assert count >= 1
        assert _covered_length(calls[:count], full) >= len(so_far)


def _covered_length(calls: list[str], full: str) -> int:
    """How far into the answer the moderation calls so far reached."""
    reach = 0
    for seen_text in calls:
        end = full.find(seen_text, max(0, reach - len(seen_text)))
        if end >= 0:
            reach = max(reach, end + len(seen_text))
    return reach


@MODES
@KINDS
@pytest.mark.parametrize(
    ("parts", "released"),
    [
        (["Fine sentence. ", "Another one. ", "Now HARM ", "the zebra. ", "Tail."], 2),
        (["Now HARM the zebra. ", "Tail."], 0),
        (["ok. ", "Now HA", "RM here", ""], 1),
        (["ok ", "fine ", "HARM"], 0),
    ],
)
async def test_harmful_chunk_blocks_before_it_is_emitted(
    mode: str, kind: str, parts: list[str], released: int, mod: Any
) -> None:
    guard = mod.guard()
    emitted, _, error = await mod.stream(guard, _chunks(parts, kind), mode)
    assert isinstance(error, ModerationError)
    assert error.categories == {"violence_and_threats": 0.95}
    assert [_text(c) for c in emitted] == parts[:released]
    assert all("HARM" not in _text(c) and "HA" not in _text(c) for c in emitted)


@MODES
@KINDS
async def test_flag_streams_everything(mode: str, kind: str, mod: Any) -> None:
    parts = ["Fine. ", "Now HARM ", "the zebra. ", "Tail."]
    guard = mod.guard(action="flag")
    emitted, _, error = await mod.stream(
        guard, _chunks(parts, kind), mode, config={"callbacks": [mod.capture]}
    )
    assert error is None
    assert [_text(c) for c in emitted] == parts
    events = mod.capture.named("mistral_secure.moderation")
    assert [e["outcome"] for e in events] == ["pass", "flagged", "flagged"]
    assert "zebra" not in repr(mod.capture.events)


@MODES
@pytest.mark.parametrize(("fail_open", "released"), [(False, 1), (True, 3)])
async def test_moderation_failure_mid_stream(
    mode: str, fail_open: bool, released: int, mod: Any
) -> None:
    parts = ["First. ", "Second. ", "Third."]
    guard = mod.guard(fail_open=fail_open, max_rate_limit_retries=0)

    def fail_after_first(text: str) -> dict[str, float]:
        if text == "First. ":  # the next call fails
            mod.server.fail_next(500, count=5)
        return {}

    mod.server.moderate_with(fail_after_first)
    emitted, _, error = await mod.stream(guard, parts, mode)
    if fail_open:
        assert error is None
    else:
        assert isinstance(error, ModerationUnavailableError)
        assert error.status == 500
    assert emitted == parts[:released]


@MODES
@pytest.mark.parametrize(
    ("value", "blocked"),
    [
        ({"question": "benign"}, False),
        ({"question": "HARM"}, True),
        ([("human", "HARM")], True),
    ],
)
async def test_whole_values_in_a_stream_are_moderated_whole(
    mode: str, value: Any, blocked: bool, mod: Any
) -> None:
    guard = mod.guard()
    emitted, _, error = await mod.stream(guard, [value], mode)
    if blocked:
        assert isinstance(error, ModerationError)
        assert emitted == []
    else:
        assert error is None
        assert emitted == [value]


@MODES
async def test_text_held_before_a_whole_value_is_moderated_first(
    mode: str, mod: Any
) -> None:
    guard = mod.guard()
    emitted, _, error = await mod.stream(guard, ["held", {"q": "x"}, "tail"], mode)
    assert error is None
    assert emitted == ["held", {"q": "x"}, "tail"]
    assert _moderated(mod) == ["held", "x", "heldtail"]


@pytest.mark.parametrize("size", [1, 3, 7, 50])
@MODES
async def test_streamed_text_equals_invoked_text(
    mode: str, size: int, mod: Any
) -> None:
    answer = "One. Two! Three? Four\nfive six seven. Eight"
    parts = [answer[i : i + size] for i in range(0, len(answer), size)]
    guard = mod.guard(stream_chunk_chars=10)
    emitted, _, error = await mod.stream(guard, parts, mode)
    assert error is None
    assert "".join(emitted) == answer
    assert _moderated(mod)[-1] == answer


@MODES
async def test_stream_and_astream_of_one_value(mode: str, mod: Any) -> None:
    guard: MistralModerationGuard = mod.guard()
    if mode == "sync":
        out = list(guard.stream("Hello. World"))
    else:
        out = [c async for c in guard.astream("Hello. World")]
    assert out == ["Hello. World"]
    assert _moderated(mod) == ["Hello. World"]
