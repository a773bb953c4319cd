"""Batch scanning and redaction of files, folders, JSONL and CSV (re-exports only)."""

from langchain_mistral_secure.batch.records import (
    Format,
    Record,
    expand_paths,
    read_records,
    write_records,
)
from langchain_mistral_secure.batch.runner import (
    Engine,
    redact_partition,
    run_batch,
    scan_partition,
)

__all__ = [
    "Engine",
    "Format",
    "Record",
    "expand_paths",
    "read_records",
    "redact_partition",
    "run_batch",
    "scan_partition",
    "write_records",
]
