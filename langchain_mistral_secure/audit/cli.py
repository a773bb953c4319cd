"""``mistral-secure audit [PATH] [--format table|json|sarif] [--fail-on warn|fail]``."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal, TextIO

from langchain_mistral_secure.audit.checks import audit_security
from langchain_mistral_secure.audit.scanner import DEFAULT_MAX_BYTES

__all__ = [
    "add_audit_arguments",
    "build_audit_parser",
    "load_chain",
    "run_audit",
    "run_audit_args",
    "run_audit_cli",
]

_DESCRIPTION = (
    "Audit a project for hard-coded keys, exposed .env files, notebooks with "
    "outputs and httpx DEBUG logging; exit 1 when the audit fails."
)


def add_audit_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add the audit's arguments to ``parser`` (the ``audit`` sub-command).

    Example:
        >>> p = add_audit_arguments(argparse.ArgumentParser())
        >>> p.parse_args(["src", "--format", "json"]).format
        'json'
    """
    parser.add_argument("path", nargs="?", default=".", help="directory to audit")
    parser.add_argument(
        "--format",
        choices=("table", "json", "sarif"),
        default="table",
        help="output format (default: table)",
    )
    parser.add_argument(
        "--fail-on",
        choices=("warn", "fail"),
        default="fail",
        help="lowest status that makes the exit code 1 (default: fail)",
    )
    parser.add_argument(
        "-o",
        "--output",
        default=None,
        help="write the report to this file instead of standard output",
    )
    parser.add_argument(
        "--chain",
        default=None,
        metavar="MODULE:ATTR",
        help=(
            "also inspect this chain, guarded model or agent: a Runnable, or a "
            "factory called with no argument (or base_url=, never contacted)"
        ),
    )
    parser.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        help=f"skip files larger than this (default: {DEFAULT_MAX_BYTES})",
    )
    parser.set_defaults(handler=run_audit_args)
    return parser


def build_audit_parser(
    subparsers: Any = None,
) -> argparse.ArgumentParser:
    """Return the ``audit`` parser, as a sub-parser of ``subparsers`` when given.

    Args:
        subparsers: The object ``ArgumentParser.add_subparsers()`` returned.

    Example:
        >>> main = argparse.ArgumentParser(prog="mistral-secure")
        >>> sub = main.add_subparsers(dest="command")
        >>> _ = build_audit_parser(sub)
        >>> args = main.parse_args(["audit", "--fail-on", "warn"])
        >>> args.command, args.fail_on
        ('audit', 'warn')
    """
    if subparsers is None:
        parser = argparse.ArgumentParser(
            prog="mistral-secure audit", description=_DESCRIPTION
        )
    else:
        parser = subparsers.add_parser(
            "audit",
            help="audit a project for security mistakes",
            description=_DESCRIPTION,
        )
    return add_audit_arguments(parser)


# A loopback address nobody listens on: a factory that needs a base URL gets one,
# and the audit never calls the model.
_UNUSED_BASE_URL = "http://127.0.0.1:9/v1"


def load_chain(spec: str) -> Any:
    """Import ``module:attr``; call it if it is a factory rather than a Runnable.

    A factory is called with no argument, or with ``base_url=`` when it needs
    one (the address is never contacted: the audit only inspects).

    Raises:
        ValueError: ``spec`` is not ``module:attr``.
    """
    from langchain_core.runnables import Runnable  # noqa: PLC0415 - lazy: fast --help

    from langchain_mistral_secure.selftest.runner import (  # noqa: PLC0415
        load_target,
    )

    obj = load_target(spec)
    if isinstance(obj, Runnable) or not callable(obj):
        return obj
    try:
        return obj()
    except TypeError:
        return obj(base_url=_UNUSED_BASE_URL)


def run_audit(  # noqa: PLR0913 - mirrors the command-line options
    path: str | os.PathLike[str] = ".",
    *,
    output_format: str = "table",
    fail_on: Literal["warn", "fail"] = "fail",
    out: TextIO | None = None,
    output: str | os.PathLike[str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    chain: str | None = None,
) -> int:
    """Audit ``path``, write the report, and return the exit code (1: failed).

    Args:
        path: The directory to audit.
        output_format: ``"table"``, ``"json"`` or ``"sarif"``.
        fail_on: ``"fail"`` or ``"warn"``: the lowest status that returns 1.
        out: Where to write the report (default standard output).
        output: A file to write the report to instead of ``out``.
        max_bytes: Files larger than this are skipped.
        chain: ``module:attr`` of a chain to inspect too (see :func:`load_chain`).

    Example:
        >>> import io, tempfile
        >>> run_audit(tempfile.mkdtemp(), output_format="json", out=io.StringIO())
        0
    """
    target = load_chain(chain) if chain is not None else None
    report = audit_security(path, target, max_bytes=max_bytes)
    if output_format == "json":
        text = report.to_json()
    elif output_format == "sarif":
        text = json.dumps(report.to_sarif(), indent=2)
    elif output_format == "table":
        text = report.to_table()
    else:
        msg = f"unknown format {output_format!r}; use table, json or sarif"
        raise ValueError(msg)
    if output is not None:
        Path(output).write_text(text + "\n", encoding="utf-8")
    else:
        (out if out is not None else sys.stdout).write(text + "\n")
    return 1 if report.failed(fail_on) else 0


def run_audit_args(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Run the audit for arguments parsed by :func:`add_audit_arguments`.

    Example:
        >>> import io, tempfile
        >>> ns = build_audit_parser().parse_args([tempfile.mkdtemp()])
        >>> run_audit_args(ns, io.StringIO())
        0
    """
    return run_audit(
        args.path,
        output_format=args.format,
        fail_on=args.fail_on,
        out=out,
        output=getattr(args, "output", None),
        max_bytes=getattr(args, "max_bytes", DEFAULT_MAX_BYTES),
        chain=getattr(args, "chain", None),
    )


def run_audit_cli(
    argv: Sequence[str] | None = None, *, stdout: TextIO | None = None
) -> int:
    """Parse ``argv`` (the arguments after ``audit``) and run the audit.

    Returns:
        0 when the audit passes, 1 when it fails at the ``--fail-on`` level, 2 on
        a usage error.

    Example:
        >>> import io, tempfile
        >>> out = io.StringIO()
        >>> run_audit_cli([tempfile.mkdtemp(), "--format", "json"], stdout=out)
        0
    """
    parser = build_audit_parser()
    try:
        args = parser.parse_args(list(argv) if argv is not None else None)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 2
    return run_audit_args(args, stdout)
