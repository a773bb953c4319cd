"""Key health shared by replicas: a key benched on one is skipped on the other."""

from __future__ import annotations

import pytest
from langchain_core.stores import InMemoryByteStore

from langchain_mistral_secure.keys import KeyRotator, NoHealthyKeyError
from langchain_mistral_secure.stores import EncryptedVault, RedisByteStore
from langchain_mistral_secure.testing.redis_server import RedisServer

SECRET = "vault-secret-for-tests-0123456789"  # pragma: allowlist secret
KEY_A = "sk-replica-key-aaaaaaaaaaa"  # pragma: allowlist secret
KEY_B = "sk-replica-key-bbbbbbbbbbb"  # pragma: allowlist secret


@pytest.fixture(scope="module")
def redis_url():
    if not RedisServer.available():
        yield None
        return
    with RedisServer() as server:
        yield server.url


@pytest.fixture(params=["memory", "redis"])
def two_vaults(request, redis_url):
    if request.param == "memory":
        store = InMemoryByteStore()
        return EncryptedVault(SECRET, store), EncryptedVault(SECRET, store)
    if redis_url is None:
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    return (
        EncryptedVault(SECRET, RedisByteStore(redis_url), namespace=request.node.name),
        EncryptedVault(SECRET, RedisByteStore(redis_url), namespace=request.node.name),
    )


def test_a_bench_on_one_replica_is_seen_by_the_other(two_vaults):
    first, second = two_vaults
    one = KeyRotator([KEY_A, KEY_B], cooldown=60, health_store=first)
    two = KeyRotator([KEY_A, KEY_B], cooldown=60, health_store=second)
    assert one.get().get_secret_value() == KEY_A
    one.report_failure(one.get())
    assert one.get().get_secret_value() == KEY_B  # also publishes the bench
    # The other replica never saw a failure, yet skips the benched key.
    assert two.get().get_secret_value() == KEY_B
    assert two.benched_count == 1


async def test_a_bench_on_one_replica_is_seen_by_the_other_async(two_vaults):
    first, second = two_vaults
    one = KeyRotator([KEY_A, KEY_B], cooldown=60, health_store=first)
    two = KeyRotator([KEY_A, KEY_B], cooldown=60, health_store=second)
    one.report_failure(await one.aget())
    assert (await one.aget()).get_secret_value() == KEY_B
    assert (await two.aget()).get_secret_value() == KEY_B


def test_every_key_benched_elsewhere_raises(two_vaults):
    first, second = two_vaults
    one = KeyRotator([KEY_A], cooldown=30, health_store=first)
    one.report_failure(one.get(), status=401)
    with pytest.raises(NoHealthyKeyError):
        one.get()
    two = KeyRotator([KEY_A], cooldown=30, health_store=second)
    with pytest.raises(NoHealthyKeyError) as info:
        two.get()
    assert KEY_A not in str(info.value)


def test_nothing_about_keys_is_readable_in_the_store(two_vaults):
    first, _ = two_vaults
    one = KeyRotator([KEY_A, KEY_B], health_store=first)
    one.report_failure(one.get())
    one.get()
    store = first.store
    keys = list(store.yield_keys())
    assert keys
    blob = b"".join(k.encode() for k in keys) + b"".join(
        v or b"" for v in store.mget(keys)
    )
    assert KEY_A.encode() not in blob
    assert b"sk-replica" not in blob
