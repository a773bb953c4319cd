"""Every docstring example in the package runs and prints what it shows.

The public API promises a runnable example in each docstring; this runs all of
them (public and private modules alike), one test per module, so an example
that rots fails here instead of misleading a reader.
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import langchain_mistral_secure

MODULES = sorted(
    info.name
    for info in pkgutil.walk_packages(
        langchain_mistral_secure.__path__, langchain_mistral_secure.__name__ + "."
    )
)
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE


def test_the_package_has_examples_to_run() -> None:
    examples = sum(
        len(test.examples)
        for name in MODULES
        for test in doctest.DocTestFinder().find(importlib.import_module(name))
    )
    assert examples > 500  # 608 when this test was written


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples_run(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=FLAGS, report=True, verbose=False)
    assert result.failed == 0, f"{result.failed} failing example(s) in {name}"
