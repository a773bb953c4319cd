"""IE PPS number (7 digits and one or two check letters).

Validated by python-stdnum (``stdnum.ie.pps``).
"""

from __future__ import annotations

from stdnum.ie import pps

from langchain_mistral_secure.detection.identifiers.base import Identifier

__all__ = ["IDENTIFIER"]

IDENTIFIER = Identifier(
    id="ie_pps",
    name="IE PPS number",
    # The letters as printed or in lower case, never mixed.
    pattern=r"\b(\d{7}[A-W][A-IW]?|\d{7}[a-w][a-iw]?)\b",
    check=pps.is_valid,
    context=("pps", "ppsn", "personal public service"),
    context_rule="always",
    max_len=9,
    presidio=None,
    example="6433435F",
)
