"""Typography shared by the jailbreak families: contractions with a curly apostrophe.

Jailbreak templates are pasted from web pages, chat apps and phones, which
type ``doesn\u2019t`` (U+2019) where a keyboard types ``doesn't``. The detection
view keeps the character as it is, so a rule written with ``'`` would miss
the same sentence typed on a phone. :func:`curly_apostrophes` rewrites a rule's
pattern so every contraction accepts both.
"""

from __future__ import annotations

import dataclasses

from langchain_mistral_secure.detection.engine import Rule

__all__ = ["APOSTROPHE", "curly_apostrophes", "with_curly_apostrophes"]

APOSTROPHE = "['\\x{2019}]"
"""An RE2 class for a straight or curly apostrophe."""


def curly_apostrophes(pattern: str) -> str:
    r"""Return ``pattern`` with each contraction's ``'`` also matching U+2019.

    Only an apostrophe followed by a letter and outside a character class is
    rewritten (``doesn't``, ``'re``, ``d'ora``); classes such as ``[\w'-]``
    and optional quotes such as ``'?`` are left as they are.

    Example:
        >>> curly_apostrophes("doesn't care") == "doesn" + APOSTROPHE + "t care"
        True
        >>> curly_apostrophes("[a'-]+")
        "[a'-]+"
    """
    out: list[str] = []
    in_class = False
    escaped = False
    for index, char in enumerate(pattern):
        if escaped:
            escaped = False
            out.append(char)
            continue
        if char == "\\":
            escaped = True
        elif char == "[" and not in_class:
            in_class = True
        elif char == "]" and in_class:
            in_class = False
        elif (
            char == "'"
            and not in_class
            and pattern[index + 1 : index + 2].isalpha()
            and pattern[index + 1 : index + 2].islower()
        ):
            out.append(APOSTROPHE)
            continue
        out.append(char)
    return "".join(out)


def with_curly_apostrophes(rules: tuple[Rule, ...]) -> tuple[Rule, ...]:
    """Return ``rules`` with :func:`curly_apostrophes` applied to each pattern.

    Example:
        >>> rule = Rule("demo.x", "role", "don't stop")
        >>> new = with_curly_apostrophes((rule,))[0]
        >>> new.pattern == curly_apostrophes("don't stop")
        True
    """
    return tuple(
        dataclasses.replace(rule, pattern=curly_apostrophes(rule.pattern))
        for rule in rules
    )
