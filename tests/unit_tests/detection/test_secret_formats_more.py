"""Secret format families: new provider formats, curl users, masks, short bodies.

Fake secrets are built at run time from a seeded generator (random bodies of
each format's alphabet and length), so no literal key sits in the tree; the
lines that assemble them are marked for scanners anyway.
"""

# ruff: noqa: E501, S311
# (the format tables keep one family per line; seeded test data)

from __future__ import annotations

import base64
import random
import string

import pytest

from langchain_mistral_secure.detection.secrets import SecretDetector
from langchain_mistral_secure.detection.secrets.values import (
    masked_or_counting,
    slack_value,
)
from langchain_mistral_secure.redactor import OutputRedactor

DETECTOR = SecretDetector()
REDACTOR = OutputRedactor(detectors=["secrets"])
RNG = random.Random(15)
B62 = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
MIXED_HEX = "0123456789abcdefABCDEF"


def _rand(alphabet: str, size: int) -> str:
    return "".join(RNG.choice(alphabet) for _ in range(size))


def _b64(size: int) -> str:
    return base64.b64encode(RNG.randbytes(size)).decode().rstrip("=")


def _found(text: str) -> set[str]:
    return {text[f.start : f.end] for f in DETECTOR.detect(text)}


def _ops_token() -> str:
    body = base64.b64encode(
        b'{"signInAddress":"acme.1password.com","userAuth":{"method":"SRPg-4096"},'
        + RNG.randbytes(400)
    ).decode()
    return "ops_" + body.rstrip("=")  # pragma: allowlist secret


# (family, value builder, template): every value must be reported, in place.
FORMATS = [
    ("cloudflare origin ca", lambda: f"v1.0-{_rand(HEX, 24)}-{_rand(HEX, 146)}", "ORIGIN_CA_KEY={v}"),  # pragma: allowlist secret
    ("clickhouse cloud", lambda: "4b1d" + _rand(B62, 38), "secret: {v}"),  # pragma: allowlist secret
    ("maxmind license", lambda: f"{_rand(B62, 6)}_{_rand(B62, 29)}_mmk", "license {v} here"),  # pragma: allowlist secret
    ("1password service account", _ops_token, "export OP_SERVICE_ACCOUNT_TOKEN={v}"),
    ("1password secret key", lambda: "A3-" + "-".join(_rand(string.ascii_uppercase + string.digits, n) for n in (6, 11, 5, 5, 5)), "{v}"),  # pragma: allowlist secret
    ("42 intra secret", lambda: f"s-s4t2{RNG.choice(['ud', 'af'])}-{_rand(HEX, 64)}", "FT_SECRET={v}"),  # pragma: allowlist secret
    ("clojars", lambda: "CLOJARS_" + _rand(string.ascii_lowercase + string.digits, 60), "deploy with {v}"),  # pragma: allowlist secret
    ("sourcegraph hex, any case", lambda: "sgp_" + _rand(MIXED_HEX, 40), "{v}"),  # pragma: allowlist secret
    ("sourcegraph instance", lambda: f"sgp_{_rand(MIXED_HEX, 16)}_{_rand(MIXED_HEX, 40)}", "{v}"),  # pragma: allowlist secret
    ("sourcegraph by name", lambda: _rand(MIXED_HEX, 40), "sourcegraph_token: {v}"),  # pragma: allowlist secret
    ("gitlab agent, long", lambda: "glagent-" + _rand(B62 + "_-", 64), "{v}"),  # pragma: allowlist secret
    ("bedrock long-term", lambda: "ABSKQmVkcm9ja0FQSUtleS" + _b64(96), "AWS_BEARER_TOKEN_BEDROCK={v}"),  # pragma: allowlist secret
    ("bedrock short-term", lambda: "bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t" + _b64(300), "{v}"),  # pragma: allowlist secret
    ("pypi full macaroon", lambda: "pypi-AgEIcHlwaS5vcmc" + _b64(140), "password = {v}"),  # pragma: allowlist secret
    ("curl key as user", lambda: _rand(B62, 12) + "!" + _rand(B62, 4), 'curl -u "{v}:" https://api.example.org'),  # pragma: allowlist secret
    ("curl key as user, bare", lambda: _rand(B62, 20), "curl -u {v}: https://api.example.org"),  # pragma: allowlist secret
    ("curl user and password quoted apart", lambda: _rand(B62, 14), 'curl --user "{{acd3c08b}}":"{{{v}}}" https://x.example'),  # pragma: allowlist secret
    ("curl single-quoted apart", lambda: _rand(B62, 14), "curl --user 'bot':'{v}' https://x.example"),  # pragma: allowlist secret
]  # fmt: skip


@pytest.mark.parametrize(
    ("family", "make", "template"), FORMATS, ids=[f[0] for f in FORMATS]
)
def test_format_family_is_reported(family, make, template):
    for _ in range(5):
        value = make()
        text = template.format(v=value)
        found = DETECTOR.detect(text)
        assert found, family
        # The value itself is covered (braces around it may stay outside).
        assert any(f.start <= text.index(value) < f.end for f in found)


# Look-alikes of each family that are not secrets.
NOT_SECRETS = [
    ("sourcegraph body with a non-hex letter", "sgp_local_" + _rand(HEX, 20) + "G" + _rand(HEX, 19)),
    ("clickhouse head inside a longer word", "key = adf4b1d" + _rand(B62, 38)),
    ("clickhouse head, filler", "key = 4b1d" + "X" * 38),
    ("1password token cut short", "OP_SERVICE_ACCOUNT_TOKEN=ops_eyJzaWduSW5BZGRyZXNzIjoiaHR0cHM6..."),
    ("1password secret key template", "A3-XXXXXX-XXXXXXXXXXX-XXXXX-XXXXX-XXXXX"),
    ("bedrock key head only", "ABSKQmVkcm9ja0FQSUtleS1EXAMPLE"),
    ("bedrock prefix altered", "bedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29x"),
    ("pypi token cut off", "pypi-AgEIcHlwaS5vcmc" + _b64(50)),
    ("openai marker altered", "sk-proj-" + _rand(B62, 20) + "T4BlbkFJ" + _rand(B62, 20)),
    ("slack token masked", '"token": "xoxp-5723705293-5738073011-5723316911-' + "#" * 20 + '"'),  # pragma: allowlist secret
    ("slack token ending in a number", "xoxb-572370529330-573807301142-572331691188"),
    ("counting filler assigned", '"token1": "xoxp-1234567890"'),
    ("counting filler in a provider shape", "DATABRICKS_TOKEN=dapi123456789012345678a9bc01234defg5"),
    ("masked api key", "api_key = sk_live_****************"),
    ("pem block with a word body", "-----BEGIN PRIVATE KEY-----\nanything\n-----END PRIVATE KEY-----"),
    ("pem block with a sentence", "-----BEGIN RSA PRIVATE KEY-----\nyour key goes here\n-----END RSA PRIVATE KEY-----"),
    ("curl user, no password", 'curl -u "myusername" http://localhost:15130/api'),
    ("curl user name with empty password", "curl -u deploy: https://x.example"),
    ("curl e-mail as user", "curl --user src@gmail.com: --upload-file out.txt"),
    ("curl empty user and password", 'curl -u ":" https://localhost:9200'),
    ("curl braced template words", 'curl --user "{username}":"{password}" https://x.example'),
    ("curl variables quoted apart", 'curl -u "${username}":"${password}"'),
]  # fmt: skip


@pytest.mark.parametrize(
    ("family", "text"), NOT_SECRETS, ids=[n[0] for n in NOT_SECRETS]
)
def test_look_alike_is_not_reported(family, text):
    assert not DETECTOR.detect(text), family


def test_pem_block_with_a_real_body_is_still_one_finding():
    body = "\n".join(_b64(48) for _ in range(3))
    text = f"-----BEGIN PRIVATE KEY-----\n{body}\n-----END PRIVATE KEY-----"
    (finding,) = DETECTOR.detect(text)
    assert (finding.start, finding.end) == (0, len(text))


def test_pem_block_with_a_short_letters_only_line_is_a_key():
    # A short base64 line can hold only letters; a sentence has several words.
    body = _rand(string.ascii_letters, 16)
    text = f"-----BEGIN RSA PRIVATE KEY-----\n{body}\n-----END RSA PRIVATE KEY-----"
    assert [f.category for f in DETECTOR.detect(text)] == ["private_key"]


def test_unterminated_pem_block_still_fails_closed():
    text = "key:\n-----BEGIN PRIVATE KEY-----\nshort"
    assert [f.category for f in DETECTOR.detect(text)] == ["private_key"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("abc####", True),
        ("****", True),
        ("tok\u2022\u2022\u2022", True),
        ("xoxp-XXXXXXXXXX", True),
        ("id 12345678", True),
        ("98765432", True),
        ("q8Zr2LmW9vXk4TbN7pQs", False),
        ("Xx1x", False),
        ("2024-11-30", False),
    ],
)
def test_masked_or_counting(value, expected):
    assert masked_or_counting(value) is expected


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("xoxp-41684372915-1320496754-45609968301-" + _rand(HEX, 32), True),
        ("xoxb-" + _rand(string.digits, 12) + "-" + _rand(B62, 24), True),
        ("xoxp-572370529330-573807301142-572331691188", False),
        ("xoxp-5723705293-5738073011-5723316911-####", False),
    ],
)
def test_slack_value(token, expected):
    assert slack_value(token) is expected


def test_new_formats_redacted_in_invoke_and_stream():
    value = "CLOJARS_" + _rand(
        string.ascii_lowercase + string.digits, 60
    )  # pragma: allowlist secret
    text = f"Deploy token: {value} (rotate it)."
    invoked = REDACTOR.invoke(text)
    streamed = "".join(
        REDACTOR.transform(iter(text[i : i + 4] for i in range(0, len(text), 4)))
    )
    assert value not in invoked
    assert invoked.endswith(" (rotate it).")
    assert streamed == invoked


async def test_new_formats_redacted_in_ainvoke_and_astream():
    value = f"v1.0-{_rand(HEX, 24)}-{_rand(HEX, 146)}"  # pragma: allowlist secret
    text = f"Origin CA key {value} for the edge."

    async def chunks():
        for i in range(0, len(text), 5):
            yield text[i : i + 5]

    invoked = await REDACTOR.ainvoke(text)
    streamed = "".join([c async for c in REDACTOR.atransform(chunks())])
    assert value not in invoked
    assert streamed == invoked
