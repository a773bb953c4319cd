"""The h18 extraction probe round, checked after its last measurement (#14).

``probe_h18_extraction`` was written before the session's rules and measured
at the start and end of h18 (and once midway) without being changed; this file
adds it to the suite. Attacks carry no rule id (none existed when they were
written): any injection rule must fire and change the text. The ones no rule
catches at the end of h18 are strict xfails, so a later rule that catches one
shows; the look-alikes pass byte for byte.
"""

from __future__ import annotations

from typing import Any

import probe_h18_extraction as probe
import pytest
from family_checks import (
    SANITIZER,
    assert_caught_async,
    assert_passes_byte_for_byte,
    assert_passes_byte_for_byte_async,
    assert_streams_like_invoke,
    rule_ids,
)

# Positions in ``probe.ATTACKS`` no rule caught at the end of h18 (the
# continuation at 6 is flagged by the scorer alone, which leaves the text).
_MISSED = frozenset({0, 2, 6, 7, 17, 19, 20, 24, 26, 27})
_REASON = "missed by every rule at the end of h18"


def _attacks(*, caught_only: bool = False) -> list[Any]:
    return [
        pytest.param(
            text,
            id=f"{move}-{i}",
            marks=[pytest.mark.xfail(strict=True, reason=_REASON)]
            if i in _MISSED
            else [],
        )
        for i, (text, move) in enumerate(probe.ATTACKS)
        if not (caught_only and i in _MISSED)
    ]


@pytest.mark.parametrize("text", _attacks())
def test_probe_attack_is_caught(text: str) -> None:
    assert rule_ids(text)
    assert SANITIZER.invoke(text) != text


@pytest.mark.parametrize("text", _attacks(caught_only=True))
async def test_probe_attack_is_caught_async(text: str) -> None:
    await assert_caught_async(text)


@pytest.mark.parametrize("text", _attacks(caught_only=True)[::2])
def test_probe_attack_streams_like_invoke(text: str) -> None:
    assert_streams_like_invoke(text, (1, 7))


@pytest.mark.parametrize("text", probe.BENIGN)
def test_probe_look_alike_passes_byte_for_byte(text: str) -> None:
    assert_passes_byte_for_byte(text)


@pytest.mark.parametrize("text", probe.BENIGN)
async def test_probe_look_alike_passes_byte_for_byte_async(text: str) -> None:
    await assert_passes_byte_for_byte_async(text)
