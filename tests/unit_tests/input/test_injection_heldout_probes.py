"""The held-out probe rounds written before each session's rules, as tests.

Each ``probe_h1*_<kind>.py`` round was written by the engineer of that kind
*before* any rule of the session (from h29, by an engineer who writes no
rule), measured once on the starting code and once
at the end, and not changed in between (the figures are in
``docs/input-defense.md``). Here every attack the rules catch must stay caught
(sync and async, stream equal to invoke, findings within their rule's
``max_len``); the ones still missed are strict xfails, so catching one later
shows up as an unexpected pass and the entry is removed. The look-alikes pass
byte for byte (the ones an older rule still cuts are strict xfails).

Adding a round is one entry in ``ROUNDS``.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

import probe_h17_extraction
import probe_h17_jailbreak
import probe_h18_direct
import probe_h18_extraction
import probe_h18_indirect
import probe_h18_jailbreak
import probe_h19_security
import probe_h20_benign
import probe_h20_direct
import probe_h20_extraction
import probe_h20_indirect
import probe_h20_jailbreak
import probe_h21_direct
import probe_h21_extraction
import probe_h21_indirect
import probe_h21_jailbreak
import probe_h22_direct
import probe_h22_extraction
import probe_h22_indirect
import probe_h23_direct
import probe_h23_indirect
import probe_h23_jailbreak
import probe_h29_benign
import probe_h29_direct
import probe_h29_extraction
import probe_h29_indirect
import probe_h29_jailbreak
import probe_h40_changelog
import probe_h40_fp
import probe_h44_own_game
import pytest
import rule_table_harness as harness
from family_checks import (
    benign_params,
)


@dataclass(frozen=True)
class Round:
    """One probe round and what its rules still miss or cut.

    Attributes:
        name: The round's id prefix (session and kind).
        probe: The data module: ``ATTACKS`` (texts, or ``(text, move)``
            pairs) and ``BENIGN`` (texts, or texts by family).
        missed: Indexes of ``ATTACKS`` no rule catches (strict xfail).
        cut: Look-alike texts an older rule still cuts, with the reason.
    """

    name: str
    probe: ModuleType
    missed: Collection[int]
    cut: Mapping[str, str] = field(default_factory=dict)

    def attacks(self) -> list[str]:
        texts = self.probe.ATTACKS
        if isinstance(texts, Mapping):
            # By family (h40): in the module's order, family after family.
            return [text for rows in texts.values() for text in rows]
        return [a if isinstance(a, str) else a[0] for a in texts]

    def benign(self) -> Mapping[str, Sequence[str]]:
        texts = self.probe.BENIGN
        return texts if isinstance(texts, Mapping) else {"benign": texts}


ROUNDS = (
    Round(
        "h17-jailbreak",
        probe_h17_jailbreak,
        probe_h17_jailbreak.STILL_MISSED,
        probe_h17_jailbreak.STILL_CUT,
    ),
    # 21 (the Japanese "instructions given to you, as they are") is caught
    # since h18 by ``injection.extraction.handed_setup_raw``; the continuation
    # at 2 is flagged by the scorer alone, which leaves the text; 15 is caught
    # since h21 by ``injection.extraction.started_with``; 26 (Arabic, the
    # instructions given at the start, word for word) since h22 by
    # ``injection.handed_verbatim.fa_ar``.
    Round("h17-extraction", probe_h17_extraction, {2, 3, 5, 8, 9, 11, 16, 18, 22}),
    # 17 (a fake "[system]" note lifting the assistant's rules) is caught since
    # h20 by ``injection.override_limits.lifted``; 3 ("you take orders only from
    # me") and 10 (old guidance forgotten, "sua nova tarefa é") since h21 by
    # ``injection.master_swap.folded`` and ``injection.duty_handover``.
    # 9 (the task "che ti hanno dato", dropped) caught by app_given_task_dropped (h22).
    # Since h25: 25 by ``injection.role_closed_then_work``.
    Round("h18-direct", probe_h18_direct, {1, 4, 6, 7, 8, 19, 20}),
    # The continuation at 6 is flagged by the scorer alone, which leaves the text.
    Round("h18-extraction", probe_h18_extraction, {0, 2, 6, 7, 17, 19, 20, 24, 26, 27}),
    Round(
        "h18-indirect",
        probe_h18_indirect,
        probe_h18_indirect.STILL_MISSED,
        probe_h18_indirect.STILL_CUT,
    ),
    Round(
        "h18-jailbreak",
        probe_h18_jailbreak,
        probe_h18_jailbreak.STILL_MISSED,
        probe_h18_jailbreak.STILL_CUT,
    ),
    # Security text about attacks: on 803f031 the rules cut 17 of the 70
    # look-alikes; three more are flagged by the scorer alone, which leaves
    # the text as it is (so they pass here).
    Round(
        "h19-security",
        probe_h19_security,
        probe_h19_security.STILL_MISSED,
        probe_h19_security.STILL_CUT,
    ),
    # On a381a2e the rules caught 25 of 35 and 24 of 28; after the h20 rules
    # 31 and 25. No look-alike was cut before or after.
    Round("h20-direct", probe_h20_direct, {23, 30, 31, 34}),
    # Since h27: 26 (Turkish "sistem talimatlarini ... kopyala") by
    # ``injection.extraction.object_north``.
    Round("h20-extraction", probe_h20_extraction, {21, 24}),
    # h21-extract: 12 of 28 caught on 73a477e, 13 at the end of the session
    # (others_records' "the customer who ordered before me"); no look-alike cut.
    # Since h22: 0 (a hint about the passphrase) by
    # ``injection.secret_measured.en``; 23, 24, 26, 27 (all tenants' or other
    # customers' contacts, RU ZH AR HI) by ``injection.peers_records.*``.
    # Since h23: 9 (what your memory keeps about other users) by
    # ``injection.extraction.others_records``; 10 (the functions you can call
    # with their exact parameter names) by ``injection.tool_definitions.en``.
    # Since h25: 7 by ``injection.extraction.secret_in_cipher_raw``.
    Round(
        "h21-extraction",
        probe_h21_extraction,
        {12, 14, 15, 19, 20, 22, 25},
    ),
    # h22-extract: 4 of 28 caught on be0794a, 21 at the end of the session;
    # no look-alike cut before or after. Since h28: 27 (the webhook URL and
    # bearer token in your plugin config) by ``injection.extraction.app_credentials``.
    Round("h22-extraction", probe_h22_extraction, {1, 2, 3, 17, 19, 26}),
    # h22-indirect: 13 of 28 caught on be0794a, 14 at the end of the session;
    # no look-alike cut before or after.
    Round(
        "h22-indirect",
        probe_h22_indirect,
        probe_h22_indirect.STILL_MISSED,
        probe_h22_indirect.STILL_CUT,
    ),
    # h23-indirect: 12 of 28 caught on 168d915, 17 at the end of the session;
    # no look-alike cut before or after.
    Round(
        "h23-indirect",
        probe_h23_indirect,
        probe_h23_indirect.STILL_MISSED,
        probe_h23_indirect.STILL_CUT,
    ),
    # Hard benign text by family (h20-fp): on 3a5ef4d the rules cut 5 of the
    # 60 look-alikes and the scorer flags 2 more; the same at the end.
    Round(
        "h20-benign",
        probe_h20_benign,
        probe_h20_benign.STILL_MISSED,
        probe_h20_benign.STILL_CUT,
    ),
    Round(
        "h20-indirect",
        probe_h20_indirect,
        probe_h20_indirect.STILL_MISSED,
        probe_h20_indirect.STILL_CUT,
    ),
    Round(
        "h20-jailbreak",
        probe_h20_jailbreak,
        probe_h20_jailbreak.STILL_MISSED,
        probe_h20_jailbreak.STILL_CUT,
    ),
    # On 73a477e the rules caught 13 of 37; after the h21 direct rules 30.
    # One look-alike (a workshop persona in German) was cut before and after.
    # Since h30: 36 by ``injection.answer_rule.universal``.
    Round(
        "h21-direct",
        probe_h21_direct,
        {17, 23, 24, 27, 28, 31},
        {
            probe_h21_direct.BENIGN["look_alikes"][20]: (
                "injection.role.de reads 'du bist jetzt ein ...' as a persona"
            )
        },
    ),
    Round(
        "h21-jailbreak",
        probe_h21_jailbreak,
        probe_h21_jailbreak.STILL_MISSED,
        probe_h21_jailbreak.STILL_CUT,
    ),
    # On 73a477e the rules caught 17 of 26; after the h21 rules 18. No
    # look-alike was cut before or after.
    Round(
        "h21-indirect",
        probe_h21_indirect,
        probe_h21_indirect.STILL_MISSED,
        probe_h21_indirect.STILL_CUT,
    ),
    # On be0794a the rules caught 4 of 27; after the h22 direct rules 6. One
    # look-alike (a support log quoted for review) was cut before and after.
    # 26 (a forged "Asistente: ya no soy el asistente del banco") is caught
    # since h23 by app_forged_history.role_gone; 16 since h24 (the h24 direct
    # rules).
    Round(
        "h22-direct",
        probe_h22_direct,
        {0, 1, 3, 4, 6, 7, 9, 12, 13, 14, 15, 17, 18, 19, 20, 21, 22, 23, 25},
        {
            probe_h22_direct.BENIGN[15]: (
                "injection.template.fake_exchange reads any labelled exchange"
            )
        },
    ),
    # On 168d915 the rules caught 12 of 28; after the h23 direct rules 13;
    # 26 is caught since h24 (the h24 direct rules); 3 since h62 (the
    # forged-paper rules: "ahora ... escribir reseñas falsas").
    # No look-alike was cut before or after.
    Round(
        "h23-direct",
        probe_h23_direct,
        {1, 2, 7, 9, 10, 13, 14, 17, 18, 19, 20, 23, 25},
    ),
    # h23-jailbreak: on 168d915 the rules caught 13 of 26 (11 of the 14 moves,
    # 2 of the 12 framed asks); after the h23 rules 18 (11 and 7). No
    # look-alike was cut before or after.
    Round("h23-jailbreak", probe_h23_jailbreak, {0, 7, 13, 15, 20, 23, 25}),
    # The h29 rounds were written by an engineer who wrote no rule and read
    # no rule, test or corpus row; the rule writers only counted them. On
    # 0734e18 (the code h29 started from) and after the h29 rules alike, the
    # rules missed the attacks listed and cut the look-alikes listed (the
    # scorer alone flags some more, leaving their text as it is); the h29
    # false-positive round (``prompt_authoring_asked``) cleared one more,
    # extraction's "how to write a system prompt" (es).
    # Since h30 (rules written without reading the probe): direct 37 by
    # ``injection.setup_revoked_new_work.scripts``; indirect 19 and 39 by
    # ``injection.hail_job_compound.scripts``, 38 by
    # ``injection.answer_rule.universal``; jailbreak 39 by
    # ``injection.role.h30_past_method.*``. The h30 false-positive round was
    # written from families named after the h29 look-alikes it cut (not
    # from their rows): it cleared extraction 21 and jailbreak 0 and 12; its
    # own examples of the template token and the ja/zh correction pass, the
    # probe's (direct 9, 18, 19) are still cut.
    Round(
        "h29-direct",
        probe_h29_direct,
        {0, 2, 5, 9, 20, 26, 27, 30, 32, 33, 41, 42},
        {
            probe_h29_direct.BENIGN[9]: "a template token asked about is redacted",
            probe_h29_direct.BENIGN[18]: "own correction (ja) read as override",
            probe_h29_direct.BENIGN[19]: "own correction (zh) read as override",
        },
    ),
    Round(
        "h29-extraction",
        probe_h29_extraction,
        {3, 6, 8, 9, 12, 17, 21, 22, 28, 35, 38},
    ),
    Round(
        "h29-indirect",
        probe_h29_indirect,
        {5, 8, 12, 23, 25, 29, 33, 35, 43},
    ),
    Round(
        "h29-jailbreak",
        probe_h29_jailbreak,
        {8, 9, 25, 27, 29, 32, 36, 37, 38, 41, 43, 45},
    ),
    Round("h29-benign", probe_h29_benign, set()),
    # The h40 probe of fake update notices that lift the model's limits,
    # written blind before that round's rule was measured on it. The rule
    # (branch h40-update-notice-round) caught 2 of the 24 twins listed here
    # and none of the unread corpus rows, so it was not merged. Twin 18 (a
    # Portuguese notice that lets the model share other customers' data, then
    # an ask for an account holder's CPF) is caught since h65's R68.
    Round(
        "h40-changelog",
        probe_h40_changelog,
        {
            0,
            3,
            5,
            6,
            7,
            8,
            9,
            10,
            11,
            12,
            13,
            15,
            16,
            17,
            21,
            22,
            23,
            24,
            26,
            27,
            28,
            29,
            30,
        },
    ),
    # The h40 false-positive probe, written blind by another engineer before
    # the round's rules were measured on it. No rule of that round was merged
    # (docs/scorer-experiments.md, h40), so its look-alikes that the rules
    # cut and its twins no rule catches (the scorer flags some) are listed.
    # Twin 36 (the previous user's chat history asked for, in Russian) is
    # caught since h65's R68.
    Round(
        "h40-fp",
        probe_h40_fp,
        {17, 18, 31, 33, 34, 37, 39, 42, 46},
        {
            # quoted_correction_notice 9 and 12 pass since h49's
            # notice_quoted_for_task (a notice quoted for translation or
            # shortening, taking back earlier booking or recycling instructions)
            # own_instruction_corrected 2 passes since h66's R69: the scorer
            # does not confirm its override finding (detection.corroboration)
            # own_instruction_corrected 4 passes since h66's R69 (the same)
            probe_h40_fp.BENIGN["own_instruction_corrected"][12]: (
                "one's own earlier instruction dropped read as override (ko)"
            ),
            probe_h40_fp.BENIGN["dark_fiction_plausibility"][1]: (
                "a believable crime in fiction read as a realism demand"
            ),
            probe_h40_fp.BENIGN["dark_fiction_plausibility"][8]: (
                "crime fiction with real details declined read as realism"
            ),
        },
    ),
    # The h44 probe of the user restarting their own game, written blind by
    # another engineer before the own-game veto (own_game_restart.py) was
    # measured on it: the start rules cut 6 of its 40 look-alikes, the veto
    # clears 2 (27 and 29) and keeps all 19 twins the rules catch
    # (docs/scorer-experiments.md, h44). The 4 it still cuts are listed.
    Round(
        "h44-own-game",
        probe_h44_own_game,
        {1, 8, 12, 18, 23, 24},
        {
            # own_game_restart 16 passes since h66's R69: the scorer does not
            # confirm its finding (detection.corroboration)
            probe_h44_own_game.BENIGN["own_game_restart"][21]: (
                "one's own game rules forgotten, marked 'die ich dir gegeben habe' (de)"
            ),
            probe_h44_own_game.BENIGN["own_game_restart"][34]: (
                "one's own quiz rule forgotten (sw)"
            ),
            probe_h44_own_game.BENIGN["own_game_restart"][35]: (
                "one's own quiz rules forgotten (cy)"
            ),
        },
    ),
)


def _attack_params(step: int = 1, *, marked: bool = True) -> list[Any]:
    # marked: the attacks a round still misses are strict xfails (catching one
    # must remove it); unmarked where any attack must pass (findings' length).
    return [
        harness.attack(
            text,
            row_id=f"{r.name}-{i}",
            missed=f"missed after {r.name}" if marked and i in r.missed else None,
        )
        for r in ROUNDS
        for i, text in enumerate(r.attacks())
        if i % step == 0
    ]


ATTACK_PARAMS = _attack_params()
BENIGN_PARAMS = [
    param
    for r in ROUNDS
    for param in benign_params(r.benign(), r.cut, prefix=f"{r.name}-")
]


@pytest.mark.parametrize("round_", ROUNDS, ids=lambda r: r.name)
def test_missed_and_cut_name_real_rows(round_: Round) -> None:
    assert set(round_.missed) <= set(range(len(round_.attacks())))
    looks = {text for texts in round_.benign().values() for text in texts}
    assert set(round_.cut) <= looks


test_attack_is_caught = harness.table_test(
    "text", ATTACK_PARAMS, harness.caught_by_any_rule
)
test_attack_is_caught_async = harness.table_test_async(
    "text", ATTACK_PARAMS, harness.caught_async
)
test_findings_fit_their_rule_max_len = harness.table_test(
    "text", _attack_params(marked=False), harness.fits_max_len
)
test_attack_streams_like_invoke = harness.table_test(
    "text",
    [p.values[0] for p in _attack_params(step=3)],
    harness.streams_like_invoke(1, 7, 64),
)
test_look_alike_passes_byte_for_byte = harness.table_test(
    "text", BENIGN_PARAMS, harness.passes_byte_for_byte
)
test_look_alike_passes_byte_for_byte_async = harness.table_test_async(
    "text", BENIGN_PARAMS, harness.passes_byte_for_byte_async
)
