"""Every public error pickles to an equal error (type, message, attributes).

Errors cross process pools (batch redaction, Ray or Dask workers): a worker's
typed error must arrive as the same typed error, not as a ``TypeError`` raised
while unpickling it. The error classes are collected from the package itself, so
a new error class without an example below fails ``test_every_error_has_an_example``.
"""

from __future__ import annotations

import contextlib
import importlib
import inspect
import io
import pickle
import pkgutil
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from types import ModuleType
from typing import Any

import pytest

import langchain_mistral_secure
from langchain_mistral_secure.detection.engine import Finding

SECRET_NAME = "projects/p/secrets/s/versions/1"

# One example per error class, built the way the package builds it.
EXAMPLES: dict[str, Callable[[type[Any]], BaseException]] = {
    "APIKeyError": lambda cls: cls("Set MISTRAL_API_KEY."),
    "DetectionError": lambda cls: cls("detector pii.email failed"),
    "GuardedToolError": lambda cls: cls("send_mail", "ValueError"),
    "InputTooLongError": lambda cls: cls("max_tokens", 120, 100),
    "InsecureKeyFileWarning": lambda cls: cls("key file is group-readable"),
    "KeyProviderError": lambda cls: cls("provider failed"),
    "MissingAPIKeyError": lambda cls: cls("Set MISTRAL_API_KEY."),
    "ModerationError": lambda cls: cls(
        {"violence_and_threats": 0.91},
        scores={"violence_and_threats": 0.91, "pii": 0.02},
        model="mistral-moderation-2603",
    ),
    "ModerationUnavailableError": lambda cls: cls(
        status=503, error_type="HTTPStatusError"
    ),
    "NoHealthyKeyError": lambda cls: cls(total=2, retry_after=4.5, status=403),
    "PromptInjectionError": lambda cls: cls(
        [Finding(0, 6, "injection.override", "override")]
    ),
    "PromptInputError": lambda cls: cls("input 'history' has type int"),
    "SecretAccessError": lambda cls: cls(SECRET_NAME),
    "SecretNotFoundError": lambda cls: cls(SECRET_NAME),
    "SecretPermissionDeniedError": lambda cls: cls(SECRET_NAME),
    "SecretUnavailableError": lambda cls: cls(SECRET_NAME),
    "SensitiveOutputError": lambda cls: cls({"api_key": 1, "email": 2}),
    "TextTooLongError": lambda cls: cls("max_chars", 12, 10, what="output"),
    "UndecodableInputError": lambda cls: cls(3, 5),
    "_ScriptError": lambda cls: cls("no scripted reply left"),
}

# Error classes that do not pickle yet, with why (strict xfail: fixing one fails
# the test until it is taken off this list).
NOT_YET_PICKLABLE: dict[str, str] = {}


def _package_modules() -> list[ModuleType]:
    root = langchain_mistral_secure
    modules = [root]
    for info in pkgutil.walk_packages(root.__path__, f"{root.__name__}."):
        with contextlib.suppress(ImportError):  # an optional extra not installed
            modules.append(importlib.import_module(info.name))
    return modules


def _error_classes() -> dict[str, type[BaseException]]:
    root = langchain_mistral_secure
    found: dict[str, type[BaseException]] = {}
    candidates = [getattr(root, name) for name in root.__all__]
    for module in _package_modules():
        candidates.extend(vars(module).values())
    for obj in candidates:
        if (
            inspect.isclass(obj)
            and issubclass(obj, BaseException)
            and obj.__module__.startswith(f"{root.__name__}.")
        ):
            found[f"{obj.__module__}.{obj.__qualname__}"] = obj
    return found


ERRORS = _error_classes()


def _roundtrip(obj: Any) -> Any:
    # Without copyreg's table: importing dask.distributed registers tblib's
    # reducer for every exception class then defined, which would hide whether
    # the class pickles by itself (as in a plain process pool).
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer)
    pickler.dispatch_table = {}
    pickler.dump(obj)
    return pickle.loads(buffer.getvalue())  # noqa: S301 - our own bytes


def test_collection_finds_the_public_errors() -> None:
    names = {cls.__name__ for cls in ERRORS.values()}
    public = {
        name
        for name in langchain_mistral_secure.__all__
        if inspect.isclass(obj := getattr(langchain_mistral_secure, name))
        and issubclass(obj, BaseException)
    }
    assert public <= names
    assert {"ModerationError", "ModerationUnavailableError"} <= names


def test_every_error_has_an_example() -> None:
    missing = sorted({cls.__name__ for cls in ERRORS.values()} - set(EXAMPLES))
    assert not missing, f"add a pickling example for {missing}"


def _params() -> list[Any]:
    params = []
    for path, cls in sorted(ERRORS.items()):
        marks = []
        if path in NOT_YET_PICKLABLE:
            marks.append(pytest.mark.xfail(strict=True, reason=NOT_YET_PICKLABLE[path]))
        params.append(pytest.param(cls, id=cls.__name__, marks=marks))
    return params


@pytest.mark.parametrize("cls", _params())
def test_error_pickles_to_an_equal_error(cls: type[BaseException]) -> None:
    error = EXAMPLES[cls.__name__](cls)
    error.add_note("added after raising")
    copy = _roundtrip(error)
    assert type(copy) is cls
    assert str(copy) == str(error)
    assert copy.args == error.args
    assert vars(copy) == vars(error)


def _raise_in_worker(kind: str) -> None:
    from langchain_mistral_secure.moderation import (  # noqa: PLC0415 - in a worker
        ModerationError,
        ModerationUnavailableError,
    )

    if kind == "blocked":
        raise ModerationError({"hate_and_discrimination": 0.8}, model="m")
    raise ModerationUnavailableError(status=None, error_type="ConnectError")


@pytest.mark.parametrize(
    ("kind", "expected", "attribute", "value"),
    [
        ("blocked", "ModerationError", "categories", {"hate_and_discrimination": 0.8}),
        ("unavailable", "ModerationUnavailableError", "error_type", "ConnectError"),
    ],
)
def test_moderation_errors_cross_a_process_pool(
    kind: str, expected: str, attribute: str, value: Any
) -> None:
    with ProcessPoolExecutor(max_workers=1) as pool:
        future = pool.submit(_raise_in_worker, kind)
        error = future.exception(timeout=60)
    assert type(error).__name__ == expected
    assert getattr(error, attribute) == value
