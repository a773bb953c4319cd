"""The row checks of the shared table harness (:mod:`rule_table_harness`).

Each check takes a row's text cell and its rule cell (``None`` when the
table has none) and asserts one thing of the injection detector and the
module-level sanitizers of ``family_checks``: the rule reports the text,
the text is cut, sync or async, its findings fit their rule's ``max_len``,
a stream equals ``invoke``, a look-alike passes byte for byte. The table
files reach them through :mod:`rule_table_harness`, which re-exports them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import family_checks

from langchain_mistral_secure.detection.engine import RuleDetector, get_detector

Check = Callable[[str, Any], None]
"""A check of one row: its text and the rule it names (``None`` if none)."""

AsyncCheck = Callable[[str, Any], Awaitable[None] | None]
"""A check an async test runs: awaited when it returns an awaitable, so a
sync :data:`Check` (the rule named, say) runs in an async test too."""


def caught_by_rule(prefix: str = "", *, detector: RuleDetector | None = None) -> Check:
    """The row's rule reports the text, and ``invoke`` changes it.

    The rule cell, after ``prefix``, is a full rule id or, ending in ``.``, a
    family prefix any reporting rule may start with.

    Args:
        prefix: Put before the rule cell (``"injection.role."`` for tables
            that name rules by their short name).
        detector: Look the rule up on this detector (a file's rules alone)
            instead of the shared injection detector.

    Returns:
        The check.
    """
    reported = reported_by_rule(prefix, detector=detector)

    def check(text: str, rule: str) -> None:
        reported(text, rule)
        assert family_checks.SANITIZER.invoke(text) != text

    return check


def reported_by_rule(
    prefix: str = "", *, detector: RuleDetector | None = None
) -> Check:
    """The row's rule reports the text (no sanitizer run; see :func:`caught_by_rule`).

    Args:
        prefix: Put before the rule cell.
        detector: Look the rule up on this detector instead of the shared one.

    Returns:
        The check.
    """

    def check(text: str, rule: str) -> None:
        found = (
            family_checks.rule_ids(text)
            if detector is None
            else {finding.rule_id for finding in detector.detect(text)}
        )
        assert_rule_named(prefix + rule, found)

    return check


def found_by_none_of(detector: RuleDetector) -> Check:
    """``detector`` (a file's rules alone) reports nothing on the text.

    Args:
        detector: The detector that must stay silent.

    Returns:
        The check.
    """

    def check(text: str, rule: Any) -> None:
        del rule
        assert not detector.detect(text)

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


def caught_by_short_name_start(text: str, start: str) -> None:
    """A rule whose short name (last part of its id) starts with the row's cell.

    ``new_task`` stands for ``new_task_addressed`` and its kin; ``invoke``
    changes the text.
    """
    found = {rule_id.rsplit(".", 1)[-1] for rule_id in family_checks.rule_ids(text)}
    assert any(name.startswith(start) for name in found), found
    assert family_checks.SANITIZER.invoke(text) != text


def caught_in_category(text: str, category: str) -> None:
    """A finding of the row's category; every span inside the text; it changes."""
    findings = get_detector("injection").detect(text)
    assert category in {finding.category for finding in findings}
    for finding in findings:
        assert 0 <= finding.start < finding.end <= len(text)
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
