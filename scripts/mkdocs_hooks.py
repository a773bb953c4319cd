"""MkDocs hooks: put the latest benchmark tables and figures into the site.

``benchmarks/results/`` is written by ``python -m benchmarks`` and lives outside
``docs/``; the results page carries a marker that is replaced by that run's
``latest.md``, and its PNG figures are added to the site next to the page.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.structure.files import File, Files

RESULTS = Path(__file__).resolve().parents[1] / "benchmarks" / "results"
MARKER = "<!-- benchmark-results -->"


def on_files(files: Files, config: Any) -> Files:
    """Add the benchmark figures to the site's files."""
    for png in sorted(RESULTS.glob("*.png")):
        files.append(
            File.generated(config, f"{png.name}", abs_src_path=str(png)),
        )
    return files


def on_page_markdown(markdown: str, **_: Any) -> str:
    """Replace the marker with the latest results, headings moved one level down."""
    if MARKER not in markdown:
        return markdown
    latest = RESULTS / "latest.md"
    if not latest.exists():
        return markdown.replace(MARKER, "No benchmark run has been saved yet.")
    body = latest.read_text(encoding="utf-8").split("\n", 1)[1]
    body = "\n".join(
        "#" + line if line.startswith("#") else line for line in body.splitlines()
    )
    return markdown.replace(MARKER, body)
