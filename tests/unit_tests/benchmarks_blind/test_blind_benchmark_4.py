"""``python -m benchmarks.blind --corpus 4`` measures the fourth corpus.

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
    return blind.run(limit=1, corpus=4, echo=False)


def test_corpus_four_names_its_folder() -> None:
    assert blind.corpus_dir(4) == blind.CORPUS_4
    assert blind.CORPUS_4.name == "blind_corpus_4"
    assert blind.CORPUS_4.parent == blind.CORPUS.parent
    assert blind.CORPORA[4] == blind.CORPUS_4
    # Corpus 5 exists since session h17; there is no sixth.
    with pytest.raises(ValueError, match="no blind corpus 7"):
        blind.corpus_dir(7)


def test_run_reads_the_fourth_corpus_and_says_so(result: dict[str, Any]) -> None:
    assert result["corpus"] == 4
    stems = {path.stem for path in blind.CORPUS_4.glob("*.jsonl")}
    assert {entry["file"] for entry in result["files"]} == stems
    assert all(entry["rows"] == 1 for entry in result["files"])
    text = blind.markdown(result)
    assert "`benchmarks/blind_corpus_4/`" in text
    assert "`benchmarks/blind_corpus_3/`" not in text
    for entry in result["files"]:
        assert entry["metric"] == ("fpr" if entry["label"] == 0 else "recall")


def test_the_cli_takes_corpus_four(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["--corpus", "4", "--json", "--limit", "2", "--only", "jailbreak"]
    assert blind.main(argv) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["corpus"] == 4
    assert [entry["file"] for entry in printed["files"]] == ["jailbreak"]
    assert printed["files"][0]["rows"] == 2


def test_the_report_has_its_own_section_after_the_third(
    result: dict[str, Any],
) -> None:
    third = blind.run(limit=1, only="benign_code", corpus=3, echo=False)
    sections = "\n".join(report._sections({"blind_3": third, "blind_4": result}))
    assert "## Blind held-out estimate, fourth corpus" in sections
    assert sections.index("## Blind held-out estimate, third corpus") < sections.index(
        "## Blind held-out estimate, fourth corpus"
    )
    assert sections.index("`benchmarks/blind_corpus_3/`") < sections.index(
        "`benchmarks/blind_corpus_4/`"
    )


def test_python_m_benchmarks_measures_the_fourth_corpus() -> None:
    source = (ROOT / "benchmarks" / "__main__.py").read_text(encoding="utf-8")
    assert 'results["blind_4"]' in source
    assert "corpus=4" in source
