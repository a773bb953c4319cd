"""Rules as data on RE2: findings, validators, merging, registry, fail-closed."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from langchain_mistral_secure.detection import (
    DetectionError,
    Finding,
    Rule,
    RuleDetector,
    detect_all,
    get_detector,
    merge_findings,
    register_detector,
    replace_spans,
    summarize_findings,
)


def _luhn(text: str) -> bool:
    digits = [int(c) for c in text if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        total += d if i % 2 == 0 else (d * 2 - 9 if d > 4 else d * 2)
    return total % 10 == 0


CARD = Rule(id="t.card", category="card", pattern=r"\b\d{16}\b", on_view=False,
            validator=_luhn)  # fmt: skip
KEY = Rule(id="t.key", category="key", pattern=r"key=(\w+)", on_view=False, group=1)
WORD = Rule(id="t.word", category="word", pattern=r"\bsecret\b")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("card 4111111111111111 ok", [("t.card", 5, 21)]),  # pragma: allowlist secret
        ("card 4111111111111112 ok", []),  # fails Luhn: vetoed
        ("x key=abc123 y", [("t.key", 6, 12)]),  # only the value group
        ("a SECRET plan", [("t.word", 2, 8)]),
        ("a secretive plan", []),
        ("", []),
    ],
)
def test_rules_find_validated_spans(
    text: str, expected: list[tuple[str, int, int]]
) -> None:
    detector = RuleDetector([CARD, KEY, WORD])
    got = sorted((f.rule_id, f.start, f.end) for f in detector.detect(text))
    assert got == expected


def test_duplicate_ids_and_bad_patterns_are_rejected() -> None:
    with pytest.raises(ValueError, match="duplicate rule ids"):
        RuleDetector([WORD, WORD])
    with pytest.raises(ValueError, match="not a valid RE2 pattern"):
        RuleDetector([Rule(id="t.bad", category="x", pattern=r"(?<=a)b")])


def test_merge_keeps_strongest_over_union() -> None:
    a = Finding(0, 5, "x.a", "a", 0.5)
    b = Finding(3, 9, "x.b", "b", 0.9)
    c = Finding(20, 22, "x.c", "c")
    assert merge_findings([c, b, a]) == [Finding(0, 9, "x.b", "b", 0.9), c]
    assert merge_findings([Finding(0, 2, "x", "x"), Finding(2, 4, "y", "y")]) == [
        Finding(0, 2, "x", "x"),
        Finding(2, 4, "y", "y"),
    ]


def test_replace_spans_keeps_the_rest() -> None:
    text = "mail a@b.co and 555-0100 please"
    assert replace_spans(text, [(16, 24, "[PHONE]"), (5, 11, "[EMAIL]")]) == (
        "mail [EMAIL] and [PHONE] please"
    )


class _Broken:
    max_match_len = 10

    def detect(self, text: str) -> list[Finding]:
        raise ZeroDivisionError(text)


def test_detector_errors_fail_closed_without_text() -> None:
    with pytest.raises(DetectionError) as info:
        detect_all("top secret text", [RuleDetector([WORD]), _Broken()])
    assert "top secret" not in str(info.value)
    assert "_Broken" in str(info.value)


def test_registry_builds_once() -> None:
    calls: list[int] = []

    def factory() -> RuleDetector:
        calls.append(1)
        return RuleDetector([WORD], name="t")

    register_detector("test-registry", factory)
    assert get_detector("test-registry") is get_detector("test-registry")
    assert calls == [1]
    with pytest.raises(KeyError):
        get_detector("no-such-detector")


def test_summary_has_counts_only() -> None:
    summary = summarize_findings([Finding(0, 1, "a.b", "b"), Finding(2, 3, "a.b", "b")])
    assert summary == {"counts": {"b": 2}, "rules": {"a.b": 2}}


@pytest.mark.parametrize(
    "text",
    [
        "a." * 500_000 + "@",
        "\u200b" * 1_000_000,
        "secret " * 150_000,
        "9" * 1_000_000,
    ],
    ids=["dots", "zero-width", "repeated-word", "digits"],
)
def test_megabyte_adversarial_inputs_complete(text: str) -> None:
    # RE2 is linear: these complete (no wall-clock assertion; benchmarks time them).
    detector = RuleDetector(
        [
            WORD,
            CARD,
            Rule(
                id="t.mail", category="m", pattern=r"[\w.]+@[\w.]+\.\w+", on_view=False
            ),
        ]
    )
    findings = detect_all(text, [detector])
    assert all(0 <= f.start < f.end <= len(text) for f in findings)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 50), st.integers(1, 10)), max_size=20))
def test_merged_findings_never_overlap(spans: list[tuple[int, int]]) -> None:
    findings = [Finding(s, s + n, f"r.{i}", "c") for i, (s, n) in enumerate(spans)]
    merged = merge_findings(findings)
    for left, right in itertools.pairwise(merged):
        assert left.end <= right.start
    covered = {i for f in findings for i in range(f.start, f.end)}
    assert covered == {i for f in merged for i in range(f.start, f.end)}


@pytest.mark.parametrize(
    ("rule", "text", "hits"),
    [
        (Rule(id="t.up", category="t", pattern=r"\bTCK-\d{6}\b"), "see TCK-004211", 1),
        (Rule(id="t.raw", category="t", pattern=r"TCK", on_view=False), "tck", 1),
        (
            Rule(id="t.cs", category="t", pattern=r"TCK", on_view=False,
                 case_sensitive=True),
            "tck TCK",
            1,
        ),
    ],
)  # fmt: skip
def test_patterns_with_capitals_match_as_users_expect(
    rule: Rule, text: str, hits: int
) -> None:
    assert len(RuleDetector([rule]).detect(text)) == hits
