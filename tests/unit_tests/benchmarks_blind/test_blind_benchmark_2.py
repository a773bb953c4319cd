"""``python -m benchmarks.blind --corpus 2`` measures the second corpus.

The figures themselves are not asserted (they move as the rules improve, and
nobody should tune to them); the option, the folder it reads, the heading it
prints and the report section are.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[3]
if str(ROOT) not in sys.path:  # the benchmarks package lives beside the package
    sys.path.insert(0, str(ROOT))

from benchmarks import blind, report  # noqa: E402


@pytest.fixture(scope="module")
def result() -> dict[str, Any]:
    return blind.run(limit=1, corpus=2, echo=False)


def test_corpus_numbers_name_their_folders() -> None:
    assert blind.corpus_dir(1) == blind.CORPUS
    assert blind.corpus_dir(2) == blind.CORPUS_2
    assert blind.CORPUS.name == "blind_corpus"
    assert blind.CORPUS_2.name == "blind_corpus_2"
    with pytest.raises(ValueError, match="no blind corpus 9"):
        blind.corpus_dir(9)


def test_run_reads_the_second_corpus_and_says_so(result: dict[str, Any]) -> None:
    assert result["corpus"] == 2
    stems = {path.stem for path in blind.CORPUS_2.glob("*.jsonl")}
    assert {entry["file"] for entry in result["files"]} == stems
    assert all(entry["rows"] == 1 for entry in result["files"])
    text = blind.markdown(result)
    assert "`benchmarks/blind_corpus_2/`" in text
    assert "`benchmarks/blind_corpus/`" not in text


def test_the_first_corpus_stays_the_default() -> None:
    first = blind.run(limit=1, only="extraction", echo=False)
    assert first["corpus"] == 1
    assert "`benchmarks/blind_corpus/`" in blind.markdown(first)
    # A result without the key (an older latest.json) renders as corpus 1.
    del first["corpus"]
    assert "`benchmarks/blind_corpus/`" in blind.markdown(first)


def test_the_cli_takes_the_corpus_option(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["--corpus", "2", "--json", "--limit", "2", "--only", "indirect"]
    assert blind.main(argv) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["corpus"] == 2
    assert [entry["file"] for entry in printed["files"]] == ["indirect"]
    assert printed["files"][0]["rows"] == 2
    with pytest.raises(SystemExit):
        blind.main(["--corpus", "9"])


def test_the_report_has_a_section_per_corpus(result: dict[str, Any]) -> None:
    first = blind.run(limit=1, only="benign_code", echo=False)
    sections = "\n".join(report._sections({"blind": first, "blind_2": result}))
    assert "## Blind held-out estimate\n" in sections
    assert "## Blind held-out estimate, second corpus" in sections
    assert sections.index("`benchmarks/blind_corpus/`") < sections.index(
        "`benchmarks/blind_corpus_2/`"
    )
