"""The injection rule registry: every family module's rules, in run order.

``WORD_RULES`` run on the folded detection view, ``SCRIPT_RULES`` on the raw
text when it has a non-ASCII character (kept in ``script_rule_registry``),
``VIEW_RULES`` again on the
deobfuscated view; ``RULES`` adds smuggling. A new family module is imported
here and its ``RULES`` added to one tuple, in one contiguous block (the
package ``__init__`` re-exports these names). The earlier families, which run
first, are listed in ``word_rule_registry`` (``EARLIER_WORD_RULES``).
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection import (
    agent_header_task_change,
    app_bot_switch,
    app_fake_notice,
    app_forged_history,
    app_given_task_dropped,
    app_hailed_dismissal,
    app_hailed_new_orders,
    app_hailed_switch,
    app_hailed_switch_scripts,
    app_role_revoked,
    app_role_revoked_scripts,
    app_standing_duty,
    app_standing_duty_scripts,
    app_switch_label,
    app_topic_switch,
    authority_grants_leave_i18n,
    borrowed_permission,
    borrowed_permission_i18n,
    canary_phrase_exact,
    compact,
    decode_obey,
    duty_handover,
    duty_handover_scripts,
    extraction_above_first_message,
    extraction_deployment_config,
    extraction_guarded_word_by_ban,
    extraction_object_wide,
    extraction_of_app_credentials,
    extraction_of_booker_identity,
    extraction_of_kin_records_wide,
    extraction_of_others_i18n,
    extraction_of_tie_dealings,
    extraction_operator_setup_copy,
    extraction_own_setup_wide,
    extraction_real_secret_embedded,
    extraction_secret_as_answer,
    extraction_secret_if_allowed,
    extraction_secret_if_it_were,
    extraction_secret_listed_in_document,
    extraction_secret_said_back,
    extraction_secret_worked_in,
    extraction_setup_given_first,
    extraction_setup_handover,
    extraction_setup_probed,
    extraction_side_channel,
    extraction_sources_whole,
    extraction_unsayable_word,
    fake_done,
    forced_reply_whatever_asked,
    forget_prior_then_order,
    forget_what_told,
    hijack_forged_paper,
    hijack_mode_declared,
    hijack_persona_swap,
    hijack_rules_then_and,
    hijack_whole_answer,
    indirect_answer_rule,
    indirect_answer_slant,
    indirect_assistant_label_i18n,
    indirect_exfil_slot,
    indirect_hail_job,
    indirect_hail_job_compound,
    indirect_hail_order,
    indirect_hail_order_scripts,
    indirect_held_data_out,
    indirect_if_reader,
    indirect_if_you_are_ai,
    indirect_observation_act,
    indirect_reader_alarm,
    indirect_reader_duty,
    indirect_reader_hailed,
    indirect_reader_hailed_scripts,
    indirect_reader_job,
    indirect_reader_job_scripts,
    indirect_reader_slot,
    indirect_reader_task,
    indirect_reader_task_scripts,
    indirect_reader_told_claim,
    indirect_summary_must,
    indirect_tool_named,
    indirect_tool_poisoning,
    indirect_within_info_tag,
    indirect_within_link_slot,
    indirect_within_passage,
    indirect_within_passage_asked,
    indirect_within_translation,
    input_end_system,
    jailbreak_amoral_persona_hailed,
    jailbreak_chained_bans,
    jailbreak_config_off,
    jailbreak_criminal_maker_ai,
    jailbreak_devices_i18n,
    jailbreak_dual_answers_i18n,
    jailbreak_emulated_harm,
    jailbreak_evil_adviser,
    jailbreak_framed_procedure,
    jailbreak_framed_procedure_scripts,
    jailbreak_h30_fiction_lesson,
    jailbreak_h30_past_method,
    jailbreak_h30_persona_vocative,
    jailbreak_h31_in_character,
    jailbreak_harm_full_strength,
    jailbreak_harm_full_strength_scripts,
    jailbreak_harm_realism,
    jailbreak_harm_realism_scripts,
    jailbreak_harm_wide_i18n,
    jailbreak_harm_wide_scripts,
    jailbreak_hidden_question_answered,
    jailbreak_inversions,
    jailbreak_late_kin,
    jailbreak_late_relative_role,
    jailbreak_laundered_how,
    jailbreak_laundered_past,
    jailbreak_laundered_plea,
    jailbreak_mode_lifts_rules,
    jailbreak_move_forced_opener,
    jailbreak_move_hedges_banned,
    jailbreak_move_mode_off,
    jailbreak_move_open_sentence,
    jailbreak_move_out_of_reach,
    jailbreak_move_primed_turns,
    jailbreak_move_refusal_flipped,
    jailbreak_move_sim_limits,
    jailbreak_move_unbound_character,
    jailbreak_persona_never_refuses,
    jailbreak_priority_over_safety,
    jailbreak_refusal_costs_life_i18n,
    jailbreak_refusal_loses_game,
    jailbreak_refusal_pressed,
    jailbreak_refusal_weighed_worse,
    jailbreak_refusal_words_banned,
    jailbreak_ruleless_ai_frame,
    jailbreak_ruleless_persona,
    jailbreak_safeguards_off,
    jailbreak_shape_bans_i18n,
    jailbreak_shape_elided_turns,
    jailbreak_shape_language_dodge,
    jailbreak_shape_lawless_world,
    jailbreak_shape_parts_joined,
    jailbreak_shape_safety_flag,
    jailbreak_split_joined_answer,
    jailbreak_typo,
    jailbreak_villain_persona,
    jailbreak_working_malware_pretext,
    jailbreak_world_answer,
    jailbreak_world_then_how,
    jailbreak_worlds,
    master_swap,
    override_forget_then_order,
    override_job_replaced,
    override_lifted_by_authority,
    override_limits_lifted,
    override_literal_after_setup,
    override_role_revoked,
    override_rules_dropped_i18n,
    override_rules_dropped_scripts,
    planted_every_reply,
    precedence_claim,
    remit_unbounded,
    role_closed_then_work,
    role_revoked_onward,
    rules_dropped_then_goods_asked,
    setup_closed_new_self,
    setup_declared_void,
    setup_dropped_new_self_i18n,
    setup_revoked_new_work,
    setup_set_aside,
    smuggling,
    sole_master_onward,
    sole_obedience,
    standing_reply,
    success_phrase_i18n,
    suspension_handshake,
    task_data_cancels_task,
    task_declared_over,
    task_stopped_instead,
    topic_dropped_new_work,
    translation_refused_i18n,
    typo_edits,
    work_dropped,
)
from langchain_mistral_secure.detection.injection.script_rule_registry import (
    SCRIPT_RULES,
)
from langchain_mistral_secure.detection.injection.word_rule_registry import (
    EARLIER_WORD_RULES,
)

__all__ = [
    "CATEGORIES",
    "RULES",
    "SCRIPT_RULES",
    "VIEW_RULES",
    "WORD_RULES",
]

WORD_RULES: tuple[Rule, ...] = EARLIER_WORD_RULES + (
    jailbreak_inversions.RULES
    + jailbreak_typo.RULES
    + jailbreak_worlds.RULES
    + jailbreak_move_forced_opener.RULES
    + jailbreak_move_hedges_banned.RULES
    + jailbreak_refusal_weighed_worse.RULES
    + jailbreak_move_mode_off.RULES
    + jailbreak_move_open_sentence.RULES
    + jailbreak_move_out_of_reach.RULES
    + jailbreak_move_primed_turns.RULES
    + jailbreak_move_refusal_flipped.RULES
    + jailbreak_move_sim_limits.RULES
    + jailbreak_move_unbound_character.RULES
    + sole_obedience.RULES
    + standing_reply.RULES
    + decode_obey.RULES
    + input_end_system.RULES
    + suspension_handshake.RULES
    + typo_edits.RULES
    + borrowed_permission.RULES
    + borrowed_permission_i18n.RULES
    + remit_unbounded.RULES
    + task_stopped_instead.RULES
    + success_phrase_i18n.RULES
    + work_dropped.RULES
    + fake_done.RULES
    + indirect_reader_hailed.RULES
    + indirect_reader_hailed_scripts.RULES
    + indirect_reader_duty.RULES
    + indirect_reader_alarm.RULES
    + indirect_reader_job.RULES
    + indirect_reader_job_scripts.RULES
    + indirect_reader_slot.RULES
    + indirect_reader_task.RULES
    + indirect_reader_task_scripts.RULES
    + override_forget_then_order.RULES
    + override_job_replaced.RULES
    + override_lifted_by_authority.RULES
    + override_literal_after_setup.RULES
    + override_rules_dropped_i18n.RULES
    + override_rules_dropped_scripts.RULES
    + extraction_above_first_message.RULES
    + override_limits_lifted.RULES
    + extraction_side_channel.RULES
    + extraction_deployment_config.RULES
    + override_role_revoked.RULES
    + forced_reply_whatever_asked.RULES
    + indirect_hail_order.RULES
    + indirect_hail_order_scripts.RULES
    + indirect_summary_must.RULES
    + indirect_exfil_slot.RULES
    + indirect_answer_slant.RULES
    + jailbreak_ruleless_persona.RULES
    + jailbreak_safeguards_off.RULES
    + jailbreak_chained_bans.RULES
    + jailbreak_evil_adviser.RULES
    + jailbreak_config_off.RULES
    + jailbreak_ruleless_ai_frame.RULES
    + duty_handover.RULES
    + duty_handover_scripts.RULES
    + precedence_claim.RULES
    + master_swap.RULES
    + planted_every_reply.RULES
    + app_bot_switch.RULES
    + app_fake_notice.RULES
    + app_forged_history.RULES
    + app_given_task_dropped.RULES
    + app_role_revoked.RULES
    + app_role_revoked_scripts.RULES
    + app_standing_duty.RULES
    + app_standing_duty_scripts.RULES
    + app_topic_switch.RULES
    + app_hailed_switch.RULES
    + app_hailed_switch_scripts.RULES
    + app_switch_label.RULES
    + app_hailed_dismissal.RULES
    + role_revoked_onward.RULES
    + task_declared_over.RULES
    + agent_header_task_change.RULES
    + role_closed_then_work.RULES
    + sole_master_onward.RULES
    + setup_declared_void.RULES
    + forget_what_told.RULES
    + setup_set_aside.RULES
    + app_hailed_new_orders.RULES
    + jailbreak_shape_bans_i18n.RULES
    + jailbreak_shape_elided_turns.RULES
    + jailbreak_shape_language_dodge.RULES
    + jailbreak_shape_lawless_world.RULES
    + jailbreak_shape_parts_joined.RULES
    + jailbreak_shape_safety_flag.RULES
    + indirect_within_passage.RULES
    + indirect_within_passage_asked.RULES
    + indirect_assistant_label_i18n.RULES
    + indirect_within_translation.RULES
    + indirect_within_link_slot.RULES
    + indirect_within_info_tag.RULES
    + indirect_tool_named.RULES
    + indirect_if_reader.RULES
    + indirect_hail_job.RULES
    + indirect_hail_job.SCRIPT_RULES
    + indirect_reader_told_claim.RULES
    + indirect_observation_act.RULES
    + indirect_tool_poisoning.RULES
    + jailbreak_framed_procedure.RULES
    + jailbreak_framed_procedure_scripts.RULES
    + jailbreak_persona_never_refuses.RULES
    + jailbreak_mode_lifts_rules.RULES
    + jailbreak_refusal_pressed.RULES
    + jailbreak_world_answer.RULES
    + jailbreak_villain_persona.RULES
    + jailbreak_laundered_how.RULES
    + jailbreak_laundered_past.RULES
    + jailbreak_laundered_plea.RULES
    + jailbreak_harm_full_strength.RULES
    + jailbreak_harm_full_strength_scripts.RULES
    + jailbreak_harm_realism.RULES
    + jailbreak_harm_realism_scripts.RULES
    + jailbreak_harm_wide_i18n.RULES
    + jailbreak_harm_wide_scripts.RULES
    + extraction_secret_said_back.RULES
    + extraction_unsayable_word.RULES
    + extraction_real_secret_embedded.RULES
    + extraction_secret_if_it_were.RULES
    + extraction_secret_as_answer.RULES
    + extraction_secret_if_allowed.RULES
    + extraction_secret_listed_in_document.RULES
    + jailbreak_refusal_words_banned.RULES
    + jailbreak_world_then_how.RULES
    + jailbreak_amoral_persona_hailed.RULES
    + jailbreak_split_joined_answer.RULES
    + jailbreak_hidden_question_answered.RULES
    + jailbreak_priority_over_safety.RULES
    + jailbreak_refusal_loses_game.RULES
    # h27-extract
    + extraction_object_wide.RULES
    + extraction_of_kin_records_wide.RULES
    + jailbreak_dual_answers_i18n.RULES
    + jailbreak_criminal_maker_ai.RULES
    + jailbreak_late_relative_role.RULES
    + jailbreak_refusal_costs_life_i18n.RULES
    # h28-indirect
    + indirect_if_you_are_ai.RULES
    + indirect_held_data_out.RULES
    # h28-extdata
    + extraction_of_app_credentials.RULES
    + extraction_of_tie_dealings.RULES
    + extraction_of_booker_identity.RULES
    # h28-direct
    + canary_phrase_exact.RULES
    + task_data_cancels_task.RULES
    + task_data_cancels_task.SCRIPT_RULES
    # h29-direct
    + setup_closed_new_self.RULES
    + forget_prior_then_order.RULES
    # h29 jailbreak round
    + jailbreak_working_malware_pretext.RULES
    # h30 jailbreak round
    + jailbreak_h30_persona_vocative.RULES
    + jailbreak_h30_past_method.RULES
    + jailbreak_h30_fiction_lesson.RULES
    # h31 jailbreak round
    + jailbreak_h31_in_character.RULES
    # h29-extract
    + extraction_own_setup_wide.RULES
    + extraction_operator_setup_copy.RULES
    + extraction_setup_handover.RULES
    + extraction_setup_probed.RULES
    + extraction_guarded_word_by_ban.RULES
    # h30-indirect
    + indirect_hail_job_compound.RULES
    + indirect_answer_rule.RULES
    # h30-extract
    + extraction_setup_given_first.RULES
    + extraction_secret_worked_in.RULES
    # h30-direct
    + setup_revoked_new_work.RULES
    # h31-direct
    + topic_dropped_new_work.RULES
    + setup_dropped_new_self_i18n.RULES
    # h31-extract
    + extraction_sources_whole.RULES
    # h60-direct
    + authority_grants_leave_i18n.RULES
    + translation_refused_i18n.RULES
    + rules_dropped_then_goods_asked.RULES
    # h62-direct
    + hijack_forged_paper.RULES
    # h63, the jailbreak round
    + jailbreak_emulated_harm.RULES
    + jailbreak_late_kin.RULES
    + jailbreak_devices_i18n.RULES
    # h64-direct
    + hijack_rules_then_and.RULES
    + hijack_mode_declared.RULES
    + hijack_persona_swap.RULES
    + hijack_whole_answer.RULES
    # h65-extract
    + extraction_of_others_i18n.RULES
)
RULES: tuple[Rule, ...] = WORD_RULES + smuggling.RULES
"""Every pattern rule of the injection families (the encoded family wraps them)."""

VIEW_RULES: tuple[Rule, ...] = (
    tuple(rule for rule in WORD_RULES if rule.on_view) + compact.RULES
)
"""The rules run again on the deobfuscated view (folded-view rules + compact)."""

CATEGORIES: tuple[str, ...] = (
    "override",
    "role",
    "extraction",
    "template",
    "smuggling",
    "encoded",
    "exfiltration",
)
"""The categories the injection detector reports."""
