"""BE national number: rijksregisternummer, numéro national (date, serial, mod 97).

Validated by python-stdnum (``stdnum.be.nn``).
"""

from __future__ import annotations

from stdnum.be import nn

from langchain_mistral_secure.detection.identifiers.base import Identifier

__all__ = ["IDENTIFIER"]

IDENTIFIER = Identifier(
    id="be_national_number",
    name="BE national number (rijksregisternummer, NISS)",
    pattern=r"\b(\d{2}\.?\d{2}\.?\d{2}[ \-]?\d{3}[ .\-]?\d{2})\b",
    check=nn.is_valid,
    context=(
        "rijksregisternummer",
        "rijksregister",
        "numéro national",
        "numero national",
        "registre national",
        "national number",
        "niss",
        "insz",
        "identificatienummer",
    ),
    context_rule="compact",
    max_len=15,
    presidio=None,
    example="85.07.30-033.28",
)
