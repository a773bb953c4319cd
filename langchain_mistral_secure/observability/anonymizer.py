"""A LangSmith anonymizer built from the package's detectors: traces hold no PII.

LangSmith's client runs an *anonymizer* on every run's inputs, outputs,
metadata and error before it uploads them (``langsmith.Client(anonymizer=...)``
takes any ``Callable[[dict], dict]``). :class:`TraceAnonymizer` is one: it walks
the whole payload (dict keys and values, lists, nested messages, tool calls,
generations) and replaces every span the shared detectors find (PII, secrets,
and canaries or system-prompt text when given) with a typed placeholder such as
``[EMAIL]``, plus the log scrubber's patterns for credentials next to their
names (``Authorization: Bearer ...``, ``api_key=...``).

It fails closed, where LangSmith's own ``create_anonymizer`` does not:

* a string whose detection raises becomes ``[REDACTED]``;
* there is no depth limit that lets deep values through: past ``max_depth`` a
  whole subtree becomes ``[REDACTED]``;
* a value that is not JSON (bytes, objects) is scanned as its text.

Benign strings are returned unchanged (the same object), and each string is
scanned once, in linear time.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from langchain_mistral_secure._shapes import unique_key
from langchain_mistral_secure.detection.engine import (
    DetectionError,
    Detector,
    detect_all,
)
from langchain_mistral_secure.logs import SecretScrubbingFilter
from langchain_mistral_secure.prompts import CANARY_METADATA_KEY
from langchain_mistral_secure.redactor import placeholder_name, resolve_detectors
from langchain_mistral_secure.streaming import splice

__all__ = [
    "DEFAULT_TRACE_DETECTORS",
    "TraceAnonymizer",
    "secure_langsmith_client",
]

DEFAULT_TRACE_DETECTORS: tuple[str, ...] = ("pii", "secrets")
"""Registered detector families a :class:`TraceAnonymizer` runs by default."""

_FAILED = "[REDACTED]"
_DEFAULT_MAX_DEPTH = 64
# Numbers below a million are counts, not identifiers: not worth a scan.
_SHORTEST_IDENTIFIER = 1_000_000


class TraceAnonymizer:
    """Redacts PII, secrets and canaries from LangSmith run payloads.

    Pass an instance as ``langsmith.Client(anonymizer=...)`` (or use
    :func:`secure_langsmith_client`); every trace the client uploads, from
    LangChain's tracer or ``@traceable``, goes through it.

    Args:
        detectors: Registered detector names or :class:`Detector` objects.
            Default: :data:`DEFAULT_TRACE_DETECTORS`.
        canaries: Canary tokens to redact (e.g. a ``SafePromptTemplate``'s).
        system_prompt: A system prompt whose verbatim reuse is redacted.
        max_depth: Nesting depth past which a whole subtree is replaced.

    Example:
        >>> anonymize = TraceAnonymizer()
        >>> anonymize({"inputs": {"question": "mail me at jane@example.com"}})
        {'inputs': {'question': 'mail me at [EMAIL]'}}
    """

    def __init__(
        self,
        detectors: Iterable[str | Detector] = DEFAULT_TRACE_DETECTORS,
        *,
        canaries: Sequence[str] = (),
        system_prompt: str | None = None,
        max_depth: int = _DEFAULT_MAX_DEPTH,
    ) -> None:
        """Resolve the detectors once; the arguments are described on the class."""
        found = resolve_detectors(detectors)
        if canaries or system_prompt:
            from langchain_mistral_secure.detection.leak import (  # noqa: PLC0415
                LeakDetector,
            )

            found.append(LeakDetector(canaries=canaries, system_prompt=system_prompt))
        self._detectors: list[Detector] = found
        self._scrubber = SecretScrubbingFilter(detectors=[])
        self.max_depth = max_depth

    @classmethod
    def from_template(cls, template: Any, **kwargs: Any) -> TraceAnonymizer:
        """Build an anonymizer that also redacts a template's canary and system prompt.

        Args:
            template: A ``SafePromptTemplate`` (anything with ``canary`` and
                ``system`` string attributes).
            **kwargs: Passed to the constructor.

        Returns:
            The anonymizer.

        Example:
            >>> from langchain_mistral_secure import SafePromptTemplate
            >>> prompt = SafePromptTemplate.from_system("Be brief.", canary="c-5f2e9a")
            >>> TraceAnonymizer.from_template(prompt).redact_text("saw c-5f2e9a")
            'saw [CANARY]'
        """
        canary = getattr(template, "canary", None)
        system = getattr(template, "system", None)
        canaries = [*kwargs.pop("canaries", ()), *([canary] if canary else [])]
        return cls(
            canaries=canaries,
            system_prompt=kwargs.pop("system_prompt", None) or system,
            **kwargs,
        )

    def __repr__(self) -> str:
        """Counts only: no canary or prompt text."""
        return f"TraceAnonymizer(detectors={len(self._detectors)})"

    def __call__(self, data: dict[str, Any]) -> dict[str, Any]:
        """Return ``data`` with every sensitive span replaced (LangSmith's hook).

        Args:
            data: A run's inputs, outputs, metadata or ``{"error": ...}``.

        Returns:
            The redacted payload (a dict, as LangSmith expects).
        """
        result = self.anonymize(data)
        return result if isinstance(result, dict) else {"value": result}

    def anonymize(self, value: Any) -> Any:
        """Redact any JSON-like value: dicts (keys too), lists, strings.

        Args:
            value: The value to walk.

        Returns:
            A redacted copy (unchanged strings are the same objects).

        Example:
            >>> TraceAnonymizer().anonymize(["ok", {"jane@example.com": 1}])
            ['ok', {'[EMAIL]': 1}]
        """
        try:
            return self._walk(value, 0)
        except Exception:  # noqa: BLE001 - fail closed, whatever went wrong
            return _FAILED

    def redact_text(self, text: str) -> str:
        """Redact one string; ``[REDACTED]`` as a whole if a detector fails.

        Args:
            text: Any text.

        Returns:
            The text with typed placeholders for every finding.

        Example:
            >>> TraceAnonymizer().redact_text("card 4111 1111 1111 1111")
            'card [CREDIT_CARD]'
        """
        if not text:
            return text
        # Credentials next to their names first (``Bearer ...``), then the
        # detectors on the rest; placeholders never match a detector.
        text = self._scrubber.scrub(text)
        try:
            findings = detect_all(text, self._detectors)
        except DetectionError:
            return _FAILED
        if not findings:
            return text
        return splice(
            text,
            [(f.start, f.end, f"[{placeholder_name(f.category)}]") for f in findings],
        )

    def _walk(self, value: Any, depth: int) -> Any:  # noqa: PLR0911 - one per type
        if depth > self.max_depth:
            return _FAILED
        if isinstance(value, str):
            return self.redact_text(value)
        if value is None or isinstance(value, bool):
            return value
        if isinstance(value, float):
            # An integral float such as 4111111111111111.0 is a number too.
            if not value.is_integer():
                return value
            number = self._number(int(value))
            return value if isinstance(number, int) else number
        if isinstance(value, int):
            return self._number(value)
        if isinstance(value, Mapping):
            return self._walk_mapping(value, depth)
        if isinstance(value, (list, tuple, set, frozenset)):
            return [self._walk(item, depth + 1) for item in value]
        try:
            text = (
                bytes(value).decode("utf-8", "replace")
                if isinstance(value, (bytes, bytearray))
                else str(value)
            )
        except Exception:  # noqa: BLE001 - an unprintable object: withhold it
            return _FAILED
        return self.redact_text(text)

    def _number(self, value: int) -> int | str:
        # A card or phone number sent as a JSON number is still a card number.
        if -_SHORTEST_IDENTIFIER < value < _SHORTEST_IDENTIFIER:
            return value
        text = str(value)
        redacted = self.redact_text(text)
        return value if redacted == text else redacted

    def _walk_key(self, key: Any) -> Any:
        if isinstance(key, str):
            return self.redact_text(key)
        if isinstance(key, int) and not isinstance(key, bool):
            return self._number(key)  # a card number as a dict key
        return key

    def _walk_mapping(self, value: Mapping[Any, Any], depth: int) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        taken: dict[Any, int] = {}
        for key, item in value.items():
            new_key = self._walk_key(key)
            # Two keys redacted to one placeholder keep both values.
            new_key = unique_key(result, taken, new_key)
            # The template puts its canary in run metadata under a known key.
            result[new_key] = (
                _FAILED if key == CANARY_METADATA_KEY else self._walk(item, depth + 1)
            )
        return result


def secure_langsmith_client(
    anonymizer: Callable[[dict[str, Any]], dict[str, Any]] | None = None,
    **client_kwargs: Any,
) -> Any:
    """Build a ``langsmith.Client`` that anonymizes every upload.

    LangSmith runs its anonymizer on inputs, outputs, metadata and errors, but
    uploads the *manifest* of prompt and LLM runs (``serialized``) as it is, and
    a prompt's manifest holds its system prompt (and a ``SafePromptTemplate``'s
    canary). The client built here runs the anonymizer on manifests too.

    Args:
        anonymizer: The anonymizer to install; default ``TraceAnonymizer()``.
        **client_kwargs: Passed to ``langsmith.Client`` (``api_url``,
            ``api_key``, ...).

    Returns:
        The client; give it to ``LangChainTracer(client=...)`` or
        ``langsmith.tracing_context(client=...)``.

    Raises:
        ImportError: If ``langsmith`` is not installed.
        RuntimeError: If the installed ``langsmith`` has no hook to anonymize
            manifests with (fail closed).

    Example:
        ```python
        from langchain_core.tracers import LangChainTracer

        client = secure_langsmith_client(TraceAnonymizer.from_template(prompt))
        chain.invoke(question, config={"callbacks": [LangChainTracer(client=client)]})
        ```
    """
    try:
        import langsmith  # noqa: PLC0415 - optional until tracing is used
    except ImportError as exc:  # pragma: no cover - langchain-core requires it
        msg = "secure_langsmith_client needs langsmith: pip install langsmith"
        raise ImportError(msg) from exc
    chosen = anonymizer or TraceAnonymizer()
    if not hasattr(langsmith.Client, "_run_transform"):
        # Fail closed: without the hook, manifests would be uploaded as they are.
        msg = (
            "this langsmith version has no Client._run_transform; "
            "secure_langsmith_client cannot anonymize prompt manifests"
        )
        raise RuntimeError(msg)

    class _ManifestAnonymizingClient(langsmith.Client):
        def _run_transform(self, run: Any, *args: Any, **kwargs: Any) -> Any:
            result = super()._run_transform(run, *args, **kwargs)
            serialized = result.get("serialized")
            if isinstance(serialized, dict) and serialized:
                try:
                    result["serialized"] = chosen(serialized)
                except Exception:  # noqa: BLE001 - fail closed: drop the manifest
                    result.pop("serialized", None)
            return result

    return _ManifestAnonymizingClient(anonymizer=chosen, **client_kwargs)
