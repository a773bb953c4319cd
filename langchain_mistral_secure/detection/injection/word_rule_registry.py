"""The first word-rule families of the injection registry, in run order.

Split from :mod:`~langchain_mistral_secure.detection.injection.rule_registry`,
which runs ``EARLIER_WORD_RULES`` first and then its own families (the order of
the whole tuple is the order the families were added in). New families go in
``rule_registry``.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.injection import (
    answer_swap,
    authority_claim,
    dismiss_output,
    dismiss_setup,
    dismiss_setup_scripts,
    exfiltration,
    extraction,
    extraction_agent_tools,
    extraction_before_chat_copy,
    extraction_context,
    extraction_context_i18n,
    extraction_guarded,
    extraction_handed_before_chat,
    extraction_handed_verbatim,
    extraction_handed_verbatim_scripts,
    extraction_hidden_setup,
    extraction_i18n,
    extraction_internals,
    extraction_moves,
    extraction_moves_i18n,
    extraction_object,
    extraction_object_raw,
    extraction_of_fellow_customer_contact,
    extraction_of_handed_material,
    extraction_of_handed_setup,
    extraction_of_kin_records,
    extraction_of_members_list,
    extraction_of_named_env_secrets,
    extraction_of_named_secret_recoded,
    extraction_of_one_served_person,
    extraction_of_operator_tool_text,
    extraction_of_orders_recast,
    extraction_of_orders_verb_final,
    extraction_of_orders_yes_no,
    extraction_of_others_records,
    extraction_of_others_said,
    extraction_of_peers_records,
    extraction_of_secret_letters,
    extraction_of_secret_pieces,
    extraction_of_stored_codes,
    extraction_of_third_party_ids,
    extraction_of_tool_definitions,
    extraction_of_used_credentials,
    extraction_own_transform,
    extraction_part_not_whole,
    extraction_preamble,
    extraction_pretext,
    extraction_probe,
    extraction_retell,
    extraction_retell_i18n,
    extraction_secret_held,
    extraction_secret_in_cipher,
    extraction_secret_in_written_piece,
    extraction_secret_measured,
    extraction_secret_sidestep,
    extraction_setup,
    extraction_yours,
    forced_literal,
    forced_output,
    goal_reset,
    goal_swap,
    goal_swap_i18n,
    goal_swap_scripts,
    hijack,
    hijack_dismiss,
    hijack_output,
    hijack_scripts,
    hijack_task,
    indirect,
    indirect_addressed,
    indirect_addressed_i18n,
    indirect_agent,
    indirect_agent_i18n,
    indirect_agent_more,
    indirect_ai_vocative_i18n,
    indirect_consent_claim,
    indirect_fields,
    indirect_machine_reader,
    indirect_machine_reader_i18n,
    indirect_machine_reader_scripts,
    indirect_planted,
    indirect_planted_i18n,
    indirect_reader,
    indirect_reply,
    indirect_reply_i18n,
    indirect_tool_turn,
    jailbreak,
    jailbreak_bans_i18n,
    jailbreak_cards,
    jailbreak_claims,
    jailbreak_dodges,
    jailbreak_dual_traits,
    jailbreak_fiction,
    jailbreak_frames,
    jailbreak_games,
    jailbreak_grants,
    jailbreak_late_relative_i18n,
    jailbreak_licence,
    jailbreak_modes,
    jailbreak_payloads,
    jailbreak_persona_i18n,
    jailbreak_personas,
    jailbreak_pretext,
    jailbreak_refusal,
    jailbreak_scenes,
    jailbreak_settings_i18n,
    jailbreak_split_i18n,
    jailbreak_stakes,
    jailbreak_switches,
    jailbreak_test_modes,
    jailbreak_transcript_i18n,
    jailbreak_unbound_i18n,
    jailbreak_wrappers,
    multilingual,
    override,
    override_more,
    override_world,
    paraphrase,
    past_turns,
    past_turns_scripts,
    persona_escape,
    persona_unbound,
    replay,
    replay_i18n,
    role,
    role_more,
    said_before,
    secret_transform,
    secret_word,
    setup_void,
    short_hijack_i18n,
    spliced_order,
    task_switch,
    template_tokens,
    typo_hijack,
)

EARLIER_WORD_RULES: tuple[Rule, ...] = (
    override.RULES
    + override_more.RULES
    + hijack.RULES
    + paraphrase.RULES
    + role.RULES
    + role_more.RULES
    + extraction.RULES
    + multilingual.RULES
    + template_tokens.RULES
    + replay.RULES
    + replay_i18n.RULES
    + jailbreak.RULES
    + indirect.RULES
    + exfiltration.RULES
    + dismiss_output.RULES
    + indirect_reply.RULES
    + indirect_reply_i18n.RULES
    + indirect_reader.RULES
    + jailbreak_personas.RULES
    + jailbreak_games.RULES
    + forced_output.RULES
    + persona_escape.RULES
    + spliced_order.RULES
    + said_before.RULES
    + short_hijack_i18n.RULES
    + indirect_agent.RULES
    + indirect_agent_i18n.RULES
    + indirect_agent_more.RULES
    + jailbreak_grants.RULES
    + jailbreak_frames.RULES
    + jailbreak_claims.RULES
    + past_turns.RULES
    + past_turns_scripts.RULES
    + forced_literal.RULES
    + override_world.RULES
    + extraction_probe.RULES
    + secret_word.RULES
    + extraction_i18n.RULES
    + extraction_setup.RULES
    + goal_swap.RULES
    + goal_reset.RULES
    + goal_swap_i18n.RULES
    + goal_swap_scripts.RULES
    + extraction_context.RULES
    + extraction_context_i18n.RULES
    + secret_transform.RULES
    + jailbreak_refusal.RULES
    + jailbreak_fiction.RULES
    + jailbreak_modes.RULES
    + persona_unbound.RULES
    + indirect_addressed.RULES
    + indirect_addressed_i18n.RULES
    + indirect_fields.RULES
    + indirect_tool_turn.RULES
    + extraction_guarded.RULES
    + extraction_retell.RULES
    + extraction_retell_i18n.RULES
    + hijack_output.RULES
    + hijack_task.RULES
    + hijack_dismiss.RULES
    + hijack_scripts.RULES
    + indirect_planted.RULES
    + indirect_planted_i18n.RULES
    + jailbreak_unbound_i18n.RULES
    + jailbreak_pretext.RULES
    + jailbreak_wrappers.RULES
    + jailbreak_dual_traits.RULES
    + dismiss_setup.RULES
    + dismiss_setup_scripts.RULES
    + task_switch.RULES
    + authority_claim.RULES
    + setup_void.RULES
    + typo_hijack.RULES
    + answer_swap.RULES
    + extraction_object.RULES
    + extraction_object_raw.RULES
    + extraction_moves.RULES
    + extraction_moves_i18n.RULES
    + extraction_yours.RULES
    + indirect_machine_reader.RULES
    + indirect_machine_reader_i18n.RULES
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
    + extraction_of_handed_setup.RULES
    + extraction_of_others_records.RULES
    + extraction_of_secret_pieces.RULES
    + extraction_of_used_credentials.RULES
    # h21-extract
    + extraction_handed_before_chat.RULES
    + extraction_of_stored_codes.RULES
    + extraction_of_others_said.RULES
    + extraction_part_not_whole.RULES
    + extraction_agent_tools.RULES
    # h22-extract
    + extraction_of_peers_records.RULES
    + extraction_of_handed_material.RULES
    + extraction_handed_verbatim.RULES
    + extraction_handed_verbatim_scripts.RULES
    + extraction_secret_measured.RULES
    + extraction_of_third_party_ids.RULES
    # h23-extract
    + extraction_of_members_list.RULES
    + extraction_of_one_served_person.RULES
    + extraction_of_named_env_secrets.RULES
    + extraction_of_named_secret_recoded.RULES
    + extraction_of_operator_tool_text.RULES
    + extraction_of_orders_yes_no.RULES
    + extraction_of_orders_recast.RULES
    + extraction_of_orders_verb_final.RULES
    # h25-extract
    + extraction_before_chat_copy.RULES
    + extraction_of_secret_letters.RULES
    + extraction_of_kin_records.RULES
    + extraction_of_tool_definitions.RULES
    + extraction_secret_in_cipher.RULES
    # h26-extract
    + extraction_secret_in_written_piece.RULES
    + extraction_of_fellow_customer_contact.RULES
    + jailbreak_stakes.RULES
    + jailbreak_bans_i18n.RULES
    + jailbreak_settings_i18n.RULES
    + jailbreak_dodges.RULES
    + jailbreak_test_modes.RULES
    + jailbreak_licence.RULES
    + jailbreak_late_relative_i18n.RULES
    + jailbreak_persona_i18n.RULES
    + jailbreak_transcript_i18n.RULES
    + jailbreak_split_i18n.RULES
)
"""The word rules of the earlier families, in run order."""
