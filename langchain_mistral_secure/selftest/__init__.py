"""Perimeter self-test: attack your own chain offline (re-exports only)."""

from langchain_mistral_secure.selftest.corpus import (
    CORPUS_VERSION,
    FAMILIES,
    Probe,
    build_corpus,
)
from langchain_mistral_secure.selftest.report import Leak, SelftestReport
from langchain_mistral_secure.selftest.runner import Target, load_target, run_selftest
from langchain_mistral_secure.selftest.surfaces import SURFACES

__all__ = [
    "CORPUS_VERSION",
    "FAMILIES",
    "SURFACES",
    "Leak",
    "Probe",
    "SelftestReport",
    "Target",
    "build_corpus",
    "load_target",
    "run_selftest",
]
