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

# Lengths of the IBAN of each country (SWIFT IBAN registry plus the experimental
# national formats that Presidio and python-stdnum accept).
IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16,
    "BG": 22, "BH": 22, "BI": 27, "BR": 29, "BY": 28, "CH": 21, "CR": 22,
    "CY": 28, "CZ": 24, "DE": 22, "DJ": 27, "DK": 18, "DO": 28, "EE": 20,
    "EG": 29, "ES": 24, "FI": 18, "FK": 18, "FO": 18, "FR": 27, "GB": 22,
    "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28,
    "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30,
    "KZ": 20, "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21,
    "LY": 25, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MN": 20, "MR": 27,
    "MT": 31, "MU": 30, "NI": 28, "NL": 18, "NO": 15, "OM": 23, "PK": 24,
    "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "RU": 33,
    "SA": 24, "SC": 31, "SD": 18, "SE": 24, "SI": 19, "SK": 24, "SM": 27,
    "SO": 23, "ST": 25, "SV": 28, "TL": 23, "TN": 24, "TR": 26, "UA": 29,
    "VA": 22, "VG": 24, "XK": 20, "YE": 30,
    # Partner formats used by French overseas territories and others.
    "AO": 25, "BF": 28, "BJ": 28, "CI": 28, "CM": 27, "CV": 25, "DZ": 26,
    "GA": 27, "GQ": 27, "GW": 25, "HN": 28, "IR": 26, "KM": 27, "MA": 28,
    "MG": 27, "ML": 28, "MZ": 25, "NE": 28, "SN": 28, "TD": 27, "TG": 28,
}  # fmt: skip

# Issuer prefix ranges (same-length strings compare like numbers) and lengths.
# Only published IIN ranges are listed: a broad "any number starting with 6"
# entry turned one Luhn-valid id in ten into a "card". UATP (15 digits starting
# with 1) stays: its test numbers are in every payment sandbox. IMEIs (15
# digits, Luhn) start with 01, 35, 86, 99... and match no prefix here.
_ANY_LENGTH = (12, 13, 14, 15, 16, 17, 18, 19)
_CARD_PREFIXES: tuple[tuple[str, str, tuple[int, ...]], ...] = (
    ("4", "4", (13, 16, 19)),  # Visa
    ("51", "55", (16,)),  # Mastercard
    ("2221", "2720", (16,)),  # Mastercard 2-series
    ("2200", "2204", (16, 17, 18, 19)),  # Mir
    ("34", "34", (15,)),  # American Express
    ("37", "37", (15,)),
    ("36", "36", (14, 16, 19)),  # Diners Club
    ("38", "39", (14, 16, 19)),
    ("300", "305", (14, 16, 19)),
    ("3095", "3095", (14, 16, 19)),
    ("6011", "6011", (16, 19)),  # Discover
    ("65", "65", (16, 19)),
    ("644", "649", (16, 19)),
    ("622126", "622925", (16, 19)),
    ("3528", "3589", (16, 17, 18, 19)),  # JCB
    ("62", "62", (16, 17, 18, 19)),  # UnionPay
    ("81", "81", (16, 17, 18, 19)),
    ("60", "60", (16, 19)),  # RuPay
    ("50", "50", _ANY_LENGTH),  # Maestro
    ("56", "58", _ANY_LENGTH),
    ("6304", "6304", _ANY_LENGTH),
    ("6759", "6759", _ANY_LENGTH),
    ("6761", "6763", _ANY_LENGTH),
    ("636", "639", (16, 19)),  # InterPayment, InstaPayment
    ("9792", "9792", (16,)),  # Troy
    ("1", "1", (15,)),  # UATP
)
_DIGITS = frozenset("0123456789")
# Carrier-grade NAT space (RFC 6598): not private by ipaddress, not a person.
_SHARED_V4 = ipaddress.IPv4Network("100.64.0.0/10")
_ASCII_ALNUM = frozenset(
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
)
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


_NOT_DIGIT_BYTES = bytes(b for b in range(128) if not 0x30 <= b <= 0x39)  # noqa: PLR2004


def digits_only(text: str) -> str:
    """Return the ASCII digits of ``text``, in order.

    Example:
        >>> digits_only("4012-8888 8888.1881")
        '4012888888881881'
    """
    if text.isascii():
        # bytes.translate deletes every other byte in C, without a Python loop.
        return text.encode("ascii").translate(None, _NOT_DIGIT_BYTES).decode("ascii")
    # A comprehension, not an RE2 sub: the wrapper's sub costs per match.
    return "".join(char for char in text if char in _DIGITS)


def luhn_valid(text: str) -> bool:
    """Return whether the digits of ``text`` pass the Luhn (mod 10) checksum.

    Example:
        >>> luhn_valid("4012 8888 8888 1881"), luhn_valid("4012 8888 8888 1882")
        (True, False)
    """
    digits = digits_only(text)
    if not digits:
        return False
    total = 0
    for index, char in enumerate(reversed(digits)):
        value = ord(char) - 48
        if index % 2 == 1:
            value *= 2
            if value > 9:  # noqa: PLR2004
                value -= 9
        total += value
    return total % 10 == 0


def _card_prefix_ok(digits: str) -> bool:
    size = len(digits)
    for low, high, sizes in _CARD_PREFIXES:
        head = digits[: len(low)]
        if low <= head <= high and size in sizes:
            return True
    return False


def card_valid(text: str) -> bool:
    """Return whether ``text`` is a plausible payment card number.

    The digits (separators ignored) must have a known issuer prefix and length,
    pass Luhn, and not be one repeated digit.

    Example:
        >>> card_valid("4111 1111 1111 1111"), card_valid("4111 1111 1111 1112")
        (True, False)
        >>> card_valid("0000000000000000")
        False
    """
    digits = digits_only(text)
    if not 12 <= len(digits) <= 19:  # noqa: PLR2004
        return False
    if len(set(digits)) == 1:
        return False
    return _card_prefix_ok(digits) and luhn_valid(digits)


_NOT_ALNUM_BYTES = bytes(
    b for b in range(128) if not (chr(b).isascii() and chr(b).isalnum())
)
_IBAN_LETTER_VALUES = {ord(c): str(int(c, 36)) for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"}


def iban_valid(text: str) -> bool:
    """Return whether ``text`` is an IBAN with the right length and mod-97 check.

    Spaces and dashes are ignored; letters may be lower case.

    Example:
        >>> iban_valid("GB82 WEST 1234 5698 7654 32")
        True
        >>> iban_valid("GB82 WEST 1234 5698 7654 33"), iban_valid("GB82WEST12")
        (False, False)
    """
    if text.isascii():
        kept = text.encode("ascii").translate(None, _NOT_ALNUM_BYTES).decode("ascii")
    else:
        kept = "".join(char for char in text if char in _ASCII_ALNUM)
    compact = kept.upper()
    country = compact[:2]
    if IBAN_LENGTHS.get(country) != len(compact) or not compact[2:4].isdigit():
        return False
    # Only ASCII digits and capitals are left: letters become 10..35.
    rearranged = (compact[4:] + compact[:4]).translate(_IBAN_LETTER_VALUES)
    return int(rearranged) % 97 == 1


def ssn_valid(text: str) -> bool:
    """Return whether ``text`` is a US SSN that could have been issued.

    Areas 000, 666 and 900-999, group 00 and serial 0000 were never issued; the
    separators, if any, must be one kind; famous advertising numbers are refused.

    Example:
        >>> ssn_valid("078-05-1123"), ssn_valid("666-12-3456"), ssn_valid("123-00-4567")
        (True, False, False)
        >>> ssn_valid("693-09.4444")
        False
    """
    digits = digits_only(text)
    if len(digits) != 9:  # noqa: PLR2004
        return False
    separators = {char for char in text if not char.isdigit()}
    if len(separators) > 1:
        return False
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    if area in ("000", "666") or area[0] == "9":
        return False
    if group == "00" or serial == "0000":
        return False
    return digits not in ("123456789", "219099999", "078051120")


def ipv4_valid(text: str) -> bool:
    """Return whether ``text`` parses as an IPv4 address or network.

    Example:
        >>> ipv4_valid("192.168.0.1"), ipv4_valid("10.0.0.0/8"), ipv4_valid("300.1.1.1")
        (True, True, False)
    """
    if text.count(".") < 3:  # noqa: PLR2004 - four octets, even in a network
        return False
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
