"""Audit first-day fixes: rotation configured is a pass, raw sources are flagged."""

from __future__ import annotations

import pytest
from langchain_core.documents import Document
from langchain_core.output_parsers import StrOutputParser
from langchain_core.retrievers import BaseRetriever
from langchain_core.runnables import RunnableParallel, RunnablePassthrough
from langchain_mistralai import ChatMistralAI

from langchain_mistral_secure import (
    OutputRedactor,
    SafePromptTemplate,
    secure_chat_mistralai,
)
from langchain_mistral_secure.audit.chain import chain_checks

UNUSED = "http://127.0.0.1:9/v1"  # never contacted: the audit only inspects


class _Docs(BaseRetriever):
    def _get_relevant_documents(self, query, *, run_manager=None):  # type: ignore[no-untyped-def,override]
        return [Document(page_content="retrieved")]


def _statuses(chain):  # type: ignore[no-untyped-def]
    return {check.name: check.status for check in chain_checks(chain)}


def _parts():  # type: ignore[no-untyped-def]
    prompt = SafePromptTemplate.from_system("Be brief.", documents=("context",))
    model = secure_chat_mistralai(
        "mistral-small-latest", keys="test-key", base_url=UNUSED, guards="default"
    )
    inputs = RunnableParallel(context=_Docs(), question=RunnablePassthrough())
    return prompt, model, inputs


@pytest.mark.parametrize(
    ("build", "expected"),
    [
        # "With sources": the documents go back to the caller as retrieved.
        (lambda p, m, i: i.assign(answer=p | m | StrOutputParser()), "warn"),
        # The documents are only read by the model.
        (lambda p, m, i: i | p | m | StrOutputParser(), "pass"),
        # The sources are returned, but through a redactor.
        (
            lambda p, m, i: (
                i.assign(answer=p | m | StrOutputParser()) | OutputRedactor()
            ),
            "pass",
        ),
    ],
    ids=["with-sources", "consumed", "redacted-sources"],
)
def test_chains_returning_raw_documents_are_flagged(build, expected):
    assert _statuses(build(*_parts()))["chain_returned_documents"] == expected


@pytest.mark.parametrize(
    ("model", "expected"),
    [
        (
            lambda: secure_chat_mistralai(keys=["a-key", "b-key"], base_url=UNUSED),
            "pass",
        ),
        (lambda: ChatMistralAI(api_key="test-key", base_url=UNUSED), "info"),
    ],
    ids=["rotating", "plain"],
)
def test_key_rotation_configured_is_a_pass(model, expected):
    assert _statuses(model())["chain_key_rotation"] == expected
