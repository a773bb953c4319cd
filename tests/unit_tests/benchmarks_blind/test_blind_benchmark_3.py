"""``python -m benchmarks.blind --corpus 3`` measures the third corpus.

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
    return blind.run(limit=1, corpus=3, echo=False)


def test_corpus_three_names_its_folder() -> None:
    assert blind.corpus_dir(3) == blind.CORPUS_3
    assert blind.CORPUS_3.name == "blind_corpus_3"
    assert blind.CORPUS_3.parent == blind.CORPUS.parent
    assert sorted(blind.CORPORA) == [1, 2, 3, 4, 5, 6]


def test_run_reads_the_third_corpus_and_says_so(result: dict[str, Any]) -> None:
    assert result["corpus"] == 3
    stems = {path.stem for path in blind.CORPUS_3.glob("*.jsonl")}
    assert {entry["file"] for entry in result["files"]} == stems
    assert all(entry["rows"] == 1 for entry in result["files"])
    text = blind.markdown(result)
    assert "`benchmarks/blind_corpus_3/`" in text
    assert "`benchmarks/blind_corpus_2/`" not in text
    assert "`benchmarks/blind_corpus/`" not in text


def test_the_extra_id_field_does_not_disturb_the_benchmark(
    result: dict[str, Any],
) -> None:
    # Rows of corpus 3 carry an ``id``; the per-family table still groups them.
    families = {(f["file"], f["family"]) for f in result["families"]}
    assert len(families) == len(result["files"])
    for entry in result["files"]:
        assert entry["metric"] == ("fpr" if entry["label"] == 0 else "recall")


def test_the_cli_takes_corpus_three(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["--corpus", "3", "--json", "--limit", "2", "--only", "extraction"]
    assert blind.main(argv) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["corpus"] == 3
    assert [entry["file"] for entry in printed["files"]] == ["extraction"]
    assert printed["files"][0]["rows"] == 2
    # A number no corpus will take: with the next corpus's number, this
    # call would measure that whole corpus (and print it) once it exists.
    with pytest.raises(SystemExit):
        blind.main(["--corpus", "99"])


def test_the_report_has_a_section_for_the_third_corpus(
    result: dict[str, Any],
) -> None:
    second = blind.run(limit=1, only="benign_code", corpus=2, echo=False)
    sections = "\n".join(report._sections({"blind_2": second, "blind_3": result}))
    assert "## Blind held-out estimate, second corpus" in sections
    assert "## Blind held-out estimate, third corpus" in sections
    assert sections.index("`benchmarks/blind_corpus_2/`") < sections.index(
        "`benchmarks/blind_corpus_3/`"
    )


def test_python_m_benchmarks_measures_the_third_corpus() -> None:
    source = (ROOT / "benchmarks" / "__main__.py").read_text(encoding="utf-8")
    assert 'results["blind_3"]' in source
    assert "corpus=3" in source
