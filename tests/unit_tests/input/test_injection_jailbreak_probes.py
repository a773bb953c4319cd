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
from rule_table_harness import (
    caught_async,
    caught_by_rule,
    fits_max_len,
    passes_byte_for_byte,
    passes_byte_for_byte_async,
    round_attacks,
    round_look_alikes,
    streams_like_invoke,
    table_test,
    table_test_async,
)

ROUNDS: dict[str, ModuleType] = {
    "personas": probe_jailbreak_personas,
    "pretexts": probe_jailbreak_pretexts,
    "wrappers": probe_jailbreak_wrappers,
    "h17_rules": probe_jailbreak_h17_rules,
}


# Attacks whose own rule no longer reads them are strict xfails where the test
# names the rule, and look-alikes older rules still cut are strict xfails
# (catching or fixing one must remove it).
ATTACK_PARAMS = round_attacks(ROUNDS)
BENIGN_PARAMS = round_look_alikes(ROUNDS)


@pytest.mark.parametrize("name", sorted(ROUNDS))
def test_every_rule_has_an_attack(name: str) -> None:
    probe = ROUNDS[name]
    named = {rule for _, rule in probe.ATTACKS}
    for module in probe.MODULES:
        for rule in module.RULES:
            assert rule.id.rsplit(".", 1)[-1] in named, rule.id


test_family_is_caught = table_test(
    "text, rule",
    round_attacks(ROUNDS, missed="STILL_MISSED"),
    caught_by_rule("injection.role."),
)
test_family_is_caught_async = table_test_async(
    "text, rule", ATTACK_PARAMS, caught_async
)
test_findings_fit_their_rule_max_len = table_test(
    "text, rule", ATTACK_PARAMS, fits_max_len
)
test_attack_streams_like_invoke = table_test(
    "text, rule", round_attacks(ROUNDS, step=3), streams_like_invoke(1, 7, 64)
)
test_look_alike_passes_byte_for_byte = table_test(
    "text", BENIGN_PARAMS, passes_byte_for_byte
)
test_look_alike_passes_byte_for_byte_async = table_test_async(
    "text", BENIGN_PARAMS, passes_byte_for_byte_async
)
