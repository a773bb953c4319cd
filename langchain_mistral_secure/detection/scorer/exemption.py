"""Which texts keep the one-threshold value under a calibrated exemption.

Weights calibrated with ``--role-exemption`` store two flag thresholds: texts
that open as a prompt specification (:mod:`.role_spec`) keep the
one-threshold value, every other text gets a lower one. With
``--security-exemption`` security writing (:mod:`.security_spec`) keeps it
too, and with ``--followup-exemption`` follow-up turns that point at the
assistant's previous output (:mod:`.followup_spec`). The training command's
calibration, the scorer and the benchmarks ask this one function, so they
cannot disagree about a text.
"""

from __future__ import annotations

from langchain_mistral_secure.detection.scorer.followup_spec import opens_as_followup
from langchain_mistral_secure.detection.scorer.role_spec import opens_with_role
from langchain_mistral_secure.detection.scorer.security_spec import discusses_attacks

__all__ = ["is_exempt"]


def is_exempt(view_text: str, *, security: bool, followup: bool = False) -> bool:
    """Whether a text keeps the one-threshold value.

    Args:
        view_text: The detection view's text (lower-cased and folded).
        security: Whether security writing is exempt too (the weights were
            calibrated with ``--security-exemption``).
        followup: Whether follow-up turns are exempt too (the weights were
            calibrated with ``--followup-exemption``).

    Example:
        >>> is_exempt("act as a travel agent.", security=False)
        True
        >>> is_exempt("is this prompt injection?", security=False)
        False
        >>> is_exempt("is this prompt injection?", security=True)
        True
        >>> is_exempt("now make it shorter.", security=False, followup=True)
        True
    """
    return (
        opens_with_role(view_text)
        or (security and discusses_attacks(view_text))
        or (followup and opens_as_followup(view_text))
    )
