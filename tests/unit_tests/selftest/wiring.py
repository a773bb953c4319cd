"""Chains wired right and wrong, as a user would write them (selftest targets).

Each factory takes the fake server's ``base_url``, as ``mistral-secure selftest``
calls it. Imported by module path from the selftest tests and the CLI test.
"""

from __future__ import annotations

from typing import Any

from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate
from langchain_mistralai import ChatMistralAI

from langchain_mistral_secure import InputSanitizer, OutputRedactor, SafePromptTemplate

SYSTEM = "You are ACME's support assistant. Answer briefly and politely."


def model(base_url: str) -> ChatMistralAI:
    return ChatMistralAI(api_key="test-key", base_url=base_url, max_retries=0)


def bare_model(base_url: str) -> Any:
    """No guard at all."""
    return model(base_url)


def redactor_outside(base_url: str) -> Any:
    """The 0.1.0 README chain: the redactor sits after the model, so the model's
    own callbacks, events and traces carry the raw answer."""
    prompt = SafePromptTemplate.from_system(SYSTEM, documents=("context",))
    return (
        InputSanitizer()
        | prompt
        | model(base_url)
        | OutputRedactor.from_template(prompt)
        | StrOutputParser()
    )


def no_input_guard(base_url: str) -> Any:
    """A plain prompt template and no sanitizer: injections reach the model."""
    prompt = ChatPromptTemplate.from_messages(
        [("system", SYSTEM), ("human", "{context}\\n\\n{question}")]
    )
    return prompt | model(base_url) | OutputRedactor() | StrOutputParser()


def guarded(base_url: str) -> Any:
    """The README Quickstart: the guarded model behind a SafePromptTemplate."""
    from langchain_mistral_secure import (  # noqa: PLC0415
        GuardPolicy,
        secure_chat_mistralai,
    )

    prompt = SafePromptTemplate.from_system(SYSTEM, documents=("context",))
    guarded_model = secure_chat_mistralai(
        "mistral-small-latest",
        keys="test-key",
        base_url=base_url,
        guards=GuardPolicy(
            sanitizer=InputSanitizer(), redactor=OutputRedactor.from_template(prompt)
        ),
    )
    return prompt | guarded_model | StrOutputParser()


def agent_without_middleware(base_url: str) -> Any:
    """A create_agent agent on a plain model, no middleware."""
    from langchain.agents import create_agent  # noqa: PLC0415

    return create_agent(model(base_url), tools=[])


def retriever_branch_unsanitized(base_url: str) -> Any:
    """The question is sanitized, the retrieved documents' branch is not."""
    from operator import itemgetter  # noqa: PLC0415

    from langchain_core.runnables import RunnableParallel  # noqa: PLC0415

    prompt = ChatPromptTemplate.from_messages(
        [("system", SYSTEM), ("human", "{context}\\n\\n{question}")]
    )
    branches = RunnableParallel(
        context=itemgetter("context"),
        question=itemgetter("question") | InputSanitizer(),
    )
    return branches | prompt | model(base_url) | OutputRedactor() | StrOutputParser()
