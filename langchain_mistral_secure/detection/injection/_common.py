"""Pattern building blocks shared by the injection rule families.

Rules on the detection view see lower-cased, accent-free, folded text, so every
fragment here is lowercase ASCII. Gaps between words are bounded so each rule has
an honest ``max_len`` and streaming can hold back a bounded tail.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from langchain_mistral_secure.detection.engine import Rule

__all__ = [
    "CATEGORY",
    "alt",
    "gap",
    "parts_in_order",
    "raw_rule",
    "rules_in_orders",
    "words",
]

CATEGORY = {
    "override": "override",
    "role": "role",
    "extraction": "extraction",
    "template": "template",
    "smuggling": "smuggling",
    "encoded": "encoded",
}
"""The categories the injection detector reports (policies key on these)."""


def alt(words: Iterable[str]) -> str:
    """Return a non-capturing alternation of the given pattern fragments."""
    return "(?:" + "|".join(words) + ")"


def words(text: str) -> list[str]:
    """The fragments of a list written as whitespace-separated words.

    Long lists of fragments (one language's words after another's) read best
    as a block: no fragment holds a space, since a pattern's gaps are written
    as whitespace classes.

    Example:
        >>> words("forget  ignore   skip")
        ['forget', 'ignore', 'skip']
    """
    return text.split()


def gap(most: int) -> str:
    """Return a bounded gap of at most ``most`` words (with their separators)."""
    return r"(?:[\w'-]+[\s,]+){0," + str(most) + "}"


def chars_gap(most: int) -> str:
    """Return a lazy gap of at most ``most`` characters, newlines included.

    The families that read parts in order within a window (a forged paper, an
    emulated machine, a late relative, a jailbreak device) join them with it,
    so each rule's worst case is the sum of its parts and gaps.

    Example:
        >>> chars_gap(40)
        '(?s:.){0,40}?'
    """
    return r"(?s:.){0," + str(most) + "}?"


def raw_rule(  # noqa: PLR0913 - the fields of a Rule
    rule_id: str,
    category: str,
    pattern: str,
    description: str,
    *,
    score: float,
    max_len: int,
) -> Rule:
    """A rule on the text itself (invisible characters removed, any case).

    For scripts the folded detection view would mangle (CJK, Cyrillic, Arabic,
    Devanagari): the view folds to ASCII, so these patterns match the raw text.
    """
    return Rule(
        rule_id,
        category,
        pattern,
        on_view=False,
        score=score,
        max_len=max_len,
        description=description,
    )


def parts_in_order(parts: Mapping[str, str], order: Sequence[str]) -> str:
    """Join a rule's parts in one reading order, with the gaps written between them.

    Example:
        >>> parts_in_order({"a": "x", "b": "y"}, ("b", "-", "a"))
        'y-x'
    """
    return "".join(parts.get(piece, piece) for piece in order)


def rules_in_orders(  # noqa: PLR0913 - the fields the rules share
    prefix: str,
    category: str,
    parts: Mapping[str, str],
    orders: Iterable[tuple[str, Sequence[str]]],
    *,
    max_len: int,
    description: str,
    score: float = 0.8,
) -> tuple[Rule, ...]:
    """One rule per reading order of the same parts (ids ``<prefix>.<order name>``).

    Parts that may come in any order are one rule per order, not one rule
    with every order inside: that keeps each RE2 DFA small.
    """
    return tuple(
        Rule(
            f"{prefix}.{name}",
            category,
            parts_in_order(parts, order),
            score=score,
            max_len=max_len,
            description=description,
        )
        for name, order in orders
    )
