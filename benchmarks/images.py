"""Image exfiltration: rendered fetches outside the allowlist, before and after.

The corpus and the fetch oracle are the test suite's
(``tests/unit_tests/images/image_corpus.py``): texts generated from families
(markdown and HTML forms x URL encodings x hosts x alt texts), rendered with
markdown-it-py (CommonMark, raw HTML on), every URL in a fetching position read
as a browser would. For each tool we count, per family, the attack cases that
still fetch an outside host after the tool's redaction, and the allowlisted
cases it leaves byte for byte.

Tools, side by side in one run:

* ``ours``: ``OutputRedactor(image_host_allowlist=["acme.com"])``;
* ``baseline``: the reconstructed old redactor (``benchmarks/baseline.py``),
  which has no image handling (it only deletes ``<script>`` blocks);
* ``langchain``: LangChain's PII middleware detectors (when installed). It has
  no image handling either; its ``url`` detector replaces URLs it recognizes,
  which breaks some images by accident. Counted as rendered, honestly.

Run alone: ``python -m benchmarks.images``.
"""

# ruff: noqa: PLC0415
# (PLC0415: the corpus and peers are imported lazily on purpose.)

from __future__ import annotations

import importlib.util
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

CORPUS_FILE = (
    Path(__file__).resolve().parent.parent
    / "tests"
    / "unit_tests"
    / "images"
    / "image_corpus.py"
)


def load_corpus_module() -> ModuleType:
    """Import the test suite's corpus module by path (it is not a package)."""
    spec = importlib.util.spec_from_file_location("image_corpus", CORPUS_FILE)
    if spec is None or spec.loader is None:
        msg = f"cannot load {CORPUS_FILE}"
        raise ImportError(msg)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("image_corpus", module)
    spec.loader.exec_module(module)
    return module


def _tools(corpus: ModuleType, *, peers: bool) -> dict[str, Callable[[str], str]]:
    from benchmarks import baseline
    from langchain_mistral_secure import OutputRedactor

    redactor = OutputRedactor(image_host_allowlist=list(corpus.ALLOWED))
    tools: dict[str, Callable[[str], str]] = {
        "ours": redactor.invoke,
        "baseline": baseline.old_redact_output,
    }
    if peers:
        from benchmarks import peers as peers_mod

        tool, _ = peers_mod.load_tool("langchain")
        if tool is not None and tool.redact is not None:
            tools["langchain"] = tool.redact
    return tools


def run(*, quick: bool = False, peers: bool = True, log: Any = print) -> dict[str, Any]:
    """Count rendered outside fetches per family, before and after each tool.

    Returns ``{"tools", "families": {family: {...}}, "totals", "markdown"}``
    where each family holds the number of attack cases, how many fetch an
    outside host unredacted (``live``), how many still do after each tool, and
    how many allowlisted cases each tool leaves unchanged.
    """
    started = time.perf_counter()
    corpus = load_corpus_module()
    cases = corpus.build_corpus()
    if quick:
        cases = cases[::3]
    tools = _tools(corpus, peers=peers)
    log(f"images: {len(cases)} cases, tools {sorted(tools)}")
    families: dict[str, dict[str, Any]] = defaultdict(
        lambda: {"cases": 0, "live": 0, "after": defaultdict(int), "kept": 0}
    )
    kept: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for case in cases:
        family = case.form
        if case.allowed:
            if case.encoding == "plain":
                row = families[family]
                row["kept"] += 1
                for name, redact in tools.items():
                    kept[family][name] += redact(case.text) == case.text
            continue
        row = families[family]
        row["cases"] += 1
        if not corpus.bad_fetches(case.text):
            continue
        row["live"] += 1
        for name, redact in tools.items():
            row["after"][name] += bool(corpus.bad_fetches(redact(case.text)))
    out: dict[str, Any] = {"tools": sorted(tools), "families": {}}
    totals: dict[str, Any] = {"cases": 0, "live": 0, "after": {}, "kept": {}}
    for family in sorted(families):
        row = families[family]
        entry = {
            "cases": row["cases"],
            "live": row["live"],
            "after": {name: row["after"][name] for name in tools},
            "allowlisted": row["kept"],
            "kept": {name: kept[family][name] for name in tools},
        }
        out["families"][family] = entry
        totals["cases"] += entry["cases"]
        totals["live"] += entry["live"]
        for name in tools:
            totals["after"][name] = totals["after"].get(name, 0) + entry["after"][name]
            totals["kept"][name] = totals["kept"].get(name, 0) + entry["kept"][name]
    totals["allowlisted"] = sum(e["allowlisted"] for e in out["families"].values())
    out["totals"] = totals
    out["elapsed_s"] = round(time.perf_counter() - started, 1)
    out["markdown"] = markdown(out)
    log(out["markdown"])
    return out


def markdown(results: dict[str, Any]) -> str:
    """The per-family table: live fetches before, and after each tool."""
    tools = results["tools"]
    head = (
        "| family | attack cases | fetch outside before | "
        + " | ".join(f"after {name}" for name in tools)
        + " | allowlisted kept (ours) |"
    )
    rule = "|---" * (4 + len(tools)) + "|"
    lines = [
        "### Image exfiltration (rendered with markdown-it-py, counted)",
        "",
        head,
        rule,
    ]
    rows = [*results["families"].items(), ("**total**", results["totals"])]
    for family, row in rows:
        cells = [
            family,
            str(row["cases"]),
            str(row["live"]),
            *(str(row["after"][name]) for name in tools),
            f"{row['kept'].get('ours', 0)}/{row['allowlisted']}",
        ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


if __name__ == "__main__":
    run(quick="--quick" in sys.argv, peers="--no-peers" not in sys.argv)
