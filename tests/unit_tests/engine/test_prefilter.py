"""The windowed RE2 set prefilter finds exactly what a full scan per rule finds."""

# ruff: noqa: RUF001  (look-alike letters are the point of these tests)

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from prefilter_helpers import full_scan, planted_texts

from langchain_mistral_secure.detection.engine import (
    Rule,
    RuleDetector,
    replace_spans,
)
from langchain_mistral_secure.detection.normalize import build_view, fold_char
from langchain_mistral_secure.detection.prefilter import RuleGroup, pattern_max_len


@pytest.mark.parametrize(
    ("pattern", "width"),
    [
        (r"\bkey-\d{4}\b", 8),
        (r"abc", 3),
        (r"a|bcd|ef", 3),
        (r"(?i)x[0-9]{2,5}y?", 7),
        (r"(?:ab){3}", 6),
        (r"[\]a-c]{2}\.", 3),
        (r"\x{00E9}\pL\p{Greek}", 3),
        (r"(?P<name>ab)(?:cd)?", 4),
        (r"(?:a{2}){3}", 6),
        (r"x{,3}", 5),  # RE2 reads "{,3}" literally
        (r"^$\A\z", 0),
        (r"\Qa.b\E", 3),
        (r"a\s+b", None),
        (r"a.*", None),
        (r"(?:ab)+", None),
        (r"a{2,}", None),
        (r"(unclosed", None),
        (r"a{70000}", None),  # too long for a window: treated as unbounded
    ],
)
def test_pattern_max_len(pattern: str, width: int | None) -> None:
    assert pattern_max_len(pattern) == width


PATTERNS = [
    r"\bkey-\d{4}\b",
    r"(?:^|[^a-z])(x{2,5})(?:$|[^a-z])",
    r"ab\s+cd",
    r"\x{00E9}{2}z",
    r"[A-Z]{3}-\d{1,6}\b",
    r"(?m)^head: \w{1,12}$",
    r"\b\d{3}[ .-]\d{4}\b",
]
GROUPS: list[int | str] = [0, 1, 0, 0, 0, 0, 0]
PLANTS = [
    "key-1234",
    "key-12345",
    "xxx",
    "axxxb",
    "ab cd",
    "ab" + " " * 3000 + "cd",
    "ééz",
    "ABC-42",
    "\nhead: value\n",
    "555 0132",
    "555-01321",
]


def _reference(text: str) -> list[tuple[int, int, int]]:
    return full_scan(PATTERNS, GROUPS, text)


@settings(max_examples=25, deadline=None)
@given(planted_texts(PLANTS))
def test_windowed_spans_equal_a_full_scan_per_rule(text: str) -> None:
    # Long enough for many set windows; plants land on every window edge.
    group = RuleGroup(PATTERNS, GROUPS)
    assert sorted(group.spans(text)) == _reference(text)


@pytest.mark.parametrize("offset", [0, 1, 2, 3, 4090, 4093, 4096, 4099, 8190])
def test_matches_on_window_edges(offset: int) -> None:
    for filler in ("a", "é", "中"):
        text = filler * offset + " key-1234 " + filler * 9000 + " ab   cd"
        group = RuleGroup(PATTERNS, GROUPS)
        assert sorted(group.spans(text)) == _reference(text)


def test_rule_detector_on_a_long_text_keeps_view_offsets() -> None:
    detector = RuleDetector(
        [
            Rule("d.word", "word", r"\bsecret\b", max_len=6),
            Rule("d.key", "key", r"key-\d{4}", on_view=False, max_len=8),
        ]
    )
    text = ("Ｓ\u200becret café " * 5000) + "key-9876"
    findings = sorted(detector.detect(text))
    assert len(findings) == 5001
    assert {text[f.start : f.end] for f in findings if f.rule_id == "d.word"} == {
        "Ｓ\u200becret"
    }
    assert text[findings[-1].start : findings[-1].end] == "key-9876"


# ----------------------------------------------------------------- view map

TEXT_CHARS = st.sampled_from(
    [
        *"abcXYZ -.\n\t",
        *("\u200b", "\u0301", "ﬁ", "ß", "Ｉ", "е", "\U000e0041", "İ", "\u00ad"),
        *("é", "ﬃ", "\u3000", "中", "…", "½", "\ud800"),
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(TEXT_CHARS, max_size=60).map("".join))
def test_every_view_character_maps_to_the_character_it_came_from(text: str) -> None:
    view = build_view(text)
    for index, char in enumerate(view.text):
        source = view.original[view.original_index(index)]
        folded = source.lower() if source.isascii() else fold_char(source)
        if source == "\ud800":
            folded = fold_char("\ufffd")
        assert char in folded


@settings(max_examples=100, deadline=None)
@given(
    st.text(max_size=80),
    st.lists(st.tuples(st.integers(0, 80), st.integers(0, 5), st.text(max_size=3))),
)
def test_replace_spans_equals_back_to_front_slicing(
    text: str, raw: list[tuple[int, int, str]]
) -> None:
    spans: list[tuple[int, int, str]] = []
    last = 0
    for start, length, new in sorted(raw):
        if start >= last and start + length <= len(text):
            spans.append((start, start + length, new))
            last = start + length
    expected = text
    for start, end, new in reversed(spans):
        expected = expected[:start] + new + expected[end:]
    assert replace_spans(text, list(reversed(spans))) == expected
