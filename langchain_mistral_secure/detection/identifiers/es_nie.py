"""ES NIE: número de identidad de extranjero (X/Y/Z, 7 digits, mod-23 letter).

Validated by python-stdnum (``stdnum.es.nie``).
"""

from __future__ import annotations

from stdnum.es import nie

from langchain_mistral_secure.detection.identifiers.base import Identifier

__all__ = ["IDENTIFIER"]

IDENTIFIER = Identifier(
    id="es_nie",
    name="ES NIE (número de identidad de extranjero)",
    # The letters in either case, as with the DNI (x2482300w).
    pattern=r"\b([XYZxyz][ \-]?\d{7}[ \-]?[A-Za-z])\b",
    check=nie.is_valid,
    context=(
        "nie",
        "número de identidad de extranjero",
        "numero de identidad de extranjero",
    ),
    context_rule="never",
    max_len=11,
    presidio="ES_NIE",
    example="X-2482300W",
)
