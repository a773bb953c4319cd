"""Secret detectors, one module per family, detect-secrets style (re-exports only).

Provider formats (``ai``, ``cloud``, ``devtools``, ``messaging``,
``payments``, ``infrastructure``, ``identity``), signed tokens and private
keys (``keys``), and credentials people write (``credentials``: URL
passwords, CLI flags, headers, SQL, password and key assignments in several
languages; ``curl_auth``: an API key as the ``curl -u`` user, a password
quoted apart from its user) are matched by RE2 on the raw text. Generic
``key/token/secret = value`` assignments only count when the value looks
random; password assignments count whatever the value looks like,
unless it is a placeholder (``xxxx``, ``<your-key>``, ``changeme``, ``${VAR}``,
``os.environ[...]``), a type name or code. Git SHAs, UUIDs and hex digests are
only reported next to a key-like name.

The shared instance is registered as ``"secrets"``::

    from langchain_mistral_secure.detection import get_detector
    findings = get_detector("secrets").detect(source_text)

Example:
    >>> text = "DB_PASSWORD=Tr0ub4dor&3"  # pragma: allowlist secret
    >>> [f.category for f in SecretDetector().detect(text)]
    ['password']
"""

from langchain_mistral_secure.detection.secrets.detector import (
    SECRET_CATEGORIES,
    SECRET_RULES,
    SecretDetector,
)
from langchain_mistral_secure.detection.secrets.keys import DEFAULT_PEM_WINDOW

__all__ = [
    "DEFAULT_PEM_WINDOW",
    "SECRET_CATEGORIES",
    "SECRET_RULES",
    "SecretDetector",
]
