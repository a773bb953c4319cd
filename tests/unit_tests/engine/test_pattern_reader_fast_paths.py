"""The pattern readers' fast paths give the results of the plain reader.

The readers used to call ``peek`` (a bounds check per character, 12 million
calls building the injection detector) and read every letter as an item; they
now index the pattern's characters followed by a few ``""`` entries and step
over plain letters in ``concat``. That is only the same reader if no read
steps past the padding and a plain letter is what the item reader makes of
it. A reference reader (characters reading ``""`` at every index past the
end, every item read through ``atom``/``literal``) is compared with the real
one on every registered injection rule (the patterns the detector's build
analyses) and on generated patterns full of escapes and brackets.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from langchain_mistral_secure.detection import _char_needs, pattern_reader
from langchain_mistral_secure.detection.injection import (
    RULES,
    SCRIPT_RULES,
    VIEW_RULES,
    WORD_RULES,
)


class _EndlessChars(list[str]):
    """The pattern's characters, then ``""`` at every index past the end."""

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, int) and index >= len(self):
            return ""
        return super().__getitem__(index)


class _ReferenceWidth(pattern_reader._Width):
    """``_Width`` reading every item through ``atom`` (no plain-letter step)."""

    def concat(self) -> int | None:
        total: int | None = 0
        while self.chars[self.pos] not in ("", "|", ")"):
            width = self.quantified(self.atom())
            total = None if total is None or width is None else total + width
        return total


class _ReferenceNeeds(pattern_reader._Needs):
    """``_Needs`` reading every item through ``literal`` (no plain-letter step)."""

    def concat(self) -> Any:
        best: Any = None
        while self.chars[self.pos] not in ("", "|", ")"):
            need = self.repeated(self.literal())
            if need is not None and (
                best is None or pattern_reader._rank(need) < pattern_reader._rank(best)
            ):
                best = need
        return best


class _ReferenceCharNeeds(_char_needs._CharNeeds):
    concat = _ReferenceNeeds.concat


_REFERENCE: dict[type[Any], type[Any]] = {
    pattern_reader._Width: _ReferenceWidth,
    pattern_reader._Needs: _ReferenceNeeds,
    _char_needs._CharNeeds: _ReferenceCharNeeds,
}


def _reference(reader_class: type[Any], pattern: str) -> tuple[Any, int, Any]:
    """Read ``pattern`` item by item, with endless padding (the old reader)."""
    reader = _REFERENCE[reader_class](pattern)
    reader.chars = _EndlessChars(pattern)
    try:
        result = reader.alternation()
    except (ValueError, IndexError):
        return "unreadable", -1, None
    return result, reader.pos, list(reader.captures)


def _padded(reader_class: type[Any], pattern: str) -> tuple[Any, int, Any]:
    reader = reader_class(pattern)
    try:
        result = reader.alternation()
    except (ValueError, IndexError):
        return "unreadable", -1, None
    return result, reader.pos, list(reader.captures)


_READERS: list[type[Any]] = [
    pattern_reader._Width,
    pattern_reader._Needs,
    _char_needs._CharNeeds,
]


def _registered_patterns() -> list[str]:
    rules = (*RULES, *SCRIPT_RULES, *VIEW_RULES, *WORD_RULES)
    return sorted({rule.compiled_pattern() for rule in rules})


@pytest.mark.parametrize("reader_class", _READERS, ids=lambda cls: cls.__name__)
def test_every_registered_pattern_reads_as_unpadded(reader_class: type[Any]) -> None:
    patterns = _registered_patterns()
    assert len(patterns) > 100  # the registry, not an empty import
    differ = [
        index
        for index, pattern in enumerate(patterns)
        if _padded(reader_class, pattern) != _reference(reader_class, pattern)
    ]
    assert differ == [], f"{len(differ)} registered patterns read differently"


_PUBLIC: list[tuple[str, Callable[[str], Any]]] = [
    ("max_len", pattern_reader.pattern_max_len),
    ("without_captures", pattern_reader.without_captures),
    ("needs", pattern_reader.pattern_needs),
    ("char_needs", _char_needs.pattern_char_needs),
]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bkey-\d{4}\b", (8, r"\bkey-\d{4}\b", frozenset({"-"}), None)),
        ("(a)\\", (None, "(a)\\", None, None)),
        ("a\\x", (None, "a\\x", None, None)),
        ("a\\p", (None, "a\\p", None, None)),
        ("(?P<k>ж)|[", (None, "(?P<k>ж)|[", None, None)),
        ("(?P<k>ж+)", (None, "(?:ж+)", None, frozenset({"(?-i:ж)"}))),
        ("\\Qa(b", (3, "\\Qa(b", None, None)),
    ],
)
def test_patterns_ending_in_an_escape(pattern: str, expected: tuple[Any, ...]) -> None:
    assert tuple(analysis(pattern) for _, analysis in _PUBLIC) == expected


_PIECES = st.sampled_from(
    [
        "a",
        "ab",
        " ",
        "k",
        "s",
        "(?i:",
        "ж",
        "\\",
        "\\x",
        "\\x{",
        "\\p",
        "\\pL",
        "\\Q",
        "\\E",
        "(",
        ")",
        "(?",
        "(?i)",
        "(?P<",
        ">",
        "[",
        "]",
        "[:",
        ":]",
        "^",
        "|",
        "{",
        "}",
        "2",
        ",",
        "*",
        "+",
        "?",
        "-",
        "<",
        ".",
    ]
)


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join))
def test_generated_patterns_read_as_unpadded(pattern: str) -> None:
    for reader_class in _READERS:
        assert _padded(reader_class, pattern) == _reference(reader_class, pattern)
