"""How the input sanitizer walks structured inputs (messages, documents, maps).

Split from :mod:`langchain_mistral_secure.sanitizer`: each input shape is
taken apart into its texts, each text is sanitized by the sanitizer's
``_text``, and the same shape is rebuilt around the results.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from langchain_core.documents import Document
from langchain_core.messages import BaseMessage
from langchain_core.prompt_values import (
    ChatPromptValue,
    PromptValue,
    StringPromptValue,
)

from langchain_mistral_secure._sanitize_results import PromptInjectionError
from langchain_mistral_secure._shapes import decode_utf8, is_untrusted_turn, rekey
from langchain_mistral_secure.detection.engine import Finding

if TYPE_CHECKING:
    from langchain_mistral_secure._sanitize_results import Policy, ScanResult


class _InputWalker:
    """Mixin of :class:`~langchain_mistral_secure.sanitizer.InputSanitizer`.

    Holds no state: the sanitizer's fields and methods it uses are declared
    for the type checker only, so pydantic sees no extra fields.
    """

    if TYPE_CHECKING:
        keys: tuple[str, ...] | None
        documents: str

        def _text(self, text: str, found: list[Finding]) -> str: ...
        def _policy_for(self, category: str) -> Policy: ...
        def scan(self, text: str) -> ScanResult: ...

    def _message(self, message: BaseMessage, found: list[Finding]) -> BaseMessage:
        # User and tool turns, ``ChatMessage(role="user")`` included.
        if not is_untrusted_turn(message):
            return message
        content = message.content
        if isinstance(content, str):
            return message.model_copy(update={"content": self._text(content, found)})
        blocks: list[str | dict[Any, Any]] = []
        for block in content:
            if isinstance(block, str):
                blocks.append(self._text(block, found))
            elif (
                isinstance(block, dict)
                and block.get("type") == "text"
                and isinstance(block.get("text"), str)
            ):
                blocks.append({**block, "text": self._text(block["text"], found)})
            else:
                blocks.append(block)
        return message.model_copy(update={"content": blocks})

    def _value(  # noqa: C901, PLR0911 - one branch per input shape
        self, value: Any, found: list[Finding], *, top: bool
    ) -> Any:
        if isinstance(value, str):
            return self._text(value, found)
        if isinstance(value, (bytes, bytearray, memoryview)):
            # Fails closed: undecodable bytes cannot be scanned, so never pass.
            return self._text(decode_utf8(value), found).encode("utf-8")
        if isinstance(value, BaseMessage):
            return self._message(value, found)
        if isinstance(value, StringPromptValue):
            return StringPromptValue(text=self._text(value.text, found))
        if isinstance(value, ChatPromptValue):
            return ChatPromptValue(
                messages=[self._message(m, found) for m in value.messages]
            )
        if isinstance(value, PromptValue):
            return value
        if isinstance(value, Document):
            # Metadata reaches prompts too (titles, sources): walk it whole.
            return value.model_copy(
                update={
                    "page_content": self._text(value.page_content, found),
                    "metadata": self._value(value.metadata, found, top=False),
                }
            )
        if isinstance(value, (list, tuple)):
            items = self._items(value, found)
            return items if isinstance(value, list) else type(value)(items)
        if isinstance(value, (set, frozenset)):
            return type(value)(self._value(item, found, top=False) for item in value)
        if isinstance(value, Mapping):
            return self._mapping(value, found, top=top)
        return self._opaque(value, found)

    def _items(self, value: Sequence[Any], found: list[Finding]) -> list[Any]:
        if self.documents != "drop":
            return [self._value(item, found, top=False) for item in value]
        items: list[Any] = []
        for item in value:
            if not isinstance(item, Document):
                items.append(self._value(item, found, top=False))
                continue
            local: list[Finding] = []
            try:
                walked = self._value(item, local, top=False)
            except PromptInjectionError as exc:
                found.extend(exc.findings)
                continue  # a blocked document is dropped, not the request
            found.extend(local)
            if any(self._policy_for(f.category) != "flag" for f in local):
                continue  # a poisoned document is dropped, not redacted
            items.append(walked)
        return items

    def _opaque(self, value: Any, found: list[Finding]) -> Any:
        """A value this walker cannot rewrite passes only if its text is clean."""
        if value is None or isinstance(value, (bool, int, float)):
            return value
        result = self.scan(str(value))
        if result.findings:
            # Fails closed: flagged text inside an object we cannot rewrite.
            found.extend(result.findings)
            raise PromptInjectionError(result.findings)
        return value

    def _mapping(
        self, value: Mapping[Any, Any], found: list[Finding], *, top: bool
    ) -> dict[Any, Any]:
        # ``keys`` selects top-level keys only; nested mappings are walked
        # whole (keys too), so text cannot hide one level down or in a key.
        if top and self.keys is not None:
            return {
                key: self._value(item, found, top=False) if key in self.keys else item
                for key, item in value.items()
            }
        return rekey(
            value.items(),
            lambda key: self._text(key, found),
            lambda item: self._value(item, found, top=False),
        )
