"""Log output without secrets: a scrubbing filter and a JSON-lines formatter.

`SecretScrubbingFilter` masks API keys, bearer tokens, key-like assignments and
whatever the package's secret and PII detectors find, in the message, the
arguments, the extra fields and the exception text of any log record, from any
library. `install_log_scrubbing` attaches one filter where a user expects it.
`JsonFormatter` renders each record as one JSON object per line.

All patterns run on RE2 (linear time), never on Python's backtracking `re`.
The log-specific patterns live in `_log_rules`, the formatter in `_log_json`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping, Sequence
from typing import Any

from langchain_mistral_secure._log_json import JsonFormatter
from langchain_mistral_secure._log_rules import (
    _COMPILED_BUILTINS,
    _STANDARD_RECORD_ATTRS,
    _apply_mask,
)
from langchain_mistral_secure.detection.engine import Detector, get_detector

__all__ = [
    "DEFAULT_DETECTORS",
    "DEFAULT_SCRUBBED_LOGGERS",
    "REDACTED",
    "JsonFormatter",
    "SecretScrubbingFilter",
    "install_log_scrubbing",
    "uninstall_log_scrubbing",
]

REDACTED = "[REDACTED]"
"""The default replacement for a masked span."""

DEFAULT_SCRUBBED_LOGGERS: tuple[str, ...] = (
    "httpx",
    "httpcore",
    "langchain",
    "langchain_core",
    "langchain_mistralai",
    "langchain_mistral_secure",
)
"""Loggers (and their existing children) that `install_log_scrubbing` covers."""


DEFAULT_DETECTORS: tuple[str, ...] = ("secrets", "pii")
"""Registered detector families the filter runs unless told otherwise."""


_MAX_DEPTH = 4


class SecretScrubbingFilter(logging.Filter):
    """A logging filter that masks secrets and PII in any log record.

    It always applies its own RE2 patterns for what logs carry (Authorization
    headers, bearer tokens, any value assigned to a key-like name such as
    `api_key=...`) and runs the detectors, by default the package's shared
    secret and PII detectors (key formats, PEM blocks, JWTs, e-mail, cards...).
    It masks the message, the arguments, every extra field and the exception
    and stack text (when the exception text held a secret, `exc_info` is
    cleared and only the scrubbed `exc_text` is kept, which formatters print as
    usual). It never drops a record. If a detector raises, the whole field is
    masked (fail
    closed).

    Attach it to a handler (it then sees records from every logger that
    reaches the handler) or use `install_log_scrubbing`.

    Args:
        name: Passed to `logging.Filter` (empty: every record).
        detectors: Detectors to run; default (`None`): the package's secret and
            PII detectors. Pass `[]` for the log-specific patterns only.
        mask: The replacement text for a masked span.

    Example:
        ```python
        import logging
        from langchain_mistral_secure import SecretScrubbingFilter

        handler = logging.StreamHandler()
        handler.addFilter(SecretScrubbingFilter())
        logging.getLogger().addHandler(handler)
        log = logging.getLogger("demo")
        log.warning("Authorization: Bearer abc123abc123")  # pragma: allowlist secret
        # -> Authorization: Bearer [REDACTED]
        ```
    """

    def __init__(
        self,
        name: str = "",
        *,
        detectors: Sequence[Detector] | None = None,
        mask: str = REDACTED,
    ) -> None:
        """Create the filter (the default detectors load on first use)."""
        super().__init__(name)
        self.mask = mask
        self._detectors: list[Detector] | None = (
            None if detectors is None else list(detectors)
        )
        self._load_lock = threading.Lock()
        self._local = threading.local()

    def __repr__(self) -> str:
        """Return a repr without any configuration text."""
        n = "default" if self._detectors is None else str(len(self._detectors))
        return f"SecretScrubbingFilter(detectors={n})"

    def __getstate__(self) -> dict[str, Any]:
        """Pickle the configuration; locks and thread-local state are made anew."""
        state = dict(self.__dict__)
        del state["_load_lock"], state["_local"]
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        """Restore with a fresh lock and thread-local state."""
        self.__dict__.update(state)
        self._load_lock = threading.Lock()
        self._local = threading.local()

    @property
    def detectors(self) -> list[Detector]:
        """The extra detectors in use (the package defaults are loaded once)."""
        if self._detectors is None:
            with self._load_lock:
                if self._detectors is None:
                    self._detectors = [get_detector(n) for n in DEFAULT_DETECTORS]
        return self._detectors

    # ------------------------------------------------------------------ text

    def scrub(self, text: str) -> str:
        """Return `text` with every secret span replaced by the mask.

        Args:
            text: Any text.

        Returns:
            The text with the spans found by the built-in patterns and the
            detectors masked; the mask alone if a detector raised.

        Example:
            ```python
            SecretScrubbingFilter(detectors=[]).scrub("api_key=abcd1234")
            # 'api_key=[REDACTED]'
            ```
        """
        if not text:
            return text
        spans: list[tuple[int, int]] = []
        for pattern, group in _COMPILED_BUILTINS:
            for match in pattern.finditer(text):
                start, end = match.span(group)
                if end > start:
                    spans.append((start, end))
        # Detectors may log; a re-entrant call uses the built-in patterns only.
        if not getattr(self._local, "busy", False):
            self._local.busy = True
            try:
                for detector in self.detectors:
                    try:
                        findings = detector.detect(text)
                        spans.extend(
                            (int(f.start), int(f.end))
                            for f in findings
                            if int(f.end) > int(f.start)
                        )
                    except Exception:  # noqa: BLE001, PERF203  (fail closed)
                        return self.mask
            finally:
                self._local.busy = False
        if not spans:
            return text
        return _apply_mask(text, spans, self.mask)

    def _scrub_value(self, value: Any, depth: int = 0) -> Any:
        """Scrub a log argument or extra field, keeping plain numbers as they are."""
        if value is None or isinstance(value, (bool, int, float)):
            return value
        if isinstance(value, str):
            return self.scrub(value)
        if depth < _MAX_DEPTH and isinstance(value, Mapping):
            return {k: self._scrub_value(v, depth + 1) for k, v in value.items()}
        if depth < _MAX_DEPTH and isinstance(value, (list, tuple)):
            items = [self._scrub_value(v, depth + 1) for v in value]
            return tuple(items) if isinstance(value, tuple) else items
        return self._scrub_object(value)

    def _scrub_object(self, value: Any) -> Any:
        """Scrub the text of any other object; keep it when nothing is masked."""
        try:
            text = (
                value.decode("utf-8", "replace")
                if isinstance(value, bytes)
                else str(value)
            )
        except Exception:  # noqa: BLE001  (an unprintable object: mask it)
            return self.mask
        scrubbed = self.scrub(text)
        return value if scrubbed == text else scrubbed

    # ---------------------------------------------------------------- record

    def filter(self, record: logging.LogRecord) -> bool:
        """Mask secrets in `record` in place; always keep the record.

        Args:
            record: The log record.

        Returns:
            True, or the result of the name check of `logging.Filter`.

        Example:
            ```python
            handler.addFilter(SecretScrubbingFilter())
            ```
        """
        if not super().filter(record):
            return False
        try:
            self._scrub_record(record)
        except Exception:  # noqa: BLE001  (fail closed: keep only metadata)
            record.msg = self.mask
            record.args = ()
            record.exc_text = None
            record.exc_info = None
        return True

    def _scrub_record(self, record: logging.LogRecord) -> None:
        self._scrub_message(record)
        for key, value in list(vars(record).items()):
            if key not in _STANDARD_RECORD_ATTRS:
                record.__dict__[key] = self._scrub_value(value)
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            scrubbed = self.scrub(record.exc_text)
            if scrubbed != record.exc_text:
                # The exception object still holds the secret: keep only the
                # scrubbed text (formatters print exc_text without exc_info).
                record.exc_text = scrubbed
                record.exc_info = None
        if record.stack_info:
            record.stack_info = self.scrub(record.stack_info)

    def _scrub_message(self, record: logging.LogRecord) -> None:
        """Scrub the message and its arguments.

        The rendered text is scrubbed, so a secret split between the format
        string and an argument is still seen in context.
        """
        try:
            rendered = record.getMessage()
        except Exception:  # noqa: BLE001  (bad args: scrub the parts)
            record.msg = self._scrub_value(record.msg)
            record.args = self._scrub_args(record.args)
            return
        scrubbed = self.scrub(rendered)
        if scrubbed != rendered:
            record.msg = scrubbed
            record.args = ()
        elif record.args:
            record.args = self._scrub_args(record.args)

    def _scrub_args(self, args: Any) -> Any:
        if isinstance(args, Mapping):
            return self._scrub_value(args)
        if isinstance(args, tuple):
            return tuple(self._scrub_value(a) for a in args)
        return args


_INSTALL_LOCK = threading.Lock()
_INSTALLED: list[SecretScrubbingFilter] = []


def _attach(target: logging.Filterer, flt: SecretScrubbingFilter) -> None:
    if not any(isinstance(f, SecretScrubbingFilter) for f in target.filters):
        target.addFilter(flt)


def install_log_scrubbing(
    *,
    detectors: Sequence[Detector] | None = None,
    loggers: Sequence[str] = DEFAULT_SCRUBBED_LOGGERS,
) -> SecretScrubbingFilter:
    """Attach one `SecretScrubbingFilter` where a user expects it.

    The filter goes on every handler of the root logger, and on the named
    loggers, their existing child loggers (any logger whose name starts with
    `langchain`, too) and their handlers. Idempotent: calling it again reuses
    the first filter and only covers handlers added since; nothing gets two
    scrubbing filters. Handlers added later are covered by calling it again.

    Args:
        detectors: Extra detectors for the filter created by the first call
            (ignored afterwards); default: the package's secret and PII detectors.
        loggers: Logger names to cover besides the root logger's handlers.

    Returns:
        The installed filter.

    Example:
        ```python
        import logging
        from langchain_mistral_secure import install_log_scrubbing

        logging.basicConfig(level=logging.DEBUG)
        install_log_scrubbing()
        ```
    """
    with _INSTALL_LOCK:
        if not _INSTALLED:
            _INSTALLED.append(SecretScrubbingFilter(detectors=detectors))
        flt = _INSTALLED[0]
        root = logging.getLogger()
        for handler in root.handlers:
            _attach(handler, flt)
        prefixes = tuple(loggers)
        existing = [
            name
            for name, obj in logging.root.manager.loggerDict.items()
            if isinstance(obj, logging.Logger)
            and (
                name.startswith("langchain")
                or any(name == p or name.startswith(p + ".") for p in prefixes)
            )
        ]
        for name in {*prefixes, *existing}:
            logger = logging.getLogger(name)
            _attach(logger, flt)
            for handler in logger.handlers:
                _attach(handler, flt)
        return flt


def uninstall_log_scrubbing() -> None:
    """Remove the filter that `install_log_scrubbing` attached, everywhere.

    Example:
        ```python
        install_log_scrubbing()
        uninstall_log_scrubbing()
        ```
    """
    with _INSTALL_LOCK:
        if not _INSTALLED:
            return
        flt = _INSTALLED.pop()
        loggers: list[logging.Logger] = [logging.getLogger()]
        loggers.extend(
            obj
            for obj in logging.root.manager.loggerDict.values()
            if isinstance(obj, logging.Logger)
        )
        for logger in loggers:
            logger.removeFilter(flt)
            for handler in logger.handlers:
                handler.removeFilter(flt)
