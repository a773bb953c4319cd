"""Secret detectors: API keys, tokens, private keys, URL credentials, assignments.

Provider formats (Mistral, AWS, GCP, GitHub, Slack, OpenAI/Anthropic ``sk-``,
Stripe, JWT, PEM private keys) are matched by RE2 on the raw text; generic
``key/token/secret/password = value`` assignments only count when the value looks
random (entropy, letters and digits) and is not a placeholder (``xxxx``,
``<your-key>``, ``changeme``, ``${VAR}``, ``os.environ[...]``). Git SHAs, UUIDs
and hex digests are only reported next to a key-like name.

The shared instance is registered as ``"secrets"``::

    from langchain_mistral_secure.detection import get_detector
    findings = get_detector("secrets").detect(source_text)
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from itertools import pairwise

import re2

from langchain_mistral_secure.detection.engine import (
    Finding,
    Rule,
    RuleDetector,
    Validator,
    register_detector,
)
from langchain_mistral_secure.detection.normalize import DetectionView, matchable
from langchain_mistral_secure.detection.validators import (
    has_filler_run,
    is_placeholder,
    is_uuid_or_hash,
    jwt_valid,
    looks_random,
    shannon_entropy,
)

__all__ = [
    "DEFAULT_PEM_WINDOW",
    "SECRET_CATEGORIES",
    "SECRET_RULES",
    "SecretDetector",
]

SECRET_CATEGORIES: tuple[str, ...] = (
    "mistral_api_key",
    "aws_access_key",
    "gcp_api_key",
    "github_token",
    "slack_token",
    "openai_key",
    "anthropic_key",
    "stripe_key",
    "api_key",
    "jwt",
    "private_key",
    "url_credentials",
    "password",
    "auth_header",
    "secret_assignment",
)
"""Categories the secret detector reports (placeholders such as ``[JWT]``)."""

DEFAULT_PEM_WINDOW = 8192
"""How far after a ``BEGIN ... PRIVATE KEY`` line the ``END`` line is looked for."""

# Names that make a value a credential when assigned.
_KEY_NAMES = (
    r"(?:api[_.\-]?key|apikey|api[_.\-]?secret|secret|token|passw(?:or)?d|passwd|"
    r"pwd|pass|private[_.\-]?key|client[_.\-]?secret|access[_.\-]?key|auth[_.\-]?key|"
    r"credentials?|secret[_.\-]?key|signing[_.\-]?key|encryption[_.\-]?key)"
)
# name, optional closing quote, the operator (=, :, ==, !=, :=, =>, "(" for calls).
_ASSIGN_NAME = (
    r"[A-Za-z0-9_.\-]{0,40}" + _KEY_NAMES + r"[A-Za-z0-9_.\-]{0,24}[\"'\x60\]]?"
)
# Quoted values may also be passed to a call (``secret("...")``); bare values
# after "(" are keyword arguments of a call, not secrets.
_ASSIGN = _ASSIGN_NAME + r"[ \t]{0,4}(?:=>|:=|==|!=|=|:|\(|\.assign\()[ \t]{0,4}"
_ASSIGN_BARE = _ASSIGN_NAME + r"[ \t]{0,4}(?:=>|:=|==|!=|=|:)[ \t]{0,4}"
# Name suffixes that make the value an identifier or a setting, not a secret.
_BENIGN_NAME_SUFFIX = re2.compile(
    r"(?i)(?:id|ids|name|names|url|uri|file|path|dir|length|len|size|type|format|"
    r"field|header|prefix|version|count|endpoint|policy|mode|ref|hint|label|"
    r"expiry|expires|timeout|ttl|algorithm|alg|error|exception|warning|class)$"
)
# An attribute path of plain identifiers (``config.secrets.primary``), not a
# token such as ``s.ZC9Ecf4M5g9o34Q6`` (Vault).
_IDENT = r"(?:[a-z_][a-z0-9_]*|(?:[A-Z][a-z0-9]+)+)"
_DOTTED_NAME = re2.compile(r"^" + _IDENT + r"(?:\." + _IDENT + r")+$")
_NAME_WORD = re2.compile(r"[A-Z]?[a-z]+|[A-Z]+(?:[a-z]+)?|[0-9]+")
_KEY_WORDS = frozenset(
    {"secret", "secrets", "token", "tokens", "password", "passwords", "passwd",
     "pwd", "pass", "apikey", "apisecret", "credential", "credentials", "authtoken",
     "secretkey", "privatekey", "accesskey", "clientsecret", "passphrase"}
)  # fmt: skip
_KEY_PAIRS = frozenset(
    {("api", "key"), ("api", "secret"), ("private", "key"), ("access", "key"),
     ("auth", "key"), ("secret", "key"), ("client", "secret"), ("signing", "key"),
     ("encryption", "key"), ("auth", "token"), ("access", "token")}
)  # fmt: skip
# Public keys, and anti-forgery tokens that every HTML form carries.
_NOT_SECRET_WORDS = frozenset({"public", "publishable", "pub", "csrf", "xsrf"})
_NAME_BEFORE_VALUE = re2.compile(
    r"([A-Za-z0-9_.\-]+)[\"'\x60\]]?[ \t]{0,4}(?:=>|:=|==|!=|=|:|\(|\.assign\()"
    r"[ \t]{0,4}[\"'\x60]?$"
)
# Between a key name and its value: closing quote, operator, opening quote.
_SEP = r"[\"'\x60\]]?[ \t]{0,4}(?:=>|:=|=|:)[ \t]{0,4}[\"'\x60]?"
# Mistral API keys: 32 letters and digits.
_MISTRAL_CONTEXT = (
    r"mistral[A-Za-z0-9_.\-]{0,24}[\"'\x60]?[ \t]{0,4}(?:=>|:=|=|:|\()[ \t]{0,4}"
    r"[\"'\x60]?([A-Za-z0-9]{32})\b"
)
_PEM_BEGIN = re2.compile(r"-----BEGIN[A-Z0-9 ]{0,24}PRIVATE KEY(?: BLOCK)?-----")
_PEM_END = re2.compile(r"-----END[A-Z0-9 ]{0,24}PRIVATE KEY(?: BLOCK)?-----")
_PEM_HEADER_MAX = 64


def _resource_path(value: str) -> bool:
    """A resource name or file path (``projects/p/secrets/s/versions/1``).

    Paths name where a secret lives, they are not the secret: at least three
    short segments of which two or more are plain words. Base64 secrets that
    happen to contain ``/`` have long, mixed segments instead.
    """
    segments = value.strip("/").split("/")
    if len(segments) < 3 or any(len(segment) > 24 for segment in segments):  # noqa: PLR2004
        return False
    return sum(segment.isalpha() for segment in segments) >= 2  # noqa: PLR2004


def _random_value(text: str) -> bool:
    """A credential value: random-looking, not a placeholder or a path."""
    value = text.strip().strip("\"'`")
    if is_placeholder(value) or _resource_path(value) or value.endswith(".."):
        return False
    if is_uuid_or_hash(value):
        # Next to a key-like name a hex digest or UUID is a secret.
        return True
    return looks_random(value, min_length=10, min_entropy=2.5)


def _token_value(text: str) -> bool:
    """A provider token: any value of the right format but typed-in filler."""
    return not is_placeholder(text) and not has_filler_run(text)


def _random_token(text: str) -> bool:
    """A short or loosely delimited format: the value must also look random."""
    return _token_value(text) and looks_random(text, min_length=10, min_entropy=3.0)


def _mixed_token(text: str) -> bool:
    """Base62 secrets (Artifactory ``AP...``): upper, lower and digits, random."""
    return (
        _random_token(text)
        and any(char.isupper() for char in text)
        and any(char.islower() for char in text)
        and any(char.isdigit() for char in text)
    )


def _fb_app_token(text: str) -> bool:
    """``app_id|token``: the part after the bar must look random."""
    return _random_token(text.rpartition("|")[2])


def _mistral_standalone(text: str) -> bool:
    """32 alphanumerics without context: only if clearly random, not hex."""
    if is_uuid_or_hash(text) or is_placeholder(text):
        return False
    has_upper = any(char.isupper() for char in text)
    has_lower = any(char.islower() for char in text)
    has_digit = any(char.isdigit() for char in text)
    return has_upper and has_lower and has_digit and shannon_entropy(text) >= 4.0  # noqa: PLR2004


def _sk_key(text: str) -> bool:
    if text.startswith("sk-ant-"):
        return False  # reported by the Anthropic rule
    return _token_value(text) and looks_random(text, min_length=20, min_entropy=3.5)


def _url_password(text: str) -> bool:
    value = text.strip()
    if value.lower() in ("password", "pass", "passwd", "pwd", "secret", "token"):
        return False
    return not is_placeholder(value) and not value.startswith(("$", "%", "{", "<"))


def _auth_value(text: str) -> bool:
    value = text.strip()
    return len(value) >= 8 and not is_placeholder(value)  # noqa: PLR2004


# Other providers with a recognisable prefix: (name, pattern, max_len, what).
_PROVIDERS: tuple[tuple[str, str, int, str], ...] = (
    (
        "gitlab_token",
        # Documented lengths per prefix; routable tokens end in ".<crc>".
        (
            r"\b(glpat-[0-9A-Za-z_\-]{27,200}\.[0-9a-z]{9}"
            r"|(?:glpat|gldt|glft|glsoat|glrt|glffct|gldlt)-[0-9A-Za-z_\-]{20,50}"
            r"|glcbt-(?:[0-9a-fA-F]{1,5}_)?[0-9A-Za-z_\-]{20,50}"
            r"|glimt-[0-9A-Za-z_\-]{25}|glptt-[0-9A-Za-z_\-]{40}"
            r"|glagent-[0-9A-Za-z_\-]{50}|gloas-[0-9A-Za-z_\-]{64}"
            r"|GR1348941[0-9A-Za-z_\-]{20,50})(?:$|[^0-9A-Za-z_\-])"
        ),
        217,
        "GitLab token (glpat-, gldt-, glptt-, GR1348941 runner registration, ...).",
    ),
    ("npm_token", r"\bnpm_[A-Za-z0-9]{36}\b", 40, "npm access token."),
    ("pypi_token", r"\bpypi-AgE[A-Za-z0-9_\-]{50,230}", 240, "PyPI upload token."),
    (
        "huggingface_token",
        r"\b(?:hf_|api_org_)[A-Za-z]{34}\b",
        42,
        "Hugging Face user or organization token.",
    ),
    (
        "sendgrid_key",
        r"\bSG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}\b",
        69,
        "SendGrid API key.",
    ),
    (
        "telegram_bot_token",
        r"\b[0-9]{8,10}:AA[A-Za-z0-9_\-]{33}\b",
        46,
        "Telegram bot token.",
    ),
    ("twilio_key", r"\b(?:AC|SK)[a-f0-9]{32}\b", 34, "Twilio account or API key SID."),
    (
        "sourcegraph_token",
        r"\bsgp_(?:local_|[a-f0-9]{16}_)?[A-Za-z0-9]{40}\b",
        62,
        "Sourcegraph access token.",
    ),
    ("perplexity_key", r"\bpplx-[A-Za-z0-9]{48}\b", 53, "Perplexity API key."),
    ("notion_token", r"\bntn_[0-9]{11}[A-Za-z0-9]{35}\b", 50, "Notion token."),
    (
        "digitalocean_token",
        r"\bdo[opr]_v1_[a-f0-9]{64}\b",
        71,
        "DigitalOcean token (dop_v1_, doo_v1_, dor_v1_).",
    ),
    ("shopify_token", r"\bshp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}\b", 38, "Shopify token."),
    ("databricks_token", r"\bdapi[a-f0-9]{32}(?:-[0-9])?\b", 38, "Databricks token."),
    ("mailchimp_key", r"\b[0-9a-f]{32}-us[0-9]{1,2}\b", 37, "Mailchimp API key."),
    (
        "azure_ad_client_secret",
        (
            r"(?:^|[^A-Za-z0-9_~.\-])([A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.\-]{31,34})"
            r"(?:$|[^A-Za-z0-9_~.\-])"
        ),
        42,
        "Azure AD client secret (xxxNQ~...).",
    ),
    ("age_secret_key", r"\bAGE-SECRET-KEY-1[0-9A-Z]{58}\b", 74, "age secret key."),
    ("vault_token", r"\bhv[sb]\.[A-Za-z0-9_\-]{90,250}", 254, "HashiCorp Vault token."),
    ("atlassian_token", r"\bATATT3[A-Za-z0-9_\-=]{186}", 192, "Atlassian API token."),
    (
        "artifactory_api_key",
        r"\bAKC[A-Za-z0-9]{70,100}\b",
        103,
        "JFrog Artifactory API key (AKC + 70 or more base62).",
    ),
    (
        "artifactory_password",
        r"\bAP[0-9A-F][A-Za-z0-9]{8,100}\b",
        103,
        "JFrog Artifactory encrypted password (AP[0-9A-F] + 8 or more base62).",
    ),
    (
        "artifactory_reference_token",
        r"\bcmVmd[A-Za-z0-9]{59}\b",
        64,
        "JFrog Artifactory reference token (base64 of 'reftkn', 64 characters).",
    ),
    (
        "discord_bot_token",
        (
            r"(?:^|[^A-Za-z0-9_.\-])([MNO][A-Za-z0-9]{23,25}\.[A-Za-z0-9_\-]{6}"
            r"\.[A-Za-z0-9_\-]{27,38})(?:$|[^A-Za-z0-9_\-])"
        ),
        74,
        "Discord bot token (base64 user id . timestamp . HMAC).",
    ),
    (
        "discord_webhook",
        (
            r"https://(?:(?:ptb|canary)\.)?discord(?:app)?\.com/api/"
            r"(?:v[0-9]{1,2}/)?webhooks/[0-9]{17,20}/[A-Za-z0-9_\-]{60,68}"
        ),
        140,
        "Discord webhook URL.",
    ),
    (
        "facebook_app_token",
        r"\b[0-9]{15,16}\|[A-Za-z0-9_\-]{27,40}\b",
        57,
        "Facebook app access token (app id | secret).",
    ),
    (
        "facebook_explorer_token",
        r"\bEAACEdEose0cBA[A-Za-z0-9]{20,236}",
        250,
        "Facebook Graph API Explorer access token (EAACEdEose0cBA...).",
    ),
    (
        "facebook_access_token",
        r"\bEAA[A-Za-z0-9]{100,247}",
        250,
        "Facebook / Meta user or page access token (EAA + 100 or more base62).",
    ),
    (
        "facebook_access_token_context",
        r"(?i:facebook|\bfb|_fb)[A-Za-z0-9_.\-]{0,24}"
        + _SEP
        + r"(EAA[A-Za-z0-9]{20,200})",
        250,
        "Short EAA... access token next to a facebook/fb name.",
    ),
    (
        "azure_storage_key",
        r"(?i:AccountKey)[ \t]{0,4}=[ \t]{0,4}([A-Za-z0-9+/]{86}==)",
        108,
        "Azure storage account key (AccountKey= + 88 base64 characters).",
    ),
    (
        "square_token",
        r"\bsq0(?:atp|csp)-[0-9A-Za-z_\-]{22,60}",
        67,
        "Square access token (sq0atp-) or OAuth secret (sq0csp-).",
    ),
    (
        "square_access_token",
        r"(?:^|[^A-Za-z0-9_\-])(EAAA[A-Za-z0-9_\-]{60})(?:$|[^A-Za-z0-9_\-])",
        66,
        "Square production access token (EAAA + 60 characters).",
    ),
    (
        "ibm_cloud_iam_key",
        (
            r"(?i:ibm|iam|cloud)[A-Za-z0-9_.\-]{0,20}"
            r"(?i:api[_.\-]?key|key|pwd|password|pass|token)"
            + _SEP
            + r"([A-Za-z0-9_\-]{44})(?:$|[^A-Za-z0-9_\-])"
        ),
        110,
        "IBM Cloud IAM API key (44 characters) next to an ibm/iam/cloud name.",
    ),
    (
        "ibm_cos_hmac_secret",
        (
            r"(?i:cos)[_.\-]?(?i:hmac)?[_.\-]?(?i:secret)[_.\-]?(?i:access)?[_.\-]?"
            r"(?i:key)" + _SEP + r"([0-9a-fA-F]{48})\b"
        ),
        100,
        "IBM Cloud Object Storage HMAC secret access key (48 hex).",
    ),
    (
        "softlayer_api_key",
        (
            r"(?:(?i:softlayer|\bsl)[_.\-]?(?i:api)?[_.\-]?"
            r"(?i:key|pwd|password|pass|token)"
            + _SEP
            + r"|(?i:https?://api\.softlayer\.com/soap/v3(?:\.1)?/))([a-z0-9]{64})\b"
        ),
        120,
        "SoftLayer API key (64 characters) next to a softlayer name or in its URL.",
    ),
    (
        "cloudant_key",
        (
            r"(?i:cloudant|\bcl|\bclou)[_.\-]?(?i:api)?[_.\-]?"
            r"(?i:key|pwd|pw|password|pass|token)"
            + _SEP
            + r"([0-9a-fA-F]{64}|[a-z]{24})\b"
        ),
        110,
        "IBM Cloudant password (64 hex) or API key (24 letters) next to its name.",
    ),
)

# Rules whose pattern brackets the value in group 1 (boundaries or a name).
_GROUPED = frozenset(
    {"gitlab_token", "azure_ad_client_secret", "discord_bot_token",
     "facebook_access_token_context", "azure_storage_key", "square_access_token",
     "ibm_cloud_iam_key", "ibm_cos_hmac_secret", "softlayer_api_key",
     "cloudant_key"}
)  # fmt: skip
# Formats loose enough to need more than "not a placeholder".
_PROVIDER_VALIDATORS: dict[str, Validator] = {
    "artifactory_password": _mixed_token,
    "facebook_app_token": _fb_app_token,
    "facebook_access_token": _random_token,
    "facebook_access_token_context": _random_token,
    "square_access_token": _random_token,
    "ibm_cloud_iam_key": _random_token,
}

_PROVIDER_RULES: tuple[Rule, ...] = tuple(
    Rule(
        id=f"secrets.{name}",
        category="api_key",
        pattern=pattern,
        validator=_PROVIDER_VALIDATORS.get(name, _token_value),
        on_view=False,
        case_sensitive=True,
        group=1 if name in _GROUPED else 0,
        max_len=max_len,
        score=0.9,
        description=what,
    )
    for name, pattern, max_len, what in _PROVIDERS
)

SECRET_RULES: tuple[Rule, ...] = (
    Rule(
        id="secrets.mistral_api_key",
        category="mistral_api_key",
        pattern=_MISTRAL_CONTEXT,
        validator=_token_value,
        on_view=False,
        group=1,
        max_len=80,
        score=0.95,
        description="32-character Mistral API key next to a 'mistral...' name.",
    ),
    Rule(
        id="secrets.mistral_api_key_entropy",
        category="mistral_api_key",
        pattern=r"\b[A-Za-z0-9]{32}\b",
        validator=_mistral_standalone,
        on_view=False,
        case_sensitive=True,
        max_len=32,
        score=0.6,
        description="32 random letters and digits (mixed case, high entropy, not hex).",
    ),
    Rule(
        id="secrets.aws_access_key",
        category="aws_access_key",
        pattern=r"\b(?:A3T[A-Z0-9]|AKIA|ABIA|ACCA|ASIA)[A-Z0-9]{16}\b",
        validator=_token_value,
        on_view=False,
        case_sensitive=True,
        max_len=20,
        score=0.95,
        description="AWS access key id (AKIA/ASIA/... + 16 characters).",
    ),
    Rule(
        id="secrets.gcp_api_key",
        category="gcp_api_key",
        pattern=r"\bAIza[0-9A-Za-z_\-]{35}\b",
        validator=_token_value,
        on_view=False,
        case_sensitive=True,
        max_len=39,
        score=0.95,
        description="Google Cloud / Firebase API key (AIza + 35 characters).",
    ),
    Rule(
        id="secrets.github_token",
        category="github_token",
        pattern=r"\bgh[pousr]_[A-Za-z0-9]{36,251}\b",
        validator=_token_value,
        on_view=False,
        case_sensitive=True,
        max_len=255,
        score=0.95,
        description="GitHub token (ghp_, gho_, ghu_, ghs_, ghr_).",
    ),
    Rule(
        id="secrets.github_pat",
        category="github_token",
        pattern=r"\bgithub_pat_[A-Za-z0-9_]{82}\b",
        validator=_token_value,
        on_view=False,
        case_sensitive=True,
        max_len=93,
        score=0.95,
        description="GitHub fine-grained personal access token (github_pat_).",
    ),
    Rule(
        id="secrets.slack_token",
        category="slack_token",
        pattern=r"\bxox[abposr]-(?:[0-9]-)?[0-9]{4,16}-[0-9A-Za-z\-]{10,200}",
        validator=_token_value,
        on_view=False,
        case_sensitive=True,
        max_len=230,
        score=0.95,
        description="Slack token (xoxb-, xoxp-, xoxa-, xoxr-, xoxs-, xoxo-, xoxe-).",
    ),
    Rule(
        id="secrets.slack_app_token",
        category="slack_token",
        pattern=(
            r"\bxapp-[0-9]-[A-Z0-9]{6,20}-[0-9]{6,20}-[A-Za-z0-9]{32,128}\b"
            r"|\bxoxe(?:\.xox[bp])?-[0-9]-[A-Za-z0-9]{40,200}"
        ),
        validator=_token_value,
        on_view=False,
        case_sensitive=True,
        max_len=220,
        score=0.95,
        description="Slack app-level (xapp-) and configuration (xoxe-) tokens.",
    ),
    Rule(
        id="secrets.slack_webhook",
        category="slack_token",
        pattern=(
            r"https?://hooks\.slack\.com/(?:services|workflows)/"
            r"[A-Za-z0-9_\-]{6,20}/[A-Za-z0-9_\-]{6,20}/[A-Za-z0-9_/\-]{12,120}"
        ),
        validator=_token_value,
        on_view=False,
        max_len=200,
        score=0.95,
        description="Slack incoming webhook or workflow URL.",
    ),
    Rule(
        id="secrets.anthropic_key",
        category="anthropic_key",
        pattern=r"\bsk-ant-(?:api|admin|sid)[0-9]{2}-[A-Za-z0-9_\-]{20,200}",
        validator=_token_value,
        on_view=False,
        case_sensitive=True,
        max_len=220,
        score=0.95,
        description="Anthropic API / admin key (sk-ant-...).",
    ),
    Rule(
        id="secrets.openai_key",
        category="openai_key",
        pattern=(r"\bsk-(?:proj-|svcacct-|admin-|None-|live-)?[A-Za-z0-9_\-]{20,200}"),
        validator=_sk_key,
        on_view=False,
        case_sensitive=True,
        max_len=215,
        score=0.9,
        description="sk- style key (OpenAI project/service/admin keys and others).",
    ),
    Rule(
        id="secrets.stripe_key",
        category="stripe_key",
        pattern=r"\b(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{10,247}\b",
        validator=_token_value,
        on_view=False,
        case_sensitive=True,
        max_len=255,
        score=0.95,
        description="Stripe secret or restricted key (pk_ keys are public).",
    ),
    *_PROVIDER_RULES,
    Rule(
        id="secrets.jwt",
        category="jwt",
        pattern=(
            # Payloads of ID tokens run to several kilobytes: a cap shorter than
            # the token would redact its head and leak the rest.
            # (RE2 caps counted repeats at 1000, so the payload is open-ended;
            # streaming holds a token that is still arriving back whole anyway.)
            r"\beyJ[A-Za-z0-9_\-]{10,500}\.eyJ[A-Za-z0-9_\-]{2,}"
            r"(?:\.[A-Za-z0-9_\-]{0,1000})?"
        ),
        validator=jwt_valid,
        on_view=False,
        case_sensitive=True,
        max_len=16384,
        score=0.9,
        description="JSON Web Token (base64url JSON header with alg/typ).",
    ),
    Rule(
        id="secrets.url_credentials",
        category="url_credentials",
        pattern=(
            # The user part may be empty (redis://:password@host).
            r"\b[A-Za-z][A-Za-z0-9+.\-]{1,20}://[^\s:/?#@\"'<>]{0,64}:"
            r"([^\s/?#@\"'<>]{1,256})@[A-Za-z0-9\[]"
        ),
        validator=_url_password,
        on_view=False,
        group=1,
        max_len=352,
        score=0.9,
        description="Password in a URL (scheme://user:password@host).",
    ),
    Rule(
        id="secrets.cli_user_password",
        category="password",
        pattern=(
            r"(?:^|\s)(?:-u|--user|--proxy-user)[ \t]{1,4}[\"']?"
            r"[^\s:\"'<>\x60]{0,64}[\"']?:[\"']?([^\s\"':<>(),;\x60]{6,128})"
        ),
        validator=_url_password,
        on_view=False,
        case_sensitive=True,
        group=1,
        max_len=216,
        score=0.8,
        description="Password in a command line (curl -u name:secret).",
    ),
    Rule(
        id="secrets.auth_header",
        category="auth_header",
        pattern=(
            r"\b(?:authorization|proxy-authorization|x-api-key|api-key|apikey|"
            r"x-auth-token|private-token|api-token|x-[a-z]{1,20}-apikey)"
            r"[\"']?[ \t]{0,4}:[ \t]{0,4}[\"']?"
            r"(?:(?:bearer|basic|token|api-token|apikey|digest)[ \t]{1,4})?"
            r"([A-Za-z0-9._~+/=\-]{8,200})"
        ),
        validator=_auth_value,
        on_view=False,
        group=1,
        max_len=256,
        score=0.85,
        description="Credential in an HTTP Authorization / API-key header.",
    ),
    Rule(
        id="secrets.assignment_quoted",
        category="secret_assignment",
        pattern=_ASSIGN + r"[\"'\x60]([^\"'\x60\s]{8,128})[\"'\x60]",
        validator=_random_value,
        on_view=False,
        group=1,
        max_len=232,
        score=0.7,
        description="Quoted random value (no spaces) assigned to a key-like name.",
    ),
    Rule(
        id="secrets.assignment_bare",
        category="secret_assignment",
        pattern=_ASSIGN_BARE
        + r"([^\s\"'\x60,;<>(){}\[\]]{7,127}[^\s\"'\x60,;<>(){}\[\]:])",
        validator=_random_value,
        on_view=False,
        group=1,
        max_len=232,
        score=0.7,
        description="Unquoted random value assigned to a key/token/secret/password.",
    ),
)
"""The RE2 rules of the secret detector (PEM blocks are found separately)."""

_ASSIGNMENT_RULES = frozenset({"secrets.assignment_quoted", "secrets.assignment_bare"})


class SecretDetector(RuleDetector):
    """Finds API keys, tokens, private keys and credentials in text or source.

    Args:
        rules: The RE2 rules (defaults to :data:`SECRET_RULES`).
        pem_window: How many characters after a ``BEGIN ... PRIVATE KEY`` line
            the ``END`` line may be; the whole block is one finding. Without an
            ``END`` line in the window, everything from the header to the end
            of the text (at most ``pem_window`` characters after the header, or
            up to the next header) is reported, whatever the body looks like.

    Example:
        >>> detector = SecretDetector()
        >>> key = "Zq7Lx2Vb9Nm4Kt8Rw3Yp6Hs1Jd5Fg0CeQw12"  # pragma: allowlist secret
        >>> text = "Use ghp_" + key + " here"
        >>> [f.category for f in detector.detect(text)]
        ['github_token']
    """

    def __init__(
        self,
        *,
        rules: Iterable[Rule] = SECRET_RULES,
        pem_window: int = DEFAULT_PEM_WINDOW,
    ) -> None:
        """Compile the rules."""
        super().__init__(rules, name="secrets")
        self.pem_window = pem_window
        self.max_match_len = max(self.max_match_len, pem_window + 2 * _PEM_HEADER_MAX)

    def __repr__(self) -> str:
        """Show the rule count (never any text)."""
        return f"SecretDetector(rules={len(self.rules)}, pem_window={self.pem_window})"

    def detect(self, text: str, *, view: DetectionView | None = None) -> list[Finding]:
        """Return secret findings in ``text`` (original offsets, unmerged).

        Args:
            text: The text to scan.
            view: An already built detection view to share (unused: raw rules).
        """
        findings = [
            finding
            for finding in super().detect(text, view=view)
            if finding.rule_id not in _ASSIGNMENT_RULES
            or (_assignment_name_ok(text, finding) and _not_code(text, finding))
        ]
        findings.extend(self._pem_blocks(text))
        return findings

    def _pem_blocks(self, text: str) -> list[Finding]:
        raw = matchable(text)
        # One pass per marker kind: the RE2 wrapper re-encodes the whole text on
        # every call, so never search again from each header.
        begins = [m.span() for m in _PEM_BEGIN.finditer(raw)]
        if not begins:
            return []
        ends = [m.span() for m in _PEM_END.finditer(raw)]
        end_starts = [span[0] for span in ends]
        found: list[Finding] = []
        covered = 0
        for index, (start, head_end) in enumerate(begins):
            if start < covered:
                continue
            limit = head_end + self.pem_window
            if index + 1 < len(begins):
                limit = min(limit, begins[index + 1][0])
            slot = bisect_left(end_starts, head_end)
            if slot < len(ends) and ends[slot][0] <= limit:
                end_start, end = ends[slot]
                if not any(
                    char.isalnum()
                    for char in raw[head_end:end_start].replace("\\n", "")
                ):
                    covered = end
                    continue
            else:
                # No END line (yet): whatever the line format (indented,
                # quoted, encrypted headers, one line, <br>), the body runs to
                # the end of the text, capped at the window. A stream holds it
                # whole until the END line arrives or the window is full.
                end = min(len(raw), limit)
            covered = end
            found.append(
                Finding(
                    start=start,
                    end=end,
                    rule_id="secrets.private_key",
                    category="private_key",
                    score=1.0,
                )
            )
        return found


def _not_code(text: str, finding: Finding) -> bool:
    """Drop bare values that are code: a call or an attribute path."""
    if finding.rule_id != "secrets.assignment_bare":
        return True
    if text[finding.end : finding.end + 1] == "(":
        return False
    return not _DOTTED_NAME.match(text[finding.start : finding.end])


def _assignment_name_ok(text: str, finding: Finding) -> bool:
    """Drop assignments named like an id or a setting (``key_id``, ``token_url``)."""
    before = matchable(text[max(0, finding.start - 100) : finding.start])
    match = _NAME_BEFORE_VALUE.search(before)
    if match is None:
        return True
    name = match.group(1)
    if _BENIGN_NAME_SUFFIX.search(name):
        return False
    words = [w.lower() for w in _NAME_WORD.findall(name)]
    if _NOT_SECRET_WORDS & set(words):
        return False
    pairs = set(pairwise(words))
    return bool(_KEY_WORDS & set(words)) or bool(_KEY_PAIRS & pairs)


register_detector("secrets", SecretDetector)
