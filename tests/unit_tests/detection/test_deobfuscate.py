"""Deobfuscated views: what each stage undoes, and exact maps back (#14 item 4)."""

# ruff: noqa: RUF001
# (RUF001: fullwidth letters are one of the disguises under test.)

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from langchain_mistral_secure.detection import build_view, get_detector
from langchain_mistral_secure.detection.deobfuscate import (
    MAX_VIEW_SPAN,
    build_deobfuscated_view,
    decode_markup,
    join_spaced_letters,
    undo_leetspeak,
)


@pytest.mark.parametrize(
    ("text", "view"),
    [
        ("1gn0r3 4ll pr3v10us", "ignore all previous"),
        ("i g n o r e  a l l", "ignore all"),
        ("I.G.N.O.R.E a.l.l", "ignore all"),
        ("i-g-n-o-r-e a-l-l", "ignore all"),
        ("ig-no-re", "ignore"),
        ("&#105;gnore &#x61;ll &amp; more", "ignore all & more"),
        ("%69gnore%20all", "ignore all"),
        ("%E5%BF%BD%E7%95%A5", "忽略"),
        ("ig<!-- x -->nore", "ignore"),
        ("ig<b>no</b>re", "ignore"),
        ("ig**no**re _all_ ~~of~~ it", "ignore all of it"),
        ("snake_case and `code`", "snake_case and `code`"),
        ("plain text, 42 apples.", "plain text, 42 apples."),
        ("", ""),
    ],
)
def test_view_text(text: str, view: str) -> None:
    assert build_deobfuscated_view(text).text == view


@pytest.mark.parametrize(
    ("text", "word", "original"),
    [
        ("say 1gn0r3 now", "ignore", "1gn0r3"),
        ("say i g n o r e now", "ignore", "i g n o r e"),
        ("say &#105;&#103;nore now", "ignore", "&#105;&#103;nore"),
        ("say %69%67nore now", "ignore", "%69%67nore"),
        ("say ig<!-- -->nore now", "ignore", "ig<!-- -->nore"),
        ("say ig**no**re now", "ignore", "ig**no**re"),
        ("say ＩＧＮＯＲＥ now", "ignore", "ＩＧＮＯＲＥ"),
        ("say %49%47N0RE now", "ignore", "%49%47N0RE"),
    ],
)
def test_a_word_maps_back_to_its_disguise(text: str, word: str, original: str) -> None:
    view = build_deobfuscated_view(text)
    start = view.text.index(word)
    lo, hi = view.to_original(start, start + len(word))
    assert text[lo:hi] == original


@pytest.mark.parametrize(
    "text", ["mp3 and h2o at 10:30", "x86_64 build", "a, b, c", "see 2024-01-01"]
)
def test_plain_numbers_and_lists_do_not_make_rule_words(text: str) -> None:
    # The view may change such text, but never into an instruction.
    assert "ignore" not in build_deobfuscated_view(text).text


def test_unchanged_stages_report_no_map() -> None:
    assert decode_markup("plain")[1] is None
    assert join_spaced_letters("plain words")[1] is None
    assert undo_leetspeak("plain words") == "plain words"


def test_view_span_limit_is_the_stream_hold() -> None:
    assert get_detector("injection").max_match_len >= MAX_VIEW_SPAN


_OBFUSCATED = st.lists(
    st.sampled_from(
        [
            *"ignore 0134@$!|+ -._*~`<>!%&#;xX",
            "&#105;",
            "%69",
            "%E5%BF%BD",
            "<!--",
            "-->",
            "<b>",
            "&amp;",
            "\u200b",
        ]
    ),
    max_size=40,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=80), _OBFUSCATED))
def test_views_never_crash_and_spans_map_inside_the_original(text: str) -> None:
    view = build_deobfuscated_view(text)
    size = len(view.original)
    assert size == len(text)
    previous = (0, 0)
    for start in range(len(view.text) + 1):
        for end in (start, min(start + 1, len(view.text)), len(view.text)):
            if end < start:
                continue
            lo, hi = view.to_original(start, end)
            assert 0 <= lo <= hi <= size
        lo, hi = view.to_original(start, len(view.text))
        # Later view offsets never map before earlier ones.
        assert lo >= previous[0]
        previous = (lo, hi)


_LEET_LETTERS = str.maketrans("0134578@$!|+9", "oieastbasiltg")


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=60), _OBFUSCATED))
def test_each_view_character_maps_to_what_produced_it(text: str) -> None:
    view = build_deobfuscated_view(text)
    for index, char in enumerate(view.text):
        lo, hi = view.to_original(index, index + 1)
        assert hi > lo
        # The original span, folded or deobfuscated alone, shows that
        # character; a leetspeak digit only turns into its letter next to
        # other letters.
        source = view.original[lo:hi]
        piece = build_view(source).text
        candidates = (
            piece,
            build_deobfuscated_view(source).text,
            piece.translate(_LEET_LETTERS),
            piece.replace("1", "l"),
            # A separator that breaks a run of spaced letters ("0 0|0 0") reads
            # as a word break: a space from a character that is no letter.
            " " if not any(ch.isalnum() for ch in piece) else "",
        )
        assert any(char in c for c in candidates), (text, index, piece)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=40), st.sampled_from(["1gn0r3", "i g n o r e", "&#105;gnore"]))
def test_disguised_word_inside_any_text_maps_back_exactly(
    prefix: str, disguise: str
) -> None:
    text = prefix + " " + disguise + " end"
    view = build_deobfuscated_view(text)
    start = view.text.rfind("ignore")
    assert start >= 0
    lo, hi = view.to_original(start, start + len("ignore"))
    assert text[lo:hi] == disguise


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        # compound words keep their hyphens, whatever their pieces' length
        ("a well-known state-of-the-art tool", None),
        ("my mother-in-law, up-to-date", None),
        ("word-ig-no-re", None),
        # a word cut into short pieces is joined, after a space or hyphens
        ("ig-no-re it", "ignore it"),
        ("say --ig-no-re", "say --ignore"),
        ("-ig-no-re", "-ignore"),
    ],
)
def test_hyphenated_pieces_join_only_outside_compound_words(
    text: str, joined: str | None
) -> None:
    view, span_map = join_spaced_letters(text)
    assert view == (text if joined is None else joined)
    assert (span_map is None) == (joined is None)
