"""Markdown tables and PNG figures from a results dict (see docs/benchmarks.md)."""

# ruff: noqa: PLC0415, RUF001
# (PLC0415: peers and components are imported lazily on purpose; RUF001: the
# case labels use the multiplication sign.)

from __future__ import annotations

from typing import Any

from benchmarks.speed import TOOLS

TOOL_LABELS = {
    "ours": "langchain-mistral-secure",
    "baseline": "old code (re)",
    "presidio": "Presidio",
    "langchain": "LangChain PII middleware",
}


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:.1f}%"


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return lines


def seconds_text(seconds: float | None) -> str:
    """A duration for a table: µs, ms or s, ``n/a`` when not measured."""
    if seconds is None:
        return "n/a"
    if seconds < 1e-3:
        return f"{seconds * 1e6:.0f} µs"
    if seconds < 1:
        return f"{seconds * 1e3:.1f} ms"
    return f"{seconds:.2f} s"


def _size(n: int) -> str:
    return f"{n / 1e6:.3g} MB" if n >= 100_000 else f"{n / 1e3:.3g} KB"


def injection_md(q: dict[str, Any]) -> list[str]:
    rows = q["rows"]
    if not rows:
        return ["_No prompt-injection data found; skipped._"]
    tools = list(dict.fromkeys(r["tool"] for r in rows))
    header = ["dataset", "subset", "kind", "n"]
    header += [f"{t}: {'recall / FPR'}" for t in tools]
    header += ["InputSanitizer: inputs changed (redact)"]
    keyed = {(r["dataset"], r["subset"], r["kind"], r["tool"]): r for r in rows}
    body = []
    for key in dict.fromkeys((r["dataset"], r["subset"], r["kind"]) for r in rows):
        cells = [*key]
        first = keyed[(*key, tools[0])]
        cells.append(str(first["n"]))
        for tool in tools:
            r = keyed.get((*key, tool))
            cells.append(
                "n/a" if r is None else f"{_pct(r['rate'])} ({r['detected']}/{r['n']})"
            )
        ours = keyed.get((*key, "InputSanitizer (default)"))
        cells.append("n/a" if ours is None else f"{ours['changed']}/{ours['n']}")
        body.append(cells)
    lines = _table(header, body)
    lines.append("")
    lines.append(
        "Attack rows: the rate is recall (rows with at least one finding). Benign "
        "rows: the rate is the false-positive rate."
    )
    lines += [f"- {name}: {note}" for name, note in q["notes"].items()]
    return lines


def pii_md(q: dict[str, Any]) -> list[str]:
    rows = q["rows"]
    if not rows:
        return ["_No PII data found; skipped._"]
    tools = list(dict.fromkeys(r["tool"] for r in rows))
    keyed = {(r["entity"], r["tool"]): r for r in rows}
    entities = list(dict.fromkeys(r["entity"] for r in rows))
    entities.sort(key=lambda e: (keyed[e, tools[0]]["ours_category"] is None, e))
    header = ["entity (ours)", "rows +/−"] + [TOOL_LABELS.get(t, t) for t in tools]
    body = []
    for entity in entities:
        first = keyed[entity, tools[0]]
        name = f"{entity} ({first['ours_category'] or '—'})"
        cells = [name, f"{first['pos_rows']}/{first['neg_rows']}"]
        for tool in tools:
            r = keyed[entity, tool]
            if not r["covered"]:
                cells.append("not covered")
                continue
            neg = f"{r['neg_flagged']}/{r['neg_rows']}" if r["neg_rows"] else "—"
            cells.append(
                f"R {_pct(r['recall'])} (exact {_pct(r['recall_exact'])}) · "
                f"P {_pct(r['precision'])} · neg hit {neg}"
            )
        body.append(cells)
    lines = _table(header, body)
    lines += [
        "",
        (
            "R: share of gold spans overlapped by a finding of that entity (exact: "
            "same offsets). P: share of that entity's findings on the entity's rows "
            "that overlap a gold span. neg hit: label-0 rows with any finding of the "
            "entity (should be 0). Only findings of the row's `recognizer_entity` "
            "count."
        ),
    ]
    return lines


def secrets_md(q: dict[str, Any]) -> list[str]:
    rows = q["rows"]
    lines: list[str] = []
    if not rows:
        lines.append("_No secrets data or detector; skipped._")
    else:
        body = [
            [
                r["tool"],
                r["group"],
                f"{_pct(r['recall'])} ({r['found']}/{r['pos']})",
                f"{_pct(r['fpr'])} ({r['flagged']}/{r['neg']})",
            ]
            for r in rows
        ]
        lines += _table(["tool", "source", "recall", "false positives"], body)
        lines.append("")
        lines.append(
            "Per `secret_type` figures are in the JSON (`quality.secrets.by_type`)."
        )
    lines += [f"- {name}: {note}" for name, note in q.get("notes", {}).items()]
    return lines


# A first call this much slower than the median is shown beside it.
FIRST_CALL_SHOWN = 1.5


def _first_call(row: dict[str, Any]) -> str:
    """``"; first call X"`` when a row's first call stands out, else ``""``.

    Example:
        >>> _first_call({"first_s": 2.5, "median_s": 0.6, "median_is_first": False})
        '; first call 2.50 s'
        >>> _first_call({"first_s": 2.5, "median_s": 2.5, "median_is_first": True})
        ', first call only'
        >>> _first_call({"median_s": 0.6})  # a row from before first calls
        ''
    """
    if row.get("median_is_first"):
        return ", first call only"
    first, median = row.get("first_s"), row.get("median_s")
    if first is None or not median or first < FIRST_CALL_SHOWN * median:
        return ""
    return f"; first call {seconds_text(first)}"


def speed_md(s: dict[str, Any], operation: str) -> list[str]:
    rows = [r for r in s["rows"] if r["operation"] == operation]
    if not rows:
        return ["_Not measured._"]
    tools = list(dict.fromkeys(r["tool"] for r in rows))
    keyed = {(r["case"], r["chars"], r["tool"]): r for r in rows}
    header = ["case", "size"] + [TOOLS[t][0] for t in tools]
    body = []
    for case, chars in dict.fromkeys((r["case"], r["chars"]) for r in rows):
        size = keyed[case, chars, tools[0]]["bytes"]
        cells = [case, _size(size)]
        for tool in tools:
            r = keyed.get((case, chars, tool))
            if r is None:
                cells.append("n/a")
                continue
            if r["median_s"] is None:
                text = r["note"] if r["status"].startswith("timeout") else r["status"]
                if r["status"] != "timeout" and r["note"]:
                    text = f"{r['status']}: {r['note'][:70]}"
            else:
                speed = f"{r['mb_per_s']:g} MB/s, n={r['runs']}"
                text = f"{seconds_text(r['median_s'])} ({speed}{_first_call(r)})"
                if r["status"] != "ok":
                    text += f" [{r['status']}]"
            if r["ratio_to_ours"] is not None:
                bound = "≥" if r["ratio_is_lower_bound"] else ""
                text += f" ×{bound}{r['ratio_to_ours']:g}"
            cells.append(text)
        body.append(cells)
    return _table(header, body)


def streaming_md(rows: list[dict[str, Any]]) -> list[str]:
    body = [
        [
            _size(r["chars"]),
            f"{r['chunks']} × {r['chunk_chars']} chars",
            seconds_text(r["invoke_median_s"]),
            seconds_text(r["stream_median_s"]),
            "n/a" if r.get("per_chunk_us") is None else f"{r['per_chunk_us']} µs",
            "n/a"
            if r.get("overhead_per_chunk_us") is None
            else f"{r['overhead_per_chunk_us']} µs",
            r["status"],
            {True: "yes", False: "NO", None: "n/a"}[r.get("stream_equals_invoke")],
        ]
        for r in rows
    ]
    return _table(
        [
            "benign text",
            "chunks",
            "invoke (whole)",
            "transform (chunks)",
            "per chunk",
            "overhead per chunk",
            "status",
            "joined stream == invoke",
        ],
        body,
    )


def imports_md(rows: list[dict[str, Any]]) -> list[str]:
    body = [
        [
            f"`{r['what']}`",
            str(r["runs"]),
            seconds_text(r["median_wall_s"])
            if not r["error"]
            else f"failed: {r['error']}",
            seconds_text(r.get("median_minus_startup_s"))
            if r.get("median_minus_startup_s") is not None
            else "—",
        ]
        for r in rows
    ]
    return _table(
        ["import", "runs", "median wall (fresh process)", "minus interpreter start"],
        body,
    )


def markdown(results: dict[str, Any]) -> str:
    m = results["machine"]
    out = [
        "# Benchmark results",
        "",
        f"Command: `{results['command']}` — {results['created']}",
        "",
        (
            f"Machine: {m['cpu']}, {m['nproc']} CPUs, Python {m['python']}, "
            f"{m['platform']}."
        ),
        "",
        "Tools: " + "; ".join(f"**{k}**: {v}" for k, v in results["tools"].items()),
        "",
    ]
    q = results.get("quality")
    if q is None:
        out += ["## Quality", "", "_Skipped (--no-quality)._", ""]
    elif q.get("data_dir") is None:
        out += ["## Quality", "", f"_{q['message']}_", ""]
    else:
        out += [
            "## Prompt injection (InputSanitizer)",
            "",
            *injection_md(q["injection"]),
            "",
        ]
        out += [
            "## PII per entity (Presidio recognizer test cases)",
            "",
            *pii_md(q["pii"]),
            "",
        ]
        out += ["## Secrets (secrets_dev.jsonl)", "", *secrets_md(q["secrets"]), ""]
    s = results.get("speed")
    if s is not None:
        out += [
            "## Speed: output redaction",
            "",
            (
                f"Median of up to {s['repeats']} runs (fewer once {s['budget_s']:g} s "
                "are spent) after a first call on the same text, which is shown "
                f"when it took over {FIRST_CALL_SHOWN:g}× the median (it includes "
                "one-time work: compiles and RE2 automaton states on the worker's "
                f"first long text); per-call timeout {s['timeout_s']:g} s (the 40 KB "
                "case: see its cells); ×N = time "
                "relative to OutputRedactor on the same text (≥: lower bound, the "
                "peer timed out)."
            ),
            "",
            *speed_md(s, "output"),
            "",
            "## Speed: input filtering",
            "",
            (
                "Timed as above (warm median; a first call that stands out is "
                "shown). ×N = time relative to InputSanitizer.scan on the same "
                "text. The old filter cuts every input to 4000 characters first."
            ),
            "",
            *speed_md(s, "input"),
            "",
            "## Streaming overhead (OutputRedactor.transform, 4-character chunks)",
            "",
            *streaming_md(s["streaming"]),
            "",
            "Worker start-up (build + warm-up) per tool: "
            + ", ".join(
                f"{k} {seconds_text(v['setup_s'])}"
                if v["setup_s"] is not None
                else f"{k} n/a"
                for k, v in s["setup"].items()
            ),
            "",
        ]
    out += _sections(results)
    if results.get("imports"):
        out += ["## Import time", "", *imports_md(results["imports"]), ""]
    if results.get("figures"):
        out += ["## Figures", "", *(f"![{f}]({f})" for f in results["figures"]), ""]
    return "\n".join(out)


def _sections(results: dict[str, Any]) -> list[str]:
    """The sections each benchmark module renders itself, in reading order."""
    from benchmarks import batch, load, scaling, scorer, speed

    out: list[str] = []
    throughput = (results.get("speed") or {}).get("throughput")
    if throughput:
        out += ["## Throughput on benign prose", ""]
        out += [f"- {line}" for line in speed.throughput_lines(throughput)] + [""]
    identifiers = (results.get("quality") or {}).get("identifiers")
    if identifiers:
        out += [identifiers["markdown"], ""]
    if results.get("scorer"):
        out += ["## Prompt injection: rules, scorer, both", ""]
        out += [scorer.markdown(results["scorer"]), ""]
    out += __import__("benchmarks.blind").blind.report_sections(results)
    if results.get("images"):
        out += [results["images"]["markdown"], ""]
    if results.get("scaling"):
        out += [scaling.markdown(results["scaling"]), ""]
    if results.get("holdback"):
        out += [__import__("benchmarks.holdback", fromlist=["_"]).markdown(results["holdback"]), ""]  # fmt: skip  # noqa: E501
    if results.get("batch"):
        out += [*batch.batch_md(results["batch"]), ""]
    if results.get("load"):
        out += [*load.load_md(results["load"]), ""]
    return out
