"""The batch half of ``mistral-secure``: ``scan`` and ``redact`` over records.

Inputs (files, folders, globs, stdin), record formats and fields, the engine
that runs them (in process, a process pool or Dask), masked hints of what a scan
matched, and the options both commands share. The parser and the entry point
are in :mod:`langchain_mistral_secure.cli`.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from langchain_mistral_secure.detection.engine import (
    Detector,
    Finding,
    get_detector,
)

# The families `scan` runs: what the sanitizer blocks and what the redactor hides.
SCAN_FAMILIES = ("injection", "pii", "secrets", "content")
# Inputs from this many bytes go to a process pool under --engine auto.
_POOL_FROM = 4_000_000
_SHORT = 6


def _scan_detectors(families: Sequence[str]) -> list[Detector]:
    return [get_detector(name) for name in families]


def _format_table(rows: Sequence[tuple[str, ...]]) -> str:
    if not rows:
        return "no findings"
    header = ("where", "rule", "category", "match (masked)", "score")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(header, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines.extend(
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
        for row in rows
    )
    return "\n".join(lines)


def _masked(text: str, finding: Finding) -> str:
    """The matched text as a hint (``j***@e***.com``, last four digits), never whole."""
    from langchain_mistral_secure.redactor import (  # noqa: PLC0415 - lazy: fast --help
        mask_value,
    )

    value = text[finding.start : finding.end]
    masked = mask_value(finding.category, value)
    if masked == value:  # a category with no hint of its own: show its shape only
        masked = (
            f"{value[:2]}…({len(value)} chars)"
            if len(value) > _SHORT
            else "*" * len(value)
        )
    return masked.replace("\n", " ")


def _position(text: str, offset: int) -> tuple[int, int]:
    """Line offset and 1-based column of ``offset`` inside a record's text."""
    line = text.count("\n", 0, offset)
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def _inputs(args: argparse.Namespace) -> tuple[list[str], bool]:
    """The sources to read, and whether they are small enough to run in process."""
    from langchain_mistral_secure.batch import expand_paths  # noqa: PLC0415

    paths = expand_paths(args.paths or ["-"])
    files = [p for p in paths if p != "-"]
    small = (
        len(files) < len(paths)
        or sum(Path(p).stat().st_size for p in files) < _POOL_FROM
    )
    return paths, small


def _engine(args: argparse.Namespace, *, small: bool) -> str:
    if args.engine != "auto":
        return str(args.engine)
    return "local" if small else "process"


def _records(args: argparse.Namespace, paths: Sequence[str]) -> Iterator[Any]:
    from langchain_mistral_secure.batch import read_records  # noqa: PLC0415
    from langchain_mistral_secure.batch.records import format_of  # noqa: PLC0415

    for source in paths:
        yield from read_records(source, format_of(source, args.format), args.field)


def _progress(
    items: Iterable[Any], args: argparse.Namespace, *, small: bool
) -> Iterable[Any]:
    show = (
        args.progress
        if args.progress is not None
        else (not small and sys.stderr.isatty())
    )
    if not show:
        return items
    from tqdm import tqdm  # noqa: PLC0415 - only when a bar is shown

    bar: Iterable[Any] = tqdm(items, unit="rec", file=sys.stderr)
    return bar


def _cmd_scan(args: argparse.Namespace, out: TextIO) -> int:
    from langchain_mistral_secure.batch import run_batch, scan_partition  # noqa: PLC0415

    families = args.family or list(SCAN_FAMILIES)
    if args.text is not None:
        records: list[Any] = []
        texts: Iterable[str] = [args.text]
        small = True
        labels: Iterable[tuple[str, int]] = [("<text>", 1)]
    else:
        paths, small = _inputs(args)
        records = list(_records(args, paths))
        texts = [r.text for r in records]
        labels = [(r.source, r.number) for r in records]
    results = run_batch(
        texts,
        scan_partition,
        tuple(_scan_detectors(families)),
        engine=_engine(args, small=small),  # type: ignore[arg-type]
        workers=args.workers,
        address=args.address,
    )
    rows: list[tuple[str, ...]] = []
    payload: list[dict[str, Any]] = []
    total = 0
    for (source, number), text, findings in zip(
        labels,
        texts if isinstance(texts, list) else [args.text],
        _progress(results, args, small=small),
        strict=True,
    ):
        for f in findings:
            total += 1
            line, column = _position(text, f.start)
            where = f"{source}:{number + line}:{column}"
            hint = _masked(text, f)
            rows.append((where, f.rule_id, f.category, hint, f"{f.score:.2f}"))
            payload.append(
                {
                    "source": source,
                    "line": number + line,
                    "column": column,
                    "masked": hint,
                    **f.to_dict(),
                }
            )
    if args.json:
        out.write(
            json.dumps({"findings": payload}, indent=2, ensure_ascii=False) + "\n"
        )
    else:
        out.write(_format_table(rows) + "\n")
    return 1 if total and args.exit_code else 0


def _cmd_redact(args: argparse.Namespace, out: TextIO) -> int:
    from langchain_mistral_secure.batch import (  # noqa: PLC0415 - lazy: fast --help
        redact_partition,
        run_batch,
        write_records,
    )
    from langchain_mistral_secure.batch.records import format_of  # noqa: PLC0415
    from langchain_mistral_secure.redactor import OutputRedactor  # noqa: PLC0415

    paths, small = _inputs(args)
    redactor = OutputRedactor()
    engine = _engine(args, small=small)
    for source in paths:
        fmt = format_of(source, args.format)
        records = list(_records(args, [source])) if engine != "local" else None
        stream = records if records is not None else _records(args, [source])
        if engine == "local":
            # Line by line as it is read: a line written to a pipe comes out at once.
            pairs: Iterable[tuple[Any, str]] = (
                (r, redactor.redact_text(r.text) if r.text else r.text) for r in stream
            )
        else:
            texts = [r.text for r in stream]
            redacted = run_batch(
                texts,
                redact_partition,
                redactor,
                engine=engine,  # type: ignore[arg-type]
                workers=args.workers,
                address=args.address,
            )
            pairs = zip(stream, _progress(redacted, args, small=small), strict=True)
        write_records(pairs, out, fmt, args.field)
    return 0


def _batch_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format",
        choices=("text", "jsonl", "csv"),
        help="record format (default: by suffix; .jsonl and .csv, else text lines)",
    )
    parser.add_argument(
        "--field", help="JSONL field path (messages.0.content) or CSV column"
    )
    parser.add_argument(
        "--engine",
        choices=("auto", "local", "process", "dask"),
        default="auto",
        help="auto: in process for stdin and small inputs, else a process pool",
    )
    parser.add_argument("--workers", type=int, help="worker processes (default: CPUs)")
    parser.add_argument("--address", help="Dask scheduler address (--engine dask)")
    parser.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="progress bar on stderr (default: on long work in a terminal)",
    )
