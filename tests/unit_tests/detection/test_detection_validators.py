"""Validators: the vetoes that cut false positives (Luhn, mod 97, SSN, IP, entropy)."""

from __future__ import annotations

import doctest
from types import ModuleType

import pytest

from langchain_mistral_secure.detection import content, leak, pii, secrets, validators
from langchain_mistral_secure.detection.validators import (
    card_valid,
    iban_valid,
    ip_valid,
    ipv4_valid,
    ipv6_valid,
    is_placeholder,
    is_uuid_or_hash,
    jwt_valid,
    looks_random,
    luhn_valid,
    shannon_entropy,
    ssn_valid,
)


@pytest.mark.parametrize("module", [validators, pii, secrets, content, leak])
def test_docstring_examples_run(module: ModuleType) -> None:
    result = doctest.testmod(module)
    assert result.attempted > 0
    assert result.failed == 0


@pytest.mark.parametrize(
    ("number", "expected"),
    [
        ("4111 1111 1111 1111", True),
        ("4012-8888-8888-1881", True),
        ("5555555555554444", True),
        ("378282246310005", True),
        ("4111 1111 1111 1112", False),  # Luhn fails
        ("0000000000000000", False),  # one digit repeated
        ("1234567812345678", False),  # no issuer, no Luhn
        ("9780306406157", False),  # an ISBN-13: no card issuer starts with 97
        ("2201123456789018", True),  # Mir
        ("6304123456789015", True),  # Maestro
        ("122000000000003", True),  # UATP test number
        ("356938035643809", False),  # IMEI-like: Luhn-valid, no card prefix
        ("6999123456789015", False),  # Luhn-valid, no published 69xx range
        ("41111111111", False),  # too short
    ],
)
def test_card_valid(number: str, expected: bool) -> None:
    assert card_valid(number) is expected


@pytest.mark.parametrize(
    ("digits", "expected"),
    [("79927398713", True), ("79927398710", False), ("", False), ("0", True)],
)
def test_luhn(digits: str, expected: bool) -> None:
    assert luhn_valid(digits) is expected


@pytest.mark.parametrize(
    ("iban", "expected"),
    [
        ("GB82 WEST 1234 5698 7654 32", True),
        ("GB82WEST12345698765432", True),
        ("DE89 3704 0044 0532 0130 00", True),
        ("FR14 2004 1010 0505 0001 3M02 606", True),
        ("gb82west12345698765432", True),  # case does not matter to the check
        ("GB83 WEST 1234 5698 7654 32", False),  # bad check digits
        ("GB82 WEST 1234 5698 7654 3", False),  # wrong length for GB
        ("XX82 WEST 1234 5698 7654 32", False),  # unknown country
        ("DE89 3704 0044 0532 0130 01", False),  # mod 97 fails
    ],
)
def test_iban_valid(iban: str, expected: bool) -> None:
    assert iban_valid(iban) is expected


@pytest.mark.parametrize(
    ("ssn", "expected"),
    [
        ("536-22-1234", True),
        ("536 22 1234", True),
        ("536221234", True),
        ("000-12-3456", False),  # area 000
        ("666-12-3456", False),  # area 666
        ("912-12-3456", False),  # area 9xx
        ("536-00-1234", False),  # group 00
        ("536-22-0000", False),  # serial 0000
        ("536-22.1234", False),  # mixed separators
        ("078-05-1120", False),  # the Woolworth wallet card
        ("53622123", False),  # eight digits
    ],
)
def test_ssn_valid(ssn: str, expected: bool) -> None:
    assert ssn_valid(ssn) is expected


@pytest.mark.parametrize(
    ("value", "v4", "v6"),
    [
        ("192.168.0.1", True, False),
        ("10.0.0.0/8", True, False),
        ("256.1.1.1", False, False),
        ("1.2.3", False, False),
        ("2001:db8::1", False, True),
        ("fe80::1%eth0", False, True),
        ("::ffff:192.0.2.1", False, True),
        ("2001::db8::1", False, False),
        ("12:34:56", False, False),  # a time
        ("aa:bb:cc:dd:ee:ff", False, False),  # a MAC address
    ],
)
def test_ip_parsers(value: str, v4: bool, v6: bool) -> None:
    assert ipv4_valid(value) is v4
    assert ipv6_valid(value) is v6
    assert ip_valid(value) is (v4 or v6)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("${API_KEY}", True),
        ("{{ secrets.token }}", True),
        ("<your-api-key>", True),
        ("changeme", True),
        ("os.environ['MISTRAL_API_KEY']", True),
        ("process.env.TOKEN", True),
        ("AKIAXXXXXXXXXXXXXXXX", True),
        ("xxxxxxxxxxxxxxxx", True),
        ("********", True),
        ("$TOKEN", True),
        ("null", True),
        ("abc", True),  # too short to be a secret
        ("q8Zr2LmW9vXk4TbN", False),  # pragma: allowlist secret
        ("m{{h}o)p${e]nob(ody", False),  # pragma: allowlist secret
    ],
)
def test_is_placeholder(value: str, expected: bool) -> None:
    assert is_placeholder(value) is expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("e8e4df51-2054-49b0-ab1c-516ac95c691d", True),  # UUID
        ("9a038989604e8da62ecddbe2094b16ce1b778be1", True),  # git SHA-1
        ("5c94767cedb5d6987c902ac850ded2c6", True),  # MD5
        ("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", True),
        ("9a0389896", False),  # short hex is not a digest
        ("q8Zr2LmW9vXk4TbN7pQs", False),  # pragma: allowlist secret
    ],
)
def test_is_uuid_or_hash(value: str, expected: bool) -> None:
    assert is_uuid_or_hash(value) is expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("q8Zr2LmW9vXk4TbN7pQs", True),  # pragma: allowlist secret
        ("P@ssw0rd$1-Zq9xT", True),  # pragma: allowlist secret
        ("my_secret_password", False),  # words, no digits or symbols
        ("aaaaaaaaaaaaaaaaaaaa1", False),  # low entropy
        ("short1A", False),
        ("${SECRET_VALUE_FROM_ENV}", False),
    ],
)
def test_looks_random(value: str, expected: bool) -> None:
    assert looks_random(value) is expected


def test_entropy_bounds() -> None:
    assert shannon_entropy("") == 0.0
    assert shannon_entropy("aaaa") == 0.0
    assert shannon_entropy("abcd") == pytest.approx(2.0)
    assert shannon_entropy("ab" * 50) == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("eyJhbGciOiJub25lIn0.e30.c2ln", True),  # pragma: allowlist secret
        ("eyJBB.eyJCC.eyJDDDD", False),
        ("bm90X2pzb24.bm90X2pzb24.c2ln", False),
        ("eyJhbGciOiJIUzI1NiJ9", False),  # header only
    ],
)
def test_jwt_valid(token: str, expected: bool) -> None:
    assert jwt_valid(token) is expected
