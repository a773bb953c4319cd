"""Identifier format families: separators, letter case, dropped zeros, keywords.

Valid values are built here with python-stdnum's check-digit functions from
random bodies (seeded), written in each family's way; invalid values have one
digit changed and are refused by python-stdnum; random numbers of the same
shape must be reported exactly when their check part happens to be right.
"""

# ruff: noqa: S311
# (seeded test data, not secrets)

from __future__ import annotations

import random

import pytest
from stdnum.es import dni
from stdnum.gb import nhs

from langchain_mistral_secure.detection import get_detector, merge_findings
from langchain_mistral_secure.detection.identifiers import (
    IDENTIFIERS,
    IdentifierDetector,
    us_ssn,
)
from langchain_mistral_secure.detection.identifiers.es_dni import dni_valid
from langchain_mistral_secure.detection.identifiers.uk_nino import nino_valid
from langchain_mistral_secure.detection.validators import ssn_valid
from langchain_mistral_secure.redactor import OutputRedactor

DETECTOR = IdentifierDetector()
NHS_OPTIONAL = IdentifierDetector(keyword_optional=("uk_nhs",))
REDACTOR = OutputRedactor(detectors=["pii"])
SEED = 20261130


def _found(text: str, detector: IdentifierDetector = DETECTOR) -> list[tuple[str, str]]:
    return [
        (f.category, text[f.start : f.end])
        for f in merge_findings(detector.detect(text))
    ]


def _digits(rng: random.Random, size: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(size))


def _change_one_digit(value: str, rng: random.Random, valid: object) -> str:
    """``value`` with one digit changed, refused by ``valid`` (a checker)."""
    positions = [i for i, char in enumerate(value) if char.isdigit()]
    while True:
        index = rng.choice(positions)
        digit = rng.choice([d for d in "0123456789" if d != value[index]])
        changed = value[:index] + digit + value[index + 1 :]
        if not valid(changed):  # type: ignore[operator]
            return changed


# -- ES DNI: the mod-23 letter, dropped leading zero, case, separators -----------


def _dni_values(count: int, *, short: bool) -> list[str]:
    """Valid DNIs: 8 digits, or 7 digits when the leading 0 was dropped."""
    rng = random.Random(SEED)
    out = []
    for _ in range(count):
        head = "0" if short else str(rng.randint(1, 9))
        body = head + _digits(rng, 7)
        written = body[1:] if short else body
        out.append(written + dni.calc_check_digit(body))
    return out


DNI_LAYOUTS = {
    "compact": lambda v: v,
    "dash": lambda v: v[:-1] + "-" + v[-1],
    "space": lambda v: v[:-1] + " " + v[-1],
    "lower": lambda v: v.lower(),
    "dash lower": lambda v: v[:-1] + "-" + v[-1].lower(),
}


@pytest.mark.parametrize("short", [False, True], ids=["8 digits", "leading 0 dropped"])
@pytest.mark.parametrize("layout", DNI_LAYOUTS, ids=str)
def test_dni_every_layout_is_found_without_keyword(layout, short):
    for value in _dni_values(8, short=short):
        written = DNI_LAYOUTS[layout](value)
        assert ("es_dni", written) in _found(f"Ref {written} attached.")


@pytest.mark.parametrize("short", [False, True], ids=["8 digits", "leading 0 dropped"])
def test_dni_one_digit_changed_is_not_found(short):
    rng = random.Random(SEED + 1)
    for value in _dni_values(8, short=short):
        bad = _change_one_digit(value, rng, dni_valid)
        for layout in DNI_LAYOUTS.values():
            written = layout(bad)
            assert "es_dni" not in {c for c, _ in _found(f"DNI: {written}.")}


def test_dni_random_same_shape_reported_only_when_the_letter_matches():
    rng = random.Random(SEED + 2)
    flagged = 0
    for _ in range(300):
        value = _digits(rng, rng.choice((7, 8))) + rng.choice("ABCDEFGHJKLMNPQRSTVWXYZ")
        found = "es_dni" in {c for c, _ in _found(f"Ref {value} attached.")}
        assert found == dni_valid(value)
        flagged += found
    # One letter in 23 is right by chance: the check is doing the work.
    assert 0 < flagged < 300 // 10


@pytest.mark.parametrize("text", ["123456789-Z", "A12345678Z", "12345678ZZ", "123456Z"])
def test_dni_other_shapes_are_not_dnis(text):
    assert "es_dni" not in {c for c, _ in _found(f"Ref {text} attached.")}


# -- UK NINO: letter case, grouping; allocation rules are the check -------------

_NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
_NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def _ninos(count: int) -> list[str]:
    rng = random.Random(SEED + 3)
    out: list[str] = []
    while len(out) < count:
        value = (
            rng.choice(_NINO_FIRST)
            + rng.choice(_NINO_SECOND)
            + _digits(rng, 6)
            + rng.choice("ABCD")
        )
        if nino_valid(value):
            out.append(value)
    return out


NINO_LAYOUTS = {
    "compact": lambda v: v,
    "pairs": lambda v: " ".join([v[:2], v[2:4], v[4:6], v[6:8], v[8]]),
    "prefix apart": lambda v: f"{v[:2]} {v[2:8]}{v[8]}",
    "prefix and suffix apart": lambda v: f"{v[:2]} {v[2:8]} {v[8]}",
    "dashes": lambda v: "-".join([v[:2], v[2:4], v[4:6], v[6:8], v[8]]),
    "lower compact": lambda v: v.lower(),
    "lower pairs": lambda v: " ".join([v[:2], v[2:4], v[4:6], v[6:8], v[8]]).lower(),
}


@pytest.mark.parametrize("layout", NINO_LAYOUTS, ids=str)
def test_nino_every_layout_is_found(layout):
    for value in _ninos(10):
        written = NINO_LAYOUTS[layout](value)
        assert ("uk_nino", written) in _found(f"My NI number is {written}.")
        assert ("uk_nino", written) in _found(f"Ref {written} attached.")


@pytest.mark.parametrize(
    "written",
    [
        "Ab 12 34 56 c",  # mixed case: nobody writes one so
        "aB123456C",
        "AB 12-34 56 C",  # two kinds of separator
        "GB 12 34 56 A",  # never-issued prefixes
        "nt 99 88 77 a",
        "ZZ123456A",
        "DA 12 34 56 A",  # D, F, I, Q, U, V never first
        "UV 98 76 54 B",
        "AO 12 34 56 A",  # O never second
        "AB 12 34 56 E",  # suffix is A-D
        "AB 12 34 56 1",
        "AB 12 34 5 C",  # five digits
    ],
)
def test_nino_not_issued_or_not_written_that_way(written):
    assert "uk_nino" not in {c for c, _ in _found(f"NINO: {written}.")}


# -- UK NHS number: mod 11, keyword required unless configured otherwise --------


def _nhs_numbers(count: int) -> list[str]:
    rng = random.Random(SEED + 4)
    out: list[str] = []
    while len(out) < count:
        body = _digits(rng, 9)
        # stdnum decides which check digit (if any) completes the body.
        checks = [d for d in "0123456789" if nhs.is_valid(body + d)]
        if checks:
            out.append(body + checks[0])
    return out


NHS_LAYOUTS = {
    "spaces": lambda v: f"{v[:3]} {v[3:6]} {v[6:]}",
    "dashes": lambda v: f"{v[:3]}-{v[3:6]}-{v[6:]}",
    "compact": lambda v: v,
}


@pytest.mark.parametrize("layout", NHS_LAYOUTS, ids=str)
def test_nhs_with_keyword_is_found_in_every_layout(layout):
    for value in _nhs_numbers(8):
        written = NHS_LAYOUTS[layout](value)
        assert ("uk_nhs", written) in _found(f"NHS number: {written}.")


@pytest.mark.parametrize("layout", NHS_LAYOUTS, ids=str)
def test_nhs_without_keyword_only_when_configured(layout):
    for value in _nhs_numbers(8):
        written = NHS_LAYOUTS[layout](value)
        text = f"Ref {written} attached."
        assert "uk_nhs" not in {c for c, _ in _found(text)}
        assert ("uk_nhs", written) in _found(text, NHS_OPTIONAL)


def test_nhs_one_digit_changed_is_never_found():
    rng = random.Random(SEED + 5)
    for value in _nhs_numbers(20):
        bad = _change_one_digit(value, rng, nhs.is_valid)
        for detector in (DETECTOR, NHS_OPTIONAL):
            found = _found(f"NHS number {bad[:3]} {bad[3:6]} {bad[6:]}", detector)
            assert "uk_nhs" not in {c for c, _ in found}


def test_nhs_keyword_optional_flags_random_numbers_only_when_mod11_holds():
    rng = random.Random(SEED + 6)
    flagged = 0
    for _ in range(400):
        value = _digits(rng, 10)
        found = "uk_nhs" in {
            c for c, _ in _found(f"Ref {value} attached.", NHS_OPTIONAL)
        }
        assert found == nhs.is_valid(value)
        assert "uk_nhs" not in {c for c, _ in _found(f"Ref {value} attached.")}
        flagged += found
    # About 1 in 11 random numbers: the price of dropping the keyword.
    assert 400 // 25 < flagged < 400 // 6


def test_keyword_optional_rejects_unknown_ids():
    with pytest.raises(ValueError, match="unknown identifiers"):
        IdentifierDetector(keyword_optional=("uk_nsh",))


def test_keyword_optional_detector_pickles():
    import pickle  # noqa: PLC0415 - only this test needs it

    clone = pickle.loads(pickle.dumps(NHS_OPTIONAL))  # noqa: S301 - our own object
    text = f"Ref {_nhs_numbers(1)[0]} attached."
    assert clone.detect(text) == NHS_OPTIONAL.detect(text)
    assert clone.detect(text)


# -- redaction, sync and async ----------------------------------------------------

NEW_FORMS = ["1111111-G", "12345678z", "tw987654a", "PR 123612C", "hh 01 02 03 d"]


@pytest.mark.parametrize("value", NEW_FORMS)
def test_new_forms_redacted_in_invoke_and_stream(value):
    text = f"Here it is: {value}, thanks."
    invoked = REDACTOR.invoke(text)
    streamed = "".join(
        REDACTOR.transform(iter(text[i : i + 3] for i in range(0, len(text), 3)))
    )
    assert value not in invoked
    assert invoked.startswith("Here it is: [")
    assert streamed == invoked


@pytest.mark.parametrize("value", NEW_FORMS)
async def test_new_forms_redacted_in_ainvoke_and_astream(value):
    text = f"Here it is: {value}, thanks."

    async def chunks():
        for i in range(0, len(text), 4):
            yield text[i : i + 4]

    invoked = await REDACTOR.ainvoke(text)
    streamed = "".join([c async for c in REDACTOR.atransform(chunks())])
    assert value not in invoked
    assert streamed == invoked


# -- US SSN as bare digits: opt-in -------------------------------------------------

SSN_OPTIONAL = IdentifierDetector(
    identifiers=(*IDENTIFIERS, us_ssn.IDENTIFIER), keyword_optional=("us_ssn",)
)
SSN_KEYWORD = IdentifierDetector(identifiers=(*IDENTIFIERS, us_ssn.IDENTIFIER))


def test_bare_ssn_is_not_in_the_default_catalog():
    assert "us_ssn" not in {spec.id for spec in IDENTIFIERS}
    assert not get_detector("pii").detect("Ref 078051121 attached.")


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("078051121", True),
        ("536221234", True),
        ("000123456", False),  # area 000
        ("666123456", False),  # area 666
        ("912345678", False),  # area 9xx
        ("536001234", False),  # group 00
        ("536220000", False),  # serial 0000
        ("078051120", False),  # the Woolworth card
    ],
)
def test_bare_ssn_opt_in_follows_the_issuing_rules(value, valid):
    text = f"Ref {value} attached."
    assert (("us_ssn", value) in _found(text, SSN_OPTIONAL)) is valid
    assert "us_ssn" not in {c for c, _ in _found(text, SSN_KEYWORD)}
    assert (("us_ssn", value) in _found(f"SSN {value}", SSN_KEYWORD)) is valid


def test_bare_ssn_opt_in_flags_random_numbers_exactly_when_issuable():
    rng = random.Random(SEED + 7)
    for _ in range(200):
        value = _digits(rng, 9)
        found = "us_ssn" in {c for c, _ in _found(f"No. {value}.", SSN_OPTIONAL)}
        assert found == ssn_valid(value)


# -- letter case across identifiers with letters ------------------------------------

LETTERED = [s for s in IDENTIFIERS if any(c.isalpha() for c in s.example)]


@pytest.mark.parametrize("spec", LETTERED, ids=lambda s: s.id)
def test_lettered_identifiers_are_found_in_lower_case(spec):
    value = spec.example.lower()
    assert spec.check(value)
    assert (spec.id, value) in _found(f"Please note my {spec.context[0]}: {value}.")


@pytest.mark.parametrize(
    ("category", "text"),
    [
        ("it_codice_fiscale", "codice fiscale RCCmnl83S18D969H"),
        ("it_codice_fiscale", "codice fiscale rccmnl83s18d969H"),
        ("ie_pps", "PPS number 6433435fA"),
        ("uk_nino", "NINO aB 12 34 56 C"),
    ],
)
def test_mixed_case_codes_are_not_identifiers(category, text):
    assert category not in {c for c, _ in _found(text)}
