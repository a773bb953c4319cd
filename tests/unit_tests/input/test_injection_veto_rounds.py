"""The veto rounds of h17-fp to h21-fp, h19-secq, h43 on (one data module per frame).

Each ``veto_<frame>.py`` holds benign look-alikes a veto lets through
(``BENIGN``), the look-alikes it still cuts (``STILL_CUT``, strict xfail:
fixing one must remove it) and twins of the same shape that address the
model, ask for a secret or dictate an output (``ATTACKS``). Every round gets
the same checks: look-alikes pass byte for byte (sync and async); twins are
caught, their findings fit their rule's ``max_len``, they stream as they
invoke, and ``ainvoke`` and the block policy catch them too. The checks of
each veto's own function are in ``test_injection_<frame>.py``.
"""

from __future__ import annotations

from types import ModuleType

import pytest
import rule_table_harness as harness
import veto_attack_quoted_for_triage
import veto_bot_setup_rehearsed
import veto_data_orders_context
import veto_device_mode_i18n
import veto_need_gone
import veto_not_asked_of_model
import veto_notice_quoted_for_task
import veto_notice_withdrawn
import veto_own_game_restart
import veto_part_set_for_chat
import veto_password_everyday
import veto_prompt_plumbing_asked
import veto_quote_discussed
import veto_quoted_dismissal_cjk
import veto_quoted_messages_to_label
import veto_quoted_report
import veto_refusal_wanted
import veto_role_instructions_quoted
import veto_security_docs
import veto_security_frames
import veto_story_dialogue
import veto_terminal_for_teaching
from family_checks import (
    benign_params,
)

ROUNDS: dict[str, ModuleType] = {
    "attack_quoted_for_triage": veto_attack_quoted_for_triage,
    "bot_setup_rehearsed": veto_bot_setup_rehearsed,
    "data_orders_context": veto_data_orders_context,
    "device_mode_i18n": veto_device_mode_i18n,
    "need_gone": veto_need_gone,
    "not_asked_of_model": veto_not_asked_of_model,
    "notice_quoted_for_task": veto_notice_quoted_for_task,
    "notice_withdrawn": veto_notice_withdrawn,
    "own_game_restart": veto_own_game_restart,
    "part_set_for_chat": veto_part_set_for_chat,
    "password_everyday": veto_password_everyday,
    "prompt_plumbing_asked": veto_prompt_plumbing_asked,
    "quoted_dismissal_cjk": veto_quoted_dismissal_cjk,
    "quote_discussed": veto_quote_discussed,
    "quoted_messages_to_label": veto_quoted_messages_to_label,
    "quoted_report": veto_quoted_report,
    "refusal_wanted": veto_refusal_wanted,
    "role_instructions_quoted": veto_role_instructions_quoted,
    "security_docs": veto_security_docs,
    "security_frames": veto_security_frames,
    "story_dialogue": veto_story_dialogue,
    "terminal_for_teaching": veto_terminal_for_teaching,
}

BENIGN_PARAMS = [
    param
    for name, veto in ROUNDS.items()
    for param in benign_params({"benign": veto.BENIGN}, veto.STILL_CUT, f"{name}-")
]
ATTACK_PARAMS = [
    pytest.param(text, id=f"{name}-{i}")
    for name, veto in ROUNDS.items()
    for i, text in enumerate(veto.ATTACKS)
]


test_look_alike_passes_byte_for_byte = harness.table_test(
    "text", BENIGN_PARAMS, harness.passes_byte_for_byte
)
test_look_alike_passes_byte_for_byte_async = harness.table_test_async(
    "text", BENIGN_PARAMS, harness.passes_byte_for_byte_async
)
test_twin_is_caught = harness.table_test(
    "text",
    ATTACK_PARAMS,
    harness.caught_by_any_rule,
    harness.fits_max_len,
    harness.streams_like_invoke(1, 7, 64),
)
test_twin_is_caught_async = harness.table_test_async(
    "text", ATTACK_PARAMS, harness.caught_async
)
