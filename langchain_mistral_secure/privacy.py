"""PIIMasker: reversible pseudonymization before the model, restoration after.

The masker replaces personal data in the prompt with consistent placeholders
(``<EMAIL_1>``, ``<PHONE_2>``) so it never leaves your infrastructure; the same
value gets the same placeholder within a session, and numbering never collides
across prompts. :meth:`PIIMasker.restorer` returns a Runnable that puts the
originals back into the model's answer, also while it streams.

The mapping lives in memory, per session, with an optional time-to-live. It is
never logged (reprs show counts only) and serialized only on explicit request
(:meth:`PIIMasker.export_mapping`).

Sessions: an explicit ``configurable.session_id`` names one. Without it, the
session is scoped to the chain invocation (the parent run that the masker and
its restorer share in ``masker | ... | masker.restorer()``), so two users'
requests never share a mapping; it is dropped when the restorer finishes, or
``run_ttl`` seconds later. A masker or restorer invoked on its own (no parent
run) uses the instance's :data:`DEFAULT_SESSION`.

Placeholder-shaped text already present in the masker's *input* (a user typing
``<EMAIL_1>``) is neutralized: its ``<``/``>`` become the single angle quotation
marks U+2039/U+203A, which no restorer resolves, so it can never name a mapping
entry.

The masker is split by what each part handles: sessions and placeholder
shapes (``_privacy_sessions``), the settings and mapping tables
(``_privacy_mapping``), restoring a stream (``_privacy_restore``) and, here,
masking and restoring values.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import Any

from langchain_core.callbacks import (
    AsyncCallbackManagerForChainRun,
    CallbackManagerForChainRun,
)
from langchain_core.documents import Document
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.prompt_values import ChatPromptValue, PromptValue, StringPromptValue
from langchain_core.runnables import RunnableConfig

from langchain_mistral_secure._events import adispatch_findings
from langchain_mistral_secure._privacy_mapping import _PIIMapping
from langchain_mistral_secure._privacy_restore import PIIRestorer
from langchain_mistral_secure._privacy_restore import (
    _RestoreWindow as _RestoreWindow,  # noqa: PLC0414 - _guard_stream imports it here
)
from langchain_mistral_secure._privacy_sessions import (
    DEFAULT_SESSION,
    SessionKey,
    _escape_spans,
    _merge_spans,
    _scoped,
    _session_id,
    neutralize_placeholders,
)
from langchain_mistral_secure._runnable import InvokeRunnable, with_doc
from langchain_mistral_secure._shapes import decode_utf8, rekey
from langchain_mistral_secure.detection.engine import Finding, detect_all
from langchain_mistral_secure.streaming import splice

__all__ = [
    "DEFAULT_SESSION",
    "PIIMasker",
    "PIIRestorer",
    "SessionKey",
    "neutralize_placeholders",
]


class PIIMasker(_PIIMapping):
    r"""Replaces PII in the input with consistent, reversible placeholders.

    Accepts ``str``, ``bytes`` (strict UTF-8; invalid bytes raise
    :class:`~langchain_mistral_secure._shapes.UndecodableInputError`), ``dict``
    (keys and values), a message or list of messages (any role, ``ChatMessage``
    included), a ``Document`` (``page_content`` and ``metadata``), or a
    ``PromptValue``, and returns the same shape. Pair it with :meth:`restorer`
    after the model::

        chain = masker | prompt | llm | masker.restorer()

    Sessions: the mapping is kept per ``config["configurable"]["session_id"]``.
    Without one, it is scoped to the chain invocation: the masker and its
    restorer in one ``masker | ... | masker.restorer()`` sequence share their
    parent run, so each invocation (each user, each ``batch`` item) gets its own
    mapping, dropped when the restorer finishes or ``run_ttl`` seconds after
    its last use. Only a masker or restorer invoked on its own (no parent run)
    uses this instance's ``"default"`` session. If the masker runs nested (inside
    a dict/``RunnableParallel`` step or a sub-chain) its parent differs from the
    restorer's: pass a ``session_id`` then. With ``ttl`` set, a session's values
    are forgotten that many seconds after its last use (numbering keeps
    counting, so an old placeholder never points at a new value).

    Placeholder-shaped text in the input (``<EMAIL_1>`` typed by a user) is
    neutralized (``<``/``>`` become U+2039/U+203A) before masking, so it cannot
    refer to a value of the mapping.

    Args:
        detectors: Registered detector names or Detectors; default ``["pii"]``
            (plus ``"secrets"`` with ``include_secrets=True``).
        include_secrets: Also mask secrets (keys, tokens).
        categories: Only mask these categories (default: all found).
        extra_detectors: More detectors (regex strings, ``(category, pattern)``
            pairs, callables, Detectors), as for the redactor.
        ttl: Seconds a session's mapping lives after its last use; ``None``
            keeps it until :meth:`clear`.
        run_ttl: Seconds a run-scoped session (no ``session_id``, inside a
            chain) lives after its last use if its restorer never finishes.
        vault: An :class:`~langchain_mistral_secure.stores.EncryptedVault`
            shared by replicas. Sessions named by a ``session_id`` then live
            there too, encrypted with a TTL: a placeholder masked on one replica
            is restored on another. Placeholders become keyed numbers
            (``<EMAIL_482139071>``), the same on every replica, so no counter
            needs coordinating. Run-scoped sessions stay in this process.

    Example:
        >>> from langchain_mistral_secure.detection.engine import Rule, RuleDetector
        >>> pattern = r"[a-z]+@[a-z]+\.com"
        >>> det = RuleDetector([Rule("d.e", "email", pattern, max_len=40)])
        >>> masker = PIIMasker(detectors=[det])
        >>> masker.invoke("write to ann@corp.com")
        'write to <EMAIL_1>'
        >>> masker.restorer().invoke("I wrote to <EMAIL_1>.")
        'I wrote to ann@corp.com.'
    """

    def __repr__(self) -> str:
        """Counts only: never a value or placeholder of the mapping."""
        with self._lock:
            sessions = len(self._sessions)
            entries = sum(len(s.by_value) for s in self._sessions.values())
        return (
            f"PIIMasker(detectors={len(self._detectors)}, sessions={sessions}, "
            f"entries={entries}, ttl={self.ttl})"
        )

    __str__ = __repr__

    # ---------------------------------------------------------------- masking

    def mask_text(
        self,
        text: str,
        session_id: SessionKey = DEFAULT_SESSION,
        *,
        sink: list[Finding] | None = None,
    ) -> str:
        r"""Mask one text in a session.

        Placeholder-shaped text already in ``text`` is neutralized
        (its ``<``/``>`` become U+2039/U+203A), so it cannot name a mapping
        entry.

        Raises:
            DetectionError: If a detector fails (the text is not passed on).

        Example:
            >>> from langchain_mistral_secure.detection.engine import Rule, RuleDetector
            >>> rule = Rule("d.p", "phone", r"\b\d{3}-\d{4}\b", max_len=8)
            >>> det = RuleDetector([rule])
            >>> PIIMasker(detectors=[det]).mask_text("555-1234 or 555-1234")
            '<PHONE_1> or <PHONE_1>'
        """
        if not text:
            return text
        findings = detect_all(text, self._detectors)
        if self.categories is not None:
            wanted = set(self.categories)
            findings = [f for f in findings if f.category in wanted]
        escapes = list(_escape_spans(text)) if "<" in text else []
        if not findings:
            return splice(text, escapes) if escapes else text
        if sink is not None:
            sink.extend(findings)
        session = self._session(session_id)
        new: dict[str, str] = {}
        shared = (
            (session_id, new)
            if self.vault is not None and isinstance(session_id, str)
            else None
        )
        spans = [
            (
                f.start,
                f.end,
                self._placeholder(session, f.category, text[f.start : f.end], shared),
            )
            for f in findings
        ]
        if new:  # one write per text, outside the lock: the vault may be remote
            self.vault.put(session_id, new)
        return splice(text, _merge_spans(spans, escapes))

    def _mask_content(self, content: Any, sid: SessionKey, sink: list[Finding]) -> Any:
        if isinstance(content, str):
            return self.mask_text(content, sid, sink=sink)
        if isinstance(content, list):
            out: list[Any] = []
            for block in content:
                if isinstance(block, str):
                    out.append(self.mask_text(block, sid, sink=sink))
                elif isinstance(block, dict) and isinstance(block.get("text"), str):
                    out.append(
                        {**block, "text": self.mask_text(block["text"], sid, sink=sink)}
                    )
                else:
                    out.append(block)
            return out
        return content

    def _mask_message(
        self, message: BaseMessage, sid: SessionKey, sink: list[Finding]
    ) -> Any:
        update: dict[str, Any] = {
            "content": self._mask_content(message.content, sid, sink)
        }
        if isinstance(message, AIMessage) and message.tool_calls:
            update["tool_calls"] = [
                {**call, "args": self._mask_obj(call["args"], sid, sink)}
                for call in message.tool_calls
            ]
        return message.model_copy(update=update)

    def _mask_obj(self, value: Any, sid: SessionKey, sink: list[Finding]) -> Any:
        """Mask a JSON-like value: strings, dict keys and values, list items."""
        if isinstance(value, str):
            return self.mask_text(value, sid, sink=sink)
        if isinstance(value, dict):
            return rekey(
                value.items(),
                lambda key: self.mask_text(key, sid, sink=sink),
                lambda item: self._mask_obj(item, sid, sink),
            )
        if isinstance(value, list):
            return [self._mask_obj(v, sid, sink) for v in value]
        return value

    def _mask_prompt(
        self, value: PromptValue, sid: SessionKey, sink: list[Finding]
    ) -> Any:
        if isinstance(value, StringPromptValue):
            return StringPromptValue(text=self.mask_text(value.text, sid, sink=sink))
        return ChatPromptValue(
            messages=[self._mask_message(m, sid, sink) for m in value.to_messages()]
        )

    def _mask_any(self, value: Any, sid: SessionKey, sink: list[Finding]) -> Any:
        if isinstance(value, str):
            out: Any = self.mask_text(value, sid, sink=sink)
        elif isinstance(value, (bytes, bytearray, memoryview)):
            # Fails closed: undecodable bytes cannot be scanned, so never pass.
            out = self.mask_text(decode_utf8(value), sid, sink=sink).encode("utf-8")
        elif isinstance(value, BaseMessage):
            out = self._mask_message(value, sid, sink)
        elif isinstance(value, PromptValue):
            out = self._mask_prompt(value, sid, sink)
        elif isinstance(value, Document):
            out = value.model_copy(
                update={
                    "page_content": self.mask_text(value.page_content, sid, sink=sink),
                    "metadata": self._mask_any(value.metadata, sid, sink),
                }
            )
        elif isinstance(value, Mapping):
            out = rekey(
                value.items(),
                lambda key: self.mask_text(key, sid, sink=sink),
                lambda item: self._mask_any(item, sid, sink),
            )
        elif isinstance(value, (list, tuple, set, frozenset)):
            out = type(value)(self._mask_any(v, sid, sink) for v in value)
        elif value is None or isinstance(value, (bool, int, float)):
            out = value
        elif detect_all(str(value), self._detectors):
            # Fails closed: PII inside an object this masker cannot rewrite.
            msg = (
                f"PIIMasker cannot mask inside a {type(value).__name__}; "
                "pass its text, a dict or a Document instead"
            )
            raise TypeError(msg)
        else:
            out = value
        return out

    def mask(self, value: Any, session_id: SessionKey = DEFAULT_SESSION) -> Any:
        r"""Mask any supported input shape in a session; return the same shape.

        The shapes are those of :meth:`invoke`: ``str``, ``bytes`` (strict
        UTF-8), messages, ``PromptValue``, ``Document`` (``page_content`` and
        ``metadata``), and dicts/lists/tuples (dict keys too), walked
        recursively. No callback fires: this is the method other guards (the
        agent middleware) call directly.

        Raises:
            DetectionError: If a detector fails (nothing is passed on).
            UndecodableInputError: If ``bytes`` are not valid UTF-8.

        Example:
            >>> from langchain_mistral_secure.detection.engine import Rule, RuleDetector
            >>> det = RuleDetector([Rule("d.e", "email", r"[a-z]+@[a-z]+\.com", max_len=40)])
            >>> PIIMasker(detectors=[det]).mask({"ann@corp.com": [b"ann@corp.com"]})
            {'<EMAIL_1>': [b'<EMAIL_1>']}
        """  # noqa: E501
        return self._mask_any(value, session_id, [])

    def _process(self, value: Any, sink: list[Finding], config: RunnableConfig) -> Any:
        return self._mask_any(value, _session_id(config), sink)

    def _invoke(
        self,
        value: Any,
        run_manager: CallbackManagerForChainRun,
        config: RunnableConfig,
    ) -> Any:
        return super()._invoke(value, run_manager, _scoped(config, run_manager))

    async def _ainvoke(
        self,
        value: Any,
        run_manager: AsyncCallbackManagerForChainRun,
        config: RunnableConfig,
    ) -> Any:
        scoped = _scoped(config, run_manager)
        if self.vault is None:
            return await super()._ainvoke(value, run_manager, scoped)
        # The vault may be a network store: its writes run off the event loop.
        sink: list[Finding] = []
        try:
            return await asyncio.to_thread(self._process, value, sink, scoped)
        finally:
            await adispatch_findings(self._component, sink, scoped)

    invoke = with_doc(
        InvokeRunnable.invoke,
        "Mask PII in ``input`` (str, dict, messages or PromptValue).",
    )

    # -------------------------------------------------------------- restoring

    def restorer(self, session_id: str | None = None) -> PIIRestorer:
        """A Runnable that restores this masker's placeholders in the answer.

        Args:
            session_id: A fixed session; by default the restorer reads
                ``configurable.session_id`` from its config, like the masker.

        Example:
            >>> PIIMasker(detectors=[]).restorer().invoke("nothing to restore")
            'nothing to restore'
        """
        restorer = PIIRestorer(session_id=session_id)
        restorer._masker = self  # noqa: SLF001
        return restorer
