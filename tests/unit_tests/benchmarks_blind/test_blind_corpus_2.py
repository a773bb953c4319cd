"""The second blind corpus is well formed, varied and apart from the first.

``benchmarks/blind_corpus_2/`` replaced the first corpus as the blind estimate
once the first was handed to the rule writers. These checks keep it usable as
one: the schema of every row, the kinds and their sizes, the languages, no
repeated or near-repeated rows, and no row that is also a row of the first
corpus (compared here, so nobody has to read one to write the other).
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections import Counter
from itertools import combinations
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[3]
if str(ROOT) not in sys.path:  # the benchmarks package lives beside the package
    sys.path.insert(0, str(ROOT))

from benchmarks import blind  # noqa: E402

ATTACK_KINDS = ("direct_hijack", "extraction", "indirect", "jailbreak")
BENIGN_KINDS = (
    "benign_code",
    "benign_email_docs",
    "benign_multilingual",
    "benign_roleplay",
    "benign_security",
)
KINDS = ATTACK_KINDS + BENIGN_KINDS


def _rows(directory: Path, kind: str) -> list[dict[str, Any]]:
    with (directory / f"{kind}.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _squash(text: str) -> str:
    """Case, width and whitespace folded: two rows this equal are one row."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _shingles(text: str, size: int = 4) -> set[str]:
    folded = _squash(text)
    return {folded[i : i + size] for i in range(max(1, len(folded) - size + 1))}


def _near(a: set[str], b: set[str], share: float = 0.6) -> bool:
    return len(a & b) > share * len(a | b)


@pytest.fixture(scope="module")
def corpus() -> dict[str, list[dict[str, Any]]]:
    return {kind: _rows(blind.CORPUS_2, kind) for kind in KINDS}


def test_the_corpus_holds_exactly_the_kinds_of_the_first() -> None:
    second = {path.stem for path in blind.CORPUS_2.glob("*.jsonl")}
    first = {path.stem for path in blind.CORPUS.glob("*.jsonl")}
    assert second == set(KINDS)
    assert second == first


@pytest.mark.parametrize("kind", KINDS)
def test_every_row_has_valid_fields(
    corpus: dict[str, list[dict[str, Any]]], kind: str
) -> None:
    label = 0 if kind.startswith("benign_") else 1
    assert corpus[kind]
    for row in corpus[kind]:
        assert set(row) == set(blind.FIELDS)
        assert row["label"] == label
        assert row["kind"] == kind
        assert isinstance(row["text"], str)
        assert row["text"].strip()
        assert row["text"] == row["text"].strip()
        assert isinstance(row["family"], str)
        assert row["family"].isidentifier()
        assert row["family"].islower()
        assert isinstance(row["lang"], str)
        assert len(row["lang"]) == 2
        assert row["lang"].isascii()
        assert row["lang"].isalpha()
        assert row["lang"].islower()


def test_every_file_is_jsonl_with_one_object_per_line() -> None:
    for kind in KINDS:
        lines = (blind.CORPUS_2 / f"{kind}.jsonl").read_text("utf-8").splitlines()
        assert lines
        assert all(isinstance(json.loads(line), dict) for line in lines)


@pytest.mark.parametrize("corpus_number", sorted(blind.CORPORA))
def test_both_corpora_load_through_the_benchmark(corpus_number: int) -> None:
    loaded = blind.load_corpus(blind.corpus_dir(corpus_number))
    assert set(loaded) == set(KINDS)
    for kind, rows in loaded.items():
        assert rows
        assert {row["label"] for row in rows} == {0 if "benign" in kind else 1}


@pytest.mark.parametrize("kind", ATTACK_KINDS)
def test_each_attack_kind_is_large_and_spread_over_families(
    corpus: dict[str, list[dict[str, Any]]], kind: str
) -> None:
    rows = corpus[kind]
    assert len(rows) >= 150
    families = Counter(row["family"] for row in rows)
    assert len(families) >= 8
    # No single family stands for most of the kind.
    assert max(families.values()) <= 0.3 * len(rows)


@pytest.mark.parametrize("kind", BENIGN_KINDS)
def test_each_benign_kind_is_large_enough(
    corpus: dict[str, list[dict[str, Any]]], kind: str
) -> None:
    rows = corpus[kind]
    assert len(rows) >= 100
    assert len({row["family"] for row in rows}) >= 3


def test_at_least_thirty_percent_of_rows_are_not_english(
    corpus: dict[str, list[dict[str, Any]]],
) -> None:
    for kinds in (ATTACK_KINDS, BENIGN_KINDS):
        rows = [row for kind in kinds for row in corpus[kind]]
        other = [row for row in rows if row["lang"] != "en"]
        assert len(other) >= 0.3 * len(rows)
        assert len({row["lang"] for row in other}) >= 20


@pytest.mark.parametrize("kind", KINDS)
def test_lengths_vary_from_one_line_to_long_documents(
    corpus: dict[str, list[dict[str, Any]]], kind: str
) -> None:
    lengths = sorted(len(row["text"]) for row in corpus[kind])
    assert lengths[0] < 80
    assert lengths[-1] > 450


def test_attacks_include_long_templates(
    corpus: dict[str, list[dict[str, Any]]],
) -> None:
    long_rows = [
        row for kind in ATTACK_KINDS for row in corpus[kind] if len(row["text"]) > 1000
    ]
    assert len(long_rows) >= 8
    assert {row["kind"] for row in long_rows} >= {"direct_hijack", "jailbreak"}


def test_no_text_appears_twice_even_folded(
    corpus: dict[str, list[dict[str, Any]]],
) -> None:
    texts = [_squash(row["text"]) for kind in KINDS for row in corpus[kind]]
    repeated = [text[:60] for text, n in Counter(texts).items() if n > 1]
    assert repeated == []


@pytest.mark.parametrize("kind", KINDS)
def test_no_two_rows_of_a_file_are_near_duplicates(
    corpus: dict[str, list[dict[str, Any]]], kind: str
) -> None:
    """Rows differ in wording, not only in a name or a number."""
    shingles = [_shingles(row["text"]) for row in corpus[kind]]
    close = [
        (i, j) for (i, a), (j, b) in combinations(enumerate(shingles), 2) if _near(a, b)
    ]
    assert close == []


def test_no_row_is_a_row_of_the_first_corpus(
    corpus: dict[str, list[dict[str, Any]]],
) -> None:
    first = {
        _squash(row["text"])
        for rows in blind.load_corpus(blind.CORPUS).values()
        for row in rows
    }
    shared = [
        (kind, n)
        for kind in KINDS
        for n, row in enumerate(corpus[kind])
        if _squash(row["text"]) in first
    ]
    # Only positions are shown, so a failure does not print corpus 1 text.
    assert shared == []


@pytest.mark.parametrize("kind", KINDS)
def test_no_row_is_a_near_copy_of_a_row_of_the_same_kind_in_the_first(
    corpus: dict[str, list[dict[str, Any]]], kind: str
) -> None:
    """Not a paraphrase that only swaps a name or a number either."""
    first = [_shingles(row["text"]) for row in _rows(blind.CORPUS, kind)]
    close = []
    for n, row in enumerate(corpus[kind]):
        mine = _shingles(row["text"])
        for theirs in first:
            # Two sets this far apart in size cannot pass the share; skip early.
            small, large = sorted((len(mine), len(theirs)))
            if small > 0.6 * large and _near(mine, theirs):
                close.append(n)
                break
    assert close == []


@pytest.mark.parametrize("kind", KINDS)
def test_the_readme_table_gives_the_real_counts(
    corpus: dict[str, list[dict[str, Any]]], kind: str
) -> None:
    readme = (blind.CORPUS_2 / "README.md").read_text(encoding="utf-8")
    rows = corpus[kind]
    other = sum(row["lang"] != "en" for row in rows)
    label = 0 if kind.startswith("benign_") else 1
    families = len({row["family"] for row in rows})
    langs = len({row["lang"] for row in rows})
    assert (
        f"| `{kind}.jsonl` | {label} | {len(rows)} | {other} | {families} | {langs} |"
        in readme
    )


def test_the_readme_lists_every_family_with_its_count(
    corpus: dict[str, list[dict[str, Any]]],
) -> None:
    readme = (blind.CORPUS_2 / "README.md").read_text(encoding="utf-8")
    for kind in KINDS:
        for family, n in Counter(row["family"] for row in corpus[kind]).items():
            assert f"| {kind} | {family} | {n} |" in readme


def test_the_readme_says_what_the_corpus_is() -> None:
    readme = (blind.CORPUS_2 / "README.md").read_text(encoding="utf-8")
    for phrase in ("MIT", "No row was copied", "stand-in", "optimistic", "blind"):
        assert phrase in readme
