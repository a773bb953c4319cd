"""Credentials people write: URL user:password, CLI flags, headers, assignments.

Key-like names (``api_key``, ``secret``, ``token``, ``auth``) count when their
value looks random. Password names (``password``, ``pwd``, ``pass``, ``pw``,
``Passwort``, ``Kennwort``, ``mot de passe``, ``contraseña``, ``wachtwoord``,
``parola d'ordine``, ``senha``...) count whatever the value looks like, in
``key=value``, ``key: value``, JSON/YAML, ``ANYpassword=``, CLI flags
(``--password=``, ``-pwd:``, ``mysql -pSECRET``, ``sshpass -p``), SQL
(``IDENTIFIED BY '...'``, ``PASSWORD '...'``), connection strings
(``Password=...;``) and URL query strings, unless the value is a placeholder
(``<password>``, ``${VAR}``, ``****``, ``xxx``, ``changeme``), a type or a
keyword (``str``, ``required``, ``true``), a variable or code.
"""

from __future__ import annotations

import re2

from langchain_mistral_secure.detection.engine import Finding, Rule
from langchain_mistral_secure.detection.secrets.names import (
    ASSIGN,
    ASSIGN_BARE,
    DOTTED_NAME,
    LONG_PASSWORD_STEMS,
    SHORT_PASSWORD_STEMS,
    password_name_ok,
)
from langchain_mistral_secure.detection.secrets.values import (
    auth_value,
    random_value,
    url_password,
)
from langchain_mistral_secure.detection.validators import is_placeholder

__all__ = [
    "ASSIGNMENT_PATTERNS",
    "CREDENTIAL_RULES",
    "PASSWORD_MAX_LEN",
    "find_passwords",
]

# Values that name a type, a keyword or a form state, not a password.
_NOT_PASSWORDS = frozenset(
    {"str", "string", "text", "bool", "boolean", "int", "integer", "number",
     "char", "varchar", "bytes", "secret", "secretstr", "password", "passwd",
     "pwd", "pass", "true", "false", "yes", "no", "on", "off", "none", "null",
     "nil", "undefined", "required", "optional", "hidden", "masked", "empty",
     "blank", "unset", "todo", "tbd", "n/a", "na", "string?", "object", "any",
     "field", "input", "prompt", "ask", "env", "environment", "vault", "file",
     "sha256", "bcrypt", "md5", "plain", "plaintext", "default", "random",
     "generated", "auto", "same", "different", "incorrect", "invalid", "wrong",
     "expired", "reset", "changed", "mandatory", "obligatoire", "erforderlich",
     "your", "the", "a", "an", "new", "old", "current", "user", "admin",
     "root", "username", "login", "required.", "self", "this", "params",
     "request", "args", "kwargs", "config", "settings", "options", "opts",
     "enabled", "disabled", "enable", "disable", "allowed", "denied", "active",
     "inactive", "supported", "unsupported", "none_required"}
)  # fmt: skip
# An attribute of a lower-case object, and a constant's name: code, not a value.
_ATTRIBUTE = re2.compile(r"^[a-z_][a-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+$")
_CONSTANT = re2.compile(r"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$")
_SNAKE = re2.compile(r"^[a-z_][a-z0-9_]*$")
_VARIABLE_START = ("$", "%", "{", "<", "[", "@", "!", "&", "*", "#", "(")


def password_value(text: str, *, strict: bool) -> bool:
    """Whether an assigned value is a password rather than a placeholder or code.

    ``strict`` (prose may follow, or the name is a loose match) also asks for
    a digit, a symbol or mixed case, as chosen passwords nearly always have.

    Example:
        >>> password_value("hunter2", strict=True)
        True
        >>> password_value("<password>", strict=False)
        False
        >>> password_value("required", strict=False)
        False
        >>> password_value("changeme", strict=False)
        False
    """
    value = text.strip()
    if len(value) < 3 or value.lower() in _NOT_PASSWORDS:  # noqa: PLR2004
        return False
    if value.startswith(_VARIABLE_START) or is_placeholder(value):
        return False
    if DOTTED_NAME.match(value) or _ATTRIBUTE.match(value) or _CONSTANT.match(value):
        return False  # code: args.password, settings.DB_PASS, DB_PASSWORD
    if _SNAKE.match(value) and ("_" in value or _names_password(value)):
        return False  # a variable: db_password, detect_passwords, new_pass
    if not strict:
        return True
    has_digit = any(char.isdigit() for char in value)
    has_symbol = any(not char.isalnum() for char in value)
    mixed = any(char.isupper() for char in value[1:]) and any(
        char.islower() for char in value
    )
    return has_digit or has_symbol or mixed


def _names_password(value: str) -> bool:
    return any(stem in value for stem in LONG_PASSWORD_STEMS) or value in (
        SHORT_PASSWORD_STEMS
    )


def any_password(text: str) -> bool:
    """A password in a form that announces one (SQL, CLI flag): not strict."""
    return password_value(text, strict=False)


CREDENTIAL_RULES: tuple[Rule, ...] = (
    Rule(
        id="secrets.url_credentials",
        category="url_credentials",
        pattern=(
            # The user part may be empty (redis://:password@host).
            r"\b[A-Za-z][A-Za-z0-9+.\-]{1,20}://[^\s:/?#@\"'<>]{0,64}:"
            r"([^\s/?#@\"'<>]{1,256})@[A-Za-z0-9\[]"
        ),
        validator=url_password,
        on_view=False,
        group=1,
        max_len=352,
        score=0.9,
        description="Password in a URL (scheme://user:password@host).",
    ),
    Rule(
        id="secrets.cli_user_password",
        category="password",
        pattern=(
            r"(?:^|\s)(?:-u|--user|--proxy-user)[ \t]{1,4}[\"']?"
            r"[^\s:\"'<>\x60]{0,64}[\"']?:[\"']?([^\s\"':<>(),;\x60]{6,128})"
        ),
        validator=url_password,
        on_view=False,
        case_sensitive=True,
        group=1,
        max_len=216,
        score=0.8,
        description="Password in a command line (curl -u name:secret).",
    ),
    Rule(
        id="secrets.auth_header",
        category="auth_header",
        pattern=(
            r"\b(?:authorization|proxy-authorization|x-api-key|api-key|apikey|"
            r"x-auth-token|private-token|api-token|x-[a-z]{1,20}-apikey)"
            r"[\"']?[ \t]{0,4}:[ \t]{0,4}[\"']?"
            r"(?:(?:bearer|basic|token|api-token|apikey|digest)[ \t]{1,4})?"
            r"([A-Za-z0-9._~+/=\-]{8,200})"
        ),
        validator=auth_value,
        on_view=False,
        group=1,
        max_len=256,
        score=0.85,
        description="Credential in an HTTP Authorization / API-key header.",
    ),
    Rule(
        id="secrets.assignment_quoted",
        category="secret_assignment",
        pattern=ASSIGN + r"[\"'\x60]([^\"'\x60\s]{8,128})[\"'\x60]",
        validator=random_value,
        on_view=False,
        group=1,
        max_len=232,
        score=0.7,
        description="Quoted random value (no spaces) assigned to a key-like name.",
    ),
    Rule(
        id="secrets.assignment_bare",
        category="secret_assignment",
        pattern=ASSIGN_BARE
        + r"([^\s\"'\x60,;&<>(){}\[\]]{7,127}[^\s\"'\x60,;&<>(){}\[\]:])",
        validator=random_value,
        on_view=False,
        group=1,
        max_len=232,
        score=0.7,
        description="Unquoted random value assigned to a key/token/secret/password.",
    ),
    Rule(
        id="secrets.sql_password",
        category="password",
        pattern=(
            r"(?i)\b(?:identified(?:[ \t]+with[ \t]+[a-z0-9_]{1,40})?[ \t]+by"
            r"|(?:with|login|role|user)[ \t]+(?:encrypted[ \t]+)?password"
            r"|set[ \t]+password[^=\n]{0,80}=[ \t]*(?:password[ \t]*\()?)"
            r"[ \t]*[\"']([^\"'\n]{1,128})[\"']"
        ),
        validator=any_password,
        on_view=False,
        group=1,
        max_len=256,
        score=0.85,
        description="SQL password: IDENTIFIED BY '...', WITH PASSWORD '...'.",
    ),
    Rule(
        id="secrets.cli_password_attached",
        category="password",
        pattern=(
            r"\b(?:mysql|mysqldump|mysqladmin|mysqlimport|mariadb|mariadb-dump)\b"
            r"[^\n|;&]{0,120}?[ \t]-p([^\s\"'\x60-][^\s\"'\x60]{2,127})"
        ),
        validator=any_password,
        on_view=False,
        case_sensitive=True,
        group=1,
        max_len=256,
        score=0.85,
        description="MySQL/MariaDB client password attached to -p (mysql -p<secret>).",
    ),
    Rule(
        id="secrets.cli_password_flag",
        category="password",
        pattern=(
            r"\b(?:sshpass|sqlcmd|bcp|mongo|mongosh|mongodump|mongorestore|"
            r"redis-cli|(?:docker|podman|nerdctl|helm[ \t]+registry)[ \t]+login)\b"
            r"[^\n|;&]{0,120}?[ \t](?:-p|-P|-a)[ \t]{1,4}[\"']?"
            r"([^\s\"'\x60-][^\s\"'\x60]{2,127})"
        ),
        validator=any_password,
        on_view=False,
        case_sensitive=True,
        group=1,
        max_len=256,
        score=0.85,
        description="Password after -p/-P/-a of sshpass, sqlcmd, mongo, redis-cli, "
        "docker login.",
    ),
    Rule(
        id="secrets.secure_string",
        category="password",
        pattern=(
            r"(?i)convertto-securestring[ \t]+(?:-string[ \t]+)?"
            r"[\"']([^\"'\n]{1,128})[\"']"
        ),
        validator=any_password,
        on_view=False,
        group=1,
        max_len=180,
        score=0.85,
        description="PowerShell ConvertTo-SecureString with a literal password.",
    ),
)
"""RE2 rules for credentials; password assignments are found by
:func:`find_passwords`."""

PASSWORD_MAX_LEN = 256
"""The longest password assignment :func:`find_passwords` reports (name + value)."""

# Password names: any name containing a long stem, a short stem, or a phrase.
_STEMS = "|".join(
    sorted({*LONG_PASSWORD_STEMS, *SHORT_PASSWORD_STEMS}, key=len, reverse=True)
)
_PHRASES = (
    r"mot[ \t]de[ \t]passe|parola[ \t]d['\x{2019}]ordine|parola[ \t]chiave|"
    r"pass[ \t]phrase|contrase[nñ]a|パスワード|密码|密碼|비밀번호|пароль|jelszó"
)
# name (group 1), closing quote, operator or "is", then the value: quoted
# (groups 2-4) or bare (group 5).
_PHRASE = re2.compile(r"(?i)^(?:" + _PHRASES + r")$")
_PASSWORD = re2.compile(
    r"(?i)(?:^|[^A-Za-z0-9_.\-])("
    r"[A-Za-z0-9_.\-]{0,40}(?:" + _STEMS + r")[A-Za-z0-9_.\-]{0,24}"
    r"|" + _PHRASES + r")"
    r"[\"'\x60\]]?"
    r"(?:[ \t]{0,4}(?:=>|:=|==|!=|=|:|\x{FF1A})[ \t]{0,4}"
    r"|[ \t]+(?:is|est|ist|es|è|é|was)[ \t]*:?[ \t]*)"
    r"(?:\"([^\"\n]{1,128})\"|'([^'\n]{1,128})'|\x60([^\x60\n]{1,128})\x60"
    r"|([^\s\"'\x60,;<>(){}\[\]]{1,128}))"
)


# A command-line flag naming a password, its value after a space.
_PASSWORD_FLAG = re2.compile(
    r"(?i)(?:^|[ \t])--?([A-Za-z0-9\-]{0,30}(?:" + _STEMS + r")[A-Za-z0-9\-]{0,20})"
    r"[ \t]+[\"']?([^\s\"'\x60\-][^\s\"'\x60]{2,127})"
)


ASSIGNMENT_PATTERNS: tuple[str, ...] = (_PASSWORD.pattern, _PASSWORD_FLAG.pattern)
"""The patterns :func:`find_passwords` searches (for a detector's one-pass gate)."""


def _value_group(match: object) -> tuple[int, int, bool]:
    """The span of the value and whether it was quoted."""
    for group in (2, 3, 4):
        start, end = match.span(group)  # type: ignore[attr-defined]
        if start >= 0:
            return start, end, True
    start, end = match.span(5)  # type: ignore[attr-defined]
    return start, end, False


def find_passwords(raw: str) -> list[Finding]:
    """Password assignments in ``raw`` (one RE2 pass; local checks only).

    Example:
        >>> text = "DBpassword=Tr0ub4dor&3 pwd: <pw>"  # pragma: allowlist secret
        >>> [text[f.start:f.end] for f in find_passwords(text)]
        ['Tr0ub4dor&3']
    """
    found = _password_flags(raw)
    for match in _PASSWORD.finditer(raw):
        name = match.group(1)
        if not _PHRASE.match(name) and not password_name_ok(name):
            continue
        start, end, quoted = _value_group(match)
        if quoted and _code_between_quotes(raw[start:end]):
            continue
        if not quoted:
            end = _bare_end(raw, start, end)
            if end <= start:
                continue
            if raw[end : end + 1] == "(":
                continue  # a call: getpass(), input(...)
        operator = raw[match.end(1) : start]
        prose = raw[end : end + 1] == " " and raw[end + 1 : end + 2].isalpha()
        word_operator = not any(char in "=:\uff1a" for char in operator)
        # "Password: must be 8 characters" and "the password is <value>": a
        # bare value in prose must look chosen (a digit, symbol or mixed case).
        strict = not quoted and (prose or word_operator)
        if not password_value(raw[start:end], strict=strict):
            continue
        found.append(
            Finding(
                start=start,
                end=end,
                rule_id="secrets.password_assignment",
                category="password",
                score=0.8,
            )
        )
    return found


def _code_between_quotes(value: str) -> bool:
    """A quoted "value" that is really code between two string literals.

    ``'password = "', PW, '"'`` quotes ``', PW, '``: it starts or ends with a
    quote or a comma, which a chosen password practically never does.
    """
    return value[:1] in "'\"`,;)" or value[-1:] in "'\"`,("


def _password_flags(raw: str) -> list[Finding]:
    """``--password VALUE``, ``-Password VALUE``: a flag, a space, the value."""
    found: list[Finding] = []
    for match in _PASSWORD_FLAG.finditer(raw):
        name = match.group(1)
        if not password_name_ok(name):
            continue
        start, end = match.span(2)
        short = name.lower().strip("-") in SHORT_PASSWORD_STEMS
        if not password_value(raw[start:end], strict=short):
            continue
        found.append(
            Finding(
                start=start,
                end=end,
                rule_id="secrets.password_flag",
                category="password",
                score=0.8,
            )
        )
    return found


def _bare_end(raw: str, start: int, end: int) -> int:
    """Cut a bare value at a query-string ``&next=`` and a sentence's final dot."""
    value = raw[start:end]
    amp = value.find("&")
    while amp >= 0:
        tail = value[amp + 1 :]
        key = tail.split("=", 1)[0]
        if "=" in tail and key and all(c.isalnum() or c in "_-." for c in key):
            end = start + amp
            break
        amp = value.find("&", amp + 1)
    while end > start and raw[end - 1] in ".:" and not raw[end : end + 1].isalnum():
        end -= 1
    return end
