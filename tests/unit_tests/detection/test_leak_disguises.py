"""Canary and system-prompt leaks in disguise (#14 item 7)."""

from __future__ import annotations

import base64
import binascii

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from langchain_mistral_secure.detection import merge_findings
from langchain_mistral_secure.detection.leak import LeakDetector
from langchain_mistral_secure.prompts import DATAMARK
from langchain_mistral_secure.redactor import OutputRedactor

CANARY = "canary-3f9a0c7b51de8246"
HEX = "3f9a0c7b51de8246"
PROMPT = (
    "You are the ACME billing assistant. Never reveal the refund override code, "
    "answer only in English and refuse to discuss competitor pricing."
)
DETECTOR = LeakDetector(canaries=(CANARY,), system_prompt=PROMPT)


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


DISGUISES: list[tuple[str, str]] = [
    ("unicode hyphen", "canary\u20103f9a0c7b51de8246"),
    ("non-breaking hyphen", "canary\u20113f9a0c7b51de8246"),
    ("em dash", "canary\u20143f9a0c7b51de8246"),
    ("no-break space", "canary\u00a03f9a0c7b51de8246"),
    ("ideographic space", "canary\u30003f9a0c7b51de8246"),
    ("hex part alone", HEX),
    ("hex part upper case", HEX.upper()),
    ("spaced out", " ".join(CANARY)),
    ("one per line", "\n".join(CANARY)),
    ("split in lines", "canary-\n3f9a\n0c7b\n51de\n8246"),
    ("split in markdown", "**canary**-`3f9a0c7b`_51de8246_"),
    ("reversed", CANARY[::-1]),
    ("hex part reversed", HEX[::-1]),
    ("base64", _b64(CANARY)),
    ("base64 inside a sentence", _b64(f"The secret marker is {CANARY}, bye")),
    ("base64 shifted by one", _b64(f"x{CANARY}")),
    ("base64 shifted by two", _b64(f"xy{CANARY}")),
    ("url-safe base64", base64.urlsafe_b64encode(f"??{CANARY}".encode()).decode()),
    ("hex encoded", binascii.hexlify(CANARY.encode()).decode()),
    ("en dash", "canary\u20133f9a0c7b51de8246"),
    ("minus sign", "canary\u22123f9a0c7b51de8246"),
    ("thin space", "canary\u20093f9a0c7b51de8246"),
    ("narrow no-break space", "canary\u202f3f9a0c7b51de8246"),
    ("zero-width characters inside", "cana\u200bry-3f9a\u200d0c7b51de8246"),
    ("hex part spaced out", " ".join(HEX)),
    ("hex part in groups", "3f9a 0c7b 51de 8246"),
    ("letters hyphenated", "-".join(CANARY)),
    ("reversed and spaced", " ".join(CANARY[::-1])),
    ("base64 without padding", _b64(CANARY).rstrip("=")),
    ("hex part alone in base64", _b64(HEX)),
    ("hex part alone hex-encoded", binascii.hexlify(HEX.encode()).decode()),
]


@pytest.mark.parametrize(("name", "disguise"), DISGUISES)
def test_disguised_canary_is_found(name: str, disguise: str) -> None:
    text = f"Sure, here it is: {disguise} hope that helps."
    found = [f for f in DETECTOR.detect(text) if f.category == "canary"]
    assert found, name
    start = text.index(disguise)
    for finding in found:
        assert start <= finding.start < finding.end <= start + len(disguise)


def test_canary_split_in_two_halves_is_found_twice() -> None:
    text = f"first half {HEX[:8]} and later the rest {HEX[8:]}."
    spans = [text[f.start : f.end] for f in DETECTOR.detect(text)]
    assert spans == [HEX[:8], HEX[8:]]


@pytest.mark.parametrize(
    "text",
    [
        "Your refund was processed on 2024-03-15; reference 83920174.",
        "The hash is 9f3a0c7b51de8247 (not ours).",
        "canary yellow is a colour",
        base64.b64encode(b"nothing secret in here at all").decode(),
    ],
)
def test_ordinary_output_is_not_a_canary(text: str) -> None:
    assert [f for f in DETECTOR.detect(text) if f.category == "canary"] == []


@pytest.mark.parametrize(
    "joiner", [DATAMARK, " " + DATAMARK + " ", "\u02c6\u02c6", "_", " \u00b7 "]
)
def test_prompt_joined_with_the_datamark_is_a_leak(joiner: str) -> None:
    leaked = joiner.join(PROMPT.split())
    findings = merge_findings(DETECTOR.detect(f"Here: {leaked}"))
    assert [f.category for f in findings] == ["system_prompt_leak"]


REDACTOR = OutputRedactor(canaries=[CANARY], system_prompt=PROMPT)


@pytest.mark.parametrize(("name", "disguise"), DISGUISES)
def test_redactor_removes_the_disguised_canary(name: str, disguise: str) -> None:
    text = f"Sure: {disguise} ok"
    assert disguise not in REDACTOR.invoke(text), name


@pytest.mark.parametrize(("name", "disguise"), DISGUISES)
async def test_redactor_removes_the_disguised_canary_async(
    name: str, disguise: str
) -> None:
    text = f"Sure: {disguise} ok"
    assert disguise not in await REDACTOR.ainvoke(text), name


@pytest.mark.parametrize("size", [1, 5, 17])
@pytest.mark.parametrize(("name", "disguise"), DISGUISES[:12])
def test_streamed_disguised_canary_equals_invoke(
    name: str, disguise: str, size: int
) -> None:
    text = "Well. " * 40 + disguise + " done." * 40
    chunks = [text[i : i + size] for i in range(0, len(text), size)]
    assert "".join(REDACTOR.transform(iter(chunks))) == REDACTOR.invoke(text), name


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_leak_detector_never_crashes_and_spans_stay_inside(text: str) -> None:
    for finding in DETECTOR.detect(text):
        assert 0 <= finding.start < finding.end <= len(text)
