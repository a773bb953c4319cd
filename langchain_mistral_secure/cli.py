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
import sys
from collections.abc import Sequence
from typing import TextIO

from langchain_mistral_secure._cli_batch import (
    SCAN_FAMILIES,
    _batch_options,
    _cmd_redact,
    _cmd_scan,
)
from langchain_mistral_secure._version import __version__

__all__ = ["main"]


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
