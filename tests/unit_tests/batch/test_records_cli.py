"""Batch input and output: files, folders, globs, stdin, JSONL and CSV, via the CLI."""

from __future__ import annotations

import io
import json
import os
import select
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from langchain_mistral_secure.batch import (
    Record,
    expand_paths,
    read_records,
    write_records,
)
from langchain_mistral_secure.batch.records import csv_text
from langchain_mistral_secure.cli import main

SCRIPT = Path(sys.executable).with_name("mistral-secure")
EMAIL = "jane.doe@example.com"
PEM = (
    "-----BEGIN RSA PRIVATE KEY-----\n"  # pragma: allowlist secret
    "MIIEowIBAAKCAQEA0Zx1q2w3e4r5t6y7u8i9o0pAsDfGhJkLzXcVbNm\n"
    "-----END RSA PRIVATE KEY-----\n"
)


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_scan_takes_a_file_not_its_name(tmp_path: Path) -> None:
    log = _write(tmp_path / "sample.log", f"ok\nmail {EMAIL} now\n")
    out = io.StringIO()
    assert main(["scan", str(log)], out=out) == 0
    table = out.getvalue()
    assert f"{log}:2:6" in table
    assert "j***@e***.com" in table
    assert EMAIL not in table


def test_missing_path_is_an_error_not_a_clean_scan(tmp_path: Path) -> None:
    assert main(["scan", str(tmp_path / "nope.log")], out=io.StringIO()) == 2


@pytest.mark.parametrize("pattern", ["dir", "glob"])
def test_folders_and_globs_expand(tmp_path: Path, pattern: str) -> None:
    (tmp_path / "sub").mkdir()
    a = _write(tmp_path / "a.txt", "x")
    b = _write(tmp_path / "sub" / "b.txt", "y")
    _write(tmp_path / "c.md", "z")
    arg = str(tmp_path) if pattern == "dir" else str(tmp_path / "**" / "*.txt")
    found = expand_paths([arg])
    assert str(a) in found
    assert str(b) in found
    assert (str(tmp_path / "c.md") in found) is (pattern == "dir")


def test_pem_block_stays_one_record(tmp_path: Path) -> None:
    path = _write(tmp_path / "k.txt", f"before\n{PEM}after\n")
    records = list(read_records(str(path)))
    assert [r.number for r in records] == [1, 2, 5]
    assert records[1].text == PEM
    out = io.StringIO()
    assert main(["redact", str(path)], out=out) == 0
    assert out.getvalue() == "before\n[PRIVATE_KEY]\nafter\n"


def test_jsonl_field_redacted_other_lines_untouched(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": 1, "messages": [{"content": f"mail {EMAIL}"}]}),
        '{"id":2,  "messages":[{"content":"nothing here"}]}',
    ]
    path = _write(tmp_path / "chats.jsonl", "\n".join(lines) + "\n")
    out = io.StringIO()
    assert main(["redact", str(path), "--field", "messages.0.content"], out=out) == 0
    first, second = out.getvalue().splitlines()
    assert json.loads(first) == {"id": 1, "messages": [{"content": "mail [EMAIL]"}]}
    assert second == lines[1]  # byte for byte


def test_csv_column_redacted(tmp_path: Path) -> None:
    rows = [{"id": "1", "body": f"to {EMAIL}"}, {"id": "2", "body": "hi"}]
    path = _write(tmp_path / "t.csv", csv_text(rows))
    out = io.StringIO()
    assert main(["redact", str(path), "--field", "body"], out=out) == 0
    assert out.getvalue() == csv_text(
        [{"id": "1", "body": "to [EMAIL]"}, {"id": "2", "body": "hi"}]
    )


@pytest.mark.parametrize(
    ("name", "content", "field", "needle"),
    [
        ("bad.jsonl", f'{{"text": "{EMAIL}"\n', "text", "bad.jsonl:1: not a JSON line"),
        ("f.jsonl", json.dumps({"text": EMAIL}) + "\n", "body", "no field 'body'"),
        ("c.csv", csv_text([{"text": EMAIL}]), "body", "no column 'body'"),
        # A number or content blocks are refused, never written back unscanned.
        ("n.jsonl", '{"text": 4111111111111111}\n', "text", "holds a int, not text"),
        (
            "b.jsonl",
            json.dumps({"text": [{"type": "text", "text": EMAIL}]}) + "\n",
            "text",
            "holds a list, not text",
        ),
    ],
)
def test_input_errors_name_the_place_never_the_text(  # noqa: PLR0913, PLR0917
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: str,
    field: str,
    needle: str,
) -> None:
    path = _write(tmp_path / name, content)
    assert main(["scan", str(path), "--field", field], out=io.StringIO()) == 2
    err = capsys.readouterr().err
    assert needle in err
    assert EMAIL not in err


def test_record_repr_has_no_text() -> None:
    record = next(read_records_from_text(f"mail {EMAIL}\n"))
    assert EMAIL not in repr(record)


def read_records_from_text(text: str) -> Iterator[Record]:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as handle:
        handle.write(text)
    try:
        yield from read_records(handle.name)
    finally:
        Path(handle.name).unlink()


def test_write_records_flushes_each_record() -> None:
    class Counting(io.StringIO):
        flushes = 0

        def flush(self) -> None:
            self.flushes += 1
            super().flush()

    out = Counting()
    records = list(read_records_from_text("a\nb\nc\n"))
    write_records(((r, r.text) for r in records), out)
    assert out.getvalue() == "a\nb\nc\n"
    assert out.flushes == 3


def test_redact_is_line_buffered_on_a_pipe() -> None:
    env = {k: v for k, v in os.environ.items() if k != "MISTRAL_API_KEY"}
    proc = subprocess.Popen(  # noqa: S603 - our own console script
        [str(SCRIPT), "redact"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdin is not None
    assert proc.stdout is not None
    try:
        proc.stdin.write(f"first {EMAIL}\n")
        proc.stdin.flush()
        # The line comes out while stdin is still open (tail -f | redact); the
        # generous bound only keeps a regression from hanging the suite.
        assert select.select([proc.stdout], [], [], 60)[0], "no line before EOF"
        assert proc.stdout.readline() == "first [EMAIL]\n"
        proc.stdin.write("second\n")
        proc.stdin.flush()
        assert proc.stdout.readline() == "second\n"
    finally:
        proc.stdin.close()
        proc.wait(timeout=60)
    assert proc.returncode == 0
