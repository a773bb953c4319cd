"""API keys: providers (env, file, Google Secret Manager), rotation, httpx auth."""

from langchain_mistral_secure.keys.auth import MistralKeyAuth, build_http_clients
from langchain_mistral_secure.keys.errors import (
    APIKeyError,
    KeyProviderError,
    MissingAPIKeyError,
    NoHealthyKeyError,
    SecretAccessError,
    SecretNotFoundError,
    SecretPermissionDeniedError,
    SecretUnavailableError,
)
from langchain_mistral_secure.keys.factory import secure_chat_mistralai
from langchain_mistral_secure.keys.gcp import GoogleSecretManagerKeyProvider
from langchain_mistral_secure.keys.providers import (
    EnvKeyProvider,
    FileKeyProvider,
    InsecureKeyFileWarning,
    KeyProvider,
    StaticKeyProvider,
    get_api_key,
)
from langchain_mistral_secure.keys.rotator import KeyRotator, as_rotator

__all__ = [
    "APIKeyError",
    "EnvKeyProvider",
    "FileKeyProvider",
    "GoogleSecretManagerKeyProvider",
    "InsecureKeyFileWarning",
    "KeyProvider",
    "KeyProviderError",
    "KeyRotator",
    "MissingAPIKeyError",
    "MistralKeyAuth",
    "NoHealthyKeyError",
    "SecretAccessError",
    "SecretNotFoundError",
    "SecretPermissionDeniedError",
    "SecretUnavailableError",
    "StaticKeyProvider",
    "as_rotator",
    "build_http_clients",
    "get_api_key",
    "secure_chat_mistralai",
]
