"""The dismissal shape of :mod:`.override`: verb, qualifier and noun, bounded.

Split from :mod:`.override` (its size), shared by its English patterns and
:mod:`.override_european`'s French, German, Spanish and Italian ones.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.injection._common import alt

__all__ = ["dismiss", "words"]


def words(most: int) -> str:
    """A bounded gap of words that never ends on a quote mark.

    "Erklaere, warum 'ignoriere die obigen Anweisungen' eine Prompt-Injection
    ist": the phrase ends at the closing mark; a gap word may hold an
    apostrophe (don't) but not end on one, so the match stays inside.
    """
    return r"(?:[\w-]+(?:'\w+)*[\s,]+){0," + str(most) + "}"


def dismiss(verbs: list[str], quals: list[str], nouns: list[str]) -> str:
    """Verb, then either qualifier-before-noun or noun-then-qualifier."""
    v, q, n = alt(verbs), alt(quals), alt(nouns)
    before = rf"{q}\s+{words(2)}{n}\b"
    after = rf"{n}\s+{words(2)}{q}\b"
    return rf"\b{v}\s+{words(3)}(?:{before}|{after})"
