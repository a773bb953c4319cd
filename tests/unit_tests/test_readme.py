"""The README keeps its promises: short, two set-up commands, CI runs one, links."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")
README_MAX_BYTES = 12_000


def _setup_commands() -> list[str]:
    section = README.split("## Set up", 1)[1].split("\n## ", 1)[0]
    blocks = section.split("```bash\n")[1:]
    return [block.split("```", 1)[0].strip() for block in blocks]


def _relative_links(text: str) -> list[str]:
    links = []
    for part in text.split("](")[1:]:
        target = part.split(")", 1)[0].split("#", 1)[0]
        if target and "://" not in target:
            links.append(target)
    return links


def test_readme_is_short() -> None:
    assert len(README.encode("utf-8")) <= README_MAX_BYTES


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


@pytest.mark.parametrize("target", sorted(set(_relative_links(README))))
def test_readme_links_exist(target: str) -> None:
    assert (ROOT / target).exists(), target
