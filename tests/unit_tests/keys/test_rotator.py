from __future__ import annotations

import asyncio
import logging
import threading

import pytest
from pydantic import SecretStr

from langchain_mistral_secure.keys import (
    EnvKeyProvider,
    FileKeyProvider,
    KeyProvider,
    KeyRotator,
    MissingAPIKeyError,
    NoHealthyKeyError,
    as_rotator,
)

KEYS = [
    "sk-rot-aaaaaaaaaaaa",  # pragma: allowlist secret
    "sk-rot-bbbbbbbbbbbb",  # pragma: allowlist secret
    "sk-rot-cccccccccccc",  # pragma: allowlist secret
]


def _val(key: SecretStr) -> str:
    return key.get_secret_value()


@pytest.mark.parametrize(
    ("advances", "expected"),
    [
        ([0, 59], [0, 0]),
        ([60], [1]),
        ([60, 60, 60], [1, 2, 0]),
        ([130], [1]),
    ],
)
def test_time_based_rotation(clock, advances, expected):
    rotator = KeyRotator(KEYS, rotate_every=60, clock=clock)
    assert _val(rotator.get()) == KEYS[0]
    seen = []
    for step in advances:
        clock.advance(step)
        seen.append(KEYS.index(_val(rotator.get())))
    assert seen == expected


@pytest.mark.parametrize("rotate_every", [None, 0])
def test_rotation_disabled(clock, rotate_every):
    rotator = KeyRotator(KEYS, rotate_every=rotate_every, clock=clock)
    clock.advance(10_000)
    assert _val(rotator.get()) == KEYS[0]


@pytest.mark.parametrize(
    ("failures", "expected_next", "benched"),
    [(1, 1, 1), (2, 2, 2)],
)
def test_report_failure_benches_and_moves_on(clock, failures, expected_next, benched):
    rotator = KeyRotator(KEYS, cooldown=100, clock=clock)
    for _ in range(failures):
        rotator.report_failure(rotator.get())
    assert _val(rotator.get()) == KEYS[expected_next]
    assert rotator.benched_count == benched
    assert rotator.healthy_count == len(KEYS) - benched


@pytest.mark.parametrize(("advance", "healthy"), [(99.0, 2), (100.0, 3)])
def test_cooldown_expires(clock, advance, healthy):
    rotator = KeyRotator(KEYS, cooldown=100, clock=clock)
    rotator.report_failure(rotator.get())
    clock.advance(advance)
    assert rotator.healthy_count == healthy


@pytest.mark.parametrize("use_async", [False, True])
async def test_all_benched_raises_clear_error(clock, use_async):
    rotator = KeyRotator(KEYS, cooldown=100, clock=clock)
    for _ in KEYS:
        key = await rotator.aget() if use_async else rotator.get()
        rotator.report_failure(key)
    clock.advance(40)
    with pytest.raises(NoHealthyKeyError) as info:
        await (rotator.aget() if use_async else asyncio.to_thread(rotator.get))
    assert info.value.total == 3
    assert info.value.retry_after == pytest.approx(60.0)
    assert all(k not in str(info.value) for k in KEYS)
    clock.advance(60)
    assert _val(rotator.get()) in KEYS


@pytest.mark.parametrize("stale_key", [True, False])
def test_stale_failure_report_is_ignored(clock, stale_key):
    rotator = KeyRotator(KEYS, cooldown=100, clock=clock)
    first = rotator.get()
    rotator.report_failure(first)
    if stale_key:
        rotator.report_failure(first)  # second report of the same benched key
    else:
        rotator.report_failure(
            SecretStr("never-handed-out")
        )  # pragma: allowlist secret
    assert rotator.benched_count == 1
    assert _val(rotator.get()) == KEYS[1]


def test_concurrent_failures_of_one_key_bench_it_once(clock):
    rotator = KeyRotator(KEYS, cooldown=100, clock=clock)
    bad = rotator.get()
    barrier = threading.Barrier(16)

    def worker() -> None:
        barrier.wait()
        rotator.report_failure(bad)
        rotator.get()

    threads = [threading.Thread(target=worker) for _ in range(16)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert rotator.benched_count == 1
    assert _val(rotator.get()) == KEYS[1]


@pytest.mark.parametrize(
    ("rotated_value", "expected_benched", "expected_key"),
    [
        ("sk-rot-new-version", 0, "sk-rot-new-version"),  # pragma: allowlist secret
        (None, 1, KEYS[1]),  # the secret was not rotated: bench and move on
    ],
)
@pytest.mark.parametrize("use_async", [False, True])
async def test_provider_key_is_refreshed_once_before_bench(  # noqa: PLR0913, PLR0917
    tmp_path, clock, rotated_value, expected_benched, expected_key, use_async
):
    path = tmp_path / "key"
    path.write_text(KEYS[0])
    path.chmod(0o600)
    provider = FileKeyProvider(path, ttl=10_000, clock=clock)
    rotator = KeyRotator([provider, KEYS[1]], cooldown=100, clock=clock)

    async def get() -> SecretStr:
        return await rotator.aget() if use_async else rotator.get()

    failed = await get()
    assert _val(failed) == KEYS[0]
    if rotated_value is not None:
        path.write_text(rotated_value + "\n")
    rotator.report_failure(failed)
    assert _val(await get()) == expected_key
    assert rotator.benched_count == expected_benched
    if rotated_value is not None:
        # the refreshed key fails too; a refresh finds no newer value: benched
        rotator.report_failure(await get())
        assert _val(await get()) == KEYS[1]
        assert rotator.benched_count == 1


def test_single_provider_error_propagates(monkeypatch):
    monkeypatch.delenv("LMS_ROT_MISSING", raising=False)
    rotator = KeyRotator([EnvKeyProvider("LMS_ROT_MISSING")])
    with pytest.raises(MissingAPIKeyError, match="LMS_ROT_MISSING"):
        rotator.get()


@pytest.mark.parametrize("use_async", [False, True])
async def test_failing_provider_is_skipped_when_others_exist(
    monkeypatch, clock, use_async
):
    monkeypatch.delenv("LMS_ROT_MISSING", raising=False)
    rotator = KeyRotator([EnvKeyProvider("LMS_ROT_MISSING"), KEYS[1]], clock=clock)
    key = await rotator.aget() if use_async else rotator.get()
    assert _val(key) == KEYS[1]
    assert rotator.benched_count == 1


@pytest.mark.parametrize(
    ("arg", "total"),
    [
        (None, 1),
        (KEYS[0], 1),
        (SecretStr(KEYS[0]), 1),
        (KEYS, 3),
        (EnvKeyProvider(), 1),
        ([EnvKeyProvider(), KEYS[0]], 2),
    ],
)
def test_as_rotator_accepts_every_form(arg, total):
    rotator = as_rotator(arg)
    assert rotator.total == total
    assert isinstance(rotator, KeyProvider)
    assert as_rotator(rotator) is rotator


@pytest.mark.parametrize("bad", [[], [""], [123]])
def test_rotator_rejects_bad_input(bad):
    with pytest.raises((MissingAPIKeyError, TypeError)):
        KeyRotator(bad)


def test_repr_str_and_logs_show_counts_not_keys(clock, caplog):
    caplog.set_level(logging.DEBUG)
    rotator = KeyRotator(KEYS, rotate_every=60, cooldown=100, clock=clock)
    rotator.report_failure(rotator.get())
    clock.advance(60)
    rotator.get()
    text = repr(rotator) + str(rotator) + caplog.text
    assert "keys=3" in repr(rotator)
    assert "benched=1" in str(rotator)
    assert "benched" in caplog.text
    assert all(k not in text for k in KEYS)
