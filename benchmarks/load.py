"""Load test: 64 concurrent async calls through the guarded model, under failure.

``python -m benchmarks.load [--calls 64] [--rounds 5]`` (also part of
``python -m benchmarks``). Against a ``FakeMistralServer`` on 127.0.0.1:

* three keys in a ``KeyRotator``, one of them revoked on the server (401);
* a 429 storm: the first ``storm`` authenticated requests are answered 429 with a
  short ``Retry-After``;
* ``calls`` concurrent ``ainvoke`` calls per round, half of them streamed.

It reports errors, the token totals our usage log counted against the server's
own count, and the p50/p99 latency of the guarded model beside a plain
``ChatMistralAI`` on the same server in the same run (the perimeter's overhead).
"""

# ruff: noqa: PLC0415

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from typing import Any

KEYS = (  # pragma: allowlist secret
    "sk-load-revoked-00000000",  # the rotator's first key: every replica meets it
    "sk-load-good-a-0000000000",
    "sk-load-good-b-0000000000",
)
REPLY = (
    "Your order 1042 ships tomorrow. Questions: write to jane.doe@example.com or call "
    "+33 1 42 68 53 00."
)


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def _round(
    model: Any, calls: int, handler: Any
) -> tuple[list[float], list[str], int]:
    async def one(i: int) -> float:
        started = time.perf_counter()
        config = {"callbacks": [handler]} if handler is not None else {}
        if i % 2:
            text = "".join(
                [
                    str(c.content)
                    async for c in model.astream(f"order {i}?", config=config)
                ]
            )
        else:
            text = str((await model.ainvoke(f"order {i}?", config=config)).content)
        if "jane.doe@example.com" in text and handler is not None:
            msg = "raw e-mail reached the caller"
            raise AssertionError(msg)
        return time.perf_counter() - started

    results = await asyncio.gather(
        *(one(i) for i in range(calls)), return_exceptions=True
    )
    latencies = [r for r in results if isinstance(r, float)]
    errors = [type(r).__name__ for r in results if isinstance(r, BaseException)]
    return latencies, errors, len(results)


def run_load(*, calls: int = 64, rounds: int = 5, storm: int = 20) -> dict[str, Any]:
    """Run the load test; return latencies, errors and token counts."""
    from langchain_mistralai import ChatMistralAI

    from langchain_mistral_secure import (
        KeyRotator,
        UsageLoggingHandler,
        secure_chat_mistralai,
    )
    from langchain_mistral_secure.testing import FakeMistralServer

    with (
        FakeMistralServer(reply=REPLY) as server,
        FakeMistralServer(reply=REPLY) as bare,
    ):
        server.revoke(KEYS[0])
        rotator = KeyRotator(list(KEYS), cooldown=600)
        guarded = secure_chat_mistralai(
            "mistral-small-latest",
            keys=rotator,
            guards="default",
            base_url=server.base_url,
            max_retry_wait=0.05,
            max_rate_limit_retries=10,
        )
        # The same model without the perimeter, on its own server: the baseline.
        plain = ChatMistralAI(api_key=KEYS[2], base_url=bare.base_url, max_retries=0)
        usage = UsageLoggingHandler()
        out: dict[str, Any] = {"calls": calls, "rounds": rounds, "storm_429": storm}

        async def main() -> None:
            guarded_lat: list[float] = []
            plain_lat: list[float] = []
            errors: list[str] = []
            server.fail_next(
                429, count=storm, retry_after=0.01, path="/chat/completions"
            )
            for _ in range(rounds):
                lat, errs, _n = await _round(guarded, calls, usage)
                guarded_lat += lat
                errors += errs
                lat, _errs, _n = await _round(plain, calls, None)
                plain_lat += lat
            out["guarded_p50_ms"] = 1000 * statistics.median(guarded_lat)
            out["guarded_p99_ms"] = 1000 * _pct(guarded_lat, 0.99)
            out["plain_p50_ms"] = 1000 * statistics.median(plain_lat)
            out["plain_p99_ms"] = 1000 * _pct(plain_lat, 0.99)
            out["errors"] = errors

        asyncio.run(main())
        chat = server.requests_for("/chat/completions")
        out["server_total_tokens"] = sum(
            (r.usage or {}).get("total_tokens", 0) for r in chat if r.status == 200
        )
        logged = usage.usage_metadata.get("mistral-small-latest") or {}
        out["usage_log_total_tokens"] = logged.get("total_tokens")
        out["unauthorized"] = sum(1 for r in chat if r.status == 401)
        out["rate_limited"] = sum(1 for r in chat if r.status == 429)
    return out


def load_md(result: dict[str, Any]) -> list[str]:
    """Markdown lines of :func:`run_load` results."""
    r = result
    rows = [
        ("errors", f"{len(r['errors'])} {sorted(set(r['errors']))}"),
        (
            "401 answered (revoked key: once per call in flight, then benched)",
            str(r["unauthorized"]),
        ),
        ("429 answered (storm, retried)", str(r["rate_limited"])),
        (
            "tokens in our usage log / server's count",
            f"{r['usage_log_total_tokens']} / {r['server_total_tokens']}",
        ),
        (
            "guarded p50 / p99",
            f"{r['guarded_p50_ms']:.1f} / {r['guarded_p99_ms']:.1f} ms",
        ),
        (
            "plain ChatMistralAI p50 / p99",
            f"{r['plain_p50_ms']:.1f} / {r['plain_p99_ms']:.1f} ms",
        ),
        (
            "perimeter overhead p50 / p99",
            (
                f"{r['guarded_p50_ms'] - r['plain_p50_ms']:.1f} / "
                f"{r['guarded_p99_ms'] - r['plain_p99_ms']:.1f} ms"
            ),
        ),
    ]
    return [
        "## Load: concurrent async calls through the guarded model",
        "",
        (
            f"{r['rounds']} rounds of {r['calls']} concurrent calls (half streamed), "
            f"three keys with one revoked, a storm of {r['storm_429']} 429s."
        ),
        "",
        "| measure | value |",
        "|---|---|",
        *(f"| {name} | {value} |" for name, value in rows),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.load")
    parser.add_argument("--calls", type=int, default=64)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    print("\n".join(load_md(run_load(calls=args.calls, rounds=args.rounds))))


if __name__ == "__main__":
    main()
