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

import probe_answer_swap
import probe_authority_claim
import probe_dismiss_setup
import probe_h17_direct
import probe_setup_void
import probe_task_switch
import pytest
import rule_table_harness as harness
from family_checks import rule_ids

ROUNDS: dict[str, ModuleType] = {
    "answer_swap": probe_answer_swap,
    "authority_claim": probe_authority_claim,
    "dismiss_setup": probe_dismiss_setup,
    "h17_direct": probe_h17_direct,
    "setup_void": probe_setup_void,
    "task_switch": probe_task_switch,
}


# A round may list attacks no rule catches yet (STILL_MISSED): strict xfail
# where the attack must be caught, plain params elsewhere.
ATTACK_PARAMS = harness.round_attacks(ROUNDS, missed="STILL_MISSED")
ANY_ATTACK_PARAMS = harness.round_attacks(ROUNDS)
BENIGN_PARAMS = harness.round_look_alikes(ROUNDS)

test_attack_is_caught = harness.table_test(
    "text", ATTACK_PARAMS, harness.caught_by_any_rule
)
test_attack_is_caught_async = harness.table_test_async(
    "text", ATTACK_PARAMS, harness.caught_async
)
test_findings_fit_their_rule_max_len = harness.table_test(
    "text", ANY_ATTACK_PARAMS, harness.fits_max_len
)
test_attack_streams_like_invoke = harness.table_test(
    "text", harness.round_attacks(ROUNDS, step=3), harness.streams_like_invoke(1, 7)
)


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


test_look_alike_passes_byte_for_byte = harness.table_test(
    "text", BENIGN_PARAMS, harness.passes_byte_for_byte
)
test_look_alike_passes_byte_for_byte_async = harness.table_test_async(
    "text", BENIGN_PARAMS, harness.passes_byte_for_byte_async
)
