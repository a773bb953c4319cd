"""Input shapes shared by the input-side guards (sanitizer, masker).

Both guards walk the same shapes: text, ``bytes``, messages (a ``ChatMessage``
with a user role is a user turn), ``Document`` (content *and* metadata), and
dicts (keys *and* values). What is shared here is only the part that must
behave identically in both: which roles count as untrusted turns, how bytes are
decoded (UTF-8, failing closed), and how rewritten dict keys stay unique.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from langchain_core.messages import BaseMessage, ChatMessage, HumanMessage, ToolMessage

from langchain_mistral_secure._error_pickle import reduce_error

__all__ = [
    "UNTRUSTED_ROLES",
    "UndecodableInputError",
    "decode_utf8",
    "is_untrusted_turn",
    "rekey",
]

UNTRUSTED_ROLES = frozenset({"user", "human", "tool", "function"})
"""``ChatMessage`` roles whose text comes from outside (a user or a tool)."""


class UndecodableInputError(ValueError):
    """Input ``bytes`` are not valid UTF-8, so the guard refused them.

    Guards fail closed: bytes that cannot be decoded cannot be scanned, so they
    are never passed on. The message gives the byte offset, never the bytes.

    Attributes:
        position: Offset of the first invalid byte.
        length: Number of bytes in the input.

    Example:
        >>> str(UndecodableInputError(3, 5))
        'input bytes are not valid UTF-8 (first invalid byte at offset 3 of 5)'
    """

    def __init__(self, position: int, length: int) -> None:
        """Build the error from the offset of the first invalid byte."""
        self.position, self.length = position, length
        super().__init__(
            "input bytes are not valid UTF-8 "
            f"(first invalid byte at offset {position} of {length})"
        )

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle by the offsets (the error crosses process pools)."""
        return reduce_error(self, self.position, self.length)


def decode_utf8(data: bytes | bytearray | memoryview) -> str:
    """Decode ``data`` as strict UTF-8.

    Raises:
        UndecodableInputError: On any invalid byte (no replacement characters,
            no lossy fallback: undecodable input is refused).

    Example:
        >>> decode_utf8("café".encode())
        'café'
    """
    raw = bytes(data)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UndecodableInputError(exc.start, len(raw)) from None


def is_untrusted_turn(message: BaseMessage) -> bool:
    """Whether ``message`` carries text from a user or a tool.

    ``HumanMessage``, ``ToolMessage`` and a ``ChatMessage`` whose role is in
    :data:`UNTRUSTED_ROLES` (``ChatMessage(role="user")`` is a user turn).

    Example:
        >>> is_untrusted_turn(ChatMessage(role="user", content="hi"))
        True
        >>> is_untrusted_turn(ChatMessage(role="assistant", content="hi"))
        False
    """
    if isinstance(message, (HumanMessage, ToolMessage)):
        return True
    return isinstance(message, ChatMessage) and message.role.lower() in UNTRUSTED_ROLES


def rekey(
    items: Iterable[tuple[Any, Any]],
    key_fn: Callable[[str], str],
    value_fn: Callable[[Any], Any],
) -> dict[Any, Any]:
    """Rebuild a dict with rewritten string keys and values.

    Two keys rewritten to the same text (e.g. both redacted to the same
    marker) keep both values: later ones get ``#2``, ``#3``, ... appended.

    Example:
        >>> rekey({"a": 1, "b": 2}.items(), lambda k: "x", lambda v: v * 10)
        {'x': 10, 'x#2': 20}
    """
    out: dict[Any, Any] = {}
    taken: dict[Any, int] = {}  # the next suffix per rewritten key: linear time
    for key, value in items:
        new_key = key_fn(key) if isinstance(key, str) else key
        out[unique_key(out, taken, new_key)] = value_fn(value)
    return out


def unique_key(out: Mapping[Any, Any], taken: dict[Any, int], key: Any) -> Any:
    """``key``, or ``key#2``, ``key#3``... if already in ``out``.

    ``taken`` remembers the last suffix per key, so n colliding keys cost O(n),
    not O(n²).

    Example:
        >>> out, taken = {"x": 1}, {}
        >>> unique_key(out, taken, "x"), unique_key(out, taken, "y")
        ('x#2', 'y')
    """
    if key not in out:
        return key
    n = taken.get(key, 1)
    while True:
        n += 1
        candidate = f"{key}#{n}"
        if candidate not in out:
            taken[key] = n
            return candidate
