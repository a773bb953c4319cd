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
from langchain_mistral_secure.testing.langsmith_capture import (
    CapturedRequest,
    LangSmithCaptureServer,
)
from langchain_mistral_secure.testing.model_like import model_like_reply
from langchain_mistral_secure.testing.schema_values import Hints, value_for_schema

__all__ = [
    "DEFAULT_REPLY",
    "JAILBREAK_MODERATION_MODELS",
    "MODERATION_CATEGORIES",
    "CapturedRequest",
    "FakeMistralServer",
    "FakeSecretManager",
    "Hints",
    "LangSmithCaptureServer",
    "RecordedRequest",
    "echo_last_message",
    "model_like_reply",
    "value_for_schema",
]
