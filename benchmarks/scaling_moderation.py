"""Scaling rows for streaming moderation (``MistralModerationGuard``).

The guard streams each case in 64-character chunks through the real HTTP
client to a :class:`FakeMistralServer` on 127.0.0.1 (in this process, so its
CPU time counts too). The guard batches sentences into calls of about 4 K
characters (``stream_min_chars``), so a row measures the guard's own work and
the text it sends, not one round trip per sentence. Before the fix, whole-answer
mode sent the whole answer so far on every call: quadratic in the answer.

Two components: the guard's streaming core (``_transform``, as the
``InputSanitizer stream`` row drives the sanitizer's core), and the public
``transform`` on ``AIMessageChunk`` chunks for prose. The second includes
LangChain's own run tracing (``_transform_stream_with_config`` adds every input
and output chunk up, for ``on_chain_end``), which grows faster than the stream
for any Runnable; the gap between the two rows is that cost.

Its rows join :mod:`benchmarks.scaling`'s table (a hook in
``benchmarks/__main__.py``). Run alone:
``python -m benchmarks.scaling_moderation [--quick] [--only CASE ...]``.
"""

# ruff: noqa: PLC0415
# (PLC0415: the guard and the fake server are imported lazily on purpose.)

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from benchmarks import scaling

CORE = "MistralModerationGuard stream"
PUBLIC = "MistralModerationGuard.transform (message chunks)"
CALL_CHARS = 4_096
# Prose (sentence ends batched by ``stream_min_chars``) and three cases with no
# sentence end at all (calls triggered by size). Every case costs ~n/4 K HTTP
# round trips, so the rows run on these, not on all of ``scaling.CASES``.
CASES: dict[str, tuple[str, ...]] = {
    CORE: ("benign prose", "a.a.a.…@", "unfinished JWT", "zero-width words"),
    PUBLIC: ("benign prose",),
}


def run(
    *,
    quick: bool,
    only: list[str] | None = None,
    log: Callable[[str], None] = print,
) -> dict[str, Any]:
    """Time the moderation stream on its scaling cases; return the rows."""
    from langchain_core.messages import AIMessageChunk
    from langchain_core.runnables import ensure_config

    from langchain_mistral_secure.moderation import MistralModerationGuard
    from langchain_mistral_secure.testing import FakeMistralServer

    sizes = scaling.QUICK_SIZES if quick else scaling.SIZES
    rows: list[dict[str, Any]] = []
    config = ensure_config()
    with FakeMistralServer() as server:
        guard = MistralModerationGuard(
            keys="bench-key",  # pragma: allowlist secret
            base_url=server.base_url,
            stream_min_chars=CALL_CHARS,
            stream_chunk_chars=CALL_CHARS,
        )

        def core(text: str) -> int:
            # The streaming core, without LangChain's run (no run manager used).
            transform: Any = guard._transform  # noqa: SLF001
            return sum(1 for _ in transform(scaling._chunks(text), None, config))  # noqa: SLF001

        def public(text: str) -> int:
            chunks = (
                AIMessageChunk(content=c)
                for c in scaling._chunks(text)  # noqa: SLF001
            )
            return sum(1 for _ in guard.transform(chunks))

        runs: dict[str, Callable[[str], int]] = {CORE: core, PUBLIC: public}
        try:
            for component, cases in CASES.items():
                for case in cases:
                    if only and not any(o in f"{component} {case}" for o in only):
                        continue
                    measured = scaling._measure(  # noqa: SLF001
                        runs[component], scaling.CASES[case], sizes
                    )
                    rows.append({"component": component, "case": case, **measured})
                    log(f"  scaling {component} / {case}: {rows[-1]['ratios']}")
        finally:
            guard.close()
    return {"sizes": list(sizes), "flag_ratio": scaling.FLAG_RATIO, "rows": rows}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.scaling_moderation")
    parser.add_argument("--quick", action="store_true", help="32 K to 512 K")
    parser.add_argument("--only", nargs="*", help="cases whose name contains one")
    args = parser.parse_args(argv)
    result = run(
        quick=args.quick,
        only=args.only,
        log=lambda m: print(m, file=sys.stderr, flush=True),
    )
    print(scaling.markdown(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
