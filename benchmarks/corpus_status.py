"""Which hand-written corpora are development data and which are blind.

Every benchmark, tool and test that must tell the two apart reads these two
constants: ``python -m benchmarks`` measures the dev corpora, the rule and
scorer tools (``rule_precision``, ``scorer_corpora``, ``scorer_judge``,
``rule_veto``) read only them and refuse every other number, and the blind
ones are measured only by the lead with ``python -m benchmarks.blind``. A
session that turns its blind corpus into dev data moves its number here and
rewrites the corpus README's status paragraph (``CONTRIBUTING.md``); nothing
else names the numbers.

Example:
    >>> from benchmarks.corpus_status import BLIND_CORPORA, DEV_CORPORA
    >>> DEV_CORPORA[0], max(DEV_CORPORA) < min(BLIND_CORPORA)
    (1, True)
"""

from __future__ import annotations

__all__ = ["BLIND_CORPORA", "DEV_CORPORA", "dev_range", "folder_name"]

DEV_CORPORA: tuple[int, ...] = tuple(range(1, 22))
"""Development data: corpora 1-21 (corpus 21 since session h37)."""

BLIND_CORPORA: frozenset[int] = frozenset({22})
"""The blind estimate (22, written in h37).

Never read by the dev tools, whatever their ``--corpora`` says.
"""


def dev_range() -> str:
    """The dev corpora as a range, for messages and help texts.

    Example:
        >>> dev_range()
        '1-21'
    """
    return f"{DEV_CORPORA[0]}-{DEV_CORPORA[-1]}"


def folder_name(number: int) -> str:
    """The folder of corpus ``number`` under ``benchmarks/``.

    Example:
        >>> folder_name(1), folder_name(7)
        ('blind_corpus', 'blind_corpus_7')
    """
    return "blind_corpus" if number == 1 else f"blind_corpus_{number}"
