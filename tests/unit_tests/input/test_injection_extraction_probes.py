"""The extraction probe rounds of #14 (one data module per family), tested alike.

Each ``probe_extraction_*.py`` holds a probe round (none is a corpus row):
``ATTACKS`` as (text, the rule id that must fire) and benign look-alikes
(``BENIGN``). Every round gets the same checks: its rule fires and the text is
changed (sync and async), findings within their rule's ``max_len``, stream
equals invoke for attacks and look-alikes, look-alikes pass byte for byte.
"""

from __future__ import annotations

from types import ModuleType

import probe_extraction_guarded
import probe_extraction_retell
import probe_extraction_retell_i18n
import rule_table_harness as harness

ROUNDS: dict[str, ModuleType] = {
    "guarded": probe_extraction_guarded,
    "retell": probe_extraction_retell,
    "retell_i18n": probe_extraction_retell_i18n,
}


ATTACK_PARAMS = harness.round_attacks(ROUNDS)
BENIGN_PARAMS = harness.round_look_alikes(ROUNDS)

test_move_is_caught = harness.table_test(
    "text, rule_id", ATTACK_PARAMS, harness.caught_by_rule(), rule="rule_id"
)
test_move_is_caught_async = harness.table_test_async(
    "text, rule_id", ATTACK_PARAMS, harness.caught_async, rule="rule_id"
)
test_findings_fit_their_rule_max_len = harness.table_test(
    "text, rule_id", ATTACK_PARAMS, harness.fits_max_len, rule="rule_id"
)
test_attack_streams_like_invoke = harness.table_test(
    "text, rule_id",
    harness.round_attacks(ROUNDS, step=3),
    harness.streams_like_invoke(1, 7),
    rule="rule_id",
)
test_look_alike_passes_byte_for_byte = harness.table_test(
    "text", BENIGN_PARAMS, harness.passes_byte_for_byte
)
test_look_alike_passes_byte_for_byte_async = harness.table_test_async(
    "text", BENIGN_PARAMS, harness.passes_byte_for_byte_async
)
test_look_alike_streams_like_invoke = harness.table_test(
    "text", harness.round_look_alikes(ROUNDS, step=3), harness.streams_like_invoke(1, 5)
)
