"""PT NIF: número de identificação fiscal (9 digits, mod 11).

Validated by python-stdnum (``stdnum.pt.nif``).
"""

from __future__ import annotations

from stdnum.pt import nif

from langchain_mistral_secure.detection.identifiers.base import Identifier

__all__ = ["IDENTIFIER"]

IDENTIFIER = Identifier(
    id="pt_nif",
    name="PT NIF (número de identificação fiscal)",
    pattern=r"\b(\d{3}[ .]?\d{3}[ .]?\d{3})\b",
    check=nif.is_valid,
    context=(
        "nif",
        "contribuinte",
        "número fiscal",
        "numero fiscal",
        "identificação fiscal",
        "identificacao fiscal",
        "nipc",
    ),
    context_rule="always",
    max_len=11,
    presidio=None,
    example="501 964 843",
)
