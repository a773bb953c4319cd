"""Fuzzing every component: any Unicode, any chunking, any nesting (hypothesis).

Properties, per component:

* it never raises anything but our typed errors;
* ``"".join(stream(x)) == invoke(x)`` for every chunking;
* benign text passes byte for byte;
* nothing raw on any surface: a planted value never reaches a callback, an event
  or a log line.

The suite runs the short mode; ``python -m benchmarks.fuzz`` runs the long mode
(``LMS_FUZZ_EXAMPLES=100000``) and reports its figures.
"""

from __future__ import annotations

import itertools
import logging
import os
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from langchain_core.callbacks import BaseCallbackHandler
from langchain_core.documents import Document
from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

from langchain_mistral_secure import (
    DetectionError,
    InputSanitizer,
    InputTooLongError,
    OutputRedactor,
    PIIMasker,
    PromptInjectionError,
    SensitiveOutputError,
)
from langchain_mistral_secure.detection import detect_all, get_detector
from langchain_mistral_secure.selftest.surfaces import dump

EXAMPLES = int(os.environ.get("LMS_FUZZ_EXAMPLES", "40"))
PROFILE = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
    derandomize=EXAMPLES <= 1000,  # the suite is reproducible; the long mode explores
)
TYPED = (
    DetectionError,
    PromptInjectionError,
    SensitiveOutputError,
    InputTooLongError,
)

ANY_TEXT = st.text(alphabet=st.characters(blacklist_categories=()), max_size=300)
# Characters the rules care about, so examples reach deep branches.
DENSE = st.lists(
    st.sampled_from(
        [
            *"0123456789 .-:/@()+<>[]!=\"'\n_abcxyzAKIQ#%&;\\",
            *(
                "\u200b",
                "\u202f",
                "\uff10",
                "\ud800",
                "\u0301",
                "script",
                "![x](",
                "http://",
                "eyJ",
                "ghp_",
                "AKIA",
                "ignore",
                " previous",
                " instructions",
                "[INST]",
                "<|im_start|>",
                "-----BEGIN",
                "@example.com",
            ),
        ]
    ),
    max_size=120,
).map("".join)
TEXT = st.one_of(ANY_TEXT, DENSE)
BENIGN = st.text(alphabet="abcdefghijklmnopqrstuvwxyz ,.;'?\n", max_size=300)
PLANTED = "jane.planted@example.com"


def _chunks(text: str, cuts: list[int]) -> list[str]:
    points = sorted({min(len(text), c) for c in cuts} | {0, len(text)})
    return [text[a:b] for a, b in itertools.pairwise(points)]


CUTS = st.lists(st.integers(min_value=0, max_value=300), max_size=12)


@PROFILE
@given(text=TEXT)
def test_engine_spans_or_typed_error(text: str) -> None:
    detectors = [get_detector(n) for n in ("pii", "secrets", "content", "injection")]
    try:
        findings = detect_all(text, detectors)
    except DetectionError:
        return
    for f in findings:
        assert 0 <= f.start < f.end <= len(text)


@PROFILE
@given(text=TEXT, cuts=CUTS)
def test_redactor_stream_equals_invoke(text: str, cuts: list[int]) -> None:
    redactor = OutputRedactor()
    try:
        whole = redactor.invoke(text)
    except TYPED:
        return
    assert "".join(redactor.transform(iter(_chunks(text, cuts)))) == whole


@PROFILE
@given(text=TEXT, cuts=CUTS)
def test_sanitizer_stream_equals_invoke(text: str, cuts: list[int]) -> None:
    sanitizer = InputSanitizer()
    try:
        whole = sanitizer.invoke(text)
    except TYPED:
        return
    assert "".join(sanitizer.transform(iter(_chunks(text, cuts)))) == whole


@PROFILE
@given(text=BENIGN)
def test_benign_text_byte_for_byte(text: str) -> None:
    assert OutputRedactor().invoke(text) == text
    assert InputSanitizer().invoke(text) == text
    assert PIIMasker().invoke(text) == text


def _shapes(leaf: st.SearchStrategy[str]) -> st.SearchStrategy[Any]:
    message = st.one_of(
        leaf.map(HumanMessage), leaf.map(SystemMessage), leaf.map(AIMessage)
    )
    document = st.builds(
        lambda c, m: Document(page_content=c, metadata={"source": m}), leaf, leaf
    )
    base = st.one_of(leaf, message, document)
    return st.recursive(
        base,
        lambda inner: st.one_of(
            st.lists(inner, max_size=3),
            st.dictionaries(
                st.sampled_from(["question", "context", "x"]), inner, max_size=3
            ),
        ),
        max_leaves=8,
    )


def _refused_or_typed(guard: Any, value: Any) -> None:
    try:
        guard.invoke(value)
    except TYPED:
        return
    except (TypeError, ValueError) as exc:
        # A shape a guard does not take is refused by type, naming no text.
        message = str(exc)
    else:
        return
    assert PLANTED not in message


@PROFILE
@given(value=_shapes(TEXT))
def test_input_guards_take_any_nesting(value: Any) -> None:
    _refused_or_typed(InputSanitizer(), value)
    _refused_or_typed(PIIMasker(), value)


class _Outputs(BaseCallbackHandler):
    """Keeps what a component reports as its output and its custom events."""

    def __init__(self) -> None:
        self.outputs: list[str] = []

    def on_chain_end(self, outputs: Any, **kwargs: Any) -> None:
        self.outputs.append(dump(outputs))

    def on_custom_event(self, name: str, data: Any, **kwargs: Any) -> None:
        self.outputs.append(dump([name, data]))


class _Logs(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(self.format(record))


@PROFILE
@given(before=BENIGN, after=BENIGN, cuts=CUTS)
def test_nothing_raw_on_any_surface(before: str, after: str, cuts: list[int]) -> None:
    text = f"{before} {PLANTED} {after}"
    recorder = _Outputs()
    logs = _Logs()
    root = logging.getLogger()
    previous = root.level
    root.addHandler(logs)
    root.setLevel(logging.DEBUG)
    try:
        redactor = OutputRedactor()
        out = "".join(
            redactor.transform(
                iter(_chunks(text, cuts)), config={"callbacks": [recorder]}
            )
        )
        out += redactor.invoke(text, config={"callbacks": [recorder]})
    finally:
        root.removeHandler(logs)
        root.setLevel(previous)
    assert PLANTED not in out
    assert all(PLANTED not in line for line in logs.lines)
    # What the redactor reports (its run's outputs, its findings events) is clean;
    # its run's *input* is the caller's own text, as LangChain records it.
    assert recorder.outputs
    assert all(PLANTED not in text for text in recorder.outputs)
