"""JsonFormatter: each log record as one JSON object per line.

Re-exported from :mod:`langchain_mistral_secure.logs`, and it says it lives
there, so a pickled formatter keeps that stable path.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from typing import Any

from langchain_mistral_secure._log_rules import _STANDARD_RECORD_ATTRS


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


# Formatters travel with their handlers' configuration and may be pickled: the
# class names the public module, not this private one.
JsonFormatter.__module__ = "langchain_mistral_secure.logs"
