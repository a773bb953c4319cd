from __future__ import annotations

import sys
import types
import warnings

import pytest
from pydantic import SecretStr

from langchain_mistral_secure.keys import (
    EnvKeyProvider,
    FileKeyProvider,
    InsecureKeyFileWarning,
    KeyProvider,
    MissingAPIKeyError,
    StaticKeyProvider,
    get_api_key,
)

KEY = "sk-test-provider-0123456789"  # pragma: allowlist secret
VAR = "LMS_TEST_MISTRAL_KEY"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [(KEY, KEY), (f"  {KEY}\n", KEY), (f"{KEY}\r\n", KEY)],
)
def test_get_api_key_reads_and_strips(monkeypatch, raw, expected):
    monkeypatch.setenv(VAR, raw)
    key = get_api_key(VAR)
    assert isinstance(key, SecretStr)
    assert key.get_secret_value() == expected
    assert KEY not in repr(key)
    assert KEY not in str(key)


@pytest.mark.parametrize("raw", [None, "", "   ", "\n\t"])
def test_get_api_key_missing_names_variable(monkeypatch, raw):
    if raw is None:
        monkeypatch.delenv(VAR, raising=False)
    else:
        monkeypatch.setenv(VAR, raw)
    with pytest.raises(MissingAPIKeyError) as info:
        get_api_key(VAR)
    message = str(info.value)
    assert VAR in message
    assert "export" in message


@pytest.mark.parametrize(("notebook", "hint_expected"), [(True, True), (False, False)])
def test_missing_key_suggests_getpass_in_notebook(monkeypatch, notebook, hint_expected):
    monkeypatch.delenv(VAR, raising=False)
    if notebook:
        monkeypatch.setitem(sys.modules, "ipykernel", types.ModuleType("ipykernel"))
    else:
        monkeypatch.delitem(sys.modules, "ipykernel", raising=False)
    with pytest.raises(MissingAPIKeyError) as info:
        get_api_key(VAR)
    assert ("getpass" in str(info.value)) is hint_expected


@pytest.mark.parametrize(
    "provider_factory",
    [
        lambda: EnvKeyProvider(VAR),
        lambda: StaticKeyProvider(KEY),
    ],
)
def test_providers_follow_protocol_and_hide_key(monkeypatch, provider_factory):
    monkeypatch.setenv(VAR, KEY)
    provider = provider_factory()
    assert isinstance(provider, KeyProvider)
    assert provider.get().get_secret_value() == KEY
    provider.refresh()
    assert provider.get().get_secret_value() == KEY
    assert KEY not in repr(provider)
    assert KEY not in str(provider)


@pytest.mark.parametrize(
    "provider_factory",
    [lambda: EnvKeyProvider(VAR), lambda: StaticKeyProvider(KEY)],
)
async def test_providers_aget(monkeypatch, provider_factory):
    monkeypatch.setenv(VAR, KEY)
    assert (await provider_factory().aget()).get_secret_value() == KEY


@pytest.mark.parametrize("blank", ["", "  ", SecretStr(" \n")])
def test_static_provider_rejects_blank(blank):
    with pytest.raises(MissingAPIKeyError):
        StaticKeyProvider(blank)


@pytest.mark.parametrize(
    ("content", "expected"),
    [(f"{KEY}\n", KEY), (KEY, KEY), (f"{KEY}\r\n", KEY), (f"\n {KEY} \n\n", KEY)],
)
def test_file_provider_strips_trailing_newline(tmp_path, content, expected):
    path = tmp_path / "mistral_api_key"
    path.write_text(content)
    path.chmod(0o600)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        key = FileKeyProvider(path).get()
    assert key.get_secret_value() == expected


@pytest.mark.parametrize(
    ("mode", "warns"), [(0o644, True), (0o640, False), (0o600, False)]
)
def test_file_provider_warns_when_world_readable(tmp_path, mode, warns):
    path = tmp_path / "key"
    path.write_text(KEY)
    path.chmod(mode)
    provider = FileKeyProvider(path)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        provider.get()
        provider.refresh()
        provider.get()
    insecure = [w for w in caught if issubclass(w.category, InsecureKeyFileWarning)]
    assert len(insecure) == (1 if warns else 0)
    assert all(KEY not in str(w.message) for w in caught)


@pytest.mark.parametrize(
    ("content", "exists"), [("", True), ("  \n", True), (None, False)]
)
def test_file_provider_missing_or_empty(tmp_path, content, exists):
    path = tmp_path / "key"
    if exists:
        path.write_text(content)
        path.chmod(0o600)
    with pytest.raises(MissingAPIKeyError) as info:
        FileKeyProvider(path).get()
    assert str(path) in str(info.value)


@pytest.mark.parametrize(
    ("advance", "refresh", "expected"),
    [(10.0, False, "old"), (301.0, False, "new"), (0.0, True, "new")],
)
def test_file_provider_cache_ttl_and_refresh(
    tmp_path, clock, advance, refresh, expected
):
    path = tmp_path / "key"
    path.write_text("old\n")
    path.chmod(0o600)
    provider = FileKeyProvider(path, ttl=300, clock=clock)
    assert provider.get().get_secret_value() == "old"
    path.write_text("new\n")
    clock.advance(advance)
    if refresh:
        provider.refresh()
    assert provider.get().get_secret_value() == expected


@pytest.mark.parametrize(
    ("advance", "refresh", "expected"),
    [(10.0, False, "old"), (301.0, False, "new"), (0.0, True, "new")],
)
async def test_file_provider_cache_ttl_and_refresh_async(
    tmp_path, clock, advance, refresh, expected
):
    path = tmp_path / "key"
    path.write_text("old\n")
    path.chmod(0o600)
    provider = FileKeyProvider(path, ttl=300, clock=clock)
    assert (await provider.aget()).get_secret_value() == "old"
    path.write_text("new\n")
    clock.advance(advance)
    if refresh:
        provider.refresh()
    assert (await provider.aget()).get_secret_value() == expected
