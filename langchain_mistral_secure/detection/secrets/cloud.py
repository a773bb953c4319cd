"""Cloud platform keys.

AWS (access keys, Bedrock API keys), Google Cloud, Azure, DigitalOcean,
Databricks, IBM, SoftLayer, Cloudant, HashiCorp Vault, age.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.secrets.values import (
    SEP,
    provider_rule,
    random_token,
    token_value,
)

__all__ = ["RULES"]

RULES: tuple[Rule, ...] = (
    Rule(
        id="secrets.aws_access_key",
        category="aws_access_key",
        pattern=r"\b(?:A3T[A-Z0-9]|AKIA|ABIA|ACCA|ASIA)[A-Z0-9]{16}\b",
        validator=token_value,
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
        validator=token_value,
        on_view=False,
        case_sensitive=True,
        max_len=39,
        score=0.95,
        description="Google Cloud / Firebase API key (AIza + 35 characters).",
    ),
    provider_rule(
        "azure_ad_client_secret",
        (
            r"(?:^|[^A-Za-z0-9_~.\-])([A-Za-z0-9_~.]{3}[0-9]Q~[A-Za-z0-9_~.\-]{31,34})"
            r"(?:$|[^A-Za-z0-9_~.\-])"
        ),
        42,
        "Azure AD client secret (xxxNQ~...).",
        group=1,
    ),
    provider_rule(
        "azure_storage_key",
        r"(?i:AccountKey)[ \t]{0,4}=[ \t]{0,4}([A-Za-z0-9+/]{86}==)",
        108,
        "Azure storage account key (AccountKey= + 88 base64 characters).",
        group=1,
    ),
    provider_rule(
        "digitalocean_token",
        r"\bdo[opr]_v1_[a-f0-9]{64}\b",
        71,
        "DigitalOcean token (dop_v1_, doo_v1_, dor_v1_).",
    ),
    provider_rule(
        "databricks_token", r"\bdapi[a-f0-9]{32}(?:-[0-9])?\b", 38, "Databricks token."
    ),
    provider_rule(
        "ibm_cloud_iam_key",
        (
            r"(?i:ibm|iam|cloud)[A-Za-z0-9_.\-]{0,20}"
            r"(?i:api[_.\-]?key|key|pwd|password|pass|token)"
            + SEP
            + r"([A-Za-z0-9_\-]{44})(?:$|[^A-Za-z0-9_\-])"
        ),
        110,
        "IBM Cloud IAM API key (44 characters) next to an ibm/iam/cloud name.",
        group=1,
        validator=random_token,
    ),
    provider_rule(
        "ibm_cos_hmac_secret",
        (
            r"(?i:cos)[_.\-]?(?i:hmac)?[_.\-]?(?i:secret)[_.\-]?(?i:access)?[_.\-]?"
            r"(?i:key)" + SEP + r"([0-9a-fA-F]{48})\b"
        ),
        100,
        "IBM Cloud Object Storage HMAC secret access key (48 hex).",
        group=1,
    ),
    provider_rule(
        "softlayer_api_key",
        (
            r"(?:(?i:softlayer|\bsl)[_.\-]?(?i:api)?[_.\-]?"
            r"(?i:key|pwd|password|pass|token)"
            + SEP
            + r"|(?i:https?://api\.softlayer\.com/soap/v3(?:\.1)?/))([a-z0-9]{64})\b"
        ),
        120,
        "SoftLayer API key (64 characters) next to a softlayer name or in its URL.",
        group=1,
    ),
    provider_rule(
        "cloudant_key",
        (
            r"(?i:cloudant|\bcl|\bclou)[_.\-]?(?i:api)?[_.\-]?"
            r"(?i:key|pwd|pw|password|pass|token)"
            + SEP
            + r"([0-9a-fA-F]{64}|[a-z]{24})\b"
        ),
        110,
        "IBM Cloudant password (64 hex) or API key (24 letters) next to its name.",
        group=1,
    ),
    provider_rule(
        "vault_token",
        r"\bhv[sb]\.[A-Za-z0-9_\-]{90,250}",
        254,
        "HashiCorp Vault token.",
    ),
    provider_rule(
        "aws_bedrock_api_key",
        # "ABSK" + base64 of "BedrockAPIKey-<id>:<secret>".
        r"\bABSKQmVkcm9ja0FQSUtleS[A-Za-z0-9+/]{100,300}={0,2}",
        330,
        "Amazon Bedrock long-term API key (ABSK + base64 'BedrockAPIKey-...').",
    ),
    provider_rule(
        "aws_bedrock_short_term_key",
        # base64 of "bedrock.amazonaws.com/?Action=CallWithBearerToken&...":
        # a presigned URL that is the credential; the tail is taken whole.
        r"\bbedrock-api-key-YmVkcm9jay5hbWF6b25hd3MuY29t[A-Za-z0-9+/=_\-]*",
        4096,
        "Amazon Bedrock short-term API key (bedrock-api-key- + presigned URL).",
    ),
    provider_rule(
        "age_secret_key", r"\bAGE-SECRET-KEY-1[0-9A-Z]{58}\b", 74, "age secret key."
    ),
)
"""The cloud family's rules."""
