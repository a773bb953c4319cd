"""Where batch texts come from and go back to: files, folders, globs, stdin, JSONL, CSV.

A :class:`Record` is one text with the place it came from. Plain text files are one
record per line (so a log is scanned and redacted line by line), JSONL one record
per line with the text at a field path, CSV one record per row with the text in a
column. Writing back changes only the selected field: other fields, and lines or
rows with no finding, are written as they were read.
"""

from __future__ import annotations

import csv
import glob
import io
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, TextIO

__all__ = [
    "Format",
    "Record",
    "expand_paths",
    "format_of",
    "read_records",
    "set_field",
    "write_records",
]

Format = Literal["text", "jsonl", "csv"]
"""How a source is split into records (see the module docstring)."""

STDIN = "-"
_PEM_BEGIN = "-----BEGIN"
_PEM_END = "-----END"
_PEM_MAX_LINES = 200
_SUFFIX_FORMATS: dict[str, Format] = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
}


@dataclass(frozen=True)
class Record:
    """One text of a batch and where it came from.

    Attributes:
        source: The file path, or ``"-"`` for stdin.
        number: The 1-based line (text, JSONL) or data row (CSV) number.
        text: The text to scan or redact (the selected field, for JSONL and CSV).
        raw: The whole line or row as read, to write back unchanged.
    """

    source: str
    number: int
    text: str
    raw: Any = None

    def __repr__(self) -> str:
        """Name the place, never the text."""
        chars = len(self.text)
        return f"Record(source={self.source!r}, number={self.number}, chars={chars})"


def expand_paths(inputs: Sequence[str]) -> list[str]:
    """Turn files, folders (recursively) and glob patterns into a sorted file list.

    ``"-"`` stands for stdin and is kept in place. A name that matches nothing
    raises ``FileNotFoundError`` rather than being scanned as a string.

    Example:
        >>> expand_paths(["-"])
        ['-']
    """
    out: list[str] = []
    for item in inputs:
        if item == STDIN:
            out.append(item)
            continue
        path = Path(item)
        if path.is_dir():
            out.extend(str(p) for p in sorted(path.rglob("*")) if p.is_file())
        elif path.is_file():
            out.append(item)
        else:
            # glob.glob, not Path.glob: the pattern may be absolute.
            matches = sorted(
                p
                for p in glob.glob(item, recursive=True)  # noqa: PTH207
                if Path(p).is_file()
            )
            if not matches:
                msg = f"no such file, folder or glob match: {item}"
                raise FileNotFoundError(msg)
            out.extend(matches)
    return out


def format_of(source: str, forced: Format | None = None) -> Format:
    """Return the record format of a source: forced, or by its suffix, else text."""
    if forced is not None:
        return forced
    return _SUFFIX_FORMATS.get(Path(source).suffix.lower(), "text")


def _field_path(field: str | None) -> list[str]:
    return field.split(".") if field else []


def get_field(obj: Any, path: Sequence[str]) -> Any:
    """Follow a dotted path (dict keys, list indices) into a parsed JSON value."""
    for part in path:
        if isinstance(obj, list):
            obj = obj[int(part)]
        elif isinstance(obj, dict):
            obj = obj[part]
        else:
            raise KeyError(part)
    return obj


def set_field(obj: Any, path: Sequence[str], value: Any) -> None:
    """Set the value at a dotted path inside a parsed JSON value, in place.

    Example:
        >>> row = {"a": [{"text": "x"}]}
        >>> set_field(row, ["a", "0", "text"], "y")
        >>> row
        {'a': [{'text': 'y'}]}
    """
    *parents, last = path
    target = get_field(obj, parents)
    if isinstance(target, list):
        target[int(last)] = value
    else:
        target[last] = value


def _open(source: str) -> TextIO:
    if source == STDIN:
        return sys.stdin
    return Path(source).open(encoding="utf-8", newline="")


def read_records(
    source: str, fmt: Format = "text", field: str | None = None
) -> Iterator[Record]:
    """Yield the records of one source as they are read (stdin line by line).

    Args:
        source: A file path, or ``"-"`` for stdin.
        fmt: ``text`` (one record per line), ``jsonl`` or ``csv``.
        field: For JSONL, a dotted path (``messages.0.content``); for CSV, a
            column name. Required for both.

    Raises:
        ValueError: JSONL or CSV without a field, or a line that is not JSON
            (the message names the line number, never its text).
        KeyError: The field is missing in a record (named by path and line).
    """
    if fmt != "text" and not field:
        msg = f"--field is required for {fmt} input"
        raise ValueError(msg)
    handle = _open(source)
    try:
        if fmt == "csv":
            yield from _csv_records(source, handle, field or "")
            return
        lines = iter(handle.readline, "")
        if fmt == "text":
            yield from _text_records(source, lines)
            return
        path = _field_path(field)
        for number, line in enumerate(lines, start=1):
            yield _jsonl_record(source, number, line, path)
    finally:
        if handle is not sys.stdin:
            handle.close()


def _text_records(source: str, lines: Iterator[str]) -> Iterator[Record]:
    """One record per line, except that a PEM block stays one record.

    A private key split across records would reach the detectors in pieces; a
    block is held until its END line or ``_PEM_MAX_LINES`` lines, whichever
    comes first, so memory stays bounded.
    """
    held: list[str] = []
    first = 0
    for number, line in enumerate(lines, start=1):
        if held:
            held.append(line)
            if _PEM_END in line or len(held) >= _PEM_MAX_LINES:
                text = "".join(held)
                yield Record(source, first, text, text)
                held = []
            continue
        begin = line.find(_PEM_BEGIN)
        if begin >= 0 and _PEM_END not in line[begin:]:
            held, first = [line], number
            continue
        yield Record(source, number, line, line)
    if held:
        text = "".join(held)
        yield Record(source, first, text, text)


def _jsonl_record(source: str, number: int, line: str, path: list[str]) -> Record:
    if not line.strip():
        return Record(source, number, "", line)
    try:
        obj = json.loads(line)
    except json.JSONDecodeError:
        msg = f"{source}:{number}: not a JSON line"
        raise ValueError(msg) from None
    try:
        value = get_field(obj, path)
    except (KeyError, IndexError, ValueError):
        msg = f"{source}:{number}: no field {'.'.join(path)!r}"
        raise KeyError(msg) from None
    if value is None:
        value = ""
    if not isinstance(value, str):
        # Fail closed: a number or a list of content blocks is never written back
        # unscanned; the user selects a string inside it.
        kind = type(value).__name__
        msg = (
            f"{source}:{number}: field {'.'.join(path)!r} holds a {kind}, not text; "
            "select a string inside it (e.g. messages.0.content.0.text)"
        )
        raise TypeError(msg)
    return Record(source, number, value, (line, obj))


def _csv_records(source: str, handle: TextIO, column: str) -> Iterator[Record]:
    reader = csv.DictReader(handle)
    if reader.fieldnames is None or column not in reader.fieldnames:
        msg = f"{source}: no column {column!r}"
        raise KeyError(msg)
    for number, row in enumerate(reader, start=1):
        yield Record(source, number, row[column] or "", row)


def write_records(
    records: Iterable[tuple[Record, str]],
    out: TextIO,
    fmt: Format = "text",
    field: str | None = None,
) -> None:
    """Write redacted records back in their own format, flushing each one.

    Only the selected field changes; an unchanged JSONL line is written exactly
    as it was read.
    """
    path = _field_path(field)
    writer: csv.DictWriter[str] | None = None
    for record, new_text in records:
        if fmt == "text":
            out.write(new_text)
        elif fmt == "jsonl":
            line, obj = (
                record.raw if isinstance(record.raw, tuple) else (record.raw, None)
            )
            if obj is None or new_text == record.text:
                out.write(line)
            else:
                set_field(obj, path, new_text)
                out.write(json.dumps(obj, ensure_ascii=False) + "\n")
        else:
            row = dict(record.raw)
            if writer is None:
                writer = csv.DictWriter(out, fieldnames=list(row), lineterminator="\n")
                writer.writeheader()
            row[field or ""] = new_text
            writer.writerow(row)
        out.flush()


def csv_text(rows: list[dict[str, str]]) -> str:
    """Render rows as CSV text (a helper for tests and examples)."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()
