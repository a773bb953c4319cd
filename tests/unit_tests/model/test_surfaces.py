"""Every surface LangChain looks at carries only guarded text.

Three pipelines: the guarded model alone, an LCEL chain (``SafePromptTemplate |
model``) and a RAG chain (a retriever over in-memory documents). The fake server
answers with planted PII, a secret and the prompt's canary; none of them may
appear in any ``astream_events`` (v2) event, any ``astream_log`` patch, any
callback payload, or any LangGraph stream mode. The canary legitimately sits in
the system prompt, so it is checked on what the model *said* (stream chunks,
outputs, tokens, LLM results), not on the prompt's own events.
"""

from __future__ import annotations

from typing import Any

import pytest
from langchain_core.messages import AIMessage, HumanMessage
from langchain_core.runnables import Runnable, RunnableLambda, RunnablePassthrough
from langchain_mistralai import ChatMistralAI
from model_helpers import (
    ANSWER,
    CANARY,
    DOC_EMAIL,
    DOC_PHONE,
    DOCS,
    EMAIL,
    PHONE,
    QUESTION,
    ListRetriever,
    RecordingHandler,
    guarded,
    leaks_in,
    safe_prompt,
)

from langchain_mistral_secure import (
    InputSanitizer,
    OutputRedactor,
    PIIMasker,
    SecureChatMistralAI,
)
from langchain_mistral_secure.testing import FakeMistralServer

langgraph_graph = pytest.importorskip("langgraph.graph")

PIPELINES = ["model", "lcel", "rag"]


def pipeline(
    kind: str, server: FakeMistralServer, **model_kwargs: Any
) -> tuple[Runnable[Any, Any], Any]:
    """The runnable and its input for one of the three pipelines."""
    if kind == "model":
        return guarded(server, **model_kwargs), QUESTION
    if kind == "lcel":
        prompt = safe_prompt()
        model = guarded(
            server, redactor=OutputRedactor.from_template(prompt), **model_kwargs
        )
        return prompt | model, {"question": QUESTION}
    prompt = safe_prompt(documents=("context",))
    model = guarded(
        server, redactor=OutputRedactor.from_template(prompt), **model_kwargs
    )
    rag = {
        "context": ListRetriever(docs=DOCS),
        "question": RunnablePassthrough(),
    } | prompt
    return rag | model, QUESTION


def said_by_model(events: list[dict[str, Any]]) -> list[Any]:
    """What events report as produced: chunks and outputs (not the prompt's)."""
    return [
        (event["data"].get("chunk"), event["data"].get("output"))
        for event in events
        if not event["event"].startswith("on_prompt")
    ]


def check_events(kind: str, events: list[dict[str, Any]]) -> None:
    assert {"on_chat_model_stream", "on_chat_model_end"} <= {e["event"] for e in events}
    # Retrieved documents are the application's own input: they hold other
    # values (checked in the masking test), never the planted ones.
    assert leaks_in(events, canary=False) == []
    assert leaks_in(said_by_model(events)) == []
    if kind == "model":
        assert leaks_in(events) == []


# ---------------------------------------------------------------- astream_events


@pytest.mark.parametrize("kind", PIPELINES)
async def test_astream_events_v2_carry_no_planted_value(server, kind):
    runnable, value = pipeline(kind, server)
    events = [e async for e in runnable.astream_events(value, version="v2")]
    check_events(kind, events)
    end = next(e for e in events if e["event"] == "on_chat_model_end")
    assert end["data"]["output"].text == OutputRedactor(canaries=[CANARY]).invoke(
        ANSWER
    )


def test_model_stream_events_v3_sync():
    # The sync event surface (v1/v2 have none on the sync path): the model's
    # protocol events, built from its own _stream.
    with FakeMistralServer(reply=ANSWER, chunk_size=7) as server:
        events = list(guarded(server).stream_events(QUESTION, version="v3"))
    assert any(e["event"] == "content-block-delta" for e in events)
    assert leaks_in(events) == []


@pytest.mark.filterwarnings(
    "ignore::langchain_core._api.beta_decorator.LangChainBetaWarning"
)
async def test_model_astream_events_v3_async():
    with FakeMistralServer(reply=ANSWER, chunk_size=7) as server:
        stream = await guarded(server).astream_events(QUESTION, version="v3")
        events = [e async for e in stream]
    assert any(e["event"] == "content-block-delta" for e in events)
    assert leaks_in(events) == []


async def test_why_regression_sanitizer_prompt_model_redactor_events(server):
    server.chunk_size = 40
    # Issue #13: on `InputSanitizer() | prompt | model | OutputRedactor()` the
    # model's own events carried the raw answer. With the guarded model they
    # cannot, whatever follows it.
    prompt = safe_prompt()
    chain = (
        InputSanitizer()
        | prompt
        | guarded(server, redactor=OutputRedactor.from_template(prompt))
        | OutputRedactor()
    )
    value = {"question": QUESTION}
    check_events("lcel", [e async for e in chain.astream_events(value, version="v2")])
    # The plain model, for contrast, leaks on the same chain.
    plain = (
        InputSanitizer()
        | prompt
        | ChatMistralAI(base_url=server.base_url, api_key="test-key")
        | OutputRedactor()
    )
    events = [e async for e in plain.astream_events(value, version="v2")]
    assert leaks_in(events, canary=False) != []


# ------------------------------------------------------------------ astream_log


@pytest.mark.parametrize("kind", PIPELINES)
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
async def test_astream_log_patches_carry_no_planted_value(server, kind):
    server.chunk_size = 40  # fewer patches: the log copies its state per patch
    runnable, value = pipeline(kind, server)
    patches = [p async for p in runnable.astream_log(value)]
    assert patches
    assert leaks_in([p.ops for p in patches], canary=False) == []
    final = patches[0]
    for patch in patches[1:]:
        final = final + patch
    assert leaks_in(final.state["final_output"]) == []
    assert leaks_in(final.state["streamed_output"]) == []


# -------------------------------------------------------------------- callbacks


def said_in_callbacks(handler: RecordingHandler) -> list[Any]:
    return [
        *handler.payloads("on_llm_new_token", "on_llm_end", "on_stream_event"),
        *[
            (args, kwargs)
            for args, kwargs in handler.payloads("on_chain_end")
            if kwargs.get("parent_run_id") is None
        ],
    ]


@pytest.mark.parametrize("kind", PIPELINES)
@pytest.mark.parametrize("method", ["invoke", "stream", "batch"])
def test_callback_payloads_carry_no_planted_value(server, kind, method):
    runnable, value = pipeline(kind, server)
    handler = RecordingHandler()
    config = {"callbacks": [handler]}
    if method == "invoke":
        runnable.invoke(value, config=config)
    elif method == "stream":
        list(runnable.stream(value, config=config))
    else:
        runnable.batch([value, value], config=config)
    assert "on_llm_end" in handler.names()
    assert leaks_in(handler.records, canary=False) == []
    assert leaks_in(said_in_callbacks(handler)) == []


@pytest.mark.parametrize("kind", PIPELINES)
@pytest.mark.parametrize("method", ["ainvoke", "astream", "abatch"])
async def test_callback_payloads_carry_no_planted_value_async(server, kind, method):
    runnable, value = pipeline(kind, server)
    handler = RecordingHandler()
    config = {"callbacks": [handler]}
    if method == "ainvoke":
        await runnable.ainvoke(value, config=config)
    elif method == "astream":
        [c async for c in runnable.astream(value, config=config)]
    else:
        await runnable.abatch([value, value], config=config)
    assert "on_llm_end" in handler.names()
    assert leaks_in(handler.records, canary=False) == []
    assert leaks_in(said_in_callbacks(handler)) == []


# --------------------------------------------------------------------- masking


@pytest.mark.parametrize("kind", PIPELINES)
@pytest.mark.parametrize("use_async", [False, True])
async def test_with_a_masker_the_server_sees_only_placeholders(server, kind, use_async):
    runnable, value = pipeline(kind, server, masker=PIIMasker())
    # The user's own PII goes in too: in the question, and (RAG) the documents.
    if kind == "model":
        value = f"{QUESTION} I am {EMAIL}, phone {PHONE}."
    elif kind == "lcel":
        value = {"question": f"{QUESTION} I am {EMAIL}, phone {PHONE}."}
    if use_async:
        await runnable.ainvoke(value)
    else:
        runnable.invoke(value)
    body = server.requests_for("/v1/chat/completions")[-1].body
    assert leaks_in(body, canary=False) == []
    assert DOC_EMAIL not in repr(body)
    assert DOC_PHONE not in repr(body)
    assert "<EMAIL_1>" in repr(body)
    assert "<PHONE_1>" in repr(body)


# -------------------------------------------------------------------- LangGraph


def graph_for(kind: str, server: FakeMistralServer) -> Any:
    runnable, value = pipeline(kind, server)

    def call_model(state: dict[str, Any]) -> dict[str, Any]:
        answer = runnable.invoke(value)
        return {"messages": [answer]}

    async def acall_model(state: dict[str, Any]) -> dict[str, Any]:
        answer = await runnable.ainvoke(value)
        return {"messages": [answer]}

    builder = langgraph_graph.StateGraph(langgraph_graph.MessagesState)
    builder.add_node("model", RunnableLambda(call_model, afunc=acall_model))
    builder.add_edge(langgraph_graph.START, "model")
    builder.add_edge("model", langgraph_graph.END)
    return builder.compile()


@pytest.mark.parametrize("kind", PIPELINES)
@pytest.mark.parametrize("mode", ["messages", "updates", "values"])
def test_langgraph_stream_modes(server, kind, mode):
    graph = graph_for(kind, server)
    items = list(graph.stream({"messages": [HumanMessage(QUESTION)]}, stream_mode=mode))
    assert items
    assert leaks_in(items) == []
    if mode == "messages":
        assert any(isinstance(item[0], AIMessage) for item in items)


@pytest.mark.parametrize("kind", PIPELINES)
@pytest.mark.parametrize("mode", ["messages", "updates", "values"])
async def test_langgraph_stream_modes_async(server, kind, mode):
    graph = graph_for(kind, server)
    items = [
        item
        async for item in graph.astream(
            {"messages": [HumanMessage(QUESTION)]}, stream_mode=mode
        )
    ]
    assert items
    assert leaks_in(items) == []


def test_guarded_model_is_a_chat_model_for_langgraph(server):
    # Sanity: the node's model is the guarded subclass, not a wrapper chain.
    runnable, _ = pipeline("model", server)
    assert isinstance(runnable, SecureChatMistralAI)
    assert isinstance(runnable, ChatMistralAI)
