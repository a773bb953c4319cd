"""Planted values, a recording callback handler and builders for the model tests.

Everything talks HTTP to a real :class:`FakeMistralServer` on 127.0.0.1 through
the real ``ChatMistralAI`` client; nothing of ours is mocked.
"""

from __future__ import annotations

from typing import Any

from langchain_core.callbacks import BaseCallbackHandler
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever

from langchain_mistral_secure import (
    OutputRedactor,
    SafePromptTemplate,
    SecureChatMistralAI,
)
from langchain_mistral_secure.testing import FakeMistralServer

EMAIL = "jane.doe@example.com"
PHONE = "+1 415 555 2671"
CARD = "4111 1111 1111 1111"
SECRET = "ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8"  # pragma: allowlist secret
CANARY = "canary-5f2e9a0c1d7b"

ANSWER = (
    f"Sure. Write to {EMAIL} or call {PHONE}. The card on file is {CARD}. "
    f"Use the token {SECRET} for the repository. Marker {CANARY} ends here. "
) * 4
"""The fake model's answer: every kind of planted value, long enough to stream
past the redactor's hold-back window."""

# What must never show: each value, and the tell-tale pieces of it (digits
# without separators, the local part, the token's body).
LEAKS = (
    EMAIL,
    "jane.doe",
    PHONE,
    "555 2671",
    "4155552671",
    CARD,
    "4111111111111111",
    "1111 1111 1111",
    SECRET,
    SECRET[4:20],
)
CANARY_LEAKS = (CANARY, CANARY[7:])

QUESTION = "What are the contact details?"

# The retrieved documents hold the application's own data (other values than
# the planted answer): the masker must keep them from the server.
DOC_EMAIL = "ann.lee@corp.example"
DOC_PHONE = "+44 20 7946 0958"
DOCS = [
    Document(
        page_content=f"Customer record: {DOC_EMAIL}, phone {DOC_PHONE}.",
        metadata={"source": "crm", "owner": DOC_EMAIL},
    ),
    Document(page_content="Opening hours: 9 to 5.", metadata={"source": "faq"}),
]


def leaks_in(payload: Any, *, canary: bool = True) -> list[str]:
    """The planted values found in ``repr(payload)`` (empty when clean)."""
    text = repr(payload)
    wanted = LEAKS + (CANARY_LEAKS if canary else ())
    return [value for value in wanted if value in text]


class RecordingHandler(BaseCallbackHandler):
    """Records every callback LangChain fires, with all its arguments."""

    def __init__(self) -> None:
        self.records: list[tuple[str, tuple[Any, ...], dict[str, Any]]] = []

    def names(self) -> set[str]:
        return {name for name, _, _ in self.records}

    def tokens(self) -> list[Any]:
        """The tokens of ``on_llm_new_token`` (sync managers pass them by name)."""
        return [
            kwargs["token"] if "token" in kwargs else args[0]
            for name, args, kwargs in self.records
            if name == "on_llm_new_token"
        ]

    def payloads(self, *names: str) -> list[Any]:
        return [
            (args, kwargs)
            for name, args, kwargs in self.records
            if not names or name in names
        ]


def _recorder(event: str) -> Any:
    def record(self: RecordingHandler, *args: Any, **kwargs: Any) -> None:
        self.records.append((event, args, kwargs))

    record.__name__ = event
    return record


for _name in dir(BaseCallbackHandler):
    if _name.startswith("on_"):
        setattr(RecordingHandler, _name, _recorder(_name))


class ListRetriever(BaseRetriever):
    """A real retriever over in-memory documents (every query gets them all)."""

    docs: list[Document]

    def _get_relevant_documents(self, query: str, **kwargs: Any) -> list[Document]:
        return list(self.docs)


def guarded(server: FakeMistralServer, **kwargs: Any) -> SecureChatMistralAI:
    """A guarded model on the fake server; the redactor watches the canary."""
    kwargs.setdefault("redactor", OutputRedactor(canaries=[CANARY]))
    return SecureChatMistralAI(
        base_url=server.base_url,
        api_key="test-key",  # pragma: allowlist secret
        model="mistral-small-latest",
        max_retries=1,
        timeout=10,
        **kwargs,
    )


def safe_prompt(**kwargs: Any) -> SafePromptTemplate:
    return SafePromptTemplate.from_system(
        "You answer questions about our customers.", canary=CANARY, **kwargs
    )
