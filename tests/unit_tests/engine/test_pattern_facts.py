"""The shipped table of pattern analyses: current, exact, and only a shortcut.

``detection/_pattern_facts.json`` holds what the pattern readers return for
every pattern the built-in detectors' builds analyse. These tests check that
it is current (a rule edited without regenerating it fails here, naming the
command), that every row equals a fresh read of its pattern, and that a
detector built from the table is the detector built without it, group by
group and rule by rule, on the full registry.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from importlib import resources
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from langchain_mistral_secure.detection import engine, pattern_facts
from langchain_mistral_secure.detection._pattern_facts_table import (
    ANALYSIS_VERSION,
    TABLE_FILE,
    fact_key,
    facts_from_json,
    facts_to_json,
    rows_from_text,
    set_table_enabled,
    stored_facts,
)
from langchain_mistral_secure.detection.engine import RuleDetector
from langchain_mistral_secure.detection.injection.grouped_detector import (
    InjectionDetector,
    _RuleGroups,
)
from langchain_mistral_secure.detection.pattern_reader import without_captures
from langchain_mistral_secure.detection.prefilter import RuleGroup

_REGENERATE = f"the pattern table is stale: run `{pattern_facts.REGENERATE_COMMAND}`"


@pytest.fixture(scope="module")
def registered() -> list[str]:
    """Every pattern the built-in detectors' builds analyse, in this process."""
    return pattern_facts.registered_patterns()


def test_shipped_table_is_the_regenerated_table() -> None:
    # ``--check`` rebuilds every built-in detector with the hash seed pinned
    # (as ``--write`` does) and compares the whole file.
    assert pattern_facts.main(["--check"]) == 0, _REGENERATE


def test_every_stored_row_equals_a_fresh_read(registered: list[str]) -> None:
    assert len(registered) > 100
    stored = {p: stored_facts(p) for p in registered}
    differ = [
        index
        for index, pattern in enumerate(registered)
        if stored[pattern] is not None
        and stored[pattern] != pattern_facts.analyse_pattern(pattern)
    ]
    assert differ == [], f"{len(differ)} rows differ; {_REGENERATE}"
    # A few patterns join a set, so their text (and key) varies with the hash
    # seed: the table holds the seed-0 text, and in this process they may be
    # read at runtime. ``--check`` above proves the rest complete.
    hits = sum(facts is not None for facts in stored.values())
    assert hits > len(registered) // 2, _REGENERATE


def _rule_detectors(obj: Any, seen: set[int]) -> Iterator[RuleDetector]:
    """Every ``RuleDetector`` reachable from ``obj`` through our own objects."""
    if id(obj) in seen:
        return
    seen.add(id(obj))
    if isinstance(obj, RuleDetector):
        yield obj
        return
    if isinstance(obj, dict):
        children: list[Any] = list(obj.values())
    elif isinstance(obj, list | tuple):
        children = list(obj)
    elif type(obj).__module__.startswith("langchain_mistral_secure"):
        children = list(getattr(obj, "__dict__", {}).values())
        children += [getattr(obj, s, None) for s in getattr(obj, "__slots__", ())]
    else:
        return
    for child in children:
        yield from _rule_detectors(child, seen)


def _group_plan(group: RuleGroup) -> tuple[Any, ...]:
    """What a rule group's build decided from the analyses (and its literals)."""
    patterns = [program.pattern for program in group.programs]
    char_needs = group._char_needs
    return (
        patterns,
        group.groups,
        group._bounded,
        group._unbounded,
        group._overlap,
        group._needs,
        None if char_needs is None else char_needs.pattern,
        [without_captures(p) for p in patterns],
        # The seed alternations (compiled on first use; compiled here).
        [None if p is None else p.pattern for p in group._seed_programs()],
    )


def _detector_plan(detector: Any) -> list[tuple[Any, ...]]:
    plan: list[tuple[Any, ...]] = []
    for rule_detector in _rule_detectors(detector, set()):
        for kind, (rules, group) in sorted(rule_detector._groups().items()):
            ids = [rule.id for rule in rules]
            plan.append((rule_detector.name, kind, ids, *_group_plan(group)))
    if isinstance(detector, InjectionDetector):
        passes = [detector.rules, detector.scripts, detector.deobfuscated]
        for grouped in passes:
            assert isinstance(grouped, _RuleGroups)
            plan.append(tuple(sorted(grouped.skippable.items())))
    return plan


def _builds(*, from_table: bool) -> dict[str, list[tuple[Any, ...]]]:
    for module in engine._BUILTIN_MODULES.values():
        importlib.import_module(module)  # registers its detector
    pattern_facts.clear_analysis_caches()
    set_table_enabled(from_table)
    try:
        return {
            name: _detector_plan(engine._REGISTRY[name]())
            for name in sorted(engine._BUILTIN_MODULES)
        }
    finally:
        set_table_enabled(True)
        pattern_facts.clear_analysis_caches()


def test_detectors_built_from_the_table_equal_those_built_without() -> None:
    with_table = _builds(from_table=True)
    without_table = _builds(from_table=False)
    assert sum(len(plan) for plan in with_table.values()) > 200  # the groups
    assert with_table.keys() == without_table.keys()
    for name in with_table:
        assert with_table[name] == without_table[name], name


@pytest.mark.parametrize(
    "pattern",
    [
        r"\bkey-\d{4}\b",
        r"(?P<k>ж+)|(a)(b(c))",
        r"(?i)игнор|無視\s*x",
        r"a\s+b",
        "(?P<k>ж)|[",
        r"<script|\]\(",
    ],
)
def test_rows_read_back_as_written(pattern: str) -> None:
    facts = pattern_facts.analyse_pattern(pattern)
    assert facts_from_json(facts_to_json(facts)) == facts


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not json",
        "[1, 2]",
        f'{{"version": {ANALYSIS_VERSION + 1}, "facts": {{"k": [true]}}}}',
        f'{{"version": {ANALYSIS_VERSION}, "facts": [1]}}',
    ],
)
def test_unreadable_or_other_version_tables_hold_nothing(text: str) -> None:
    assert rows_from_text(text) == {}


def test_table_text_reads_back_and_is_ordered() -> None:
    patterns = ["b+", r"(a)\(", "ж|z"]
    text = pattern_facts.table_text(patterns)
    rows = rows_from_text(text)
    assert list(rows) == sorted(fact_key(p) for p in patterns)
    for pattern in patterns:
        expected = pattern_facts.analyse_pattern(pattern)
        assert facts_from_json(rows[fact_key(pattern)]) == expected
    assert pattern_facts.table_text(reversed(patterns)) == text  # type: ignore[arg-type]


def test_table_ships_as_package_data() -> None:
    # pyproject's package-data lists it, so the wheel carries it.
    package = resources.files("langchain_mistral_secure.detection")
    resource = package.joinpath(TABLE_FILE)
    assert resource.is_file()
    assert rows_from_text(resource.read_text("utf-8"))


def test_unknown_patterns_are_not_in_the_table() -> None:
    # A user's rule is read at runtime; the key covers the whole text.
    assert stored_facts(r"h21\.user-rule-\d{3}") is None
    assert fact_key("a+") != fact_key("(?i)a+")


_PIECES = st.sampled_from(
    [
        *("a", "ж", "無", "\\", "\\x{", "\\pL", "\\Q", "(", ")", "(?i)", "(?P<"),
        *(">", "[", "]", "^", "|", "{", "}", "2", ",", "*", "+", "?", "<", "."),
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_PIECES, max_size=10).map("".join))
def test_generated_rows_read_back_as_written(pattern: str) -> None:
    facts = pattern_facts.analyse_pattern(pattern)
    assert facts_from_json(facts_to_json(facts)) == facts
