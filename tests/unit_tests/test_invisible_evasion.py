"""Invisible characters inside a secret or PII do not hide it from any component."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from langchain_mistral_secure import OutputRedactor, PIIMasker
from langchain_mistral_secure.detection import (
    INVISIBLE_CHARS,
    Rule,
    RuleDetector,
    build_stripped_view,
)

INVISIBLES = [*sorted(INVISIBLE_CHARS), "\U000e0041", "\U000e0020"]  # + tag chars
GITHUB_TOKEN = "ghp_R8kL2vQ9xT4mW7nB3cY6pZ1sD5fH0jK8gA2e"  # pragma: allowlist secret
SAMPLES = [
    ("AKIAZ7VRSQ4TBWKJ3XNP", "[AWS_ACCESS_KEY]"),  # pragma: allowlist secret
    (GITHUB_TOKEN, "[GITHUB_TOKEN]"),
    ("alice.smith@example.com", "[EMAIL]"),
    ("4111 1111 1111 1111", "[CREDIT_CARD]"),
    ("DE89 3704 0044 0532 0130 00", "[IBAN]"),
]


def _disguise(value: str, positions: list[int], chars: list[str]) -> str:
    out = list(value)
    for pos, char in sorted(zip(positions, chars, strict=False), reverse=True):
        out.insert(pos % (len(value) - 1) + 1, char)
    return "".join(out)


@pytest.mark.parametrize(("value", "placeholder"), SAMPLES)
@settings(max_examples=30, deadline=None)
@given(
    positions=st.lists(st.integers(0, 200), min_size=1, max_size=4),
    chars=st.lists(st.sampled_from(INVISIBLES), min_size=4, max_size=4),
)
def test_redactor_sees_through_invisible_characters(
    value: str, placeholder: str, positions: list[int], chars: list[str]
) -> None:
    disguised = _disguise(value, positions, chars)
    text = f"here: {disguised} done"
    redactor = OutputRedactor()
    out = redactor.invoke(text)
    assert out == f"here: {placeholder} done"
    streamed = "".join(redactor.transform(iter(text)))
    assert streamed == out


@pytest.mark.parametrize("value", ["alice.smith@example.com", "+33 6 12 34 56 78"])
def test_masker_sees_through_invisible_characters(value: str) -> None:
    disguised = value[:3] + "\u200b" + value[3:]
    masked = PIIMasker().invoke(f"contact {disguised} today")
    assert value[:3] not in masked.split("contact ", 1)[1].split(" today")[0]


def test_stripped_view_maps_back_exactly() -> None:
    text = "k=AK\u200bIA\u2060Z7\U000e0041VRSQ4TBWKJ3XNP;"  # pragma: allowlist secret
    view = build_stripped_view(text)
    assert view.text == "k=AKIAZ7VRSQ4TBWKJ3XNP;"  # pragma: allowlist secret
    assert view.to_original(2, 22) == (2, len(text) - 1)


def test_literal_rules_still_see_invisible_characters() -> None:
    rule = Rule(
        id="t.zw",
        category="zw",
        pattern=r"\x{200B}+",
        on_view=False,
        strip_invisible=False,
    )
    assert [
        (f.start, f.end) for f in RuleDetector([rule]).detect("a\u200b\u200bb")
    ] == [(1, 3)]
