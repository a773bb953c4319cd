"""Small pure validators that veto regex candidates (checksums, parses, entropy).

RE2 finds candidates by shape; these functions decide whether a candidate is
real: a card number must pass Luhn, an IBAN mod 97, an SSN must not use a
never-issued area, an IP address must parse, a secret must look random and not
be a placeholder. Each one takes the matched text and returns a bool, so it can
be used directly as a :class:`~langchain_mistral_secure.detection.engine.Rule`
validator.
"""

from __future__ import annotations

import base64
import binascii
import ipaddress
import json
import math
from collections import Counter
from itertools import pairwise

import re2

from langchain_mistral_secure.detection._checksum_validators import (
    IBAN_LENGTHS,
    card_valid,
    digits_only,
    iban_valid,
    luhn_valid,
    ssn_valid,
)

__all__ = [
    "IBAN_LENGTHS",
    "card_valid",
    "digits_only",
    "has_filler_run",
    "iban_valid",
    "ip_reserved",
    "ip_valid",
    "ipv4_valid",
    "ipv6_valid",
    "is_placeholder",
    "is_uuid_or_hash",
    "jwt_valid",
    "looks_random",
    "luhn_valid",
    "shannon_entropy",
    "ssn_valid",
]

# Carrier-grade NAT space (RFC 6598): not private by ipaddress, not a person.
_SHARED_V4 = ipaddress.IPv4Network("100.64.0.0/10")
_HEX_ONLY = re2.compile(r"^[0-9a-fA-F]+$")
_UUID = re2.compile(
    r"^[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}$"
)
# Typical placeholder words and shapes people put where a secret belongs.
_PLACEHOLDER_WORDS = re2.compile(
    r"(?i)(?:changeme|change_me|change-me|example|placeholder|"
    r"your[_\-]?(?:api[_\-]?)?(?:key|token|secret|password)|dummy|sample|redacted|"
    r"insert[_\-]?here|replace[_\-]?me|fake|xxxx|\*\*\*|\.\.\.|"
    r"os\.environ|os\.getenv|getenv\(|process\.env|\bsecrets\.[a-z])"
)
# Values that are entirely a template or variable reference.
_TEMPLATE = re2.compile(
    r"^(?:<[^>]*>|\{\{.*\}\}|\$\{.*\}|\$\(.*\)|%\(.*\)s|%[A-Za-z_]+%|"
    r"\$[A-Za-z_][A-Za-z0-9_]*|\{[A-Za-z_][A-Za-z0-9_.]*\}|\[[A-Za-z_ ]+\]|"
    r"null|none|nil|undefined|true|false)$",
)


def _plain_ipv4(text: str) -> bool:
    """Whether ``text`` is a dotted quad ``ipaddress`` accepts, read without it.

    True only for four ASCII-digit octets of one to three digits, at most
    255, without a leading zero, all of which ``IPv4Address`` accepts; any
    other text (False here) is left to ``ipaddress``.
    """
    octets = text.split(".")
    return len(octets) == 4 and all(  # noqa: PLR2004 - four octets
        octet.isascii()
        and octet.isdigit()
        and len(octet) <= 3  # noqa: PLR2004
        and (octet == "0" or octet[0] != "0")
        and int(octet) <= 255  # noqa: PLR2004
        for octet in octets
    )


def ipv4_valid(text: str) -> bool:
    """Return whether ``text`` parses as an IPv4 address or network.

    Example:
        >>> ipv4_valid("192.168.0.1"), ipv4_valid("10.0.0.0/8"), ipv4_valid("300.1.1.1")
        (True, True, False)
    """
    if text.count(".") < 3:  # noqa: PLR2004 - four octets, even in a network
        return False
    if _plain_ipv4(text):
        return True
    try:
        if "/" in text:
            ipaddress.IPv4Network(text, strict=False)
        else:
            ipaddress.IPv4Address(text)
    except ValueError:
        return False
    return True


def ipv6_valid(text: str) -> bool:
    """Return whether ``text`` parses as an IPv6 address or network.

    A zone (``%eth0``) is allowed on addresses.

    Example:
        >>> ipv6_valid("2001:db8::1"), ipv6_valid("fe80::1%eth0"), ipv6_valid("1:2:3")
        (True, True, False)
    """
    try:
        if "/" in text:
            ipaddress.IPv6Network(text, strict=False)
        else:
            ipaddress.IPv6Address(text)
    except ValueError:
        return False
    return True


def ip_valid(text: str) -> bool:
    """Return whether ``text`` parses as an IPv4 or IPv6 address or network.

    Example:
        >>> ip_valid("127.0.0.1"), ip_valid("::1"), ip_valid("1.2.3")
        (True, True, False)
    """
    return ipv4_valid(text) or ipv6_valid(text)


def ip_reserved(text: str) -> bool:
    """Return whether ``text`` is an address or network that names no one.

    Loopback, unspecified, private, link-local, shared, documentation
    (RFC 5737, RFC 3849), multicast and reserved addresses are configuration,
    not a person's address; so is a network written in CIDR notation with its
    host bits zero (``10.0.0.0/8``, ``203.0.113.0/24``). An address with a
    prefix length (``198.51.7.9/24``) still names a host. Unparsable text is
    not reserved.

    Example:
        >>> ip_reserved("127.0.0.1"), ip_reserved("10.0.0.0/8"), ip_reserved("::1")
        (True, True, True)
        >>> ip_reserved("2001:db8::7"), ip_reserved("8.8.8.8")
        (True, False)
        >>> ip_reserved("1.2.3.0/24")
        True
        >>> ip_reserved("8.8.8.8/32"), ip_reserved("fe80::1%eth0")
        (False, True)
    """
    value = text.split("%", 1)[0] if "/" not in text else text
    try:
        if "/" in value:
            interface = ipaddress.ip_interface(value)
            if interface.ip == interface.network.network_address and (
                interface.network.num_addresses > 1
            ):
                return True
            address: ipaddress.IPv4Address | ipaddress.IPv6Address = interface.ip
        else:
            address = ipaddress.ip_address(value)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    return (
        address.is_private
        or address.is_loopback
        or address.is_unspecified
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or (isinstance(address, ipaddress.IPv4Address) and address in _SHARED_V4)
    )


def shannon_entropy(text: str) -> float:
    """Return the Shannon entropy of ``text`` in bits per character.

    Example:
        >>> shannon_entropy("aaaa"), round(shannon_entropy("abcd"), 2)
        (0.0, 2.0)
    """
    if not text:
        return 0.0
    size = len(text)
    return sum(
        (count / size) * math.log2(size / count) for count in Counter(text).values()
    )


def is_placeholder(text: str) -> bool:
    """Return whether ``text`` is a placeholder rather than a real secret.

    Template variables (``${VAR}``, ``{{ var }}``, ``<your-key>``), environment
    look-ups (``os.environ[...]``), words such as ``changeme`` or ``example``,
    runs of one character (``xxxx``, ``AKIAXXXXXXXXXXXXXXXX``) and empty values
    are placeholders.

    Example:
        >>> is_placeholder("${API_KEY}"), is_placeholder("<your-key>")
        (True, True)
        >>> is_placeholder("AKIAXXXXXXXXXXXXXXXX"), is_placeholder("q8Zr2LmW9vXk")
        (True, False)
    """
    value = text.strip().strip("\"'`")
    if len(value) < 4:  # noqa: PLR2004
        return True
    if _TEMPLATE.match(value) or _PLACEHOLDER_WORDS.search(value):
        return True
    counts = Counter(value)
    # One character (or one character after a short prefix) fills most of it.
    return counts.most_common(1)[0][1] >= 0.6 * len(value)


# Letter runs only: digit runs occur in numeric ids (Slack team and user ids).
_SEQUENCES = ("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def has_filler_run(text: str, *, repeat: int = 6, sequence: int = 8) -> bool:
    """Return whether ``text`` holds a typed-in filler run.

    Machine-made tokens are random: a run of ``repeat`` identical letters
    (``aaaaaa``), of ``sequence`` consecutive letters (``abcdefgh``) or a short
    unit typed over and over (``123123123123``) is, for practical purposes,
    never part of one; it marks a hand-written example. Use it on provider
    formats only, not on passwords people choose.

    Example:
        >>> has_filler_run("sgp_d5aaaaaa"), has_filler_run("AIzaSyabcdefghijk")
        (True, True)
        >>> has_filler_run("q8Zr2LmW9vXk4TbN7pQs")
        False
    """
    run = 1
    for previous, char in pairwise(text):
        # Digit runs occur in numeric ids (Slack team and user ids).
        run = run + 1 if char == previous and not char.isdigit() else 1
        if run >= repeat:
            return True
    # A short unit typed over and over (``123123123123``, ``abababab``).
    for period in range(2, 9):
        run = 0
        for index in range(len(text) - period):
            same = text[index] == text[index + period]
            run = run + 1 if same else 0
            if run >= 3 * period and len(set(text[index : index + period])) > 1:
                return True
    for alphabet in _SEQUENCES:
        for start in range(len(alphabet) - sequence + 1):
            if alphabet[start : start + sequence] in text:
                return True
    return False


def is_uuid_or_hash(text: str) -> bool:
    """Return whether ``text`` is a UUID or a hex digest (git SHA, MD5, SHA-2).

    Such values are identifiers, not secrets, unless a key-like name says so.

    Example:
        >>> is_uuid_or_hash("e8e4df51-2054-49b0-ab1c-516ac95c691d")
        True
        >>> is_uuid_or_hash("9a038989604e8da62ecddbe2094b16ce1b778be1")
        True
        >>> is_uuid_or_hash("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
        False
    """
    value = text.strip()
    if _UUID.match(value):
        return True
    return bool(_HEX_ONLY.match(value)) and len(value) in (32, 40, 56, 64, 96, 128)


def looks_random(text: str, *, min_length: int = 16, min_entropy: float = 3.0) -> bool:
    """Return whether ``text`` looks like a random secret.

    It must be long enough, not a placeholder, mix letters with digits or
    symbols (or be long and mixed-case), and have enough Shannon entropy.

    Example:
        >>> looks_random("q8Zr2LmW9vXk4TbN7pQs")
        True
        >>> looks_random("my_secret_password"), looks_random("xxxxxxxxxxxxxxxxxxxx")
        (False, False)
    """
    value = text.strip().strip("\"'`")
    if len(value) < min_length or is_placeholder(value):
        return False
    has_digit = any(char.isdigit() for char in value)
    has_lower = any(char.islower() for char in value)
    has_upper = any(char.isupper() for char in value)
    # Word separators do not make a value random; other symbols do.
    has_symbol = any(not char.isalnum() and char not in "_-. /" for char in value)
    letters = has_lower or has_upper
    if not (
        (has_digit and letters)
        or (has_symbol and letters)
        or (has_lower and has_upper and len(value) >= 24)  # noqa: PLR2004
    ):
        return False
    return shannon_entropy(value) >= min_entropy


def _b64url_json(segment: str) -> dict[str, object] | None:
    padded = segment + "=" * (-len(segment) % 4)
    try:
        raw = base64.urlsafe_b64decode(padded.encode("ascii"))
        value = json.loads(raw.decode("utf-8"))
    except (ValueError, binascii.Error, UnicodeError):
        return None
    return value if isinstance(value, dict) else None


def jwt_valid(text: str) -> bool:
    """Return whether ``text`` is a JWT: a base64url JSON header naming ``alg``/``typ``.

    The header alone decides: the pattern already requires a payload starting
    with ``eyJ`` (a JSON object). Not decoding the payload lets a token that is
    still arriving in a stream count as one, so the redactor holds it back whole
    instead of emitting its first part.

    Example:
        >>> jwt_valid("eyJhbGciOiJub25lIn0.e30.c2ln")  # pragma: allowlist secret
        True
        >>> jwt_valid("eyJBB.eyJCC.eyJDDDD")
        False
        >>> arriving = "eyJhbGciOiJub25lIn0.eyJzdWIi"  # pragma: allowlist secret
        >>> jwt_valid(arriving)
        True
    """
    parts = text.split(".")
    if len(parts) < 2:  # noqa: PLR2004
        return False
    header = _b64url_json(parts[0])
    return header is not None and bool({"alg", "typ", "enc", "kid"} & set(header))
