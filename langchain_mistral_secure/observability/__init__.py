"""Observability: traces that carry no PII or secrets (re-exports only)."""

from langchain_mistral_secure.observability.anonymizer import (
    DEFAULT_TRACE_DETECTORS,
    TraceAnonymizer,
    secure_langsmith_client,
)

__all__ = ["DEFAULT_TRACE_DETECTORS", "TraceAnonymizer", "secure_langsmith_client"]
