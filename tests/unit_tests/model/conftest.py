"""Make the model tests' helpers importable (importlib mode); the server fixture."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from langchain_mistral_secure.testing import FakeMistralServer

_HERE = str(Path(__file__).parent)
if _HERE not in sys.path:
    sys.path.insert(0, _HERE)

from model_helpers import ANSWER  # noqa: E402


@pytest.fixture
def server() -> Iterator[FakeMistralServer]:
    """The fake Mistral server answering with the planted answer."""
    with FakeMistralServer(reply=ANSWER, chunk_size=7) as running:
        yield running
