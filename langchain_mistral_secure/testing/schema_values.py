"""Deterministic values that satisfy a JSON schema, for a fake model's answers.

:func:`value_for_schema` walks a JSON schema (the ``parameters`` of a tool or
the ``schema`` of a ``json_schema`` response format) and builds one value that
validates against it: every required property, ``enum``/``const``, numeric
bounds, string lengths and common ``format`` values, arrays with ``minItems``,
nested objects, ``$ref`` into ``$defs``/``definitions``, ``anyOf``/``oneOf``
(the first non-null branch) and ``allOf`` (merged).

A real model fills arguments from the conversation, so the generator takes
:class:`Hints` drawn from the user's text: numbers fill numeric fields in the
order they appear (when they fit the field's bounds) and quoted phrases fill
string fields in order. Everything else comes from the field's name, so the
same request always yields the same value. ``pattern`` is not honoured (no
regex inversion); such fields get the ordinary string value.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import re2

__all__ = ["Hints", "value_for_schema"]

# Numbers as a person types them: "3", "-2", "4.5".
_NUMBER = re2.compile(r"-?\d+(?:\.\d+)?")
# A quoted phrase; the opening quote must not follow a letter, so the
# apostrophe of "what's" does not open one.
_QUOTED = re2.compile(r"(?:^|[^\w])(?:'([^'\n]+)'|\"([^\"\n]+)\"|`([^`\n]+)`)")
_IDENTIFIER = re2.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_MAX_DEPTH = 12
_FORMAT_VALUES: Mapping[str, str] = {
    "date": "2024-01-01",
    "date-time": "2024-01-01T00:00:00Z",
    "time": "00:00:00Z",
    "duration": "P1D",
    "email": "user@example.com",
    "idn-email": "user@example.com",
    "hostname": "example.com",
    "idn-hostname": "example.com",
    "ipv4": "192.0.2.1",
    "ipv6": "2001:db8::1",
    "uri": "https://example.com/",
    "iri": "https://example.com/",
    "uri-reference": "https://example.com/",
    "url": "https://example.com/",
    "uuid": "00000000-0000-4000-8000-000000000000",
}


@dataclass
class Hints:
    """Values taken from the conversation, consumed in order as fields are filled.

    Attributes:
        numbers: Numbers found in the text, first to last.
        phrases: Quoted phrases found in the text, first to last.

    Example:
        >>> hints = Hints.from_text("Add 2 and 40 for 'Ada'")
        >>> hints.numbers, hints.phrases
        ([2.0, 40.0], ['Ada'])
    """

    numbers: list[float] = field(default_factory=list)
    phrases: list[str] = field(default_factory=list)

    @classmethod
    def from_text(cls, text: str) -> Hints:
        """Collect the numbers and quoted phrases of ``text``.

        Args:
            text: What the user wrote.

        Returns:
            The hints, in the order they appear.

        Example:
            >>> Hints.from_text("magic_function(3)").numbers
            [3.0]
        """
        numbers = [float(m.group(0)) for m in _NUMBER.finditer(text)]
        phrases = [
            next(g for g in m.groups() if g is not None) for m in _QUOTED.finditer(text)
        ]
        return cls(numbers=numbers, phrases=phrases)

    def identifiers(self) -> list[str]:
        """The quoted phrases that could be JSON keys (``'setup'``, ``"name"``).

        Returns:
            Unique identifier-like phrases in order.

        Example:
            >>> Hints.from_text("with 'setup' and 'punchline' keys").identifiers()
            ['setup', 'punchline']
        """
        seen: dict[str, None] = {}
        for phrase in self.phrases:
            if _IDENTIFIER.match(phrase):
                seen.setdefault(phrase, None)
        return list(seen)

    def take_number(self, low: float, high: float, *, integer: bool) -> float | None:
        """Pop the first number in ``[low, high]`` (an integer if asked), if any."""
        for i, number in enumerate(self.numbers):
            if low <= number <= high and (not integer or number.is_integer()):
                return self.numbers.pop(i)
        return None

    def take_phrase(self) -> str | None:
        """Pop the next quoted phrase, if any."""
        return self.phrases.pop(0) if self.phrases else None


def value_for_schema(
    schema: Mapping[str, Any],
    hints: Hints | None = None,
    *,
    name: str = "value",
) -> Any:
    """Build one value that validates against ``schema``, deterministically.

    Args:
        schema: A JSON schema (draft 2020-12 or 7 style, as pydantic and
            LangChain produce them).
        hints: Numbers and quoted phrases from the conversation to use first.
            Consumed as fields are filled.
        name: The field name, used to make string values readable.

    Returns:
        A JSON-compatible value.

    Raises:
        ValueError: If the schema nests deeper than the generator follows, or
            asks for something impossible (e.g. ``minimum`` above ``maximum``).

    Example:
        >>> schema = {
        ...     "type": "object",
        ...     "properties": {
        ...         "city": {"type": "string"},
        ...         "days": {"type": "integer", "minimum": 1},
        ...         "unit": {"enum": ["C", "F"]},
        ...     },
        ...     "required": ["city", "days"],
        ... }
        >>> value_for_schema(schema, Hints.from_text("'Paris' for 3 days"))
        {'city': 'Paris', 'days': 3, 'unit': 'C'}
    """
    walker = _Walker(root=schema, hints=hints or Hints())
    return walker.value(schema, name, depth=0)


@dataclass
class _Walker:
    root: Mapping[str, Any]
    hints: Hints

    def value(self, schema: Any, name: str, *, depth: int) -> Any:
        if depth > _MAX_DEPTH:
            msg = "schema nests too deep for the fake's value generator"
            raise ValueError(msg)
        if schema is True or not isinstance(schema, Mapping):
            return self.string({}, name)
        schema = self.resolve(schema, depth)
        if "const" in schema:
            return schema["const"]
        if isinstance(schema.get("enum"), list) and schema["enum"]:
            return self.enum(schema["enum"])
        for key in ("anyOf", "oneOf"):
            branches = schema.get(key)
            if isinstance(branches, list) and branches:
                return self.value(_first_non_null(branches), name, depth=depth + 1)
        return self.typed(schema, name, depth)

    def typed(self, schema: Mapping[str, Any], name: str, depth: int) -> Any:  # noqa: PLR0911 - one return per JSON type
        kind = _type_of(schema)
        if kind == "object":
            return self.object(schema, depth)
        if kind == "array":
            return self.array(schema, name, depth)
        if kind == "integer":
            return int(self.number(schema, integer=True))
        if kind == "number":
            return self.number(schema, integer=False)
        if kind == "boolean":
            return True
        if kind == "null":
            return None
        return self.string(schema, name)

    def resolve(self, schema: Mapping[str, Any], depth: int) -> Mapping[str, Any]:
        ref = schema.get("$ref")
        if isinstance(ref, str):
            target = self.lookup(ref)
            merged = {**target, **{k: v for k, v in schema.items() if k != "$ref"}}
            return self.resolve(merged, depth + 1) if depth < _MAX_DEPTH else merged
        parts = schema.get("allOf")
        if isinstance(parts, list) and parts:
            merged = {k: v for k, v in schema.items() if k != "allOf"}
            properties = dict(merged.get("properties") or {})
            required = list(merged.get("required") or [])
            for part in parts:
                resolved = self.resolve(part, depth + 1)
                for key, val in resolved.items():
                    merged.setdefault(key, val)
                properties.update(resolved.get("properties") or {})
                required.extend(resolved.get("required") or [])
            if properties:
                merged["properties"] = properties
                merged["required"] = required
            return merged
        return schema

    def lookup(self, ref: str) -> Mapping[str, Any]:
        if not ref.startswith("#"):
            msg = "only local $ref pointers are supported"
            raise ValueError(msg)
        node: Any = self.root
        for part in filter(None, ref[1:].split("/")):
            key = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(node, Mapping) or key not in node:
                msg = "a $ref points to nothing in the schema"
                raise ValueError(msg)
            node = node[key]
        if not isinstance(node, Mapping):
            msg = "a $ref points to a non-schema"
            raise ValueError(msg)  # noqa: TRY004 - callers catch ValueError
        return node

    def enum(self, options: list[Any]) -> Any:
        # A value the user named wins, as a model would pick it.
        for i, phrase in enumerate(self.hints.phrases):
            if phrase in options:
                return self.hints.phrases.pop(i)
        return options[0]

    def object(self, schema: Mapping[str, Any], depth: int) -> dict[str, Any]:
        properties = schema.get("properties") or {}
        required = set(schema.get("required") or ())
        result: dict[str, Any] = {}
        for key, sub in properties.items():
            # Deep in a recursive schema only what is required is filled.
            if key in required or depth < _MAX_DEPTH // 2:
                result[key] = self.value(sub, key, depth=depth + 1)
        extra_schema = schema.get("additionalProperties")
        for key in sorted(required - set(result)):
            result[key] = self.value(extra_schema or {}, key, depth=depth + 1)
        return result

    def array(self, schema: Mapping[str, Any], name: str, depth: int) -> list[Any]:
        low = int(schema.get("minItems") or 0)
        high = schema.get("maxItems")
        prefix = schema.get("prefixItems")
        items = schema.get("items")
        if isinstance(items, list):  # draft 7 tuple form
            prefix, items = items, schema.get("additionalItems")
        result = [
            self.value(sub, name, depth=depth + 1)
            for sub in (prefix if isinstance(prefix, list) else [])
        ]
        count = max(low, 1 if depth < _MAX_DEPTH // 2 else 0)
        if high is not None:
            count = min(count, int(high))
        while len(result) < count and items is not False:
            item = self.value(items if items is not None else {}, name, depth=depth + 1)
            if schema.get("uniqueItems") and item in result:
                item = _distinct(item, len(result))
            result.append(item)
        return result

    def number(self, schema: Mapping[str, Any], *, integer: bool) -> float:
        low = float(schema.get("minimum", -math.inf))
        high = float(schema.get("maximum", math.inf))
        step = 1.0 if integer else 0.5
        if "exclusiveMinimum" in schema and not isinstance(
            schema["exclusiveMinimum"], bool
        ):
            low = max(low, float(schema["exclusiveMinimum"]) + step)
        if "exclusiveMaximum" in schema and not isinstance(
            schema["exclusiveMaximum"], bool
        ):
            high = min(high, float(schema["exclusiveMaximum"]) - step)
        if integer:
            low = float(math.ceil(low)) if math.isfinite(low) else low
            high = float(math.floor(high)) if math.isfinite(high) else high
        if low > high:
            msg = "a numeric field's bounds leave no value"
            raise ValueError(msg)
        multiple = schema.get("multipleOf")
        hinted = self.hints.take_number(low, high, integer=integer)
        if hinted is not None and (not multiple or _is_multiple(hinted, multiple)):
            return hinted
        if not multiple:
            return min(max(1.0, low), high)
        step = float(multiple)
        if low <= 0 <= high:
            candidate = 0.0
        elif low > 0:
            candidate = math.ceil(low / step) * step
        else:
            candidate = math.floor(high / step) * step
        if not low <= candidate <= high:
            msg = "no multiple of multipleOf fits the bounds"
            raise ValueError(msg)
        return candidate

    def string(self, schema: Mapping[str, Any], name: str) -> str:
        fmt = schema.get("format")
        text = _FORMAT_VALUES.get(fmt) if isinstance(fmt, str) else None
        if text is None:
            text = self.hints.take_phrase() or f"sample {name}".replace("_", " ")
        low = int(schema.get("minLength") or 0)
        high = schema.get("maxLength")
        if len(text) < low:
            text += "x" * (low - len(text))
        if high is not None:
            text = text[: int(high)]
        return text


def _type_of(schema: Mapping[str, Any]) -> str:
    kind = schema.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"] or ["null"]
        kind = kinds[0]
    if isinstance(kind, str):
        return kind
    if "properties" in schema or "additionalProperties" in schema:
        return "object"
    if "items" in schema or "prefixItems" in schema:
        return "array"
    return "string"


def _first_non_null(branches: list[Any]) -> Any:
    for branch in branches:
        if not (isinstance(branch, Mapping) and branch.get("type") == "null"):
            return branch
    return branches[0]


def _is_multiple(value: float, multiple: float) -> bool:
    quotient = value / multiple
    return math.isclose(quotient, round(quotient))


def _distinct(item: Any, index: int) -> Any:
    if isinstance(item, bool):
        return not item
    if isinstance(item, (int, float)):
        return item + index
    if isinstance(item, str):
        return f"{item} {index}"
    return item
