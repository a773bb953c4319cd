"""What a national identifier module declares, and how a candidate is decided.

Each identifier lives in its own small module, the way python-stdnum lays them
out: an RE2 pattern finds candidates by shape, python-stdnum validates the
check digits (and dates, where the number encodes one), and a context keyword
nearby is required wherever a random number of that shape would pass the check
too often (short all-digit numbers).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

import re2

from langchain_mistral_secure.detection.engine import Rule

__all__ = ["CONTEXT_WINDOW", "ContextRule", "Identifier", "compact"]

ContextRule = Literal["always", "compact", "never"]
"""When a context keyword is required: always, only for the compact (ungrouped)
form, or never (the format and its checksum are distinctive enough)."""

CONTEXT_WINDOW = 40
"""How many characters before a candidate (and half as many after) are searched
for its context keywords; no decision reads further."""

_SEPARATORS = frozenset(" .-/")


def compact(value: str) -> str:
    """Drop spaces, dots, dashes and slashes and upper-case ``value``.

    Example:
        >>> compact("85.07.30-033.28")
        '85073003328'
    """
    return "".join(char for char in value if char not in _SEPARATORS).upper()


@dataclass(frozen=True, slots=True)
class Identifier:
    r"""One national identifier: shape, checksum and context, as data.

    Attributes:
        id: Rule id suffix and category, e.g. ``"fr_nir"``.
        name: Human name, e.g. ``"FR NIR (social security number)"``.
        pattern: RE2 pattern; capture group 1 is the value.
        check: Validator of the matched value (python-stdnum's ``is_valid``).
        context: Keywords (lower case) that announce the identifier.
        context_rule: When a keyword is required (see :data:`ContextRule`).
        max_len: The longest match, for streaming hold-back.
        presidio: The Presidio entity name for the same identifier, if any.
        example: A valid made-up value, for documentation and tests.

    Example:
        >>> from stdnum.nl import bsn
        >>> spec = Identifier(
        ...     id="nl_bsn",
        ...     name="NL BSN",
        ...     pattern=r"\b(\d{9})\b",
        ...     check=bsn.is_valid,
        ...     context=("bsn",),
        ...     context_rule="always",
        ...     max_len=9,
        ... )
        >>> spec.rule().id
        'pii.nl_bsn'
    """

    id: str
    name: str
    pattern: str
    check: Callable[[str], bool]
    context: tuple[str, ...] = ()
    context_rule: ContextRule = "never"
    max_len: int = 24
    presidio: str | None = None
    example: str = ""

    def rule(self) -> Rule:
        """The engine rule that finds and validates candidates."""
        return Rule(
            id=f"pii.{self.id}",
            category=self.id,
            pattern=self.pattern,
            validator=self.check,
            on_view=False,
            case_sensitive=True,
            group=1,
            max_len=self.max_len + 2,
            score=0.95,
            description=self.name,
        )

    def context_pattern(self) -> str:
        """An RE2 alternation of the keywords, on word boundaries."""
        words = "|".join(re2.escape(word) for word in self.context)
        return r"(?i)(?:^|[^a-z0-9])(?:" + words + r")(?:[^a-z0-9]|$)"

    def needs_context(self, value: str) -> bool:
        """Whether this matched value is reported only next to a keyword."""
        if self.context_rule == "always":
            return True
        if self.context_rule == "compact":
            return value.isalnum()
        return False
