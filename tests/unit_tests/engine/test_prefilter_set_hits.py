"""Long texts start from the rule set's answer: which rules match, or that it gave up.

The set's answer (:func:`set_hits`) replaces the search of the alternation of
every rule; the rules that match are seeded by their own programs side by side
(:func:`first_match_search`) or by the bounded rules' alternation. These tests
hold the new path to the old one: the same seeds, the same ranges for every
rule that matches, the same spans as a full scan per rule.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from prefilter_helpers import full_scan, planted_texts

from langchain_mistral_secure.detection._byte_search import (
    _compile_checked_set,
    _span_search,
    compile_any,
    compile_program,
    first_match_search,
    set_hits,
)
from langchain_mistral_secure.detection.prefilter import (
    _OWN_SEEDS_MAX,
    _UNBUILT,
    RuleGroup,
)


@pytest.mark.parametrize(
    ("patterns", "data"),
    [
        (("a", "b"), b"cab"),
        (("a", "b"), b"xyz"),
        ((r"\bcat\b", "dog"), b"concatenate"),
        ((r"\bcat\b", "dog"), b"a cat, a dog"),
        ((r"^x", r"x$"), b"yxy"),
        ((r"^x", r"x$"), b"xyx"),
        (("", "a"), b""),
        ((r"\z", r"\A"), b"abc"),  # rules like the sentinel itself
        (("é", "[^a]"), "aé".encode()),
    ],
)
def test_set_hits_are_the_rules_that_match(
    patterns: tuple[str, ...], data: bytes
) -> None:
    hits = set_hits(_compile_checked_set(patterns), len(patterns), data)
    assert hits is not None
    alone = [i for i, p in enumerate(patterns) if compile_program(p).search(data)]
    assert sorted(hits) == alone


class _Answers:
    """Stands in for an RE2 set: ``Match`` returns a fixed answer."""

    def __init__(self, found: list[int] | None) -> None:
        self.found = found

    def Match(self, _data: object) -> list[int] | None:  # noqa: N802 - RE2's name
        return self.found


@pytest.mark.parametrize(
    ("found", "expected"),
    [
        (None, None),  # what the wrapper returns for an empty answer
        ([], None),
        ([0, 1], None),  # no sentinel (index 2): the set gave up
        ([2], []),
        ([1, 2, 0], [1, 0]),
    ],
)
def test_set_hits_without_the_sentinel_mean_the_set_gave_up(
    found: list[int] | None, expected: list[int] | None
) -> None:
    assert set_hits(_Answers(found), 2, b"text") == expected


SEED_PATTERNS = [r"ab", r"a", r"b+", r"(x)(y)?", r"\bcd\b", r"c*", r"ba$", r"^b", "é+"]


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(alphabet="abcdxy é\n", max_size=60),
    picked=st.lists(
        st.sampled_from(SEED_PATTERNS), min_size=1, max_size=_OWN_SEEDS_MAX, unique=True
    ),
    steps=st.lists(st.integers(0, 7), max_size=30),
)
def test_side_by_side_searches_find_the_alternations_match(
    text: str, picked: list[str], steps: list[int]
) -> None:
    data = text.encode()
    alternation = _span_search(compile_any(tuple(picked)))
    seek = first_match_search([compile_program(p) for p in picked])
    pos = 0
    for step in [0, *steps, -len(data)]:  # the last step goes back to 0
        pos = max(0, pos + step)
        if pos > len(data):
            break
        assert seek(data, pos) == alternation(data, pos)


# Bounded rules (more than _OWN_SEEDS_MAX of them) and unbounded ones.
PATTERNS = [
    r"\bkey-\d{4}\b",
    r"(?:^|[^a-z])(x{2,5})(?:$|[^a-z])",
    r"\x{00E9}{2}z",
    r"[A-Z]{3}-\d{1,6}\b",
    r"(?m)^head: \w{1,12}$",
    r"\b\d{3}[ .-]\d{4}\b",
    r"ab\s+cd",
    r"(?i)ignore .* rules",
]
GROUPS: list[int | str] = [0, 1, 0, 0, 0, 0, 0, 0]
PLANTS = [
    "key-1234",
    "xxx",
    "ééz",
    "ABC-42",
    "\nhead: value\n",
    "555 0132",
    "ab   cd",
    "Ignore the rules",
    "key-12345",
]


def _reference(text: str) -> list[tuple[int, int, int]]:
    return full_scan(PATTERNS, GROUPS, text)


def _gave_up() -> RuleGroup:
    """The group of ``PATTERNS`` with an all-rules set that gives up on every text."""
    failing = RuleGroup(PATTERNS, GROUPS)
    failing._all_set = _Answers(None)
    return failing


@settings(max_examples=40, deadline=None)
@given(planted_texts(PLANTS))
def test_set_answer_gives_the_alternations_ranges_to_every_rule_that_matches(
    planted: str,
) -> None:
    text = planted + " lorem" * 2000  # past the one-set shortcut
    data = text.encode()
    group = RuleGroup(PATTERNS, GROUPS)
    hits = set_hits(group._all_set, len(PATTERNS), data)
    assert hits is not None
    ascii_only = text.isascii()
    ranges = group._ranges(data, ascii_only=ascii_only)
    old = _gave_up()._ranges(data, ascii_only=ascii_only)
    assert sorted(ranges) == sorted(hits)
    assert {i: old[i] for i in hits} == ranges
    assert sorted(group.spans(text)) == _reference(text)
    assert sorted(_gave_up().spans(text)) == _reference(text)


@pytest.mark.parametrize(
    ("plants", "built"),
    [
        ([], [False, False, False]),  # no rule matches: the set's answer is all
        (["key-1234", "Ignore the rules"], [False, False, False]),
        (PLANTS[:_OWN_SEEDS_MAX], [False, False, False]),
        (PLANTS[: _OWN_SEEDS_MAX + 1], [False, True, False]),  # the alternation
    ],
)
def test_alternations_compile_only_when_many_bounded_rules_match(
    plants: list[str], built: list[bool]
) -> None:
    text = " lorem" * 2000 + " " + " ".join(plants) + " lorem" * 2000
    group = RuleGroup(PATTERNS, GROUPS)
    assert sorted(group.spans(text)) == _reference(text)
    assert [a is not _UNBUILT for a in group._alternations] == built


def test_a_set_that_gives_up_on_a_long_text_falls_back_to_the_alternations() -> None:
    text = " lorem" * 2000 + " " + " ".join(PLANTS) + " café" * 2000
    group = _gave_up()
    assert sorted(group.spans(text)) == _reference(text)
    assert group._alternations[0] is not _UNBUILT  # searched once the set gave up


@pytest.mark.parametrize(
    "text",
    [
        " ".join(PLANTS),  # every rule matches
        "lorem ipsum",  # none does
        "café " * 10 + "key-1234",
    ],
)
def test_a_set_that_gives_up_on_a_short_text_runs_every_rule(text: str) -> None:
    # Before the sentinel, a short text whose set gave up ran no rule (fail open).
    group = _gave_up()
    data = text.encode()
    ranges = group._ranges(data, ascii_only=text.isascii())
    assert sorted(ranges) == list(range(len(PATTERNS)))
    assert sorted(group.spans(text)) == _reference(text)


def test_a_window_set_that_gives_up_runs_every_bounded_rule() -> None:
    group = RuleGroup(PATTERNS, GROUPS)
    group._bounded_set = _Answers(None)
    data = (" lorem" * 3000).encode()
    ranges: dict[int, list[list[int]]] = {}
    group._window_ranges(data, 8192, 8000, ranges)
    assert sorted(ranges) == sorted(group._bounded)
    assert all(spans[0][0] == 0 for spans in ranges.values())
    assert all(spans[-1][1] == len(data) for spans in ranges.values())
