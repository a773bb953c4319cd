"""The injection rules run on the raw text in non-Latin scripts, in run order.

Split from :mod:`~langchain_mistral_secure.detection.injection.rule_registry`
(which re-exports ``SCRIPT_RULES``): the raw-text rules are only worth running
when the text has a non-ASCII character, so the detector keeps them apart. A
new family module with script rules is imported here and its rules added to
the tuple, in one contiguous block.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection import (
    answer_swap,
    app_bot_switch,
    app_fake_notice,
    app_forged_history,
    app_given_task_dropped,
    app_hailed_new_orders,
    app_hailed_switch_scripts,
    app_role_revoked_scripts,
    app_standing_duty_scripts,
    app_switch_label,
    authority_claim,
    authority_grants_leave_i18n,
    borrowed_permission,
    borrowed_permission_i18n,
    decode_obey,
    dismiss_output,
    dismiss_setup_scripts,
    duty_handover_scripts,
    extraction_above_first_message,
    extraction_deployment_config,
    extraction_guarded,
    extraction_hidden_setup,
    extraction_i18n,
    extraction_internals,
    extraction_of_others_i18n,
    extraction_own_transform,
    extraction_preamble,
    extraction_pretext,
    extraction_retell_i18n,
    extraction_secret_held,
    extraction_secret_sidestep,
    extraction_setup,
    extraction_side_channel,
    fake_done,
    forced_reply_whatever_asked,
    forget_prior_then_order,
    forget_what_told,
    goal_swap_scripts,
    hijack_forged_paper,
    hijack_mode_declared,
    hijack_rules_then_and,
    hijack_scripts,
    indirect_addressed_i18n,
    indirect_agent_i18n,
    indirect_ai_vocative_i18n,
    indirect_answer_rule,
    indirect_answer_slant,
    indirect_consent_claim,
    indirect_fields,
    indirect_hail_job,
    indirect_hail_job_compound,
    indirect_hail_order_scripts,
    indirect_machine_reader_scripts,
    indirect_planted_i18n,
    indirect_reader_alarm,
    indirect_reader_duty,
    indirect_reader_hailed_scripts,
    indirect_reader_job_scripts,
    indirect_reader_task_scripts,
    indirect_reader_told_claim,
    indirect_reply_i18n,
    indirect_summary_must,
    indirect_tool_turn,
    indirect_within_info_tag,
    indirect_within_passage,
    indirect_within_translation,
    input_end_system,
    jailbreak,
    jailbreak_amoral_persona_hailed,
    jailbreak_bans_i18n,
    jailbreak_cards,
    jailbreak_chained_bans,
    jailbreak_config_off,
    jailbreak_criminal_maker_ai,
    jailbreak_devices_i18n,
    jailbreak_dodges,
    jailbreak_dual_answers_i18n,
    jailbreak_dual_traits,
    jailbreak_emulated_harm,
    jailbreak_evil_adviser,
    jailbreak_fiction,
    jailbreak_framed_procedure_scripts,
    jailbreak_games,
    jailbreak_grants,
    jailbreak_harm_full_strength_scripts,
    jailbreak_late_relative_i18n,
    jailbreak_late_relative_role,
    jailbreak_licence,
    jailbreak_mode_lifts_rules,
    jailbreak_modes,
    jailbreak_move_forced_opener,
    jailbreak_move_hedges_banned,
    jailbreak_move_mode_off,
    jailbreak_move_out_of_reach,
    jailbreak_move_primed_turns,
    jailbreak_move_sim_limits,
    jailbreak_move_unbound_character,
    jailbreak_payloads,
    jailbreak_persona_i18n,
    jailbreak_pretext,
    jailbreak_priority_over_safety,
    jailbreak_refusal,
    jailbreak_refusal_costs_life_i18n,
    jailbreak_refusal_loses_game,
    jailbreak_refusal_pressed,
    jailbreak_refusal_words_banned,
    jailbreak_ruleless_ai_frame,
    jailbreak_ruleless_persona,
    jailbreak_safeguards_off,
    jailbreak_scenes,
    jailbreak_settings_i18n,
    jailbreak_shape_bans_i18n,
    jailbreak_shape_language_dodge,
    jailbreak_shape_lawless_world,
    jailbreak_split_i18n,
    jailbreak_split_joined_answer,
    jailbreak_stakes,
    jailbreak_switches,
    jailbreak_unbound_i18n,
    jailbreak_world_answer,
    jailbreak_world_then_how,
    jailbreak_worlds,
    jailbreak_wrappers,
    master_swap,
    multilingual,
    override_forget_then_order,
    override_job_replaced,
    override_lifted_by_authority,
    override_limits_lifted,
    override_literal_after_setup,
    override_role_revoked,
    override_rules_dropped_scripts,
    override_world,
    past_turns_scripts,
    persona_unbound,
    planted_every_reply,
    precedence_claim,
    remit_unbounded,
    replay_i18n,
    role_closed_then_work,
    role_revoked_onward,
    secret_word,
    setup_closed_new_self,
    setup_declared_void,
    setup_revoked_new_work,
    setup_set_aside,
    setup_void,
    short_hijack_i18n,
    sole_master_onward,
    sole_obedience,
    standing_reply,
    success_phrase_i18n,
    suspension_handshake,
    task_data_cancels_task,
    task_stopped_instead,
    task_switch,
    translation_refused_i18n,
    work_dropped,
)

__all__ = ["SCRIPT_RULES"]

# Rules written in non-Latin scripts on the raw text: only worth running when
# the text has a non-ASCII character.
SCRIPT_RULES: tuple[Rule, ...] = tuple(
    r
    for r in multilingual.RULES
    + replay_i18n.RULES
    + jailbreak.RULES
    + dismiss_output.RULES
    + indirect_reply_i18n.RULES
    + jailbreak_games.RULES
    + short_hijack_i18n.RULES
    + indirect_agent_i18n.RULES
    + jailbreak_grants.RULES
    + past_turns_scripts.RULES
    + override_world.RULES
    + secret_word.RULES
    + extraction_i18n.RULES
    + extraction_setup.RULES
    + goal_swap_scripts.RULES
    + jailbreak_refusal.RULES
    + jailbreak_fiction.RULES
    + jailbreak_modes.RULES
    + persona_unbound.RULES
    + indirect_addressed_i18n.RULES
    + indirect_fields.RULES
    + indirect_tool_turn.RULES
    + extraction_guarded.RULES
    + extraction_retell_i18n.RULES
    + hijack_scripts.RULES
    + indirect_planted_i18n.RULES
    + jailbreak_unbound_i18n.RULES
    + jailbreak_pretext.RULES
    + jailbreak_wrappers.RULES
    + jailbreak_dual_traits.RULES
    + dismiss_setup_scripts.RULES
    + task_switch.RULES
    + authority_claim.RULES
    + setup_void.RULES
    + answer_swap.RULES
    + indirect_machine_reader_scripts.RULES
    + indirect_consent_claim.RULES
    + indirect_ai_vocative_i18n.RULES
    + jailbreak_switches.RULES
    + jailbreak_payloads.RULES
    + jailbreak_scenes.RULES
    + jailbreak_cards.RULES
    + extraction_secret_held.RULES
    + extraction_hidden_setup.RULES
    + extraction_secret_sidestep.RULES
    + extraction_own_transform.RULES
    + extraction_preamble.RULES
    + extraction_internals.RULES
    + extraction_pretext.RULES
    + jailbreak_stakes.RULES
    + jailbreak_bans_i18n.RULES
    + jailbreak_settings_i18n.RULES
    + jailbreak_dodges.RULES
    + jailbreak_licence.RULES
    + jailbreak_late_relative_i18n.RULES
    + jailbreak_persona_i18n.RULES
    + jailbreak_split_i18n.RULES
    + jailbreak_worlds.RULES
    + jailbreak_move_forced_opener.RULES
    + jailbreak_move_hedges_banned.RULES
    + jailbreak_move_mode_off.RULES
    + jailbreak_move_out_of_reach.RULES
    + jailbreak_move_primed_turns.RULES
    + jailbreak_move_sim_limits.RULES
    + jailbreak_move_unbound_character.RULES
    + sole_obedience.RULES
    + standing_reply.RULES
    + decode_obey.RULES
    + input_end_system.RULES
    + suspension_handshake.RULES
    + borrowed_permission.RULES
    + borrowed_permission_i18n.RULES
    + remit_unbounded.RULES
    + task_stopped_instead.RULES
    + task_data_cancels_task.SCRIPT_RULES
    + success_phrase_i18n.RULES
    + work_dropped.RULES
    + fake_done.RULES
    + indirect_reader_hailed_scripts.RULES
    + indirect_reader_duty.RULES
    + indirect_reader_alarm.RULES
    + indirect_reader_job_scripts.RULES
    + indirect_reader_task_scripts.RULES
    + override_forget_then_order.RULES
    + override_job_replaced.RULES
    + override_lifted_by_authority.RULES
    + override_literal_after_setup.RULES
    + override_rules_dropped_scripts.RULES
    + extraction_above_first_message.RULES
    + override_limits_lifted.RULES
    + extraction_side_channel.RULES
    + extraction_deployment_config.RULES
    + override_role_revoked.RULES
    + forced_reply_whatever_asked.SCRIPT_RULES
    + indirect_hail_order_scripts.RULES
    + indirect_summary_must.RULES
    + indirect_answer_slant.RULES
    + jailbreak_ruleless_persona.RULES
    + jailbreak_safeguards_off.RULES
    + jailbreak_chained_bans.RULES
    + jailbreak_evil_adviser.RULES
    + jailbreak_ruleless_ai_frame.RULES
    + duty_handover_scripts.RULES
    + precedence_claim.RULES
    + master_swap.RULES
    + planted_every_reply.RULES
    + app_bot_switch.RULES
    + app_fake_notice.RULES
    + app_forged_history.RULES
    + app_given_task_dropped.RULES
    + app_role_revoked_scripts.RULES
    + app_standing_duty_scripts.RULES
    + app_hailed_switch_scripts.RULES
    + app_switch_label.RULES
    + role_revoked_onward.RULES
    + role_closed_then_work.RULES
    + sole_master_onward.RULES
    + setup_declared_void.RULES
    + forget_what_told.RULES
    + setup_set_aside.RULES
    + app_hailed_new_orders.RULES
    + jailbreak_shape_bans_i18n.RULES
    + jailbreak_shape_language_dodge.RULES
    + jailbreak_shape_lawless_world.RULES
    + indirect_within_passage.RULES
    + indirect_within_translation.RULES
    + indirect_within_info_tag.RULES
    + indirect_hail_job.SCRIPT_RULES
    + indirect_reader_told_claim.RULES
    + jailbreak_framed_procedure_scripts.RULES
    + jailbreak_mode_lifts_rules.RULES
    + jailbreak_refusal_pressed.RULES
    + jailbreak_world_answer.RULES
    + jailbreak_harm_full_strength_scripts.RULES
    + jailbreak_refusal_words_banned.RULES
    + jailbreak_world_then_how.RULES
    + jailbreak_amoral_persona_hailed.RULES
    + jailbreak_split_joined_answer.RULES
    + jailbreak_priority_over_safety.RULES
    + jailbreak_refusal_loses_game.RULES
    + jailbreak_config_off.RULES
    + jailbreak_dual_answers_i18n.RULES
    + jailbreak_criminal_maker_ai.RULES
    + jailbreak_late_relative_role.RULES
    + jailbreak_refusal_costs_life_i18n.RULES
    + setup_closed_new_self.RULES
    + forget_prior_then_order.RULES
    + indirect_hail_job_compound.RULES
    + indirect_answer_rule.RULES
    + setup_revoked_new_work.RULES
    + authority_grants_leave_i18n.RULES
    + translation_refused_i18n.RULES
    + hijack_forged_paper.SCRIPT_RULES
    + jailbreak_emulated_harm.SCRIPT_RULES
    + jailbreak_devices_i18n.SCRIPT_RULES
    + hijack_rules_then_and.SCRIPT_RULES
    + hijack_mode_declared.SCRIPT_RULES
    + extraction_of_others_i18n.SCRIPT_RULES
    if not r.on_view
)
