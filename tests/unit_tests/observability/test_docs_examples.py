"""The examples of docs/tracing.md and of the model-like fake in docs/testing.md run."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

from markdown_it import MarkdownIt

DOCS = Path(__file__).resolve().parents[3] / "docs"


def fences(page: str, info: str) -> list[str]:
    tokens = MarkdownIt().parse((DOCS / page).read_text(encoding="utf-8"))
    return [t.content for t in tokens if t.type == "fence" and t.info == info]


def run(page: str, blocks: list[str]) -> str:
    namespace: dict[str, object] = {"__name__": f"docs_{page}"}
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        for block in blocks:
            exec(compile(block, page, "exec"), namespace)  # noqa: S102
    return out.getvalue()


def test_tracing_page_prints_what_it_says() -> None:
    (example,) = fences("tracing.md", "python")
    (expected,) = fences("tracing.md", "text")
    assert run("tracing.md", [example]) == expected


def test_testing_page_model_like_example_runs() -> None:
    blocks = [b for b in fences("testing.md", "python") if "create_agent" in b]
    assert len(blocks) == 1
    assert run("testing.md", blocks) == ""
