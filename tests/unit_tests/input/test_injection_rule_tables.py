"""The rule tables of session h18, one parametrized file for all of them.

Each ``table_h18_<kind>.py`` lists attacks in our own words (several
languages per rule), each with the rule that must catch it (a full rule id,
or a prefix ending in ``.`` for a family of rules), and look-alikes that share
their words and must pass byte for byte. Every attack is checked sync and
async, stream equal to invoke, and with every finding inside its rule's
``max_len``. Adding a table is one entry in ``TABLES``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import pytest
import rule_table_harness as harness
import table_h18_direct
import table_h18_extraction
import table_h18_indirect
import table_h18_jailbreak
import table_h20_indirect
import table_h20_jailbreak
import table_h21_extraction
import table_h21_indirect
from family_checks import (
    SANITIZER,
    rule_ids,
)


def _h18_indirect_alone(text: str) -> set[str]:
    # An older rule may report the same span first (one finding per span), so
    # the indirect table checks each h18 rule on its own detector.
    return {f.rule_id for f in table_h18_indirect.H18_RULES.detect(text)}


def _h20_indirect_alone(text: str) -> set[str]:
    return {f.rule_id for f in table_h20_indirect.H20_RULES.detect(text)}


def _h20_jailbreak_alone(text: str) -> set[str]:
    return {f.rule_id for f in table_h20_jailbreak.H20_RULES.detect(text)}


def _h21_indirect_alone(text: str) -> set[str]:
    return {f.rule_id for f in table_h21_indirect.H21_RULES.detect(text)}


def _h21_extraction_alone(text: str) -> set[str]:
    return {f.rule_id for f in table_h21_extraction.H21_RULES.detect(text)}


@dataclass(frozen=True)
class Table:
    """One table module and the detector its named rules are looked up in."""

    name: str
    table: ModuleType
    rules_of: Callable[[str], set[str]] = rule_ids

    def attacks(self) -> list[tuple[str, str]]:
        """``(rule, text)`` pairs, whichever order the module wrote them in."""
        return [
            (a, b) if a.startswith("injection.") else (b, a)
            for a, b in self.table.ATTACKS
        ]


TABLES = (
    Table("direct", table_h18_direct),
    Table("extraction", table_h18_extraction),
    Table("indirect", table_h18_indirect, _h18_indirect_alone),
    Table("jailbreak", table_h18_jailbreak),
    Table("h20-indirect", table_h20_indirect, _h20_indirect_alone),
    Table("h20-jailbreak", table_h20_jailbreak, _h20_jailbreak_alone),
    Table("h21-indirect", table_h21_indirect, _h21_indirect_alone),
    Table("h21-extraction", table_h21_extraction, _h21_extraction_alone),
)


def _attack_params(step: int = 1) -> list[Any]:
    return [
        pytest.param(
            t, rule, text, id=f"{t.name}-{rule.rstrip('.').split('.')[-1]}-{i}"
        )
        for t in TABLES
        for i, (rule, text) in enumerate(t.attacks())
        if i % step == 0
    ]


def _text_params(step: int = 1) -> list[Any]:
    return [pytest.param(p.values[2], id=p.id) for p in _attack_params(step)]


BENIGN_PARAMS = [
    pytest.param(text, id=f"{t.name}-{i}")
    for t in TABLES
    for i, text in enumerate(t.table.BENIGN)
]


@pytest.mark.parametrize(("table", "rule", "text"), _attack_params())
def test_attack_is_caught_by_its_rule(table: Table, rule: str, text: str) -> None:
    harness.assert_rule_named(rule, table.rules_of(text))
    assert SANITIZER.invoke(text) != text


test_attack_is_caught_async = harness.table_test_async(
    "text", _text_params(), harness.caught_async
)
test_findings_fit_their_rule_max_len = harness.table_test(
    "text", _text_params(), harness.fits_max_len
)
test_attack_streams_like_invoke = harness.table_test(
    "text", _text_params(step=3), harness.streams_like_invoke(1, 7, 64)
)
test_look_alike_passes_byte_for_byte = harness.table_test(
    "text", BENIGN_PARAMS, harness.passes_byte_for_byte
)
test_look_alike_passes_byte_for_byte_async = harness.table_test_async(
    "text", BENIGN_PARAMS, harness.passes_byte_for_byte_async
)
