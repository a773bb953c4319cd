"""Per-(file, class) training weights, and each extra folder counted as one file.

``balance="corpus"`` gives every file of one ``--extra-data`` folder a share of
one (folder, class) weight, so five corpora of nine files weigh what five
public files do; ``"equal"`` (the shipped recipe) is unchanged by it.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[3]
if str(ROOT) not in sys.path:  # the benchmarks package lives beside the package
    sys.path.insert(0, str(ROOT))

from benchmarks.corpus_status import BLIND_CORPORA, DEV_CORPORA  # noqa: E402
from benchmarks.scorer import _dev_sets  # noqa: E402
from benchmarks.scorer_corpora import _corpus_rows  # noqa: E402
from langchain_mistral_secure.detection.scorer.fit import (  # noqa: E402
    Windows,
    _folders,
    _row_weights,
)

NAMES = ["public_a", "public_b", "c1/hijack", "c1/code", "c1/jailbreak", "c2/hijack"]
# (source index, label) of each window, one window per text.
WINDOWS = [
    (0, 1),
    (0, 0),
    (1, 0),
    (2, 1),
    (2, 1),
    (3, 0),
    (4, 1),
    (5, 1),
    (5, 0),
]


def _windows(names: list[str]) -> Windows:
    source = np.array([s for s, _ in WINDOWS], dtype=np.int64)
    label = np.array([y for _, y in WINDOWS], dtype=np.float64)
    size = source.shape[0]
    return Windows(
        indptr=np.zeros(size + 1, np.int64),
        indices=np.zeros(0, np.int32),
        data=np.zeros(0, np.float32),
        label=label,
        source=source,
        row=np.arange(size, dtype=np.int64),
        whole=np.ones(size, dtype=bool),
        folder=_folders(names),
    )


def test_folders_group_extra_files_and_keep_public_files_apart() -> None:
    assert _folders(NAMES).tolist() == [0, 1, 2, 2, 2, 5]
    assert _folders(["x/a", "y/a", "x/b"]).tolist() == [0, 1, 0]


@pytest.mark.parametrize("balance", ["equal", "sqrt", "corpus"])
def test_each_class_sums_to_one(balance: str) -> None:
    win = _windows(NAMES)
    weight = _row_weights(win, np.arange(len(WINDOWS), dtype=np.int64), balance)
    for cls in (0, 1):
        assert weight[win.label == cls].sum() == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("balance", "expected"),
    [
        # Attack groups: public_a, c1/hijack (2 texts), c1/jailbreak, c2/hijack.
        ("equal", [1 / 4, 1 / 8, 1 / 8, 1 / 4, 1 / 4]),
        # c1's two attack files share one weight: half each.
        ("corpus", [1 / 3, 1 / 12, 1 / 12, 1 / 6, 1 / 3]),
    ],
)
def test_attack_weights(balance: str, expected: list[float]) -> None:
    win = _windows(NAMES)
    weight = _row_weights(win, np.arange(len(WINDOWS), dtype=np.int64), balance)
    assert weight[win.label == 1].tolist() == pytest.approx(expected)


def test_corpus_balance_equals_equal_without_extra_folders() -> None:
    names = [n.replace("/", "_") for n in NAMES]
    win = _windows(names)
    rows = np.arange(len(WINDOWS), dtype=np.int64)
    assert _row_weights(win, rows, "corpus").tolist() == pytest.approx(
        _row_weights(win, rows, "equal").tolist()
    )


@pytest.mark.parametrize("corpus", [0, *sorted(BLIND_CORPORA)])
def test_benchmark_refuses_corpora_that_are_not_dev_data(corpus: int) -> None:
    assert corpus not in DEV_CORPORA
    with pytest.raises(SystemExit, match="not development data"):
        _corpus_rows((1, corpus))
    with pytest.raises(SystemExit, match="not development data"):
        _dev_sets(shared=False, corpora=(1, corpus))


@pytest.mark.parametrize("corpus", DEV_CORPORA[9:])
def test_former_blind_corpora_are_dev_data(corpus: int) -> None:
    # Corpus 10 stopped being the blind estimate in session h24, corpus 11 in
    # h25, corpus 12 in h26, corpus 13 in h27,
    # corpus 14 in h28, corpus 15 in h30, corpus 16 in h31, corpus 17 in h33,
    # corpus 18 in h34, corpus 19 in h35, corpus 20 in h36, corpus 21 in h37,
    # corpus 22 in h38, corpus 23 in h39, corpus 24 in h40, corpus 25 in h41,
    # corpus 26 in h42, corpus 27 in h43, corpus 28 in h44, corpus 29 in h45,
    # corpus 30 in h46, corpus 31 in h47, corpora 32 and 33 in h48, corpus 34
    # in h49, corpus 35 in h50, corpus 36 in h51, corpus 37 in h52, corpus 38
    # in h54, corpus 39 in h55, corpus 40 in h56, corpora 41 and 42 in h57,
    # corpora 43 and 44 in h58, corpus 45 in h59, corpora 46-48 in h60,
    # corpora 49 and 50 in h61, corpora 51 and 52 in h62, corpora 53-55 in
    # h63, corpora 56 and 57 in h64, corpora 58-60 in h65, corpora 61-63 in
    # h66, corpora 64 and 65 in h67, corpora 66 and 67 in h68
    # (benchmarks/corpus_status.py lists them).
    files = _corpus_rows((corpus,))
    assert files
    assert all(name.startswith(f"blind_corpus_{corpus}/") for name in files)
    assert set(_dev_sets(shared=False, corpora=(corpus,))) == {f"blind{corpus}"}
