"""Output detectors: registered names, user patterns and callables, compiled once.

Split out of :mod:`langchain_mistral_secure.redactor` (which re-exports the
public names); the masker and the trace anonymizer compile their detectors the
same way.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Sequence
from typing import Any, cast

from langchain_mistral_secure.detection.engine import (
    Detector,
    Finding,
    Rule,
    RuleDetector,
    get_detector,
)
from langchain_mistral_secure.streaming import DEFAULT_MAX_MATCH_LEN

__all__ = [
    "compile_extra_detectors",
    "content_detector",
    "leak_detector",
    "resolve_detectors",
]


class _FunctionDetector:
    """Adapts a callable ``(text) -> findings | (start, end) pairs`` to a Detector."""

    __slots__ = ("_fn", "category", "max_match_len", "rule_id")

    def __init__(
        self,
        fn: Callable[[str], Sequence[Finding | tuple[int, int]]],
        *,
        category: str,
        rule_id: str,
        max_match_len: int = DEFAULT_MAX_MATCH_LEN,
    ) -> None:
        self._fn = fn
        self.category = category
        self.rule_id = rule_id
        self.max_match_len = max_match_len

    def __repr__(self) -> str:
        return f"_FunctionDetector(rule_id={self.rule_id!r})"

    def detect(self, text: str) -> list[Finding]:
        out: list[Finding] = []
        for item in self._fn(text):
            if isinstance(item, Finding):
                finding = item
            else:
                start, end = item
                finding = Finding(
                    start=int(start),
                    end=int(end),
                    rule_id=self.rule_id,
                    category=self.category,
                )
            if not 0 <= finding.start < finding.end <= len(text):
                msg = f"detector {self.rule_id!r} returned an out-of-range span"
                raise ValueError(msg)
            out.append(finding)
        return out


def compile_extra_detectors(
    extra: Iterable[Any], *, family: str = "custom"
) -> list[Detector]:
    r"""Compile user detectors once: regex strings, callables or Detectors.

    * ``str``: an RE2 pattern, category ``custom`` (on the raw text).
    * ``(category, pattern)``: an RE2 pattern with its own category.
    * a :class:`~langchain_mistral_secure.detection.engine.Detector`: as is.
    * a callable ``(text) -> list[Finding] | list[tuple[int, int]]``: category
      ``custom``; its matches are assumed at most 256 characters long.

    Raises:
        ValueError: If a pattern is not valid RE2.
        TypeError: If an item is none of the above.

    Example:
        >>> [d.max_match_len for d in compile_extra_detectors([r"EMP-\d{6}"])]
        [256]
    """
    compiled: list[Detector] = []
    for index, item in enumerate(extra):
        if isinstance(item, str):
            compiled.append(_regex_detector(f"{family}.regex_{index}", family, item))
        elif (
            isinstance(item, tuple)
            and len(item) == 2  # noqa: PLR2004
            and all(isinstance(part, str) for part in item)
        ):
            category, pattern = item
            compiled.append(
                _regex_detector(f"{family}.{category}_{index}", category, pattern)
            )
        elif isinstance(item, Detector):
            compiled.append(item)
        elif callable(item):
            name = getattr(item, "__name__", "function")
            compiled.append(
                _FunctionDetector(
                    item, category=family, rule_id=f"{family}.{name}_{index}"
                )
            )
        else:
            msg = f"extra detector #{index} has unsupported type {type(item).__name__}"
            raise TypeError(msg)
    return compiled


def _regex_detector(rule_id: str, category: str, pattern: str) -> RuleDetector:
    rule = Rule(
        id=rule_id,
        category=category,
        pattern=pattern,
        on_view=False,
        case_sensitive=True,
        max_len=DEFAULT_MAX_MATCH_LEN,
        description="user-supplied pattern",
    )
    return RuleDetector([rule], name=rule_id)


def resolve_detectors(names: Iterable[str | Detector]) -> list[Detector]:
    """Turn registered names (``"pii"``) and Detector objects into Detectors.

    Raises:
        KeyError: If a name is not registered.

    Example:
        >>> rule = Rule("d.x", "x", "x+")
        >>> resolve_detectors([RuleDetector([rule])])[0].max_match_len
        256
    """
    return [get_detector(item) if isinstance(item, str) else item for item in names]


def leak_detector(canaries: Sequence[str], system_prompt: str | None) -> Detector:
    # Imported lazily: the leak family is only needed when asked for.
    module = importlib.import_module("langchain_mistral_secure.detection.leak")
    factory = module.LeakDetector
    return cast(
        "Detector", factory(canaries=list(canaries), system_prompt=system_prompt)
    )


def content_detector(allowlist: Sequence[str]) -> Detector:
    module = importlib.import_module("langchain_mistral_secure.detection.content")
    factory = module.ContentDetector
    return cast("Detector", factory(image_host_allowlist=list(allowlist)))
