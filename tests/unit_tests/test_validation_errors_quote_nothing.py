"""Pydantic validation errors of every component name fields, never values."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from langchain_mistral_secure import (
    InputSanitizer,
    OutputRedactor,
    PIIMasker,
    SafePromptTemplate,
)

SECRET = "sk-live-5f2e9a7c0d1e"  # pragma: allowlist secret


@pytest.mark.parametrize(
    "build",
    [
        lambda: OutputRedactor(canaries=SECRET),
        lambda: OutputRedactor(max_hold=SECRET),
        lambda: PIIMasker(extra_detectors=SECRET),
        lambda: PIIMasker(ttl=SECRET),
        lambda: InputSanitizer(policy=SECRET),
        lambda: SafePromptTemplate(system=SECRET, untrusted=SECRET, mode=SECRET),
    ],
    ids=[
        "redactor-canaries",
        "redactor-hold",
        "masker-extra",
        "masker-ttl",
        "sanitizer-policy",
        "prompt",
    ],
)
def test_validation_errors_never_quote_values(build):
    with pytest.raises(ValidationError) as info:
        build()
    assert SECRET not in str(info.value)
    assert SECRET not in repr(info.value)
