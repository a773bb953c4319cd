"""AT Sozialversicherungsnummer (10 digits: serial, check digit, birth date).

Validated by python-stdnum (``stdnum.at.vnr``).
"""

from __future__ import annotations

from stdnum.at import vnr

from langchain_mistral_secure.detection.identifiers.base import Identifier

__all__ = ["IDENTIFIER"]

IDENTIFIER = Identifier(
    id="at_svnr",
    name="AT Sozialversicherungsnummer",
    pattern=r"\b(\d{4} ?\d{6})\b",
    check=vnr.is_valid,
    context=(
        "sozialversicherungsnummer",
        "svnr",
        "sv-nr",
        "vsnr",
        "versicherungsnummer",
        "e-card",
    ),
    context_rule="always",
    max_len=11,
    presidio=None,
    example="1237 010180",
)
