"""UsageLoggingHandler against the real ChatMistralAI and the fake Mistral server."""

from __future__ import annotations

import asyncio
import json
import logging
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

import pytest
from langchain_core.callbacks.manager import (
    adispatch_custom_event,
    dispatch_custom_event,
)
from langchain_core.runnables import RunnableLambda
from langchain_mistralai import ChatMistralAI

from langchain_mistral_secure.callbacks import (
    CHAIN_FINDINGS_EVENT,
    CHAT_MODEL_END_EVENT,
    CHAT_MODEL_ERROR_EVENT,
    FINDINGS_EVENT,
    USAGE_LOGGER_NAME,
    UsageLoggingHandler,
    get_usage_logging_callback,
)
from langchain_mistral_secure.logs import (
    JsonFormatter,
    install_log_scrubbing,
    uninstall_log_scrubbing,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

    from langchain_mistral_secure.testing import FakeMistralServer

API_KEY = "KEYMARKERq7Zt3Wm9Xv2Lp8Rn4Hs6Jd1Fg5Bc0Ty"  # pragma: allowlist secret
INPUT_MARKER = "INPUTMARKER-zebra-quartz"
OUTPUT_MARKER = "OUTPUTMARKER-walrus-onyx"
REPLY = f"alpha beta gamma {OUTPUT_MARKER} delta"
MODEL = "mistral-small-latest"
SERVED_MODEL = "mistral-small-2503"


def _llm(server: FakeMistralServer, **kwargs: Any) -> ChatMistralAI:
    return ChatMistralAI(
        base_url=server.base_url,
        api_key=API_KEY,
        model=MODEL,
        max_retries=0,
        **kwargs,
    )


@pytest.fixture
def server(fake_mistral_server: FakeMistralServer) -> FakeMistralServer:
    fake_mistral_server.reply_with(REPLY)
    fake_mistral_server.response_model = SERVED_MODEL
    fake_mistral_server.chunk_size = 3
    return fake_mistral_server


def _chat_requests(server: FakeMistralServer) -> list[Any]:
    return server.requests_for("/v1/chat/completions")


def _usage_tuples(server: FakeMistralServer) -> list[tuple[int, int, int]]:
    return sorted(
        (
            r.usage["prompt_tokens"],
            r.usage["completion_tokens"],
            r.usage["total_tokens"],
        )
        for r in _chat_requests(server)
    )


def _record_tuples(records: list[dict[str, Any]]) -> list[tuple[int, int, int]]:
    return sorted(
        (r["input_tokens"], r["output_tokens"], r["total_tokens"])
        for r in records
        if r["event"] == CHAT_MODEL_END_EVENT
    )


PROMPTS = [f"please summarize {INPUT_MARKER} now", "second prompt with more words"]


def _run_sync(mode: str, llm: ChatMistralAI, config: dict[str, Any]) -> int:
    if mode == "invoke":
        llm.invoke(PROMPTS[0], config=config)
        return 1
    if mode == "stream":
        list(llm.stream(PROMPTS[0], config=config))
        return 1
    llm.batch(PROMPTS, config=config)
    return len(PROMPTS)


async def _run_async(mode: str, llm: ChatMistralAI, config: dict[str, Any]) -> int:
    if mode == "ainvoke":
        await llm.ainvoke(PROMPTS[0], config=config)
        return 1
    if mode == "astream":
        _ = [chunk async for chunk in llm.astream(PROMPTS[0], config=config)]
        return 1
    await llm.abatch(PROMPTS, config=config)
    return len(PROMPTS)


def _check_records(
    handler: UsageLoggingHandler, server: FakeMistralServer, runs: int, *, stream: bool
) -> None:
    records = handler.records
    assert len(records) == runs
    assert _record_tuples(records) == _usage_tuples(server)
    expected_chars = sorted(len(p) for p in PROMPTS[:runs])
    assert sorted(r["input_chars"] for r in records) == expected_chars
    for record in records:
        assert record["event"] == CHAT_MODEL_END_EVENT
        assert record["status"] == "ok"
        assert record["model_requested"] == MODEL
        assert record["model_returned"] in {MODEL, SERVED_MODEL}
        assert record["message_count"] == 1
        assert record["output_chars"] == len(REPLY)
        assert record["finish_reason"] == "stop"
        assert record["streaming"] is stream
        assert record["latency_ms"] >= 0
        assert record["parent_run_id"] is None
        assert record["run_id"] == record["root_run_id"]
    totals = handler.usage_metadata
    assert sum(u["total_tokens"] for u in totals.values()) == sum(
        t[2] for t in _usage_tuples(server)
    )
    assert sum(u["input_tokens"] for u in totals.values()) == sum(
        t[0] for t in _usage_tuples(server)
    )


@pytest.mark.parametrize(
    ("mode", "stream"), [("invoke", False), ("stream", True), ("batch", False)]
)
def test_record_matches_server_usage(
    server: FakeMistralServer, mode: str, stream: bool
) -> None:
    handler = UsageLoggingHandler()
    runs = _run_sync(mode, _llm(server), {"callbacks": [handler]})
    _check_records(handler, server, runs, stream=stream)


@pytest.mark.parametrize(
    ("mode", "stream"), [("ainvoke", False), ("astream", True), ("abatch", False)]
)
async def test_record_matches_server_usage_async(
    server: FakeMistralServer, mode: str, stream: bool
) -> None:
    handler = UsageLoggingHandler()
    runs = await _run_async(mode, _llm(server), {"callbacks": [handler]})
    _check_records(handler, server, runs, stream=stream)


@pytest.mark.parametrize("mode", ["stream", "astream"])
async def test_streamed_model_returned_is_the_servers(
    server: FakeMistralServer, mode: str
) -> None:
    handler = UsageLoggingHandler()
    config: dict[str, Any] = {"callbacks": [handler]}
    if mode == "stream":
        _run_sync(mode, _llm(server), config)
    else:
        await _run_async(mode, _llm(server), config)
    assert handler.records[0]["model_returned"] == SERVED_MODEL
    assert set(handler.usage_metadata) == {SERVED_MODEL}


@pytest.mark.parametrize("status", [401, 429, 500])
@pytest.mark.parametrize("mode", ["invoke", "stream"])
def test_error_record_has_type_and_status_only(
    server: FakeMistralServer, status: int, mode: str
) -> None:
    handler = UsageLoggingHandler()
    server.fail_next(status=status)
    with pytest.raises(Exception):  # noqa: B017, PT011
        _run_sync(mode, _llm(server), {"callbacks": [handler]})
    (record,) = handler.records
    assert record["event"] == CHAT_MODEL_ERROR_EVENT
    assert record["status"] == "error"
    assert record["http_status"] == status
    assert record["error_type"].endswith("HTTPStatusError")
    assert "output_chars" not in record
    assert handler.usage_metadata == {}
    assert (handler._parents, handler._models, handler._trees) == ({}, {}, {})


@pytest.mark.parametrize("status", [401, 500])
@pytest.mark.parametrize("mode", ["ainvoke", "astream"])
async def test_error_record_has_type_and_status_only_async(
    server: FakeMistralServer, status: int, mode: str
) -> None:
    handler = UsageLoggingHandler()
    server.fail_next(status=status)
    with pytest.raises(Exception):  # noqa: B017, PT011
        await _run_async(mode, _llm(server), {"callbacks": [handler]})
    (record,) = handler.records
    assert record["event"] == CHAT_MODEL_ERROR_EVENT
    assert record["http_status"] == status
    assert record["error_type"].endswith("HTTPStatusError")


def test_connection_error_has_no_status() -> None:
    handler = UsageLoggingHandler()
    # A port nobody listens on: bind and close to get one.
    import socket  # noqa: PLC0415

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    llm = ChatMistralAI(
        base_url=f"http://127.0.0.1:{port}/v1", api_key=API_KEY, max_retries=0
    )
    with pytest.raises(Exception):  # noqa: B017, PT011
        llm.invoke("hello", config={"callbacks": [handler]})
    (record,) = handler.records
    assert record["http_status"] is None
    assert "ConnectError" in record["error_type"]


# ----------------------------------------------------------------- no content


def _all_text(records: list[logging.LogRecord]) -> str:
    plain = logging.Formatter("%(name)s %(levelname)s %(message)s")
    json_fmt = JsonFormatter()
    parts: list[str] = []
    for record in records:
        parts.append(plain.format(record))
        parts.append(json_fmt.format(record))
        parts.append(repr(record.args))
        parts.append(str(record.exc_text))
        parts.append(repr(vars(record)))
    return "\n".join(parts)


@pytest.fixture
def debug_caplog(
    caplog: pytest.LogCaptureFixture,
) -> Iterator[pytest.LogCaptureFixture]:
    caplog.set_level(logging.DEBUG)
    for name in ("httpx", "httpcore", "langchain_core", "langchain_mistralai"):
        caplog.set_level(logging.DEBUG, logger=name)
    yield caplog
    uninstall_log_scrubbing()


def test_leak_check_sees_a_planted_marker(
    debug_caplog: pytest.LogCaptureFixture,
) -> None:
    logging.getLogger("httpcore.demo").debug("payload %r", {"text": INPUT_MARKER})
    assert INPUT_MARKER in _all_text(debug_caplog.records)


@pytest.mark.parametrize("scrub", [False, True])
@pytest.mark.parametrize("fail", [None, 401, 500])
def test_no_marker_in_any_log_record(
    server: FakeMistralServer,
    debug_caplog: pytest.LogCaptureFixture,
    scrub: bool,
    fail: int | None,
) -> None:
    if scrub:
        install_log_scrubbing()
        # A third-party library that logs a header: masked by the filter.
        logging.getLogger("httpx").debug("Authorization: Bearer %s", API_KEY)
    handler = UsageLoggingHandler()
    llm = _llm(server)
    config: dict[str, Any] = {"callbacks": [handler]}
    for mode in ("invoke", "stream", "batch"):
        if fail is not None:
            server.fail_next(status=fail)
            with pytest.raises(Exception):  # noqa: B017, PT011
                _run_sync(mode, llm, config)
        else:
            _run_sync(mode, llm, config)
    text = _all_text(debug_caplog.records)
    assert USAGE_LOGGER_NAME in text  # the handler did log
    records = json.dumps(handler.records)
    for marker in (API_KEY, INPUT_MARKER, OUTPUT_MARKER):
        assert marker not in text
        assert marker not in records


@pytest.mark.parametrize("fail", [None, 500])
async def test_no_marker_in_any_log_record_async(
    server: FakeMistralServer, debug_caplog: pytest.LogCaptureFixture, fail: int | None
) -> None:
    handler = UsageLoggingHandler()
    llm = _llm(server)
    config: dict[str, Any] = {"callbacks": [handler]}
    for mode in ("ainvoke", "astream", "abatch"):
        if fail is not None:
            server.fail_next(status=fail)
            with pytest.raises(Exception):  # noqa: B017, PT011
                await _run_async(mode, llm, config)
        else:
            await _run_async(mode, llm, config)
    text = _all_text(debug_caplog.records)
    assert USAGE_LOGGER_NAME in text
    for marker in (API_KEY, INPUT_MARKER, OUTPUT_MARKER):
        assert marker not in text


def test_log_record_carries_fields_as_extra(
    server: FakeMistralServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger=USAGE_LOGGER_NAME)
    handler = UsageLoggingHandler()
    _llm(server).invoke("one two three", config={"callbacks": [handler]})
    (log,) = [r for r in caplog.records if r.name == USAGE_LOGGER_NAME]
    assert log.getMessage() == CHAT_MODEL_END_EVENT
    assert log.__dict__["total_tokens"] == handler.records[0]["total_tokens"]
    assert log.__dict__["model_requested"] == MODEL
    parsed = json.loads(JsonFormatter().format(log))
    assert parsed["input_tokens"] == server.requests[-1].usage["prompt_tokens"]


@pytest.mark.parametrize("keep", [True, False])
def test_keep_records_option(server: FakeMistralServer, keep: bool) -> None:
    handler = UsageLoggingHandler(keep_records=keep)
    _llm(server).invoke("hi", config={"callbacks": [handler]})
    assert len(handler.records) == (1 if keep else 0)
    assert sum(u["total_tokens"] for u in handler.usage_metadata.values()) > 0


def test_max_records_keeps_the_newest(server: FakeMistralServer) -> None:
    handler = UsageLoggingHandler(max_records=2)
    llm = _llm(server)
    for _ in range(3):
        llm.invoke("hi", config={"callbacks": [handler]})
    assert len(handler.records) == 2
    assert handler.usage_metadata[next(iter(handler.usage_metadata))][
        "total_tokens"
    ] == sum(t[2] for t in _usage_tuples(server))


# ----------------------------------------------------------------- concurrency

N_RUNS = 24


@pytest.mark.parametrize("workers", [2, 4])
def test_threads_aggregate_exactly(server: FakeMistralServer, workers: int) -> None:
    handler = UsageLoggingHandler()
    llm = _llm(server)
    prompts = [" ".join(["word"] * (i + 1)) for i in range(N_RUNS)]

    def call(prompt: str) -> None:
        llm.invoke(prompt, config={"callbacks": [handler]})

    with ThreadPoolExecutor(max_workers=workers) as pool:
        list(pool.map(call, prompts))
    assert len(handler.records) == N_RUNS
    assert len({r["run_id"] for r in handler.records}) == N_RUNS
    assert _record_tuples(handler.records) == _usage_tuples(server)
    (totals,) = handler.usage_metadata.values()
    assert totals["total_tokens"] == sum(t[2] for t in _usage_tuples(server))
    assert totals["input_tokens"] == sum(range(1, N_RUNS + 1))


@pytest.mark.parametrize("mode", ["ainvoke", "astream"])
async def test_asyncio_gather_aggregates_exactly(
    server: FakeMistralServer, mode: str
) -> None:
    handler = UsageLoggingHandler()
    llm = _llm(server)
    config: dict[str, Any] = {"callbacks": [handler]}
    # The fake server's listen backlog is small (5): bound the requests in
    # flight; the runs still interleave on the event loop.
    in_flight = asyncio.Semaphore(4)

    async def call(i: int) -> None:
        prompt = " ".join(["word"] * (i + 1))
        async with in_flight:
            if mode == "ainvoke":
                await llm.ainvoke(prompt, config=config)
            else:
                _ = [c async for c in llm.astream(prompt, config=config)]

    await asyncio.gather(*(call(i) for i in range(N_RUNS)))
    assert len(handler.records) == N_RUNS
    assert _record_tuples(handler.records) == _usage_tuples(server)
    (totals,) = handler.usage_metadata.values()
    assert totals["input_tokens"] == sum(range(1, N_RUNS + 1))
    assert all(r["streaming"] is (mode == "astream") for r in handler.records)


# ----------------------------------------------------------------- findings

SANITIZER_EVENT = {
    "component": "sanitizer",
    "counts": {"email": 2, "injection": 1},
    "rules": {"pii.email": 2, "injection.ignore_previous": 1},
}
REDACTOR_EVENT = {"component": "redactor", "counts": {"api_key": 1}, "rules": {}}


def _before(x: Any) -> Any:
    dispatch_custom_event(FINDINGS_EVENT, SANITIZER_EVENT)
    return x


def _after(x: Any) -> Any:
    dispatch_custom_event(FINDINGS_EVENT, REDACTOR_EVENT)
    return x


async def _abefore(x: Any) -> Any:
    await adispatch_custom_event(FINDINGS_EVENT, SANITIZER_EVENT)
    return x


async def _aafter(x: Any) -> Any:
    await adispatch_custom_event(FINDINGS_EVENT, REDACTOR_EVENT)
    return x


def _check_findings(handler: UsageLoggingHandler, *, after: bool) -> None:
    model_records = [r for r in handler.records if r["event"] == CHAT_MODEL_END_EVENT]
    (model,) = model_records
    assert model["findings"] == {"email": 2, "injection": 1}
    assert model["findings_rules"] == {"pii.email": 2, "injection.ignore_previous": 1}
    assert model["findings_components"] == ["sanitizer"]
    assert model["parent_run_id"] is not None
    assert model["root_run_id"] != model["run_id"]
    summaries = [r for r in handler.records if r["event"] == CHAIN_FINDINGS_EVENT]
    if after:
        (summary,) = summaries
        assert summary["findings"] == {"email": 2, "injection": 1, "api_key": 1}
        assert summary["findings_components"] == ["redactor", "sanitizer"]
        assert summary["root_run_id"] == model["root_run_id"]
    else:
        assert summaries == []
    assert (handler._parents, handler._models, handler._trees) == ({}, {}, {})


@pytest.mark.parametrize("after", [False, True])
def test_findings_attach_to_model_record(
    server: FakeMistralServer, after: bool
) -> None:
    handler = UsageLoggingHandler()
    chain = RunnableLambda(_before) | _llm(server)
    if after:
        chain = chain | RunnableLambda(_after)
    chain.invoke(f"hello {INPUT_MARKER}", config={"callbacks": [handler]})
    _check_findings(handler, after=after)


@pytest.mark.parametrize("after", [False, True])
async def test_findings_attach_to_model_record_async(
    server: FakeMistralServer, after: bool
) -> None:
    handler = UsageLoggingHandler()
    chain = RunnableLambda(_abefore) | _llm(server)
    if after:
        chain = chain | RunnableLambda(_aafter)
    await chain.ainvoke("hello", config={"callbacks": [handler]})
    _check_findings(handler, after=after)


def test_findings_do_not_leak_between_trees(server: FakeMistralServer) -> None:
    handler = UsageLoggingHandler()
    llm = _llm(server)
    (RunnableLambda(_before) | llm).invoke("a", config={"callbacks": [handler]})
    llm.invoke("b", config={"callbacks": [handler]})
    assert handler.records[0]["findings"] == SANITIZER_EVENT["counts"]
    assert handler.records[1]["findings"] == {}


@pytest.mark.parametrize(
    "data",
    [
        {"component": "x", "counts": {"email": f"leaked {INPUT_MARKER}"}},
        {"component": "x", "counts": {"email": True}},
        {"component": "x", "counts": {"email": -1}},
        {"component": "x", "counts": [INPUT_MARKER]},
        INPUT_MARKER,
    ],
)
def test_malformed_findings_keep_no_text(server: FakeMistralServer, data: Any) -> None:
    handler = UsageLoggingHandler()

    def emit(x: Any) -> Any:
        dispatch_custom_event(FINDINGS_EVENT, data)
        return x

    (RunnableLambda(emit) | _llm(server)).invoke("a", config={"callbacks": [handler]})
    assert handler.records[0]["findings"] == {}
    assert INPUT_MARKER not in json.dumps(handler.records)


def test_other_custom_events_are_ignored(server: FakeMistralServer) -> None:
    handler = UsageLoggingHandler()

    def emit(x: Any) -> Any:
        dispatch_custom_event("something_else", {"counts": {"email": 1}})
        return x

    (RunnableLambda(emit) | _llm(server)).invoke("a", config={"callbacks": [handler]})
    assert handler.records[0]["findings"] == {}


# ----------------------------------------------------------------- context manager


def test_get_usage_logging_callback_collects_inside_only(
    server: FakeMistralServer,
) -> None:
    llm = _llm(server)
    with get_usage_logging_callback() as cb:
        llm.invoke("one")
        list(llm.stream("two words"))
    llm.invoke("outside the block")
    assert len(cb.records) == 2
    assert len(_chat_requests(server)) == 3
    totals = cb.usage_metadata
    # invoke reports the requested model, stream the model the server names.
    assert set(totals) == {MODEL, SERVED_MODEL}
    assert totals[MODEL]["input_tokens"] == 1
    assert totals[SERVED_MODEL]["input_tokens"] == 2
    assert sum(u["total_tokens"] for u in totals.values()) == sum(
        r["total_tokens"] for r in cb.records
    )
    assert repr(cb) == str(totals)


async def test_get_usage_logging_callback_collects_inside_only_async(
    server: FakeMistralServer,
) -> None:
    llm = _llm(server)
    with get_usage_logging_callback() as cb:
        await asyncio.gather(llm.ainvoke("one"), llm.ainvoke("two words"))
    await llm.ainvoke("outside the block")
    assert len(cb.records) == 2
    (totals,) = cb.usage_metadata.values()
    assert totals["input_tokens"] == 1 + 2


def test_custom_logger_and_level(
    server: FakeMistralServer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="my.usage")
    handler = UsageLoggingHandler("my.usage", level=logging.DEBUG)
    _llm(server).invoke("hi", config={"callbacks": [handler]})
    (log,) = [r for r in caplog.records if r.name == "my.usage"]
    assert log.levelno == logging.DEBUG


@pytest.mark.parametrize("with_chain", [False, True])
def test_no_state_left_after_runs(server: FakeMistralServer, with_chain: bool) -> None:
    handler = UsageLoggingHandler()
    llm = _llm(server)
    if with_chain:
        # Handler attached below the root: it never sees the chain run.
        chain = RunnableLambda(_before) | llm.with_config(callbacks=[handler])
        chain.invoke("a")
    else:
        (RunnableLambda(_before) | llm).invoke("a", config={"callbacks": [handler]})
    llm.invoke("b", config={"callbacks": [handler]})
    assert len(handler.records) == 2
    assert handler._parents == {}
    assert handler._models == {}
    assert handler._trees == {}
