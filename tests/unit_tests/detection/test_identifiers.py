"""EU and UK national identifiers: checksum, context and redaction, table-driven.

Example values are the documented test numbers of python-stdnum or made up with
valid check digits; "invalid" ones have one character changed.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from langchain_mistral_secure.detection import get_detector, merge_findings
from langchain_mistral_secure.detection.identifiers import (
    IDENTIFIER_CATEGORIES,
    IDENTIFIERS,
    IdentifierDetector,
)
from langchain_mistral_secure.detection.identifiers.base import compact
from langchain_mistral_secure.redactor import OutputRedactor, placeholder_name

DETECTOR = IdentifierDetector()
REDACTOR = OutputRedactor(detectors=["pii"])
SPECS = {spec.id: spec for spec in IDENTIFIERS}


def _found(text: str) -> list[tuple[str, str]]:
    return [
        (f.category, text[f.start : f.end])
        for f in merge_findings(DETECTOR.detect(text))
    ]


def _one_changed(value: str) -> str:
    """Change the last digit before the check character(s) (still the shape)."""
    index = max(i for i, char in enumerate(value[:-2]) if char.isdigit())
    digit = "1" if value[index] != "1" else "2"
    return value[:index] + digit + value[index + 1 :]


@pytest.mark.parametrize("spec", IDENTIFIERS, ids=lambda s: s.id)
def test_examples_are_valid_and_found_with_their_keyword(spec):
    assert spec.check(spec.example)
    text = f"Please note my {spec.context[0]}: {spec.example}."
    assert (spec.id, spec.example) in _found(text)


@pytest.mark.parametrize("spec", IDENTIFIERS, ids=lambda s: s.id)
def test_one_changed_character_is_not_reported(spec):
    bad = _one_changed(spec.example)
    if spec.check(bad):
        pytest.skip("this change happens to keep the check valid")
    text = f"Please note my {spec.context[0]}: {bad}."
    assert spec.id not in {category for category, _ in _found(text)}


@pytest.mark.parametrize(
    "spec",
    [s for s in IDENTIFIERS if s.context_rule != "never"],
    ids=lambda s: s.id,
)
def test_short_numeric_identifiers_need_a_keyword(spec):
    value = compact(spec.example) if spec.context_rule == "compact" else spec.example
    assert spec.id not in {c for c, _ in _found(f"The total is {value} today.")}
    assert (spec.id, value) in _found(f"{spec.context[-1]} {value}")


@pytest.mark.parametrize(
    "spec", [s for s in IDENTIFIERS if s.context_rule == "never"], ids=lambda s: s.id
)
def test_distinctive_identifiers_need_no_keyword(spec):
    assert (spec.id, spec.example) in _found(f"Ref {spec.example} attached.")


@pytest.mark.parametrize("spec", IDENTIFIERS, ids=lambda s: s.id)
def test_redacted_in_invoke_and_stream(spec):
    text = f"Mon {spec.context[0]} est {spec.example}, merci."
    expected = f"[{placeholder_name(spec.id)}]"
    invoked = REDACTOR.invoke(text)
    streamed = "".join(
        REDACTOR.transform(iter(text[i : i + 3] for i in range(0, len(text), 3)))
    )
    assert spec.example not in invoked
    assert expected in invoked
    assert streamed == invoked


@pytest.mark.parametrize("spec", IDENTIFIERS, ids=lambda s: s.id)
async def test_redacted_in_ainvoke_and_astream(spec):
    text = f"{spec.context[0]}: {spec.example}"

    async def agen():
        for i in range(0, len(text), 4):
            yield text[i : i + 4]

    invoked = await REDACTOR.ainvoke(text)
    streamed = "".join([c async for c in REDACTOR.atransform(agen())])
    assert spec.example not in invoked
    assert streamed == invoked


def test_fullwidth_identifier_is_found():
    # Fullwidth digits fold to ASCII before the checksum.
    text = "BSN：１１１２２２３３３"
    assert get_detector("pii").detect(text)


def test_registry_and_categories():
    assert set(IDENTIFIER_CATEGORIES) == set(SPECS)
    assert isinstance(get_detector("identifiers"), IdentifierDetector)
    assert "identifiers=" in repr(DETECTOR)
    assert all(spec.rule().max_len <= 256 for spec in IDENTIFIERS)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.text(alphabet="0123456789 .-/ABCXYZ", max_size=200))
def test_every_finding_passes_its_checksum(text):
    for finding in DETECTOR.detect(text):
        assert SPECS[finding.category].check(text[finding.start : finding.end])


@pytest.mark.parametrize("name", ["pii", "secrets", "identifiers"])
def test_detectors_pickle_to_the_same_findings(name):
    import pickle  # noqa: PLC0415 - only this test needs it

    detector = get_detector(name)
    text = "+33 6 12 34 56 78, PWD=hunter42, BSN 111222333"  # pragma: allowlist secret
    clone = pickle.loads(pickle.dumps(detector))  # noqa: S301 - our own object
    assert sorted(clone.detect(text)) == sorted(detector.detect(text))
    assert [f.rule_id for f in sorted(clone.detect(text))] == [
        f.rule_id for f in sorted(detector.detect(text))
    ]
