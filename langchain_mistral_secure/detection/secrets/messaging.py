"""Messaging and social platform tokens.

Slack, Discord, Telegram, Twilio, SendGrid, Mailchimp, Notion, Facebook/Meta.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Rule
from langchain_mistral_secure.detection.secrets.values import (
    SEP,
    fb_app_token,
    provider_rule,
    random_token,
    slack_value,
    token_value,
)

__all__ = ["RULES"]

RULES: tuple[Rule, ...] = (
    Rule(
        id="secrets.slack_token",
        category="slack_token",
        pattern=r"\bxox[abposr]-(?:[0-9]-)?[0-9]{4,16}-[0-9A-Za-z\-]{10,200}",
        validator=slack_value,
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
        validator=token_value,
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
        validator=token_value,
        on_view=False,
        max_len=200,
        score=0.95,
        description="Slack incoming webhook or workflow URL.",
    ),
    provider_rule(
        "discord_bot_token",
        (
            r"(?:^|[^A-Za-z0-9_.\-])([MNO][A-Za-z0-9]{23,25}\.[A-Za-z0-9_\-]{6}"
            r"\.[A-Za-z0-9_\-]{27,38})(?:$|[^A-Za-z0-9_\-])"
        ),
        74,
        "Discord bot token (base64 user id . timestamp . HMAC).",
        group=1,
    ),
    provider_rule(
        "discord_webhook",
        (
            r"https://(?:(?:ptb|canary)\.)?discord(?:app)?\.com/api/"
            r"(?:v[0-9]{1,2}/)?webhooks/[0-9]{17,20}/[A-Za-z0-9_\-]{60,68}"
        ),
        140,
        "Discord webhook URL.",
    ),
    provider_rule(
        "telegram_bot_token",
        r"\b[0-9]{8,10}:AA[A-Za-z0-9_\-]{33}\b",
        46,
        "Telegram bot token.",
    ),
    provider_rule(
        "twilio_key", r"\b(?:AC|SK)[a-f0-9]{32}\b", 34, "Twilio account or API key SID."
    ),
    provider_rule(
        "sendgrid_key",
        r"\bSG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}\b",
        69,
        "SendGrid API key.",
    ),
    provider_rule(
        "mailchimp_key", r"\b[0-9a-f]{32}-us[0-9]{1,2}\b", 37, "Mailchimp API key."
    ),
    provider_rule(
        "notion_token", r"\bntn_[0-9]{11}[A-Za-z0-9]{35}\b", 50, "Notion token."
    ),
    provider_rule(
        "facebook_app_token",
        r"\b[0-9]{15,16}\|[A-Za-z0-9_\-]{27,40}\b",
        57,
        "Facebook app access token (app id | secret).",
        validator=fb_app_token,
    ),
    provider_rule(
        "facebook_explorer_token",
        r"\bEAACEdEose0cBA[A-Za-z0-9]{20,236}",
        250,
        "Facebook Graph API Explorer access token (EAACEdEose0cBA...).",
    ),
    provider_rule(
        "facebook_access_token",
        r"\bEAA[A-Za-z0-9]{100,247}",
        250,
        "Facebook / Meta user or page access token (EAA + 100 or more base62).",
        validator=random_token,
    ),
    provider_rule(
        "facebook_access_token_context",
        r"(?i:facebook|\bfb|_fb)[A-Za-z0-9_.\-]{0,24}"
        + SEP
        + r"(EAA[A-Za-z0-9]{20,200})",
        250,
        "Short EAA... access token next to a facebook/fb name.",
        group=1,
        validator=random_token,
    ),
)
"""The messaging family's rules."""
