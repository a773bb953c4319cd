"""EU and UK national identifiers, one module each (re-exports only).

RE2 finds candidates; python-stdnum validates their check digits; short
all-digit identifiers are reported only next to a keyword. See
``docs/pii-formats.md`` for the table of identifiers and their rules.
"""

from langchain_mistral_secure.detection.identifiers.base import (
    CONTEXT_WINDOW,
    ContextRule,
    Identifier,
)
from langchain_mistral_secure.detection.identifiers.catalog import (
    IDENTIFIER_CATEGORIES,
    IDENTIFIERS,
)
from langchain_mistral_secure.detection.identifiers.detector import (
    IdentifierDetector,
)

__all__ = [
    "CONTEXT_WINDOW",
    "IDENTIFIERS",
    "IDENTIFIER_CATEGORIES",
    "ContextRule",
    "Identifier",
    "IdentifierDetector",
]
