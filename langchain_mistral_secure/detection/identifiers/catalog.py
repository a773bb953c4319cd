"""Every national identifier the PII detector knows, in one tuple."""

from __future__ import annotations

from langchain_mistral_secure.detection.identifiers import (
    at_svnr,
    be_national_number,
    de_idnr,
    dk_cpr,
    es_dni,
    es_nie,
    fi_hetu,
    fr_nir,
    fr_siren,
    fr_siret,
    ie_pps,
    it_codice_fiscale,
    nl_bsn,
    pl_pesel,
    pt_nif,
    se_personnummer,
    uk_nhs,
    uk_nino,
)
from langchain_mistral_secure.detection.identifiers.base import Identifier

__all__ = ["IDENTIFIERS", "IDENTIFIER_CATEGORIES"]

IDENTIFIERS: tuple[Identifier, ...] = tuple(
    module.IDENTIFIER
    for module in (
        fr_nir,
        fr_siren,
        fr_siret,
        de_idnr,
        es_dni,
        es_nie,
        it_codice_fiscale,
        nl_bsn,
        be_national_number,
        pl_pesel,
        pt_nif,
        uk_nino,
        uk_nhs,
        at_svnr,
        dk_cpr,
        fi_hetu,
        se_personnummer,
        ie_pps,
    )
)
"""The built-in identifiers (one module each), in documentation order."""

IDENTIFIER_CATEGORIES: tuple[str, ...] = tuple(spec.id for spec in IDENTIFIERS)
"""Categories reported for national identifiers (placeholders ``[FR_NIR]``...)."""
