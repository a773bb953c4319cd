"""HTML tables for notebooks: left-aligned, scrolling when wide, escaped.

``_repr_html_`` of findings, scan results, usage records and reports use
:func:`html_table`, and the notebooks use it for their own example tables, so
every table in a notebook looks the same and none is right-aligned or cut off.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

__all__ = ["HTMLTable", "html_table"]


class HTMLTable(str):
    """HTML that Jupyter renders as is (``display(table)`` or last expression)."""

    __slots__ = ()

    def _repr_html_(self) -> str:
        return str(self)


_CELL = "text-align:left;vertical-align:top;white-space:pre-wrap"


def html_table(
    rows: Iterable[Mapping[str, Any] | Sequence[Any]],
    columns: Sequence[str] | None = None,
    caption: str = "",
) -> HTMLTable:
    """Render rows as an escaped, left-aligned HTML table in a scrolling box.

    Args:
        rows: Dicts (keyed by column) or sequences (in column order).
        columns: Column names; default the keys of the dict rows, in order.
        caption: A caption above the table.

    Returns:
        The HTML, which a notebook displays as a table.

    Example:
        >>> "<th" in html_table([{"rule": "pii.email", "count": 2}])
        True
    """
    items = list(rows)
    if columns is None:
        columns = list(
            dict.fromkeys(k for row in items if isinstance(row, Mapping) for k in row)
        )
    head = "".join(f"<th style='{_CELL}'>{html.escape(str(c))}</th>" for c in columns)
    body = []
    for row in items:
        values = [row.get(c, "") for c in columns] if isinstance(row, Mapping) else row
        cells = "".join(
            f"<td style='{_CELL}'><code>{html.escape(str(v))}</code></td>"
            for v in values
        )
        body.append(f"<tr>{cells}</tr>")
    cap = (
        f"<caption style='text-align:left'><b>{html.escape(caption)}</b></caption>"
        if caption
        else ""
    )
    return HTMLTable(
        "<div style='overflow-x:auto;max-width:100%'>"
        f"<table style='margin-left:0'>{cap}<thead><tr>{head}</tr></thead>"
        f"<tbody>{''.join(body)}</tbody></table></div>"
    )
