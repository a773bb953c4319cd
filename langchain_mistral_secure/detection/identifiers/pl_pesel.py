"""PL PESEL (11 digits: birth date, serial, weighted check digit).

Validated by python-stdnum (``stdnum.pl.pesel``).
"""

from __future__ import annotations

from stdnum.pl import pesel

from langchain_mistral_secure.detection.identifiers.base import Identifier

__all__ = ["IDENTIFIER"]

IDENTIFIER = Identifier(
    id="pl_pesel",
    name="PL PESEL",
    pattern=r"\b(\d{11})\b",
    check=pesel.is_valid,
    context=("pesel",),
    context_rule="always",
    max_len=11,
    presidio="PL_PESEL",
    example="44051401359",
)
