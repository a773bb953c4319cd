"""PII detectors: e-mail, phone, payment card, IBAN, US SSN, IP, national ids.

Candidates are found by RE2 patterns on the text folded to ASCII digits and
forms; validators then cut the false positives RE2 cannot express (Luhn,
mod 97, SSN areas, IP parsing, python-stdnum checksums), and phone candidates
are confirmed by Google's libphonenumber (``phonenumbers``), failing closed for
numbers it calls unallocated that still read as phone numbers.

One module per family (``email``, ``phones``, ``banking``, ``network``; the
national identifiers live in ``detection.identifiers``). Every decision is
local: whether a value is reported depends on the value and at most
:data:`LOCALITY` characters around it, so a streaming window agrees with a scan
of the whole text. What each family accepts and refuses is documented in
``docs/pii-formats.md``.

The shared instance is registered as ``"pii"``::

    from langchain_mistral_secure.detection import get_detector
    findings = get_detector("pii").detect("mail me at jane@example.org")

Example:
    >>> text = "Tel: ０３－１２３４－５６７８, mail _jane@example.org_"
    >>> [(f.category, text[f.start:f.end]) for f in sorted(PIIDetector().detect(text))]
    [('phone', '０３－１２３４－５６７８'), ('email', 'jane@example.org')]
"""

from langchain_mistral_secure.detection.pii.common import LOCALITY, fold_for_formats
from langchain_mistral_secure.detection.pii.detector import (
    PHONE_CHECK_BUDGET,
    PII_CATEGORIES,
    PII_RULES,
    PIIDetector,
    build_pii_detector,
)
from langchain_mistral_secure.detection.pii.phones import DEFAULT_PHONE_REGIONS

__all__ = [
    "DEFAULT_PHONE_REGIONS",
    "LOCALITY",
    "PHONE_CHECK_BUDGET",
    "PII_CATEGORIES",
    "PII_RULES",
    "PIIDetector",
    "build_pii_detector",
    "fold_for_formats",
]
