"""The direct-hijack probe rounds of #14 (one data module per family), tested alike.

Each ``probe_<family>.py`` holds a probe round written for its family (none is a
corpus row): ``ATTACKS``, benign look-alikes by kind (``BENIGN``), the
look-alikes older rules still cut (``STILL_CUT``, strict xfail: fixing one must
remove it) and the prefix of the family's own rule ids (``NEW_RULES``). Every
round gets the same checks: caught (sync and async), findings within their
rule's ``max_len``, stream equals invoke, the family's own rules carry at least
half the round (rounds written for one family), and the look-alikes pass
byte for byte (sync and async). A round spanning many families
(``probe_h17_direct``) lists the attacks still missed (``STILL_MISSED``,
strict xfail) and names no own rules.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

import probe_answer_swap
import probe_authority_claim
import probe_dismiss_setup
import probe_h17_direct
import probe_setup_void
import probe_task_switch
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

ROUNDS: dict[str, ModuleType] = {
    "answer_swap": probe_answer_swap,
    "authority_claim": probe_authority_claim,
    "dismiss_setup": probe_dismiss_setup,
    "h17_direct": probe_h17_direct,
    "setup_void": probe_setup_void,
    "task_switch": probe_task_switch,
}


def _attacks(step: int = 1, *, mark_missed: bool = False) -> list[Any]:
    # A round may list attacks no rule catches yet (STILL_MISSED): strict
    # xfail where the attack must be caught, plain params elsewhere.
    params = []
    for name, probe in ROUNDS.items():
        missed: dict[str, str] = getattr(probe, "STILL_MISSED", {})
        for i, text in enumerate(probe.ATTACKS[::step]):
            marks = (
                [pytest.mark.xfail(strict=True, reason=missed[text])]
                if mark_missed and text in missed
                else []
            )
            params.append(pytest.param(text, id=f"{name}-{i}", marks=marks))
    return params


ATTACK_PARAMS = _attacks(mark_missed=True)
ANY_ATTACK_PARAMS = _attacks()
BENIGN_PARAMS = [
    param
    for name, probe in ROUNDS.items()
    for param in benign_params(probe.BENIGN, probe.STILL_CUT, prefix=f"{name}-")
]


@pytest.mark.parametrize("text", ATTACK_PARAMS)
def test_attack_is_caught(text: str) -> None:
    assert rule_ids(text)
    assert SANITIZER.invoke(text) != text


@pytest.mark.parametrize("text", ATTACK_PARAMS)
async def test_attack_is_caught_async(text: str) -> None:
    await assert_caught_async(text)


@pytest.mark.parametrize("text", ANY_ATTACK_PARAMS)
def test_findings_fit_their_rule_max_len(text: str) -> None:
    assert_findings_fit_max_len(text)


@pytest.mark.parametrize("text", _attacks(step=3))
def test_attack_streams_like_invoke(text: str) -> None:
    assert_streams_like_invoke(text, (1, 7))


@pytest.mark.parametrize(
    "name", sorted(name for name, probe in ROUNDS.items() if probe.NEW_RULES)
)
def test_new_rules_carry_the_family(name: str) -> None:
    # The family's own rules fire on most of the round (older rules may be first).
    probe = ROUNDS[name]
    fired = [
        t
        for t in probe.ATTACKS
        if any(i.startswith(probe.NEW_RULES) for i in rule_ids(t))
    ]
    assert len(fired) >= len(probe.ATTACKS) // 2, len(fired)


@pytest.mark.parametrize("text", BENIGN_PARAMS)
def test_look_alike_passes_byte_for_byte(text: str) -> None:
    assert_passes_byte_for_byte(text)


@pytest.mark.parametrize("text", BENIGN_PARAMS)
async def test_look_alike_passes_byte_for_byte_async(text: str) -> None:
    await assert_passes_byte_for_byte_async(text)
