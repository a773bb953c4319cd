"""The README keeps its promises: two set-up commands, CI runs one, every name."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import langchain_mistral_secure

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
# Every identifier-like word of the README.
WORDS = set("".join(c if c.isalnum() or c == "_" else " " for c in README).split())


def _setup_commands() -> list[str]:
    section = README.split("## Set up", 1)[1].split("\n## ", 1)[0]
    blocks = section.split("```bash\n")[1:]
    return [block.split("```", 1)[0].strip() for block in blocks]


def test_exactly_two_setup_commands() -> None:
    commands = _setup_commands()
    assert len(commands) == 2
    demo, test = commands
    assert demo.endswith("mistral-secure demo")
    assert "pytest" in test
    for command in commands:
        assert "\n" not in command, "each set-up step is one command line"


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert _setup_commands()[1] in ci.splitlines()


@pytest.mark.parametrize("name", sorted(langchain_mistral_secure.__all__))
def test_every_public_name_is_in_the_readme(name: str) -> None:
    if name == "__version__":
        pytest.skip("the version is not documented as an API")
    assert name in WORDS


def test_readme_is_built_from_the_docs() -> None:
    result = subprocess.run(  # noqa: S603 - our own script
        [sys.executable, str(ROOT / "scripts" / "build_readme.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout
