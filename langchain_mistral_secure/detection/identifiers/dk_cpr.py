"""DK CPR-nummer (birth date and serial).

Validated by python-stdnum (``stdnum.dk.cpr``).
"""

from __future__ import annotations

from stdnum.dk import cpr

from langchain_mistral_secure.detection.identifiers.base import Identifier

__all__ = ["IDENTIFIER"]

IDENTIFIER = Identifier(
    id="dk_cpr",
    name="DK CPR-nummer",
    pattern=r"\b(\d{6}[ \-]?\d{4})\b",
    check=cpr.is_valid,
    context=("cpr", "cpr-nummer", "cpr-nr", "personnummer"),
    context_rule="always",
    max_len=11,
    presidio=None,
    example="211062-5629",
)
