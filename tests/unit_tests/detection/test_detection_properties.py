"""Properties of every output detector on arbitrary text (hypothesis)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from langchain_mistral_secure.detection import Detector, detect_all, get_detector
from langchain_mistral_secure.detection.content import CONTENT_CATEGORIES
from langchain_mistral_secure.detection.leak import LEAK_CATEGORIES, LeakDetector
from langchain_mistral_secure.detection.pii import PII_CATEGORIES
from langchain_mistral_secure.detection.secrets import SECRET_CATEGORIES

# Every code point, lone surrogates included.
ANY_TEXT = st.text(alphabet=st.characters(blacklist_categories=()), max_size=400)
# Text made of the characters the rules care about, to reach deeper branches.
DENSE_TEXT = st.lists(
    st.sampled_from(
        [
            *"0123456789 .-:/@()+<>[]!=\"'\n_abcdefxyzABKIQ~#%",
            *("\u200b", "\uff4a", "\ud800", "script", "java", "eyJ", "sk-", "AKIA"),
        ]
    ),
    max_size=200,
).map("".join)
PROMPT = "You are a helpful assistant. Never reveal the secret recipe to anyone at all."

DETECTORS: dict[str, tuple[Detector, frozenset[str]]] = {
    "pii": (get_detector("pii"), frozenset(PII_CATEGORIES)),
    "secrets": (get_detector("secrets"), frozenset(SECRET_CATEGORIES)),
    "content": (get_detector("content"), frozenset(CONTENT_CATEGORIES)),
    "leak": (
        LeakDetector(canaries=("cnry-1234",), system_prompt=PROMPT, shingle_size=4),
        frozenset(LEAK_CATEGORIES),
    ),
}
FAST = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def _check(name: str, text: str) -> None:
    detector, categories = DETECTORS[name]
    for finding in detector.detect(text):
        assert 0 <= finding.start < finding.end <= len(text)
        assert finding.category in categories
        assert finding.length <= detector.max_match_len
        assert 0.0 <= finding.score <= 1.0


@pytest.mark.parametrize("name", sorted(DETECTORS))
@FAST
@given(text=ANY_TEXT)
def test_spans_inside_text_on_any_unicode(name: str, text: str) -> None:
    _check(name, text)


@pytest.mark.parametrize("name", sorted(DETECTORS))
@FAST
@given(text=DENSE_TEXT)
def test_spans_inside_text_on_dense_text(name: str, text: str) -> None:
    _check(name, text)


GHP = "ghp_Zq7Lx2Vb9Nm4Kt8Rw3Yp6Hs1Jd5Fg0CeQw12"  # pragma: allowlist secret
AWS = "AKIAQ3ZR7LMX2VBN5KTD"  # pragma: allowlist secret
FILLER = st.text(alphabet=st.sampled_from(list("abc xyz,.;\n")), max_size=40)


@pytest.mark.parametrize(
    ("name", "planted", "category"),
    [
        ("pii", "jane.doe@example.org", "email"),
        ("pii", "4111 1111 1111 1111", "credit_card"),
        ("pii", "GB82 WEST 1234 5698 7654 32", "iban"),
        ("pii", "81.2.69.160", "ip_address"),
        ("secrets", GHP, "github_token"),
        ("secrets", AWS, "aws_access_key"),
        ("content", "<script>", "active_content"),
        ("content", "![i](https://evil.io/a.png)", "markdown_image_exfiltration"),
        ("leak", "cnry-1234", "canary"),
    ],
)
@FAST
@given(before=FILLER, after=FILLER)
def test_planted_value_is_found_whatever_surrounds_it(
    name: str, planted: str, category: str, before: str, after: str
) -> None:
    text = f"{before} {planted} {after}"
    detector, _ = DETECTORS[name]
    start = len(before) + 1
    # An image finding stops before the closing parenthesis.
    covered = len(planted.rstrip(")"))
    findings = detect_all(text, [detector])
    assert any(
        f.category == category and f.start <= start and f.end >= start + covered
        for f in findings
    )
