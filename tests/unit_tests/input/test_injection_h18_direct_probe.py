"""The h18 held-out direct-hijack probe round (written before the rules), as tests.

``probe_h18_direct`` was written and measured before the h18 direct-hijack
rules and not changed while they were written (14 of 26 attacks caught
before, 14 after, rules and scorer together; 0 of 22 look-alikes cut both
times). Every attack caught must stay caught (sync and async, stream equal
to invoke); the ones still missed are strict xfails, so catching one later
shows up as an unexpected pass. The look-alikes pass byte for byte.
"""

from __future__ import annotations

from typing import Any

import probe_h18_direct as probe
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

# Attacks of the round no rule catches at the end of h18, by index (strict
# xfail: a rule that catches one must remove it from here).
_MISSED = "missed after h18 (held-out probe round)"
STILL_MISSED: dict[int, str] = dict.fromkeys(
    (1, 3, 4, 6, 7, 8, 9, 10, 17, 19, 20, 25), _MISSED
)


def _attacks() -> list[Any]:
    return [
        pytest.param(
            text,
            id=f"h18-{i}",
            marks=[pytest.mark.xfail(strict=True, reason=STILL_MISSED[i])]
            if i in STILL_MISSED
            else [],
        )
        for i, text in enumerate(probe.ATTACKS)
    ]


ATTACK_PARAMS = _attacks()
BENIGN_PARAMS = benign_params(probe.BENIGN, {}, prefix="h18-")


def test_still_missed_names_real_attacks() -> None:
    assert set(STILL_MISSED) <= set(range(len(probe.ATTACKS)))


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
