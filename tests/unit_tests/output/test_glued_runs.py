"""Addresses and cards glued to each other or to words, in invoke and in streams.

Models emit such runs when a list loses its separators (a table flattened to
text, markdown without line breaks). A reader sees one address per ``@``, so no
``local@domain`` may stay visible; precision rows (SSH remotes, retina assets,
shell prompts, decorators, npm scopes, version pins) pass byte for byte.
"""

from __future__ import annotations

import random
from collections.abc import AsyncIterator
from itertools import pairwise

import pytest
import re2
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from langchain_mistral_secure import OutputRedactor
from langchain_mistral_secure.detection.engine import Finding, detect_all

REDACTOR = OutputRedactor()
ZW = "\u200b"
# What a reader would take for an address: local part, "@", dotted domain.
_VISIBLE_ADDRESS = re2.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+\.[A-Za-z]{2,}")

GLUED = [
    pytest.param("jane.doe@example.com" * 2, id="twice"),
    pytest.param("jane.doe@example.com" * 3, id="three-times"),
    pytest.param("jane.doe@example.com" * 10, id="ten-times"),
    pytest.param("jane@example.comjohn@example.org", id="two-people"),
    pytest.param("JANE@EXAMPLE.COMBOB@EXAMPLE.ORG", id="upper-case"),
    pytest.param("jane@example.co.ukbob@example.org", id="two-level-tld"),
    pytest.param("first.last@company.com_second@company.com", id="underscore"),
    pytest.param("jane.doe@example.com-bob@example.org", id="dash"),
    pytest.param("contact:jane@example.comor call", id="glued-word-after"),
    pytest.param("Emails:ana@corp.iobo@corp.iocy@corp.io.", id="table-flattened"),
    pytest.param("_a.b@example.comc.d@example.net_", id="markdown-emphasis"),
    pytest.param(("jane" + ZW + ".doe@example.com") * 3, id="zero-width-inside"),
    pytest.param("email@example.com@example.org", id="double-at"),
]

BENIGN = [
    pytest.param("git clone git@github.com:org/repo.git", id="ssh-remote"),
    pytest.param("see logo@2x.png and icon@3x.webp", id="retina-assets"),
    pytest.param("logo@2x.png@3x.png", id="retina-glued"),
    pytest.param("user@host:~$ ssh admin@server", id="shell-prompt"),
    pytest.param("[user@host ~]$ ls", id="shell-prompt-brackets"),
    pytest.param("@property\ndef name(self):", id="decorator"),
    pytest.param("@app.route('/')\n@login_required\ndef index():", id="decorators"),
    pytest.param("npm i @types/node @scope/pkg@1.2.3", id="npm-scopes"),
    pytest.param("import x from '@angular/core'", id="import-scope"),
    pytest.param("pip install pkg@1.2.3; npm i lodash@4.17.21", id="version-pins"),
    pytest.param("pnpm add react@^18.2.0 vue@latest", id="version-ranges"),
    pytest.param("docker pull user/app@sha256:abcdef", id="image-digest"),
    pytest.param("h = x@self.weight@y", id="matrix-product"),
    pytest.param("A@B.T@C", id="matrix-transpose"),
    pytest.param("@@ -1,3 +1,4 @@", id="diff-hunk"),
    pytest.param("ssh user@10.0.0.1 and foo@bar", id="no-dotted-domain"),
]


def _no_address_left(text: str, out: str) -> None:
    assert out != text
    assert "[EMAIL]" in out
    assert _VISIBLE_ADDRESS.search(out.replace(ZW, "")) is None, out


@pytest.mark.parametrize("text", GLUED)
def test_glued_addresses_are_redacted(text: str) -> None:
    _no_address_left(text, REDACTOR.invoke(text))


@pytest.mark.parametrize("text", GLUED)
async def test_glued_addresses_are_redacted_async(text: str) -> None:
    _no_address_left(text, await REDACTOR.ainvoke(text))


@pytest.mark.parametrize("text", BENIGN)
def test_benign_at_signs_pass_byte_for_byte(text: str) -> None:
    assert REDACTOR.invoke(text) == text


@pytest.mark.parametrize("text", BENIGN)
async def test_benign_at_signs_pass_byte_for_byte_async(text: str) -> None:
    assert await REDACTOR.ainvoke(text) == text


def test_pure_run_is_one_finding() -> None:
    # Where one address ends and the next begins is ambiguous: one placeholder.
    assert REDACTOR.invoke("jane.doe@example.com" * 10) == "[EMAIL]"
    assert REDACTOR.invoke("a: jane@example.comjohn@example.org.") == "a: [EMAIL]."


def _pieces(text: str, seed: int) -> list[str]:
    rnd = random.Random(seed)  # noqa: S311 - reproducible chunkings
    pieces, index = [], 0
    while index < len(text):
        size = rnd.randint(1, 48)
        pieces.append(text[index : index + size])
        index += size
    return pieces


LONG_RUNS = [
    pytest.param("jane.doe@example.com" * 40, id="glued-40"),
    pytest.param(("jane" + ZW + ".doe@example.com") * 40, id="zero-width-40"),
    pytest.param("See " + "ana@corp.io" * 90 + " ok", id="glued-90-in-prose"),
]


@pytest.mark.parametrize("text", LONG_RUNS)
@pytest.mark.parametrize("seed", range(3))
def test_transform_equals_invoke_past_the_hold_cap(text: str, seed: int) -> None:
    expected = REDACTOR.invoke(text)
    assert "".join(REDACTOR.transform(iter(_pieces(text, seed)))) == expected


@pytest.mark.parametrize("text", LONG_RUNS)
@pytest.mark.parametrize("seed", range(3))
async def test_atransform_equals_ainvoke_past_the_hold_cap(
    text: str, seed: int
) -> None:
    async def source() -> AsyncIterator[str]:
        for piece in _pieces(text, seed):
            yield piece

    expected = await REDACTOR.ainvoke(text)
    assert "".join([out async for out in REDACTOR.atransform(source())]) == expected


def _mask(findings: list[Finding], size: int) -> list[bool]:
    mask = [False] * size
    for finding in findings:
        mask[finding.start : finding.end] = [True] * (finding.end - finding.start)
    return mask


def _stream(text: str, cuts: list[int]) -> tuple[str, list[Finding]]:
    window = REDACTOR.window()
    bounds = [0, *sorted({c % (len(text) + 1) for c in cuts}), len(text)]
    out = [window.push(text[a:b]) for a, b in pairwise(bounds)]
    out.append(window.flush())
    return "".join(out), window.findings


_ADDRESS = st.builds(
    "{}@{}.{}".format,
    st.text("abcdefghij.-_+", min_size=1, max_size=10).filter(lambda s: s[0].isalpha()),
    st.text("abcdefghij", min_size=1, max_size=8),
    st.sampled_from(["com", "org", "io", "co.uk", "fr", "de"]),
)
_GLUE = st.sampled_from(["", "", "", ZW, "_", "-", "or", " "])
_RUN = st.builds(
    lambda items, glue, head, tail: head + glue.join(items) + tail,
    st.lists(_ADDRESS, min_size=2, max_size=60),
    _GLUE,
    st.sampled_from(["", "Mail ", "| ", "contact:"]),
    st.sampled_from(["", " ok", ".", "\n"]),
)


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=_RUN, cuts=st.lists(st.integers(min_value=0), max_size=40))
def test_stream_never_redacts_less_than_invoke(text: str, cuts: list[int]) -> None:
    out, stream_findings = _stream(text, cuts)
    whole = _mask(detect_all(text, REDACTOR.active_detectors), len(text))
    streamed = _mask(stream_findings, len(text))
    assert all(s or not w for w, s in zip(whole, streamed, strict=True))
    # And no address a reader would see survives the stream.
    assert _VISIBLE_ADDRESS.search(out.replace(ZW, "")) is None


_CARD_RUN = st.builds(
    lambda count, sep, tail: ("4111 1111 1111 1111" + sep) * count + tail,
    st.integers(min_value=1, max_value=50),
    st.sampled_from([" ", ", ", "\n"]),
    st.sampled_from(["", "éèêë" * 200, " end"]),
)


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=_CARD_RUN, cuts=st.lists(st.integers(min_value=0), max_size=30))
def test_long_card_runs_stream_never_less(text: str, cuts: list[int]) -> None:
    out, stream_findings = _stream(text, cuts)
    whole = _mask(detect_all(text, REDACTOR.active_detectors), len(text))
    streamed = _mask(stream_findings, len(text))
    assert all(s or not w for w, s in zip(whole, streamed, strict=True))
    # Cards side by side are decided locally: the stream equals invoke.
    assert out == REDACTOR.invoke(text)
    assert "4111" not in out


GLUED_CARDS = [
    pytest.param("4111 1111 1111 1111 5500 0000 0000 0004", id="two-spaced"),
    pytest.param("4111-1111-1111-1111-5500-0000-0000-0004", id="two-dashed"),
    pytest.param("Cards: " + "4111 1111 1111 1111 " * 12 + "éèêë" * 50, id="twelve"),
    pytest.param("x 555 4111 1111 1111 1111 4111 1111 1111 1111", id="after-phone"),
]
BENIGN_GROUPS = [
    pytest.param("Ref 1234 5678 9012 3456 7890 1234 5678 9012", id="reference"),
    pytest.param("0000 0000 0000 0000 0000 0000 0000 0000", id="zeros"),
    pytest.param("Order 2024 0001 0002 0003 0004 0005 0006 0007", id="order-number"),
]


@pytest.mark.parametrize("text", GLUED_CARDS)
async def test_glued_cards_are_redacted(text: str) -> None:
    for out in (REDACTOR.invoke(text), await REDACTOR.ainvoke(text)):
        assert "[CREDIT_CARD]" in out
        assert "4111" not in out
        assert "5500" not in out


@pytest.mark.parametrize("text", BENIGN_GROUPS)
async def test_benign_group_runs_pass(text: str) -> None:
    assert REDACTOR.invoke(text) == text
    assert await REDACTOR.ainvoke(text) == text


@pytest.mark.parametrize("seed", range(3))
async def test_card_run_past_the_cap_streams_as_invoke(seed: int) -> None:
    text = "4111 1111 1111 1111 " * 40

    async def source() -> AsyncIterator[str]:
        for piece in _pieces(text, seed):
            yield piece

    expected = REDACTOR.invoke(text)
    assert "".join(REDACTOR.transform(iter(_pieces(text, seed)))) == expected
    assert "".join([out async for out in REDACTOR.atransform(source())]) == expected
