"""The encrypted vault: shared between instances, nothing readable at rest."""

from __future__ import annotations

import base64
import contextlib
import pickle
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from operator import methodcaller

import pytest
from langchain_core.stores import InMemoryByteStore

from langchain_mistral_secure.keys import EnvKeyProvider
from langchain_mistral_secure.stores import EncryptedVault, RedisByteStore
from langchain_mistral_secure.testing.redis_server import RedisServer

SECRET = "vault-secret-for-tests-0123456789"  # pragma: allowlist secret
OTHER = "another-vault-secret-987654321000"  # pragma: allowlist secret
SESSION = "user-42-session"
ENTRIES = {"<EMAIL_1>": "jane.doe@example.com", "<PHONE_1>": "+33 1 42 68 53 00"}


def _readable(blob: bytes) -> list[str]:
    """Every plaintext we planted that shows in a raw key or value, decoded or not."""
    views = [blob]
    with contextlib.suppress(ValueError):
        views.append(base64.urlsafe_b64decode(blob + b"=" * (-len(blob) % 4)))
    planted = [SESSION, *ENTRIES, *ENTRIES.values(), "jane", "EMAIL"]
    return [p for p in planted for v in views if p.encode() in v]


@pytest.fixture(params=["memory", "redis"])
def store_pair(request, redis_server_or_none):
    """Two stores as two replicas would hold them: separate objects, one backend."""
    if request.param == "memory":
        shared = InMemoryByteStore()
        return shared, shared
    if redis_server_or_none is None:
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    url = redis_server_or_none.url
    return RedisByteStore(url), RedisByteStore(url)


@pytest.fixture(scope="module")
def redis_server_or_none():
    if not RedisServer.available():
        yield None
        return
    with RedisServer() as server:
        yield server


def test_two_instances_read_each_others_entries(store_pair):
    first, second = store_pair
    a = EncryptedVault(SECRET, first)
    b = EncryptedVault(SECRET, second)
    a.put(SESSION, ENTRIES)
    assert b.get(SESSION, list(ENTRIES)) == ENTRIES
    assert b.items(SESSION) == ENTRIES
    b.clear(SESSION)
    assert a.get(SESSION, list(ENTRIES)) == {}


async def test_two_instances_async(store_pair):
    first, second = store_pair
    await EncryptedVault(SECRET, first).aput(SESSION, ENTRIES)
    assert await EncryptedVault(SECRET, second).aget(SESSION, list(ENTRIES)) == ENTRIES


def test_nothing_readable_at_rest(store_pair):
    store, _ = store_pair
    EncryptedVault(SECRET, store).put(SESSION, ENTRIES)
    keys = list(store.yield_keys())
    assert keys
    values = store.mget(keys)
    for key, value in zip(keys, values, strict=True):
        assert value is not None
        assert _readable(key.encode()) == []
        assert _readable(value) == []


def test_raw_redis_keys_and_values(redis_server_or_none):
    if redis_server_or_none is None:
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    store = RedisByteStore(redis_server_or_none.url)
    EncryptedVault(SECRET, store, namespace="raw-check").put(SESSION, ENTRIES)
    client = store.client
    raw_keys = list(client.scan_iter(match="raw-check:*"))
    assert len(raw_keys) == len(ENTRIES)
    for key in raw_keys:
        assert _readable(key) == []
        assert _readable(client.get(key)) == []


def test_ttl_is_native_in_redis(redis_server_or_none):
    if redis_server_or_none is None:
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    store = RedisByteStore(redis_server_or_none.url)
    EncryptedVault(SECRET, store, ttl=30, namespace="ttl-check").put(SESSION, ENTRIES)
    for key in store.client.scan_iter(match="ttl-check:*"):
        assert 0 < store.client.pttl(key) <= 30_000


def test_ttl_is_checked_on_read_in_any_store(monkeypatch):
    store = InMemoryByteStore()
    vault = EncryptedVault(SECRET, store, ttl=60)
    vault.put(SESSION, ENTRIES)
    assert vault.get(SESSION, list(ENTRIES)) == ENTRIES
    real = time.time
    monkeypatch.setattr(time, "time", lambda: real() + 3600)
    assert vault.get(SESSION, list(ENTRIES)) == {}


def test_another_secret_reads_nothing():
    store = InMemoryByteStore()
    EncryptedVault(SECRET, store).put(SESSION, ENTRIES)
    assert EncryptedVault(OTHER, store).get(SESSION, list(ENTRIES)) == {}


def test_secret_from_a_key_provider(monkeypatch):
    monkeypatch.setenv("LMS_VAULT_SECRET", SECRET)
    store = InMemoryByteStore()
    EncryptedVault(EnvKeyProvider("LMS_VAULT_SECRET"), store).put(SESSION, ENTRIES)
    assert EncryptedVault(SECRET, store).get(SESSION, ["<EMAIL_1>"]) == {
        "<EMAIL_1>": ENTRIES["<EMAIL_1>"]
    }


@pytest.mark.parametrize("secret", ["", "short-secret"])
def test_short_secret_is_refused(secret):
    with pytest.raises(ValueError, match="at least 16") as info:
        EncryptedVault(secret)
    if secret:  # the message names the rule, never the value
        assert secret not in str(info.value)


def test_reprs_and_pickles_hold_no_secret(monkeypatch):
    monkeypatch.setenv("LMS_TEST_VAULT_SECRET", SECRET)
    url = "redis://:hunter2hunter2@127.0.0.1:1/0"  # pragma: allowlist secret
    vault = EncryptedVault(EnvKeyProvider("LMS_TEST_VAULT_SECRET"), RedisByteStore(url))
    assert "hunter2" not in repr(vault.store)
    assert SECRET not in repr(vault)
    # A pickled vault carries its provider (which names where the secret lives),
    # never the secret nor the keys derived from it.
    blob = pickle.dumps(vault)
    assert vault._name_key not in blob
    assert SECRET.encode() not in blob


def test_a_literal_secret_is_never_pickled():
    with pytest.raises(TypeError, match="never pickled"):
        pickle.dumps(EncryptedVault(SECRET))


def test_vault_ships_to_another_process(redis_server_or_none, monkeypatch):
    if redis_server_or_none is None:
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    # The worker reads the secret from its own environment, as a replica would.
    monkeypatch.setenv("LMS_TEST_VAULT_SECRET", SECRET)
    provider = EnvKeyProvider("LMS_TEST_VAULT_SECRET")
    vault = EncryptedVault(provider, RedisByteStore(redis_server_or_none.url))
    vault.put(SESSION, ENTRIES)
    with ProcessPoolExecutor(1, mp_context=get_context("spawn")) as pool:
        # methodcaller pickles by reference to the stdlib: the worker needs no
        # import of this test module, only of the package.
        read = methodcaller("get", SESSION, list(ENTRIES))
        assert pool.submit(read, vault).result(timeout=120) == ENTRIES


def test_keyed_numbers_agree_across_instances():
    a = EncryptedVault(SECRET)
    b = EncryptedVault(SECRET)
    assert a.keyed_number(SESSION, "jane@example.com") == b.keyed_number(
        SESSION, "jane@example.com"
    )
    assert a.keyed_number(SESSION, "jane@example.com") != EncryptedVault(
        OTHER
    ).keyed_number(SESSION, "jane@example.com")


async def test_async_put_keeps_the_native_ttl(redis_server_or_none):
    if redis_server_or_none is None:
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    store = RedisByteStore(redis_server_or_none.url)
    vault = EncryptedVault(SECRET, store, ttl=30, namespace="attl-check")
    await vault.aput(SESSION, ENTRIES)
    keys = list(store.client.scan_iter(match="attl-check:*"))
    assert len(keys) == len(ENTRIES)
    assert all(0 < store.client.pttl(key) <= 30_000 for key in keys)
