"""The scorer's own training rows in ``training_data/`` are well formed (#14).

They are training data, not a benchmark (``training_data/data_fields/README.md``),
so only their format, counts and hygiene are checked here: fields and labels,
ids, repeated or near-duplicate texts, the corpora's near-copy rule, the
repository's secrets audit and the README's table. No row is scored.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from langchain_mistral_secure.audit.scanner import scan_paths

ROOT = Path(__file__).resolve().parents[3]
if str(Path(__file__).resolve().parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus_checks as checks  # noqa: E402

FOLDER = ROOT / "training_data" / "data_fields"
FILES = {"indirect": 1, "benign_email_docs": 0, "benign_code": 0}
FIELDS = {"id", "text", "label", "kind", "family", "lang"}


def _rows(stem: str) -> list[dict[str, Any]]:
    lines = (FOLDER / f"{stem}.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


def test_the_folder_holds_exactly_the_named_files() -> None:
    assert sorted(p.stem for p in FOLDER.glob("*.jsonl")) == sorted(FILES)


@pytest.mark.parametrize(("stem", "label"), sorted(FILES.items()))
def test_every_row_has_its_fields_label_kind_and_id(stem: str, label: int) -> None:
    rows = _rows(stem)
    assert len(rows) >= 100
    assert [sorted(r) for r in rows if set(r) != FIELDS] == []
    assert {r["label"] for r in rows} == {label}
    assert {r["kind"] for r in rows} == {stem}
    assert [r["id"] for r in rows] == [
        f"tdf-{stem}-{n:03d}" for n in range(1, len(rows) + 1)
    ]
    assert all(isinstance(r["text"], str) and r["text"].strip() for r in rows)


@pytest.mark.parametrize("stem", sorted(FILES))
def test_no_two_rows_of_a_file_are_near_duplicates(stem: str) -> None:
    rows = _rows(stem)
    folded = Counter(checks.squash(r["text"]) for r in rows)
    assert [t for t, n in folded.items() if n > 1] == []
    assert checks.near_duplicate_pairs(rows) == []


@pytest.mark.parametrize("stem", sorted(FILES))
def test_about_half_of_each_file_is_not_english(stem: str) -> None:
    rows = _rows(stem)
    other = sum(r["lang"] != "en" for r in rows)
    assert 0.4 <= other / len(rows) <= 0.6
    assert len({r["lang"] for r in rows}) >= 30


def test_no_row_trips_the_repository_secrets_audit() -> None:
    files = [f"training_data/data_fields/{stem}.jsonl" for stem in FILES]
    result = scan_paths(ROOT, files=files)
    assert result.files_scanned == len(files)
    assert [(hit.path, hit.line, hit.rule_id) for hit in result.secrets] == []


@pytest.mark.parametrize("stem", sorted(FILES))
def test_the_readme_table_gives_the_real_counts(stem: str) -> None:
    rows = _rows(stem)
    line = (
        f"| `{stem}.jsonl` | {FILES[stem]} | {len(rows)} | "
        f"{sum(r['lang'] == 'en' for r in rows)} | "
        f"{len({r['lang'] for r in rows})} | {len({r['family'] for r in rows})} |"
    )
    assert line in (FOLDER / "README.md").read_text(encoding="utf-8")
