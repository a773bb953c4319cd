"""FR SIREN: company identification number (9 digits, Luhn).

Validated by python-stdnum (``stdnum.fr.siren``).
"""

from __future__ import annotations

from stdnum.fr import siren

from langchain_mistral_secure.detection.identifiers.base import Identifier

__all__ = ["IDENTIFIER"]

IDENTIFIER = Identifier(
    id="fr_siren",
    name="FR SIREN",
    pattern=r"\b(\d{3} ?\d{3} ?\d{3})\b",
    check=siren.is_valid,
    context=("siren",),
    context_rule="always",
    max_len=11,
    presidio=None,
    example="732 829 320",
)
