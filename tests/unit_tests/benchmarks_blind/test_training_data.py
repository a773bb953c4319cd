"""The scorer's own training rows in ``training_data/`` are well formed (#14).

They are training data, not a benchmark (each folder's README says what for),
so only their format, counts and hygiene are checked here: fields and labels,
ids, repeated or near-duplicate texts, the language mix, the repository's
secrets audit and the README's table. No row is scored.
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

DATA = ROOT / "training_data"
# Folder -> (id prefix, {file stem: label}).
FOLDERS = {
    "data_fields": ("tdf", {"indirect": 1, "benign_email_docs": 0, "benign_code": 0}),
    "followup_edits": ("tfu", {"benign_followups": 0}),
    "carrier_twins": ("tct", {"benign_tool_outputs": 0, "benign_records": 0}),
    "everyday_chat": ("tec", {"benign_chat": 0}),
}
FILES = [(f, stem) for f, (_, stems) in FOLDERS.items() for stem in sorted(stems)]
FIELDS = {"id", "text", "label", "kind", "family", "lang"}


def _rows(folder: str, stem: str) -> list[dict[str, Any]]:
    text = (DATA / folder / f"{stem}.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines()]


def test_the_folders_hold_exactly_the_named_files() -> None:
    assert sorted(p.name for p in DATA.iterdir() if p.is_dir()) == sorted(FOLDERS)
    for folder, (_, stems) in FOLDERS.items():
        assert sorted(p.stem for p in (DATA / folder).glob("*.jsonl")) == sorted(stems)


@pytest.mark.parametrize(("folder", "stem"), FILES)
def test_every_row_has_its_fields_label_kind_and_id(folder: str, stem: str) -> None:
    prefix, labels = FOLDERS[folder]
    rows = _rows(folder, stem)
    assert len(rows) >= 100
    assert [sorted(r) for r in rows if set(r) != FIELDS] == []
    assert {r["label"] for r in rows} == {labels[stem]}
    assert {r["kind"] for r in rows} == {stem}
    assert [r["id"] for r in rows] == [
        f"{prefix}-{stem}-{n:03d}" for n in range(1, len(rows) + 1)
    ]
    assert all(isinstance(r["text"], str) and r["text"].strip() for r in rows)


@pytest.mark.parametrize(("folder", "stem"), FILES)
def test_no_two_rows_of_a_file_are_near_duplicates(folder: str, stem: str) -> None:
    rows = _rows(folder, stem)
    folded = Counter(checks.squash(r["text"]) for r in rows)
    assert [t for t, n in folded.items() if n > 1] == []
    assert checks.near_duplicate_pairs(rows) == []


@pytest.mark.parametrize(("folder", "stem"), FILES)
def test_about_half_of_each_file_is_not_english(folder: str, stem: str) -> None:
    rows = _rows(folder, stem)
    other = sum(r["lang"] != "en" for r in rows)
    assert 0.4 <= other / len(rows) <= 0.6
    assert len({r["lang"] for r in rows}) >= 30


def test_no_row_trips_the_repository_secrets_audit() -> None:
    files = [f"training_data/{folder}/{stem}.jsonl" for folder, stem in FILES]
    result = scan_paths(ROOT, files=files)
    assert result.files_scanned == len(files)
    assert [(hit.path, hit.line, hit.rule_id) for hit in result.secrets] == []


def _table_line(folder: str, stem: str) -> str:
    rows = _rows(folder, stem)
    english = sum(r["lang"] == "en" for r in rows)
    langs, families = len({r["lang"] for r in rows}), len({r["family"] for r in rows})
    # data_fields: rows in English, languages, families; the other folders:
    # non-English rows, families, languages (each README's own columns).
    counts = (
        (english, langs, families)
        if folder == "data_fields"
        else (len(rows) - english, families, langs)
    )
    cells = [f"`{stem}.jsonl`", FOLDERS[folder][1][stem], len(rows), *counts]
    return "| " + " | ".join(map(str, cells)) + " |"


@pytest.mark.parametrize(("folder", "stem"), FILES)
def test_the_readme_table_gives_the_real_counts(folder: str, stem: str) -> None:
    readme = (DATA / folder / "README.md").read_text(encoding="utf-8")
    assert _table_line(folder, stem) in readme
