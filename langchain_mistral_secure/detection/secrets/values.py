"""Value checks shared by the secret families, and the provider-rule helper.

A provider format is a secret unless it is a placeholder or typed-in filler;
looser shapes must also look random; assigned values must not be template
variables, resource paths or code.
"""

from __future__ import annotations

import re2

from langchain_mistral_secure.detection.engine import Rule, Validator
from langchain_mistral_secure.detection.validators import (
    has_filler_run,
    is_placeholder,
    is_uuid_or_hash,
    looks_random,
    shannon_entropy,
)

__all__ = [
    "SEP",
    "auth_value",
    "fb_app_token",
    "masked_or_counting",
    "mistral_standalone",
    "mixed_token",
    "provider_rule",
    "random_token",
    "random_value",
    "resource_path",
    "sk_key",
    "slack_value",
    "token_value",
    "url_password",
]

# Between a key name and its value: closing quote, operator, opening quote.
SEP = r"[\"'\x60\]]?[ \t]{0,4}(?:=>|:=|=|:)[ \t]{0,4}[\"'\x60]?"

# Masking runs (``####``, ``****``, ``••••``) and typed counting (``12345678``).
_MASK_RUN = re2.compile(r"#{4}|\*{4}|\x{2022}{3}|[xX]{6}")
_COUNTING = ("01234567", "12345678", "23456789", "98765432", "87654321")
# "OpenAI" in base64, which OpenAI keys carry; a key with the marker altered
# (T4BlbkFJ) was edited by hand.
_OPENAI_MARKER = "T3BlbkFJ"


def masked_or_counting(value: str) -> bool:
    """A value masked out (``xoxp-...-####``) or typed by counting (``1234567890``).

    Example:
        >>> masked_or_counting("xoxp-5723-####"), masked_or_counting("dapi1234567890ab")
        (True, True)
        >>> masked_or_counting("q8Zr2LmW9vXk4TbN7pQs")
        False
    """
    return bool(_MASK_RUN.search(value)) or any(run in value for run in _COUNTING)


def resource_path(value: str) -> bool:
    """A resource name or file path (``projects/p/secrets/s/versions/1``).

    Paths name where a secret lives, they are not the secret: at least three
    short segments of which two or more are plain words. Base64 secrets that
    happen to contain ``/`` have long, mixed segments instead.
    """
    segments = value.strip("/").split("/")
    if len(segments) < 3 or any(len(segment) > 24 for segment in segments):  # noqa: PLR2004
        return False
    return sum(segment.isalpha() for segment in segments) >= 2  # noqa: PLR2004


def random_value(text: str) -> bool:
    """A credential value: random-looking, not a placeholder or a path."""
    value = text.strip().strip("\"'`")
    if is_placeholder(value) or resource_path(value) or value.endswith(".."):
        return False
    if masked_or_counting(value):
        return False
    if is_uuid_or_hash(value):
        # Next to a key-like name a hex digest or UUID is a secret.
        return True
    return looks_random(value, min_length=10, min_entropy=2.5)


def token_value(text: str) -> bool:
    """A provider token: any value of the right format but typed-in filler."""
    return not is_placeholder(text) and not has_filler_run(text)


def random_token(text: str) -> bool:
    """A short or loosely delimited format: the value must also look random."""
    return token_value(text) and looks_random(text, min_length=10, min_entropy=3.0)


def mixed_token(text: str) -> bool:
    """Base62 secrets (Artifactory ``AP...``): upper, lower and digits, random."""
    return (
        random_token(text)
        and any(char.isupper() for char in text)
        and any(char.islower() for char in text)
        and any(char.isdigit() for char in text)
    )


def fb_app_token(text: str) -> bool:
    """``app_id|token``: the part after the bar must look random."""
    return random_token(text.rpartition("|")[2])


def mistral_standalone(text: str) -> bool:
    """32 alphanumerics without context: only if clearly random, not hex."""
    if is_uuid_or_hash(text) or is_placeholder(text):
        return False
    has_upper = any(char.isupper() for char in text)
    has_lower = any(char.islower() for char in text)
    has_digit = any(char.isdigit() for char in text)
    return has_upper and has_lower and has_digit and shannon_entropy(text) >= 4.0  # noqa: PLR2004


def sk_key(text: str) -> bool:
    """An ``sk-`` key (not Anthropic's): long, random, not filler."""
    if text.startswith("sk-ant-"):
        return False  # reported by the Anthropic rule
    if _OPENAI_MARKER[2:] in text and _OPENAI_MARKER not in text:
        return False  # the marker altered by hand: a made-up example
    return token_value(text) and looks_random(text, min_length=20, min_entropy=3.5)


def slack_value(text: str) -> bool:
    """A Slack token ends in its random part: letters in it, not a number or a mask.

    Example:
        >>> slack_value("xoxp-5723705293-5738073011-5723316911-####")
        False
    """
    # The numeric parts are team and user ids (examples count in them); the
    # last part is the secret.
    tail = text.rsplit("-", 1)[-1]
    return (
        token_value(text)
        and not masked_or_counting(tail)
        and any(char.isalpha() for char in tail)
    )


def url_password(text: str) -> bool:
    """A password in a URL or ``-u name:password``: not a word or a variable."""
    value = text.strip()
    if value.lower() in ("password", "pass", "passwd", "pwd", "secret", "token"):
        return False
    return not is_placeholder(value) and not value.startswith(("$", "%", "{", "<"))


def auth_value(text: str) -> bool:
    """A header credential: eight characters or more, not a placeholder."""
    value = text.strip()
    return len(value) >= 8 and not is_placeholder(value)  # noqa: PLR2004


def provider_rule(  # noqa: PLR0913 - a rule is data; each field is named
    name: str,
    pattern: str,
    max_len: int,
    what: str,
    *,
    group: int = 0,
    validator: Validator = token_value,
) -> Rule:
    r"""A provider format rule: raw text, case-sensitive, category ``api_key``.

    Example:
        >>> provider_rule("npm_token", r"\bnpm_[A-Za-z0-9]{36}\b", 40, "npm").id
        'secrets.npm_token'
    """
    return Rule(
        id=f"secrets.{name}",
        category="api_key",
        pattern=pattern,
        validator=validator,
        on_view=False,
        case_sensitive=True,
        group=group,
        max_len=max_len,
        score=0.9,
        description=what,
    )
