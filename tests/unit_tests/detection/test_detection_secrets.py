"""Secret detector: provider formats, PEM blocks, assignments and placeholders.

Every fake secret below is random-looking on purpose and marked for scanners.
"""

from __future__ import annotations

import base64
import json

import pytest

from langchain_mistral_secure.detection import get_detector, merge_findings
from langchain_mistral_secure.detection.secrets import (
    SECRET_CATEGORIES,
    SECRET_RULES,
    SecretDetector,
)

R32 = "Zq7Lx2Vb9Nm4Kt8Rw3Yp6Hs1Jd5Fg0Ce"  # pragma: allowlist secret
R40 = R32 + "Ua8Ob3Ti"  # pragma: allowlist secret


def _b64(value: dict[str, object]) -> str:
    raw = json.dumps(value).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


JWT = (
    _b64({"alg": "HS256", "typ": "JWT"})
    + "."
    + _b64({"sub": "1234", "name": "Jo"})
    + ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"  # pragma: allowlist secret
)
PEM = (
    "-----BEGIN RSA PRIVATE KEY-----\n"  # pragma: allowlist secret
    "MIIEpQIBAAKCAQEAn6/O8li+SX4m98LLYt/PKSzE\n"  # pragma: allowlist secret
    "yxR5MsXFu9PRsrYQA7/4UTPHiC4y2sAVCBg4C2y=\n"  # pragma: allowlist secret
    "-----END RSA PRIVATE KEY-----"
)
PUBLIC_PEM = (
    "-----BEGIN PUBLIC KEY-----\n"
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAn6/O8li+SX4m98LLYt/P\n"
    "-----END PUBLIC KEY-----"
)
HEAD = "-----BEGIN PRIVATE KEY-----"  # pragma: allowlist secret
TAIL = "-----END PRIVATE KEY-----"
B64 = "MIIEvQIBADANBgkqhkiG9w0BAQEF"  # pragma: allowlist secret


def _found(text: str, detector: SecretDetector | None = None) -> list[tuple[str, str]]:
    active = detector or get_detector("secrets")
    return [
        (f.category, text[f.start : f.end]) for f in merge_findings(active.detect(text))
    ]


# Fake secrets, one per line so each line carries its scanner pragma.
AWS = "AKIAQ3ZR7LMX2VBN5KTD"  # pragma: allowlist secret
GCP = "AIza" + R32 + "Ab3"  # pragma: allowlist secret
GHP = "ghp_" + R32 + "Qw12"  # pragma: allowlist secret
GHO = "gho_" + R32 + "Qw12"  # pragma: allowlist secret
GH_PAT = "github_pat_" + R40 + "_" + R40 + "a"  # pragma: allowlist secret
SLACK = "xoxb-123456789012-1234567890123-" + R32  # pragma: allowlist secret
HOOK_BASE = "https://hooks.slack.com/services/"
HOOK = HOOK_BASE + "T0DCUJB1Q/B0DD08H5G/" + R32  # pragma: allowlist secret
OPENAI_PROJ = "sk-proj-" + R40 + "T3BlbkFJ" + R32  # pragma: allowlist secret
OPENAI = "sk-" + R40  # pragma: allowlist secret
ANTHROPIC = "sk-ant-api03-" + R40 + R32  # pragma: allowlist secret
STRIPE_SK = "sk_live_" + R32[:24]  # pragma: allowlist secret
STRIPE_RK = "rk_live_" + R32[:24]  # pragma: allowlist secret
GITLAB = "glpat-" + R32[:20]  # pragma: allowlist secret
NPM = "npm_" + R32 + "Ab12"  # pragma: allowlist secret
PW_URL = "S3cr3tPa55w0rd"  # pragma: allowlist secret
PW_CLI = "pRf7vG2h1L8nQkW9"  # pragma: allowlist secret
BEARER = "q8Zr2LmW9vXk4TbN7pQs"  # pragma: allowlist secret
PW_1 = "q8Zr2LmW9vXk4TbN"  # pragma: allowlist secret
PW_2 = "Zt7Qp2Lx9Rk4Vm8N"  # pragma: allowlist secret
PW_SYMBOLS = "m{{h}o)p${e]nob(ody"  # pragma: allowlist secret
PW_CALL = "Xq9-Lm2_Rt7Kp4Zs"  # pragma: allowlist secret
HEX_KEY = "9a038989604e8da62ecddbe2094b16ce1b778be1"  # pragma: allowlist secret
VAULT_LEGACY = "s.ZC9Ecf4M5g9o34Q6RkzGsj0z"  # pragma: allowlist secret
UUID_TOKEN = "743b294a-cd03-11ec-9d64-0242ac120002"  # pragma: allowlist secret


@pytest.mark.parametrize(
    ("before", "secret", "after", "category"),
    [
        ('MISTRAL_API_KEY="', R32, '"', "mistral_api_key"),
        ("key: ", R32, " end", "mistral_api_key"),
        ("id ", AWS, " here", "aws_access_key"),
        ("", GCP, "", "gcp_api_key"),
        ("token ", GHP, ".", "github_token"),
        ("", GHO, "", "github_token"),
        ("", GH_PAT, "", "github_token"),
        ("", SLACK, "", "slack_token"),
        ("", HOOK, "", "slack_token"),
        ("", OPENAI_PROJ, "", "openai_key"),
        ("", OPENAI, "", "openai_key"),
        ("", ANTHROPIC, "", "anthropic_key"),
        ("", STRIPE_SK, "", "stripe_key"),
        ("", STRIPE_RK, "", "stripe_key"),
        ("", GITLAB, "", "api_key"),
        ("", NPM, "", "api_key"),
        ("Bearer token: ", JWT, "", "jwt"),
        ("here:\n", PEM, "\nthanks", "private_key"),
        ("postgres://admin:", PW_URL, "@db.internal:5432/app", "url_credentials"),
        ("curl -u kevin:", PW_CLI, " https://x.io", "password"),
        ('-H "Authorization: Bearer ', BEARER, '"', "auth_header"),
        ('password = "', PW_1, '"', "password"),
        ("db_pass: ", PW_2, "", "password"),
        ('if (secret == "', PW_SYMBOLS, '")', "secret_assignment"),
        ('clientSecret("', PW_CALL, '")', "secret_assignment"),
        # A hex digest or UUID is a secret when its name says so.
        ('api_key = "', HEX_KEY, '"', "secret_assignment"),
        ("_authToken=", UUID_TOKEN, "", "secret_assignment"),
        ("token: ", VAULT_LEGACY, "", "secret_assignment"),
    ],
)
def test_secret_positives(before: str, secret: str, after: str, category: str) -> None:
    assert (category, secret) in _found(before + secret + after)


@pytest.mark.parametrize(
    "text",
    [
        'password = "changeme"',
        'api_key = "<your-api-key>"',
        "token = ${API_TOKEN}",
        'secret = os.environ["MISTRAL_API_KEY"]',
        "MISTRAL_API_KEY = os.getenv('MISTRAL_API_KEY')",
        "aws_access_key_id = AKIAXXXXXXXXXXXXXXXX",
        "aws_access_key_id = AKIAIOSFODNN7EXAMPLE",
        'token = "xxxxxxxxxxxxxxxxxxxx"',
        "password: ********",
        "api_key = ''",
        'some_key = "real_secret"',  # words, not random
        "commit 9a038989604e8da62ecddbe2094b16ce1b778be1",  # git SHA alone
        "request e8e4df51-2054-49b0-ab1c-516ac95c691d failed",  # UUID alone
        "sha256 e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        'kms_key_id: "555ea4a3-d53a-4412-9c66-3a7cb667b0d6"',  # an id, by name
        "token_url = https://example.com/oauth2/token?x=1",
        'public_key = "9Cnzj4p4WGeKLs1Pt8QuKUpRKfFLfRYC9AIKjbJTWit"',
        "pk_live_j5krY8XTgIcDaHDb3YrsAfCl",  # publishable: public by design
        "ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        "https://username:password@example.com",
        "curl -u 'test:test' https://x.io",
        "curl -u <user:password> https://x.io",
        "http://localhost:5000/path?q=1",
        "scikit-learn uses sk-learn style names",
        "-----BEGIN OPENSSH PRIVATE KEY----------END OPENSSH PRIVATE KEY-----",
        PUBLIC_PEM,
        "eyJBB.eyJCC.eyJDDDD",
        'notes = "Maven - io.jsonwebtoken:jjwt-jackson-0.11.2"',
        "The quick brown fox jumps over the lazy dog.",
        'raise SecretNotFoundError("projects/p/secrets/s/versions/1")',
        "token = tracing_v2_callback_var.set(value)",  # code, not a value
        "secret_ref = config.secrets.primary_key",
        "Mount it (Docker: `secrets:`; Kubernetes: a Secret volume)",
        "Run `curl -u user:password https://host` to test.",
        "SecretDetector(pem_window=64)",  # a keyword argument of a call
    ],
)
def test_secret_negatives(text: str) -> None:
    assert _found(text) == []


@pytest.mark.parametrize(
    ("text", "expected_span"),
    [
        # No END line: everything to the end of the text (capped at the window).
        (f"x\n{HEAD}\n{B64}\nnot base64 here", f"{HEAD}\n{B64}\nnot base64 here"),
        # JSON-escaped newlines, as in service-account files.
        (
            f'"private_key": "{HEAD}\\n{B64}\\n{TAIL}\\n"',  # pragma: allowlist secret
            f"{HEAD}\\n{B64}\\n{TAIL}",
        ),
    ],
)
def test_pem_block_spans(text: str, expected_span: str) -> None:
    findings = get_detector("secrets").detect(text)
    spans = [
        text[f.start : f.end] for f in findings if f.rule_id == "secrets.private_key"
    ]
    assert spans == [expected_span]


def test_pem_window_bounds_the_block() -> None:
    detector = SecretDetector(pem_window=64)  # pragma: allowlist secret
    line = "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0"  # pragma: allowlist secret
    body = "\n".join([line] * 10)
    text = f"{HEAD}\n{body}\n{TAIL}"
    findings = detector.detect(text)
    assert findings
    assert all(f.length <= detector.max_match_len for f in findings)
    pem = [f for f in findings if f.category == "private_key"]
    assert pem
    assert all(f.length <= 64 + len(HEAD) + len(TAIL) + 2 for f in pem)


def test_registry_and_constants() -> None:
    detector = get_detector("secrets")
    assert isinstance(detector, SecretDetector)
    categories = {rule.category for rule in SECRET_RULES} | {"private_key"}
    assert categories == set(SECRET_CATEGORIES)
    # Tokens and URL passwords may be longer than a line of prose.
    long_rules = {
        "secrets.jwt",
        "secrets.url_credentials",
        "secrets.onepassword_service_account_token",  # base64 JSON, ~1 KB
        "secrets.aws_bedrock_api_key",
        "secrets.aws_bedrock_short_term_key",  # a presigned URL
    }
    assert all(rule.max_len <= 256 or rule.id in long_rules for rule in SECRET_RULES)
    assert detector.max_match_len >= max(rule.max_len for rule in SECRET_RULES)


def test_repr_has_no_text() -> None:
    assert "Zq7" not in repr(SecretDetector())


@pytest.mark.parametrize(
    "text",
    [
        "-----BEGIN PRIVATE KEY-----\n" * 500,  # pragma: allowlist secret
        "password=" * 500,
        "eyJhbGciOi." * 500,
        "sk-" * 2000,
        "xoxb-1234-" * 500,
    ],
)
def test_adversarial_inputs_do_not_crash(text: str) -> None:
    findings = get_detector("secrets").detect(text)
    assert all(0 <= f.start < f.end <= len(text) for f in findings)
