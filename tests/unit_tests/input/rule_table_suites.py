"""Whole table-file suites, for the files that share one shape of tests (#14).

Several family files run the very same tests on their own rows; a suite
builds that set once, named as the files named them, so the test ids stay
those of the hand-written tests. A file binds a suite's tests to its own
names with ``globals().update(...)``::

    globals().update(rule_table_suites.rule_family_suite(ATTACKS, LOOK_ALIKES))

A session's rounds take theirs the same way: :func:`round_suite` for a
false-positive round whose attacks name no rule, :func:`family_round_suite`
for a round of new rule families; both run the round's :class:`Probe` with
its still-missed and still-cut rows as strict xfails. The older family
tables (h12-h14: ``test_family_is_caught`` ...) take
:func:`family_table_suite`.

Every test runs the checks of :mod:`rule_table_harness` (its cached
detector and module-level sanitizers).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from types import ModuleType
from typing import Any, NamedTuple

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


class Probe(NamedTuple):
    """A round's probe module and the rows the rules still fail, by index.

    Both mappings give the reason a row is a strict xfail today: ``missed``
    for an attack of ``module.ATTACKS`` the rules still miss, ``cut`` for a
    look-alike a rule still cuts (indexes into the module's look-alikes).
    """

    module: ModuleType
    missed: Mapping[int, str] = {}
    cut: Mapping[int, str] = {}


def round_suite(
    attacks: Sequence[str],
    look_alikes: Mapping[str, Sequence[str]],
    probe: Probe,
) -> dict[str, Callable[..., Any]]:
    """The five tests of a round with no single rule (``rule=None``) and its probe.

    A false-positive round narrows many rules at once, so its attacks name
    none: any rule may catch them. Its look-alikes (ids ``<family>-<i>``)
    and the probe's ``ROWS`` of ``(family, text)`` (ids
    ``probe-<family>-<i>``, ``i`` counting all rows) pass byte for byte, sync
    and async. Its attacks (ids ``attack-<i>``) and the probe's ``ATTACKS``
    (ids ``probe-attack-<i>``) are caught by some rule, within ``max_len``,
    sync and async; the round's own attacks stream like ``invoke`` in
    chunks of 1, 9 and 64. Probe rows the rules still cut or still miss are
    strict xfails.

    Args:
        attacks: The round's attacks, in the look-alikes' shells.
        look_alikes: The round's benign texts by family.
        probe: The probe round (its module has ``ROWS`` and ``ATTACKS``).

    Returns:
        The tests by name: ``test_look_alike_passes`` and its ``_async``
        twin, ``test_attack_is_caught`` and its ``_async`` twin,
        ``test_attack_streams_like_invoke``.
    """
    benign = [
        harness.look_alike(text, row_id=f"{family}-{i}")
        for family, texts in look_alikes.items()
        for i, text in enumerate(texts)
    ] + [
        harness.look_alike(text, row_id=f"probe-{family}-{i}", cut=probe.cut.get(i))
        for i, (family, text) in enumerate(probe.module.ROWS)
    ]
    own = [harness.attack(text, row_id=f"attack-{i}") for i, text in enumerate(attacks)]
    caught = own + [
        harness.attack(text, row_id=f"probe-attack-{i}", missed=probe.missed.get(i))
        for i, text in enumerate(probe.module.ATTACKS)
    ]
    return {
        "test_look_alike_passes": harness.table_test(
            "text", benign, harness.passes_byte_for_byte, rule=None
        ),
        "test_look_alike_passes_async": harness.table_test_async(
            "text", benign, harness.passes_byte_for_byte_async, rule=None
        ),
        "test_attack_is_caught": harness.table_test(
            "text", caught, harness.caught_by_any_rule, harness.fits_max_len, rule=None
        ),
        "test_attack_is_caught_async": harness.table_test_async(
            "text", caught, harness.caught_async, rule=None
        ),
        "test_attack_streams_like_invoke": harness.table_test(
            "text", own, harness.streams_like_invoke(1, 9, 64), rule=None
        ),
    }


def family_round_suite(
    attacks: Sequence[Any],
    look_alikes: Sequence[Any],
    *,
    reported: harness.Check | None = None,
    sizes: tuple[int, ...] = (1, 7, 64),
    probe: Probe | None = None,
) -> dict[str, Callable[..., Any]]:
    """The tests of a round of new rule families, and of its probe when it has one.

    Each ``(text, rule)`` attack is reported by its rule (a rule id, or a
    family prefix ending in ``.``) and cut, sync and async; its findings fit
    their rule's ``max_len``; it streams like ``invoke`` in chunks of
    ``sizes``. Each look-alike passes byte for byte, sync and async. Rows
    without an explicit id take the first 40 characters of their text. The
    probe's ``ATTACKS`` are caught by some rule and its ``BENIGN`` list
    passes byte for byte (ids ``probe-<i>``); rows the rules still miss or
    still cut are strict xfails.

    Args:
        attacks: ``(text, rule)`` rows (tuples or ``harness.attack`` params).
        look_alikes: Benign texts or ``harness.look_alike`` params.
        reported: The check of an attack's rule; ``harness.caught_by_rule()``
            when ``None`` (``harness.caught_by_prefix`` reads any prefix).
        sizes: The chunk sizes of the stream test.
        probe: The round's probe (its module has ``ATTACKS`` and a
            ``BENIGN`` list), if any.

    Returns:
        The tests by name: ``test_attack_is_reported_by_its_rule``,
        ``test_attack_is_caught_async``,
        ``test_findings_fit_and_stream_like_invoke``,
        ``test_look_alike_passes_byte_for_byte`` and its ``_async`` twin;
        with a probe, ``test_probe_attack_is_caught`` and
        ``test_probe_look_alike_passes_byte_for_byte``.
    """
    ids = harness.short_id
    tests: dict[str, Callable[..., Any]] = {
        "test_attack_is_reported_by_its_rule": harness.table_test(
            "text, rule", attacks, reported or harness.caught_by_rule(), ids=ids
        ),
        "test_attack_is_caught_async": harness.table_test_async(
            "text, rule", attacks, harness.caught_async, ids=ids
        ),
        "test_findings_fit_and_stream_like_invoke": harness.table_test(
            "text, rule",
            attacks,
            harness.fits_max_len,
            harness.streams_like_invoke(*sizes),
            ids=ids,
        ),
        "test_look_alike_passes_byte_for_byte": harness.table_test(
            "text", look_alikes, harness.passes_byte_for_byte, ids=ids
        ),
        "test_look_alike_passes_byte_for_byte_async": harness.table_test_async(
            "text", look_alikes, harness.passes_byte_for_byte_async, ids=ids
        ),
    }
    if probe is None:
        return tests
    probe_attacks = [
        harness.attack(text, row_id=f"probe-{i}", missed=probe.missed.get(i))
        for i, text in enumerate(probe.module.ATTACKS)
    ]
    probe_look_alikes = [
        harness.look_alike(text, row_id=f"probe-{i}", cut=probe.cut.get(i))
        for i, text in enumerate(probe.module.BENIGN)
    ]
    tests["test_probe_attack_is_caught"] = harness.table_test(
        "text", probe_attacks, harness.caught_by_any_rule
    )
    tests["test_probe_look_alike_passes_byte_for_byte"] = harness.table_test(
        "text", probe_look_alikes, harness.passes_byte_for_byte
    )
    return tests


def family_table_suite(  # noqa: PLR0913 - one knob per way the old tables differ
    argnames: str,
    attacks: Sequence[Any],
    look_alikes: Sequence[Any],
    caught: harness.Check,
    *,
    rule: str = "rule",
    async_every: int = 1,
    stream_every: int = 4,
    sizes: tuple[int, ...] = (1, 7),
) -> dict[str, Callable[..., Any]]:
    """The six tests of an older family table (h12-h14 shape), named as it named them.

    Each attack (a row of ``argnames`` columns, one of them ``text`` and one
    ``rule``) passes ``caught``, is caught async and fits its rule's
    ``max_len``; every ``stream_every``-th attack streams like ``invoke``
    in chunks of ``sizes``. Each look-alike passes byte for byte, sync and
    async. Ids are pytest's own (the rows' cells), as they were.

    Args:
        argnames: The attack table's columns (``"text, rule"``,
            ``"family, language, text, rule"``...).
        attacks: The attack rows.
        look_alikes: Benign texts or ``harness.look_alike`` params.
        caught: The sync check of an attack (``harness.caught_by_short_name``,
            ``harness.caught_in_category``...).
        rule: The column the checks read as the rule.
        async_every: Run the async test on every ``async_every``-th attack.
        stream_every: Run the stream test on every ``stream_every``-th attack.
        sizes: The chunk sizes of the stream test.

    Returns:
        The tests by name: ``test_family_is_caught`` and its ``_async``
        twin, ``test_findings_fit_their_rule_max_len``,
        ``test_attack_streams_like_invoke``,
        ``test_look_alike_passes_byte_for_byte`` and its ``_async`` twin.
    """
    return {
        "test_family_is_caught": harness.table_test(
            argnames, attacks, caught, rule=rule
        ),
        "test_family_is_caught_async": harness.table_test_async(
            argnames, attacks[::async_every], harness.caught_async, rule=rule
        ),
        "test_findings_fit_their_rule_max_len": harness.table_test(
            argnames, attacks, harness.fits_max_len, rule=rule
        ),
        "test_attack_streams_like_invoke": harness.table_test(
            argnames,
            attacks[::stream_every],
            harness.streams_like_invoke(*sizes),
            rule=rule,
        ),
        **_look_alike_tests(look_alikes),
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
