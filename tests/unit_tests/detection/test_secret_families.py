"""Provider families added from their documented formats, and filler values.

Every fake secret is random (generated once) and marked for scanners.
"""

from __future__ import annotations

import pytest

from langchain_mistral_secure.detection.secrets import SECRET_RULES, SecretDetector
from langchain_mistral_secure.detection.validators import has_filler_run

R70 = (
    "ZrydqdaZZLLkkMk4KhNAbj91vhYcapAVbWTCK9rx"  # pragma: allowlist secret
    "LC6DAgn5HfLKIk94UW8Oq693zUJxN8"  # pragma: allowlist secret
)
R60 = (
    "VUvAo7DijMr18SVB1A3Q28W2yOXUEHOBJ3orJGOf"  # pragma: allowlist secret
    "DEVEeaF65I3s9eSek6iN"  # pragma: allowlist secret
)
R59 = (
    "PKDyI3NfWUexCBY5mdu6s08ISvkVPliVqMRpDEWD"  # pragma: allowlist secret
    "J8jP8OTWXmVRv2mCBMd"  # pragma: allowlist secret
)
R43 = "xsnSXnzUgzSq1AFBGVFUmJSejayaTpsCkfuleC91QkW"  # pragma: allowlist secret
R44 = "VQCxJFPuZxt52vE3a6OhNFOni60suPeaXyQ4XFd3FU7C"  # pragma: allowlist secret
R27 = "Hh1WjULQONlf5dEwMtIhZdKvkc5"  # pragma: allowlist secret
R38 = "EBE7sA8QVyuJ0fTgycs9NdsHTN01aw0XEz32o0"  # pragma: allowlist secret
R25 = "PypnoXwipiB4kMcYvBls35Ots"  # pragma: allowlist secret
R86 = (
    "vo2s1KmxN1dyeR7JCaF33xkpmEaXLBCYwJtZ3IhO"  # pragma: allowlist secret
    "twZbNlqHvMMDZUBebtLQeaLTRkeOYg4mrsicjiSC"  # pragma: allowlist secret
    "ciPbaN"  # pragma: allowlist secret
)
R100 = (
    "Z3T8I1gcOxB4mjvhrwTy9rrm9qCE1jsXGK0EkUds"  # pragma: allowlist secret
    "UyILpqtCc1oteqeenUIl4TS5jtWlVgG80XvUVfNU"  # pragma: allowlist secret
    "N4lOVAqBq0TkRr9c0Uk1"  # pragma: allowlist secret
)
R66 = (
    "qTLooqVFAzCgvNlcezOasE3nlyaEbZEzjQMnDqHQ"  # pragma: allowlist secret
    "1ZTrxu363XPkMH9EzHiRIas2qG"  # pragma: allowlist secret
)
HEX64 = (
    "dc5eb279a039e71c03d87222f2e00c640d5edd4e"  # pragma: allowlist secret
    "e57f5fb94effde8ca2bac8f2"  # pragma: allowlist secret
)
HEX48 = "61eac9a66a48996473672562e597c009f6adb0acd49a6490"  # pragma: allowlist secret
LOW64 = (
    "0modcmx7wzr91f55pde3cvjuzzgrcvqs5xq17rqj"  # pragma: allowlist secret
    "5hxbfrl65x8blet6dotx6ejb"  # pragma: allowlist secret
)
LOW24 = "hpwhpsdcjbmgkwvtqphgyjfy"  # pragma: allowlist secret

AKC = "AKC" + R70  # pragma: allowlist secret
AP = "AP6" + R25  # pragma: allowlist secret
REFTKN = "cmVmd" + R59  # pragma: allowlist secret
DISCORD = "MTk4NjIyNDgzNDcxOTI1MjQ4.Cl2FMQ." + R27  # pragma: allowlist secret
DISCORD_NEW = "OTUyNED5MDk2MTMxNzc2MkEz.GSroKE." + R38  # pragma: allowlist secret
HOOK = (
    "https://discord.com/api/webhooks/123456789012345678/" + R66
)  # pragma: allowlist secret
FB_APP = "1308742762612587|" + R27  # pragma: allowlist secret
FB_EXPLORER = "EAACEdEose0cBA" + R44  # pragma: allowlist secret
FB_PAGE = "EAAM" + R100  # pragma: allowlist secret
FB_SHORT = "EAAG" + R43  # pragma: allowlist secret
AZURE = R86 + "=="  # pragma: allowlist secret
SQ_ATP = "sq0atp-" + R43[:22]  # pragma: allowlist secret
SQ_CSP = "sq0csp-" + R43  # pragma: allowlist secret
SQ_EAAA = "EAAA" + R60  # pragma: allowlist secret
GL_PTT = "glptt-" + R38 + "Ab"  # pragma: allowlist secret
GL_RUNNER = "GR1348941" + R27[:20]  # pragma: allowlist secret


def _hits(text: str) -> set[tuple[str, str]]:
    return {(f.rule_id, text[f.start : f.end]) for f in SecretDetector().detect(text)}


@pytest.mark.parametrize(
    ("before", "secret", "after", "rule"),
    [
        ("", AKC, "", "artifactory_api_key"),
        ("X-JFrog-Art-Api: ", AKC, "\n", "artifactory_api_key"),
        ("artifactory:_password=", AP, "", "artifactory_password"),
        ('"', AP, '"', "artifactory_password"),
        ("token ", REFTKN, ".", "artifactory_reference_token"),
        ("", DISCORD, "", "discord_bot_token"),
        ("DISCORD_TOKEN=", DISCORD_NEW, "\n", "discord_bot_token"),
        ("post to ", HOOK, " now", "discord_webhook"),
        (
            "post to ",
            HOOK.replace("discord.com", "discordapp.com"),
            "",
            "discord_webhook",
        ),
        ("facebook ", FB_APP, "", "facebook_app_token"),
        ('value: "', FB_EXPLORER, '"', "facebook_explorer_token"),
        ("", FB_PAGE, "", "facebook_access_token"),
        ("FACEBOOK_ACCESS_TOKEN=", FB_SHORT, "", "facebook_access_token_context"),
        ("fb_token: '", FB_SHORT, "'", "facebook_access_token_context"),
        ("DefaultEndpointsProtocol=https;AccountKey=", AZURE, ";", "azure_storage_key"),
        ("", SQ_ATP, "", "square_token"),
        ("square_oauth = ", SQ_CSP, "", "square_token"),
        ("SQUARE_ACCESS_TOKEN=", SQ_EAAA, "\n", "square_access_token"),
        ("ibm_cloud_iam_api_key = '", R44, "'", "ibm_cloud_iam_key"),
        ("IAM_TOKEN: ", R44, "", "ibm_cloud_iam_key"),
        ("cos_hmac_secret_access_key = ", HEX48, "", "ibm_cos_hmac_secret"),
        ("softlayer_api_key: ", LOW64, "", "softlayer_api_key"),
        ("https://api.softlayer.com/soap/v3.1/", LOW64, "", "softlayer_api_key"),
        ("cloudant_password = '", HEX64, "'", "cloudant_key"),
        ("CLOUDANT_API_KEY=", LOW24, "", "cloudant_key"),
        ("", GL_PTT, "", "gitlab_token"),
        ("runner ", GL_RUNNER, " ok", "gitlab_token"),
    ],
)
def test_family_positives(before: str, secret: str, after: str, rule: str) -> None:
    assert (f"secrets.{rule}", secret) in _hits(before + secret + after)


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # Inside a longer word, too short, or filler.
        ("testAKCwithinsomeirrelevantstring", "artifactory_api_key"),
        ("AKC" + "X" * 70, "artifactory_api_key"),
        ("testAP6withinsomeirrelevantstring", "artifactory_password"),
        ("artifactory:_password=AP6xxxxxxxxxx", "artifactory_password"),
        ("APACHEKAFKASERVER", "artifactory_password"),
        ("APA1234567890", "artifactory_password"),
        # Discord: the user id must start M/N/O and the segments have fixed sizes.
        ("P" + DISCORD[1:], "discord_bot_token"),
        (DISCORD.replace(".Cl2FMQ.", ".Cl2FM."), "discord_bot_token"),
        ("MTk4NjIyNDgzNDcxOTI1MjQ4NDcx0." + DISCORD[25:], "discord_bot_token"),
        ("https://discord.com/api/webhooks/123/short", "discord_webhook"),
        ("sha256:eaaa7b11777babe28e6133a8b19ff71cea687e0d7f05", "square_access_token"),
        ("EAAA" + "abcdefghijklmnopqrstuvwxyz" * 3, "square_access_token"),
        ("sq0atp-short", "square_token"),
        ("order 1234567890123456|abcdefghijklmnopqrstuvwxyz12", "facebook_app_token"),
        ("EAA" + "Ab" * 60, "facebook_access_token"),
        ("facebook_id = EAAGroupName", "facebook_access_token_context"),
        ("AccountKey=" + "A" * 86 + "==", "azure_storage_key"),
        ("AccountKey=tooShort==", "azure_storage_key"),
        ("ibm_api_key = " + "x" * 44, "ibm_cloud_iam_key"),
        (
            "cloudant_password = 'not-a-hex-value'",  # pragma: allowlist secret
            "cloudant_key",
        ),
        ("softlayer_api_key: ${SOFTLAYER_KEY}", "softlayer_api_key"),
        # GitLab prefixes with a documented length must have exactly that length.
        ("glimt-" + R25[:23], "gitlab_token"),
        ("glptt-" + R43, "gitlab_token"),
        ("glagent-" + R27, "gitlab_token"),
        ("GR1348941" + "123" * 7, "gitlab_token"),
    ],
)
def test_family_negatives(text: str, rule: str) -> None:
    assert f"secrets.{rule}" not in {rule_id for rule_id, _ in _hits(text)}


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        # Typed-in examples in a provider format are not reported.
        ("AIzaSyabcdefghijklmnopqrstuvwxyz1234567", "gcp_api_key"),
        ("sgp_5555555dAAAAA7777777CcccCFaaaaaaaaaaaaaa", "sourcegraph_token"),
        ("sk-ant-api03-abc123xyz-456def789ghij-klmnopqrstuvwx-3456yz", "anthropic_key"),
    ],
)
def test_filler_tokens_not_reported(text: str, rule: str) -> None:
    assert f"secrets.{rule}" not in {rule_id for rule_id, _ in _hits(text)}


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("aaaaaa", True),
        ("sgp_d5aaaaaa", True),
        ("xyzabcdefghij", True),
        ("ABCDEFGH", True),
        ("123123123123", True),
        ("abababab", True),
        (R70, False),
        (HEX64, False),
        # Numeric ids keep their digit runs.
        ("xoxb-123456789012-31111111111", False),  # pragma: allowlist secret
        ("abcdefg", False),
    ],
)
def test_has_filler_run(value: str, expected: bool) -> None:
    assert has_filler_run(value) is expected


@pytest.mark.parametrize(
    "text",
    [
        'csrf-token="' + R44 + '"',
        "XSRF_TOKEN=" + R44,
        'api_key = "' + R27[:10] + '.."',
    ],
)
def test_assignment_non_secrets(text: str) -> None:
    assert not [f for f in SecretDetector().detect(text) if "assignment" in f.rule_id]


def test_new_rules_are_bounded_api_keys() -> None:
    new = {
        "artifactory_api_key", "artifactory_password", "artifactory_reference_token",
        "discord_bot_token", "discord_webhook", "facebook_app_token",
        "facebook_explorer_token", "facebook_access_token",
        "facebook_access_token_context", "azure_storage_key", "square_token",
        "square_access_token", "ibm_cloud_iam_key", "ibm_cos_hmac_secret",
        "softlayer_api_key", "cloudant_key",
    }  # fmt: skip
    rules = {rule.id.removeprefix("secrets."): rule for rule in SECRET_RULES}
    assert new <= set(rules)
    for name in new:
        assert rules[name].category == "api_key"
        assert rules[name].max_len <= 256


@pytest.mark.parametrize(
    "text",
    [
        "AKC" * 3333,
        "EAA" * 3333,
        "sq0atp-" * 1400,
        "MTk4NjIyNDgzNDcxOTI1MjQ4." * 400,
        "GR1348941" * 1100,
    ],
)
def test_adversarial_repetitions_find_nothing(text: str) -> None:
    assert not [
        f for f in SecretDetector().detect(text) if "assignment" not in f.rule_id
    ]
