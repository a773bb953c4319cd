"""The documentation site builds with --strict and documents every public name."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import langchain_mistral_secure

ROOT = Path(__file__).resolve().parents[2]
REFERENCE = "\n".join(
    page.read_text(encoding="utf-8")
    for page in sorted((ROOT / "docs" / "reference").glob("*.md"))
)


@pytest.mark.parametrize("name", sorted(langchain_mistral_secure.__all__))
def test_every_public_name_has_a_reference_entry(name: str) -> None:
    if name == "__version__":
        pytest.skip("the version is not documented as an API")
    # At the top level, or in the subpackage that defines it (optional extras).
    entries = {
        line.removeprefix("::: ").strip()
        for line in REFERENCE.splitlines()
        if line.startswith("::: langchain_mistral_secure.")
    }
    assert any(entry.rsplit(".", 1)[-1] == name for entry in entries)


def test_site_builds_strict(tmp_path: Path) -> None:
    # --strict turns every warning into a failure: a broken link or anchor, a page
    # missing from the nav, a docstring that names a parameter that is not there.
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(  # noqa: S603 - our own config
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            # No -q: quiet mode drops warnings before --strict counts them, so a
            # broken cross-reference or anchor would pass unseen.
            "-d",
            str(tmp_path),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env=env,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert (tmp_path / "reference" / "output" / "index.html").exists()
    assert (tmp_path / "benchmark-results" / "index.html").exists()
