"""OpenTelemetryUsageHandler with the SDK's in-memory exporters."""

from __future__ import annotations

import asyncio
import sys
from typing import TYPE_CHECKING, Any

import pytest
from langchain_mistralai import ChatMistralAI
from opentelemetry.sdk.metrics import MeterProvider
from opentelemetry.sdk.metrics.export import InMemoryMetricReader
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import (
    InMemorySpanExporter,
)
from opentelemetry.trace import SpanKind, StatusCode

from langchain_mistral_secure.telemetry import (
    GEN_AI_SYSTEM,
    OTEL_INSTALL_HINT,
    OpenTelemetryUsageHandler,
)

if TYPE_CHECKING:
    from langchain_mistral_secure.testing import FakeMistralServer

API_KEY = "KEYMARKERq7Zt3Wm9Xv2Lp8Rn4Hs6Jd1Fg5Bc0Ty"  # pragma: allowlist secret
INPUT_MARKER = "INPUTMARKER-zebra-quartz"
OUTPUT_MARKER = "OUTPUTMARKER-walrus-onyx"
REPLY = f"alpha beta {OUTPUT_MARKER} gamma"
MODEL = "mistral-small-latest"
SERVED_MODEL = "mistral-small-2503"
PROMPT = f"hello {INPUT_MARKER} there"


class _Otel:
    def __init__(self) -> None:
        self.spans = InMemorySpanExporter()
        tracer_provider = TracerProvider()
        tracer_provider.add_span_processor(SimpleSpanProcessor(self.spans))
        self.reader = InMemoryMetricReader()
        meter_provider = MeterProvider(metric_readers=[self.reader])
        self.handler = OpenTelemetryUsageHandler(
            tracer_provider=tracer_provider, meter_provider=meter_provider
        )

    def points(self, name: str) -> list[Any]:
        data = self.reader.get_metrics_data()
        found = []
        for resource_metrics in data.resource_metrics if data else []:
            for scope in resource_metrics.scope_metrics:
                for metric in scope.metrics:
                    if metric.name == name:
                        found.extend(metric.data.data_points)
        return found

    def everything(self) -> str:
        parts = [span.to_json() for span in self.spans.get_finished_spans()]
        data = self.reader.get_metrics_data()
        if data is not None:
            parts.append(data.to_json())
        return "\n".join(parts)


@pytest.fixture
def otel() -> _Otel:
    return _Otel()


@pytest.fixture
def server(fake_mistral_server: FakeMistralServer) -> FakeMistralServer:
    fake_mistral_server.reply_with(REPLY)
    fake_mistral_server.response_model = SERVED_MODEL
    return fake_mistral_server


def _llm(server: FakeMistralServer) -> ChatMistralAI:
    return ChatMistralAI(
        base_url=server.base_url,
        api_key=API_KEY,
        model=MODEL,
        max_retries=0,
        temperature=0.2,
    )


def _run(mode: str, llm: ChatMistralAI, config: dict[str, Any]) -> None:
    if mode == "invoke":
        llm.invoke(PROMPT, config=config)
    elif mode == "stream":
        list(llm.stream(PROMPT, config=config))
    else:
        llm.batch([PROMPT, PROMPT], config=config)


async def _arun(mode: str, llm: ChatMistralAI, config: dict[str, Any]) -> None:
    if mode == "ainvoke":
        await llm.ainvoke(PROMPT, config=config)
    elif mode == "astream":
        _ = [c async for c in llm.astream(PROMPT, config=config)]
    else:
        await llm.abatch([PROMPT, PROMPT], config=config)


def _check(otel: _Otel, server: FakeMistralServer, runs: int) -> None:
    spans = otel.spans.get_finished_spans()
    assert len(spans) == runs
    usages = [r.usage for r in server.requests_for("/v1/chat/completions")]
    for span, usage in zip(spans, usages, strict=True):
        attrs = dict(span.attributes or {})
        assert span.name == f"chat {MODEL}"
        assert span.kind == SpanKind.CLIENT
        assert attrs["gen_ai.system"] == GEN_AI_SYSTEM
        assert attrs["gen_ai.operation.name"] == "chat"
        assert attrs["gen_ai.request.model"] == MODEL
        assert attrs["gen_ai.request.temperature"] == pytest.approx(0.2)
        assert attrs["gen_ai.response.model"] in {MODEL, SERVED_MODEL}
        assert attrs["gen_ai.usage.input_tokens"] == usage["prompt_tokens"]
        assert attrs["gen_ai.usage.output_tokens"] == usage["completion_tokens"]
        assert tuple(attrs["gen_ai.response.finish_reasons"]) == ("stop",)
        assert span.status.status_code != StatusCode.ERROR
    by_type: dict[str, int] = {}
    for point in otel.points("gen_ai.client.token.usage"):
        token_type = point.attributes["gen_ai.token.type"]
        by_type[token_type] = by_type.get(token_type, 0) + int(point.sum)
    assert by_type == {
        "input": sum(u["prompt_tokens"] for u in usages),
        "output": sum(u["completion_tokens"] for u in usages),
    }
    durations = otel.points("gen_ai.client.operation.duration")
    assert sum(p.count for p in durations) == runs
    text = otel.everything()
    for marker in (API_KEY, INPUT_MARKER, OUTPUT_MARKER):
        assert marker not in text


@pytest.mark.parametrize(("mode", "runs"), [("invoke", 1), ("stream", 1), ("batch", 2)])
def test_span_and_metrics_follow_genai_conventions(
    otel: _Otel, server: FakeMistralServer, mode: str, runs: int
) -> None:
    _run(mode, _llm(server), {"callbacks": [otel.handler]})
    _check(otel, server, runs)


@pytest.mark.parametrize(
    ("mode", "runs"), [("ainvoke", 1), ("astream", 1), ("abatch", 2)]
)
async def test_span_and_metrics_follow_genai_conventions_async(
    otel: _Otel, server: FakeMistralServer, mode: str, runs: int
) -> None:
    await _arun(mode, _llm(server), {"callbacks": [otel.handler]})
    _check(otel, server, runs)


def _check_error(otel: _Otel, status: int) -> None:
    (span,) = otel.spans.get_finished_spans()
    attrs = dict(span.attributes or {})
    assert span.status.status_code == StatusCode.ERROR
    assert attrs["error.type"].endswith("HTTPStatusError")
    assert attrs["http.response.status_code"] == status
    assert span.status.description == attrs["error.type"]
    assert span.events == ()  # no exception event: its message could hold content
    (point,) = otel.points("gen_ai.client.operation.duration")
    assert point.attributes["error.type"] == attrs["error.type"]
    assert otel.points("gen_ai.client.token.usage") == []
    for marker in (API_KEY, INPUT_MARKER, OUTPUT_MARKER):
        assert marker not in otel.everything()


@pytest.mark.parametrize("status", [401, 500])
@pytest.mark.parametrize("mode", ["invoke", "stream"])
def test_error_span(
    otel: _Otel, server: FakeMistralServer, status: int, mode: str
) -> None:
    server.fail_next(status=status)
    with pytest.raises(Exception):  # noqa: B017, PT011
        _run(mode, _llm(server), {"callbacks": [otel.handler]})
    _check_error(otel, status)


@pytest.mark.parametrize("status", [401, 500])
@pytest.mark.parametrize("mode", ["ainvoke", "astream"])
async def test_error_span_async(
    otel: _Otel, server: FakeMistralServer, status: int, mode: str
) -> None:
    server.fail_next(status=status)
    with pytest.raises(Exception):  # noqa: B017, PT011
        await _arun(mode, _llm(server), {"callbacks": [otel.handler]})
    _check_error(otel, status)


@pytest.mark.parametrize("runs", [3, 6])
async def test_concurrent_runs_each_get_a_span(
    otel: _Otel, server: FakeMistralServer, runs: int
) -> None:
    llm = _llm(server)
    config: dict[str, Any] = {"callbacks": [otel.handler]}
    await asyncio.gather(*(llm.ainvoke(PROMPT, config=config) for _ in range(runs)))
    spans = otel.spans.get_finished_spans()
    assert len(spans) == runs
    assert len({s.context.span_id for s in spans}) == runs
    assert "open_spans=0" in repr(otel.handler)


@pytest.mark.parametrize("parent_name", ["request", "job"])
def test_span_is_child_of_current_span(
    otel: _Otel, server: FakeMistralServer, parent_name: str
) -> None:
    tracer = otel.handler._tracer
    with tracer.start_as_current_span(parent_name) as parent:
        _llm(server).invoke("hi", config={"callbacks": [otel.handler]})
    chat = next(s for s in otel.spans.get_finished_spans() if s.name.startswith("chat"))
    assert chat.parent is not None
    assert chat.parent.span_id == parent.get_span_context().span_id


@pytest.mark.parametrize("parent_name", ["request", "job"])
async def test_span_is_child_of_current_span_async(
    otel: _Otel, server: FakeMistralServer, parent_name: str
) -> None:
    tracer = otel.handler._tracer
    with tracer.start_as_current_span(parent_name) as parent:
        await _llm(server).ainvoke("hi", config={"callbacks": [otel.handler]})
    chat = next(s for s in otel.spans.get_finished_spans() if s.name.startswith("chat"))
    assert chat.parent is not None
    assert chat.parent.span_id == parent.get_span_context().span_id


@pytest.mark.parametrize("module", ["opentelemetry", "opentelemetry.trace"])
def test_missing_opentelemetry_names_the_extra(
    monkeypatch: pytest.MonkeyPatch, module: str
) -> None:
    monkeypatch.setitem(sys.modules, module, None)
    if module != "opentelemetry":
        monkeypatch.delattr(sys.modules["opentelemetry"], "trace", raising=False)
    with pytest.raises(ImportError) as info:
        OpenTelemetryUsageHandler()
    assert str(info.value) == OTEL_INSTALL_HINT
    assert 'pip install "langchain-mistral-secure[otel]"' in str(info.value)
