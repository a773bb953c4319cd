"""The encrypted shared vault and the stores it can live in (re-exports only)."""

from langchain_mistral_secure.stores.redis import RedisByteStore
from langchain_mistral_secure.stores.vault import EncryptedVault

__all__ = ["EncryptedVault", "RedisByteStore"]
