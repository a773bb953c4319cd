"""SE personnummer (birth date, serial, Luhn).

Validated by python-stdnum (``stdnum.se.personnummer``).
"""

from __future__ import annotations

from stdnum.se import personnummer

from langchain_mistral_secure.detection.identifiers.base import Identifier

__all__ = ["IDENTIFIER"]

IDENTIFIER = Identifier(
    id="se_personnummer",
    name="SE personnummer",
    pattern=r"\b((?:19|20)?\d{6}[\-+]?\d{4})\b",
    check=personnummer.is_valid,
    context=("personnummer", "personnr", "person number", "samordningsnummer"),
    context_rule="always",
    max_len=13,
    presidio="SE_PERSONNUMMER",
    example="880320-0016",
)
