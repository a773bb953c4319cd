"""The examples of docs/guarded-model.md run, in order, offline."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

from markdown_it import MarkdownIt

PAGE = Path(__file__).resolve().parents[3] / "docs" / "guarded-model.md"


def python_blocks() -> list[str]:
    tokens = MarkdownIt().parse(PAGE.read_text(encoding="utf-8"))
    return [t.content for t in tokens if t.type == "fence" and t.info == "python"]


def test_page_has_examples():
    assert len(python_blocks()) >= 6


def test_examples_run_in_order():
    namespace: dict[str, object] = {"__name__": "docs_guarded_model"}
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        for block in python_blocks():
            exec(compile(block, str(PAGE), "exec"), namespace)  # noqa: S102
    printed = out.getvalue()
    assert "Write to [EMAIL] or call [PHONE]." in printed
    assert "ann@corp.example" not in printed
    assert "Done: the note is on its way to [EMAIL]." in printed
