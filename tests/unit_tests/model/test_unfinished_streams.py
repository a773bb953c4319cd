"""An unfinished stream never leaves its session for a later call (review)."""

from __future__ import annotations

from langchain_core.messages import HumanMessage

from langchain_mistral_secure import InputSanitizer, PIIMasker, secure_chat_mistralai
from langchain_mistral_secure.testing import FakeMistralServer

ALICE = "alice@example.com"
REPLY = "Hello there, I will write to <EMAIL_1> soon, as asked."


def _model(server: FakeMistralServer):  # type: ignore[no-untyped-def]
    return secure_chat_mistralai(
        "mistral-small-latest",
        keys="test-key",
        base_url=server.base_url,
        guards=[InputSanitizer(), PIIMasker()],
    )


def _session(name: str) -> dict[str, dict[str, str]]:
    return {"configurable": {"session_id": name}}


def test_a_broken_off_stream_does_not_lend_its_session():
    with FakeMistralServer(reply=REPLY) as server:
        server.chunk_size = 5
        model = _model(server)
        for chunk in model.stream(f"Please write to {ALICE}", config=_session("alice")):
            assert chunk is not None
            break  # the caller stops reading; the generator stays open
        # A later call through generate (as LangGraph and batch do) opens its
        # own session: Bob never gets Alice's address back.
        result = model.generate([[HumanMessage("hi")]], config=_session("bob"))
        assert ALICE not in result.generations[0][0].text
        assert "<EMAIL_1>" in result.generations[0][0].text


async def test_a_broken_off_astream_does_not_lend_its_session():
    with FakeMistralServer(reply=REPLY) as server:
        server.chunk_size = 5
        model = _model(server)
        async for chunk in model.astream(
            f"Please write to {ALICE}", config=_session("alice")
        ):
            assert chunk is not None
            break
        result = await model.agenerate([[HumanMessage("hi")]], config=_session("bob"))
        assert ALICE not in result.generations[0][0].text


def test_a_finished_stream_still_restores_its_own_session():
    with FakeMistralServer(reply=REPLY) as server:
        server.chunk_size = 5
        model = _model(server)
        text = "".join(
            str(c.content)
            for c in model.stream(f"Please write to {ALICE}", config=_session("alice"))
        )
        assert ALICE in text  # the user's own value, restored for the user
