"""One harness for the injection rule, probe and veto tables (#14).

Every table file of ``tests/unit_tests/input/`` runs the same checks on its
own rows: an attack is caught (by the rule it names, by a rule of a family
prefix, or by any rule), sync and async; its findings fit their rule's
``max_len``; a chunked stream equals ``invoke``; a benign look-alike passes
byte for byte, sync and async. The async twins run on every fourth row of
a table (:data:`ASYNC_STEP`); the sync tests run every row. Rows the rules
still miss or still cut are strict xfails, so fixing one shows up as an
unexpected pass.

A table file keeps its rows and names its tests; the test bodies live here::

    import rule_table_harness as harness

    test_family_is_caught = harness.table_test(
        "text, rule", ATTACKS, harness.caught_by_rule()
    )
    test_family_is_caught_async = harness.table_test_async(
        "text, rule", ATTACKS, harness.caught_async
    )

The generated test takes the file's own argnames, so pytest builds the same
test ids as a hand-written ``@pytest.mark.parametrize`` over the same rows.
The checks (in :mod:`rule_table_checks`, re-exported here) reuse the
module-level sanitizers and the cached detector of ``family_checks``: no
test builds a detector of its own. Files that run the very same set of
tests take it whole from :mod:`rule_table_suites`.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable, Mapping, Sequence
from types import ModuleType
from typing import Any

import family_checks
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rule_table_checks import (
    AsyncCheck,
    Check,
    assert_rule_named,
    caught_async,
    caught_by_any_rule,
    caught_by_prefix,
    caught_by_rule,
    caught_by_short_name,
    caught_by_short_name_start,
    caught_in_category,
    fits_max_len,
    found_by_none_of,
    passes_byte_for_byte,
    passes_byte_for_byte_async,
    reported_by_rule,
    streams_like_invoke,
)

# The checks live in rule_table_checks; table files reach them from here.
__all__ = [
    "ASYNC_STEP",
    "AsyncCheck",
    "Check",
    "Ids",
    "assert_rule_named",
    "attack",
    "caught_async",
    "caught_by_any_rule",
    "caught_by_prefix",
    "caught_by_rule",
    "caught_by_short_name",
    "caught_by_short_name_start",
    "caught_in_category",
    "fits_max_len",
    "found_by_none_of",
    "lone_surrogates_test",
    "look_alike",
    "passes_byte_for_byte",
    "passes_byte_for_byte_async",
    "reported_by_rule",
    "round_attacks",
    "round_look_alikes",
    "short_id",
    "stream_anywhere_test",
    "streams_like_invoke",
    "strict_xfail",
    "table_test",
    "table_test_async",
]

Ids = Sequence[str] | Callable[[Any], str | None] | None
"""Row ids, as ``pytest.mark.parametrize`` takes them."""


# Row types ---------------------------------------------------------------


def strict_xfail(reason: str | None) -> list[pytest.MarkDecorator]:
    """A strict-xfail mark for a row the rules still miss or cut, else none.

    Args:
        reason: Why the row fails today; ``None`` when it must pass.

    Returns:
        The marks to put on the row's ``pytest.param``.
    """
    return [] if reason is None else [pytest.mark.xfail(strict=True, reason=reason)]


def attack(
    text: str, rule: str | None = None, *, row_id: str, missed: str | None = None
) -> Any:
    """One attack row: its text, the rule that must report it, a strict xfail.

    Args:
        text: The attack.
        rule: The rule id (or family prefix ending in ``.``) that must report
            it; ``None`` for a row any rule may catch (the row is then the
            text alone).
        row_id: The test id of the row.
        missed: Why the rules still miss it (strict xfail), or ``None``.

    Returns:
        A ``pytest.param`` of ``(text, rule)`` or ``(text,)``.
    """
    values = (text,) if rule is None else (text, rule)
    return pytest.param(*values, id=row_id, marks=strict_xfail(missed))


def look_alike(text: str, *, row_id: str, cut: str | None = None) -> Any:
    """One benign row that must pass byte for byte, or a strict xfail.

    Args:
        text: The benign look-alike.
        row_id: The test id of the row.
        cut: Why an older rule still cuts it (strict xfail), or ``None``.

    Returns:
        A ``pytest.param`` of ``(text,)``.
    """
    return pytest.param(text, id=row_id, marks=strict_xfail(cut))


def look_alike_rows(
    benign: Sequence[str], cut_before: Mapping[str, str] | None = None
) -> list[Any]:
    """A round's look-alikes: ``benign-<i>`` rows, then ``cut-<i>`` strict xfails.

    Args:
        benign: Texts that must pass byte for byte.
        cut_before: Texts an older rule still cuts, each with the reason.

    Returns:
        ``pytest.param`` rows for the look-alike tests.
    """
    rows = [look_alike(text, row_id=f"benign-{i}") for i, text in enumerate(benign)]
    return rows + [
        look_alike(text, row_id=f"cut-{i}", cut=reason)
        for i, (text, reason) in enumerate((cut_before or {}).items())
    ]


def short_id(value: Any) -> str:
    """A row id of the cell's first 40 characters (tables with long prose rows)."""
    return str(value)[:40]


def rule_name_ids(rows: Sequence[tuple[str, str]]) -> list[str]:
    """Row ids ``<last part of the rule id>-<i>`` of ``(text, rule id)`` rows.

    Args:
        rows: ``(text, rule id)`` pairs.

    Returns:
        One id per row, in order.
    """
    return [f"{rule.rsplit('.', 1)[-1]}-{i}" for i, (_text, rule) in enumerate(rows)]


# Probe rounds ------------------------------------------------------------


def round_attacks(
    rounds: Mapping[str, ModuleType], *, step: int = 1, missed: str | None = None
) -> list[Any]:
    """Every ``step``-th attack of each probe round, id ``<round>-<i>``.

    A round's ``ATTACKS`` holds texts or ``(text, rule)`` pairs; ``i`` counts
    the rows taken. With ``missed``, the round's attribute of that name (a
    mapping of text to reason, when the round has it) makes strict xfails.

    Args:
        rounds: Probe data modules by round name.
        step: Take every ``step``-th attack.
        missed: Name of the rounds' "still missed" mapping, or ``None``.

    Returns:
        One ``pytest.param`` per attack taken.
    """
    params = []
    for name, probe in rounds.items():
        reasons: Mapping[str, str] = getattr(probe, missed, {}) if missed else {}
        for i, row in enumerate(probe.ATTACKS[::step]):
            values = (row,) if isinstance(row, str) else tuple(row)
            params.append(
                pytest.param(
                    *values,
                    id=f"{name}-{i}",
                    marks=strict_xfail(reasons.get(values[0])),
                )
            )
    return params


def round_look_alikes(rounds: Mapping[str, ModuleType], *, step: int = 1) -> list[Any]:
    """Every ``step``-th look-alike of each probe round, ``STILL_CUT`` strict xfail.

    A round's ``BENIGN`` is a list (ids ``<round>-<i>``, ``i`` counting the
    rows taken) or texts by family (ids ``<round>-<family>-<i>``, every row).

    Args:
        rounds: Probe data modules by round name.
        step: Take every ``step``-th look-alike of a list.

    Returns:
        One ``pytest.param`` per look-alike taken.
    """
    params: list[Any] = []
    for name, probe in rounds.items():
        cut: Mapping[str, str] = getattr(probe, "STILL_CUT", {})
        if isinstance(probe.BENIGN, Mapping):
            params += family_checks.benign_params(probe.BENIGN, cut, prefix=f"{name}-")
            continue
        params += [
            look_alike(text, row_id=f"{name}-{i}", cut=cut.get(text))
            for i, text in enumerate(probe.BENIGN[::step])
        ]
    return params


# Test factories ----------------------------------------------------------


def _argnames(argnames: str | Sequence[str]) -> list[str]:
    if isinstance(argnames, str):
        return [name.strip() for name in argnames.split(",") if name.strip()]
    return list(argnames)


def _row(names: Sequence[str], rule: str | None, cells: Mapping[str, Any]) -> Any:
    # The rule cell, when the table has one, must name something: a row with
    # an empty rule would make every rule check vacuous.
    if rule is None or rule not in names:
        return None
    assert cells[rule], "row names no rule"
    return cells[rule]


def _parametrized(
    test: Callable[..., Any],
    argnames: str | Sequence[str],
    rows: Sequence[Any],
    ids: Ids,
) -> Callable[..., Any]:
    # pytest reads a test's argnames from its signature; the body takes the
    # row's cells as keywords, so one body serves every table's columns.
    # ``argnames`` goes to pytest as the file gave it: one name as a string
    # makes each row a single value, as in a hand-written parametrize.
    test.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
        [
            inspect.Parameter(name, inspect.Parameter.POSITIONAL_OR_KEYWORD)
            for name in _argnames(argnames)
        ]
    )
    pytest.mark.parametrize(argnames, rows, ids=ids)(test)  # marks ``test``
    return test


def table_test(
    argnames: str | Sequence[str],
    rows: Sequence[Any],
    *checks: Check,
    text: str = "text",
    rule: str | None = "rule",
    ids: Ids = None,
) -> Callable[..., None]:
    """A parametrized test running ``checks`` on each row, in order.

    Args:
        argnames: The rows' columns, as for ``pytest.mark.parametrize``.
        rows: Tuples or ``pytest.param`` rows (their ids and marks are kept).
        *checks: Run on ``(text cell, rule cell)`` of each row.
        text: The column holding the text.
        rule: The column naming the rule the checks read (a rule id, a
            prefix or a short name, as the check reads it);
            when the table has it, it must be non-empty.
        ids: Ids of the rows (a list, or a function of a cell) for rows
            without an explicit id.

    Returns:
        The test function; assign it to a ``test_...`` name of the module.
    """
    names = _argnames(argnames)

    def test(**cells: Any) -> None:
        named = _row(names, rule, cells)
        for check in checks:
            check(cells[text], named)

    return _parametrized(test, argnames, rows, ids)


ASYNC_STEP = 4
"""An async twin runs on every fourth row of its table (rows 0, 4, 8, ...).

The async path (``ainvoke``, ``atransform``) runs the same detector and
policy as the sync one, which every row goes through; what the twin
guards is the async plumbing, and a quarter of each table (every family
file keeps rows of each of its families) covers it at a quarter of the
suite time the full twins took.
"""


def table_test_async(
    argnames: str | Sequence[str],
    rows: Sequence[Any],
    *checks: AsyncCheck,
    text: str = "text",
    rule: str | None = "rule",
    ids: Ids = None,
) -> Callable[..., Awaitable[None]]:
    """The async twin of :func:`table_test`; awaits ``checks`` on a sample of rows.

    A check that returns no awaitable (a sync :data:`Check`) just runs.
    Rows keep their ids and marks (a strict xfail stays one).

    Args:
        argnames: The rows' columns, as for ``pytest.mark.parametrize``.
        rows: Tuples or ``pytest.param`` rows; every :data:`ASYNC_STEP`-th
            one (rows 0, 4, 8, ...) is run.
        *checks: Run (and awaited) on ``(text cell, rule cell)`` of each row.
        text: The column holding the text.
        rule: The column naming the rule the checks read.
        ids: Ids of the rows (a list aligned with ``rows``, or a function of
            a cell).

    Returns:
        The async test function; assign it to a ``test_...`` name.
    """
    kept = range(0, len(rows), ASYNC_STEP)
    rows = [rows[i] for i in kept]
    if isinstance(ids, Sequence) and not isinstance(ids, str):
        ids = [ids[i] for i in kept]
    names = _argnames(argnames)

    async def test(**cells: Any) -> None:
        named = _row(names, rule, cells)
        for check in checks:
            result = check(cells[text], named)
            if result is not None:
                await result

    return _parametrized(test, argnames, rows, ids)


def lone_surrogates_test(rows: Sequence[str]) -> Callable[..., None]:
    """A test that the detector reads each row, lone surrogates and all.

    A broken stream of UTF-16 hands the vetoes lone surrogates; RE2 takes
    UTF-8 only, so every frame must read them and never raise.

    Args:
        rows: Texts holding a lone surrogate (ids ``surrogate-<i>``).

    Returns:
        The test function; assign it to a ``test_...`` name.
    """
    return table_test(
        "text",
        [look_alike(text, row_id=f"surrogate-{i}") for i, text in enumerate(rows)],
        lambda text, _rule: family_checks.rule_ids(text),
        rule=None,
    )


def stream_anywhere_test(
    rows: Sequence[tuple[str, str]],
    *,
    leads: Sequence[str],
    sizes: tuple[int, int] = (2, 40),
    max_examples: int = 15,
) -> Callable[..., None]:
    """A hypothesis test: any ``(text, rule)`` row after any lead, any chunk size.

    The row's rule still reports the text behind the lead, and a stream in
    chunks of the drawn size equals ``invoke``.

    Args:
        rows: ``(text, rule id)`` pairs.
        leads: Texts to put before the row (``""`` for none).
        sizes: The least and the greatest chunk size to draw.
        max_examples: Hypothesis examples per run.

    Returns:
        The test function; assign it to a ``test_...`` name.
    """

    @settings(max_examples=max_examples, deadline=None)
    @given(
        index=st.integers(0, len(rows) - 1),
        size=st.integers(*sizes),
        lead=st.sampled_from(list(leads)),
    )
    def test(index: int, size: int, lead: str) -> None:
        text, rule = rows[index]
        assert rule in family_checks.rule_ids(lead + text)
        family_checks.assert_streams_like_invoke(lead + text, (size,))

    return test
