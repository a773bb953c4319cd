"""FI henkilötunnus (birth date, century sign, serial, mod-31 check character).

Validated by python-stdnum (``stdnum.fi.hetu``).
"""

from __future__ import annotations

from stdnum.fi import hetu

from langchain_mistral_secure.detection.identifiers.base import Identifier

__all__ = ["IDENTIFIER"]

IDENTIFIER = Identifier(
    id="fi_hetu",
    name="FI henkilötunnus (HETU)",
    # The century sign and check character as printed or in lower case.
    pattern=r"\b(\d{6}[\-+A-FU-Y]\d{3}[0-9A-Y]|\d{6}[\-+a-fu-y]\d{3}[0-9a-y])\b",
    check=hetu.is_valid,
    context=("hetu", "henkilötunnus", "henkilotunnus", "personbeteckning"),
    context_rule="never",
    max_len=11,
    presidio="FI_PERSONAL_IDENTITY_CODE",
    example="131052-308T",
)
