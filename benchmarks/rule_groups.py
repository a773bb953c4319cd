"""Each injection rule group against its two halves: finds DFA blowups.

An RE2 pass over a group of rules costs about as much as a pass over each
half while the group's DFA fits its memory budget; when it does not, RE2
throws its DFA cache away and rebuilds it over and over, and the group runs
10-30x slower than its halves together (still linear, but slow). Which group
blows up depends on the rules *and* the text: last session one
24,000-character group took 247 ms on 1 MB of benign dev prompts against
9 + 5 ms for its halves, while benign prose looked fine. This benchmark times
every group of every pass of :class:`InjectionDetector` on 1 MB of
multilingual benign text (the shared benign dev prompts joined, plus prose),
next to its two halves compiled as groups of their own, and prints the
groups whose time exceeds the halves' sum by ``--ratio`` or whose DFA gave
up (RE2 logs "DFA out of memory" and falls back to its NFA; the run counts
those lines per group, over the group and its halves), then the detector's
MB/s on the same text.

Times are the best process CPU time of ``--rounds`` interleaved rounds (the
machine is shared). Run alone::

    python -m benchmarks.rule_groups [--size BYTES] [--rounds N] [--ratio R]
        [--text mixed|prompts|prose] [--all]
"""

# ruff: noqa: PLC0415
# (PLC0415: the package is imported in the run on purpose.)

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from benchmarks import data

DEFAULT_RATIO = 2.0
"""A group slower than this many times its halves' sum is reported."""
# Groups this fast are noise on a shared machine, whatever their ratio.
_MIN_MS = 3.0
_PROSE_SHARE = 4  # one part in four of the mixed text is generated prose


def benign_prompts(size: int) -> str:
    """``size`` characters of the shared benign dev prompts, joined.

    Rows of every ``*benign*`` file of the shared prompt-injection data, taken
    round-robin across files (so each file's languages and formats are in any
    prefix), joined by blank lines; cycled if the files hold less. Empty when
    the shared data is not there.
    """
    base = data.data_dir()
    if base is None:
        return ""
    files = sorted((base / "prompt_injection").glob("*benign*.jsonl"))
    rows = [
        [str(row.get("text", "")) for row in data.load_jsonl(_rel(base, f)) or ()]
        for f in files
    ]
    columns = [r for r in rows if r]
    if not columns:
        return ""
    parts: list[str] = []
    total = 0
    depth = 0
    longest = max(len(c) for c in columns)
    while total < size:
        for column in columns:
            text = column[depth % len(column)]
            parts.append(text)
            total += len(text) + 2
        depth = (depth + 1) % longest
    return "\n\n".join(parts)[:size]


def _rel(base: Path, path: Path) -> str:
    return str(path.relative_to(base))


def benign_mix(size: int) -> str:
    """Shared benign prompts (three parts in four) then generated prose."""
    prose = size // _PROSE_SHARE
    prompts = benign_prompts(size - prose)
    return prompts + "\n\n" + data.benign_text(size - len(prompts) - 2)


def _text(kind: str, size: int) -> str:
    if kind == "prose":
        return data.benign_text(size)
    if kind == "prompts":
        return benign_prompts(size) or data.benign_text(size)
    return benign_mix(size)


_OUT_OF_MEMORY = b"DFA out of memory"


@contextlib.contextmanager
def _dfa_failures() -> Iterator[list[int]]:
    """Count RE2's "DFA out of memory" log lines written meanwhile (fd 2).

    RE2 logs one when a search's DFA gives up and it falls back to the NFA:
    the direct sign of a blowup, whatever the timings say.
    """
    count = [0]
    sys.stderr.flush()
    saved = os.dup(2)
    with tempfile.TemporaryFile() as sink:
        os.dup2(sink.fileno(), 2)
        try:
            yield count
        finally:
            sys.stderr.flush()
            os.dup2(saved, 2)
            os.close(saved)
            sink.seek(0)
            count[0] = sink.read().count(_OUT_OF_MEMORY)


def _best(runs: dict[str, Callable[[], Any]], rounds: int) -> dict[str, float]:
    """Best CPU seconds per run over interleaved rounds (after one warm-up)."""
    for run in runs.values():
        run()
    best = dict.fromkeys(runs, float("inf"))
    for _ in range(rounds):
        for key, run in runs.items():
            start = time.process_time()
            run()
            best[key] = min(best[key], time.process_time() - start)
    return best


def measure(
    *, size: int = data.MB, rounds: int = 3, kind: str = "mixed"
) -> dict[str, Any]:
    """Time every rule group, its halves, and the whole detector on one text."""
    from langchain_mistral_secure.detection._byte_search import compile_program
    from langchain_mistral_secure.detection.engine import RuleDetector
    from langchain_mistral_secure.detection.injection import InjectionDetector
    from langchain_mistral_secure.detection.normalize import (
        build_stripped_view,
        build_view,
    )
    from langchain_mistral_secure.sanitizer import InputSanitizer

    text = _text(kind, size)
    view = build_view(text)
    # Shared by every group in the detector: built once here too, so a
    # group's time is its RE2 passes, not the view.
    stripped = build_stripped_view(text)
    detector = InjectionDetector()
    passes = {
        "rules": detector.rules,
        "scripts": detector.scripts,
        "deobfuscated": detector.deobfuscated,
        "decoded": getattr(detector.encoded, "inner", None),
    }
    rows: list[dict[str, Any]] = []
    for pass_name, grouped in passes.items():
        for index, group in enumerate(getattr(grouped, "groups", ())):
            rules = group.rules
            half = len(rules) // 2
            halves = (
                [RuleDetector(rules[:half]), RuleDetector(rules[half:])] if half else []
            )
            runs: dict[str, Callable[[], Any]] = {
                "group": lambda g=group: g.detect_sharing(
                    text, view=view, stripped=stripped
                )
            }
            for number, part in enumerate(halves):
                runs[f"half{number}"] = lambda p=part: p.detect_sharing(
                    text, view=view, stripped=stripped
                )
            with _dfa_failures() as failures:
                best = _best(runs, rounds)
            halves_s = sum(v for k, v in best.items() if k != "group")
            rows.append(
                {
                    "pass": pass_name,
                    "group": index,
                    "rules": len(rules),
                    "chars": sum(len(r.pattern) for r in rules),
                    "instructions": sum(
                        compile_program(r.compiled_pattern()).programsize for r in rules
                    ),
                    "ms": round(best["group"] * 1000, 2),
                    "halves_ms": round(halves_s * 1000, 2) if halves else None,
                    "dfa_failures": failures[0],
                    "ratio": (
                        round(best["group"] / halves_s, 2)
                        if halves and halves_s > 0
                        else None
                    ),
                }
            )
    sanitizer = InputSanitizer()
    whole = _best(
        {
            "injection": lambda: detector.detect(text, view=view),
            "scan": lambda: sanitizer.scan(text),
        },
        rounds,
    )
    size_bytes = len(text.encode("utf-8"))
    return {
        "text": kind,
        "bytes": size_bytes,
        "rounds": rounds,
        "groups": rows,
        "injection_mb_per_s": round(size_bytes / 1e6 / whole["injection"], 2),
        "scan_mb_per_s": round(size_bytes / 1e6 / whole["scan"], 2),
    }


def blowups(
    result: dict[str, Any], ratio: float = DEFAULT_RATIO
) -> list[dict[str, Any]]:
    """Groups slower than ``ratio`` times their halves' sum (and not noise)."""
    return [
        row
        for row in result["groups"]
        if row.get("dfa_failures")
        or (row["ratio"] is not None and row["ratio"] > ratio and row["ms"] >= _MIN_MS)
    ]


def lines(
    result: dict[str, Any], ratio: float = DEFAULT_RATIO, *, every: bool = False
) -> list[str]:
    """The group table (every group, or only the blowups) and the MB/s."""
    bad = blowups(result, ratio)
    shown = result["groups"] if every else bad
    out = [
        (
            f"rule groups on {result['bytes'] / 1e6:g} MB of benign "
            f"{result['text']} text (best CPU of {result['rounds']} rounds): "
            f"{len(result['groups'])} groups, {len(bad)} over {ratio:g}x their "
            "halves or with DFA failures"
        )
    ]
    if shown:
        out.append(
            "| pass | group | rules | pattern chars | RE2 instructions | ms "
            "| halves ms | ratio | DFA failures |"
        )
        out.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
        out.extend(
            f"| {r['pass']} | {r['group']} | {r['rules']} | {r['chars']} | "
            f"{r.get('instructions')} | {r['ms']} | {r['halves_ms']} | "
            f"{r['ratio']} | {r.get('dfa_failures', 0)} |"
            for r in shown
        )
    total = sum(r["ms"] for r in result["groups"])
    out.append(f"sum of group times: {total:.1f} ms")
    out.append(
        f"InjectionDetector.detect {result['injection_mb_per_s']} MB/s; "
        f"InputSanitizer.scan {result['scan_mb_per_s']} MB/s"
    )
    return out


def main(argv: list[str] | None = None) -> int:
    """Print the blowups (or ``--all`` groups); exit 1 if any group blows up."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.rule_groups")
    parser.add_argument("--size", type=int, default=data.MB)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--ratio", type=float, default=DEFAULT_RATIO)
    parser.add_argument(
        "--text", choices=("mixed", "prompts", "prose"), default="mixed"
    )
    parser.add_argument("--all", action="store_true", help="print every group")
    args = parser.parse_args(argv)
    result = measure(size=args.size, rounds=args.rounds, kind=args.text)
    for line in lines(result, args.ratio, every=args.all):
        print(line)
    return 1 if blowups(result, args.ratio) else 0


if __name__ == "__main__":
    raise SystemExit(main())
