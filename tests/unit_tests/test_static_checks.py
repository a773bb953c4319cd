"""House rules that CI enforces: ruff, mypy strict, and RE2 only in the package."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "langchain_mistral_secure"
BACKTRACKING = {"re", "regex"}


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(  # noqa: S603 - fixed argv, our own interpreter
        [sys.executable, "-m", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.parametrize(
    "args",
    [
        ("ruff", "check", "--output-format", "concise", "."),
        ("ruff", "format", "--check", "."),
        ("mypy",),
    ],
    ids=["ruff-check", "ruff-format", "mypy-strict"],
)
def test_linters_are_clean(args: tuple[str, ...]) -> None:
    result = _run(*args)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]


def _backtracking_imports(source: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names if a.name in BACKTRACKING]
        elif isinstance(node, ast.ImportFrom) and node.module in BACKTRACKING:
            found.append(node.module)
    return found


def test_the_package_never_imports_a_backtracking_engine() -> None:
    offenders = {
        str(path.relative_to(ROOT)): hits
        for path in sorted(PACKAGE.rglob("*.py"))
        if (hits := _backtracking_imports(path.read_text(encoding="utf-8")))
    }
    assert offenders == {}


def test_the_import_check_can_fail() -> None:
    assert _backtracking_imports("import re\nfrom regex import compile") == [
        "re",
        "regex",
    ]
