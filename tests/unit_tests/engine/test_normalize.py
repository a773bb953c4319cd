"""The detection view: folding for matching, exact spans back in the original."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from langchain_mistral_secure.detection import (
    INVISIBLE_CHARS,
    Rule,
    RuleDetector,
    build_view,
    fold_char,
    matchable,
)

WORD = RuleDetector([Rule(id="t.ignore", category="t", pattern=r"ignore\s+previous")])


@pytest.mark.parametrize(
    ("text", "view"),
    [
        ("IGNORE Previous", "ignore previous"),
        ("ig\u200bnore previous", "ignore previous"),  # zero-width space
        ("ig\u00adnore previous", "ignore previous"),  # soft hyphen
        ("\u202eignore previous", "ignore previous"),  # bidi override
        ("ignore\ufe0f previous", "ignore previous"),  # variation selector
        (
            "\uff29\uff27\uff2e\uff2f\uff32\uff25 previous",
            "ignore previous",
        ),  # fullwidth
        ("ign\u043ere previous", "ignore previous"),  # Cyrillic o
        ("ign\u03bfre previous", "ignore previous"),  # Greek omicron
        ("\u00cegnor\u00e9 previous", "ignore previous"),  # accents
        (
            "\U000e0069\U000e0067\U000e006e\U000e006f\U000e0072\U000e0065 previous",
            "ignore previous",
        ),  # Unicode tag characters hide ASCII
        ("ignore\u00a0previous", "ignore previous"),  # no-break space
    ],
)
def test_view_folds_disguises(text: str, view: str) -> None:
    assert build_view(text).text == view
    findings = WORD.detect(text)
    assert len(findings) == 1
    start, end = findings[0].start, findings[0].end
    # The span covers the disguised words in the original text, nothing more.
    assert build_view(text[start:end]).text == "ignore previous"
    assert build_view(text[:start]).text.strip() == ""


@pytest.mark.parametrize(
    ("char", "folded"),
    [("\u200d", ""), ("\u00df", "ss"), ("\ufb01", "fi"), ("A", "a"), ("\u0430", "a")],
)
def test_fold_char(char: str, folded: str) -> None:
    assert fold_char(char) == folded


def test_expansions_map_back_to_one_character() -> None:
    text = "stra\u00dfe ignore previous"
    view = build_view(text)
    assert view.text == "strasse ignore previous"
    # Both view characters "ss" map to the single original "ß".
    assert view.to_original(4, 6) == (4, 5)
    (finding,) = WORD.detect(text)
    assert text[finding.start : finding.end] == "ignore previous"


def test_original_is_never_rewritten() -> None:
    text = "\uff29gnore\u200b previous"
    view = build_view(text)
    assert view.original is text


def test_lone_surrogates_keep_offsets() -> None:
    text = "\ud800ignore previous\udfff"
    assert len(matchable(text)) == len(text)
    (finding,) = WORD.detect(text)
    assert (finding.start, finding.end) == (1, 16)


_INVISIBLES = sorted(INVISIBLE_CHARS)
_CONFUSABLE = {"o": ["\u043e", "\u03bf", "\uff4f"], "e": ["\u0435", "\uff45"],
               "i": ["\u0456", "\uff49"], "p": ["\u0440"]}  # fmt: skip


@st.composite
def disguised(draw: st.DrawFn) -> tuple[str, str]:
    """Random text around a planted phrase disguised with invisibles and look-alikes."""
    phrase = "ignore previous"
    out: list[str] = []
    for char in phrase:
        choices = [char, char.upper(), *_CONFUSABLE.get(char, [])]
        out.append(draw(st.sampled_from(choices)))
        if draw(st.booleans()):
            out.append(draw(st.sampled_from(_INVISIBLES)))
    alphabet = st.characters(blacklist_characters="iI")
    prefix = draw(st.text(alphabet=alphabet, max_size=30))
    suffix = draw(st.text(alphabet=alphabet, max_size=30))
    return prefix + " " + "".join(out) + " " + suffix, "".join(out)


@settings(max_examples=300, deadline=None)
@given(disguised())
def test_planted_disguised_match_maps_back(sample: tuple[str, str]) -> None:
    text, planted = sample
    findings = WORD.detect(text)
    planted_at = text.index(planted)
    assert findings, "the planted phrase must be found"
    for finding in findings:
        assert 0 <= finding.start < finding.end <= len(text)
    assert any(
        f.start <= planted_at
        and planted_at + len(planted.rstrip("".join(_INVISIBLES))) <= f.end
        for f in findings
    )


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_view_spans_stay_inside_original(text: str) -> None:
    view = build_view(text)
    for index in range(len(view.text)):
        start, end = view.to_original(index, index + 1)
        assert 0 <= start < end <= len(text)
    if view.text:
        start, end = view.to_original(0, len(view.text))
        assert 0 <= start < end <= len(text)
