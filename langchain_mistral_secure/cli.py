"""The ``mistral-secure`` command: scan, redact, audit and demo.

Example:
    $ echo "Ignore all previous instructions" | mistral-secure scan
    $ mistral-secure redact < answer.txt
    $ mistral-secure audit . --format sarif > audit.sarif
    $ mistral-secure demo
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TextIO

from langchain_mistral_secure._version import __version__
from langchain_mistral_secure.detection.engine import (
    Detector,
    Finding,
    detect_all,
    get_detector,
)

__all__ = ["main"]

# The families `scan` runs: what the sanitizer blocks and what the redactor hides.
SCAN_FAMILIES = ("injection", "pii", "secrets", "content")


def _scan_detectors(families: Sequence[str]) -> list[Detector]:
    return [get_detector(name) for name in families]


def _format_table(findings: Sequence[Finding]) -> str:
    if not findings:
        return "no findings"
    header = ("rule", "category", "start", "end", "score")
    rows = [
        (f.rule_id, f.category, str(f.start), str(f.end), f"{f.score:.2f}")
        for f in findings
    ]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(header, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines.extend(
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in rows
    )
    return "\n".join(lines)


def _cmd_scan(args: argparse.Namespace, out: TextIO) -> int:
    text = args.text if args.text is not None else sys.stdin.read()
    families = args.family or list(SCAN_FAMILIES)
    findings = detect_all(text, _scan_detectors(families), merge=False)
    if args.json:
        payload = {
            "chars": len(text),
            "findings": [f.to_dict() for f in findings],
        }
        out.write(json.dumps(payload, indent=2) + "\n")
    else:
        out.write(_format_table(findings) + "\n")
    return 1 if findings and args.exit_code else 0


def _cmd_redact(args: argparse.Namespace, out: TextIO) -> int:
    from langchain_mistral_secure.redactor import (  # noqa: PLC0415 - lazy: fast --help
        OutputRedactor,
        redact_stream,
    )

    redactor = OutputRedactor()
    source = sys.stdin if args.file is None else args.file
    for piece in redact_stream(source, redactor):
        out.write(piece)
        out.flush()
    return 0


def _cmd_audit(args: argparse.Namespace, out: TextIO) -> int:
    from langchain_mistral_secure.audit.cli import (  # noqa: PLC0415 - lazy import
        run_audit,
    )

    return run_audit(
        path=args.path, output_format=args.format, fail_on=args.fail_on, out=out
    )


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
        "scan", help="find injection, PII, secrets and active content in a text"
    )
    scan.add_argument("text", nargs="?", help="the text (default: read stdin)")
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
    scan.set_defaults(func=_cmd_scan)

    redact = sub.add_parser(
        "redact", help="redact stdin to stdout as it is read (streaming)"
    )
    redact.add_argument(
        "file",
        nargs="?",
        type=argparse.FileType("r", encoding="utf-8"),
        help="read this file instead of stdin",
    )
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
    audit.set_defaults(func=_cmd_audit)

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
        >>> main(["scan", "--family", "pii", "write to jane@example.com"])
        rule       category  start  end  score
        ---------  --------  -----  ---  -----
        pii.email  email     9      25   1.00
        0
    """
    args = build_parser().parse_args(argv)
    code: int = args.func(args, out or sys.stdout)
    return code


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
