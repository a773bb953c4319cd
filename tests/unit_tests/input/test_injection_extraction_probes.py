"""The extraction probe rounds of #14 (one data module per family), tested alike.

Each ``probe_extraction_*.py`` holds a probe round (none is a corpus row):
``ATTACKS`` as (text, the rule id that must fire) and benign look-alikes
(``BENIGN``). Every round gets the same checks: its rule fires and the text is
changed (sync and async), findings within their rule's ``max_len``, stream
equals invoke for attacks and look-alikes, look-alikes pass byte for byte.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

import probe_extraction_guarded
import probe_extraction_retell
import probe_extraction_retell_i18n
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
    "guarded": probe_extraction_guarded,
    "retell": probe_extraction_retell,
    "retell_i18n": probe_extraction_retell_i18n,
}


def _attacks(step: int = 1) -> list[Any]:
    return [
        pytest.param(text, rule_id, id=f"{name}-{i}")
        for name, probe in ROUNDS.items()
        for i, (text, rule_id) in enumerate(probe.ATTACKS[::step])
    ]


def _benign(step: int = 1) -> list[Any]:
    return [
        pytest.param(text, id=f"{name}-{i}")
        for name, probe in ROUNDS.items()
        for i, text in enumerate(probe.BENIGN[::step])
    ]


@pytest.mark.parametrize(("text", "rule_id"), _attacks())
def test_move_is_caught(text: str, rule_id: str) -> None:
    assert rule_id in rule_ids(text), rule_ids(text)
    assert SANITIZER.invoke(text) != text


@pytest.mark.parametrize(("text", "rule_id"), _attacks())
async def test_move_is_caught_async(text: str, rule_id: str) -> None:
    assert rule_id
    await assert_caught_async(text)


@pytest.mark.parametrize(("text", "rule_id"), _attacks())
def test_findings_fit_their_rule_max_len(text: str, rule_id: str) -> None:
    assert rule_id
    assert_findings_fit_max_len(text)


@pytest.mark.parametrize(("text", "rule_id"), _attacks(step=3))
def test_attack_streams_like_invoke(text: str, rule_id: str) -> None:
    assert rule_id
    assert_streams_like_invoke(text, (1, 7))


@pytest.mark.parametrize("text", _benign())
def test_look_alike_passes_byte_for_byte(text: str) -> None:
    assert_passes_byte_for_byte(text)


@pytest.mark.parametrize("text", _benign())
async def test_look_alike_passes_byte_for_byte_async(text: str) -> None:
    await assert_passes_byte_for_byte_async(text)


@pytest.mark.parametrize("text", _benign(step=3))
def test_look_alike_streams_like_invoke(text: str) -> None:
    assert_streams_like_invoke(text, (1, 5))
