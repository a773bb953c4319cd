"""The second blind corpus is well formed, varied and apart from the first.

``benchmarks/blind_corpus_2/`` replaced the first corpus as the blind estimate
once the first was handed to the rule writers. These checks keep it usable as
one: the schema of every row, the kinds and their sizes, the languages, no
repeated or near-repeated rows, and no row that is also a row of the first
corpus (compared here, so nobody has to read one to write the other). The
checks live in ``corpus_checks``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
for path in (ROOT, Path(__file__).resolve().parent):
    if str(path) not in sys.path:  # benchmarks and the shared checks
        sys.path.insert(0, str(path))

import corpus_checks as checks  # noqa: E402

from benchmarks import blind  # noqa: E402

KINDS = checks.KINDS


@pytest.fixture(scope="module")
def corpus() -> checks.Corpus:
    return checks.read_corpus(blind.CORPUS_2)


def test_the_corpus_holds_exactly_the_kinds_of_the_first() -> None:
    second = {path.stem for path in blind.CORPUS_2.glob("*.jsonl")}
    first = {path.stem for path in blind.CORPUS.glob("*.jsonl")}
    assert second == set(KINDS)
    assert second == first


@pytest.mark.parametrize("kind", KINDS)
def test_every_row_has_valid_fields(corpus: checks.Corpus, kind: str) -> None:
    assert corpus[kind]
    assert checks.bad_fields(corpus[kind], kind, set(blind.FIELDS)) == []


def test_every_file_is_jsonl_with_one_object_per_line() -> None:
    assert checks.non_jsonl_files(blind.CORPUS_2) == []


@pytest.mark.parametrize("corpus_number", sorted(blind.CORPORA))
def test_every_corpus_loads_through_the_benchmark(corpus_number: int) -> None:
    loaded = blind.load_corpus(blind.corpus_dir(corpus_number))
    assert set(loaded) == set(KINDS)
    for kind, rows in loaded.items():
        assert rows
        assert {row["label"] for row in rows} == {checks.label_of(kind)}


@pytest.mark.parametrize("kind", checks.ATTACK_KINDS)
def test_each_attack_kind_is_large_and_spread_over_families(
    corpus: checks.Corpus, kind: str
) -> None:
    checks.check_attack_kind(corpus[kind], min_rows=150, min_families=8, max_share=0.3)


@pytest.mark.parametrize("kind", checks.BENIGN_KINDS)
def test_each_benign_kind_is_large_enough(corpus: checks.Corpus, kind: str) -> None:
    checks.check_benign_kind(corpus[kind], min_rows=100, min_families=3)


def test_at_least_thirty_percent_of_rows_are_not_english(
    corpus: checks.Corpus,
) -> None:
    checks.check_languages(corpus, low=0.3, min_languages=20)


@pytest.mark.parametrize("kind", KINDS)
def test_lengths_vary_from_one_line_to_long_documents(
    corpus: checks.Corpus, kind: str
) -> None:
    checks.check_lengths(corpus[kind])


def test_attacks_include_long_templates(corpus: checks.Corpus) -> None:
    kinds = checks.long_attack_kinds(corpus, min_rows=8)
    assert kinds >= {"direct_hijack", "jailbreak"}


def test_no_text_appears_twice_even_folded(corpus: checks.Corpus) -> None:
    assert checks.repeated_texts(corpus) == []


@pytest.mark.parametrize("kind", KINDS)
def test_no_two_rows_of_a_file_are_near_duplicates(
    corpus: checks.Corpus, kind: str
) -> None:
    """Rows differ in wording, not only in a name or a number."""
    assert checks.near_duplicate_pairs(corpus[kind]) == []


def test_no_row_is_a_row_of_the_first_corpus(corpus: checks.Corpus) -> None:
    first = [
        row["text"] for rows in blind.load_corpus(blind.CORPUS).values() for row in rows
    ]
    # Only positions are shown, so a failure does not print corpus 1 text.
    shared = [
        (kind, n)
        for kind in KINDS
        for n in checks.exact_copies([row["text"] for row in corpus[kind]], first)
    ]
    assert shared == []


@pytest.mark.parametrize("kind", KINDS)
def test_no_row_is_a_near_copy_of_a_row_of_the_same_kind_in_the_first(
    corpus: checks.Corpus, kind: str
) -> None:
    """Not a paraphrase that only swaps a name or a number either."""
    first = [row["text"] for row in checks.read_rows(blind.CORPUS, kind)]
    mine = [row["text"] for row in corpus[kind]]
    assert checks.near_copies(mine, first, 0.6, 4, strict=True) == []


def test_the_readme_table_gives_the_real_counts(corpus: checks.Corpus) -> None:
    readme = blind.CORPUS_2 / "README.md"
    assert checks.missing_from(readme, checks.readme_count_lines(corpus)) == []


def test_the_readme_lists_every_family_with_its_count(corpus: checks.Corpus) -> None:
    readme = blind.CORPUS_2 / "README.md"
    assert checks.missing_from(readme, checks.readme_family_lines(corpus)) == []


def test_the_readme_says_what_the_corpus_is() -> None:
    phrases = ("MIT", "No row was copied", "stand-in", "optimistic", "blind")
    assert checks.missing_from(blind.CORPUS_2 / "README.md", phrases) == []
