"""Credentials on a ``curl -u`` / ``--user`` command line beyond ``name:secret``.

Two ways people write them that ``credentials.cli_user_password`` does not
read: an API key passed as the user with an empty password
(``curl -u sk_test_...:``, the way Stripe, Mailgun and Twilio document it),
and name and password quoted apart (``--user "name":"secret"``), sometimes
still in the braces of the documentation they were pasted into
(``"{name}":"{secret}"``). A braced or bare word that reads as a variable
(``{password}``, ``$PASS``) stays a placeholder.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.secrets.values import (
    random_token,
    url_password,
)

__all__ = ["RULES"]

_FLAG = r"(?:^|\s)(?:-u|--user|--proxy-user)[ \t]{1,4}"


def _braced_password(text: str) -> bool:
    """A password, braces around it dropped; a braced word is a template slot."""
    value = text.strip()
    if value.startswith("{") and value.endswith("}"):
        value = value[1:-1]
        if value.replace("_", "").isalpha():
            return False  # {password}, {api_key}
    return url_password(value) and not any(c in value for c in "{}$")


def _user_is_key(text: str) -> bool:
    """The user part is itself the key: random, long, not a name or e-mail."""
    return "@" not in text and random_token(text)


RULES: tuple[Rule, ...] = (
    Rule(
        id="secrets.cli_user_key",
        category="password",
        pattern=_FLAG + r"[\"']?([^\s:\"'<>\x60$]{10,128}):[\"']?(?:\s|$)",
        validator=_user_is_key,
        on_view=False,
        case_sensitive=True,
        group=1,
        max_len=150,
        score=0.8,
        description="API key as the user of curl -u with an empty password.",
    ),
    Rule(
        id="secrets.cli_user_password_quoted",
        category="password",
        pattern=(
            _FLAG + r"(?:\"[^\s\"]{1,100}\":\"|'[^\s']{1,100}':')"
            r"([^\s\"']{6,128})[\"']"
        ),
        validator=_braced_password,
        on_view=False,
        case_sensitive=True,
        group=1,
        max_len=250,
        score=0.8,
        description='Password quoted apart from the user: --user "name":"secret".',
    ),
)
"""The curl credential family's rules."""
