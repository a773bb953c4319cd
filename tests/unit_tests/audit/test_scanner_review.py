"""Regression tests of the security review: crafted files stay linear."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from langchain_mistral_secure.audit.scanner import _httpx_debug_lines, scan_paths

SETTER = "log.setLevel(logging.DEBUG)\n"
ASSIGN = 'log = logging.getLogger("httpx")\n'


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # 30,000 assignments of one variable, then one setter
        ([ASSIGN] * 30_000 + [SETTER], [30_001]),
        # 30,000 distinct logger variables, the last one set to DEBUG
        (
            [f'l{i}=getLogger("httpx")\n' for i in range(30_000)]
            + ["l29999.setLevel(logging.DEBUG)\n"],
            [30_001],
        ),
        # 30,000 assignments and no setter
        ([ASSIGN] * 30_000, []),
        # 15,000 assignment/setter pairs: every setter is reported
        ([ASSIGN, SETTER] * 15_000, list(range(2, 30_001, 2))),
    ],
    ids=["one-var", "distinct-vars", "no-setter", "pairs"],
)
def test_crafted_httpx_file_of_30000_lines(
    tmp_path: Path, lines: list[str], expected: list[int]
) -> None:
    (tmp_path / "a.py").write_text("".join(lines))
    result = scan_paths(tmp_path)
    assert result.files_scanned == 1
    assert [h.line for h in result.httpx_debug] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the setter must follow the assignment
        (SETTER + ASSIGN, []),
        (ASSIGN + SETTER, [2]),
        # two variables, only one set to DEBUG
        (
            (
                'a = getLogger("httpx")\nb = getLogger("httpcore")\n'
                "b.setLevel(10)\n"  # pragma: allowlist
            ),
            [3],
        ),
        # a longer name or an attribute is another variable
        (ASSIGN + "xlog.setLevel(logging.DEBUG)\n", []),
        (ASSIGN + "self.log.setLevel(logging.DEBUG)\n", []),
        (ASSIGN + "log.setLevel(logging.INFO)\n", []),
        (ASSIGN + 'x=1;log.setLevel("debug")\n', [2]),  # pragma: allowlist
        (ASSIGN + "# log.setLevel(logging.DEBUG)\n", []),  # pragma: allowlist
        (
            'other = getLogger("app")\nother.setLevel(logging.DEBUG)\n',
            [],
        ),
    ],
)
def test_logger_variable_setters(text: str, expected: list[int]) -> None:
    assert [line for line, _ in _httpx_debug_lines(text)] == expected


def _token(rng: random.Random) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "ghp_" + "".join(rng.choice(alphabet) for _ in range(36))


@pytest.mark.parametrize("count", [1, 50, 3_000])
def test_notebook_many_hits_have_their_lines(tmp_path: Path, count: int) -> None:
    rng = random.Random(count)  # noqa: S311 - test data
    tokens = [_token(rng) for _ in range(count)]
    output = {
        "name": "stdout",
        "output_type": "stream",
        "text": [f"token = {t}\n" for t in tokens],
    }
    cell = {
        "cell_type": "code",
        "execution_count": 1,
        "id": "c1",
        "metadata": {},
        "outputs": [output],
        "source": ["print(1)\n"],
    }
    doc = {"cells": [cell], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    text = json.dumps(doc, indent=1) + "\n"
    (tmp_path / "n.ipynb").write_text(text)
    raw_lines = text.splitlines()
    hits = scan_paths(tmp_path).secrets
    assert hits
    for hit in hits:
        line = raw_lines[hit.line - 1]
        assert hit.masked[:2] in line
        assert hit.masked[-2:] in line
        assert "ghp_" in line


def test_notebook_repeated_value_points_at_first_line(tmp_path: Path) -> None:
    token = _token(random.Random(7))  # noqa: S311 - test data
    cells = [
        {
            "cell_type": "code",
            "execution_count": None,
            "id": f"c{i}",
            "metadata": {},
            "outputs": [],
            "source": [f"x{i} = 1\n", f"TOKEN = '{token}'\n"],
        }
        for i in range(2)
    ]
    doc = {"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    text = json.dumps(doc, indent=1) + "\n"
    (tmp_path / "n.ipynb").write_text(text)
    first = next(i for i, line in enumerate(text.splitlines(), 1) if token in line)
    hits = scan_paths(tmp_path).secrets
    assert len(hits) == 2
    assert {h.line for h in hits} == {first}
    assert {h.where for h in hits} == {"cell 1 source", "cell 2 source"}
