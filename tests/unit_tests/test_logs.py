"""SecretScrubbingFilter, install_log_scrubbing and JsonFormatter."""

from __future__ import annotations

import io
import json
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import pytest

from langchain_mistral_secure.logs import (
    REDACTED,
    JsonFormatter,
    SecretScrubbingFilter,
    install_log_scrubbing,
    uninstall_log_scrubbing,
)

if TYPE_CHECKING:
    from collections.abc import Iterator

KEY = "q7Zt3Wm9Xv2Lp8Rn4Hs6Jd1Fg5Bc0TyA"  # pragma: allowlist secret
TOKEN = "eyJhbGciOiJIUzI1NiJ9abc.def-123_XYZ"  # pragma: allowlist secret


@pytest.fixture
def flt() -> SecretScrubbingFilter:
    return SecretScrubbingFilter(detectors=[])


OPENAI_KEY = "sk-proj-Qm9ndXNLZXlGb3JMb2dUZXN0czEyMzQ1"  # pragma: allowlist secret
AWS_KEY = "AKIAZ7VRSQ4TBWKJ3XNP"  # pragma: allowlist secret
GH_TOKEN = "ghp_R8kL2vQ9xT4mW7nB3cY6pZ1sD5fH0jK8gA2e"  # pragma: allowlist secret
PEM_BODY = "MIIEowIBAAKCAQEAq8Zr2LmW9vXk4TbN7pQs"  # pragma: allowlist secret
PEM = (
    "-----BEGIN RSA PRIVATE KEY-----\n"  # pragma: allowlist secret
    + PEM_BODY
    + "\n-----END RSA PRIVATE KEY-----"
)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (f"Authorization: Bearer {TOKEN}", TOKEN),
        (f"authorization: basic {KEY}", KEY),
        (f"headers={{'authorization': 'Bearer {KEY}'}}", KEY),
        (f"[(b'authorization', b'Bearer {KEY}')]", KEY),
        (f"Proxy-Authorization: {KEY}", KEY),
        (f"calling with bearer {KEY} now", KEY),
        (f"api_key={KEY}", KEY),
        (f"MISTRAL_API_KEY='{KEY}'", KEY),
        (f'{{"api_key": "{KEY}"}}', KEY),
        (f"x-api-key: {KEY}", KEY),
        (f"password: {KEY}", KEY),
        (f"client_secret={KEY}&grant=1", KEY),
        (f"using api key {KEY}", KEY),
        (f"token {KEY}", KEY),
    ],
)
def test_scrub_masks_secrets(
    flt: SecretScrubbingFilter, text: str, secret: str
) -> None:
    scrubbed = flt.scrub(text)
    assert secret not in scrubbed
    assert REDACTED in scrubbed


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (f"key {OPENAI_KEY}", OPENAI_KEY),
        (f"aws {AWS_KEY} id", AWS_KEY),
        (f"gh {GH_TOKEN} x", GH_TOKEN),
        (PEM, PEM_BODY),
        ("mail jane.doe@example.com now", "jane.doe@example.com"),
    ],
)
def test_default_filter_uses_the_shared_detectors(text: str, secret: str) -> None:
    # Key formats and PII come from the shared detectors, not a second table.
    assert secret not in SecretScrubbingFilter().scrub(text)
    assert secret in SecretScrubbingFilter(detectors=[]).scrub(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "HTTP Request: POST http://127.0.0.1:8000/v1/chat/completions 200",
        "max_token=2048 input_tokens=12 output_tokens=3",
        "token usage counting is fine",
        "the secret garden is a book",
        "Bonjour, ça va ? 日本語",
        "send_request_headers.started request=<Request [b'POST']>",
    ],
)
def test_scrub_keeps_benign_text(flt: SecretScrubbingFilter, text: str) -> None:
    assert flt.scrub(text) == text


@pytest.mark.parametrize("mask", ["***", "<secret>"])
def test_custom_mask(mask: str) -> None:
    flt = SecretScrubbingFilter(detectors=[], mask=mask)
    assert flt.scrub(f"api_key={KEY}") == f"api_key={mask}"


# ---------------------------------------------------------------- detectors


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    category: str


class _WordDetector:
    def __init__(self, word: str) -> None:
        self.word = word

    def detect(self, text: str) -> list[_Span]:
        spans = []
        start = text.find(self.word)
        while start != -1:
            spans.append(_Span(start, start + len(self.word), "custom"))
            start = text.find(self.word, start + 1)
        return spans


class _BrokenDetector:
    def detect(self, text: str) -> list[_Span]:
        msg = "boom"
        raise RuntimeError(msg)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mail jane@example.com please", f"mail {REDACTED} please"),
        ("jane@example.com and jane@example.com", f"{REDACTED} and {REDACTED}"),
        ("nothing here", "nothing here"),
    ],
)
def test_detectors_are_applied(text: str, expected: str) -> None:
    flt = SecretScrubbingFilter(detectors=[_WordDetector("jane@example.com")])
    assert flt.scrub(text) == expected


def test_detector_spans_merge_with_builtin_spans() -> None:
    flt = SecretScrubbingFilter(detectors=[_WordDetector("Bearer")])
    assert flt.scrub(f"Bearer {KEY} end") == f"{REDACTED} {REDACTED} end"


@pytest.mark.parametrize("text", ["harmless text", f"api_key={KEY}"])
def test_failing_detector_masks_the_whole_field(text: str) -> None:
    flt = SecretScrubbingFilter(detectors=[_BrokenDetector()])
    assert flt.scrub(text) == REDACTED


def test_default_detectors_load_without_error() -> None:
    flt = SecretScrubbingFilter()
    assert isinstance(flt.detectors, list)
    assert KEY not in flt.scrub(f"api_key={KEY}")
    assert "detectors=" in repr(flt)


# ---------------------------------------------------------------- records


def _record(
    msg: Any = "message",
    args: Any = (),
    *,
    exc: BaseException | None = None,
    extra: dict[str, Any] | None = None,
) -> logging.LogRecord:
    exc_info = (type(exc), exc, exc.__traceback__) if exc is not None else None
    record = logging.LogRecord(
        "lib.demo", logging.INFO, __file__, 1, msg, args, exc_info
    )
    for key, value in (extra or {}).items():
        setattr(record, key, value)
    return record


def _rendered(record: logging.LogRecord) -> str:
    try:
        text = logging.Formatter("%(message)s").format(record)
    except TypeError:  # bad format arguments: render the parts
        text = f"{record.msg} {record.args}"
    return "\n".join(
        [text, repr(record.args), str(record.exc_text), repr(vars(record))]
    )


def _exception() -> ValueError:
    try:
        msg = f"request failed with Authorization: Bearer {KEY}"
        raise ValueError(msg)  # noqa: TRY301
    except ValueError as exc:
        return exc


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda: _record(f"Authorization: Bearer {KEY}"), id="msg"),
        pytest.param(lambda: _record("Authorization: Bearer %s", (KEY,)), id="args"),
        pytest.param(
            lambda: _record("key=%(k)s", ({"k": f"api_key={KEY}"},)), id="dict"
        ),
        pytest.param(lambda: _record("headers %s", ({"x-api-key": KEY},)), id="nested"),
        pytest.param(
            lambda: _record("ok", extra={"headers": f"Bearer {KEY}"}), id="extra"
        ),
        pytest.param(
            lambda: _record("ok", extra={"ctx": {"auth": [f"api_key={KEY}"]}}),
            id="extra-nested",
        ),
        pytest.param(lambda: _record("failed", exc=_exception()), id="exc_text"),
        pytest.param(lambda: _record(ValueError(f"api_key={KEY}")), id="msg-object"),
        pytest.param(
            lambda: _record("bad %s %s", (f"Bearer {KEY}",)), id="bad-format-args"
        ),
    ],
)
def test_filter_masks_every_field(flt: SecretScrubbingFilter, make: Any) -> None:
    record = make()
    assert KEY in _rendered(make())  # the check sees an unscrubbed record
    assert flt.filter(record) is True
    assert KEY not in _rendered(record)
    if "%" not in str(record.msg):
        assert KEY not in JsonFormatter().format(record)


def test_filter_masks_stack_info(flt: SecretScrubbingFilter) -> None:
    record = _record("x")
    record.stack_info = f"Stack:\n  api_key={KEY}"
    flt.filter(record)
    assert KEY not in str(record.stack_info)


@pytest.mark.parametrize(
    ("msg", "args"), [("count %d of %s", (3, "items")), ("plain", ())]
)
def test_filter_keeps_benign_records(
    flt: SecretScrubbingFilter, msg: str, args: tuple[Any, ...]
) -> None:
    record = _record(msg, args, extra={"n": 5, "ratio": 0.5, "flag": True})
    before = record.getMessage()
    flt.filter(record)
    assert record.getMessage() == before
    assert record.args == args
    assert (record.n, record.ratio, record.flag) == (5, 0.5, True)


def test_filter_on_a_handler_covers_any_logger(flt: SecretScrubbingFilter) -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(flt)
    logger = logging.getLogger("some.third.party")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    try:
        logger.debug("sending headers %s", {"Authorization": f"Bearer {KEY}"})
        try:
            raise _exception()
        except ValueError:
            logger.exception("boom")
    finally:
        logger.removeHandler(handler)
    output = stream.getvalue()
    assert "sending headers" in output
    assert "Traceback" in output
    assert KEY not in output


# ---------------------------------------------------------------- install


@pytest.fixture
def clean_install() -> Iterator[None]:
    uninstall_log_scrubbing()
    yield
    uninstall_log_scrubbing()


def _scrubbing_filters(filterer: logging.Filterer) -> int:
    return sum(isinstance(f, SecretScrubbingFilter) for f in filterer.filters)


@pytest.mark.parametrize("calls", [1, 3])
def test_install_is_idempotent(clean_install: None, calls: int) -> None:
    root_handler = logging.StreamHandler(io.StringIO())
    logging.getLogger().addHandler(root_handler)
    try:
        filters = {id(install_log_scrubbing()) for _ in range(calls)}
        assert len(filters) == 1
        assert _scrubbing_filters(root_handler) == 1
        for name in ("httpx", "httpcore", "langchain_core", "langchain_mistralai"):
            assert _scrubbing_filters(logging.getLogger(name)) == 1
    finally:
        logging.getLogger().removeHandler(root_handler)


def test_install_covers_handlers_added_later_and_children(clean_install: None) -> None:
    child = logging.getLogger("httpcore.http11")
    install_log_scrubbing()
    stream = io.StringIO()
    late = logging.StreamHandler(stream)
    logging.getLogger().addHandler(late)
    try:
        install_log_scrubbing()
        assert _scrubbing_filters(late) == 1
        assert _scrubbing_filters(child) == 1
        child.warning("headers %s", [(b"authorization", f"Bearer {KEY}".encode())])
    finally:
        logging.getLogger().removeHandler(late)
    assert "headers" in stream.getvalue()
    assert KEY not in stream.getvalue()


def test_uninstall_removes_everything(clean_install: None) -> None:
    install_log_scrubbing()
    uninstall_log_scrubbing()
    for name in ("httpx", "httpcore", "langchain", "langchain_core"):
        assert _scrubbing_filters(logging.getLogger(name)) == 0


# ---------------------------------------------------------------- json


@pytest.mark.parametrize(
    ("msg", "args", "extra"),
    [
        ("hello", (), {}),
        ("multi\nline %s", ("x",), {"event": "e", "count": 3}),
        ("unicode é 日本", (), {"obj": object(), "items": {1, 2}, "raw": b"bytes"}),
        ('quotes " and \\ backslash', (), {"nested": {"a": [1, None, True]}}),
    ],
)
def test_json_formatter_emits_one_valid_object_per_line(
    msg: str, args: tuple[Any, ...], extra: dict[str, Any]
) -> None:
    record = _record(msg, args, extra=extra)
    line = JsonFormatter().format(record)
    assert "\n" not in line
    parsed = json.loads(line)
    assert parsed["message"] == record.getMessage()
    assert parsed["level"] == "INFO"
    assert parsed["logger"] == "lib.demo"
    assert parsed["timestamp"].endswith("+00:00")
    for key in extra:
        assert key in parsed
    assert "args" not in parsed
    assert "msg" not in parsed


def test_json_formatter_includes_exception_text() -> None:
    record = _record("failed", exc=_exception())
    parsed = json.loads(JsonFormatter().format(record))
    assert "ValueError" in parsed["exc_info"]


def test_json_formatter_through_a_stream_handler() -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    handler.addFilter(SecretScrubbingFilter(detectors=[]))
    logger = logging.getLogger("json.demo")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        logger.warning("one", extra={"event": "x", "n": 1})
        logger.warning("two api_key=%s", KEY)
    finally:
        logger.removeHandler(handler)
        logger.propagate = True
    lines = stream.getvalue().splitlines()
    assert len(lines) == 2
    first, second = (json.loads(line) for line in lines)
    assert (first["event"], first["n"]) == ("x", 1)
    assert second["message"] == f"two api_key={REDACTED}"
