from __future__ import annotations

import asyncio
import logging
import traceback

import httpx
import pytest
from langchain_core.load import dumpd, dumps
from langchain_mistralai import ChatMistralAI
from pydantic import SecretStr

from langchain_mistral_secure.keys import (
    GoogleSecretManagerKeyProvider,
    KeyRotator,
    MissingAPIKeyError,
    MistralKeyAuth,
    NoHealthyKeyError,
    build_http_clients,
    secure_chat_mistralai,
)
from langchain_mistral_secure.keys.rotator import DEFAULT_COOLDOWN, SINGLE_KEY_COOLDOWN
from langchain_mistral_secure.testing.fake_mistral import FakeMistralServer

BAD = "sk-bad-key-000000000000"  # pragma: allowlist secret
GOOD1 = "sk-good-key-11111111111"  # pragma: allowlist secret
GOOD2 = "sk-good-key-22222222222"  # pragma: allowlist secret
ALL_KEYS = (BAD, GOOD1, GOOD2)
REPLY = "The quick brown fox."
MODEL = "mistral-small-latest"


@pytest.fixture
def server():
    with FakeMistralServer(reply=REPLY) as srv:
        yield srv


def _llm(server, keys, **kwargs):
    return secure_chat_mistralai(
        keys=keys, base_url=server.base_url, model=MODEL, **kwargs
    )


def _call(llm, mode):
    if mode == "invoke":
        return llm.invoke("hi").content
    return "".join(str(chunk.content) for chunk in llm.stream("hi"))


async def _acall(llm, mode):
    if mode == "ainvoke":
        return (await llm.ainvoke("hi")).content
    return "".join([str(chunk.content) async for chunk in llm.astream("hi")])


def _chat(server):
    return [(r.status, r.api_key) for r in server.requests_for("/chat/completions")]


def _expected_bad_key_log():
    return [(401, BAD), (200, GOOD1), (200, GOOD1), (200, GOOD1)]


@pytest.mark.parametrize("mode", ["invoke", "stream"])
def test_one_bad_key_of_three(server, clock, mode):
    server.accepted_keys = {GOOD1, GOOD2}
    rotator = KeyRotator(list(ALL_KEYS), cooldown=600, clock=clock)
    llm = _llm(server, rotator, check_key=False)
    assert [_call(llm, mode) for _ in range(3)] == [REPLY] * 3
    assert _chat(server) == _expected_bad_key_log()
    clock.advance(599)  # still cooling down: the bad key is not tried again
    assert _call(llm, mode) == REPLY
    assert [key for _, key in _chat(server)].count(BAD) == 1
    assert rotator.benched_count == 1


@pytest.mark.parametrize("mode", ["ainvoke", "astream"])
async def test_one_bad_key_of_three_async(server, clock, mode):
    server.accepted_keys = {GOOD1, GOOD2}
    rotator = KeyRotator(list(ALL_KEYS), cooldown=600, clock=clock)
    llm = _llm(server, rotator, check_key=False)
    assert [await _acall(llm, mode) for _ in range(3)] == [REPLY] * 3
    assert _chat(server) == _expected_bad_key_log()
    clock.advance(599)
    assert await _acall(llm, mode) == REPLY
    assert [key for _, key in _chat(server)].count(BAD) == 1


@pytest.mark.parametrize("mode", ["invoke", "stream"])
def test_all_keys_bad_raises_once(server, clock, mode):
    server.accepted_keys = {"sk-some-other-key"}  # pragma: allowlist secret
    llm = _llm(server, KeyRotator(list(ALL_KEYS), clock=clock))
    with pytest.raises(NoHealthyKeyError) as info:
        _call(llm, mode)
    assert sorted(key for _, key in _chat(server)) == sorted(ALL_KEYS)
    assert {status for status, _ in _chat(server)} == {401}
    # while all are benched, no request is sent at all
    with pytest.raises(NoHealthyKeyError):
        _call(llm, mode)
    assert len(server.requests) == 3
    text = (
        str(info.value)
        + repr(info.value)
        + "".join(traceback.format_exception(info.value))
    )
    assert all(k not in text for k in ALL_KEYS)


@pytest.mark.parametrize("mode", ["ainvoke", "astream"])
async def test_all_keys_bad_raises_once_async(server, clock, mode):
    server.accepted_keys = {"sk-some-other-key"}  # pragma: allowlist secret
    llm = _llm(server, KeyRotator(list(ALL_KEYS), clock=clock))
    with pytest.raises(NoHealthyKeyError):
        await _acall(llm, mode)
    assert sorted(key for _, key in _chat(server)) == sorted(ALL_KEYS)
    with pytest.raises(NoHealthyKeyError):
        await _acall(llm, mode)
    assert len(server.requests) == 3


RETRY_CASES = [
    pytest.param(429, 0.01, 1, id="429-retry-after"),
    pytest.param(429, None, 2, id="429-backoff"),
    pytest.param(503, 0.02, 1, id="503"),
    pytest.param(502, None, 1, id="502"),
    pytest.param(504, 30.0, 1, id="504-capped"),
]


@pytest.mark.parametrize("mode", ["invoke", "stream"])
@pytest.mark.parametrize(("status", "retry_after", "count"), RETRY_CASES)
def test_transient_errors_are_retried(server, mode, status, retry_after, count):
    server.fail_next(status, count=count, retry_after=retry_after)
    llm = _llm(server, GOOD1, max_retry_wait=0.02)
    assert _call(llm, mode) == REPLY
    assert _chat(server) == [(status, GOOD1)] * count + [(200, GOOD1)]


@pytest.mark.parametrize("mode", ["ainvoke", "astream"])
@pytest.mark.parametrize(("status", "retry_after", "count"), RETRY_CASES)
async def test_transient_errors_are_retried_async(
    server, mode, status, retry_after, count
):
    server.fail_next(status, count=count, retry_after=retry_after)
    llm = _llm(server, GOOD1, max_retry_wait=0.02)
    assert await _acall(llm, mode) == REPLY
    assert _chat(server) == [(status, GOOD1)] * count + [(200, GOOD1)]


@pytest.mark.parametrize(
    ("retries", "mode"), [(0, "invoke"), (2, "invoke"), (2, "stream")]
)
def test_retries_are_bounded(server, retries, mode):
    server.fail_next(429, count=10, retry_after=0.01)
    llm = _llm(server, GOOD1, max_rate_limit_retries=retries)
    with pytest.raises(httpx.HTTPStatusError) as info:
        _call(llm, mode)
    assert info.value.response.status_code == 429
    assert len(server.requests) == retries + 1


@pytest.mark.parametrize(
    ("retries", "mode"), [(0, "ainvoke"), (2, "ainvoke"), (2, "astream")]
)
async def test_retries_are_bounded_async(server, retries, mode):
    server.fail_next(429, count=10, retry_after=0.01)
    llm = _llm(server, GOOD1, max_rate_limit_retries=retries)
    with pytest.raises(httpx.HTTPStatusError):
        await _acall(llm, mode)
    assert len(server.requests) == retries + 1


@pytest.mark.parametrize("mode", ["ainvoke", "astream"])
async def test_64_concurrent_calls_with_a_bad_key(server, clock, mode):
    server.accepted_keys = {GOOD1, GOOD2}
    rotator = KeyRotator([BAD, GOOD1, GOOD2], cooldown=600, clock=clock)
    llm = _llm(server, rotator, check_key=False, max_concurrent_requests=4)
    results = await asyncio.gather(*(_acall(llm, mode) for _ in range(64)))
    assert results == [REPLY] * 64
    log = _chat(server)
    rejected = [r for r in log if r[0] == 401]
    accepted = [r for r in log if r[0] == 200]
    # every call ends with exactly one success on the next key; every extra
    # request is one 401 on the bad key (at most one per call)
    assert accepted == [(200, GOOD1)] * 64
    assert set(rejected) == {(401, BAD)}
    assert 1 <= len(rejected) <= 64
    assert len(log) == 64 + len(rejected)
    assert rotator.benched_count == 1


@pytest.mark.parametrize("mode", ["ainvoke", "astream"])
async def test_64_concurrent_calls_across_a_rotation(server, clock, mode):
    rotator = KeyRotator([GOOD1, GOOD2], rotate_every=60, clock=clock)
    llm = _llm(server, rotator, max_concurrent_requests=4)
    first = asyncio.gather(*(_acall(llm, mode) for _ in range(32)))
    assert await first == [REPLY] * 32
    clock.advance(60)
    second = asyncio.gather(*(_acall(llm, mode) for _ in range(32)))
    assert await second == [REPLY] * 32
    log = _chat(server)
    assert len(log) == 64
    assert log[:32] == [(200, GOOD1)] * 32
    assert log[32:] == [(200, GOOD2)] * 32


V1 = "sk-gsm-fleet-version-1"  # pragma: allowlist secret
V2 = "sk-gsm-fleet-version-2"  # pragma: allowlist secret


def _sm_provider(sm, clock, *, use_async):
    kwargs = (
        {"async_client": sm.async_client(), "async_retry": None}
        if use_async
        else {"client": sm.client(), "retry": None}
    )
    return GoogleSecretManagerKeyProvider(
        "test-project", "mistral-api-key", ttl=3600, clock=clock, timeout=5, **kwargs
    )


@pytest.mark.parametrize("mode", ["invoke", "stream"])
def test_fleet_rotates_by_updating_the_secret(server, fake_secret_manager, clock, mode):
    fake_secret_manager.add_version("mistral-api-key", V1)
    provider = _sm_provider(fake_secret_manager, clock, use_async=False)
    llm = _llm(server, provider)
    server.accepted_keys = {V1}
    assert _call(llm, mode) == REPLY
    fake_secret_manager.add_version("mistral-api-key", V2)
    server.accepted_keys = {V2}  # V1 revoked; the cache (ttl 1h) still holds V1
    assert _call(llm, mode) == REPLY
    assert _chat(server) == [(200, V1), (401, V1), (200, V2)]
    assert llm.client.auth.rotator.benched_count == 0


@pytest.mark.parametrize("mode", ["ainvoke", "astream"])
async def test_fleet_rotates_by_updating_the_secret_async(
    server, fake_secret_manager, clock, mode
):
    fake_secret_manager.add_version("mistral-api-key", V1)
    provider = _sm_provider(fake_secret_manager, clock, use_async=True)
    llm = _llm(server, provider, check_key=False)
    server.accepted_keys = {V1}
    assert await _acall(llm, mode) == REPLY
    fake_secret_manager.add_version("mistral-api-key", V2)
    server.accepted_keys = {V2}
    assert await _acall(llm, mode) == REPLY
    assert _chat(server) == [(200, V1), (401, V1), (200, V2)]


@pytest.mark.parametrize("use_async", [False, True])
async def test_no_key_in_logs_reprs_errors_or_serialization(
    server, clock, caplog, use_async
):
    caplog.set_level(logging.DEBUG)
    for name in ("httpx", "httpcore", "langchain_mistral_secure"):
        caplog.set_level(logging.DEBUG, logger=name)
    server.accepted_keys = {GOOD1}
    server.fail_next(429, retry_after=0.01)
    rotator = KeyRotator([BAD, GOOD1], clock=clock)
    llm = _llm(server, rotator)
    if use_async:
        assert await _acall(llm, "ainvoke") == REPLY
        assert await _acall(llm, "astream") == REPLY
    else:
        assert _call(llm, "invoke") == REPLY
        assert _call(llm, "stream") == REPLY
    server.accepted_keys = {"sk-nobody"}  # pragma: allowlist secret
    call = (
        _acall(llm, "ainvoke") if use_async else asyncio.to_thread(_call, llm, "invoke")
    )
    with pytest.raises(NoHealthyKeyError) as info:
        await call
    assert isinstance(llm.mistral_api_key, SecretStr)
    captured = "\n".join(
        [
            caplog.text,
            repr(llm),
            str(llm),
            dumps(llm),
            str(dumpd(llm)),
            repr(rotator),
            str(rotator),
            repr(llm.client.auth),
            repr(llm.client.headers),
            "".join(traceback.format_exception(info.value)),
        ]
    )
    assert "HTTP Request" in caplog.text  # httpx did log (request lines only)
    assert "benched" in caplog.text
    assert all(key not in captured for key in ALL_KEYS)


def test_factory_passes_arguments_through(server):
    llm = _llm(server, GOOD1, temperature=0.2, max_tokens=7, timeout=9)
    assert isinstance(llm, ChatMistralAI)
    assert llm.endpoint == server.base_url
    assert (llm.model, llm.temperature, llm.max_tokens, llm.timeout) == (
        MODEL,
        0.2,
        7,
        9,
    )
    assert isinstance(llm.mistral_api_key, SecretStr)
    assert llm.mistral_api_key.get_secret_value() != GOOD1
    assert "authorization" not in llm.client.headers
    assert llm.client.headers["accept"] == "application/json"
    llm.invoke("hi")
    body = server.requests[0].body
    assert (body["temperature"], body["max_tokens"]) == (0.2, 7)


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"client": httpx.Client()}, TypeError),
        ({"async_client": httpx.AsyncClient()}, TypeError),
        ({"keys": GOOD1, "api_key": GOOD2}, TypeError),
    ],
)
def test_factory_rejects_conflicting_arguments(server, kwargs, error):
    with pytest.raises(error):
        secure_chat_mistralai(base_url=server.base_url, **kwargs)


@pytest.mark.parametrize("alias", ["api_key", "mistral_api_key"])
def test_factory_accepts_api_key_alias(server, alias):
    llm = secure_chat_mistralai(base_url=server.base_url, **{alias: GOOD2})
    llm.invoke("hi")
    assert _chat(server) == [(200, GOOD2)]


@pytest.mark.parametrize("check_key", [True, False])
def test_factory_missing_env_key(server, monkeypatch, check_key):
    monkeypatch.delenv("MISTRAL_API_KEY", raising=False)
    if check_key:
        with pytest.raises(MissingAPIKeyError, match="MISTRAL_API_KEY"):
            secure_chat_mistralai(base_url=server.base_url)
        return
    llm = secure_chat_mistralai(base_url=server.base_url, check_key=False)
    with pytest.raises(MissingAPIKeyError, match="MISTRAL_API_KEY"):
        llm.invoke("hi")
    assert server.requests == []


def test_factory_uses_env_key_by_default(server, monkeypatch):
    monkeypatch.setenv("MISTRAL_API_KEY", GOOD1)
    secure_chat_mistralai(base_url=server.base_url).invoke("hi")
    assert _chat(server) == [(200, GOOD1)]


@pytest.mark.parametrize("keys", [[BAD, GOOD1], KeyRotator([BAD, GOOD1])])
def test_build_http_clients_for_other_endpoints(server, keys):
    server.accepted_keys = {GOOD1}
    client, _ = build_http_clients(keys, server.base_url, timeout=5)
    response = client.post("/moderations", json={"input": "x"})
    assert response.status_code == 200
    assert [(r.status, r.api_key) for r in server.requests] == [
        (401, BAD),
        (200, GOOD1),
    ]


async def test_build_http_clients_for_other_endpoints_async(server):
    server.accepted_keys = {GOOD1}
    _, aclient = build_http_clients(MistralKeyAuth([BAD, GOOD1]), server.base_url)
    response = await aclient.post("/moderations", json={"input": "x"})
    assert response.status_code == 200
    assert [(r.status, r.api_key) for r in server.requests] == [
        (401, BAD),
        (200, GOOD1),
    ]


ONLY = "sk-only-key-33333333333"  # pragma: allowlist secret


@pytest.mark.parametrize("status", [401, 403])
@pytest.mark.parametrize("mode", ["invoke", "stream"])
def test_single_key_recovers_after_a_short_cooldown(server, clock, mode, status):
    # One transient rejection of the only key: the error names the status, and
    # the key is tried again after SINGLE_KEY_COOLDOWN, not minutes later.
    server.fail_next(status, path="/chat/completions")
    llm = _llm(server, KeyRotator(ONLY, clock=clock))
    with pytest.raises(NoHealthyKeyError) as info:
        _call(llm, mode)
    assert info.value.status == status
    assert f"HTTP {status}" in str(info.value)
    assert info.value.retry_after <= SINGLE_KEY_COOLDOWN
    assert ONLY not in str(info.value)
    clock.advance(SINGLE_KEY_COOLDOWN + 0.1)
    assert _call(llm, mode) == REPLY


@pytest.mark.parametrize("mode", ["ainvoke", "astream"])
async def test_single_key_recovers_after_a_short_cooldown_async(server, clock, mode):
    server.fail_next(403, path="/chat/completions")
    llm = _llm(server, KeyRotator(ONLY, clock=clock))
    with pytest.raises(NoHealthyKeyError) as info:
        await _acall(llm, mode)
    assert info.value.status == 403
    clock.advance(SINGLE_KEY_COOLDOWN + 0.1)
    assert await _acall(llm, mode) == REPLY


@pytest.mark.parametrize(
    ("keys", "expected"),
    [([ONLY], SINGLE_KEY_COOLDOWN), ([GOOD1, GOOD2], DEFAULT_COOLDOWN)],
)
def test_default_cooldown_depends_on_the_number_of_keys(keys, expected):
    assert KeyRotator(keys).cooldown == expected
    assert KeyRotator(keys, cooldown=7).cooldown == 7
