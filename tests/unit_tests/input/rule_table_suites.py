"""Whole table-file suites, for the files that share one shape of tests (#14).

Several family files run the very same tests on their own rows; a suite
builds that set once, named as the files named them, so the test ids stay
those of the hand-written tests. A file binds a suite's tests to its own
names with ``globals().update(...)``::

    globals().update(rule_table_suites.rule_family_suite(ATTACKS, LOOK_ALIKES))

Every test runs the checks of :mod:`rule_table_harness` (its cached
detector and module-level sanitizers).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import rule_table_harness as harness

from langchain_mistral_secure.detection.engine import RuleDetector

LEADS = ("", "Hi.\n", "Quick question first. ")
"""What the hypothesis test puts before a row: nothing, a greeting, a question."""


def rule_family_suite(
    attacks: Sequence[tuple[str, str]],
    look_alikes: Sequence[Any],
    *,
    leads: Sequence[str] = LEADS,
) -> dict[str, Callable[..., Any]]:
    """The six tests of a rule family file of ``(text, rule id)`` rows.

    Attack ids are ``<last part of the rule id>-<i>``; each attack is
    reported by its rule and cut within ``max_len``, caught async (its rule
    reporting it), streamed like ``invoke`` in chunks of 1, 7 and 64 and,
    after any of ``leads``, in any chunk size from 2 to 40. Each look-alike
    passes byte for byte, sync and async.

    Args:
        attacks: ``(text, rule id)`` rows.
        look_alikes: Benign rows (``benign_params`` of the file's families).
        leads: Texts the hypothesis test puts before an attack.

    Returns:
        The tests by name: ``test_attack_is_reported_by_its_rule_and_cut``,
        ``test_attack_is_caught_async``, ``test_attack_streams_like_invoke``,
        ``test_attack_anywhere_streams_like_invoke``,
        ``test_look_alike_passes_byte_for_byte`` and its ``_async`` twin.
    """
    ids = harness.rule_name_ids(attacks)
    return {
        "test_attack_is_reported_by_its_rule_and_cut": harness.table_test(
            "text, rule",
            attacks,
            harness.caught_by_rule(),
            harness.fits_max_len,
            ids=ids,
        ),
        "test_attack_is_caught_async": harness.table_test_async(
            "text, rule",
            attacks,
            harness.reported_by_rule(),
            harness.caught_async,
            ids=ids,
        ),
        "test_attack_streams_like_invoke": harness.table_test(
            "text, rule",
            attacks,
            harness.reported_by_rule(),
            harness.streams_like_invoke(1, 7, 64),
            ids=ids,
        ),
        "test_attack_anywhere_streams_like_invoke": harness.stream_anywhere_test(
            attacks, leads=leads
        ),
        **_look_alike_tests(look_alikes),
    }


def rules_alone_suite(
    attacks: Sequence[tuple[str, str]],
    look_alikes: Sequence[Any],
    rules_alone: RuleDetector,
) -> dict[str, Callable[..., Any]]:
    """The six tests of a file of ``(rule id, text)`` rows for its own modules.

    Each attack's rule is looked up on ``rules_alone`` (a detector of the
    file's modules' rules only) and the text is cut; it is caught async;
    its findings fit their rule's ``max_len``; every third attack streams
    like ``invoke`` in chunks of 1, 7 and 64. Each look-alike is found by
    none of those rules and passes byte for byte, sync and async.

    Args:
        attacks: ``(rule id, text)`` rows.
        look_alikes: Benign texts.
        rules_alone: A detector of the file's modules' rules.

    Returns:
        The tests by name: ``test_attack_is_caught_by_its_rule``,
        ``test_attack_is_caught_async``,
        ``test_findings_fit_their_rule_max_len``,
        ``test_attack_streams_like_invoke``,
        ``test_look_alike_passes_byte_for_byte`` and its ``_async`` twin.
    """
    return {
        "test_attack_is_caught_by_its_rule": harness.table_test(
            "rule, text", attacks, harness.caught_by_rule(detector=rules_alone)
        ),
        "test_attack_is_caught_async": harness.table_test_async(
            "rule, text", attacks, harness.caught_async
        ),
        "test_findings_fit_their_rule_max_len": harness.table_test(
            "rule, text", attacks, harness.fits_max_len
        ),
        "test_attack_streams_like_invoke": harness.table_test(
            "rule, text", attacks[::3], harness.streams_like_invoke(1, 7, 64)
        ),
        **_look_alike_tests(look_alikes, harness.found_by_none_of(rules_alone)),
    }


def _look_alike_tests(
    look_alikes: Sequence[Any], *checks: harness.Check
) -> dict[str, Callable[..., Any]]:
    return {
        "test_look_alike_passes_byte_for_byte": harness.table_test(
            "text", look_alikes, *checks, harness.passes_byte_for_byte
        ),
        "test_look_alike_passes_byte_for_byte_async": harness.table_test_async(
            "text", look_alikes, harness.passes_byte_for_byte_async
        ),
    }
