"""guard | ChatMistralAI | guard_out against the fake server over real HTTP."""

from __future__ import annotations

from typing import Any

import pytest
from langchain_core.messages import AIMessage
from langchain_core.prompts import ChatPromptTemplate
from langchain_core.runnables import Runnable
from langchain_mistralai import ChatMistralAI

from langchain_mistral_secure.keys import secure_chat_mistralai
from langchain_mistral_secure.moderation import ModerationError

MODES = pytest.mark.parametrize("mode", ["sync", "async"])
KEY = "test-key-123"  # pragma: allowlist secret
CHAT = "/v1/chat/completions"
TEXT = "/v1/moderations"
CHAT_MOD = "/v1/chat/moderations"
BENIGN = "First sentence. Second one! Third?\nDone."


def _chain(mod: Any, *, secured: bool = False, **out_kwargs: Any) -> Runnable:
    if secured:
        llm: ChatMistralAI = secure_chat_mistralai(
            keys=[KEY], base_url=mod.server.base_url, max_retries=0
        )
        guard_in = mod.guard(keys=llm.client.auth)
        guard_out = mod.guard(keys=llm.client.auth, **out_kwargs)
    else:
        llm = ChatMistralAI(base_url=mod.server.base_url, api_key=KEY, max_retries=0)
        guard_in = mod.guard()
        guard_out = mod.guard(**out_kwargs)
    return guard_in | llm | guard_out


async def _invoke(chain: Runnable, value: Any, mode: str, **kw: Any) -> Any:
    if mode == "sync":
        return chain.invoke(value, **kw)
    return await chain.ainvoke(value, **kw)


async def _stream(
    chain: Runnable, value: Any, mode: str, **kw: Any
) -> tuple[str, BaseException | None]:
    text = ""
    try:
        if mode == "sync":
            for chunk in chain.stream(value, **kw):
                text += str(chunk.content)
        else:
            async for chunk in chain.astream(value, **kw):
                text += str(chunk.content)
    except Exception as exc:  # noqa: BLE001 - the test inspects it
        return text, exc
    return text, None


@MODES
@pytest.mark.parametrize("secured", [False, True])
async def test_benign_chain_moderates_input_and_output(
    mode: str, secured: bool, mod: Any
) -> None:
    mod.server.reply_with(BENIGN)
    chain = _chain(mod, secured=secured)
    answer = await _invoke(chain, [("human", "hello")], mode)
    assert isinstance(answer, AIMessage)
    assert answer.content == BENIGN
    paths = [r.path for r in mod.server.requests]
    assert paths == [CHAT_MOD, CHAT, TEXT]
    assert mod.server.requests_for(TEXT)[0].body["input"] == BENIGN


@MODES
async def test_harmful_input_never_reaches_the_model(mode: str, mod: Any) -> None:
    chain = _chain(mod)
    with pytest.raises(ModerationError):
        await _invoke(chain, [("human", "please HARM them")], mode)
    assert mod.server.requests_for(CHAT) == []


@MODES
async def test_prompt_template_output_is_moderated_as_a_conversation(
    mode: str, mod: Any
) -> None:
    prompt = ChatPromptTemplate.from_messages(
        [("system", "You are helpful."), ("human", "{question}")]
    )
    chain = prompt | _chain(mod)
    with pytest.raises(ModerationError):
        await _invoke(chain, {"question": "how to HARM"}, mode)
    [record] = mod.server.requests_for(CHAT_MOD)
    assert [m["role"] for m in record.body["input"]] == ["system", "user"]
    assert mod.server.requests_for(CHAT) == []


@MODES
async def test_harmful_answer_is_blocked(mode: str, mod: Any) -> None:
    mod.server.reply_with("I will HARM the zebra.")
    chain = _chain(mod)
    with pytest.raises(ModerationError) as info:
        await _invoke(chain, [("human", "hello")], mode)
    assert "zebra" not in str(info.value)
    assert len(mod.server.requests_for(CHAT)) == 1


@MODES
@pytest.mark.parametrize("chunk_size", [1, 4, 100])
async def test_streamed_benign_answer_is_complete(
    mode: str, chunk_size: int, mod: Any
) -> None:
    mod.server.reply_with(BENIGN)
    mod.server.chunk_size = chunk_size
    text, error = await _stream(_chain(mod), [("human", "hello")], mode)
    assert error is None
    assert text == BENIGN
    assert mod.server.requests_for(TEXT)[-1].body["input"] == BENIGN
    assert mod.server.requests[-1].path == TEXT


@MODES
@pytest.mark.parametrize("chunk_size", [1, 4, 100])
async def test_streamed_harmful_sentence_is_never_emitted(
    mode: str, chunk_size: int, mod: Any
) -> None:
    reply = "All is well here. Then I HARM the zebra. Bye."
    mod.server.reply_with(reply)
    mod.server.chunk_size = chunk_size
    text, error = await _stream(_chain(mod), [("human", "hello")], mode)
    assert isinstance(error, ModerationError)
    assert "HARM" not in text
    assert "zebra" not in text
    assert reply.startswith(text)
    if chunk_size < len("All is well here. "):
        assert text.startswith("All is well here.")


@MODES
async def test_flagging_chain_reports_events_and_streams_all(
    mode: str, mod: Any
) -> None:
    reply = "Fine. Then HARM. Bye."
    mod.server.reply_with(reply)
    mod.server.chunk_size = 3
    chain = _chain(mod, action="flag")
    text, error = await _stream(
        chain, [("human", "hi")], mode, config={"callbacks": [mod.capture]}
    )
    assert error is None
    assert text == reply
    events = mod.capture.named("mistral_secure.moderation")
    endpoints = [e["endpoint"] for e in events]
    assert endpoints[0] == "chat/moderations"
    assert "flagged" in [e["outcome"] for e in events]
    assert "HARM" not in repr(mod.capture.events)
