"""The sixth blind corpus is well formed, varied and apart from corpora 1 to 5.

``benchmarks/blind_corpus_6/`` is the blind estimate once corpora 1 to 5
became dev data (corpus 5 in session h18). These checks keep it usable as one:
the schema and ids of every row, the kinds and their sizes, the languages
(at least half of the rows not in English), no repeated or near-repeated rows,
no row that copies or nearly copies a row of any earlier corpus (compared
here, so nobody has to read one to write the other; failures print only ids
of this corpus), and no row that trips the repository's own secrets audit.
The checks live in ``corpus_checks``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from langchain_mistral_secure.audit.scanner import scan_paths

ROOT = Path(__file__).resolve().parents[3]
for path in (ROOT, Path(__file__).resolve().parent):
    if str(path) not in sys.path:  # benchmarks and the shared checks
        sys.path.insert(0, str(path))

import corpus_checks as checks  # noqa: E402

from benchmarks import blind  # noqa: E402

KINDS = checks.KINDS
FIELDS = {*blind.FIELDS, "id"}
# Jaccard index of character 5-gram sets at which a row is a near copy.
NEAR_COPY = 0.8
EARLIER = (
    blind.CORPUS,
    blind.CORPUS_2,
    blind.CORPUS_3,
    blind.CORPUS_4,
    blind.CORPUS_5,
)


@pytest.fixture(scope="module")
def corpus() -> checks.Corpus:
    return checks.read_corpus(blind.CORPUS_6)


@pytest.fixture(scope="module")
def mine(corpus: checks.Corpus) -> list[dict[str, str]]:
    return [row for kind in KINDS for row in corpus[kind]]


@pytest.fixture(scope="module")
def earlier_texts() -> list[str]:
    return [
        row["text"]
        for directory in EARLIER
        for rows in blind.load_corpus(directory).values()
        for row in rows
    ]


def test_the_corpus_holds_exactly_the_kinds_of_the_earlier_ones() -> None:
    sixth = {path.stem for path in blind.CORPUS_6.glob("*.jsonl")}
    assert sixth == set(KINDS)
    for directory in EARLIER:
        assert sixth == {path.stem for path in directory.glob("*.jsonl")}


@pytest.mark.parametrize("kind", KINDS)
def test_every_row_has_valid_fields(corpus: checks.Corpus, kind: str) -> None:
    assert corpus[kind]
    assert checks.bad_fields(corpus[kind], kind, FIELDS) == []


@pytest.mark.parametrize("kind", KINDS)
def test_ids_name_the_file_and_count_up_from_one(
    corpus: checks.Corpus, kind: str
) -> None:
    assert checks.bad_ids(corpus[kind], kind, "b6") == []


def test_no_id_appears_twice(corpus: checks.Corpus) -> None:
    assert checks.repeated_ids(corpus) == []


def test_every_file_is_jsonl_with_one_object_per_line() -> None:
    assert checks.non_jsonl_files(blind.CORPUS_6) == []


def test_the_corpus_loads_through_the_benchmark() -> None:
    loaded = blind.load_corpus(blind.corpus_dir(6))
    assert set(loaded) == set(KINDS)
    for kind, rows in loaded.items():
        assert rows
        assert {row["label"] for row in rows} == {checks.label_of(kind)}


@pytest.mark.parametrize("kind", checks.ATTACK_KINDS)
def test_each_attack_kind_is_large_and_spread_over_families(
    corpus: checks.Corpus, kind: str
) -> None:
    checks.check_attack_kind(
        corpus[kind], min_rows=150, min_families=15, max_share=0.25
    )


@pytest.mark.parametrize("kind", checks.BENIGN_KINDS)
def test_each_benign_kind_is_large_enough(corpus: checks.Corpus, kind: str) -> None:
    checks.check_benign_kind(corpus[kind], min_rows=100, min_families=4)


def test_at_least_half_of_the_rows_are_not_english_in_many_languages(
    corpus: checks.Corpus,
) -> None:
    checks.check_languages(corpus, low=0.5, high=0.7, min_languages=40)


@pytest.mark.parametrize("kind", KINDS)
def test_lengths_vary_from_one_line_to_long_documents(
    corpus: checks.Corpus, kind: str
) -> None:
    checks.check_lengths(corpus[kind])


def test_attacks_include_long_templates(corpus: checks.Corpus) -> None:
    kinds = checks.long_attack_kinds(corpus, min_rows=12)
    assert kinds == set(checks.ATTACK_KINDS)


def test_no_text_appears_twice_even_folded(corpus: checks.Corpus) -> None:
    assert checks.repeated_texts(corpus) == []


@pytest.mark.parametrize("kind", KINDS)
def test_no_two_rows_of_a_file_are_near_duplicates(
    corpus: checks.Corpus, kind: str
) -> None:
    """Rows differ in wording, not only in a name or a number."""
    rows = corpus[kind]
    pairs = checks.near_duplicate_pairs(rows)
    assert [(rows[i]["id"], rows[j]["id"]) for i, j in pairs] == []


def test_no_row_is_a_row_of_corpus_1_to_5(
    mine: list[dict[str, str]], earlier_texts: list[str]
) -> None:
    shared = checks.exact_copies([row["text"] for row in mine], earlier_texts)
    # Only ids of this corpus are shown, never the text of the earlier ones.
    assert [mine[n]["id"] for n in shared] == []


def test_no_row_is_a_near_copy_of_a_row_of_corpus_1_to_5(
    mine: list[dict[str, str]], earlier_texts: list[str]
) -> None:
    """Not a paraphrase that only swaps a name or a number either (any kind)."""
    close = checks.near_copies([row["text"] for row in mine], earlier_texts, NEAR_COPY)
    assert [mine[n]["id"] for n in close] == []


def test_no_row_trips_the_repository_secrets_audit() -> None:
    files = [f"benchmarks/{blind.CORPUS_6.name}/{kind}.jsonl" for kind in KINDS]
    result = scan_paths(ROOT, files=files)
    assert result.files_scanned == len(files)
    assert [(hit.path, hit.line, hit.rule_id) for hit in result.secrets] == []


def test_the_readme_table_gives_the_real_counts(corpus: checks.Corpus) -> None:
    readme = blind.CORPUS_6 / "README.md"
    assert checks.missing_from(readme, checks.readme_count_lines(corpus)) == []


def test_the_readme_lists_every_family_with_its_count(corpus: checks.Corpus) -> None:
    readme = blind.CORPUS_6 / "README.md"
    assert checks.missing_from(readme, checks.readme_family_lines(corpus)) == []


def test_the_readme_says_what_the_corpus_is() -> None:
    phrases = (
        "MIT",
        "No row was copied",
        "stand-in",
        "optimistic",
        "blind",
        "committed before any measurement",
        "near cop",
    )
    assert checks.missing_from(blind.CORPUS_6 / "README.md", phrases) == []
