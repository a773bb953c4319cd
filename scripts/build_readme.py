"""Assemble README.md from the topic pages in docs/ and the latest benchmark tables.

docs/*.md are the sources; README.md is generated so the two never drift:

    python scripts/build_readme.py          # rewrite README.md
    python scripts/build_readme.py --check  # exit 1 if README.md is stale (tests)
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
# Topic pages, in reading order; docs/_readme_head.md comes first.
ORDER = (
    "input-defense",
    "output-redaction",
    "detectors",
    "pii-formats",
    "keys",
    "usage-logging",
    "tracing",
    "moderation",
    "audit",
    "testing",
    "agents",
    "notebooks",
    "threat-model",
    "benchmarks",
)
TAIL = """## Development

```bash
.venv/bin/pytest                      # everything: tests, notebooks, ruff, mypy
.venv/bin/pytest tests/unit_tests/output -q   # one component
.venv/bin/ruff check . && .venv/bin/ruff format --check . && .venv/bin/mypy
python scripts/build_readme.py        # README.md is built from docs/*.md
```

`CONTRIBUTING.md` has the house rules (RE2 only, no content in telemetry, fake
secrets carry `# pragma: allowlist secret`). The project audits itself: a test runs
`audit_security` on this repository.

## License

MIT.
"""


def _headings(text: str, *, shift: int, minimum: int = 2) -> str:
    """Shift markdown headings (outside code fences) by ``shift`` levels."""
    out: list[str] = []
    fence = False
    for line in text.splitlines():
        if line.startswith("```"):
            fence = not fence
        if not fence and line.startswith("#"):
            hashes = len(line) - len(line.lstrip("#"))
            out.append("#" * max(minimum, hashes + shift) + line[hashes:])
        else:
            out.append(line)
    return "\n".join(out).strip() + "\n"


def _top_level(text: str) -> int:
    fence = False
    for line in text.splitlines():
        if line.startswith("```"):
            fence = not fence
        if not fence and line.startswith("#"):
            return len(line) - len(line.lstrip("#"))
    return 2


def _latest_results() -> str:
    path = ROOT / "benchmarks" / "results" / "latest.md"
    if not path.exists():
        return ""
    body = path.read_text(encoding="utf-8").split("\n", 1)[1]  # drop its title
    body = body.replace("](", "](benchmarks/results/").replace(
        "](benchmarks/results/http", "](http"
    )
    return (
        "### Latest results\n\n"
        "Produced by the command above on the machine named below; every figure in\n"
        "this README about detection quality or speed comes from this run.\n\n"
        + _headings(body, shift=2, minimum=4)
    )


def build() -> str:
    """Return the README text."""
    parts = [(DOCS / "_readme_head.md").read_text(encoding="utf-8").strip() + "\n"]
    for name in ORDER:
        text = (DOCS / f"{name}.md").read_text(encoding="utf-8")
        text = text.replace("](../", "](")
        parts.append(_headings(text, shift=2 - _top_level(text)))
    latest = _latest_results()
    if latest:
        parts.append(latest)
    parts.append(TAIL)
    return "\n".join(parts)


def main(argv: list[str]) -> int:
    """Write README.md, or with ``--check`` report whether it is up to date."""
    text = build()
    readme = ROOT / "README.md"
    if "--check" in argv:
        if readme.read_text(encoding="utf-8") != text:
            print("README.md is stale: run python scripts/build_readme.py")
            return 1
        return 0
    readme.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
