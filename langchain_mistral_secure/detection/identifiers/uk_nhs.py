"""UK NHS number (10 digits, mod 11).

Validated by python-stdnum (``stdnum.gb.nhs``).
"""

from __future__ import annotations

from stdnum.gb import nhs

from langchain_mistral_secure.detection.identifiers.base import Identifier

__all__ = ["IDENTIFIER"]

IDENTIFIER = Identifier(
    id="uk_nhs",
    name="UK NHS number",
    pattern=r"\b(\d{3}[ \-]?\d{3}[ \-]?\d{4})\b",
    check=nhs.is_valid,
    context=("nhs", "national health service", "chi number", "health and care number"),
    context_rule="always",
    max_len=12,
    presidio="UK_NHS",
    example="943 476 5919",
)
