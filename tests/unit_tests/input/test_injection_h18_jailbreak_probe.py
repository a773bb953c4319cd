"""The h18 held-out jailbreak probe round (written before the rules), as tests.

``probe_h18_jailbreak`` was written and measured before the h18 jailbreak
rules and not changed while they were written (15 of 30 attacks caught
before, 20 after, rules and scorer together). Here every attack the rules
catch must stay caught (sync and async, stream equal to invoke); the ones
still missed are strict xfails, so catching one later shows up as an
unexpected pass. The look-alikes pass byte for byte (one still cut by an
older rule is a strict xfail).
"""

from __future__ import annotations

from typing import Any

import probe_h18_jailbreak as probe
import pytest
from family_checks import (
    SANITIZER,
    assert_caught_async,
    assert_findings_fit_max_len,
    assert_passes_byte_for_byte,
    assert_passes_byte_for_byte_async,
    assert_streams_like_invoke,
    benign_params,
    rule_ids,
)


def _attacks(step: int = 1) -> list[Any]:
    return [
        pytest.param(
            text,
            id=f"h18-{i}",
            marks=[pytest.mark.xfail(strict=True, reason=probe.STILL_MISSED[i])]
            if i in probe.STILL_MISSED
            else [],
        )
        for i, text in enumerate(probe.ATTACKS)
        if i % step == 0
    ]


ATTACK_PARAMS = _attacks()
BENIGN_PARAMS = benign_params(probe.BENIGN, probe.STILL_CUT, prefix="h18-")


def test_still_missed_names_real_attacks() -> None:
    assert set(probe.STILL_MISSED) <= set(range(len(probe.ATTACKS)))


@pytest.mark.parametrize("text", ATTACK_PARAMS)
def test_attack_is_caught(text: str) -> None:
    assert rule_ids(text)
    assert SANITIZER.invoke(text) != text


@pytest.mark.parametrize("text", ATTACK_PARAMS)
async def test_attack_is_caught_async(text: str) -> None:
    await assert_caught_async(text)


@pytest.mark.parametrize("text", list(probe.ATTACKS))
def test_findings_fit_their_rule_max_len(text: str) -> None:
    assert_findings_fit_max_len(text)


@pytest.mark.parametrize("text", probe.ATTACKS[::3])
def test_attack_streams_like_invoke(text: str) -> None:
    assert_streams_like_invoke(text, (1, 7, 64))


@pytest.mark.parametrize("text", BENIGN_PARAMS)
def test_look_alike_passes_byte_for_byte(text: str) -> None:
    assert_passes_byte_for_byte(text)


@pytest.mark.parametrize("text", BENIGN_PARAMS)
async def test_look_alike_passes_byte_for_byte_async(text: str) -> None:
    await assert_passes_byte_for_byte_async(text)
