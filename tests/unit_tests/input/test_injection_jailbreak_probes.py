"""The jailbreak probe rounds of #14 (one data module per family), tested alike.

Each ``probe_jailbreak_*.py`` holds a probe round (none is a corpus row): the
rule modules it covers (``MODULES``), ``ATTACKS`` as (text, the short name of
the ``injection.role`` rule that must fire) and benign look-alikes (``BENIGN``;
those older rules still cut, ``STILL_CUT``, are strict xfails).
Every round gets the same checks: each rule of its modules has an attack, the
rule fires and the text is changed (sync and async), findings within their
rule's ``max_len``, stream equals invoke, look-alikes pass byte for byte.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

import probe_jailbreak_h17_rules
import probe_jailbreak_personas
import probe_jailbreak_pretexts
import probe_jailbreak_wrappers
import pytest
from family_checks import (
    SANITIZER,
    assert_caught_async,
    assert_findings_fit_max_len,
    assert_passes_byte_for_byte,
    assert_passes_byte_for_byte_async,
    assert_streams_like_invoke,
    rule_ids,
)

ROUNDS: dict[str, ModuleType] = {
    "personas": probe_jailbreak_personas,
    "pretexts": probe_jailbreak_pretexts,
    "wrappers": probe_jailbreak_wrappers,
    "h17_rules": probe_jailbreak_h17_rules,
}


def _attacks(step: int = 1, *, mark_missed: bool = False) -> list[Any]:
    # mark_missed: attacks whose own rule no longer reads them are strict
    # xfails where the test names the rule (catching one must remove it).
    params = []
    for name, probe in ROUNDS.items():
        missed = getattr(probe, "STILL_MISSED", {}) if mark_missed else {}
        for i, (text, rule) in enumerate(probe.ATTACKS[::step]):
            marks = (
                [pytest.mark.xfail(strict=True, reason=missed[text])]
                if text in missed
                else []
            )
            params.append(pytest.param(text, rule, id=f"{name}-{i}", marks=marks))
    return params


# Look-alikes older rules still cut are strict xfails (fixing one must remove it).
BENIGN_PARAMS = [
    pytest.param(
        text,
        id=f"{name}-{i}",
        marks=[pytest.mark.xfail(strict=True, reason=still_cut[text])]
        if text in still_cut
        else [],
    )
    for name, probe in ROUNDS.items()
    for still_cut in [getattr(probe, "STILL_CUT", {})]
    for i, text in enumerate(probe.BENIGN)
]


@pytest.mark.parametrize("name", sorted(ROUNDS))
def test_every_rule_has_an_attack(name: str) -> None:
    probe = ROUNDS[name]
    named = {rule for _, rule in probe.ATTACKS}
    for module in probe.MODULES:
        for rule in module.RULES:
            assert rule.id.rsplit(".", 1)[-1] in named, rule.id


@pytest.mark.parametrize(("text", "rule"), _attacks(mark_missed=True))
def test_family_is_caught(text: str, rule: str) -> None:
    assert f"injection.role.{rule}" in rule_ids(text)
    assert SANITIZER.invoke(text) != text


@pytest.mark.parametrize(("text", "rule"), _attacks())
async def test_family_is_caught_async(text: str, rule: str) -> None:
    assert rule
    await assert_caught_async(text)


@pytest.mark.parametrize(("text", "rule"), _attacks())
def test_findings_fit_their_rule_max_len(text: str, rule: str) -> None:
    assert rule
    assert_findings_fit_max_len(text)


@pytest.mark.parametrize(("text", "rule"), _attacks(step=3))
def test_attack_streams_like_invoke(text: str, rule: str) -> None:
    assert rule
    assert_streams_like_invoke(text, (1, 7, 64))


@pytest.mark.parametrize("text", BENIGN_PARAMS)
def test_look_alike_passes_byte_for_byte(text: str) -> None:
    assert_passes_byte_for_byte(text)


@pytest.mark.parametrize("text", BENIGN_PARAMS)
async def test_look_alike_passes_byte_for_byte_async(text: str) -> None:
    await assert_passes_byte_for_byte_async(text)
