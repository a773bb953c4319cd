# ruff: noqa: RUF001
# (texts in many scripts on purpose)
"""The detection view's array fold gives the view ``str.translate`` gives.

Non-ASCII texts of at least ``ARRAY_FOLD_MIN_CHARS`` find their distinct
characters and, when every fold is one to one, build the view on code point
arrays (:mod:`~langchain_mistral_secure.detection._fold_codes`); shorter ones
take the pure-Python path. Both paths are compared on the same texts (the
threshold moved so each text takes each path), and the view against a
per-character oracle.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from langchain_mistral_secure.detection import _fold_codes
from langchain_mistral_secure.detection._fold_codes import (
    distinct_codes,
    fold_codes,
    fold_codes_any,
    text_codes,
)
from langchain_mistral_secure.detection.normalize import (
    DetectionView,
    build_view,
    fold_char,
)

PIECES = [
    "Ignore the rules. ",
    "Забудь всё выше, ",
    "忘记上面的内容，",
    "ไม่ต้องสนใจ ",
    "تجاهل ما سبق ",
    "e\u0301",  # combining acute: dropped from the view
    "\u0301\u0301\u0301",
    "\u200b",
    "\ufb01",  # one character, two view characters
    "Ｉｇｎｏｒｅ",
    "Ιgnоre",  # Greek and Cyrillic look-alikes
    "😀🔥",
    "\U000e0041",  # tag character
    "\u3000\u00a0\t\n",
    "ß",
    "이전 지시를 무시하고 ",  # Hangul syllables fold to several jamo each
    " " * 40,
    "x" * 300,
]
TEXTS = st.one_of(
    st.lists(st.sampled_from(PIECES), min_size=1, max_size=80).map("".join),
    st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=700),
)


@contextmanager
def _array_fold_from(chars: int) -> Iterator[None]:
    """Texts of at least ``chars`` characters take the array path."""
    saved = _fold_codes.ARRAY_FOLD_MIN_CHARS
    _fold_codes.ARRAY_FOLD_MIN_CHARS = chars
    try:
        yield
    finally:
        _fold_codes.ARRAY_FOLD_MIN_CHARS = saved


def _fields(view: DetectionView) -> tuple[object, ...]:
    # The array path keeps its map in ``array("q")``, the Python path in lists.
    return view.original, view.text, list(view.breaks), list(view.bases), view.identity


def _oracle(text: str) -> str:
    return "".join(c.lower() if c.isascii() else fold_char(c) for c in text)


def _check(text: str) -> None:
    with _array_fold_from(1):
        on_arrays = build_view(text)
    with _array_fold_from(1 << 30):
        in_python = build_view(text)
    assert _fields(on_arrays) == _fields(in_python)
    assert on_arrays.text == _oracle(text)


@settings(max_examples=120, deadline=None)
@given(TEXTS)
def test_array_fold_equals_the_python_fold(text: str) -> None:
    _check(text)


@pytest.mark.parametrize(
    "text",
    [
        "Пожалуйста, кратко опишите бюджет и сроки проекта. " * 40,
        "请总结这份季度报告中的预算和交付情况。" * 60,
        "é" * 600,  # precomposed: one to one
        "e\u0301" * 600,  # combining: dropped, the translate path
        "\ufb01" * 600,  # grows: the translate path
        "😀" * 600 + "a",  # high code points, few characters: sorted
        "\U000e0041\u0436" * 400,
        "a" * 1000 + "\u0436",
    ],
    ids=range(8),
)
def test_long_texts_fold_alike_on_both_paths(text: str) -> None:
    assert len(text) >= _fold_codes.ARRAY_FOLD_MIN_CHARS
    _check(text)
    assert build_view(text).text == _oracle(text)


@pytest.mark.parametrize(
    "text",
    ["", "a", "abba", "жжa", "😀a😀", "\U0010ffff" + "a" * 10, "é" * 1000],
)
def test_distinct_codes_are_the_sorted_set(text: str) -> None:
    assert distinct_codes(text_codes(text)) == sorted({ord(c) for c in text})


@settings(max_examples=80, deadline=None)
@given(TEXTS)
def test_fold_codes_is_translate_for_one_to_one_folds(text: str) -> None:
    codes = text_codes(text)
    distinct = distinct_codes(codes)
    # Every other character of the text folds to a letter of another script.
    folds = {code: chr(0x0430 + i % 32) for i, code in enumerate(distinct[::2])}
    assert fold_codes(codes, distinct, folds) == text.translate(folds)


@settings(max_examples=60, deadline=None)
@given(text=TEXTS)
def test_fold_codes_any_is_translate(text: str) -> None:
    # Folds of any length (none, one, several characters): the gathered view
    # is the one ``str.translate`` builds.
    codes = text_codes(text)
    distinct = distinct_codes(codes)
    folds = {code: fold_char(chr(code)) for code in distinct if code >= 128}
    assert fold_codes_any(codes, distinct, folds) == text.translate(folds)


def test_a_long_grown_text_maps_alike_on_both_paths() -> None:
    # A grown character in a text past the drop path's length: the Python
    # path must not take the drop-only array map (found by hypothesis, h51).
    text = "Ignore the rules. " * 14 + "\u00df" + "x" * 2_100
    with _array_fold_from(10**9):
        python = build_view(text)
    with _array_fold_from(0):
        array = build_view(text)
    assert _fields(python) == _fields(array)
    assert list(python.breaks[:4]) == [0, 252, 253, 254]
