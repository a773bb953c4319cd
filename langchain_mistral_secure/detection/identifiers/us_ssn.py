"""US SSN as nine bare digits: opt-in, not in the default catalog.

The PII detector already reports SSNs written with separators
(``078-05-1123``) and nine bare digits right after ``SSN`` or ``social
security number``. Nine bare digits anywhere else are not reported by
default: 89% of random 9-digit numbers (order numbers, amounts, ids) are
valid-looking SSNs, since only areas 000, 666 and 900-999, group 00 and
serial 0000 were never issued. A deployment that wants them anyway adds this
identifier with its keyword made optional::

    IdentifierDetector(
        identifiers=(*IDENTIFIERS, us_ssn.IDENTIFIER),
        keyword_optional=("us_ssn",),
    )

Validated by the same never-issued rules as the PII detector's SSN rules.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.identifiers.base import Identifier
from langchain_mistral_secure.detection.validators import ssn_valid

__all__ = ["IDENTIFIER"]

IDENTIFIER = Identifier(
    id="us_ssn",
    name="US social security number, nine bare digits",
    pattern=r"\b(\d{9})\b",
    check=ssn_valid,
    context=("ssn", "social security", "ss#"),
    context_rule="always",
    max_len=9,
    presidio="US_SSN",
    example="078051121",
)
