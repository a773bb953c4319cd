"""Checksums that veto identifier candidates: payment cards, IBANs, US SSNs.

Split out of :mod:`langchain_mistral_secure.detection.validators`, which
re-exports every public name here (rules and tests import them from there).
"""

from __future__ import annotations

__all__ = [
    "IBAN_LENGTHS",
    "card_valid",
    "digits_only",
    "iban_valid",
    "luhn_valid",
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
_ASCII_ALNUM = frozenset(
    "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
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
