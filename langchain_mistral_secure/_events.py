"""Findings as LangChain custom events: categories and counts, never text.

Components dispatch one ``mistral_secure.findings`` event per call that found
something, so a callback handler (``UsageLoggingHandler``) and ``astream_events``
see what the perimeter did without seeing what the text said.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from langchain_core.callbacks.manager import (
    adispatch_custom_event,
    dispatch_custom_event,
)
from langchain_core.runnables import RunnableConfig

from langchain_mistral_secure.detection.engine import Finding, summarize_findings

FINDINGS_EVENT = "mistral_secure.findings"
"""Name of the custom event that carries finding counts."""

__all__ = ["FINDINGS_EVENT", "adispatch_findings", "dispatch_findings", "event_data"]


def event_data(component: str, findings: Iterable[Finding]) -> dict[str, Any]:
    """Build the event payload: the component and counts by category and rule.

    Example:
        >>> event_data("input_sanitizer", [Finding(0, 3, "inj.x", "override")])
        {'component': 'input_sanitizer', 'counts': {'override': 1}, 'rules': {'inj.x': 1}}
    """  # noqa: E501
    return {"component": component, **summarize_findings(findings)}


def _has_parent(config: RunnableConfig | None) -> bool:
    return bool(config and config.get("callbacks"))


def dispatch_findings(
    component: str, findings: Iterable[Finding], config: RunnableConfig | None
) -> None:
    """Dispatch the findings event from inside a run (no-op outside one or if empty)."""
    items = list(findings)
    if not items or not _has_parent(config):
        return
    try:
        dispatch_custom_event(
            FINDINGS_EVENT, event_data(component, items), config=config
        )
    except RuntimeError:
        # No parent run to attach to (called outside a chain): nothing listens.
        return


async def adispatch_findings(
    component: str, findings: Iterable[Finding], config: RunnableConfig | None
) -> None:
    """Async twin of :func:`dispatch_findings`."""
    items = list(findings)
    if not items or not _has_parent(config):
        return
    try:
        await adispatch_custom_event(
            FINDINGS_EVENT, event_data(component, items), config=config
        )
    except RuntimeError:
        return
