"""JSON parsed as key/value pairs, so a duplicate key cannot hide a value.

``json.loads`` keeps only the last of two equal keys, while a consumer may keep
the first: the redactor parses tool-call arguments into :class:`JsonPairs`,
redacts every pair, and writes them all back.
"""

from __future__ import annotations

import json
from typing import Any

__all__ = ["JsonPairs", "dumps_json_pairs", "loads_json_pairs"]


class JsonPairs(list):  # type: ignore[type-arg]
    """A parsed JSON object as its ``(key, value)`` pairs, duplicates kept.

    ``json.loads`` keeps only the last of two equal keys; a consumer may keep
    the first. Parsing into pairs lets the redactor see (and redact) both.
    """

    __slots__ = ()


def loads_json_pairs(text: str) -> Any:
    """Parse ``text`` as JSON with objects as :class:`JsonPairs`; ``None`` if not.

    Only texts that start with ``{`` or ``[`` are tried.

    Example:
        >>> loads_json_pairs('{"a": 1, "a": 2}')
        [('a', 1), ('a', 2)]
        >>> loads_json_pairs("plain") is None
        True
    """
    if text.lstrip()[:1] not in ("{", "["):
        return None
    try:
        return json.loads(text, object_pairs_hook=JsonPairs)
    except (ValueError, RecursionError):
        return None


def dumps_json_pairs(value: Any) -> str:
    """Serialize a value from :func:`loads_json_pairs` (duplicate keys kept).

    Example:
        >>> dumps_json_pairs(loads_json_pairs('{"a": [1, "x"], "a": null}'))
        '{"a": [1, "x"], "a": null}'
    """
    pieces: list[str] = []
    _dump_into(value, pieces)
    return "".join(pieces)


def _dump_into(value: Any, pieces: list[str]) -> None:
    if isinstance(value, JsonPairs):
        pieces.append("{")
        for i, (key, item) in enumerate(value):
            if i:
                pieces.append(", ")
            pieces.append(json.dumps(str(key), ensure_ascii=False))
            pieces.append(": ")
            _dump_into(item, pieces)
        pieces.append("}")
    elif isinstance(value, dict):
        _dump_into(JsonPairs(value.items()), pieces)
    elif isinstance(value, (list, tuple)):
        pieces.append("[")
        for i, item in enumerate(value):
            if i:
                pieces.append(", ")
            _dump_into(item, pieces)
        pieces.append("]")
    else:
        pieces.append(json.dumps(value, ensure_ascii=False))
