"""Log output without secrets: a scrubbing filter and a JSON-lines formatter.

`SecretScrubbingFilter` masks API keys, bearer tokens, key-like assignments and
whatever the package's secret and PII detectors find, in the message, the
arguments, the extra fields and the exception text of any log record, from any
library. `install_log_scrubbing` attaches one filter where a user expects it.
`JsonFormatter` renders each record as one JSON object per line.

All patterns run on RE2 (linear time), never on Python's backtracking `re`.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import threading
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import re2

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

# Attributes every `logging.LogRecord` has; anything else was passed via `extra=`.
_STANDARD_RECORD_ATTRS: frozenset[str] = frozenset(
    {
        *vars(logging.LogRecord("", 0, "", 0, "", None, None)).keys(),
        "message",
        "asctime",
        "taskName",
    }
)

# Names that mark a secret wherever they occur (also as a suffix: OPENAI_API_KEY).
_STRONG_KEY_NAMES = (
    r"api[_\-. ]?key|apikey|access[_\-]?key(?:[_\-]?id)?"
    r"|secret(?:[_\-]?access)?(?:[_\-]?key)?|private[_\-]?key"
    r"|auth[_\-]?token|access[_\-]?token|refresh[_\-]?token|id[_\-]?token"
    r"|passwd|password"
)
# Short, common names: only as a whole word (not max_token, not input_tokens).
_WEAK_KEY_NAMES = r"\b(?:token|pwd|credentials?|secret)"
_KEY_NAMES = _STRONG_KEY_NAMES + "|" + _WEAK_KEY_NAMES

# (pattern, index of the group to mask; 0 = whole match)
_AUTH_HEADER = (
    r"(?i)((?:proxy[_\-])?authorization['\"]?\s*[:=,]\s*(?:b['\"]|['\"])?"
    r"(?:(?:bearer|basic|digest|token)\s+)?)([^\r\n'\"}\]),]+)"
)
_KEY_ASSIGNMENT = (
    r"(?i)((?:" + _KEY_NAMES + r")['\"]?\s*[:=]\s*(?:b['\"]|['\"])?)"
    r"([^\s'\",;&}\])]{4,})"
)

# Log-specific patterns, on top of the shared secret and PII detectors. Logs
# need more than output redaction does: a credential next to its name is masked
# whatever it looks like (a short or plain password is still a password), and a
# bearer token is masked anywhere. Key *formats* (sk-, AKIA, ghp_, JWT, PEM...)
# come from the shared secret detector, not from a second table here.
# (pattern, index of the group to mask; 0 = whole match)
_BUILTIN_PATTERNS: tuple[tuple[str, int], ...] = (
    # Authorization / Proxy-Authorization headers in any rendering:
    # "Authorization: Bearer x", "'authorization': 'x'", (b'authorization', b'x').
    (_AUTH_HEADER, 2),
    # Bearer / Basic credentials anywhere.
    (r"(?i)\b(bearer)\s+([A-Za-z0-9\-._~+/]{8,}=*)", 2),
    # key-like assignments: api_key=..., "api_key": "...", password: ...
    (_KEY_ASSIGNMENT, 2),
    # key-like name, then whitespace, then a long key-looking run.
    (r"(?i)((?:" + _KEY_NAMES + r")\s+)([A-Za-z0-9_\-]{20,})", 2),
)

_COMPILED_BUILTINS: tuple[tuple[Any, int], ...] = tuple(
    (re2.compile(pattern), group) for pattern, group in _BUILTIN_PATTERNS
)

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


def _apply_mask(text: str, spans: Iterable[tuple[int, int]], mask: str) -> str:
    """Replace the union of `spans` in `text` with `mask`, one mask per run."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        s, e = max(0, start), min(len(text), end)
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    out: list[str] = []
    pos = 0
    for s, e in merged:
        out.append(text[pos:s])
        out.append(mask)
        pos = e
    out.append(text[pos:])
    return "".join(out)


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


class JsonFormatter(logging.Formatter):
    """Render each log record as one JSON object on one line.

    The object holds `timestamp` (ISO 8601, UTC), `level`, `logger`,
    `message`, every field passed with `extra=`, and `exc_info` /
    `stack_info` text when present. Values that JSON cannot hold are
    rendered with `str`. Pair it with `SecretScrubbingFilter` on the same
    handler.

    Args:
        ensure_ascii: Escape non-ASCII characters (default False).
        **kwargs: Passed to `logging.Formatter`.

    Example:
        ```python
        import logging
        from langchain_mistral_secure import JsonFormatter

        handler = logging.StreamHandler()
        handler.setFormatter(JsonFormatter())
        logging.getLogger("langchain_mistral_secure.usage").addHandler(handler)
        ```
    """

    def __init__(self, *, ensure_ascii: bool = False, **kwargs: Any) -> None:
        """Create the formatter."""
        super().__init__(**kwargs)
        self.ensure_ascii = ensure_ascii

    def format(self, record: logging.LogRecord) -> str:
        """Return the record as a single-line JSON object.

        Args:
            record: The log record.

        Returns:
            One line of JSON, without a trailing newline.

        Example:
            ```python
            JsonFormatter().format(record)  # '{"timestamp": ..., "level": "INFO", ...}'
            ```
        """
        stamp = dt.datetime.fromtimestamp(record.created, tz=dt.timezone.utc)
        payload: dict[str, Any] = {
            "timestamp": stamp.isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD_RECORD_ATTRS and key not in payload:
                payload[key] = value
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            payload["exc_info"] = record.exc_text
        if record.stack_info:
            payload["stack_info"] = self.formatStack(record.stack_info)
        return json.dumps(
            payload, default=_json_default, ensure_ascii=self.ensure_ascii
        )


def _json_default(value: Any) -> Any:
    if isinstance(value, (set, frozenset)):
        return sorted(value, key=str)
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)
