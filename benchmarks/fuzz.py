"""Long-mode fuzzing: the suite's hypothesis properties with many more examples.

``python -m benchmarks.fuzz [--examples 100000]`` runs
``tests/unit_tests/fuzz`` with ``LMS_FUZZ_EXAMPLES`` set (random, not
derandomized, above 1,000) and prints, per property, the examples run, the time
and the outcome. The suite runs the same properties in a short, reproducible mode.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FUZZ = ROOT / "tests" / "unit_tests" / "fuzz" / "test_fuzz_components.py"


def run(examples: int) -> list[tuple[str, str, float]]:
    """Run each property alone; return (property, outcome, seconds)."""
    listing = subprocess.run(  # noqa: S603 - our own test file
        [
            sys.executable,
            "-m",
            "pytest",
            "--collect-only",
            "-q",
            str(FUZZ),
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    ids = [line for line in listing.stdout.splitlines() if "::" in line]
    rows = []
    env = {**os.environ, "LMS_FUZZ_EXAMPLES": str(examples)}
    for node in ids:
        started = time.perf_counter()
        result = subprocess.run(  # noqa: S603 - our own test file
            [
                sys.executable,
                "-m",
                "pytest",
                "-q",
                "-x",
                "-p",
                "no:cacheprovider",
                node,
            ],
            capture_output=True,
            text=True,
            check=False,
            cwd=ROOT,
            env=env,
        )
        outcome = "passed" if result.returncode == 0 else "FAILED"
        rows.append((node.split("::", 1)[1], outcome, time.perf_counter() - started))
        print(
            f"{rows[-1][0]}: {outcome} in {rows[-1][2]:.0f} s",
            file=sys.stderr,
            flush=True,
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.fuzz")
    parser.add_argument("--examples", type=int, default=100_000)
    args = parser.parse_args()
    rows = run(args.examples)
    print(f"## Fuzzing, long mode ({args.examples} examples per property)\n")
    print("| property | outcome | time |")
    print("|---|---|---|")
    for name, outcome, seconds in rows:
        print(f"| {name} | {outcome} | {seconds:.0f} s |")


if __name__ == "__main__":
    main()
