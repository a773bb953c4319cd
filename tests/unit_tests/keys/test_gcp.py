from __future__ import annotations

import logging
import sys

import pytest

from langchain_mistral_secure.keys import (
    GoogleSecretManagerKeyProvider,
    KeyProvider,
    KeyProviderError,
    SecretAccessError,
    SecretNotFoundError,
    SecretPermissionDeniedError,
    SecretUnavailableError,
)

V1 = "sk-gsm-version-one-111"  # pragma: allowlist secret
V2 = "sk-gsm-version-two-222"  # pragma: allowlist secret
SECRET = "mistral-api-key"
LATEST = f"projects/test-project/secrets/{SECRET}/versions/latest"


def _provider(server, *, use_async, clock=None, **kwargs):
    extra = {"clock": clock} if clock is not None else {}
    client_kw = (
        {"async_client": server.async_client(), "async_retry": None}
        if use_async
        else {"client": server.client(), "retry": None}
    )
    return GoogleSecretManagerKeyProvider(
        kwargs.pop("project", "test-project"),
        kwargs.pop("secret", SECRET),
        timeout=5,
        **client_kw,
        **extra,
        **kwargs,
    )


async def _get(provider, use_async):
    return await provider.aget() if use_async else provider.get()


@pytest.fixture(params=[False, True], ids=["sync", "async"])
def use_async(request):
    return request.param


async def test_fetches_latest_version(fake_secret_manager, use_async):
    fake_secret_manager.add_version(SECRET, V1 + "\n")
    provider = _provider(fake_secret_manager, use_async=use_async)
    assert isinstance(provider, KeyProvider)
    key = await _get(provider, use_async)
    assert key.get_secret_value() == V1
    assert (
        provider.served_version == f"projects/test-project/secrets/{SECRET}/versions/1"
    )
    assert [r.name for r in fake_secret_manager.requests] == [LATEST]


@pytest.mark.parametrize(
    ("advance", "refresh", "expected", "fetches"),
    [
        (10.0, False, V1, 1),  # within ttl: cached, no second fetch
        (60.0, False, V2, 2),  # ttl expired: re-fetched, new version
        (0.0, True, V2, 2),  # refresh(): re-fetched now
    ],
)
async def test_ttl_cache_and_rotation(  # noqa: PLR0913, PLR0917
    fake_secret_manager, clock, use_async, advance, refresh, expected, fetches
):
    fake_secret_manager.add_version(SECRET, V1)
    provider = _provider(fake_secret_manager, use_async=use_async, clock=clock, ttl=60)
    assert (await _get(provider, use_async)).get_secret_value() == V1
    assert fake_secret_manager.add_version(SECRET, V2) == 2
    clock.advance(advance)
    if refresh:
        provider.refresh()
    assert (await _get(provider, use_async)).get_secret_value() == expected
    assert len(fake_secret_manager.requests) == fetches


async def test_pinned_version_and_disabled_latest(fake_secret_manager, use_async):
    fake_secret_manager.add_version(SECRET, V1)
    fake_secret_manager.add_version(SECRET, V2)
    pinned = _provider(fake_secret_manager, use_async=use_async, version=1)
    assert (await _get(pinned, use_async)).get_secret_value() == V1
    fake_secret_manager.disable_version(SECRET, 2)
    latest = _provider(fake_secret_manager, use_async=use_async)
    assert (await _get(latest, use_async)).get_secret_value() == V1


@pytest.mark.parametrize(
    ("status", "error"),
    [
        ("NOT_FOUND", SecretNotFoundError),
        ("PERMISSION_DENIED", SecretPermissionDeniedError),
        ("UNAUTHENTICATED", SecretPermissionDeniedError),
        ("UNAVAILABLE", SecretUnavailableError),
        ("DEADLINE_EXCEEDED", SecretUnavailableError),
        ("FAILED_PRECONDITION", SecretAccessError),
    ],
)
async def test_error_kinds_are_typed_and_hold_no_value(
    fake_secret_manager, use_async, caplog, status, error
):
    caplog.set_level(logging.DEBUG)
    fake_secret_manager.add_version(SECRET, V1)
    provider = _provider(fake_secret_manager, use_async=use_async)
    fake_secret_manager.fail_next(status)
    with pytest.raises(error) as info:
        await _get(provider, use_async)
    assert info.type is error
    assert info.value.secret_name == LATEST
    assert V1 not in str(info.value)
    assert V1 not in repr(info.value)
    # the next call succeeds: errors are not cached
    assert (await _get(provider, use_async)).get_secret_value() == V1
    assert V1 not in caplog.text
    assert V1 not in repr(provider)


async def test_unknown_secret_is_not_found(fake_secret_manager, use_async):
    provider = _provider(fake_secret_manager, use_async=use_async, secret="nope")
    with pytest.raises(SecretNotFoundError, match="nope"):
        await _get(provider, use_async)


@pytest.mark.parametrize(
    ("project", "secret", "env", "expected"),
    [
        ("p1", "s", {}, "projects/p1/secrets/s/versions/latest"),
        (
            None,
            "s",
            {"GOOGLE_CLOUD_PROJECT": "p2"},
            "projects/p2/secrets/s/versions/latest",
        ),
        (None, "s", {"GCLOUD_PROJECT": "p3"}, "projects/p3/secrets/s/versions/latest"),
        (
            None,
            "s",
            {"GOOGLE_CLOUD_PROJECT": "p2", "GCLOUD_PROJECT": "p3"},
            "projects/p2/secrets/s/versions/latest",
        ),
        (
            "ignored",
            "projects/p4/secrets/s/versions/7",
            {},
            "projects/p4/secrets/s/versions/7",
        ),
        (None, "projects/p5/secrets/s", {}, "projects/p5/secrets/s/versions/latest"),
    ],
)
def test_project_resolution(monkeypatch, project, secret, env, expected):
    for name in ("GOOGLE_CLOUD_PROJECT", "GCLOUD_PROJECT"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert GoogleSecretManagerKeyProvider(project, secret).resource_name == expected


def test_project_from_adc_missing_is_actionable(monkeypatch, tmp_path):
    for name in ("GOOGLE_CLOUD_PROJECT", "GCLOUD_PROJECT"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("GOOGLE_APPLICATION_CREDENTIALS", str(tmp_path / "none.json"))
    monkeypatch.setenv("CLOUDSDK_CONFIG", str(tmp_path))
    monkeypatch.setenv("NO_GCE_CHECK", "True")
    with pytest.raises(KeyProviderError, match="GOOGLE_CLOUD_PROJECT"):
        _ = GoogleSecretManagerKeyProvider(None, "s").resource_name


@pytest.mark.parametrize(
    "secret", ["", "  ", "projects/p/secrets", "projects/p/topics/s/versions/1"]
)
def test_invalid_secret_names(secret):
    with pytest.raises(ValueError, match=r"."):
        GoogleSecretManagerKeyProvider("p", secret)


async def test_missing_extra_gives_actionable_import_error(monkeypatch, use_async):
    import google.cloud  # noqa: PLC0415

    monkeypatch.setitem(sys.modules, "google.cloud.secretmanager_v1", None)
    monkeypatch.delattr(google.cloud, "secretmanager_v1", raising=False)
    provider = GoogleSecretManagerKeyProvider(secret="projects/p/secrets/s/versions/1")
    with pytest.raises(ImportError, match=r"langchain-mistral-secure\[gcp\]"):
        await _get(provider, use_async)
