"""FR NIR: numéro de sécurité sociale (15 digits, key mod 97; Corsica 2A/2B).

Validated by python-stdnum (``stdnum.fr.nir``).
"""

from __future__ import annotations

from stdnum.fr import nir

from langchain_mistral_secure.detection.identifiers.base import Identifier

__all__ = ["IDENTIFIER"]

IDENTIFIER = Identifier(
    id="fr_nir",
    name="FR NIR (numéro de sécurité sociale)",
    pattern=(
        r"\b([12][ .]?\d{2}[ .]?\d{2}[ .]?(?:\d{2}|2[AB])"
        r"[ .]?\d{3}[ .]?\d{3}[ .]?\d{2})\b"
    ),
    check=nir.is_valid,
    context=(
        "nir",
        "sécurité sociale",
        "securite sociale",
        "sécu",
        "secu",
        "insee",
        "carte vitale",
        "social security",
        "nss",
        "n° ss",
    ),
    context_rule="compact",
    max_len=21,
    presidio=None,
    example="2 95 10 99 126 111 93",
)
