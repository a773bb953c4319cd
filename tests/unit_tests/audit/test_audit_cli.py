from __future__ import annotations

import argparse
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from langchain_mistral_secure.audit import (
    audit_security,
    build_audit_parser,
    run_audit_cli,
)
from langchain_mistral_secure.audit.cli import run_audit

MISTRAL_KEY = "Zq4Lm8vR2tY7wPx3KcN9bHd5FgJ6sAeW"  # pragma: allowlist secret
ENV_WITH_KEY = {"MISTRAL_API_KEY": "k-abcdefgh"}  # pragma: allowlist secret
LEVEL = "DEBUG"  # spelled apart so this file does not trip the audit it tests
REPO_ROOT = Path(__file__).resolve().parents[3]

NOTEBOOK_WITH_OUTPUT = json.dumps(
    {
        "cells": [
            {
                "cell_type": "code",
                "execution_count": 1,
                "id": "c1",
                "metadata": {},
                "outputs": [
                    {"name": "stdout", "output_type": "stream", "text": ["2\n"]}
                ],
                "source": ["print(1 + 1)"],
            }
        ],
        "metadata": {},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
)

# (files, status of each check that is not "pass")
PROJECTS = [
    pytest.param({"app.py": "print('hi')\n"}, {}, id="clean"),
    pytest.param(
        {"app.py": f"API_KEY = '{MISTRAL_KEY}'\n"},
        {"hardcoded_secrets": "fail"},
        id="planted-key",
    ),
    pytest.param(
        {"nb.ipynb": NOTEBOOK_WITH_OUTPUT}, {"notebook_outputs": "warn"}, id="nb"
    ),
    pytest.param(
        {"log.py": f'logging.getLogger("httpx").setLevel(logging.{LEVEL})\n'},
        {"httpx_debug_logging": "warn"},
        id="httpx",
    ),
    pytest.param({".env": "DEBUG=1\n"}, {"env_files_ignored": "warn"}, id="env-no-git"),
    pytest.param(
        {".env": "DEBUG=1\n", ".gitignore": ".env\n"}, {}, id="env-ignored-no-git"
    ),
]


def _write(root: Path, files: dict[str, str]) -> None:
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content)


@pytest.mark.parametrize(("files", "expected"), PROJECTS)
def test_audit_security_checks(
    tmp_path: Path, files: dict[str, str], expected: dict[str, str]
) -> None:
    _write(tmp_path, files)
    report = audit_security(tmp_path, env=ENV_WITH_KEY)
    not_passing = {n: c.status for n, c in report.checks.items() if c.status != "pass"}
    assert not_passing == expected
    assert report.passed is ("fail" not in expected.values())
    assert MISTRAL_KEY not in report.to_json()
    assert MISTRAL_KEY not in json.dumps(report.to_sarif())
    assert MISTRAL_KEY not in report.to_table()


@pytest.mark.parametrize(
    ("gitignore", "status"),
    [("", "fail"), (".env\n", "pass"), ("*.env\n.env*\n", "pass")],
)
def test_env_file_in_git(git_repo: Path, gitignore: str, status: str) -> None:
    (git_repo / ".env").write_text("DEBUG=1\n")
    (git_repo / ".gitignore").write_text(gitignore)
    report = audit_security(git_repo, env=ENV_WITH_KEY)
    assert report["env_files_ignored"].status == status


@pytest.mark.parametrize(
    ("env", "status"),
    [
        ({}, "warn"),
        ({"MISTRAL_API_KEY": "   "}, "warn"),
        (ENV_WITH_KEY, "pass"),
    ],
)
def test_api_key_check_never_shows_value(
    tmp_path: Path, env: dict[str, str], status: str
) -> None:
    report = audit_security(tmp_path, env=env)
    assert report["api_key_available"].status == status
    assert report["api_key_available"].owasp == "LLM02"
    assert "k-abcdefgh" not in report.to_json()


class _Provider:
    def __init__(self, value: str | None) -> None:
        self.value = value

    def get(self) -> str:
        if self.value is None:
            msg = "no key here"
            raise LookupError(msg)
        return self.value


@pytest.mark.parametrize(("value", "status"), [("k-abcdefgh", "pass"), (None, "fail")])
def test_api_key_from_provider(tmp_path: Path, value: str | None, status: str) -> None:
    report = audit_security(tmp_path, env={}, key_provider=_Provider(value))
    assert report["api_key_available"].status == status


@pytest.mark.parametrize(
    ("files", "args", "code"),
    [
        ({"app.py": "x = 1\n"}, [], 0),
        ({"app.py": f"API_KEY = '{MISTRAL_KEY}'\n"}, [], 1),
        ({"nb.ipynb": NOTEBOOK_WITH_OUTPUT}, [], 0),
        ({"nb.ipynb": NOTEBOOK_WITH_OUTPUT}, ["--fail-on", "warn"], 1),
        ({"nb.ipynb": NOTEBOOK_WITH_OUTPUT}, ["--fail-on", "fail"], 0),
        ({"app.py": "x = 1\n"}, ["--format", "bogus"], 2),
    ],
)
def test_cli_exit_codes(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    files: dict[str, str],
    args: list[str],
    code: int,
) -> None:
    monkeypatch.setenv("MISTRAL_API_KEY", "k-abcdefgh")  # pragma: allowlist secret
    _write(tmp_path, files)
    out = io.StringIO()
    assert run_audit_cli([str(tmp_path), *args], stdout=out) == code


@pytest.mark.parametrize("fmt", ["table", "json", "sarif"])
def test_cli_formats(tmp_path: Path, fmt: str) -> None:
    (tmp_path / "app.py").write_text(f"API_KEY = '{MISTRAL_KEY}'\n")
    out = io.StringIO()
    assert run_audit_cli([str(tmp_path), "--format", fmt], stdout=out) == 1
    text = out.getvalue()
    assert MISTRAL_KEY not in text
    if fmt == "table":
        assert "app.py:1: mistral_api_key Zq********eW" in text
    elif fmt == "json":
        data = json.loads(text)
        assert data["passed"] is False
        assert data["checks"]["hardcoded_secrets"]["locations"][0]["line"] == 1
    else:
        sarif = json.loads(text)
        result = sarif["runs"][0]["results"][0]
        assert result["ruleId"] == "hardcoded_secrets"
        assert result["locations"][0]["physicalLocation"]["region"]["startLine"] == 1


def test_cli_output_file(tmp_path: Path) -> None:
    project = tmp_path / "project"
    project.mkdir()
    (project / "app.py").write_text("x = 1\n")
    target = tmp_path / "audit.sarif"
    out = io.StringIO()
    run_audit_cli([str(project), "--format", "sarif", "-o", str(target)], stdout=out)
    assert out.getvalue() == ""
    assert json.loads(target.read_text())["version"] == "2.1.0"


def test_run_audit_rejects_unknown_format(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown format"):
        run_audit(tmp_path, output_format="xml", out=io.StringIO())


def test_parser_as_subcommand() -> None:
    main = argparse.ArgumentParser(prog="mistral-secure")
    build_audit_parser(main.add_subparsers(dest="command"))
    args = main.parse_args(["audit", "src", "--format", "sarif", "--fail-on", "warn"])
    assert (args.command, args.path, args.format, args.fail_on) == (
        "audit",
        "src",
        "sarif",
        "warn",
    )


def test_pre_commit_hook_definition() -> None:
    hooks = yaml.safe_load((REPO_ROOT / ".pre-commit-hooks.yaml").read_text())
    hook = next(h for h in hooks if h["id"] == "mistral-secure-audit")
    assert hook["entry"] == "mistral-secure audit"
    assert hook["language"] == "python"
    assert hook["pass_filenames"] is False


def test_console_script_runs_audit(tmp_path: Path) -> None:
    exe = shutil.which("mistral-secure", path=str(Path(sys.executable).parent))
    if exe is None:
        pytest.skip("mistral-secure console script is not installed")
    (tmp_path / "app.py").write_text(f"API_KEY = '{MISTRAL_KEY}'\n")
    done = subprocess.run(  # noqa: S603
        [exe, "audit", str(tmp_path), "--format", "json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 1, done.stderr
    assert json.loads(done.stdout)["checks"]["hardcoded_secrets"]["status"] == "fail"
