"""A security perimeter for Mistral models in LangChain."""

from langchain_mistral_secure._version import __version__

__all__ = ["__version__"]
