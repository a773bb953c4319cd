"""PII detector: table-driven positives and validator-rejected negatives."""

from __future__ import annotations

import pytest

from langchain_mistral_secure.detection import get_detector, merge_findings
from langchain_mistral_secure.detection.identifiers import IDENTIFIER_CATEGORIES
from langchain_mistral_secure.detection.pii import (
    PII_CATEGORIES,
    PIIDetector,
    build_pii_detector,
)


def _found(text: str, detector: PIIDetector | None = None) -> list[tuple[str, str]]:
    active = detector or get_detector("pii")
    return [
        (f.category, text[f.start : f.end]) for f in merge_findings(active.detect(text))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("write to jane.doe@example.org today", ("email", "jane.doe@example.org")),
        ("a@xn--d1acufc.xn--p1ai", ("email", "a@xn--d1acufc.xn--p1ai")),
        ("Tel: +33 1 42 68 53 00.", ("phone", "+33 1 42 68 53 00")),
        ("US office (415) 555-0132, ask", ("phone", "(415) 555-0132")),
        ("London 020 7123 4567", ("phone", "020 7123 4567")),
        ("Berlin +49 30 1234567", ("phone", "+49 30 1234567")),
        ("card 4111 1111 1111 1111 exp", ("credit_card", "4111 1111 1111 1111")),
        ("card 4012-8888-8888-1881", ("credit_card", "4012-8888-8888-1881")),
        ("amex 3782 822463 10005", ("credit_card", "3782 822463 10005")),
        ("pay 5555555555554444 now", ("credit_card", "5555555555554444")),
        ("IBAN GB82 WEST 1234 5698 7654 32.", ("iban", "GB82 WEST 1234 5698 7654 32")),
        ("IBAN DE89370400440532013000", ("iban", "DE89370400440532013000")),
        ("ssn 536-22-1234 on file", ("us_ssn", "536-22-1234")),
        ("SSN: 536221234", ("us_ssn", "536221234")),
        ("host 81.2.69.160, port", ("ip_address", "81.2.69.160")),
        ("one host 81.2.69.160/24.", ("ip_address", "81.2.69.160/24")),
        ("[2a00:1450::1]:8080", ("ip_address", "2a00:1450::1")),
        ("gw 2a00:1450::1%eth0 up", ("ip_address", "2a00:1450::1%eth0")),
        ("mapped ::ffff:81.2.69.160", ("ip_address", "::ffff:81.2.69.160")),
        ("iban gb82 west 1234 5698 7654 32", ("iban", "gb82 west 1234 5698 7654 32")),
        (
            "IBAN AL47-2121-1009-0000-0002-3569-8741",
            ("iban", "AL47-2121-1009-0000-0002-3569-8741"),
        ),
        ("an j\u00f6rg@b\u00fccher.de", ("email", "j\u00f6rg@b\u00fccher.de")),
        ("US office (415) 555-0132 x12.", ("phone", "(415) 555-0132 x12")),
        (" +33 6 12 34 56 78  4111 1111 1111 1111 ", ("phone", "+33 6 12 34 56 78")),
    ],
)
def test_pii_positives(text: str, expected: tuple[str, str]) -> None:
    assert expected in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "card 4111 1111 1111 1112",  # fails Luhn
        "order 1234567812345678",  # no issuer, no Luhn
        "IBAN GB83 WEST 1234 5698 7654 32",  # bad check digits
        "IBAN DE89 3704 0044 0532 0130 01",  # mod 97 fails
        "ssn 666-12-3456",  # area 666
        "ssn 912-12-3456",  # area 9xx
        "ssn 536-00-1234",  # group 00
        "ssn 536-22-0000",  # serial 0000
        "id 536221234",  # nine bare digits without an SSN keyword
        "released in version 1.2.3.4",  # a version number
        "pip install pkg==v1.2.3.4",
        "see section 1.2.3.4.5",
        "at 12:34:56 UTC",  # a time, not IPv6
        "std::vector and MyClass::method",
        "mac aa:bb:cc:dd:ee:ff",
        "ip 300.1.1.1",
        "on 2024-01-15 at noon",  # a date
        "date 15/01/2024",
        "ISBN 978-3-16-148410-0",
        "commit 9a038989604e8da62ecddbe2094b16ce1b778be1",  # git SHA
        "uuid e8e4df51-2054-49b0-ab1c-516ac95c691d",
        "decorators like a@b in code, or user@host",
        "my email is info@presidio.",
        "numbers 1 2 3 4 5 6 7 8 9 10",
        "git clone git@github.com:org/repo.git",
        "assets logo@2x.png",
        "OID 1.3.6.1.4.1.311",
        "ISBN 0-306-40615-2",
        "sku NL91 ABNA 0417 1643 01",  # an IBAN-shaped code failing mod 97
    ],
)
def test_pii_negatives(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("regions", "text", "found"),
    [
        (("GB",), "call 020 7123 4567", True),
        (("US",), "see 020 7123 4567", False),  # not a valid US number
        ((), "call +44 20 7123 4567", True),  # +CC numbers need no region
        ((), "see 020 7123 4567", False),
        # NANP layout or a phone word: reported whatever the regions (fail closed).
        ((), "call (415) 555-0132", True),
        (("us",), "call (415) 555-0132", True),  # region codes are upper-cased
    ],
)
def test_phone_regions(regions: tuple[str, ...], text: str, found: bool) -> None:
    detector = PIIDetector(phone_regions=regions)
    assert ("phone" in {c for c, _ in _found(text, detector)}) is found


def test_build_pii_detector_and_registry() -> None:
    detector = build_pii_detector(("FR",))
    assert detector.phone_regions == ("FR",)
    shared = get_detector("pii")
    assert isinstance(shared, PIIDetector)
    assert shared is get_detector("pii")
    assert shared.max_match_len >= max(rule.max_len for rule in shared.rules)


def test_phones_can_be_disabled() -> None:
    detector = PIIDetector(detect_phones=False)
    assert _found("call +44 20 7123 4567", detector) == []


def test_categories_are_the_documented_ones() -> None:
    detector = get_detector("pii")
    assert isinstance(detector, PIIDetector)
    categories = {rule.category for rule in detector.rules} | {"phone"}
    assert categories | set(IDENTIFIER_CATEGORIES) == set(PII_CATEGORIES)


def test_repr_has_no_text() -> None:
    detector = PIIDetector(phone_regions=("FR",))
    assert "FR" in repr(detector)
    assert "@" not in repr(detector)


@pytest.mark.parametrize(
    "text",
    [
        "a." * 5000 + "@",
        "7" * 20000,
        "1 " * 5000,
        "12-" * 3000,
        "1:" * 5000,
        "+1 " * 3000,
        "1-" * 5000,
        "a@" * 5000,
        "+33 6 12 34 56 78 " * 300,
    ],
)
def test_adversarial_inputs_do_not_crash(text: str) -> None:
    findings = get_detector("pii").detect(text)
    assert all(0 <= f.start < f.end <= len(text) for f in findings)
