"""``python -m benchmarks.blind --corpus 5`` measures the fifth corpus.

The figures themselves are not asserted or printed (the corpus is the blind
estimate: nobody tunes to it, and its author did not look at them); the
option, the folder it reads, the heading it prints and the report section are.
The runs here read one row per file.
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
    return blind.run(limit=1, corpus=5, echo=False)


def test_corpus_five_names_its_folder() -> None:
    assert blind.corpus_dir(5) == blind.CORPUS_5
    assert blind.CORPUS_5.name == "blind_corpus_5"
    assert blind.CORPUS_5.parent == blind.CORPUS.parent
    assert blind.CORPORA[5] == blind.CORPUS_5
    with pytest.raises(ValueError, match="no blind corpus 7"):
        blind.corpus_dir(7)


def test_run_reads_the_fifth_corpus_and_says_so(result: dict[str, Any]) -> None:
    assert result["corpus"] == 5
    stems = {path.stem for path in blind.CORPUS_5.glob("*.jsonl")}
    assert {entry["file"] for entry in result["files"]} == stems
    assert all(entry["rows"] == 1 for entry in result["files"])
    # Booleans first, so a failure never prints a table of this corpus.
    text = blind.markdown(result)
    names_its_folder = "`benchmarks/blind_corpus_5/`" in text
    names_the_fourth = "`benchmarks/blind_corpus_4/`" in text
    assert names_its_folder
    assert not names_the_fourth
    for entry in result["files"]:
        assert entry["metric"] == ("fpr" if entry["label"] == 0 else "recall")


def test_the_cli_takes_corpus_five(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["--corpus", "5", "--json", "--limit", "1", "--only", "benign_code"]
    assert blind.main(argv) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["corpus"] == 5
    assert [entry["file"] for entry in printed["files"]] == ["benign_code"]
    assert printed["files"][0]["rows"] == 1


def test_the_cli_rejects_a_corpus_that_does_not_exist(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # A number no corpus will take: with the next corpus's number, this
    # call would measure that whole corpus (and print it) once it exists.
    with pytest.raises(SystemExit):
        blind.main(["--corpus", "99"])
    assert "invalid choice" in capsys.readouterr().err


def test_the_report_has_its_own_section_after_the_fourth(
    result: dict[str, Any],
) -> None:
    fourth = blind.run(limit=1, only="benign_code", corpus=4, echo=False)
    sections = "\n".join(report._sections({"blind_4": fourth, "blind_5": result}))
    # Positions only, so a failure never prints a table of this corpus.
    fourth_at = sections.find("## Blind held-out estimate, fourth corpus")
    fifth_at = sections.find("## Blind held-out estimate, fifth corpus")
    folder_4_at = sections.find("`benchmarks/blind_corpus_4/`")
    folder_5_at = sections.find("`benchmarks/blind_corpus_5/`")
    assert 0 <= fourth_at < fifth_at
    assert 0 <= folder_4_at < folder_5_at


def test_python_m_benchmarks_measures_the_fifth_corpus() -> None:
    source = (ROOT / "benchmarks" / "__main__.py").read_text(encoding="utf-8")
    assert 'results["blind_5"]' in source
    assert "corpus=5" in source
