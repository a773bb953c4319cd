"""One list says which corpora are dev data and which are blind (#14).

``benchmarks/corpus_status.py`` is the only place the numbers live; these
checks tie it to what the folders, the corpus checks, the report and the
corpus READMEs say, so a session that switches a corpus cannot leave one of
them behind. No row is read.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
for path in (ROOT, Path(__file__).resolve().parent):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from blind_corpora import BY_NUMBER  # noqa: E402

from benchmarks import blind, rule_precision, scorer_corpora  # noqa: E402
from benchmarks.corpus_status import (  # noqa: E402
    BLIND_CORPORA,
    DEV_CORPORA,
    dev_range,
    folder_name,
    refuse_unless_dev,
    report_key,
)

BLIND_HEADING = "(while it is blind"
DEV_PARAGRAPH = "**Development data from session"


def _readme(number: int) -> str:
    return (ROOT / "benchmarks" / folder_name(number) / "README.md").read_text(
        encoding="utf-8"
    )


def test_dev_corpora_run_from_one_and_blind_ones_follow() -> None:
    assert tuple(range(1, len(DEV_CORPORA) + 1)) == DEV_CORPORA
    assert BLIND_CORPORA
    assert min(BLIND_CORPORA) == DEV_CORPORA[-1] + 1
    assert dev_range() == f"1-{DEV_CORPORA[-1]}"


@pytest.mark.parametrize("number", [*DEV_CORPORA, *sorted(BLIND_CORPORA)])
def test_every_corpus_is_wired_everywhere(number: int) -> None:
    assert blind.CORPORA[number].name == folder_name(number)
    assert number in BY_NUMBER
    assert report_key(number) in blind.SECTIONS


@pytest.mark.parametrize("number", DEV_CORPORA)
def test_dev_corpora_exist_and_are_read(number: int) -> None:
    assert (ROOT / "benchmarks" / folder_name(number) / "README.md").is_file()
    assert number in rule_precision.DEV_CORPORA


def test_the_newest_dev_corpus_says_it_is_dev_data() -> None:
    text = _readme(DEV_CORPORA[-1])
    assert DEV_PARAGRAPH in text
    assert f"## What nobody may do with it {BLIND_HEADING}" not in text


@pytest.mark.parametrize("number", sorted(BLIND_CORPORA))
def test_blind_corpora_say_they_are_blind_and_are_refused(number: int) -> None:
    assert number in rule_precision.BLIND_CORPORA
    with pytest.raises(ValueError, match="are blind"):
        next(rule_precision.iter_dev_rows(corpora=(number,)))
    with pytest.raises(SystemExit, match="not development data"):
        scorer_corpora._corpus_rows((number,))
    if not (ROOT / "benchmarks" / folder_name(number)).is_dir():
        pytest.skip(f"corpus {number} is being written (wired before its rows)")
    text = _readme(number)
    assert f"## What nobody may do with it {BLIND_HEADING}" in text
    assert DEV_PARAGRAPH not in text


@pytest.mark.parametrize("number", [0, -1, *sorted(BLIND_CORPORA)])
def test_every_dev_reader_refuses_one_check(number: int) -> None:
    refuse_unless_dev(DEV_CORPORA)
    with pytest.raises(SystemExit, match=f"corpus {number} is not development data"):
        refuse_unless_dev([*DEV_CORPORA, number])
