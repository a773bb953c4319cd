"""DE Steuer-ID: steuerliche Identifikationsnummer (11 digits, ISO 7064 mod 11,10).

Validated by python-stdnum (``stdnum.de.idnr``).
"""

from __future__ import annotations

from stdnum.de import idnr

from langchain_mistral_secure.detection.identifiers.base import Identifier

__all__ = ["IDENTIFIER"]

IDENTIFIER = Identifier(
    id="de_idnr",
    name="DE Steuer-ID (steuerliche Identifikationsnummer)",
    pattern=r"\b(\d{2} ?\d{3} ?\d{3} ?\d{3})\b",
    check=idnr.is_valid,
    context=(
        "steuer-id",
        "steuerid",
        "steuer id",
        "steuer-identifikationsnummer",
        "steueridentifikationsnummer",
        "identifikationsnummer",
        "idnr",
        "id-nr",
        "tin",
        "tax id",
        "tax identification",
    ),
    context_rule="always",
    max_len=14,
    presidio="DE_TAX_ID",
    example="36 574 261 809",
)
