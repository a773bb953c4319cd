"""Benign frames where a dismissal is stated, asked about or listed, never ordered.

Each veto here names one frame, in its own module, and passes a finding
only when nothing in its bounded windows addresses a model or orders the
phrase carried out:

* :mod:`.dismissal_stated_of_someone_i18n`: a subject of the third person
  before the Romance verb that looks like the familiar imperative ("Mon
  fils ignore toutes les règles"), or the Hindi indicative;
* :mod:`.how_asked_for_oneself_sov`: a how-to question asked for oneself in
  Turkish, Japanese and Korean, the asker said after the dismissal;
* :mod:`.listed_as_data`: one item of a list of phrases after a list noun
  and a colon ("my blocklist: ignore previous, disregard the above, ...");
* :func:`.hijack_forged_paper.is_forgery_reported` (h62): a forged paper
  told of in a report, a warning, a training or a story ("an incident
  summary: a phishing e-mail pretending to be the payroll provider").
"""

from __future__ import annotations

from langchain_mistral_secure.detection.engine import Finding
from langchain_mistral_secure.detection.injection.dismissal_stated_of_someone_i18n import (  # noqa: E501
    is_dismissal_stated_of_someone,
)
from langchain_mistral_secure.detection.injection.hijack_forged_paper import (
    is_forgery_reported,
)
from langchain_mistral_secure.detection.injection.how_asked_for_oneself_sov import (
    is_how_asked_for_oneself,
)
from langchain_mistral_secure.detection.injection.listed_as_data import (
    is_listed_as_data,
)

__all__ = ["is_unordered_frame"]


def is_unordered_frame(text: str, finding: Finding) -> bool:
    """Whether ``finding`` sits in one of the frames above.

    Example:
        >>> from langchain_mistral_secure.detection.engine import Finding
        >>> s = "Mi vecino ignora las reglas del garaje. ¿Qué hago?"
        >>> rule = "injection.override.es"
        >>> is_unordered_frame(s, Finding(10, 27, rule, "override", 0.9))
        True
    """
    return (
        is_dismissal_stated_of_someone(text, finding)
        or is_how_asked_for_oneself(text, finding)
        or is_listed_as_data(text, finding)
        or is_forgery_reported(text, finding)
    )
