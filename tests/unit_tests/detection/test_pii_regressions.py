"""Issue #15 regressions: the formats models write, phones failing closed, IPs.

Every case goes through ``OutputRedactor`` the way users call it: ``invoke``,
``stream`` (chunked everywhere), and their async twins. Values are made up.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from langchain_mistral_secure.detection.pii import PIIDetector, fold_for_formats
from langchain_mistral_secure.redactor import OutputRedactor

REDACTOR = OutputRedactor(detectors=["pii", "secrets"])
INCLUSIVE = OutputRedactor(detectors=[PIIDetector(ip_include_reserved=True)])


def _pieces(text: str, size: int) -> list[str]:
    return [text[i : i + size] for i in range(0, len(text), size)]


def _all_ways(redactor: OutputRedactor, text: str) -> list[str]:
    """invoke, and stream in chunks of 1, 3 and 7 characters."""
    outs = [redactor.invoke(text)]
    outs += ["".join(redactor.transform(iter(_pieces(text, n)))) for n in (1, 3, 7)]
    return outs


async def _all_ways_async(redactor: OutputRedactor, text: str) -> list[str]:
    async def agen(pieces: list[str]):
        for piece in pieces:
            yield piece

    outs = [await redactor.ainvoke(text)]
    for n in (1, 5):
        chunks = [c async for c in redactor.atransform(agen(_pieces(text, n)))]
        outs.append("".join(chunks))
    return outs


# (text, value that must disappear, placeholder expected, text kept around it)
FORMATS = [
    ("Write to _jane.doe@example.com_ today.", "jane.doe@example.com", "[EMAIL]", "_"),
    (
        "Write to **jane.doe@example.com** today.",
        "jane.doe@example.com",
        "[EMAIL]",
        "**",
    ),
    (
        "Contact: jane.doe@example.com--the team",
        "jane.doe@example.com",
        "[EMAIL]",
        "--",
    ),
    (
        "[link](https://crm.example/u?to=jane.doe%40example.com&x=1)",
        "jane.doe%40example.com",
        "[EMAIL]",
        "&x=1)",
    ),
    (
        "お支払い：４１１１ １１１１ １１１１ １１１１です",
        "４１１１",
        "[CREDIT_CARD]",
        "です",
    ),
    ("电话：１３８ １２３４ ５６７８。", "５６７８", "[PHONE]", "。"),
    ("電話番号は０３－１２３４－５６７８です", "５６７８", "[PHONE]", "です"),
    (
        "カード番号 ４１１１１１１１１１１１１１１１",
        "４１１１",
        "[CREDIT_CARD]",
        "カード",
    ),
    ("رقم الهاتف +٣٣ ٦ ١٢ ٣٤ ٥٦ ٧٨", "٥٦", "[PHONE]", "الهاتف"),
    (
        "IBAN FR76\u202f3000\u202f6000\u202f0112\u202f3456\u202f7890\u202f189 merci",
        "0112",
        "[IBAN]",
        "merci",
    ),
    (
        "IBAN DE89\u00a03704\u00a00044\u00a00532\u00a00130\u00a000, danke",
        "0532",
        "[IBAN]",
        "danke",
    ),
    (
        "IBAN GB82\u2009WEST\u20091234\u20095698\u20097654\u200932.",
        "5698",
        "[IBAN]",
        ".",
    ),
]


@pytest.mark.parametrize(("text", "value", "placeholder", "kept"), FORMATS)
def test_formats_models_write_are_redacted(text, value, placeholder, kept):
    for out in _all_ways(REDACTOR, text):
        assert value not in out
        assert placeholder in out
        assert kept in out


@pytest.mark.parametrize(("text", "value", "placeholder", "kept"), FORMATS)
async def test_formats_models_write_are_redacted_async(text, value, placeholder, kept):
    for out in await _all_ways_async(REDACTOR, text):
        assert value not in out
        assert placeholder in out
        assert kept in out


def test_emphasis_stays_around_the_placeholder():
    assert REDACTOR.invoke("_jane.doe@example.com_") == "_[EMAIL]_"


# -- phones fail closed -----------------------------------------------------------

PHONES = [
    "Call +1-646-000-1234 for support.",  # +1, exchange 000: unallocated
    "Call +1-212-155-0147 now.",  # exchange starting with 1: invalid NANP
    "UK desk: +447700 900 123 (evenings).",  # Ofcom drama range, odd grouping
    "Zurich office +41 (0)44 000 00 00 today",  # unallocated Swiss block
    "Reach me at (555)555-0147x1234 after 5.",
    "Direct line 555.555.0147x123, ask for Ann.",
    "Desk: 1-555-555-0199 ext. 12",
    "call 2125550147 tomorrow",  # ten bare digits after a phone word
    "Tel: 6465550147",
    "Mobile: 0000 123 456",  # unallocated, with a phone word
    "Téléphone : 09 99 99 99 99",
    "Telefon: 0176 0000 0000",
    "teléfono 600 000 000",
    "WhatsApp +34 600 00 00 00",
    "Fax: 555-555-0100",
    "手机：13812345678",
]


@pytest.mark.parametrize("text", PHONES)
def test_phone_numbers_fail_closed(text):
    for out in _all_ways(REDACTOR, text):
        assert "[PHONE]" in out


@pytest.mark.parametrize("text", PHONES)
async def test_phone_numbers_fail_closed_async(text):
    for out in await _all_ways_async(REDACTOR, text):
        assert "[PHONE]" in out


NOT_PHONES = [
    "Released on 2024-06-30 as version 10.2.3.4711.",
    "ISBN 0-306-40615-2 and ISBN 978-3-16-148410-0",
    "Coordinates 48.8566, 2.3522 and 40.7128,-74.0060",
    "Order 555-123-4567 shipped.",
    "Invoice no. 2024-000123-77 is due.",
    "Ticket #4815162342 closed.",
    "The total was 1234567 units in 2023.",
    "Run 12 34 56 78 90 laps.",
    "timestamp 1718000000 in seconds",
    "call me maybe, 123 times",
    "numéro de compte 12345678901",
    "Account number: 0012345678",
]


@pytest.mark.parametrize("text", NOT_PHONES)
def test_phone_precision_benign_text_unchanged(text):
    for out in _all_ways(REDACTOR, text):
        assert out == text


@pytest.mark.parametrize("text", NOT_PHONES)
async def test_phone_precision_benign_text_unchanged_async(text):
    for out in await _all_ways_async(REDACTOR, text):
        assert out == text


# -- IP addresses -----------------------------------------------------------------

RESERVED = [
    "Serve on 0.0.0.0:8000 and check 127.0.0.1:8000/health.",
    "Allow 10.0.0.0/8, 172.16.0.0/12 and 192.168.0.0/16.",
    "Docs use 192.0.2.1, 198.51.100.2, 203.0.113.3 and 2001:db8::1.",
    "The router is 192.168.1.1; loopback ::1; metadata 169.254.169.254.",
]


@pytest.mark.parametrize("text", RESERVED)
def test_reserved_ips_pass_by_default(text):
    for out in _all_ways(REDACTOR, text):
        assert out == text


@pytest.mark.parametrize("text", RESERVED)
def test_reserved_ips_redacted_when_configured(text):
    for out in _all_ways(INCLUSIVE, text):
        assert "[IP_ADDRESS]" in out


@pytest.mark.parametrize("text", RESERVED)
async def test_reserved_ips_async(text):
    for out in await _all_ways_async(REDACTOR, text):
        assert out == text


def test_public_ip_is_still_personal_data():
    assert REDACTOR.invoke("login from 81.2.69.160:443") == (
        "login from [IP_ADDRESS]:443"
    )


# -- properties -------------------------------------------------------------------

BENIGN = st.lists(
    st.sampled_from(
        [*"abcdefghijklmnopqrstuvwxyz ABCXYZ.,!?'\n-éàüß", "你好", "こんにちは"]
    ),
    max_size=200,
).map("".join)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=BENIGN)
def test_benign_text_passes_byte_for_byte(text):
    assert REDACTOR.invoke(text) == text


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(alphabet=st.characters(blacklist_categories=()), max_size=300))
def test_any_unicode_keeps_offsets_and_never_crashes(text):
    folded = fold_for_formats(text)
    assert len(folded) == len(text)
    for finding in PIIDetector().detect(text):
        assert 0 <= finding.start < finding.end <= len(text)


# -- a card one group after a phone number (found in review) ------------------

_CARD = "4111 1111 1111 1111"


@pytest.mark.parametrize(
    "text",
    [
        f"+1 415 555 2671 {_CARD} ",
        f"call +33 1 42 68 53 00 then {_CARD}",
        f"2671 {_CARD.replace(' ', '-')} is the card",
    ],
)
def test_a_card_at_any_group_alignment_is_redacted(text):
    out = OutputRedactor().invoke(text)
    assert "4111" not in out
    assert "[CREDIT_CARD]" in out


def test_digit_group_runs_without_a_card_pass():
    text = "Years 2021 2022 2023 2024 2025 2026 in the table."
    assert OutputRedactor().invoke(text) == text
