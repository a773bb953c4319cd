"""ES DNI: documento nacional de identidad (8 digits and a mod-23 letter).

Validated by python-stdnum (``stdnum.es.dni``).
"""

from __future__ import annotations

from stdnum.es import dni

from langchain_mistral_secure.detection.identifiers.base import Identifier

__all__ = ["IDENTIFIER"]

IDENTIFIER = Identifier(
    id="es_dni",
    name="ES DNI / NIF (documento nacional de identidad)",
    pattern=r"\b(\d{8}[ \-]?[A-Z])\b",
    check=dni.is_valid,
    context=("dni", "nif", "documento nacional de identidad"),
    context_rule="never",
    max_len=10,
    presidio="ES_NIF",
    example="54362315-K",
)
