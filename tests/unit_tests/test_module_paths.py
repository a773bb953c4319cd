"""Public classes keep the module path pickles and serialized ids name.

Splitting a module moves code into private siblings; a class that moved must
still say it lives at its public path (``__module__``), or pickles made before
the split, and LangChain's serialized ids, stop resolving.
"""

from __future__ import annotations

import inspect
import pickle
import sys

import pytest

import langchain_mistral_secure
from langchain_mistral_secure.keys.providers import EnvKeyProvider
from langchain_mistral_secure.keys.rotator import KeyRotator

# Defined in a private module before any split, so that is their pickled path.
PRIVATE_SINCE_BEFORE_THE_SPLITS = {"GuardPolicy", "UndecodableInputError"}

PUBLIC_CLASSES = sorted(
    name
    for name in langchain_mistral_secure.__all__
    if inspect.isclass(getattr(langchain_mistral_secure, name))
)


@pytest.mark.parametrize("name", PUBLIC_CLASSES)
def test_public_class_names_a_module_that_holds_it(name: str) -> None:
    cls = getattr(langchain_mistral_secure, name)
    module = cls.__module__
    assert getattr(sys.modules[module], cls.__qualname__) is cls
    if name not in PRIVATE_SINCE_BEFORE_THE_SPLITS:
        assert not any(part.startswith("_") for part in module.split("."))


def test_rotator_pickle_names_its_slots_at_the_public_path() -> None:
    data = pickle.dumps(KeyRotator([EnvKeyProvider(), EnvKeyProvider("OTHER_KEY")]))
    assert b"langchain_mistral_secure.keys.rotator" in data
    assert b"_rotator_state" not in data
    copy = pickle.loads(data)  # noqa: S301 - our own bytes
    assert copy.total == 2
