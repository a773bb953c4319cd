"""PIIMasker sessions shared by replicas through the encrypted vault."""

from __future__ import annotations

import pickle
import threading

import pytest
from langchain_core.stores import InMemoryByteStore

from langchain_mistral_secure import (
    EncryptedVault,
    EnvKeyProvider,
    PIIMasker,
    RedisByteStore,
)
from langchain_mistral_secure.testing.redis_server import RedisServer

SECRET = "vault-secret-for-tests-0123456789"  # pragma: allowlist secret
EMAIL = "jane.doe@example.com"
PHONE = "+33 1 42 68 53 00"
CONFIG = {"configurable": {"session_id": "conversation-7"}}


@pytest.fixture(scope="module")
def redis_url():
    if not RedisServer.available():
        yield None
        return
    with RedisServer() as server:
        yield server.url


@pytest.fixture(params=["memory", "redis"])
def replicas(request, redis_url):
    """Two maskers as on two replicas: own objects and connections, one backend."""
    if request.param == "memory":
        store = InMemoryByteStore()
        stores = (store, store)
    else:
        if redis_url is None:
            pytest.skip("redis-server is not installed (apt-get install redis-server)")
        stores = (RedisByteStore(redis_url), RedisByteStore(redis_url))
    name = request.node.name
    return tuple(
        PIIMasker(vault=EncryptedVault(SECRET, s, ttl=3600, namespace=name))
        for s in stores
    )


def test_one_replica_restores_the_others_placeholders(replicas):
    one, two = replicas
    masked = one.invoke(f"Mail {EMAIL} or call {PHONE}.", config=CONFIG)
    assert EMAIL not in masked
    assert PHONE not in masked
    restored = two.restorer().invoke(masked, config=CONFIG)
    assert restored == f"Mail {EMAIL} or call {PHONE}."


async def test_one_replica_restores_the_others_placeholders_async(replicas):
    one, two = replicas
    masked = await one.ainvoke(f"Mail {EMAIL}.", config=CONFIG)
    assert await two.restorer().ainvoke(masked, config=CONFIG) == f"Mail {EMAIL}."


def test_same_value_same_placeholder_on_every_replica(replicas):
    one, two = replicas
    assert one.invoke(EMAIL, config=CONFIG) == two.invoke(EMAIL, config=CONFIG)


def test_other_sessions_do_not_restore(replicas):
    one, two = replicas
    masked = one.invoke(f"Mail {EMAIL}.", config=CONFIG)
    other = {"configurable": {"session_id": "someone-else"}}
    assert two.restorer().invoke(masked, config=other) == masked


def test_nothing_readable_in_redis(redis_url):
    if redis_url is None:
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    store = RedisByteStore(redis_url)
    masker = PIIMasker(vault=EncryptedVault(SECRET, store, namespace="readable"))
    masked = masker.invoke(f"Mail {EMAIL}, call {PHONE}.", config=CONFIG)
    raw = b""
    for key in store.client.scan_iter(match="readable:*"):
        raw += key + store.client.get(key)
    assert raw
    placeholders = [w.strip(",.") for w in masked.split() if w.startswith("<")]
    assert len(placeholders) == 2
    for plain in (EMAIL, PHONE, "conversation-7", "EMAIL", *placeholders):
        assert plain.encode() not in raw


def test_masker_with_a_vault_pickles(monkeypatch):
    monkeypatch.setenv("LMS_TEST_VAULT_SECRET", SECRET)
    vault = EncryptedVault(EnvKeyProvider("LMS_TEST_VAULT_SECRET"), InMemoryByteStore())
    masker = PIIMasker(vault=vault)
    masked = masker.invoke(f"Mail {EMAIL}.", config=CONFIG)
    clone = pickle.loads(pickle.dumps(masker))  # noqa: S301 - our own object
    # The clone carries its own copy of the in-memory store: it restores too.
    assert clone.restorer().invoke(masked, config=CONFIG) == f"Mail {EMAIL}."


class _ThreadRecordingStore(InMemoryByteStore):
    """Records which thread each vault write and read runs on."""

    def __init__(self) -> None:
        super().__init__()
        self.threads: list[int] = []

    def mset(self, key_value_pairs):  # type: ignore[no-untyped-def]
        self.threads.append(threading.get_ident())
        super().mset(key_value_pairs)

    def mget(self, keys):  # type: ignore[no-untyped-def]
        self.threads.append(threading.get_ident())
        return super().mget(keys)


async def test_async_vault_io_stays_off_the_event_loop():
    store = _ThreadRecordingStore()
    vault = EncryptedVault(SECRET, store)
    masked = await PIIMasker(vault=vault).ainvoke(f"Mail {EMAIL}.", config=CONFIG)
    # A fresh replica has nothing in memory: its restore must read the vault.
    restored = await PIIMasker(vault=vault).restorer().ainvoke(masked, config=CONFIG)
    assert restored == f"Mail {EMAIL}."
    loop_thread = threading.get_ident()
    assert store.threads
    assert loop_thread not in store.threads
