"""Which hand-written corpora are development data and which are blind.

Every benchmark, tool and test that must tell the two apart reads these two
constants: ``python -m benchmarks`` measures the dev corpora; the scorer
tools (``scorer``, ``scorer_corpora`` and through it ``scorer_judge``,
``scorer_sweep``, ``rule_veto``) refuse every number that is not dev data
(:func:`refuse_unless_dev`), and ``rule_precision`` refuses the blind ones;
the blind ones are measured only by the lead with ``python -m benchmarks.blind``. A
session that turns its blind corpus into dev data moves its number here and
rewrites the corpus README's status paragraph (``CONTRIBUTING.md``); nothing
else names the numbers.

Example:
    >>> from benchmarks.corpus_status import BLIND_CORPORA, DEV_CORPORA
    >>> DEV_CORPORA[0], max(DEV_CORPORA) < min(BLIND_CORPORA)
    (1, True)
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = [
    "BLIND_CORPORA",
    "DEV_CORPORA",
    "dev_range",
    "folder_name",
    "refuse_unless_dev",
    "report_key",
]

DEV_CORPORA: tuple[int, ...] = tuple(range(1, 68))
"""Development data: corpora 1-67 (corpora 66 and 67 since session h68)."""

BLIND_CORPORA: frozenset[int] = frozenset({68})
"""The blind corpus (68, written in h68 and kept unread: the judge of h69's
first candidate).

Never read by the dev tools, whatever their ``--corpora`` says.
"""


def dev_range() -> str:
    """The dev corpora as a range, for messages and help texts.

    Example:
        >>> dev_range()
        '1-67'
    """
    return f"{DEV_CORPORA[0]}-{DEV_CORPORA[-1]}"


def folder_name(number: int) -> str:
    """The folder of corpus ``number`` under ``benchmarks/``.

    Example:
        >>> folder_name(1), folder_name(7)
        ('blind_corpus', 'blind_corpus_7')
    """
    return "blind_corpus" if number == 1 else f"blind_corpus_{number}"


def report_key(number: int) -> str:
    """The key of corpus ``number`` in ``python -m benchmarks``' results.

    Example:
        >>> report_key(1), report_key(7)
        ('blind', 'blind_7')
    """
    return "blind" if number == 1 else f"blind_{number}"


def refuse_unless_dev(corpora: Iterable[int]) -> None:
    """Stop before any row is read when ``corpora`` names a non-dev corpus.

    Raises:
        SystemExit: Naming the first such corpus and the dev range.

    Example:
        >>> refuse_unless_dev([1, 2])
        >>> refuse_unless_dev([1, 0])  # doctest: +ELLIPSIS
        Traceback (most recent call last):
        ...
        SystemExit: corpus 0 is not development data (choose from 1-...)
    """
    refused = [n for n in corpora if n not in DEV_CORPORA]
    if refused:
        msg = f"corpus {refused[0]} is not development data (choose from {dev_range()})"
        raise SystemExit(msg)
