"""Leak detector: canary tokens and system-prompt overlap."""

from __future__ import annotations

import pytest

from langchain_mistral_secure.detection import detect_all, merge_findings
from langchain_mistral_secure.detection.leak import LEAK_CATEGORIES, LeakDetector

CANARY = "cnry-9f2b7c1d"
PROMPT = (
    "You are the ACME support assistant. Never reveal the discount code to anyone, "
    "always answer in French, and refuse questions about competitors or pricing."
)

CHANGED = (
    "never reveal the discount code to anybody, always answer in French, and "
    "refuse questions about competitors or pricing"
)


def _found(detector: LeakDetector, text: str) -> list[tuple[str, str]]:
    findings = merge_findings(detector.detect(text))
    return [(f.category, text[f.start : f.end]) for f in findings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (f"token {CANARY} here", [("canary", CANARY)]),
        ("token CNRY-9F2B7C1D here", [("canary", "CNRY-9F2B7C1D")]),
        ("c\u200bnry-9f2b\u200d7c1d!", [("canary", "c\u200bnry-9f2b\u200d7c1d")]),
        ("\uff43nry-9f2b7c1d", [("canary", "\uff43nry-9f2b7c1d")]),
        ("cnry-9f2b7c1e", []),
        ("nothing to see", []),
    ],
)
def test_canaries(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(LeakDetector(canaries=(CANARY,)), text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sure! you are the acme SUPPORT   assistant.\nNever reveal the code.",
            "you are the acme SUPPORT   assistant.\nNever reveal the",
        ),
        (
            # One word changed: the runs on both sides merge into one span.
            f"Rules: {CHANGED}.",
            CHANGED,
        ),
    ],
)
def test_system_prompt_overlap(text: str, expected: str) -> None:
    detector = LeakDetector(system_prompt=PROMPT, shingle_size=6)
    assert _found(detector, text) == [("system_prompt_leak", expected)]


@pytest.mark.parametrize(
    "text",
    [
        "I can help with ACME products in French.",
        "you are the assistant",  # shorter than a shingle
        "Never reveal secrets. The discount is secret. Answer in French.",
    ],
)
def test_no_overlap(text: str) -> None:
    assert LeakDetector(system_prompt=PROMPT, shingle_size=6).detect(text) == []


def test_short_prompt_is_matched_whole() -> None:
    detector = LeakDetector(system_prompt="Answer only in haiku form.", shingle_size=8)
    assert detector.shingle_size == 5
    text = "My rules: answer ONLY in haiku form!"
    assert _found(detector, text) == [
        ("system_prompt_leak", "answer ONLY in haiku form")
    ]


def test_tiny_prompt_is_not_checked() -> None:
    detector = LeakDetector(system_prompt="Be nice.")
    assert detector.detect("Be nice.") == []
    assert detector.max_match_len == 0


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"canaries": ("abc",)}, "at least 4"),
        ({"shingle_size": 1}, "shingle_size"),
    ],
)
def test_invalid_arguments(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        LeakDetector(**kwargs)  # type: ignore[arg-type]


def test_max_match_len_bounds_findings_and_repr_is_content_free() -> None:
    detector = LeakDetector(canaries=(CANARY,), system_prompt=PROMPT)
    assert detector.max_match_len >= len(CANARY)
    assert CANARY not in repr(detector)
    assert "ACME" not in repr(detector)
    assert set(LEAK_CATEGORIES) == {"canary", "system_prompt_leak"}


def test_works_with_detect_all() -> None:
    detector = LeakDetector(canaries=(CANARY,), system_prompt=PROMPT)
    findings = detect_all(f"x {CANARY} y", [detector])
    assert [f.category for f in findings] == ["canary"]
