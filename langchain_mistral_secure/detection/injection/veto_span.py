"""The span a veto may read: a finding of its categories, not a stream's cut rest.

Every veto that reads the words before a finding opens the same way: it
reads only findings of its categories, and it lets the finding stand when
the text may be a stream's rest. A stream rescans from the space it cut at,
so a text that opens on whitespace with fewer than ``reach`` characters
before the finding may have lost what stood there (a vocative, the model's
setup, the head of a list), and a veto that did not see it must not pass
the finding.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Finding

__all__ = ["veto_span"]


def veto_span(
    text: str,
    finding: Finding,
    reach: int,
    categories: tuple[str, ...] = ("override",),
) -> tuple[int, int] | None:
    """The finding's ``(start, end)`` if a veto reading ``reach`` back may judge it.

    Args:
        text: The text the finding was made in.
        finding: The finding the veto would pass.
        reach: How many characters before the finding the veto reads.
        categories: The finding categories the veto reads.

    Returns:
        ``(start, end)``, or None when the finding is of another category or
        the text may be a stream's rest that lost what came before it.

    Example:
        >>> from langchain_mistral_secure.detection.engine import Finding
        >>> f = Finding(4, 10, "injection.override.en", "override", 0.9)
        >>> veto_span("Now ignore it", f, 48)
        (4, 10)
        >>> veto_span(" Now ignore it", f, 48) is None
        True
        >>> veto_span("Now ignore it", f, 48, ("role",)) is None
        True
    """
    if finding.category not in categories:
        return None
    if finding.start < reach and text[:1].isspace():
        return None
    return finding.start, finding.end
