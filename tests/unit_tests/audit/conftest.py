"""Fixtures for the audit tests."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest


@pytest.fixture
def git_repo(tmp_path: Path) -> Path:
    """An empty git work tree in ``tmp_path``."""
    exe = shutil.which("git")
    if exe is None:
        pytest.skip("git is not installed")
    subprocess.run([exe, "-C", str(tmp_path), "init", "-q"], check=True)  # noqa: S603
    return tmp_path
