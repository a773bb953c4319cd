"""NL BSN: burgerservicenummer (9 digits, 11-test).

Validated by python-stdnum (``stdnum.nl.bsn``).
"""

from __future__ import annotations

from stdnum.nl import bsn

from langchain_mistral_secure.detection.identifiers.base import Identifier

__all__ = ["IDENTIFIER"]

IDENTIFIER = Identifier(
    id="nl_bsn",
    name="NL BSN (burgerservicenummer)",
    pattern=r"\b(\d{4}\.\d{2}\.\d{3}|\d{3}[ .]?\d{3}[ .]?\d{3})\b",
    check=bsn.is_valid,
    context=(
        "bsn",
        "burgerservicenummer",
        "sofinummer",
        "sofi-nummer",
        "citizen service number",
    ),
    context_rule="always",
    max_len=11,
    presidio=None,
    example="1112.22.333",
)
