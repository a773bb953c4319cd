"""The names that make an assigned value a credential, in several languages.

Two vocabularies: key-like names (``api_key``, ``secret``, ``token``,
``auth``...) whose values count only when they look random, and password
names (``password``, ``pwd``, ``pass``, ``Passwort``, ``mot de passe``...)
whose values count whatever they look like, since people choose them.
"""

from __future__ import annotations

from itertools import pairwise

import re2

from langchain_mistral_secure.detection.normalize import matchable

__all__ = [
    "ASSIGN",
    "ASSIGN_BARE",
    "DOTTED_NAME",
    "assignment_name_ok",
    "password_name_ok",
]

# Names that make a value a credential when assigned.
_KEY_NAMES = (
    r"(?:api[_.\-]?key|apikey|api[_.\-]?secret|secret|token|passw(?:or)?d|passwd|"
    r"pwd|pass|private[_.\-]?key|client[_.\-]?secret|access[_.\-]?key|auth[_.\-]?key|"
    r"credentials?|secret[_.\-]?key|signing[_.\-]?key|encryption[_.\-]?key|auth)"
)
# name, optional closing quote, the operator (=, :, ==, !=, :=, =>, "(" for calls).
_ASSIGN_NAME = (
    r"[A-Za-z0-9_.\-]{0,40}" + _KEY_NAMES + r"[A-Za-z0-9_.\-]{0,24}[\"'\x60\]]?"
)
# Quoted values may also be passed to a call (``secret("...")``); bare values
# after "(" are keyword arguments of a call, not secrets.
ASSIGN = _ASSIGN_NAME + r"[ \t]{0,4}(?:=>|:=|==|!=|=|:|\(|\.assign\()[ \t]{0,4}"
ASSIGN_BARE = _ASSIGN_NAME + r"[ \t]{0,4}(?:=>|:=|==|!=|=|:)[ \t]{0,4}"
# Name suffixes that make the value an identifier or a setting, not a secret.
_BENIGN_NAME_SUFFIX = re2.compile(
    r"(?i)(?:id|ids|name|names|url|uri|file|path|dir|length|len|size|type|format|"
    r"field|header|prefix|version|count|endpoint|policy|mode|ref|hint|label|"
    r"expiry|expires|timeout|ttl|algorithm|alg|error|exception|warning|class)$"
)
# An attribute path of plain identifiers (``config.secrets.primary``), not a
# token such as ``s.ZC9Ecf4M5g9o34Q6`` (Vault).
_IDENT = r"(?:[a-z_][a-z0-9_]*|(?:[A-Z][a-z0-9]+)+)"
DOTTED_NAME = re2.compile(r"^" + _IDENT + r"(?:\." + _IDENT + r")+$")
_NAME_WORD = re2.compile(r"[A-Z]?[a-z]+|[A-Z]+(?:[a-z]+)?|[0-9]+")
_KEY_WORDS = frozenset(
    {"secret", "secrets", "token", "tokens", "password", "passwords", "passwd",
     "pwd", "pass", "apikey", "apisecret", "credential", "credentials", "authtoken",
     "secretkey", "privatekey", "accesskey", "clientsecret", "passphrase", "auth"}
)  # fmt: skip
_KEY_PAIRS = frozenset(
    {("api", "key"), ("api", "secret"), ("private", "key"), ("access", "key"),
     ("auth", "key"), ("secret", "key"), ("client", "secret"), ("signing", "key"),
     ("encryption", "key"), ("auth", "token"), ("access", "token")}
)  # fmt: skip
# Public keys, and anti-forgery tokens that every HTML form carries.
_NOT_SECRET_WORDS = frozenset({"public", "publishable", "pub", "csrf", "xsrf"})
_NAME_BEFORE_VALUE = re2.compile(
    r"([A-Za-z0-9_.\-]+)[\"'\x60\]]?[ \t]{0,4}(?:=>|:=|==|!=|=|:|\(|\.assign\()"
    r"[ \t]{0,4}[\"'\x60]?$"
)

# -- password names -------------------------------------------------------------

# Stems that name a password even glued to other words (``DBpassword``,
# ``mypasswort``): English, German, Dutch, Spanish, Portuguese, Polish,
# Swedish, Danish, Finnish, Czech, French.
LONG_PASSWORD_STEMS = (
    "password",
    "passwd",
    "passwort",
    "passphrase",
    "kennwort",
    "wachtwoord",
    "contrasena",
    "contraseña",
    "senha",
    "haslo",
    "hasło",
    "losenord",
    "lösenord",
    "adgangskode",
    "salasana",
    "heslo",
    "motdepasse",
    "mot_de_passe",
    "mot-de-passe",
)
# Short stems count only as a whole word of the name (``db_pass``, ``userPwd``,
# ``PW``), never inside another word (``bypass``, ``passport``, ``compass``).
SHORT_PASSWORD_STEMS = frozenset({"pwd", "pw", "pass", "mdp", "pswd", "passw"})
# Words of a name that make its value a setting about passwords, not one.
_PASSWORD_SETTING_WORDS = frozenset(
    {"hash", "hashed", "digest", "salt", "reset", "policy", "policies", "length",
     "len", "min", "max", "minlength", "maxlength", "rule", "rules", "strength",
     "prompt", "placeholder", "label", "hint", "field", "input", "file", "path",
     "url", "uri", "dir", "type", "mode", "regex", "pattern", "validator",
     "validation", "expiry", "expires", "expiration", "age", "changed", "updated",
     "count", "attempts", "retries", "enabled", "required", "visible", "manager",
     "id", "name", "env", "var", "variable", "format", "encoding", "algorithm",
     "version", "less", "through", "thru", "word", "error", "message", "text",
     "help", "title", "icon", "style", "class", "color", "reuse", "history",
     "complexity", "generator", "store", "helper", "command", "cmd", "fd"}
)  # fmt: skip


def _words(name: str) -> list[str]:
    return [word.lower() for word in _NAME_WORD.findall(name)]


def password_name_ok(name: str) -> bool:
    """Whether ``name`` names a password (not a setting about passwords).

    Example:
        >>> password_name_ok("DBpassword"), password_name_ok("db_pass")
        (True, True)
        >>> password_name_ok("bypass"), password_name_ok("password_min_length")
        (False, False)
    """
    lowered = name.lower()
    if lowered.endswith("less"):
        return False  # passwordless, passless: a mode, not a password
    words = _words(name)
    if _PASSWORD_SETTING_WORDS & set(words):
        return False
    if any(stem in lowered for stem in LONG_PASSWORD_STEMS):
        return True
    return bool(SHORT_PASSWORD_STEMS & set(words))


def assignment_name_ok(text: str, start: int) -> bool:
    """Drop assignments named like an id or a setting (``key_id``, ``token_url``).

    ``start`` is where the assigned value starts in ``text``.
    """
    before = matchable(text[max(0, start - 100) : start])
    match = _NAME_BEFORE_VALUE.search(before)
    if match is None:
        return True
    name = match.group(1)
    if _BENIGN_NAME_SUFFIX.search(name):
        return False
    words = _words(name)
    if _NOT_SECRET_WORDS & set(words):
        return False
    pairs = set(pairwise(words))
    return bool(_KEY_WORDS & set(words)) or bool(_KEY_PAIRS & pairs)
