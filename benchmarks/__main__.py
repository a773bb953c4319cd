"""``python -m benchmarks``: quality, speed and import time in one run.

Writes ``benchmarks/results/latest.json``, ``latest.md`` and PNG figures, and
prints the Markdown tables. See ``docs/benchmarks.md``.
"""

# ruff: noqa: PLC0415
# (PLC0415: peers and components are imported lazily on purpose; RUF001: the
# case labels use the multiplication sign.)

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from benchmarks import data, report, report_plots

RESULTS = Path(__file__).resolve().parent / "results"
SCHEMA_VERSION = 1


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def machine() -> dict[str, Any]:
    import os

    return {
        "cpu": _cpu(),
        "nproc": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(terse=True),
    }


def main(argv: list[str] | None = None) -> int:  # noqa: C901, PLR0915
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument(
        "--quick", action="store_true", help="smaller texts, fewer runs (<2 min)"
    )
    parser.add_argument(
        "--no-peers", action="store_true", help="skip Presidio and LangChain"
    )
    parser.add_argument(
        "--no-quality", action="store_true", help="skip the labelled-data runs"
    )
    parser.add_argument(
        "--no-speed", action="store_true", help="skip speed and import time"
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=None,
        help="per-call timeout in seconds (default 20, --quick 5)",
    )
    parser.add_argument(
        "--no-scaling",
        action="store_true",
        help="skip the scaling table (the longest section)",
    )
    parser.add_argument("--out", type=Path, default=RESULTS, help="results directory")
    parser.add_argument(
        "--render",
        action="store_true",
        help="only redraw latest.md and the figures from OUT/latest.json",
    )
    args = parser.parse_args(argv)
    if args.render:
        return render(args.out)
    timeout = args.timeout or (5.0 if args.quick else 20.0)
    out_dir: Path = args.out
    out_dir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()

    def log(msg: str) -> None:
        print(msg, file=sys.stderr, flush=True)

    from benchmarks import peers as peers_mod

    tool_names = ["ours", "baseline"] + ([] if args.no_peers else list(peers_mod.PEERS))
    tools = []
    tool_info: dict[str, str] = {}
    for name in tool_names:
        log(f"loading {name}")
        tool, why = peers_mod.load_tool(name)
        if tool is None:
            tool_info[name] = why
        else:
            tools.append(tool)
            tool_info[name] = tool.detail
    if args.no_peers:
        tool_info.update(dict.fromkeys(peers_mod.PEERS, "skipped (--no-peers)"))

    results: dict[str, Any] = {
        "schema": SCHEMA_VERSION,
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "command": "python -m benchmarks "
        + " ".join(argv if argv is not None else sys.argv[1:]),
        "options": {
            "quick": args.quick,
            "peers": not args.no_peers,
            "timeout_s": timeout,
        },
        "machine": machine(),
        "tools": tool_info,
    }

    if not args.no_quality:
        base = data.data_dir()
        if base is None:
            msg = (
                "evaluation data not found (../shared/data next to the repository, or "
                f"${data.DATA_ENV}); quality skipped"
            )
            log(msg)
            results["quality"] = {"data_dir": None, "message": msg}
        else:
            from benchmarks import identifiers, quality

            log(f"quality: data from {base}")
            results["quality"] = {
                "data_dir": str(base),
                "injection": quality.injection_quality(),
                "pii": quality.pii_quality(tools),
                "secrets": quality.secrets_quality(),
            }
            results["quality"]["points"] = report_plots.quality_points(
                results["quality"]
            )
            results["quality"]["identifiers"] = identifiers.run(tools, quick=args.quick)
            results["scorer"] = __import__("benchmarks.scorer").scorer.run(log=log)
        from benchmarks import blind
        from benchmarks.corpus_status import DEV_CORPORA, report_key

        # The dev corpora only: a blind one is measured by the lead alone.
        for number in DEV_CORPORA:
            results[report_key(number)] = blind.run(log=log, corpus=number)
    if not args.no_speed:
        from benchmarks import speed, speed_streams

        log("speed")
        results["speed"] = speed.run_speed(
            quick=args.quick, peers=not args.no_peers, timeout=timeout, log=log
        )
        log("import time")
        results["imports"] = speed_streams.run_import_times(quick=args.quick)
        results["holdback"] = __import__("benchmarks.holdback", fromlist=["_"]).run_holdback(quick=args.quick)  # fmt: skip  # noqa: E501
        if not args.no_scaling:
            results["scaling"] = __import__("benchmarks.scaling", fromlist=["_"]).run_scaling(quick=args.quick, log=log)  # fmt: skip  # noqa: E501
            results["scaling"]["rows"] += __import__("benchmarks.scaling_moderation", fromlist=["_"]).run(quick=args.quick, log=log)["rows"]  # fmt: skip  # noqa: E501
    results["images"] = __import__("benchmarks.images").images.run(quick=args.quick, peers=not args.no_peers, log=log)  # fmt: skip  # noqa: E501
    if not args.no_speed:
        from benchmarks import batch, load

        log("batch: throughput against workers")
        results["batch"] = batch.run_batch_bench(quick=args.quick)
        log("load: concurrent calls through the guarded model")
        results["load"] = load.run_load(rounds=2 if args.quick else 5)

    results["figures"] = report_plots.plots(results, out_dir)
    results["elapsed_s"] = round(time.perf_counter() - started, 1)
    (out_dir / "latest.json").write_text(
        json.dumps(results, indent=2, ensure_ascii=False) + "\n"
    )
    md = report.markdown(results)
    (out_dir / "latest.md").write_text(md + "\n")
    print(md)
    log(f"done in {results['elapsed_s']} s; wrote {out_dir}/latest.json, latest.md")
    return 0


def render(out_dir: Path) -> int:
    results = json.loads((out_dir / "latest.json").read_text())
    results["figures"] = report_plots.plots(results, out_dir)
    if results.get("quality", {}).get("data_dir"):
        results["quality"]["points"] = report_plots.quality_points(results["quality"])
    (out_dir / "latest.json").write_text(
        json.dumps(results, indent=2, ensure_ascii=False) + "\n"
    )
    md = report.markdown(results)
    (out_dir / "latest.md").write_text(md + "\n")
    print(md)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
