"""Griffe extension: read Google ``Example:`` sections as examples.

Our docstrings say ``Example:`` (singular, as LangChain's do); griffe reads only
``Examples:`` as an examples section and would render the doctest lines as prose.
"""

from __future__ import annotations

from typing import Any

import griffe


class ExampleSections(griffe.Extension):
    """Rename ``Example:`` section titles to ``Examples:`` before parsing."""

    def on_instance(self, *, obj: griffe.Object, **_: Any) -> None:
        """Rewrite the title in the object's docstring, if it has one."""
        doc = obj.docstring
        if doc is not None and "Example:" in doc.value:
            lines = doc.value.splitlines()
            doc.value = "\n".join(
                "Examples:"
                if line.strip() == "Example:" and not line.startswith(" ")
                else line
                for line in lines
            )
