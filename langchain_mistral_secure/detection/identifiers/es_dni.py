"""ES DNI: documento nacional de identidad (8 digits and a mod-23 letter).

Validated by python-stdnum (``stdnum.es.dni``). People drop the leading zero
(``1111111-G`` is ``01111111G``) and type the letter in lower case; both are
the same number, so both are found (the mod-23 letter still has to match).
"""

from __future__ import annotations

from stdnum.es import dni

from langchain_mistral_secure.detection.identifiers.base import Identifier, compact

__all__ = ["IDENTIFIER", "dni_valid"]

_SHORT = 8  # seven digits and the letter: the leading zero was dropped


def dni_valid(value: str) -> bool:
    """Whether ``value`` is a DNI, with or without its leading zero.

    Example:
        >>> dni_valid("54362315-K"), dni_valid("1111111-g"), dni_valid("54362315-J")
        (True, True, False)
    """
    number = compact(value)
    if len(number) == _SHORT:
        number = "0" + number
    return dni.is_valid(number)


IDENTIFIER = Identifier(
    id="es_dni",
    name="ES DNI / NIF (documento nacional de identidad)",
    pattern=r"\b(\d{7,8}[ \-]?[A-Za-z])\b",
    check=dni_valid,
    context=("dni", "nif", "documento nacional de identidad"),
    context_rule="never",
    max_len=10,
    presidio="ES_NIF",
    example="54362315-K",
)
