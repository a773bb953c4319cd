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
    "guarded": probe_extraction_guarded,
    "retell": probe_extraction_retell,
    "retell_i18n": probe_extraction_retell_i18n,
}


ATTACK_PARAMS = round_attacks(ROUNDS)
BENIGN_PARAMS = round_look_alikes(ROUNDS)

test_move_is_caught = table_test(
    "text, rule_id", ATTACK_PARAMS, caught_by_rule(), rule="rule_id"
)
test_move_is_caught_async = table_test_async(
    "text, rule_id", ATTACK_PARAMS, caught_async, rule="rule_id"
)
test_findings_fit_their_rule_max_len = table_test(
    "text, rule_id", ATTACK_PARAMS, fits_max_len, rule="rule_id"
)
test_attack_streams_like_invoke = table_test(
    "text, rule_id",
    round_attacks(ROUNDS, step=3),
    streams_like_invoke(1, 7),
    rule="rule_id",
)
test_look_alike_passes_byte_for_byte = table_test(
    "text", BENIGN_PARAMS, passes_byte_for_byte
)
test_look_alike_passes_byte_for_byte_async = table_test_async(
    "text", BENIGN_PARAMS, passes_byte_for_byte_async
)
test_look_alike_streams_like_invoke = table_test(
    "text", round_look_alikes(ROUNDS, step=3), streams_like_invoke(1, 5)
)
