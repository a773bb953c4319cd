"""Test helpers: real servers on 127.0.0.1 that speak the services' wire protocols."""

from langchain_mistral_secure.testing.fake_mistral import (
    DEFAULT_REPLY,
    JAILBREAK_MODERATION_MODELS,
    MODERATION_CATEGORIES,
    FakeMistralServer,
    RecordedRequest,
    echo_last_message,
)
from langchain_mistral_secure.testing.fake_secret_manager import FakeSecretManager

__all__ = [
    "DEFAULT_REPLY",
    "JAILBREAK_MODERATION_MODELS",
    "MODERATION_CATEGORIES",
    "FakeMistralServer",
    "FakeSecretManager",
    "RecordedRequest",
    "echo_last_message",
]
