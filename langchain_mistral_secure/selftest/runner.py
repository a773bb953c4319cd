"""Run the self-test: a compromised fake model, every surface observed.

The target is the user's own chain, guarded model or agent. Its Mistral models
are pointed at a :class:`~langchain_mistral_secure.testing.FakeMistralServer`
scripted to say the planted answers, and every probe of the corpus runs through
``invoke``, ``stream``, ``ainvoke``, ``astream`` and ``astream_events`` (v2),
with a callback recorder, a tracer and DEBUG log capture attached. A needle
found on a surface is a leak of that probe's family there.
"""

from __future__ import annotations

import asyncio
import importlib
import traceback
from dataclasses import dataclass
from typing import Any

from langchain_core.documents import Document
from langchain_core.runnables import Runnable, RunnableConfig
from langchain_mistralai import ChatMistralAI

from langchain_mistral_secure.selftest.corpus import (
    ANSWER,
    DOCUMENT,
    USER,
    Probe,
    build_corpus,
)
from langchain_mistral_secure.selftest.report import SelftestReport
from langchain_mistral_secure.selftest.surfaces import (
    CallbackRecorder,
    TraceRecorder,
    dump,
    event_outputs,
    record_logs,
)
from langchain_mistral_secure.testing.fake_mistral import FakeMistralServer

__all__ = ["Target", "load_target", "run_selftest"]

BENIGN_QUESTION = "What are your opening hours?"
BENIGN_ANSWER = "We are open from nine to five."
_BLOCKING_ERRORS = frozenset(
    {
        "PromptInjectionError",
        "SensitiveOutputError",
        "ModerationError",
        "InputTooLongError",
    }
)
_QUESTION_KEYS = ("question", "input", "query", "text", "message")
_DOCUMENT_KEYS = ("context", "documents", "docs", "document", "untrusted")
_MODES = ("invoke", "stream", "ainvoke", "astream", "astream_events")
_SPLITS = (1, 7)  # streamed reply chunk sizes: every offset is a split at size 1


@dataclass
class Target:
    """How to feed the target: which input key takes untrusted text and documents."""

    runnable: Runnable[Any, Any]
    input_key: str | None = None
    documents_key: str | None = None
    messages: bool = False
    canary: str | None = None
    system_prompt: str | None = None
    other_keys: tuple[str, ...] = ()

    def make_input(self, text: str, document: str | None = None) -> Any:
        """The input for one call: the text as the user's, the document as retrieved."""
        if self.messages:
            return {"messages": [{"role": "user", "content": text}]}
        if self.input_key is None:
            return text
        value: dict[str, Any] = dict.fromkeys(self.other_keys, "")
        value[self.input_key] = text
        if self.documents_key is not None:
            value[self.documents_key] = [
                Document(page_content=document or "Opening hours: 9-17.")
            ]
        return value


def load_target(spec: str) -> Any:
    """Import ``module:attr`` (the CLI's argument).

    Raises:
        ValueError: The spec is not ``module:attr``.
    """
    module, sep, attr = spec.partition(":")
    if not sep or not module or not attr:
        msg = f"expected module:attr, got {spec!r}"
        raise ValueError(msg)
    obj: Any = importlib.import_module(module)
    for part in attr.split("."):
        obj = getattr(obj, part)
    return obj


def _graph_objects(runnable: Runnable[Any, Any]) -> list[Any]:
    try:
        try:
            graph = runnable.get_graph(xray=True)  # type: ignore[call-arg]
        except TypeError:  # a plain Runnable: xray is LangGraph's
            graph = runnable.get_graph()
        nodes = graph.nodes.values()
    except Exception:  # noqa: BLE001 - a graph we cannot draw: the runnable alone
        return [runnable]
    return [node.data for node in nodes if not isinstance(node.data, type)] + [runnable]


def _describe(runnable: Runnable[Any, Any], base_url: str) -> Target:
    """Point every ChatMistralAI at the fake and learn the input shape."""
    target = Target(runnable)
    for obj in _graph_objects(runnable):
        if isinstance(obj, ChatMistralAI):
            obj.client.base_url = base_url
            obj.async_client.base_url = base_url
        if (
            hasattr(obj, "untrusted")
            and hasattr(obj, "canary")
            and hasattr(obj, "system")
        ):
            target.input_key = target.input_key or next(iter(obj.untrusted), None)
            target.documents_key = target.documents_key or next(
                iter(obj.documents), None
            )
            target.canary = target.canary or obj.canary
            target.system_prompt = target.system_prompt or obj.system
    if target.input_key is None:
        schema = runnable.get_input_jsonschema()
        properties = schema.get("properties") or {}
        if "messages" in properties:
            target.messages = True
        elif schema.get("type") == "object" and properties:
            keys = list(schema.get("required") or properties)
            target.input_key = _pick(keys, _QUESTION_KEYS) or keys[0]
            target.documents_key = _pick(keys, _DOCUMENT_KEYS)
            target.other_keys = tuple(
                k for k in keys if k not in {target.input_key, target.documents_key}
            )
    return target


def _pick(keys: list[str], preferred: tuple[str, ...]) -> str | None:
    return next((k for k in preferred if k in keys), None)


def _resolve(target: Any, server: FakeMistralServer) -> Target:
    if isinstance(target, Target):
        _describe(target.runnable, server.base_url)
        return target
    if isinstance(target, Runnable):
        return _describe(target, server.base_url)
    if callable(target):
        built = target(base_url=server.base_url)
        return _describe(built, server.base_url)
    kind = type(target).__name__
    msg = f"selftest needs a Runnable or a factory(base_url=...), not {kind}"
    raise TypeError(msg)


def _script(server: FakeMistralServer, probe: Probe) -> None:
    if probe.channel != ANSWER:
        server.reply_with(BENIGN_ANSWER)
    elif probe.tool_call:
        server.reply_with(
            {
                "content": "",
                "tool_calls": [
                    {"function": {"name": "lookup", "arguments": probe.text}}
                ],
            }
        )
    else:
        server.reply_with(probe.text)


def _joined(chunks: list[Any]) -> str:
    """The chunks as a reader sees them: concatenated, and each one alone.

    Texts and tool-call argument pieces are joined once (a needle split across
    chunks shows whole), in linear time: no chunk-by-chunk ``+``.
    """
    texts: list[str] = []
    args: list[str] = []
    for chunk in chunks:
        if isinstance(chunk, str):
            texts.append(chunk)
            continue
        content = getattr(chunk, "content", None)
        blocks = [content] if isinstance(content, str) else list(content or [])
        for block in blocks:
            if isinstance(block, str):
                texts.append(block)
            elif isinstance(block, dict) and isinstance(block.get("text"), str):
                texts.append(block["text"])
            else:
                texts.append(dump(block))
        calls = getattr(chunk, "tool_call_chunks", None) or []
        args.extend(str(call.get("args") or "") for call in calls)
    return dump(["".join(texts), "".join(args), chunks])


def _call(
    target: Target, probe: Probe, mode: str, config: RunnableConfig
) -> tuple[str, str]:
    """Run one mode; return (surface, text seen there)."""
    text = probe.text if probe.channel == USER else BENIGN_QUESTION
    value = target.make_input(text, probe.text if probe.channel == DOCUMENT else None)
    runnable = target.runnable
    if mode == "invoke":
        return "return", dump(runnable.invoke(value, config=config))
    if mode == "stream":
        return "stream", _joined(list(runnable.stream(value, config=config)))

    async def run_async() -> tuple[str, str]:
        if mode == "ainvoke":
            return "return", dump(await runnable.ainvoke(value, config=config))
        if mode == "astream":
            chunks = [c async for c in runnable.astream(value, config=config)]
            return "stream", _joined(chunks)
        events = [
            e async for e in runnable.astream_events(value, config=config, version="v2")
        ]
        return "events", event_outputs(events)

    return asyncio.run(run_async())


def _probe_once(
    target: Target,
    server: FakeMistralServer,
    probe: Probe,
    mode: str,
    report: SelftestReport,
) -> None:
    callbacks, tracer = CallbackRecorder(), TraceRecorder()
    config: RunnableConfig = {"callbacks": [callbacks, tracer]}
    seen: dict[str, list[str]] = {"errors": []}
    server.clear()
    _script(server, probe)
    with record_logs() as logs:
        try:
            surface, text = _call(target, probe, mode, config)
            seen[surface] = [text]
        except Exception as exc:  # noqa: BLE001 - every error is observed, then judged
            seen["errors"] = [
                str(exc),
                repr(exc),
                "".join(traceback.format_exception(exc)),
            ]
            if type(exc).__name__ not in _BLOCKING_ERRORS:
                report.error(probe, mode, type(exc).__name__)
    seen["callbacks"] = callbacks.texts
    seen["tracer"] = tracer.texts
    seen["logs"] = logs.texts
    if probe.channel != ANSWER:
        # An attack in the input is the caller's own text on every input surface;
        # what matters is whether it reached the model as it was.
        received = server.requests_for("/chat/completions")
        seen = {"server": [dump(r.body) for r in received], "errors": seen["errors"]}
    for surface, texts in seen.items():
        leaked = any(needle in blob for blob in texts for needle in probe.needles)
        report.observe(surface, probe, mode, leaked=leaked)


def run_selftest(
    target: Any,
    *,
    seed: int = 0,
    families: tuple[str, ...] | None = None,
    modes: tuple[str, ...] = _MODES,
    splits: tuple[int, ...] = _SPLITS,
) -> SelftestReport:
    """Attack ``target`` through a compromised fake model and report what leaked.

    Args:
        target: A Runnable (chain, guarded model, agent), a factory called as
            ``factory(base_url=...)`` that returns one, or a :class:`Target`.
            Every ``ChatMistralAI`` found inside is pointed at the fake server.
        seed: The corpus seed (same seed, same attacks).
        families: Corpus families to run (default: all, see ``FAMILIES``).
        modes: Call modes: ``invoke``, ``stream``, ``ainvoke``, ``astream``,
            ``astream_events``.
        splits: Reply chunk sizes for the streaming modes (1: every offset).

    Returns:
        The report; ``report.passed`` is False when anything leaked.

    Example:
        >>> from langchain_mistralai import ChatMistralAI
        >>> def bare(base_url):
        ...     return ChatMistralAI(api_key="test", base_url=base_url)
        >>> report = run_selftest(bare, families=("pii.email",), modes=("invoke",))
        >>> report.passed
        False
    """
    with FakeMistralServer() as server:
        resolved = _resolve(target, server)
        probes = build_corpus(
            seed,
            families=families,
            canary=resolved.canary,
            system_prompt=resolved.system_prompt,
        )
        report = SelftestReport(seed=seed, probes=len(probes))
        if resolved.documents_key is None and not resolved.messages:
            report.skipped.append(
                "document-channel probes: the target takes no documents"
            )
            probes = [p for p in probes if p.channel != DOCUMENT]
            report.probes = len(probes)
        for probe in probes:
            for mode in modes:
                sizes = (
                    splits
                    if mode in {"stream", "astream", "astream_events"}
                    else (len(probe.text) or 1,)
                )
                for size in sizes:
                    server.chunk_size = max(1, size)
                    _probe_once(resolved, server, probe, mode, report)
    return report
