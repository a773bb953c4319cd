"""Regression tests of the security review: dict shapes, short replies, key storage."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from langchain_core.documents import Document
from langchain_core.load import dumps
from langchain_core.messages import HumanMessage
from langchain_core.prompt_values import StringPromptValue

from langchain_mistral_secure.keys import KeyRotator
from langchain_mistral_secure.keys.auth import MistralKeyAuth
from langchain_mistral_secure.moderation import (
    MistralModerationGuard,
    ModerationError,
    ModerationUnavailableError,
)

KEY = "test-key-123"  # pragma: allowlist secret
RAW_KEY = "kEySECRETVALUE1234567890abcdef"  # pragma: allowlist secret
SECRET_TEXT = "HARM the zebra at noon"
MODES = pytest.mark.parametrize("mode", ["sync", "async"])
TEXT = "/v1/moderations"


class _Opaque:
    """A value the guard cannot read."""


# ---------------------------------------------------------------- dict shapes


@MODES
@pytest.mark.parametrize(
    ("value", "input_keys"),
    [
        ({"q": HumanMessage(SECRET_TEXT)}, None),
        ({"q": [SECRET_TEXT]}, None),
        ({"q": ("ok", SECRET_TEXT)}, None),
        ({"q": {"inner": SECRET_TEXT}}, None),
        ({"q": {"deep": [{"x": HumanMessage(SECRET_TEXT)}]}}, None),
        ({"q": [HumanMessage(content=[{"type": "text", "text": SECRET_TEXT}])]}, None),
        ({"q": Document(page_content=SECRET_TEXT)}, None),
        ({"q": StringPromptValue(text=SECRET_TEXT)}, None),
        ({"q": [SECRET_TEXT], "other": "fine"}, ["q"]),
        ({"q": {"inner": SECRET_TEXT}}, ["q"]),
    ],
)
async def test_nested_dict_values_are_moderated(
    mode: str, value: Any, input_keys: list[str] | None, mod: Any
) -> None:
    guard = mod.guard(input_keys=input_keys)
    with pytest.raises(ModerationError) as info:
        await mod.run(guard, value, mode)
    assert "zebra" not in str(info.value)
    assert len(mod.server.requests_for(TEXT)) == 1


@MODES
@pytest.mark.parametrize(
    ("value", "input_keys"),
    [
        ({"q": _Opaque()}, None),
        ({"q": [_Opaque()], "r": SECRET_TEXT}, None),
        ({"q": {"inner": {1, 2}}}, None),
        ({"q": b"bytes"}, ["q"]),
        ({"q": None}, ["q"]),
    ],
)
async def test_unreadable_shapes_fail_closed(
    mode: str, value: Any, input_keys: list[str] | None, mod: Any
) -> None:
    guard = mod.guard(input_keys=input_keys)
    with pytest.raises(TypeError) as info:
        await mod.run(guard, value, mode)
    assert "'q'" in str(info.value)
    assert "zebra" not in str(info.value)
    assert mod.server.requests == []


@MODES
async def test_too_deep_nesting_fails_closed(mode: str, mod: Any) -> None:
    value: Any = SECRET_TEXT
    for _ in range(40):
        value = [value]
    with pytest.raises(TypeError, match="too deep"):
        await mod.run(mod.guard(), {"q": value}, mode)
    assert mod.server.requests == []


@MODES
@pytest.mark.parametrize(
    ("value", "sent"),
    [
        ({"q": ["a", "b"], "n": 3, "flag": True, "none": None}, ["a", "b"]),
        ({"q": {"x": HumanMessage("m")}}, "m"),
    ],
)
async def test_benign_nested_dicts_pass_unchanged(
    mode: str, value: Any, sent: Any, mod: Any
) -> None:
    assert await mod.run(mod.guard(), value, mode) is value
    assert mod.server.requests_for(TEXT)[0].body["input"] == sent


# ---------------------------------------------------------------- short replies


def _scores(**extra: float) -> dict[str, float]:
    return {"violence_and_threats": 0.0, **extra}


@MODES
@pytest.mark.parametrize(
    ("value", "body"),
    [
        # two inputs, one result: the second text would go unscored
        ({"a": "x", "b": "y"}, {"results": [{"category_scores": _scores()}]}),
        ("x", {"results": [{"category_scores": {}}]}),
        ("x", {"results": [{"category_scores": {"violence_and_threats": "high"}}]}),
        ("x", {"results": [{"category_scores": None}]}),
        ("x", {"results": [{}]}),
        ("x", {"results": [{"category_scores": _scores()}] * 2}),
    ],
)
async def test_short_or_empty_replies_fail_closed(
    mode: str, value: Any, body: Any, mod: Any
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=body)

    transport = httpx.MockTransport(handler)
    guard = mod.guard(
        client=httpx.Client(transport=transport, base_url="http://fake/v1"),
        async_client=httpx.AsyncClient(transport=transport, base_url="http://fake/v1"),
    )
    with pytest.raises(ModerationUnavailableError) as info:
        await mod.run(guard, value, mode)
    assert info.value.error_type == "InvalidResponse"


@pytest.mark.parametrize(
    ("body", "expected", "ok"),
    [
        ({"results": [{"category_scores": _scores()}]}, 1, True),
        ({"results": [{"category_scores": _scores()}] * 3}, 3, True),
        ({"results": [{"category_scores": _scores()}] * 2}, 3, False),
        ({"results": [{"category_scores": {}}]}, 1, False),
        ({"results": [{"category_scores": {"x": True}}]}, 1, False),
        ({"results": []}, 1, False),
    ],
)
def test_verdict_counts_results(body: Any, expected: int, ok: bool, mod: Any) -> None:
    guard = mod.guard()
    if ok:
        assert guard._verdict(body, expected).flagged == {}
    else:
        with pytest.raises(ModerationUnavailableError):
            guard._verdict(body, expected)


# ---------------------------------------------------------------- key storage


@pytest.mark.parametrize(
    "keys",
    [RAW_KEY, [RAW_KEY, RAW_KEY + "2"], KeyRotator([RAW_KEY])],
)
def test_raw_key_is_not_kept(keys: Any, server: Any) -> None:
    guard = MistralModerationGuard(keys=keys, base_url=server.base_url)
    try:
        assert isinstance(guard.keys, MistralKeyAuth)
        views = [
            repr(guard),
            str(guard),
            repr(guard.keys),
            repr(vars(guard)),
            str(guard.model_dump()),
            dumps(guard),
        ]
        assert not [v for v in views if RAW_KEY in v]
        assert guard.invoke("hello") == "hello"
        assert server.requests[0].api_key == RAW_KEY
    finally:
        guard.close()


def test_raw_key_not_kept_with_prebuilt_clients() -> None:
    transport = httpx.MockTransport(lambda _: httpx.Response(500))
    guard = MistralModerationGuard(
        keys=RAW_KEY,
        client=httpx.Client(transport=transport),
        async_client=httpx.AsyncClient(transport=transport),
    )
    assert isinstance(guard.keys, MistralKeyAuth)
    assert RAW_KEY not in repr(vars(guard))
    guard.close()
