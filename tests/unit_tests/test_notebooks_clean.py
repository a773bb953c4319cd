"""Notebooks are committed clean: no outputs, no execution counts.

The notebooks are executed by nbmake (`pytest --nbmake notebooks`); this check
keeps their committed form free of outputs, which could hold keys, prompts or
machine-specific paths, and keeps diffs reviewable.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

NOTEBOOK_DIR = Path(__file__).resolve().parents[2] / "notebooks"
NOTEBOOKS = sorted(NOTEBOOK_DIR.glob("*.ipynb"))
IDS = [p.name for p in NOTEBOOKS]


def _load(path: Path) -> dict[str, object]:
    return json.loads(path.read_text(encoding="utf-8"))


def _code_cells(notebook: dict[str, object]) -> list[dict[str, object]]:
    cells = notebook.get("cells", [])
    assert isinstance(cells, list)
    return [c for c in cells if isinstance(c, dict) and c.get("cell_type") == "code"]


def cells_with_outputs(notebook: dict[str, object]) -> list[int]:
    return [i for i, c in enumerate(_code_cells(notebook)) if c.get("outputs")]


def cells_with_execution_counts(notebook: dict[str, object]) -> list[int]:
    return [
        i
        for i, c in enumerate(_code_cells(notebook))
        if c.get("execution_count") is not None
    ]


def test_there_are_notebooks() -> None:
    assert NOTEBOOKS, f"no notebooks found in {NOTEBOOK_DIR}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_notebook_has_no_outputs(path: Path) -> None:
    dirty = cells_with_outputs(_load(path))
    assert dirty == [], f"{path.name}: code cells {dirty} have outputs"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_notebook_has_no_execution_counts(path: Path) -> None:
    counted = cells_with_execution_counts(_load(path))
    assert counted == [], f"{path.name}: code cells {counted} have execution counts"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=IDS)
def test_notebook_uses_python3_kernel(path: Path) -> None:
    notebook = _load(path)
    metadata = notebook["metadata"]
    assert isinstance(metadata, dict)
    assert metadata["kernelspec"]["name"] == "python3"
    assert _code_cells(notebook), f"{path.name} has no code cells"


@pytest.mark.parametrize(
    ("cell", "outputs", "counts"),
    [
        ({"cell_type": "code", "outputs": [], "execution_count": None}, [], []),
        (
            {
                "cell_type": "code",
                "outputs": [{"output_type": "stream", "text": "x"}],
                "execution_count": None,
            },
            [0],
            [],
        ),
        ({"cell_type": "code", "outputs": [], "execution_count": 3}, [], [0]),
        ({"cell_type": "markdown", "source": "# title"}, [], []),
    ],
)
def test_the_checks_can_fail(
    cell: dict[str, object], outputs: list[int], counts: list[int]
) -> None:
    notebook: dict[str, object] = {"cells": [cell], "metadata": {}}
    assert cells_with_outputs(notebook) == outputs
    assert cells_with_execution_counts(notebook) == counts
