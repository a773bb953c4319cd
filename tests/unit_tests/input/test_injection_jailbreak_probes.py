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

import probe_jailbreak_h17_rules
import probe_jailbreak_personas
import probe_jailbreak_pretexts
import probe_jailbreak_wrappers
import pytest
import rule_table_harness as harness

ROUNDS: dict[str, ModuleType] = {
    "personas": probe_jailbreak_personas,
    "pretexts": probe_jailbreak_pretexts,
    "wrappers": probe_jailbreak_wrappers,
    "h17_rules": probe_jailbreak_h17_rules,
}


# Attacks whose own rule no longer reads them are strict xfails where the test
# names the rule, and look-alikes older rules still cut are strict xfails
# (catching or fixing one must remove it).
ATTACK_PARAMS = harness.round_attacks(ROUNDS)
BENIGN_PARAMS = harness.round_look_alikes(ROUNDS)


@pytest.mark.parametrize("name", sorted(ROUNDS))
def test_every_rule_has_an_attack(name: str) -> None:
    probe = ROUNDS[name]
    named = {rule for _, rule in probe.ATTACKS}
    for module in probe.MODULES:
        for rule in module.RULES:
            assert rule.id.rsplit(".", 1)[-1] in named, rule.id


test_family_is_caught = harness.table_test(
    "text, rule",
    harness.round_attacks(ROUNDS, missed="STILL_MISSED"),
    harness.caught_by_rule("injection.role."),
)
test_family_is_caught_async = harness.table_test_async(
    "text, rule", ATTACK_PARAMS, harness.caught_async
)
test_findings_fit_their_rule_max_len = harness.table_test(
    "text, rule", ATTACK_PARAMS, harness.fits_max_len
)
test_attack_streams_like_invoke = harness.table_test(
    "text, rule",
    harness.round_attacks(ROUNDS, step=3),
    harness.streams_like_invoke(1, 7, 64),
)
test_look_alike_passes_byte_for_byte = harness.table_test(
    "text", BENIGN_PARAMS, harness.passes_byte_for_byte
)
test_look_alike_passes_byte_for_byte_async = harness.table_test_async(
    "text", BENIGN_PARAMS, harness.passes_byte_for_byte_async
)
