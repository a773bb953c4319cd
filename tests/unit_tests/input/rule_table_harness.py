"""One harness for the injection rule, probe and veto tables (#14).

Every table file of ``tests/unit_tests/input/`` runs the same checks on its
own rows: an attack is caught (by the rule it names, by a rule of a family
prefix, or by any rule), sync and async; its findings fit their rule's
``max_len``; a chunked stream equals ``invoke``; a benign look-alike passes
byte for byte, sync and async. Rows the rules still miss or still cut are
strict xfails, so fixing one shows up as an unexpected pass.

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
The checks reuse the module-level sanitizers and the cached detector of
``family_checks``: no test builds a detector of its own.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable, Mapping, Sequence
from types import ModuleType
from typing import Any

import family_checks
import pytest

Check = Callable[[str, Any], None]
"""A check of one row: its text and the rule it names (``None`` if none)."""

AsyncCheck = Callable[[str, Any], Awaitable[None]]
"""The async twin of :data:`Check`."""


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


def short_id(value: Any) -> str:
    """A row id of the cell's first 40 characters (tables with long prose rows)."""
    return str(value)[:40]


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


# Checks ------------------------------------------------------------------


def caught_by_rule(prefix: str = "") -> Check:
    """The row's rule reports the text, and ``invoke`` changes it.

    The rule cell, after ``prefix``, is a full rule id or, ending in ``.``, a
    family prefix any reporting rule may start with.

    Args:
        prefix: Put before the rule cell (``"injection.role."`` for tables
            that name rules by their short name).

    Returns:
        The check.
    """

    def check(text: str, rule: str) -> None:
        assert_rule_named(prefix + rule, family_checks.rule_ids(text))
        assert family_checks.SANITIZER.invoke(text) != text

    return check


def assert_rule_named(rule: str, found: set[str]) -> None:
    """``rule`` is among the ``found`` rule ids, or (ending in ``.``) prefixes one.

    Args:
        rule: A full rule id, or a family prefix ending in ``.``.
        found: The rule ids a detector reported.
    """
    if rule.endswith("."):
        assert any(rule_id.startswith(rule) for rule_id in found), found
    else:
        assert rule in found, found


def caught_by_short_name(text: str, rule: str) -> None:
    """A rule whose id ends in ``.<rule>`` reports the text; ``invoke`` changes it."""
    found = {rule_id.rsplit(".", 1)[-1] for rule_id in family_checks.rule_ids(text)}
    assert rule in found, found
    assert family_checks.SANITIZER.invoke(text) != text


def caught_by_prefix(text: str, prefix: str) -> None:
    """A rule whose id starts with the row's prefix reports the text; it changes."""
    found = family_checks.rule_ids(text)
    assert any(rule_id.startswith(prefix) for rule_id in found), found
    assert family_checks.SANITIZER.invoke(text) != text


def caught_by_any_rule(text: str, rule: Any) -> None:
    """Some injection rule reports the text, and ``invoke`` changes it."""
    assert family_checks.rule_ids(text), rule
    assert family_checks.SANITIZER.invoke(text) != text


def fits_max_len(text: str, rule: Any) -> None:
    """Every finding is at most its rule's ``max_len`` (the stream holds that back)."""
    del rule
    family_checks.assert_findings_fit_max_len(text)


def streams_like_invoke(*sizes: int) -> Check:
    """Chunked ``transform`` output equals ``invoke``, for each chunk size.

    Args:
        *sizes: The chunk sizes to stream the text in.

    Returns:
        The check.
    """

    def check(text: str, rule: Any) -> None:
        del rule
        family_checks.assert_streams_like_invoke(text, sizes)

    return check


def passes_byte_for_byte(text: str, rule: Any = None) -> None:
    """No finding; ``invoke`` and a one-character stream return the text."""
    del rule
    family_checks.assert_passes_byte_for_byte(text)


async def caught_async(text: str, rule: Any) -> None:
    """``ainvoke`` changes the text, and the block policy raises."""
    del rule
    await family_checks.assert_caught_async(text)


async def passes_byte_for_byte_async(text: str, rule: Any = None) -> None:
    """``ainvoke`` and a one-character ``atransform`` return the text."""
    del rule
    await family_checks.assert_passes_byte_for_byte_async(text)


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
    ids: Callable[[Any], str | None] | None,
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
    ids: Callable[[Any], str | None] | None = None,
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
        ids: Id function for rows without an explicit id.

    Returns:
        The test function; assign it to a ``test_...`` name of the module.
    """
    names = _argnames(argnames)

    def test(**cells: Any) -> None:
        named = _row(names, rule, cells)
        for check in checks:
            check(cells[text], named)

    return _parametrized(test, argnames, rows, ids)


def table_test_async(
    argnames: str | Sequence[str],
    rows: Sequence[Any],
    *checks: AsyncCheck,
    text: str = "text",
    rule: str | None = "rule",
    ids: Callable[[Any], str | None] | None = None,
) -> Callable[..., Awaitable[None]]:
    """The async twin of :func:`table_test` (same arguments); awaits ``checks``.

    Returns:
        The async test function; assign it to a ``test_...`` name.
    """
    names = _argnames(argnames)

    async def test(**cells: Any) -> None:
        named = _row(names, rule, cells)
        for check in checks:
            await check(cells[text], named)

    return _parametrized(test, argnames, rows, ids)
