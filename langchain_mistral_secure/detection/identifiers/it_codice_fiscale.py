"""IT codice fiscale (16 characters: name, birth date and place, check letter).

Validated by python-stdnum (``stdnum.it.codicefiscale``).
"""

from __future__ import annotations

from stdnum.it import codicefiscale

from langchain_mistral_secure.detection.identifiers.base import Identifier

__all__ = ["IDENTIFIER"]

IDENTIFIER = Identifier(
    id="it_codice_fiscale",
    name="IT codice fiscale",
    # In capitals, as printed, or all in lower case, as typed; never mixed.
    pattern=(
        r"\b([A-Z]{6}[0-9LMNPQRSTUV]{2}[A-EHLMPRST][0-9LMNPQRSTUV]{2}[A-Z]"
        r"[0-9LMNPQRSTUV]{3}[A-Z]"
        r"|[a-z]{6}[0-9lmnpqrstuv]{2}[a-ehlmprst][0-9lmnpqrstuv]{2}[a-z]"
        r"[0-9lmnpqrstuv]{3}[a-z])\b"
    ),
    check=codicefiscale.is_valid,
    context=("codice fiscale", "cf", "c.f."),
    context_rule="never",
    max_len=16,
    presidio="IT_FISCAL_CODE",
    example="RCCMNL83S18D969H",
)
