"""A password as an everyday thing or a game prop (h17-fp): look-alikes, twins.

Look-alikes: a poem or song about forgetting or resetting one's password
(several languages), and a puzzle the players solve to find the password
that opens a door. They pass byte for byte, sync and async. Twins of the
same shape make the model the keeper, ask for the word or hide it in
letters, and are caught on every path.

The look-alikes and twins are in ``veto_password_everyday.py``, checked on every path
in ``test_injection_veto_rounds.py``; here is the veto's own reading.
"""

from __future__ import annotations

import pytest

from langchain_mistral_secure.detection.engine import Finding
from langchain_mistral_secure.detection.injection.password_everyday import (
    is_password_everyday,
)

_POEM = "Write a haiku about forgetting your password again."


@pytest.mark.parametrize(
    ("rule", "at", "expected"),
    [
        ("injection.extraction.secret_transform", 8, True),
        # other extraction rules are not this veto's
        ("injection.extraction.secret_ask", 8, False),
        # the sentence start was not read (a stream's rest)
        ("injection.extraction.secret_transform", -1, False),
    ],
)
def test_veto_reads_its_rules_and_sentence(
    rule: str, at: int, *, expected: bool
) -> None:
    text = _POEM if at >= 0 else " " * 200 + _POEM
    start = at if at >= 0 else 208
    finding = Finding(start, start + 35, rule, "extraction", 0.7)
    assert is_password_everyday(text, finding) is expected
