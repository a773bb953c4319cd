"""Resident memory of ``InputSanitizer`` over many different long texts, budget on/off.

RE2 builds DFA states for text it has not seen and keeps them up to each
program's budget; the rule groups hold some two thousand programs and sets,
so a process fed different long texts grows for a long time.
:mod:`langchain_mistral_secure.detection.program_memory` releases every
program past a budget of growth. This benchmark runs one child process per
budget, side by side in one run (at the same time), each scanning the same
``--texts`` texts of 50 dev rows joined (every language and code mixed, the
rows shuffled with a fixed seed), and prints at each checkpoint the resident
size, the process CPU time and the releases so far; then each run's peak, the
CPU time ratio, and whether the findings (spans, rule ids, scores, the
sanitized text) are identical: the budget must choose when programs are
rebuilt, never what they find. No text is printed. Run alone::

    python -m benchmarks.program_memory [--texts N] [--budgets 0,2048] [--every N]
"""

# ruff: noqa: PLC0415
# (PLC0415: the package is imported in the child on purpose.)

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.blind import corpus_dir
from benchmarks.corpus_status import DEV_CORPORA

ROWS_PER_TEXT = 50


def _texts(count: int) -> list[str]:
    rows: list[str] = []
    for corpus in DEV_CORPORA:
        for path in sorted(corpus_dir(corpus).glob("*.jsonl")):
            with path.open(encoding="utf-8") as lines:
                rows.extend(json.loads(line)["text"] for line in lines if line.strip())
    random.Random(53).shuffle(rows)
    return [
        " ".join(rows[i : i + ROWS_PER_TEXT])
        for i in range(0, min(len(rows), count * ROWS_PER_TEXT), ROWS_PER_TEXT)
    ]


def _resident_mb() -> int:
    pages = int(Path("/proc/self/statm").read_text().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") >> 20


def child(count: int, every: int) -> None:
    """Scan the texts in this process; print one JSON line per checkpoint."""
    from langchain_mistral_secure import InputSanitizer
    from langchain_mistral_secure.detection.program_memory import program_generation

    texts = _texts(count)
    sanitizer = InputSanitizer()
    sanitizer.scan("warm up")
    digest = hashlib.sha256()
    start = time.process_time()
    for number, text in enumerate(texts, 1):
        result = sanitizer.scan(text)
        found = [(f.start, f.end, f.rule_id, f.score) for f in result.findings]
        digest.update(repr((result.text, found, result.blocked)).encode())
        if number % every == 0 or number == len(texts):
            # The kernel's own peak (KB on Linux): also within a scan.
            peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss >> 10
            point = {
                "texts": number,
                "cpu": round(time.process_time() - start, 1),
                "rss_mb": _resident_mb(),
                "peak_mb": peak,
                "releases": program_generation(),
            }
            print(json.dumps(point), flush=True)
    print(json.dumps({"digest": digest.hexdigest()}), flush=True)


def main(argv: list[str] | None = None) -> None:
    """Run one child per budget side by side and print the comparison."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--texts", type=int, default=150)
    parser.add_argument("--budgets", default="0,2048", help="MB, comma-separated")
    parser.add_argument("--every", type=int, default=25)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.texts, args.every)
        return
    if not Path("/proc/self/statm").exists():
        print("program_memory: needs /proc (Linux); skipped")
        return
    budgets = [int(b) for b in args.budgets.split(",")]
    command = [sys.executable, "-m", "benchmarks.program_memory", "--child"]
    command += ["--texts", str(args.texts), "--every", str(args.every)]
    runs = {
        budget: subprocess.Popen(  # noqa: S603 - our own module
            command,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,  # RE2's own log lines
            text=True,
            env={**os.environ, "MISTRAL_SECURE_PROGRAM_MEMORY_MB": str(budget)},
        )
        for budget in budgets
    }
    results = {}
    for budget, run in runs.items():
        out, _ = run.communicate()
        results[budget] = [json.loads(line) for line in out.splitlines() if line]
    print(f"InputSanitizer.scan over {args.texts} texts of {ROWS_PER_TEXT} dev rows")
    print("budget MB | texts | CPU s | resident MB | peak MB | releases")
    for budget, points in results.items():
        for point in points[:-1]:
            print(
                f"{budget or 'off':>9} | {point['texts']:5d} | {point['cpu']:6.1f} |"
                f" {point['rss_mb']:11d} | {point['peak_mb']:7d} | {point['releases']}"
            )
    base = results[budgets[0]]
    for budget in budgets[1:]:
        last, first = results[budget][-2], base[-2]
        same = results[budget][-1]["digest"] == base[-1]["digest"]
        print(
            f"budget {budget} MB against {budgets[0] or 'off'}: peak "
            f"{last['peak_mb']} / {first['peak_mb']} MB, CPU time x"
            f"{last['cpu'] / first['cpu']:.2f}, findings identical: {same}"
        )


if __name__ == "__main__":
    main()
