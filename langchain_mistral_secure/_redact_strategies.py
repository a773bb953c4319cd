"""How a finding is written back: placeholder names and masked hints.

Split out of :mod:`langchain_mistral_secure.redactor` (which re-exports the
public names); the masker and the CLI write findings the same way.
"""

from __future__ import annotations

import functools

__all__ = ["mask_value", "placeholder_name"]

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
