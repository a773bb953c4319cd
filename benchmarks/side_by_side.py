"""This checkout against a base checkout: InputSanitizer speed, and same findings.

A speed change must be measured against the code it replaces in the same run
(the machine is shared) and must not change what is found. Both checkouts
run in their own worker process (``multiprocessing`` spawn, the base one with
its folder first on ``sys.path``):

* ``speed``: ``InputSanitizer.scan`` on 1 MB of benign prose (the speed
  benchmark's text), of the shared benign dev prompts, of multilingual
  benign text and of Python source, in interleaved rounds; each side's
  figure is its least process CPU time over the rounds. Prints MB/s per
  side and this / base.
* ``latency``: the learned scorer's CPU time per 4 KB prompt on the four
  texts of ``benchmarks.scorer``'s latency (with its own view, and with the
  view the rules built), in interleaved rounds; each side's figure is its
  least mean over the rounds (batches of 100 calls).
* ``rss``: peak RSS of one ``scan`` of 1 MB of code, each side in a fresh
  interpreter.
* ``findings``: the injection detector and ``InputSanitizer.scan`` on every
  row of corpora 1-6 and of the shared prompt-injection dev files; prints per
  file how many rows differ in findings (rule, category, span, score) or in
  the sanitized text, and exits 1 if any does.
* ``scores``: the learned scorer's unrounded best window (score, start, end)
  on every row of the same files, with its own view and with the view the
  rules build; prints per file the largest score difference and how many
  rows change their verdict (flag or block) or span, and exits 1 if any
  score differs by more than 1e-9 or any verdict or span changes.

Make the base with ``git archive <commit> | tar -x -C DIR``. Run::

    python -m benchmarks.side_by_side --base DIR [speed] [findings]
        [scores] [latency] [rss] [--rounds N] [--size CHARS]
"""

# ruff: noqa: PLC0415
# (PLC0415: each worker imports the package from its own checkout.)

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import subprocess
import sys
import sysconfig
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from benchmarks import data

ROOT = Path(__file__).resolve().parent.parent
CORPORA = (
    "blind_corpus",
    "blind_corpus_2",
    "blind_corpus_3",
    "blind_corpus_4",
    "blind_corpus_5",
    "blind_corpus_6",
)
"""The dev corpora, listed one by one (never a glob: the blind ones stay out)."""
_MULTILINGUAL = (
    "mgsm_multilingual_benign",
    "tldr_pages_multilingual_benign",
    "xsafety_commonsense_multilingual_benign",
    "awesome_chatgpt_prompts_zh",
)

_SANITIZER: Any = None


def _start(root: str) -> str:
    """Worker initializer: import the package from ``root``; return its path."""
    global _SANITIZER  # noqa: PLW0603 - one per worker process
    sys.path.insert(0, root)
    from langchain_mistral_secure.sanitizer import InputSanitizer

    _SANITIZER = InputSanitizer()
    import langchain_mistral_secure

    return str(langchain_mistral_secure.__file__)


def _where() -> str:
    import langchain_mistral_secure

    return str(langchain_mistral_secure.__file__)


def _rows(path: Path) -> list[str]:
    with path.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return [str(row.get("text", "")) for row in rows]


def _repeat(parts: list[str], size: int) -> str:
    text = "\n\n".join(p for p in parts if p)
    if not text:
        return ""
    while len(text) < size:
        text = f"{text}\n\n{text}"
    return text[:size]


def source_code(size: int) -> str:
    """``size`` characters of Python source: this interpreter's standard library.

    The same text on both sides of a run (not this checkout's code, which the
    change under test edits).
    """
    stdlib = Path(sysconfig.get_paths()["stdlib"])
    parts = [path.read_text(encoding="utf-8") for path in sorted(stdlib.glob("*.py"))]
    return _repeat(parts, size)


def texts(size: int) -> dict[str, str]:
    """The measured texts: prose, shared benign prompts, multilingual, code."""
    from benchmarks.rule_groups import benign_prompts

    out = {"prose": data.benign_text(size), "benign prompts": benign_prompts(size)}
    base = data.data_dir()
    if base is not None:
        parts = [
            row
            for name in _MULTILINGUAL
            if (base / "prompt_injection" / f"{name}.jsonl").is_file()
            for row in _rows(base / "prompt_injection" / f"{name}.jsonl")
        ]
        out["multilingual"] = _repeat(parts, size)
    out["code"] = source_code(size)
    return {name: text for name, text in out.items() if text}


def _time_scan(name: str, size: int) -> float:
    text = texts(size)[name] if name not in _TEXTS else _TEXTS[name]
    _TEXTS[name] = text
    started = time.process_time()
    _SANITIZER.scan(text)
    return time.process_time() - started


_TEXTS: dict[str, str] = {}


def speed(base: Path, rounds: int, size: int) -> list[dict[str, Any]]:
    """Least CPU time per side and text over interleaved rounds."""
    ctx = mp.get_context("spawn")
    sides = {"base": str(base), "this": str(ROOT)}
    pools = {
        side: ProcessPoolExecutor(1, mp_context=ctx, initializer=_start, initargs=(r,))
        for side, r in sides.items()
    }
    try:
        for side, pool in pools.items():
            print(f"  {side}: {pool.submit(_where).result()}")
        out: list[dict[str, Any]] = []
        for name, text in texts(size).items():
            best = dict.fromkeys(pools, float("inf"))
            for pool in pools.values():  # warm up on the measured text
                pool.submit(_time_scan, name, size).result()
            for _ in range(rounds):
                for side, pool in pools.items():
                    spent = pool.submit(_time_scan, name, size).result()
                    best[side] = min(best[side], spent)
            size_mb = len(text.encode("utf-8")) / 1e6
            row = {
                "text": name,
                "mb": round(size_mb, 3),
                "base_mb_per_s": round(size_mb / best["base"], 3),
                "this_mb_per_s": round(size_mb / best["this"], 3),
                "this_over_base": round(best["base"] / best["this"], 3),
            }
            out.append(row)
            print(
                f"  {name} ({row['mb']} MB): base {row['base_mb_per_s']} MB/s, "
                f"this {row['this_mb_per_s']} MB/s, this/base "
                f"{row['this_over_base']}x [least CPU time of {rounds} rounds]"
            )
        return out
    finally:
        for pool in pools.values():
            pool.shutdown()


_LATENCY_CALLS = 100


def _time_latency(name: str, shared: bool) -> float:  # noqa: FBT001 - a worker call
    """Mean CPU milliseconds of one scorer call on a 4 KB latency text."""
    from benchmarks.scorer import latency_texts
    from langchain_mistral_secure.detection.normalize import build_view
    from langchain_mistral_secure.detection.scorer import get_scorer

    scorer = get_scorer()
    text = latency_texts()[name]
    view = build_view(text)
    scorer.best_window(text, view)
    started = time.process_time()
    for _ in range(_LATENCY_CALLS):
        if shared:
            scorer.best_window(text, view)
        else:
            scorer.score(text)
    return (time.process_time() - started) / _LATENCY_CALLS * 1e3


def latency(base: Path, rounds: int) -> list[dict[str, Any]]:
    """Least mean CPU ms per 4 KB prompt per side, text and view, interleaved."""
    from benchmarks.scorer import latency_texts

    ctx = mp.get_context("spawn")
    pools = {
        side: ProcessPoolExecutor(1, mp_context=ctx, initializer=_start, initargs=(r,))
        for side, r in (("base", str(base)), ("this", str(ROOT)))
    }
    out: list[dict[str, Any]] = []
    try:
        for name in latency_texts():
            for shared in (False, True):
                best = dict.fromkeys(pools, float("inf"))
                for turn in range(rounds):
                    order = list(pools.items())
                    for side, pool in order if turn % 2 else order[::-1]:
                        spent = pool.submit(_time_latency, name, shared).result()
                        best[side] = min(best[side], spent)
                view = "view shared" if shared else "with view"
                row = {"text": name, "view": view, **best}
                out.append(row)
                print(
                    f"  {name}, {view}: base {best['base']:.3f} ms, this "
                    f"{best['this']:.3f} ms, this/base "
                    f"{best['this'] / best['base']:.3f} [least of {rounds} rounds]"
                )
    finally:
        for pool in pools.values():
            pool.shutdown()
    return out


_RSS_SCRIPT = """
import resource, sys
sys.path.insert(0, sys.argv[1])
from langchain_mistral_secure.sanitizer import InputSanitizer
text = sys.stdin.read()
InputSanitizer().scan(text)
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def peak_rss(base: Path, size: int) -> dict[str, float]:
    """Peak RSS in MB of one ``scan`` of ``size`` characters of code, per side.

    Each side runs in a fresh interpreter (the package imported from its
    checkout, this checkout's benchmarks), so the figure is that process's
    high-water mark: import, compile and the one scan.
    """
    out: dict[str, float] = {}
    text = source_code(size)
    for side, root in (("base", base), ("this", ROOT)):
        done = subprocess.run(  # noqa: S603 - our interpreter, fixed script
            [sys.executable, "-c", _RSS_SCRIPT, str(root)],
            input=text,
            capture_output=True,
            text=True,
            check=True,
        )
        out[side] = round(int(done.stdout.split()[-1]) / 1024, 1)
    print(f"  peak RSS, one scan of {size} characters of code: {out} MB")
    return out


def dev_files() -> list[Path]:
    """Every corpus 1-6 file and every shared prompt-injection dev file."""
    files = [
        path
        for corpus in CORPORA
        for path in sorted((ROOT / "benchmarks" / corpus).glob("*.jsonl"))
    ]
    base = data.data_dir()
    if base is not None:
        files += sorted((base / "prompt_injection").glob("*.jsonl"))
    return files


def _outcomes(path: str) -> list[Any]:
    """Per row: the detector's findings, the scan's findings and output."""
    from langchain_mistral_secure.detection.engine import get_detector

    detector = get_detector("injection")
    out: list[Any] = []
    for text in _rows(Path(path)):
        found = sorted(
            (f.start, f.end, f.rule_id, f.category, f.score)
            for f in detector.detect(text)
        )
        result = _SANITIZER.scan(text)
        scanned = [
            (f.start, f.end, f.rule_id, f.category, repr(f.score))
            for f in result.findings
        ]
        out.append((found, scanned, result.text, result.blocked))
    return out


def findings(base: Path) -> int:
    """Rows whose outcome differs between the two sides, summed over files."""
    ctx = mp.get_context("spawn")
    pools = [
        ProcessPoolExecutor(1, mp_context=ctx, initializer=_start, initargs=(str(r),))
        for r in (base, ROOT)
    ]
    total = rows = 0
    try:
        for path in dev_files():
            old, new = (pool.submit(_outcomes, str(path)) for pool in pools)
            before, after = old.result(), new.result()
            differ = sum(a != b for a, b in zip(before, after, strict=True))
            total += differ
            rows += len(before)
            label = path.relative_to(path.parent.parent)
            print(f"  {label}: {len(before)} rows, {differ} differ")
    finally:
        for pool in pools:
            pool.shutdown()
    print(f"  total: {rows} rows, {total} differ")
    return total


def _scores(path: str) -> list[tuple[float, int, int, float, int, int]]:
    """Per row: the scorer's best window with its own view, then with the rules'."""
    from langchain_mistral_secure.detection.normalize import build_view
    from langchain_mistral_secure.detection.scorer import get_scorer

    scorer = get_scorer()
    out = []
    for text in _rows(Path(path)):
        own = scorer.best_window(text)
        shared = scorer.best_window(text, build_view(text)) if text else own
        out.append((*own, *shared))
    return out


def scores(base: Path) -> int:
    """Rows whose scores differ (> 1e-9) or whose verdict or span changes."""
    ctx = mp.get_context("spawn")
    pools = [
        ProcessPoolExecutor(1, mp_context=ctx, initializer=_start, initargs=(str(r),))
        for r in (base, ROOT)
    ]
    thresholds = pools[1].submit(_thresholds).result()
    total = rows = exact = 0
    largest = 0.0
    try:
        for path in dev_files():
            old, new = (pool.submit(_scores, str(path)) for pool in pools)
            before, after = old.result(), new.result()
            worst, differ, same = _compare_scores(before, after, thresholds)
            total += differ
            exact += same
            rows += len(before)
            largest = max(largest, worst)
            label = path.relative_to(path.parent.parent)
            print(
                f"  {label}: {len(before)} rows, max |score diff| {worst:.3g}, "
                f"{differ} differ in verdict or span"
            )
    finally:
        for pool in pools:
            pool.shutdown()
    print(
        f"  total: {rows} rows, {exact} bit-identical, max |score diff| "
        f"{largest:.3g}, {total} differ in verdict or span"
    )
    return total + int(largest > _SCORE_TOLERANCE)


_SCORE_TOLERANCE = 1e-9


def _thresholds() -> tuple[float, float]:
    from langchain_mistral_secure.detection.scorer import get_scorer

    scorer = get_scorer()
    return scorer.threshold, scorer.block_threshold


def _compare_scores(
    before: list[tuple[float, int, int, float, int, int]],
    after: list[tuple[float, int, int, float, int, int]],
    thresholds: tuple[float, float],
) -> tuple[float, int, int]:
    """(largest score difference, rows whose verdict or span differs, rows equal).

    Each row holds two windows (own view, shared view): (score, start, end)
    at 0 and at 3.
    """
    worst = 0.0
    differ = same = 0
    for old, new in zip(before, after, strict=True):
        same += old == new
        changed = False
        for at in (0, 3):
            worst = max(worst, abs(old[at] - new[at]))
            flips = any((old[at] >= t) != (new[at] >= t) for t in thresholds)
            changed |= flips or old[at + 1 : at + 3] != new[at + 1 : at + 3]
        differ += changed
    return worst, differ, same


def main(argv: list[str] | None = None) -> int:
    """Command line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "parts",
        nargs="*",
        default=["speed", "latency", "findings", "scores", "rss"],
    )
    parser.add_argument("--base", type=Path, required=True)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--size", type=int, default=data.MB)
    args = parser.parse_args(argv)
    status = 0
    if "speed" in args.parts:
        print("InputSanitizer.scan, base and this checkout side by side:")
        speed(args.base.resolve(), args.rounds, args.size)
    if "latency" in args.parts:
        print("Scorer CPU time per 4 KB prompt, base and this checkout:")
        latency(args.base.resolve(), args.rounds)
    if "rss" in args.parts:
        print("Peak RSS, base and this checkout, fresh processes:")
        peak_rss(args.base.resolve(), args.size)
    if "findings" in args.parts:
        print("Findings, base and this checkout, every dev row:")
        status = 1 if findings(args.base.resolve()) else 0
    if "scores" in args.parts:
        print("Scorer scores, base and this checkout, every dev row:")
        status |= 1 if scores(args.base.resolve()) else 0
    return status


if __name__ == "__main__":
    raise SystemExit(main())
