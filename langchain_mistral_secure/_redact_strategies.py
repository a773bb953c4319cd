"""How a finding is written back: placeholders, masked hints, keyed hashes, blocks.

Split out of :mod:`langchain_mistral_secure.redactor` (which re-exports the
public names; :class:`SensitiveOutputError` keeps it as its module); the masker
and the CLI write findings the same way.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
from typing import Any

from langchain_mistral_secure._error_pickle import reduce_error

__all__ = ["SensitiveOutputError", "hash_value", "mask_value", "placeholder_name"]

_HASH_HEX = 8

_MASK_KEEP = 4
_MASK_MIN_VISIBLE = 8
_DIGIT_CATEGORIES = frozenset(
    {"credit_card", "card", "iban", "phone", "us_ssn", "ssn", "bank_account"}
)


@functools.lru_cache(maxsize=256)
def placeholder_name(category: str) -> str:
    """Upper-case a category for placeholders: ``"credit_card"`` → ``"CREDIT_CARD"``.

    Example:
        >>> placeholder_name("api-key")
        'API_KEY'
    """
    return "".join(c if c.isalnum() else "_" for c in category.upper()) or "REDACTED"


def _mask_email(value: str) -> str | None:
    local, at, domain = value.rpartition("@")
    if not at or not local or "." not in domain:
        return None
    host, _, tld = domain.rpartition(".")
    return f"{local[0]}***@{host[:1]}***.{tld}"


def _mask_keep_last(value: str) -> str:
    alnum = sum(1 for c in value if c.isalnum())
    keep = _MASK_KEEP if alnum >= _MASK_MIN_VISIBLE else 0
    out: list[str] = []
    for char in reversed(value):
        if char.isalnum():
            if keep > 0:
                out.append(char)
                keep -= 1
            else:
                out.append("*")
        else:
            out.append(char)
    return "".join(reversed(out))


def mask_value(category: str, value: str) -> str:
    """Return a masked hint of ``value``: enough to recognize, not to use.

    E-mail addresses keep their first letters and top-level domain; cards,
    IBANs, phone and social security numbers keep their last four characters;
    anything else (keys, tokens, content) shows only its category.

    Example:
        >>> mask_value("email", "john.doe@example.com")
        'j***@e***.com'
        >>> mask_value("credit_card", "4111 1111 1111 1234")
        '**** **** **** 1234'
        >>> mask_value("api_key", "sk-abc")
        '[API_KEY:****]'
    """
    if category == "email":
        masked = _mask_email(value)
        if masked is not None:
            return masked
    if category in _DIGIT_CATEGORIES:
        return _mask_keep_last(value)
    return f"[{placeholder_name(category)}:****]"


def hash_value(key: bytes, category: str, value: str) -> str:
    """Return a stable keyed pseudonym of ``value``: HMAC-SHA256, 8 hex digits.

    The category is part of the message, so one value found as two categories
    gets two pseudonyms.

    Example:
        >>> hash_value(b"k", "email", "a@b.co") == hash_value(b"k", "email", "a@b.co")
        True
        >>> hash_value(b"k", "email", "a@b.co")[:7]
        '[EMAIL:'
    """
    message = f"{category}\x00{value}".encode()
    digest = hmac.new(key, message, hashlib.sha256).hexdigest()
    return f"[{placeholder_name(category)}:{digest[:_HASH_HEX]}]"


class SensitiveOutputError(ValueError):
    """The output contained a finding whose category is set to ``block``.

    The message names categories and counts, never the text.

    Attributes:
        counts: Number of blocked findings per category.

    Example:
        >>> err = SensitiveOutputError({"api_key": 1})
        >>> str(err)
        'output blocked: sensitive content found (api_key: 1)'
    """

    def __init__(self, counts: dict[str, int]) -> None:
        """Build the error from per-category counts."""
        self.counts = dict(sorted(counts.items()))
        listed = ", ".join(f"{cat}: {n}" for cat, n in self.counts.items())
        super().__init__(f"output blocked: sensitive content found ({listed})")

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle by the counts (the error crosses process pools)."""
        return reduce_error(self, self.counts)

    @property
    def categories(self) -> list[str]:
        """The blocked categories, sorted."""
        return list(self.counts)


# Public at its pre-split path: pickles of the error name that module.
SensitiveOutputError.__module__ = "langchain_mistral_secure.redactor"
