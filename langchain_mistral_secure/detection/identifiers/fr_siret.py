"""FR SIRET: establishment identification number (SIREN + 5 digits, Luhn).

Validated by python-stdnum (``stdnum.fr.siret``).
"""

from __future__ import annotations

from stdnum.fr import siret

from langchain_mistral_secure.detection.identifiers.base import Identifier

__all__ = ["IDENTIFIER"]

IDENTIFIER = Identifier(
    id="fr_siret",
    name="FR SIRET",
    pattern=r"\b(\d{3} ?\d{3} ?\d{3} ?\d{5})\b",
    check=siret.is_valid,
    context=("siret",),
    context_rule="always",
    max_len=17,
    presidio=None,
    example="732 829 320 00074",
)
