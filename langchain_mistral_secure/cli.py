"""The ``mistral-secure`` command: scan, redact, audit and demo.

Example:
    $ mistral-secure scan logs/ "exports/*.jsonl" --field messages.0.content
    $ tail -f app.log | mistral-secure redact
    $ mistral-secure redact chats.csv --field body --engine dask --workers 4
    $ mistral-secure audit . --format sarif > audit.sarif
    $ mistral-secure selftest myapp.chains:build_chain --format sarif
    $ mistral-secure demo
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TextIO

from langchain_mistral_secure._version import __version__
from langchain_mistral_secure.detection.engine import (
    Detector,
    Finding,
    get_detector,
)

__all__ = ["main"]

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


def _cmd_audit(args: argparse.Namespace, out: TextIO) -> int:
    from langchain_mistral_secure.audit.cli import (  # noqa: PLC0415 - lazy import
        run_audit,
    )

    return run_audit(
        path=args.path,
        output_format=args.format,
        fail_on=args.fail_on,
        out=out,
        chain=args.chain,
    )


def _cmd_selftest(args: argparse.Namespace, out: TextIO) -> int:
    from langchain_mistral_secure.selftest import (  # noqa: PLC0415 - lazy import
        load_target,
        run_selftest,
    )

    report = run_selftest(
        load_target(args.target),
        seed=args.seed,
        families=tuple(args.family) if args.family else None,
        modes=tuple(args.mode)
        if args.mode
        else ("invoke", "stream", "ainvoke", "astream", "astream_events"),
    )
    rendered = {
        "table": report.to_table,
        "json": report.to_json,
        "sarif": report.to_sarif,
    }[args.format]()
    out.write(rendered + "\n")
    return report.exit_code


def _cmd_demo(args: argparse.Namespace, out: TextIO) -> int:
    from langchain_mistral_secure.demo import run_demo  # noqa: PLC0415 - lazy import

    return run_demo(out=out, moderation=args.moderation, offline=args.offline)


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


def build_parser() -> argparse.ArgumentParser:
    """Build the argument parser of ``mistral-secure``."""
    parser = argparse.ArgumentParser(
        prog="mistral-secure",
        description="A security perimeter for Mistral models in LangChain.",
    )
    parser.add_argument(
        "--version", action="version", version=f"%(prog)s {__version__}"
    )
    sub = parser.add_subparsers(dest="command", required=True)

    scan = sub.add_parser(
        "scan",
        help="find injection, PII, secrets and active content in files or stdin",
    )
    scan.add_argument(
        "paths",
        nargs="*",
        help="files, folders, globs or - for stdin (default: stdin)",
    )
    scan.add_argument("--text", help="scan this literal text instead of files")
    scan.add_argument("--json", action="store_true", help="print JSON")
    scan.add_argument(
        "--family",
        action="append",
        choices=SCAN_FAMILIES,
        help="run only this detector family (repeatable)",
    )
    scan.add_argument(
        "--exit-code",
        action="store_true",
        help="exit 1 when anything is found (for scripts)",
    )
    _batch_options(scan)
    scan.set_defaults(func=_cmd_scan)

    redact = sub.add_parser(
        "redact",
        help="redact files or stdin to stdout (stdin line by line, as it is read)",
    )
    redact.add_argument(
        "paths",
        nargs="*",
        help="files, folders, globs or - for stdin (default: stdin)",
    )
    _batch_options(redact)
    redact.set_defaults(func=_cmd_redact)

    audit = sub.add_parser("audit", help="audit a project for key and chain hygiene")
    audit.add_argument("path", nargs="?", default=".", help="project root")
    audit.add_argument("--format", choices=("table", "json", "sarif"), default="table")
    audit.add_argument(
        "--fail-on",
        choices=("warn", "fail"),
        default="fail",
        help="lowest status that makes the exit code 1",
    )
    audit.add_argument(
        "--chain",
        metavar="MODULE:ATTR",
        help="also inspect this chain, guarded model or agent (or its factory)",
    )
    audit.set_defaults(func=_cmd_audit)

    selftest = sub.add_parser(
        "selftest",
        help="attack your own chain, guarded model or agent offline; report leaks",
    )
    selftest.add_argument(
        "target",
        help="module:attr of a Runnable, or of a factory called as f(base_url=...)",
    )
    selftest.add_argument(
        "--format", choices=("table", "json", "sarif"), default="table"
    )
    selftest.add_argument("--seed", type=int, default=0, help="corpus seed")
    selftest.add_argument(
        "--family", action="append", help="run only this corpus family (repeatable)"
    )
    selftest.add_argument(
        "--mode",
        action="append",
        choices=("invoke", "stream", "ainvoke", "astream", "astream_events"),
        help="run only this call mode (repeatable)",
    )
    selftest.set_defaults(func=_cmd_selftest)

    demo = sub.add_parser(
        "demo", help="run the secured chain end to end (offline without a key)"
    )
    demo.add_argument(
        "--moderation",
        action="store_true",
        help="add Mistral moderation guards before and after the model",
    )
    demo.add_argument(
        "--offline",
        action="store_true",
        help="use the built-in fake Mistral server even when MISTRAL_API_KEY is set",
    )
    demo.set_defaults(func=_cmd_demo)
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run ``mistral-secure`` and return its exit code.

    Example:
        >>> main(["scan", "--family", "pii", "--text", "write to jane@example.com"])
        where        rule       category  match (masked)  score
        -----------  ---------  --------  --------------  -----
        <text>:1:10  pii.email  email     j***@e***.com   0.90
        0
    """
    args = build_parser().parse_args(argv)
    try:
        code: int = args.func(args, out or sys.stdout)
    except (FileNotFoundError, KeyError, TypeError, ValueError) as exc:
        # Batch input errors name the file, line and field, never the content.
        message = exc.args[0] if exc.args else type(exc).__name__
        print(f"mistral-secure: {message}", file=sys.stderr)  # noqa: T201
        return 2
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
