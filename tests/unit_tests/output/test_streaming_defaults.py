"""The default redactor streams early, and still holds long secrets back whole."""

from __future__ import annotations

import base64
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from langchain_core.load import dumps

from langchain_mistral_secure.redactor import DEFAULT_MAX_HOLD, OutputRedactor


def _b64url(data: dict[str, object]) -> str:
    raw = json.dumps(data).encode()
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


# A long JWT (its payload alone is longer than the hold-back) and a PEM block.
LONG_JWT = (
    _b64url({"alg": "HS256", "typ": "JWT"})
    + "."
    + _b64url({"sub": "user-42", "scope": ["read:" + "x" * 30] * 40})
    + ".c2lnbmF0dXJlLXBsYWNlaG9sZGVyLXZhbHVl"
)
PEM = (
    "-----BEGIN RSA PRIVATE KEY-----\n"  # pragma: allowlist secret
    + "\n".join(["MIIEowIBAAKCAQEA" + "q" * 48] * 25)
    + "\n-----END RSA PRIVATE KEY-----"
)
PROSE = "The quick brown fox jumps over the lazy dog. " * 40


@pytest.mark.parametrize(
    ("secret", "probe"),
    [(LONG_JWT, LONG_JWT[:40]), (PEM, "MIIEowIBAAKCAQEA")],
    ids=["jwt", "pem"],
)
@settings(max_examples=25, deadline=None)
@given(size=st.integers(min_value=1, max_value=97))
def test_long_secrets_are_held_whole(secret: str, probe: str, size: int) -> None:
    assert len(secret) > DEFAULT_MAX_HOLD
    text = PROSE + " token: " + secret + " end. " + PROSE
    redactor = OutputRedactor()
    chunks = [text[i : i + size] for i in range(0, len(text), size)]
    emitted = list(redactor.transform(iter(chunks)))
    assert "".join(emitted) == redactor.invoke(text)
    assert all(probe not in piece for piece in emitted)
    assert probe not in "".join(emitted)


def test_first_output_arrives_long_before_the_end() -> None:
    text = PROSE * 10  # about 18 KB of benign text
    redactor = OutputRedactor()
    consumed = 0

    def source() -> object:
        nonlocal consumed
        for i in range(0, len(text), 16):
            consumed = i + 16
            yield text[i : i + 16]

    stream = redactor.transform(source())
    first = next(stream)
    # Output starts once the hold-back (plus one step) is filled, not at the end.
    seen = consumed
    assert first
    assert seen <= 2 * DEFAULT_MAX_HOLD + 16
    assert first + "".join(stream) == text


def test_canaries_and_system_prompt_stay_out_of_dumps_and_reprs() -> None:
    redactor = OutputRedactor(canaries=["c-7f3a91"], system_prompt="TOP SECRET RULES")
    for rendered in (
        repr(redactor),
        str(redactor.model_dump()),
        redactor.model_dump_json(),
        dumps(redactor),
    ):
        assert "c-7f3a91" not in rendered
        assert "TOP SECRET" not in rendered
    assert redactor.invoke("leak c-7f3a91") == "leak [CANARY]"
