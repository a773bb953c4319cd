"""The indirect-injection probe rounds of #14 (one data module per family).

Each ``probe_indirect_*.py`` holds a probe round written for its family (none
is a corpus row): ``ATTACKS`` as (text, the rule id that must fire), benign
look-alikes by kind (``BENIGN``), the look-alikes older rules still cut
(``STILL_CUT``, strict xfail: fixing one must remove it) and ``STREAM_STEP``
(every n-th attack is also streamed). Every round gets the same checks: its
rule fires and the text is changed (sync and async), findings within their
rule's ``max_len``, stream equals invoke, and the look-alikes pass byte for
byte (sync and async).

``probe_h17_indirect.py`` is the held-out round of session h17 (plain
attack texts, written before their rules): an attack is caught (sync and
async, streamed like invoke), or a strict xfail while it is in
``STILL_MISSED``; its look-alikes pass byte for byte like the others.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

import probe_h17_indirect
import probe_indirect_addressed
import probe_indirect_agent
import probe_indirect_machine_reader
import probe_indirect_planted
import probe_indirect_planted_i18n
import probe_indirect_reader
import pytest
import rule_table_harness as harness
from family_checks import benign_params

ROUNDS: dict[str, ModuleType] = {
    "addressed": probe_indirect_addressed,
    "agent": probe_indirect_agent,
    "machine_reader": probe_indirect_machine_reader,
    "planted": probe_indirect_planted,
    "planted_i18n": probe_indirect_planted_i18n,
    "reader": probe_indirect_reader,
}


def _attacks(*, streamed: bool = False) -> list[Any]:
    return [
        pytest.param(text, rule_id, id=f"{name}-{i}")
        for name, probe in ROUNDS.items()
        for i, (text, rule_id) in enumerate(
            probe.ATTACKS[:: probe.STREAM_STEP] if streamed else probe.ATTACKS
        )
    ]


BENIGN_PARAMS = [
    param
    for name, probe in ROUNDS.items()
    for param in benign_params(probe.BENIGN, probe.STILL_CUT, prefix=f"{name}-")
]
BENIGN_PARAMS += benign_params(probe_h17_indirect.BENIGN, {}, prefix="h17-")

# The held-out round of session h17 (written before its rules, measured before
# and after): each attack caught, or a strict xfail while the rules miss it.
HELD_OUT = [
    harness.attack(
        text,
        row_id=f"h17-{i}",
        missed="held-out attack still missed"
        if i in probe_h17_indirect.STILL_MISSED
        else None,
    )
    for i, text in enumerate(probe_h17_indirect.ATTACKS)
]


test_planted_order_is_caught = harness.table_test(
    "text, rule_id",
    _attacks(),
    harness.caught_by_rule(),
    harness.fits_max_len,
    rule="rule_id",
)
test_planted_order_is_caught_async = harness.table_test_async(
    "text, rule_id", _attacks(), harness.caught_async, rule="rule_id"
)
test_planted_order_streams_like_invoke = harness.table_test(
    "text, rule_id",
    _attacks(streamed=True),
    harness.streams_like_invoke(1, 5, 7, 64),
    rule="rule_id",
)
test_held_out_attack_is_caught = harness.table_test(
    "text", HELD_OUT, harness.caught_by_any_rule, harness.fits_max_len
)
test_held_out_attack_is_caught_async = harness.table_test_async(
    "text", HELD_OUT, harness.caught_async
)
test_held_out_attack_streams_like_invoke = harness.table_test(
    "text",
    [
        text
        for i, text in enumerate(probe_h17_indirect.ATTACKS)
        if i not in probe_h17_indirect.STILL_MISSED
    ],
    harness.streams_like_invoke(1, 7, 64),
)
test_look_alike_passes_byte_for_byte = harness.table_test(
    "text", BENIGN_PARAMS, harness.passes_byte_for_byte
)
test_look_alike_passes_byte_for_byte_async = harness.table_test_async(
    "text", BENIGN_PARAMS, harness.passes_byte_for_byte_async
)
