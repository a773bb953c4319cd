"""Early-release hold-back against the fixed hold, side by side in one run.

For each answer shape, the redactor streams the answer in small chunks with
``holdback="fixed"`` (the last 512 characters always held) and
``holdback="early"`` (held only from where a match could still start), and
reports in *characters*: how much input had arrived when the first text came
out, how many output chunks the caller saw, the mean and worst lag (input
received minus output released, sampled at every input chunk), then the time
per input chunk and the whole stream against one ``invoke``.

A second table gives the cost per character of text dense with invisible,
combining or tag characters (held until it falls behind the cap), streamed
through the window and as message chunks, beside one ``invoke``.

Run alone: ``python -m benchmarks.holdback [--quick]``.
"""

from __future__ import annotations

import argparse
import statistics
import time
from typing import Any

from langchain_core.messages import AIMessageChunk

from langchain_mistral_secure.redactor import OutputRedactor

PROSE = (
    "The quick brown fox jumps over the lazy dog, and the dog does not mind. "
    "Streaming answers should reach the reader while the model is still "
    "writing them, one word after another. "
)
MIXED = (
    "Here is what I found. The office opens at 9:00 and closes at 17:30; call "
    "+1 415 555 2671 or write to help@example.com. See the [manual]"
    "(https://docs.example.com/manual) for details, or run `make install`. "
    'Don\'t forget: the "quick start" section covers it in 3 steps. '
)
CHATTY = (
    'Great question! The "quick start" guide covers it in 3 steps, and it\'s '
    "shorter than you'd think. First, install the package (it takes about 2 "
    "minutes). Then set your key; don't commit it anywhere!\n"
)
CHUNK = 4
DENSE_CHUNKS = (4, 64)


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


DENSE: dict[str, Any] = {
    "zero-width words": lambda n: _repeat("ig\u200bnore ", n),
    "zero-width xN": lambda n: "\u200b" * n,
    "combining marks": lambda n: _repeat("e\u0301", n),
    "tag characters": lambda n: _repeat(
        "a" + "".join(chr(0xE0041 + i) for i in range(7)), n
    ),
}


def _cases(*, quick: bool) -> list[tuple[str, str]]:
    long_size = 20_000 if quick else 100_000
    return [
        ("benign prose, 2,000 chars", (PROSE * 20)[:2000]),
        ("short answer, 200 chars", (PROSE * 2)[:200]),
        ("chatty answer (!, quotes, numbers), 2,000 chars", (CHATTY * 10)[:2000]),
        ("mixed answer (numbers, link, code, quotes), 2,000 chars", (MIXED * 9)[:2000]),
        (
            f"benign prose, {long_size:,} chars",
            (PROSE * (long_size // 100 + 1))[:long_size],
        ),
    ]


def _profile(redactor: OutputRedactor, text: str) -> dict[str, Any]:
    """Stream ``text`` in CHUNK-character pieces; measure in characters."""
    window = redactor.window()
    first = None
    chunks = 0
    emitted = 0
    lags: list[int] = []
    for start in range(0, len(text), CHUNK):
        out = window.push(text[start : start + CHUNK])
        received = min(len(text), start + CHUNK)
        if out:
            chunks += 1
            emitted += len(out)
            if first is None:
                first = received
        lags.append(received - emitted)
    if window.flush():
        chunks += 1
    return {
        "first_text_after_chars": first if first is not None else len(text),
        "output_chunks": chunks,
        "mean_lag_chars": round(statistics.fmean(lags), 1),
        "max_lag_chars": max(lags),
    }


def _timed(redactor: OutputRedactor, text: str, runs: int) -> tuple[float, float]:
    """Median seconds of one whole stream and of one invoke."""
    pieces = [text[i : i + CHUNK] for i in range(0, len(text), CHUNK)]
    stream_s: list[float] = []
    invoke_s: list[float] = []
    for _ in range(runs):
        started = time.perf_counter()
        for _chunk in redactor.redact_iter(pieces):
            pass
        stream_s.append(time.perf_counter() - started)
        started = time.perf_counter()
        redactor.redact_text(text)
        invoke_s.append(time.perf_counter() - started)
    return statistics.median(stream_s), statistics.median(invoke_s)


def run_holdback(*, quick: bool = False) -> dict[str, Any]:
    """Measure every case with both holds; returns JSON-ready rows."""
    runs = 3 if quick else 5
    rows: list[dict[str, Any]] = []
    for case, text in _cases(quick=quick):
        for holdback in ("fixed", "early"):
            redactor = OutputRedactor(holdback=holdback)  # type: ignore[arg-type]
            row: dict[str, Any] = {
                "case": case,
                "holdback": holdback,
                "chars": len(text),
                "chunk_chars": CHUNK,
                **_profile(redactor, text),
            }
            stream_s, invoke_s = _timed(redactor, text, runs)
            chunks = -(-len(text) // CHUNK)
            row["us_per_input_chunk"] = round(stream_s / chunks * 1e6, 1)
            row["stream_over_invoke"] = round(stream_s / invoke_s, 1)
            rows.append(row)
    return {"chunk_chars": CHUNK, "rows": rows, "dense": run_dense(quick=quick)}


def _cpu_per_char(run: Any, size: int, runs: int) -> float:
    """Least process CPU time of ``run()`` over ``runs``, in µs per character."""
    best = float("inf")
    for _ in range(runs):
        started = time.process_time()
        run()
        best = min(best, time.process_time() - started)
    return round(best / size * 1e6, 2)


def run_dense(*, quick: bool = False) -> dict[str, Any]:
    """µs per character of dense invisible text: invoke, window, message chunks."""
    size = 16_384 if quick else 65_536
    runs = 2 if quick else 3
    redactor = OutputRedactor()
    rows: list[dict[str, Any]] = []
    for case, make in DENSE.items():
        text = make(size)
        row: dict[str, Any] = {"case": case, "chars": size}
        row["invoke"] = _cpu_per_char(lambda t=text: redactor.invoke(t), size, runs)
        for chunk in DENSE_CHUNKS:
            pieces = [text[i : i + chunk] for i in range(0, len(text), chunk)]
            messages = [AIMessageChunk(content=p) for p in pieces]

            def window(pieces: list[str] = pieces) -> str:
                win = redactor.window()
                return "".join([*(win.push(p) for p in pieces), win.flush()])

            def transform(messages: list[AIMessageChunk] = messages) -> int:
                return len(list(redactor.transform(iter(messages))))

            row[f"window_{chunk}"] = _cpu_per_char(window, size, runs)
            row[f"messages_{chunk}"] = _cpu_per_char(transform, size, runs)
        rows.append(row)
    return {"chunks": list(DENSE_CHUNKS), "rows": rows}


def dense_markdown(result: dict[str, Any]) -> str:
    """The per-character table of dense invisible text."""
    chunks = result["chunks"]
    heads = [f"window, {c}-char pieces" for c in chunks] + [
        f"message chunks of {c}" for c in chunks
    ]
    lines = [
        "## Streaming dense invisible text: µs per character",
        "",
        (
            "Least process CPU time of a few runs, per character, default "
            "`OutputRedactor` (message chunks built before timing)."
        ),
        "",
        "| case | chars | invoke | " + " | ".join(heads) + " |",
        "|---|--:|--:|" + "--:|" * len(heads),
    ]
    for row in result["rows"]:
        cells = [row[f"window_{c}"] for c in chunks] + [
            row[f"messages_{c}"] for c in chunks
        ]
        lines.append(
            f"| {row['case']} | {row['chars']:,} | {row['invoke']} | "
            + " | ".join(str(c) for c in cells)
            + " |"
        )
    return "\n".join(lines)


def markdown(result: dict[str, Any]) -> str:
    """The side-by-side table (fixed hold, then early release, per case)."""
    intro = (
        f"Answers streamed in {result['chunk_chars']}-character chunks through "
        "the default `OutputRedactor`; lags are input received minus output "
        "released, in characters."
    )
    header = (
        "| case | hold | first text after | output chunks | mean lag | worst lag "
        "| µs per input chunk | stream / invoke |"
    )
    lines = [
        "## Streaming hold-back: time to first text (characters), fixed vs early",
        "",
        intro,
        "",
        header,
        "|---|---|--:|--:|--:|--:|--:|--:|",
    ]
    lines.extend(
        f"| {row['case']} | {row['holdback']} | {row['first_text_after_chars']} "
        f"| {row['output_chunks']} | {row['mean_lag_chars']} "
        f"| {row['max_lag_chars']} | {row['us_per_input_chunk']} "
        f"| {row['stream_over_invoke']}x |"
        for row in result["rows"]
    )
    if result.get("dense"):
        lines += ["", dense_markdown(result["dense"])]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the hold-back benchmark alone and print its table."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks.holdback")
    parser.add_argument("--quick", action="store_true", help="20 KB long case")
    parser.add_argument(
        "--dense-only", action="store_true", help="only the dense invisible table"
    )
    args = parser.parse_args(argv)
    if args.dense_only:
        print(dense_markdown(run_dense(quick=args.quick)))
    else:
        print(markdown(run_holdback(quick=args.quick)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
