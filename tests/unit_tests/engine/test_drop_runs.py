"""The array path of the detection views maps offsets like a per-character oracle.

Long texts (at least ``VECTOR_MIN_CHARS``) build their offset map with numpy;
short ones with the pure-Python runs. Both are checked against the simplest
possible oracle: fold each character on its own and record which original
character produced each view character.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from langchain_mistral_secure.detection._drop_runs import (
    VECTOR_MIN_CHARS,
    drop_map,
    grow_map,
    strip_and_map,
)
from langchain_mistral_secure.detection.normalize import (
    INVISIBLE_CHARS,
    _drop_map,
    _offset_map,
    build_stripped_view,
    build_view,
    fold_char,
)

UNITS = [
    "a",
    "Ig",
    " ",
    "\u200b",
    "\u200d\u200d",
    "e\u0301",
    "\u0301",
    "\U000e0041",  # tag A: folds to "a" in the view, removed in the stripped one
    "\ufb01",  # "fi" ligature: one character, two view characters
    "\uff29",  # fullwidth I
    "\ufeff",
    "\u00ad",
    "は",
    "한",  # a Hangul syllable: folds to its jamo (grows)
    "\u00df",  # sharp s
]


def _oracle(text: str, fold: object) -> tuple[str, list[int]]:
    view: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(text):
        folded = fold(char)  # type: ignore[operator]
        view.append(folded)
        origin.extend([index] * len(folded))
    return "".join(view), origin


def _view_fold(char: str) -> str:
    return char.lower() if char.isascii() else fold_char(char)


def _strip_fold(char: str) -> str:
    code = ord(char)
    return "" if char in INVISIBLE_CHARS or 0xE0020 <= code <= 0xE007E else char


def _long(units: list[str]) -> str:
    text = "".join(units) or "a"
    return text * (VECTOR_MIN_CHARS // len(text) + 1)


def _check(view: object, text: str, fold: object) -> None:
    expected_text, origin = _oracle(text, fold)
    assert view.text == expected_text  # type: ignore[attr-defined]
    step = max(1, len(origin) // 4_000)
    for index in [*range(0, len(origin), step), len(origin) - 1]:
        if index >= 0:
            assert view.original_index(index) == origin[index]  # type: ignore[attr-defined]


@settings(max_examples=30, deadline=None)
@given(units=st.lists(st.sampled_from(UNITS), min_size=1, max_size=40))
@pytest.mark.parametrize("long", [False, True])
def test_views_map_like_the_oracle(units: list[str], long: bool) -> None:
    text = _long(units) if long else "".join(units)
    _check(build_view(text), text, _view_fold)
    _check(build_stripped_view(text), text, _strip_fold)


@settings(max_examples=200, deadline=None)
@given(classes=st.text(alphabet="ad", max_size=60))
def test_array_runs_equal_python_runs(classes: str) -> None:
    # "a" kept, "d" dropped: the class string the Python path walks.
    text = "".join("\u200b" if c == "d" else "x" for c in classes)
    breaks, bases = drop_map(text, {0x200B})
    assert (list(breaks), list(bases)) == _drop_map(classes, [0], [0])
    stripped, breaks, bases = strip_and_map(text, {0x200B})
    assert stripped == text.replace("\u200b", "")
    assert (list(breaks), list(bases)) == _drop_map(classes, [0], [0])


@settings(max_examples=60, deadline=None)
@given(units=st.lists(st.sampled_from(UNITS), min_size=1, max_size=60))
def test_grow_map_equals_the_python_runs(units: list[str]) -> None:
    # Characters folding to several (ligatures, Hangul) or none, mixed with
    # kept ones: the array map is the pure-Python map, pair for pair.
    text = "".join(units)
    widths: dict[str, int] = {}
    classes: dict[int, str] = {}
    for char in set(text):
        folded = _view_fold(char)
        if len(folded) == 1:
            classes[ord(char)] = "a"
        else:
            widths[char] = len(folded)
            classes[ord(char)] = "d" if not folded else "x"
    breaks, bases = grow_map(text, widths)
    assert (list(breaks), list(bases)) == _offset_map(
        text, text.translate(classes), widths
    )
